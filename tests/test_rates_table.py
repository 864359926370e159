"""TableRates: the caller's own rates from a dict or a CSV file."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from kzuk_figures.errors import (
    FloatAmountError,
    InvalidArgumentError,
    RateNotFoundError,
    UnknownCurrencyError,
)
from kzuk_figures.rates import TableRates

MAY_2 = datetime.date(2025, 5, 2)


def test_an_undated_rate_answers_any_date_both_ways() -> None:
    table = TableRates({("USD", "KZT"): Decimal("524")})
    rate = table.rate("USD", "KZT", MAY_2)
    assert rate.value == Decimal("524") and type(rate.value) is Decimal
    assert (rate.source, rate.period, rate.note) == ("table", "undated", "")
    assert not rate.is_fallback
    back = table.rate("KZT", "USD", datetime.date(1980, 1, 1))
    assert back.value == Decimal(1) / Decimal(524)
    assert back.note == "the inverse of table's USD/KZT rate"


def test_the_latest_row_on_or_before_the_date() -> None:
    table = TableRates(
        {
            ("USD", "KZT", "2025-05"): Decimal("524"),
            ("USD", "KZT", "2025-05-15"): Decimal("520"),
            ("USD", "KZT", datetime.date(2025, 6, 1)): 530,
        }
    )
    may = table.rate("USD", "KZT", datetime.date(2025, 5, 10))
    assert (may.value, may.period, may.start, may.end) == (
        Decimal("524"),
        "2025-05",
        datetime.date(2025, 5, 1),
        datetime.date(2025, 5, 31),
    )
    later = table.rate("USD", "KZT", datetime.date(2025, 5, 20))
    assert (later.value, later.period) == (Decimal("520"), "2025-05-15")
    assert later.is_fallback
    assert (
        later.note
        == "table has no rate for 2025-05-20; its latest earlier one (2025-05-15) was used"
    )
    assert table.rate("USD", "KZT", datetime.date(2026, 1, 1)).value == Decimal("530")
    with pytest.raises(RateNotFoundError) as info:
        table.rate("USD", "KZT", datetime.date(2025, 4, 30))
    assert info.value.coverage == (datetime.date(2025, 5, 1), datetime.date(2025, 6, 1))
    assert "2025-05" in info.value.reason


def test_an_undated_row_answers_only_before_the_dated_ones() -> None:
    table = TableRates({("USD", "KZT"): 400, ("USD", "KZT", "2025-01-01"): 500})
    assert table.rate("USD", "KZT", datetime.date(2024, 12, 31)).value == Decimal(400)
    assert table.rate("USD", "KZT", datetime.date(2025, 1, 2)).value == Decimal(500)


def test_a_pairs_own_row_beats_the_inverse_of_its_opposite() -> None:
    table = TableRates(
        {("USD", "KZT", "2025-05"): 524, ("KZT", "USD", "2025-05"): Decimal("0.002")}
    )
    assert table.rate("KZT", "USD", MAY_2).value == Decimal("0.002")
    assert table.rate("USD", "KZT", MAY_2).value == Decimal(524)


def test_the_callers_name_is_the_source() -> None:
    rate = TableRates({("EUR", "KZT"): 580}, name="desk").rate("EUR", "KZT", MAY_2)
    assert rate.source == "desk"


def test_a_pair_the_table_lacks() -> None:
    with pytest.raises(RateNotFoundError) as info:
        TableRates({("USD", "KZT"): 524}).rate("USD", "EUR", MAY_2)
    assert info.value.source == "table" and "USD/EUR" in info.value.reason


def test_a_float_is_refused() -> None:
    with pytest.raises(FloatAmountError, match=r"Decimal\('524.5'\)"):
        TableRates({("USD", "KZT"): 524.5})


@pytest.mark.parametrize(
    "rates",
    [
        {("USD", "KZT"): 0},
        {("USD", "KZT"): Decimal("-1")},
        {("USD", "KZT"): Decimal("Infinity")},
        {("USD",): 1},
        {"USDKZT": 1},
        {("USD", "USD"): 1},
        {("USD", "KZT", "2025-13"): 1},
        {("USD", "KZT", "2025-02-30"): 1},
        {("USD", "KZT", "May 2025"): 1},
        {("usd", "kzt"): 524, ("USD", "KZT"): 525},
        {("USD", "KZT", "2025-05-02"): 524, ("USD", "KZT", MAY_2): 525},
        {},
    ],
)
def test_malformed_tables_are_refused(rates: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(InvalidArgumentError):
        TableRates(rates)


def test_a_malformed_code_is_an_unknown_currency() -> None:
    with pytest.raises(UnknownCurrencyError):
        TableRates({("US", "KZT"): 1})


def test_from_csv(tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text(
        "\ufeffBase, Quote, Rate, Date\n"
        "USD,KZT,524.01,2025-05\n"
        "usd,kzt,530,2025-06-02\n"
        "EUR,KZT,580.5,\n",
        encoding="utf-8",
    )
    table = TableRates.from_csv(path, name="mine")
    may = table.rate("USD", "KZT", MAY_2)
    assert (may.value, may.period, may.source) == (Decimal("524.01"), "2025-05", "mine")
    assert str(may.value) == "524.01"
    assert table.rate("USD", "KZT", datetime.date(2025, 6, 5)).value == Decimal(530)
    assert table.rate("KZT", "EUR", MAY_2).value == Decimal(1) / Decimal("580.5")


def test_from_csv_without_a_date_column(tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text("base,quote,rate\nGBP,KZT,695\n", encoding="utf-8")
    assert TableRates.from_csv(path).rate("GBP", "KZT", MAY_2).period == "undated"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("base,quote\nUSD,KZT\n", "no column rate"),
        ("base,quote,rate\nUSD,KZT,524\nUSD,KZT,abc\n", "line 3"),
        ("base,quote,rate\nUSD,KZT,524\nUSD,KZT,525\n", "line 3: a second USD/KZT"),
        ("base,quote,rate,date\nUSD,KZT,524,02/05/2025\n", "line 2"),
        ("base,quote,rate\nUSD,TENGE,524\n", "line 2"),
        ("base,quote,rate\nUSD,KZT\n", "line 2"),
    ],
)
def test_from_csv_names_the_bad_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidArgumentError, match=message):
        TableRates.from_csv(path)
