"""convert(): a money figure or a bare amount into another currency."""

from __future__ import annotations

import datetime
from decimal import Decimal, localcontext

import pytest

from kzuk_figures.convert import convert
from kzuk_figures.errors import (
    FloatAmountError,
    InvalidArgumentError,
    RateNotFoundError,
    UnknownCurrencyError,
)
from kzuk_figures.rates import TableRates, default_rates
from kzuk_figures.types import Figure

MAY_2 = datetime.date(2025, 5, 2)
TABLE = TableRates({("USD", "KZT"): Decimal("524")})


def usd_figure(**changes: object) -> Figure:
    fields: dict[str, object] = dict(
        kind="money",
        start=28,
        end=42,
        text="US$6.7 million",
        value=Decimal("6700000"),
        low=Decimal("6650000"),
        high=Decimal("6750000"),
        currency="USD",
        numeral="6.7",
        scale=Decimal(1000000),
        currency_text="US$",
        candidates=("USD",),
    )
    fields.update(changes)
    return Figure(**fields)  # type: ignore[arg-type]


def test_a_figure_converts_value_and_interval() -> None:
    got = convert(usd_figure(), "KZT", on=MAY_2, rates=TABLE)
    assert (got.value, got.low, got.high) == (
        Decimal("3510800000"),
        Decimal("3484600000"),
        Decimal("3537000000"),
    )
    assert (got.currency, got.currency_text, got.currency_inferred) == ("KZT", "KZT", False)
    assert (got.start, got.end, got.text, got.numeral) == (28, 42, "US$6.7 million", "6.7")
    assert got.candidates == ()


def test_an_inferred_currency_is_no_longer_inferred() -> None:
    got = convert(usd_figure(currency_inferred=True), "kzt", on=MAY_2, rates=TABLE)
    assert got.currency == "KZT" and got.currency_inferred is False


def test_the_default_rates_are_used_when_none_are_given() -> None:
    got = convert(usd_figure(), "KZT", on=MAY_2)
    rate = default_rates().rate("USD", "KZT", MAY_2)
    assert rate.source == "HMRC"
    with localcontext() as ctx:
        ctx.prec = 100
        assert got.value == rate.value * Decimal("6700000")
    assert Decimal("3.50e9") < got.value < Decimal("3.52e9")


def test_a_bare_amount_needs_its_currency() -> None:
    got = convert(Decimal("1000"), "KZT", on=MAY_2, rates=TABLE, currency="usd")
    assert (got.kind, got.start, got.end, got.text) == ("money", 0, 0, "")
    assert got.value == got.low == got.high == Decimal("524000")
    assert type(got.value) is Decimal and got.currency == "KZT"
    # The inverse rate is 1/524 to 28 digits; seven of it is exact to 29.
    seven = convert(7, "USD", on=MAY_2, rates=TABLE, currency="KZT").value
    assert seven == Decimal("0.013358778625954198473282442749")
    with pytest.raises(InvalidArgumentError, match="currency="):
        convert(Decimal("1000"), "KZT", on=MAY_2, rates=TABLE)


def test_a_float_is_refused() -> None:
    with pytest.raises(FloatAmountError, match=r"Decimal\('1000.5'\)"):
        convert(1000.5, "KZT", on=MAY_2, rates=TABLE, currency="USD")  # type: ignore[arg-type]


def test_the_product_is_not_rounded() -> None:
    rate = Decimal("523.7428980483761585411800166")
    amount = Decimal("3500000000.123456789")
    table = TableRates({("USD", "KZT"): rate})
    got = convert(amount, "KZT", on=MAY_2, rates=table, currency="USD")
    with localcontext() as ctx:
        ctx.prec = 100
        exact = amount * rate
    assert got.value == exact
    assert len(exact.as_tuple().digits) > 28  # more than a default context would keep


def test_a_figure_without_currency_names_its_candidates() -> None:
    dollar = usd_figure(
        text="$6.7 million", start=0, end=12, currency=None, candidates=("USD", "AUD")
    )
    with pytest.raises(InvalidArgumentError, match="USD, AUD"):
        convert(dollar, "KZT", on=MAY_2, rates=TABLE)
    assert convert(dollar, "KZT", on=MAY_2, rates=TABLE, currency="USD").value == Decimal(
        "3510800000"
    )
    with pytest.raises(InvalidArgumentError, match="no currency"):
        convert(usd_figure(currency=None, candidates=()), "KZT", on=MAY_2, rates=TABLE)


def test_a_contradicting_currency_is_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="in USD"):
        convert(usd_figure(), "KZT", on=MAY_2, rates=TABLE, currency="EUR")


def test_only_money_converts() -> None:
    percent = Figure(
        kind="percent",
        start=0,
        end=3,
        text="5 %",
        value=Decimal(5),
        low=Decimal(5),
        high=Decimal(5),
    )
    with pytest.raises(InvalidArgumentError, match="percent"):
        convert(percent, "KZT", on=MAY_2, rates=TABLE)


def test_an_open_range_end_stays_open() -> None:
    got = convert(usd_figure(value=None, high=None), "KZT", on=MAY_2, rates=TABLE)
    assert got.value is None and got.high is None and got.low == Decimal("3484600000")


def test_bad_arguments() -> None:
    with pytest.raises(UnknownCurrencyError):
        convert(usd_figure(), "TENGE", on=MAY_2, rates=TABLE)
    with pytest.raises(InvalidArgumentError):
        convert(usd_figure(), "KZT", on="2025-05-02", rates=TABLE)  # type: ignore[arg-type]
    with pytest.raises(RateNotFoundError):
        convert(usd_figure(), "EUR", on=MAY_2, rates=TABLE)
