"""Fuzzing with text built to hurt: invisible format characters inside figures,
conjunctions between numbers, exponents, numbers far too large or small for a
price, mixed scripts, unpaired brackets and lone surrogates.

Every property holds for every ``str``: spans are exact, and nothing but the
library's own ``KzukFiguresError`` is ever raised.  The default profile runs a
few hundred examples; ``HYPOTHESIS_PROFILE=deep`` runs 100,000 of each (see
``conftest.py``), which is how the faults these tests guard were found.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

import kzuk_figures as kf
from kzuk_figures.errors import KzukFiguresError
from kzuk_figures.rates import TableRates

D = Decimal
DAY = datetime.date(2025, 5, 2)
TABLE = TableRates({("USD", "KZT"): D("523.7"), ("USD", "RUB"): D("90.5"), ("GBP", "USD"): D("1.27")})

# What a figure is made of, and what sits between figures in real text.
FORMAT_CHARACTERS = "\u200b\u200c\u200d\u200e\u200f\u00ad\u2060\ufeff\u202a\u202c\u2066\u2069\x00"
NUMBERS = st.one_of(
    st.integers(0, 10**40).map(str),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(lambda d: f"{d:f}"),
    st.builds(lambda k: "0." + "0" * k + "1", st.integers(0, 60)),
    st.builds(lambda k: "9" * k, st.integers(1, 80)),
    st.sampled_from(["10^6", "10^400", "1e9999", "1E-9999", "10**28", "2.5e3", "1,234,567.89", "3 500,5"]),
    st.sampled_from(["٣٥٠", "３５", "½", "²", "Ⅻ", "𝟓"]),
)
WORDS = st.sampled_from([
    "$", "US$", "€", "£", "₸", "₽", "тенге", "теңге", "рублей", "dollars", "pounds", "som", "сом",
    "million", "billion", "млн", "млрд", "мың", "trillion", "k", "bn", "%", "процентов", "km", "тонна",
    "people", "человек", "адам", "cents", "копеек", "пенсов",
    "and", "or", "и", "или", "және", "немесе", "to", "до", "from", "between", "-", "–", "—",
    "over", "более", "около", "шамамен", "about", "(", ")", "[", "]", "[2]", "(about", "equivalent)",
    ",", ".", ";", ":", "/", "\n", "\t", "\u00a0", "\u202f", "\u2009",
])  # fmt: skip
PIECES = st.one_of(
    NUMBERS,
    WORDS,
    st.sampled_from(FORMAT_CHARACTERS),
    st.sampled_from(["\ud800", "\udfff", "\ud83d"]),  # lone surrogates: a valid str, not valid UTF-8
    st.text(st.characters(codec=None, exclude_categories=["Cs"]), max_size=4),
)
HOSTILE = st.lists(PIECES, max_size=40).flatmap(
    lambda parts: st.lists(st.sampled_from(["", " ", " ", ""]), min_size=len(parts), max_size=len(parts)).map(
        lambda gaps: "".join(g + p for g, p in zip(gaps, parts))
    )
)


def _exact(text: str, figures: list[kf.Figure]) -> None:
    for f in figures:
        assert text[f.start : f.end] == f.text, f
        for v in (f.value, f.low, f.high):
            assert v is None or type(v) is Decimal and v.is_finite(), f


@given(HOSTILE)
@example("$1\u200b000\u200b000 and 3\x00000 tenge or 10^400 dollars (US$1e9999")
def test_extract_holds_its_contract_on_hostile_text(text: str) -> None:
    try:
        found = kf.extract(text)
    except KzukFiguresError:
        return
    _exact(text, found)


@given(HOSTILE)
@example("3,5 млрд тенге (\u200b$6,7 млн) и 10^6 dollars (₸1e9999)")
@example("It paid $" + "9" * 30 + " (₸5 billion).")
def test_check_holds_its_contract_on_hostile_text(text: str) -> None:
    try:
        checks = kf.check(text, date=DAY, rates=TABLE)
    except KzukFiguresError:
        return
    for c in checks:
        assert c.verdict in ("consistent", "inconsistent", "unverifiable")
        _exact(text, [c.source, c.target])
        assert c.explanation


COUNTED = st.sampled_from(["people", "children", "workers", "companies", "человек", "компаний"])
MONEY_WORDS = st.sampled_from([("dollars", "and"), ("pounds", "and"), ("рублей", "и"), ("тенге", "и")])


@given(st.integers(1, 10**6), st.integers(1, 99), MONEY_WORDS, COUNTED, st.sampled_from(["", "\u200b", "\u00ad"]))
def test_an_amount_and_a_count_never_merge(
    n: int, m: int, money: tuple[str, str], counted: str, invisible: str
) -> None:
    unit, conjunction = money
    text = f"It came to {n} {unit} {conjunction}{invisible} {m} {counted} took part."
    found = [f for f in kf.extract(text) if f.kind == "money"]
    assert [f.value for f in found] == [D(n)], found
