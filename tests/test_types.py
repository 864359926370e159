"""The value types (Figure, Rate, Check) and the error family.

Values are frozen and slotted and validate on construction; amounts are
``Decimal`` or nothing.  Errors inherit the builtin a caller would catch,
quote the input with ``!r`` and keep it in fields.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
from decimal import Decimal

import pytest

import kzuk_figures as kf
from kzuk_figures import (
    Check,
    Figure,
    FloatAmountError,
    InvalidArgumentError,
    KzukFiguresError,
    Rate,
    RateNotFoundError,
    RateSourceError,
    UnknownCurrencyError,
)
from kzuk_figures.types import KINDS, QUALIFIERS, VERDICTS, exact

D = Decimal
MAY_1, MAY_2, MAY_31 = datetime.date(2025, 5, 1), datetime.date(2025, 5, 2), datetime.date(2025, 5, 31)


def figure(**changes: object) -> Figure:
    """ "exceeding $22 billion", as the scanner reads it, with ``changes`` applied."""
    fields: dict[str, object] = dict(
        kind="money",
        start=10,
        end=21,
        text="$22 billion",
        value=D("22000000000"),
        low=D("21500000000"),
        high=D("22500000000"),
        currency="USD",
        qualifier="over",
        numeral="22",
        scale=D(10**9),
        currency_text="$",
        currency_inferred=True,
        candidates=("USD", "CAD", "AUD"),
    )
    fields.update(changes)
    return Figure(**fields)  # type: ignore[arg-type]


def rate(**changes: object) -> Rate:
    """HMRC's May 2025 KZT per USD cross rate, rounded, with ``changes`` applied."""
    fields: dict[str, object] = dict(
        base="USD",
        quote="KZT",
        value=D("523.74"),
        source="HMRC",
        period="2025-05",
        start=MAY_1,
        end=MAY_31,
        via="GBP",
    )
    fields.update(changes)
    return Rate(**fields)  # type: ignore[arg-type]


# ---------------------------------------------------------------- Figure


def test_figure_valid() -> None:
    f = figure()
    assert f.span == (10, 21)
    assert f.value == D("22000000000")
    assert f.locale == "en"
    assert figure(qualifier=None).qualifier is None


def test_figure_is_frozen() -> None:
    f = figure()
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.value = D(1)  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del f.currency  # type: ignore[misc]
    assert f.value == D("22000000000")


def test_figure_is_slotted() -> None:
    f = figure()
    assert not hasattr(f, "__dict__")
    assert "value" in Figure.__slots__
    # AttributeError; CPython 3.11's frozen+slots __setattr__ raises TypeError
    # for a name that is not a field (its super() cell names the pre-slots class)
    with pytest.raises((AttributeError, TypeError)):
        f.note = "extra"  # type: ignore[attr-defined]
    assert not hasattr(f, "note")


def test_figure_is_hashable_and_compares_by_value() -> None:
    assert figure() == figure()
    assert hash(figure()) == hash(figure())
    assert figure() != figure(qualifier="about")
    assert len({figure(), figure(), figure(qualifier="about")}) == 2


@pytest.mark.parametrize("kind", ["cash", "Money", "", None])
def test_figure_refuses_unknown_kind(kind: object) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        figure(kind=kind)
    assert isinstance(info.value, ValueError)
    assert repr(kind) in str(info.value)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_figure_accepts_every_kind(kind: str) -> None:
    assert figure(kind=kind).kind == kind


@pytest.mark.parametrize(
    "start, end, text",
    [
        pytest.param(-1, 10, "$22 billion", id="negative-start"),
        pytest.param(21, 10, "$22 billion", id="start-after-end"),
        pytest.param(10, 20, "$22 billion", id="span-too-short"),
        pytest.param(10, 22, "$22 billion", id="span-too-long"),
        pytest.param(10, 10, "$22 billion", id="empty-span"),
    ],
)
def test_figure_refuses_a_span_that_does_not_fit(start: int, end: int, text: str) -> None:
    with pytest.raises(InvalidArgumentError):
        figure(start=start, end=end, text=text)


@pytest.mark.parametrize("name", ["value", "low", "high", "scale"])
def test_figure_refuses_float_amounts(name: str) -> None:
    with pytest.raises(FloatAmountError) as info:
        figure(**{name: 6.7})
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, KzukFiguresError)
    assert info.value.value == 6.7
    assert "Decimal('6.7')" in str(info.value)  # the message names the fix


@pytest.mark.parametrize("name", ["value", "low", "high", "scale"])
@pytest.mark.parametrize("bad", [22, "22", True], ids=["int", "str", "bool"])
def test_figure_amounts_must_be_decimal(name: str, bad: object) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        figure(**{name: bad})
    assert repr(bad) in str(info.value)


def test_figure_open_ended_values_may_be_none() -> None:
    f = figure(value=None, low=D("22000000000"), high=None)
    assert f.value is None and f.high is None
    assert f.to_dict()["value"] is None


def test_figure_refuses_low_above_high() -> None:
    with pytest.raises(InvalidArgumentError) as info:
        figure(low=D("22500000000"), high=D("21500000000"))
    assert "22500000000" in str(info.value)
    assert figure(low=D(5), high=D(5)).low == D(5)  # a point interval is fine


@pytest.mark.parametrize("qualifier", ["more", "Over", "approx", ""])
def test_figure_refuses_unknown_qualifier(qualifier: str) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        figure(qualifier=qualifier)
    assert repr(qualifier) in str(info.value)


@pytest.mark.parametrize("qualifier", sorted(QUALIFIERS))
def test_figure_accepts_every_qualifier(qualifier: str) -> None:
    assert figure(qualifier=qualifier).qualifier == qualifier


def test_figure_replace() -> None:
    f = figure()
    g = dataclasses.replace(f, currency="CAD", currency_inferred=False)
    assert (g.currency, g.currency_inferred) == ("CAD", False)
    assert (f.currency, f.currency_inferred) == ("USD", True)
    assert g.value == f.value and g.span == f.span
    # replace goes through __post_init__ again
    with pytest.raises(InvalidArgumentError):
        dataclasses.replace(f, qualifier="lots")
    with pytest.raises(FloatAmountError):
        dataclasses.replace(f, value=2.2e10)


def test_figure_to_dict_is_json_with_string_amounts() -> None:
    f = figure()
    d = f.to_dict()
    assert set(d) == {fl.name for fl in dataclasses.fields(Figure)}
    assert d["value"] == "22000000000" and d["low"] == "21500000000"
    assert d["high"] == "22500000000" and d["scale"] == "1000000000"
    assert d["candidates"] == ["USD", "CAD", "AUD"]
    assert json.loads(json.dumps(d)) == d


# ---------------------------------------------------------------- Rate


def test_rate_valid() -> None:
    r = rate()
    assert r.value == D("523.74")
    assert r.is_fallback is False


def test_rate_is_frozen_and_slotted() -> None:
    r = rate()
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.value = D(1)  # type: ignore[misc]
    assert not hasattr(r, "__dict__")


def test_rate_refuses_float() -> None:
    with pytest.raises(FloatAmountError) as info:
        rate(value=523.74)
    assert isinstance(info.value, TypeError)
    assert "Decimal('523.74')" in str(info.value)


@pytest.mark.parametrize("bad", [524, "524"], ids=["int", "str"])
def test_rate_value_must_be_decimal(bad: object) -> None:
    with pytest.raises(InvalidArgumentError):
        rate(value=bad)


@pytest.mark.parametrize("value", ["0", "-523.74", "-0"])
def test_rate_refuses_non_positive(value: str) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        rate(value=D(value))
    assert isinstance(info.value, ValueError)


def test_rate_refuses_period_ending_before_it_starts() -> None:
    with pytest.raises(InvalidArgumentError) as info:
        rate(start=MAY_31, end=MAY_1)
    assert "'2025-05'" in str(info.value)


def test_rate_inverse() -> None:
    r = rate(requested=MAY_2, note="monthly rate")
    inv = r.inverse()
    assert (inv.base, inv.quote) == ("KZT", "USD")
    assert inv.value == D(1) / D("523.74")
    assert D("0.0019") < inv.value < D("0.0020")
    assert (inv.source, inv.period, inv.start, inv.end) == (r.source, r.period, r.start, r.end)
    assert (inv.requested, inv.note, inv.via) == (r.requested, r.note, r.via)
    back = inv.inverse()
    assert (back.base, back.quote) == ("USD", "KZT")
    assert abs(back.value - r.value) < D("1e-20")


@pytest.mark.parametrize(
    "requested, fallback",
    [
        pytest.param(None, False, id="not-asked"),
        pytest.param(MAY_1, False, id="first-day"),
        pytest.param(MAY_2, False, id="inside"),
        pytest.param(MAY_31, False, id="last-day"),
        pytest.param(datetime.date(2025, 6, 2), True, id="after-the-period"),
        pytest.param(datetime.date(2025, 4, 30), True, id="before-the-period"),
    ],
)
def test_rate_is_fallback(requested: datetime.date | None, fallback: bool) -> None:
    assert rate(requested=requested).is_fallback is fallback


def test_rate_to_dict_is_json() -> None:
    d = rate(requested=datetime.date(2025, 6, 2)).to_dict()
    assert d["value"] == "523.74"
    assert (d["start"], d["end"], d["requested"]) == ("2025-05-01", "2025-05-31", "2025-06-02")
    assert json.loads(json.dumps(d)) == d


# ---------------------------------------------------------------- Check


def check(**changes: object) -> Check:
    source = Figure(
        kind="money", start=0, end=17, text="3.5 billion tenge", value=D("3500000000"),
        low=D("3450000000"), high=D("3550000000"), currency="KZT", scale=D(10**9),
    )  # fmt: skip
    target = Figure(
        kind="money", start=19, end=33, text="US$6.7 million", value=D("6700000"),
        low=D("6650000"), high=D("6750000"), currency="USD", scale=D(10**6),
    )  # fmt: skip
    fields: dict[str, object] = dict(
        source=source, target=target, verdict="consistent", base="USD", quote="KZT",
        implied_rate=D("522.39"), implied_low=D("511.1"), implied_high=D("533.8"),
        reference_rate=rate(), reference_low=D("523.74"), reference_high=D("523.74"),
        deviation=D("-0.0026"), tolerance=D("0.03"), date=MAY_2, date_reason="argument",
        window=(MAY_2, MAY_2), diagnosis=None, explanation="The implied rate fits.",
    )  # fmt: skip
    fields.update(changes)
    return Check(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("verdict", sorted(VERDICTS))
def test_check_accepts_every_verdict(verdict: str) -> None:
    assert check(verdict=verdict).verdict == verdict


def test_check_refuses_unknown_verdict_and_floats() -> None:
    with pytest.raises(InvalidArgumentError) as info:
        check(verdict="ok")
    assert "'ok'" in str(info.value)
    with pytest.raises(FloatAmountError):
        check(implied_rate=522.39)
    with pytest.raises(FloatAmountError):
        check(deviation=-0.0026)


def test_check_to_dict_is_json() -> None:
    d = check().to_dict()
    assert d["pair"] == "KZT/USD"
    assert d["implied_rate"] == "522.39"
    assert d["source"]["value"] == "3500000000"
    assert json.loads(json.dumps(d)) == d


# ---------------------------------------------------------------- exact()


@pytest.mark.parametrize(
    "given, expected",
    [(D("6.7"), D("6.7")), (7, D(7)), ("6.7", D("6.7")), (" 22 ", D(22))],
    ids=["decimal", "int", "str", "str-with-spaces"],
)
def test_exact_takes_decimal_int_and_numeric_str(given: object, expected: Decimal) -> None:
    got = exact(given, "amount")
    assert type(got) is Decimal and got == expected


def test_exact_refuses_float_with_the_fix_in_the_message() -> None:
    with pytest.raises(FloatAmountError) as info:
        exact(6.7, "amount")
    assert "Decimal('6.7')" in str(info.value)


@pytest.mark.parametrize("bad", [True, "six", "NaN", "Infinity", None, [1]])
def test_exact_refuses_non_numbers(bad: object) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        exact(bad, "amount")
    assert repr(bad) in str(info.value)


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize(
    "cls, builtin",
    [
        (InvalidArgumentError, ValueError),
        (FloatAmountError, TypeError),
        (kf.ArgumentTypeError, TypeError),
        (UnknownCurrencyError, LookupError),
        (RateNotFoundError, LookupError),
        (RateSourceError, LookupError),
    ],
)
def test_error_inherits_family_and_builtin(cls: type, builtin: type) -> None:
    assert issubclass(cls, KzukFiguresError)
    assert issubclass(cls, builtin)
    assert issubclass(KzukFiguresError, Exception)


def test_every_exported_error_is_in_the_family() -> None:
    errors = [getattr(kf, n) for n in kf.__all__ if n.endswith("Error")]
    assert len(errors) == 7
    assert all(issubclass(e, KzukFiguresError) for e in errors)
    assert issubclass(RateSourceError, RateNotFoundError)


def test_float_amount_error_fields() -> None:
    e = FloatAmountError(0.1, "rate")
    assert e.value == 0.1
    assert str(e).startswith("rate 0.1 is a float")
    assert "Decimal('0.1')" in str(e)


def test_unknown_currency_error_fields() -> None:
    e = UnknownCurrencyError("KZD", ["KZT", "KYD"])
    assert e.code == "KZD"
    assert e.candidates == ("KZT", "KYD")
    assert "'KZD'" in str(e)
    assert "KZT, KYD" in str(e)
    bare = UnknownCurrencyError("XYZ")
    assert bare.candidates == ()
    assert "did you mean" not in str(bare)


def test_rate_not_found_error_fields() -> None:
    coverage = (datetime.date(2014, 2, 1), datetime.date(2025, 6, 30))
    e = RateNotFoundError("USD", "KZT", datetime.date(2030, 1, 2), "HMRC", coverage, "not published")
    assert e.coverage == coverage
    assert (e.base, e.quote, e.on, e.source, e.reason) == (
        "USD", "KZT", datetime.date(2030, 1, 2), "HMRC", "not published",
    )  # fmt: skip
    msg = str(e)
    assert "'USD'" in msg and "'KZT'" in msg
    assert "2030-01-02" in msg
    assert "2014-02-01" in msg and "2025-06-30" in msg
    assert "not published" in msg


def test_rate_not_found_error_without_coverage() -> None:
    e = RateNotFoundError("USD", "KZT", None, "ECB")
    assert e.coverage is None and e.on is None
    assert "covers" not in str(e)
    assert "'USD'/'KZT'" in str(e)


def test_rate_source_error_chains_its_cause() -> None:
    cause = ConnectionError("timed out")
    with pytest.raises(RateSourceError) as info:
        try:
            raise cause
        except ConnectionError as exc:
            raise RateSourceError("USD", "KZT", MAY_2, "NBK", reason="timed out") from exc
    assert info.value.__cause__ is cause
    assert isinstance(info.value, RateNotFoundError)
    assert info.value.source == "NBK"


# tidy: the number a figure reports, without the zeros its scaling leaves


@pytest.mark.parametrize(
    "given, shown",
    [
        (Decimal("3.5") * Decimal("1E9"), "3500000000"),
        (Decimal("6.7") * Decimal(1000000), "6700000"),
        (Decimal("15.30"), "15.3"),
        (Decimal("-0"), "-0"),
        (Decimal("0.000"), "0"),
        (Decimal("1E+40"), "10000000000000000000000000000000000000000"),
        (Decimal("-2.50E+3"), "-2500"),
    ],
)
def test_tidy_writes_a_number_out(given: Decimal, shown: str) -> None:
    from kzuk_figures.types import tidy

    assert str(tidy(given)) == shown and tidy(given) == given


def test_tidy_agrees_with_its_slow_path_on_every_size() -> None:
    from hypothesis import given as hyp_given, strategies as st

    from kzuk_figures.types import _tidy_by_hand, tidy

    @hyp_given(st.integers(-(10**40), 10**40).filter(bool), st.integers(-30, 30))
    def check(digits: int, exponent: int) -> None:
        d = Decimal(digits).scaleb(exponent)
        assert tidy(d).as_tuple() == _tidy_by_hand(d).as_tuple()

    check()
