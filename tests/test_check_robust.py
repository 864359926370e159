"""Checks that hold on any value and any date a text or a caller gives (issue 14).

Each case here raised a bare ``decimal.InvalidOperation``, converted an
infinite amount, or fell back silently to another date before it was fixed.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

import kzuk_figures as kf
from kzuk_figures.errors import InvalidArgumentError

MAY_2 = datetime.date(2025, 5, 2)
HUGE = "1" + "0" * 28  # 10^28: one digit more than the 28-digit context holds


def one(text: str, **kw: object) -> kf.Check:
    [c] = kf.check(text, **kw)  # type: ignore[arg-type]
    return c


# ------------------------------------------------------------------ huge and tiny amounts


@pytest.mark.parametrize(
    "text",
    [
        f"It cost {HUGE} tenge (US$5 million).",
        f"It cost 5 billion tenge (US${HUGE}).",
        "It cost 10^50 tenge (US$5 million).",
    ],
)
def test_a_huge_amount_gets_a_verdict_in_scientific_notation(text: str) -> None:
    c = one(text, date=MAY_2)
    assert c.verdict == "inconsistent"
    assert "E+" in c.explanation
    # a Report and its JSON hold it too
    assert kf.report(text, date=MAY_2).to_json()


def test_a_tiny_amount_keeps_its_implied_rate() -> None:
    c = one("It cost 0.000000000000000000000000000001 tenge (US$5).", date=MAY_2)
    assert c.verdict == "inconsistent"
    assert c.implied_rate > 0 and c.implied_low > 0
    assert "E-" in c.explanation


def test_a_huge_amount_that_fits_is_consistent() -> None:
    # 10^28 KZT at HMRC's 523.74 KZT/USD is about 1.909 x 10^25 USD
    c = one(f"It cost {HUGE} tenge (US${'1909' + '0' * 22}).", date=MAY_2)
    assert c.verdict == "consistent", c.explanation
    assert "1.000E+28" in c.explanation


def test_the_cli_checks_a_huge_amount(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    from kzuk_figures.cli import main

    path = Path(str(tmp_path)) / "huge.txt"
    path.write_text(f"2025-05-02\nIt cost {HUGE} tenge (US$5 million).\n", encoding="utf-8")
    assert main(["check", str(path)]) in (0, 1)
    assert "inconsistent" in capsys.readouterr().out


# ------------------------------------------------------------------ NaN and Infinity


@pytest.mark.parametrize("value", ["NaN", "-NaN", "sNaN", "Infinity", "-Infinity"])
def test_a_non_finite_amount_is_refused_by_convert(value: str) -> None:
    with pytest.raises(InvalidArgumentError, match=value):
        kf.convert(Decimal(value), "EUR", currency="USD", on=MAY_2)


def test_an_infinite_figure_is_refused_by_convert() -> None:
    figure = kf.extract("$5 million")[0]
    import dataclasses

    inf = Decimal("Infinity")
    with pytest.raises(InvalidArgumentError, match="Infinity"):
        kf.convert(dataclasses.replace(figure, value=inf, high=inf), "EUR", on=MAY_2)


@pytest.mark.parametrize("value", ["NaN", "-NaN", "sNaN"])
def test_a_nan_tolerance_is_refused(value: str) -> None:
    with pytest.raises(InvalidArgumentError, match=value):
        kf.check("3.5 billion tenge (US$6.7 million)", date=MAY_2, tolerance=Decimal(value))


def test_an_infinite_figure_is_refused_by_check_figures() -> None:
    import dataclasses

    from kzuk_figures.check import check_figures

    text = "3.5 billion tenge (US$6.7 million)"
    src, tgt = kf.extract(text)
    inf = Decimal("Infinity")
    with pytest.raises(InvalidArgumentError, match="Infinity"):
        check_figures(text, [dataclasses.replace(src, value=inf, high=inf), tgt], date=MAY_2)


# ------------------------------------------------------------------ a date that cannot be used

CLAIM = "It invested 3.5 billion tenge (US$6.7 million)."


@pytest.mark.parametrize("stated", [datetime.date(1, 1, 1), datetime.date(9999, 12, 31)])
def test_a_stated_date_outside_the_rates_agrees_with_the_same_date_given(stated: datetime.date) -> None:
    given = one(CLAIM, date=stated)
    read = one(f"{stated.isoformat()}\n{CLAIM}")
    assert given.verdict == read.verdict == "unverifiable"
    assert read.date == stated
    assert read.date_reason == "stated in the text"
    assert stated.isoformat() in read.explanation
    # digits that only look like a date (no month 56) are still no date
    assert one(f"Call 1234-56-78.\n{CLAIM}").date_reason == "latest date the rates cover"


@pytest.mark.parametrize("head", ["2025-02-30", "30 February 2025", "February 30, 2025"])
def test_a_stated_date_that_is_no_calendar_date_is_said(head: str) -> None:
    c = one(f"{head}\n{CLAIM}")
    assert c.verdict == "unverifiable"
    assert c.date is None
    assert head in c.date_reason and "not a calendar date" in c.date_reason
    assert head in c.explanation and "date=" in c.explanation
    assert c.reference_rate is None


def test_an_unusable_stated_date_reaches_the_report() -> None:
    r = kf.report(f"2025-02-30\n{CLAIM}")
    assert r.date is None
    assert r.to_dict()["checks"][0]["verdict"] == "unverifiable"
    assert "2025-02-30" in r.to_dict()["checks"][0]["date_reason"]
    # a date argument still wins over it
    c = one(f"2025-02-30\n{CLAIM}", date=MAY_2)
    assert (c.date, c.date_reason, c.verdict) == (MAY_2, "given", "consistent")


# ------------------------------------------------------------------ the period diagnosis's index (issue 15)

PAIRS = [("USD", "KZT"), ("EUR", "USD"), ("GBP", "USD"), ("USD", "RUB"), ("USD", "UZS"), ("GBP", "KZT"), ("EUR", "GBP")]
DATES = [datetime.date(1999, 3, 1), datetime.date(2008, 9, 15), datetime.date(2015, 8, 20), MAY_2, datetime.date(2026, 11, 30)]


@pytest.mark.parametrize("base, quote", PAIRS)
def test_the_indexed_period_search_finds_what_the_month_by_month_walk_finds(base: str, quote: str) -> None:
    from kzuk_figures.check import _fitting_period, _walk_periods
    from kzuk_figures.rates import default_rates

    rates = default_rates()
    index = rates.monthly(base, quote)
    assert index is not None and index.by_value
    values = [v for v, _, _ in index.by_value]
    # intervals around rates the pair had, between them, and beyond them all
    probes = [values[0] / 2, values[0], values[len(values) // 3], values[len(values) // 2], values[-1], values[-1] * 3]
    for on in DATES:
        month = on.year * 12 + on.month - 1
        for x in probes:
            for width, tol in ((Decimal("0.01"), Decimal("0.03")), (Decimal(0), Decimal(0)), (Decimal("0.2"), Decimal("0.03"))):
                lo, hi = x * (1 - width), x * (1 + width)
                walked = _walk_periods(rates, base, quote, on, month, lo, hi, tol)
                assert _fitting_period(rates, base, quote, on, lo, hi, tol) == walked, (on, x, width)


def test_of_two_months_as_near_the_earlier_fits() -> None:
    from kzuk_figures.check import _fitting_period
    from kzuk_figures.rates import TableRates

    table = TableRates({("USD", "KZT", "2025-04"): Decimal(500), ("USD", "KZT", "2025-05"): Decimal(520),
                        ("USD", "KZT", "2025-06"): Decimal(500)})  # fmt: skip
    r = _fitting_period(table, "USD", "KZT", MAY_2, Decimal(499), Decimal(501), Decimal(0))
    assert r is not None and r.period == "2025-04"


def test_only_an_offline_provider_is_indexed() -> None:
    import pickle

    from kzuk_figures.rates import ChainedRates, TableRates
    from kzuk_figures.rates.base import Provider
    from kzuk_figures.types import Rate

    class Live(Provider):  # stands for a source asked over the network
        name = "live"

        def coverage(self) -> tuple[datetime.date, datetime.date]:
            return datetime.date(2020, 1, 1), datetime.date(2025, 12, 31)

        def _lookup(self, base: str, quote: str, on: datetime.date) -> Rate:
            return Rate(base, quote, Decimal(500), self.name, on.isoformat(), on, on)

    table = TableRates({("USD", "KZT", "2025-05"): Decimal(520)})
    assert table.monthly("usd", "KZT") is not None
    assert Live().monthly("USD", "KZT") is None
    assert ChainedRates(table, Live()).monthly("USD", "KZT") is None
    assert ChainedRates(table, TableRates({("EUR", "USD"): Decimal(1)})).monthly("USD", "KZT") is None  # undated: year 1 to 9999
    # the index stays in its process, as the answer cache does
    assert pickle.loads(pickle.dumps(table))._monthly == {}
