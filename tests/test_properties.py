"""The library's properties, checked on drawn text (``kzuk_figures.strategies``).

* round trip: a drawn phrase extracts to exactly the figure drawn with it;
* a drawn paragraph yields exactly its money figures, no more;
* a drawn conversion checks as drawn: consistent, or inconsistent with the
  diagnosis of the error put into it;
* content never raises: ``extract``, ``check`` and the CLI take any ``str``,
  and every span is exact;
* invariance: prose around a text, whitespace at its ends and line wrapping
  change nothing that is found;
* exactness: no float anywhere in a Figure, Rate or Check; converting there
  and back returns the amount to the rates' own rounding.

How many examples each property gets is the profile's business (``conftest.py``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import io
import json
import os
import tempfile
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kzuk_figures as kf
from kzuk_figures import Figure
from kzuk_figures.cli import main
from kzuk_figures.rates import TableRates
from kzuk_figures.strategies import (
    CONVERSION_ERRORS,
    documents,
    figure_phrases,
    money_phrases,
    stated_conversions,
)

D = Decimal

#: The expensive properties (100k-character texts, a CLI run per example) get
#: a twentieth of the profile's examples, at least a few.
FEW = max(3, settings.default.max_examples // 20)

#: A small offline table for checking arbitrary text fast.
TABLE = TableRates(
    {
        ("USD", "KZT"): D("523.7"),
        ("USD", "EUR"): D("0.92"),
        ("GBP", "USD"): D("1.27"),
        ("USD", "RUB"): D("90.5"),
        ("EUR", "GBP"): D("0.86"),
    },
    name="test table",
)


def money(text: str, **kwargs: str) -> list[Figure]:
    return [f for f in kf.extract(text, **kwargs) if f.kind == "money"]


def shifted(figures: list[Figure], by: int) -> list[tuple[object, ...]]:
    """What a figure says, with its span moved back by ``by``."""
    return [
        (f.start - by, f.end - by, f.text, f.value, f.low, f.high, f.currency, f.qualifier)
        for f in figures
    ]


def assert_spans_exact(text: str, figures: list[Figure]) -> None:
    """Every span is the figure's text, and no two figures share a character."""
    end = 0
    for f in figures:
        assert text[f.start : f.end] == f.text, f
        assert f.start >= end, ("overlapping or unordered figures", figures)
        end = f.end


PHRASES = money_phrases()
DOCUMENTS = documents()


# ---------------------------------------------------------------- round trip


@given(PHRASES)
def test_phrase_extracts_to_exactly_the_drawn_figure(drawn: tuple[str, Figure]) -> None:
    phrase, expected = drawn
    assert kf.extract(phrase) == [expected]


@given(money_phrases(languages=["ru", "kk"]))
def test_russian_and_kazakh_phrases_extract_to_the_drawn_figure(drawn: tuple[str, Figure]) -> None:
    phrase, expected = drawn
    assert kf.extract(phrase) == [expected]


@given(figure_phrases(kinds=["quantity", "percent", "number"]))
def test_a_figure_of_any_kind_extracts_to_the_drawn_figure(drawn: tuple[str, Figure]) -> None:
    phrase, expected = drawn
    assert kf.extract(phrase) == [expected]


@given(DOCUMENTS)
def test_document_yields_exactly_its_figures(drawn: tuple[str, list[Figure]]) -> None:
    text, expected = drawn
    assert money(text) == expected


# ---------------------------------------------------------------- the check


@given(stated_conversions())
def test_consistent_conversion_checks_consistent(drawn: tuple) -> None:
    text, date, rates, verdict, diagnosis = drawn
    [c] = kf.check(text, date=date, rates=rates)
    assert (c.verdict, c.diagnosis) == (verdict, diagnosis) == ("consistent", None), c.explanation


@given(st.sampled_from(CONVERSION_ERRORS).flatmap(
    lambda error: stated_conversions(consistent=False, error=error)
))
def test_inconsistent_conversion_gets_its_diagnosis(drawn: tuple) -> None:
    text, date, rates, verdict, diagnosis = drawn
    [c] = kf.check(text, date=date, rates=rates)
    assert (c.verdict, c.diagnosis) == (verdict, diagnosis), c.explanation


@settings(max_examples=FEW)
@given(st.sampled_from(CONVERSION_ERRORS).flatmap(
    lambda error: stated_conversions(
        rates=kf.rates.default_rates(), currencies=["USD", "EUR", "GBP", "KZT"], consistent=False, error=error
    )
))
def test_inconsistent_against_the_bundled_rates(drawn: tuple) -> None:
    # the contract of consistent=False holds where ECB and HMRC both publish a rate
    text, date, rates, verdict, diagnosis = drawn
    [c] = kf.check(text, date=date, rates=rates)
    assert (c.verdict, c.diagnosis) == (verdict, diagnosis), c.explanation


@settings(max_examples=FEW)
@given(stated_conversions(rates=kf.rates.default_rates(), currencies=["USD", "EUR", "GBP", "KZT"]))
def test_consistent_against_the_bundled_rates(drawn: tuple) -> None:
    text, date, rates, verdict, diagnosis = drawn
    [c] = kf.check(text, date=date, rates=rates)
    assert (c.verdict, c.diagnosis) == ("consistent", None), c.explanation


# ---------------------------------------------------------------- content never raises

ANY_CHARACTER = st.characters(exclude_categories=())  # controls, lone surrogates, RTL marks
UTF8_CHARACTER = st.characters(codec="utf-8")
#: Pieces the scanner's patterns meet at their joints.
JOINTS = st.sampled_from(
    [
        "(", ")", "[", "]", ",", ".", ";", " ", "  ", "\n", "\t", "\u00a0", "\u202f", "-", "–",
        "$", "US$", "C$", "£", "€", "₸", "₽", "¥", "%", "~", "≈", "or about", "between", "and",
        "to", "from", "over", "up to", "million", "bn", "m", "k", "tenge", "dollars", "pounds",
        "pounds of", "cents", "USD", "MUSD", "usd", "1,234", "1 234", ".5", "0", "5", "2019",
        "30", "half a", "twenty-two", "and a half", "\u202e", "\u200f", "\u200b", "\ufeff",
        "مليون", "שקל", "миллиард", "теңге", "\x00", "\x1b[0m", "\ud800",
    ]
)


def mixed_text(characters: st.SearchStrategy[str], max_size: int = 40) -> st.SearchStrategy[str]:
    """Drawn money phrases, scanner joints and arbitrary characters, run together."""
    piece = st.one_of(
        money_phrases().map(lambda p: p[0]),
        JOINTS,
        st.text(characters, max_size=8),
    )
    return st.lists(piece, max_size=max_size).map("".join)


def _without_surrogates(s: str) -> str:
    return s.encode("utf-8", "replace").decode("utf-8")


@given(st.one_of(st.text(ANY_CHARACTER), mixed_text(ANY_CHARACTER)))
def test_extract_takes_any_str(text: str) -> None:
    found = kf.extract(text)
    assert isinstance(found, list)
    assert_spans_exact(text, found)


@given(st.one_of(st.text(ANY_CHARACTER), mixed_text(ANY_CHARACTER)))
def test_check_takes_any_str(text: str) -> None:
    for c in kf.check(text, date=datetime.date(2025, 5, 2), rates=TABLE):
        assert c.verdict in ("consistent", "inconsistent", "unverifiable")
        assert text[c.source.start : c.source.end] == c.source.text


@settings(max_examples=FEW)
@given(mixed_text(ANY_CHARACTER))
def test_check_takes_any_str_with_the_bundled_rates_and_no_date(text: str) -> None:
    for c in kf.check(text):
        assert c.verdict in ("consistent", "inconsistent", "unverifiable")


@settings(max_examples=FEW)
@given(st.lists(st.one_of(mixed_text(ANY_CHARACTER, max_size=10), JOINTS), min_size=1, max_size=20))
def test_a_100k_character_line(fragments: list[str]) -> None:
    unit = " ".join(fragments).replace("\n", " ").replace("\r", " ") or "$"
    line = (unit * (100_000 // len(unit) + 1))[:100_000]
    assert len(line) == 100_000 and "\n" not in line
    found = kf.extract(line)
    assert_spans_exact(line, found)
    for c in kf.check(line, date=datetime.date(2025, 5, 2), rates=TABLE):
        assert line[c.target.start : c.target.end] == c.target.text


@settings(max_examples=FEW)
@given(st.one_of(st.text(UTF8_CHARACTER), mixed_text(UTF8_CHARACTER).map(_without_surrogates)))
def test_cli_takes_any_utf8_file(text: str) -> None:
    fd, path = tempfile.mkstemp(suffix=".txt")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        for argv in (
            ["extract", path],
            ["extract", path, "--json"],
            ["check", path, "--json", "--date", "2025-05-02"],
        ):
            out = io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
                assert main(argv) == 0, argv
            if "--json" in argv:
                for line in out.getvalue().splitlines():
                    assert isinstance(json.loads(line), dict)
    finally:
        os.unlink(path)


# ---------------------------------------------------------------- invariance

PROSE = documents(max_figures=0).map(lambda d: d[0])  # sentences with numbers that are not money
WHITESPACE = st.text(st.sampled_from(" \t\n\r\u00a0\u2009\u202f\u3000\u2028\f\v"), max_size=4)


@given(DOCUMENTS, PROSE, PROSE, WHITESPACE, WHITESPACE)
def test_surrounding_prose_and_whitespace_change_nothing(
    drawn: tuple[str, list[Figure]], before: str, after: str, lead: str, trail: str
) -> None:
    text, expected = drawn
    head = lead + before + (" " if before else "")
    wrapped = head + text + (" " if after else "") + after + trail
    assert shifted(money(wrapped), len(head)) == shifted(expected, 0)


@given(DOCUMENTS, st.data())
def test_line_wrapping_changes_nothing(drawn: tuple[str, list[Figure]], data: st.DataObject) -> None:
    text, expected = drawn
    inside = {i for f in expected for i in range(f.start, f.end)}
    spaces = [i for i, ch in enumerate(text) if ch == " " and i not in inside]
    if not spaces:
        return
    breaks = data.draw(st.sets(st.sampled_from(spaces), min_size=1))
    wrapped = "".join("\n" if i in breaks else ch for i, ch in enumerate(text))
    assert shifted(money(wrapped), 0) == shifted(expected, 0)


# ---------------------------------------------------------------- exactness


def floats_in(obj: object, path: str = "") -> list[str]:
    """Where a float hides in a dataclass, walking fields, tuples and lists."""
    if isinstance(obj, float):
        return [path or "."]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return [
            p for f in dataclasses.fields(obj) for p in floats_in(getattr(obj, f.name), f"{path}.{f.name}")
        ]
    if isinstance(obj, (tuple, list)):
        return [p for i, item in enumerate(obj) for p in floats_in(item, f"{path}[{i}]")]
    return []


@given(documents())
def test_no_float_in_any_figure(drawn: tuple[str, list[Figure]]) -> None:
    text, _ = drawn
    found = kf.extract(text)
    assert floats_in(found) == []


@given(st.sampled_from([None, *CONVERSION_ERRORS]).flatmap(
    lambda error: stated_conversions(consistent=error is None, error=error)
))
def test_no_float_in_any_check_or_rate(drawn: tuple) -> None:
    text, date, rates, _, _ = drawn
    checks = kf.check(text, date=date, rates=rates)
    assert checks and floats_in(checks) == []
    c = checks[0]
    assert floats_in(rates.rate(c.base, c.quote, date)) == []
    assert all(type(getattr(c, n)) is Decimal for n in ("implied_rate", "implied_low", "implied_high"))


@given(stated_conversions())
def test_convert_there_and_back_returns_the_amount(drawn: tuple) -> None:
    text, date, rates, _, _ = drawn
    source, target = money(text)
    there = kf.convert(source, str(target.currency), on=date, rates=rates)
    back = kf.convert(there, str(source.currency), on=date, rates=rates)
    assert floats_in([there, back]) == []
    for name in ("value", "low", "high"):
        was, now = getattr(source, name), getattr(back, name)
        assert abs(now - was) <= abs(was) * D("1e-20"), (name, was, now)


# ---------------------------------------------------------------- bugs these properties found


@pytest.mark.parametrize("text, low, high", [("$5-7m", 5_000_000, 7_000_000), ("$1-2T", 10**12, 2 * 10**12)])
def test_found_one_letter_scale_after_a_prefixed_range(text: str, low: int, high: int) -> None:
    [f] = kf.extract(text)
    assert (f.text, f.low, f.high, f.qualifier) == (text, low, high, "range")


def test_found_en_dash_range_with_nothing_after_it() -> None:
    [f] = kf.extract("$5–7")
    assert (f.text, f.low, f.high, f.qualifier) == ("$5–7", 5, 7, "range")


def test_found_letters_before_a_dollar_sign_were_read_twice() -> None:
    found = kf.extract("It cost 10 CAD $20")
    assert [(f.text, f.start, f.currency) for f in found] == [("10 CAD", 8, "CAD"), ("$20", 15, "CAD")]


# ---------------------------------------------------------------- conjunctions are never money

CONJUNCTIONS = st.sampled_from(["и", "или", "және", "немесе", "and", "or", "&"])
#: What may follow the second number: nothing, a percentage, a count, a year word, a unit.
TAILS = st.sampled_from(["", " процента", " пайыз", " компаний", " адам", " годах", " жылы", " percent",
                         " companies", " tonnes", " тонн", " раза", " people", "%"])  # fmt: skip
BARE_NUMBER = st.one_of(st.integers(0, 10**7).map(str), st.sampled_from(["пять", "бес", "three", "семи", "үш"]))


@given(
    st.sampled_from(["Выросли на ", "Было ", "Барлығы ", "It rose ", "", "В "]),
    BARE_NUMBER, CONJUNCTIONS, BARE_NUMBER, TAILS, st.sampled_from(["", ".", " в этом году.", " биыл."]),
)
def test_two_numbers_joined_by_a_conjunction_are_never_money(
    lead: str, a: str, joiner: str, b: str, tail: str, end: str
) -> None:
    text = f"{lead}{a} {joiner} {b}{tail}{end}"
    assert [f for f in kf.extract(text) if f.kind == "money"] == [], text
