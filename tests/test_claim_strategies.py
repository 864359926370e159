"""stated_changes() and stated_shares(): their arguments, and that every
sentence they draw is read and judged as drawn.

What the finder reads is in ``test_claims.py``; here the strategies draw the
sentences, in every wording they know, and the check must agree with them.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import kzuk_figures as kf
import kzuk_figures.strategies as ks
from kzuk_figures.strategies import stated_changes, stated_shares

DAY = datetime.date(2024, 1, 15)
PROPERTY = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)



def only_check(text: str) -> kf.Check:
    checks = kf.check(text, date=DAY)
    assert len(checks) == 1, (text, [c.explanation for c in checks])
    return checks[0]


# ---------------------------------------------------------------- every draw checks as drawn


@pytest.mark.parametrize("consistent", [True, False], ids=["consistent", "inconsistent"])
@pytest.mark.parametrize("language", ["en", "ru", "kk"])
@PROPERTY
@given(data=st.data())
def test_a_drawn_change_is_judged_as_drawn(language: str, consistent: bool, data: st.DataObject) -> None:
    text, verdict, measure, stated, ends = data.draw(stated_changes(consistent=consistent, languages=[language]))
    assert verdict == ("consistent" if consistent else "inconsistent")
    c = only_check(text)
    assert (c.claim, c.verdict) == ("change", verdict), (text, c.explanation)
    assert c.relation is not None and {f.locale for f in c.relation.figures} == {language}, text


@pytest.mark.parametrize("consistent", [True, False], ids=["consistent", "inconsistent"])
@pytest.mark.parametrize("language", ["en", "ru", "kk"])
@PROPERTY
@given(data=st.data())
def test_a_drawn_share_is_judged_as_drawn(language: str, consistent: bool, data: st.DataObject) -> None:
    text, verdict, measure, stated, ends = data.draw(stated_shares(consistent=consistent, languages=[language]))
    assert (verdict, measure) == ("consistent" if consistent else "inconsistent", "percent")
    c = only_check(text)
    assert (c.claim, c.verdict) == ("share", verdict), (text, c.explanation)
    assert c.relation is not None and {f.locale for f in c.relation.figures} == {language}, text


# ---------------------------------------------------------------- and its figures are the ones drawn


def assert_found(text: str, relation: object, ends: dict[str, Decimal]) -> None:
    """Each figure of the relation stands in the text where it says, the
    amounts are those drawn, and every amount extract() finds is one of them."""
    roles = dict(zip(relation.roles, relation.figures, strict=True))  # type: ignore[attr-defined]
    for f in relation.figures:  # type: ignore[attr-defined]
        assert text[f.start : f.end] == f.text, (text, f)
    assert {r: roles[r].value for r in ends} == ends, text
    values = set(ends.values())
    scales = {roles[r].scale for r in ends}
    for f in kf.extract(text):
        if f.kind == "money":
            # "from 1.8 to 2.1 billion tenge" is one range; "с 1,8 до" a bare numeral extract() leaves;
            # "from $1.8 to $2.1 billion" a "$1.8" that takes the second end's scale
            read = {f.low, f.high} if f.qualifier == "range" else {f.value}
            if f.scale == 1 and not read <= values:
                read = {f.value * s for s in scales} & values
            assert read and read <= values, (text, f)


@PROPERTY
@given(st.booleans().flatmap(lambda consistent: stated_changes(consistent=consistent)))
def test_a_drawn_change_s_figures_are_all_found(drawn: tuple) -> None:
    text, verdict, measure, stated, (start, end) = drawn
    rel = only_check(text).relation
    assert rel is not None and rel.measure == measure, text
    assert_found(text, rel, {"from": start, "to": end})
    # the stated percentage or multiple, read to its rounding
    assert rel.stated_low <= stated <= rel.stated_high and abs(rel.stated) == abs(stated), (text, rel)
    if measure == "percent":
        [pct] = [f for f in kf.extract(text) if f.kind == "percent"]
        assert pct.value is not None and abs(pct.value) == abs(stated) and rel.role("stated") == (pct,), text
    else:
        assert not rel.role("stated") and rel.direction == ("down" if end < start else "up"), text


@PROPERTY
@given(st.booleans().flatmap(lambda consistent: stated_shares(consistent=consistent)))
def test_a_drawn_share_s_figures_are_all_found(drawn: tuple) -> None:
    text, verdict, measure, stated, (part, whole) = drawn
    rel = only_check(text).relation
    assert rel is not None and rel.stated == stated, (text, rel)
    assert_found(text, rel, {"part": part, "whole": whole})
    [pct] = [f for f in kf.extract(text) if f.kind == "percent"]
    assert pct.value == stated and rel.role("stated") == (pct,), text


# ---------------------------------------------------------------- the finder's known misses


def test_a_share_restated_after_i_e_is_read() -> None:
    c = only_check("Schools get 5% of the US$272 billion, i.e. US$14 billion.")
    assert (c.claim, c.verdict) == ("share", "consistent")


def test_a_bracketed_fall_is_stated_negative() -> None:
    c = only_check("Exports went from $2.1 billion to $1.8 billion (−14%).")
    assert c.verdict == "consistent"
    assert c.relation is not None and c.relation.stated == Decimal(-14)
    assert c.deviation is not None and abs(c.deviation) < Decimal("0.05")


# ---------------------------------------------------------------- arguments


def test_they_are_exported() -> None:
    assert {"stated_changes", "stated_shares"} <= set(ks.__all__)
    for make in (stated_changes, stated_shares):
        assert isinstance(make(), st.SearchStrategy)


BAD_ARGUMENTS = [
    pytest.param({"consistent": "yes"}, id="consistent-str"),
    pytest.param({"consistent": 1}, id="consistent-int"),
    pytest.param({"consistent": None}, id="consistent-none"),
    pytest.param({"languages": ("de",)}, id="unknown-language"),
    pytest.param({"languages": ["en", "fr"]}, id="one-unknown-language"),
    pytest.param({"languages": "en"}, id="languages-str"),
    pytest.param({"languages": ()}, id="no-languages"),
    pytest.param({"languages": [1]}, id="language-not-str"),
    pytest.param({"languages": None}, id="languages-none"),
]


@pytest.mark.parametrize("make", [stated_changes, stated_shares])
@pytest.mark.parametrize("kwargs", BAD_ARGUMENTS)
def test_bad_arguments_raise_invalid_argument_at_once(make: object, kwargs: dict) -> None:
    with pytest.raises(InvalidArgument):
        make(**kwargs)  # type: ignore[operator]


@pytest.mark.parametrize("make", [stated_changes, stated_shares])
def test_an_unknown_language_is_named(make: object) -> None:
    with pytest.raises(InvalidArgument, match="'de'"):
        make(languages=["de"])  # type: ignore[operator]


@pytest.mark.parametrize("make", [stated_changes, stated_shares])
def test_arguments_are_keyword_only(make: object) -> None:
    with pytest.raises(TypeError):
        make(True)  # type: ignore[operator]


def test_good_arguments_are_accepted() -> None:
    stated_changes(consistent=False, languages=["kk"])
    stated_changes(languages=("ru", "en", "ru"))
    stated_shares(consistent=False, languages={"en"})
