"""HmrcRates: the bundled HMRC monthly rates."""

from __future__ import annotations

import datetime
from decimal import Decimal

import hmrc_rates
import pytest

from kzuk_figures.errors import RateNotFoundError
from kzuk_figures.rates import HmrcRates
from kzuk_figures.rates import hmrc as hmrc_module

MAY_2 = datetime.date(2025, 5, 2)


@pytest.fixture(scope="module")
def hmrc() -> HmrcRates:
    return HmrcRates()


def test_units_per_pound_are_the_published_figures(hmrc: HmrcRates) -> None:
    kzt = hmrc.rate("GBP", "KZT", MAY_2)
    assert kzt.value == Decimal("695.0592") and str(kzt.value) == "695.0592"
    assert hmrc.rate("GBP", "USD", MAY_2).value == Decimal("1.3271")
    assert (kzt.source, kzt.period, kzt.via) == ("HMRC", "2025-05", None)
    assert (kzt.start, kzt.end) == (datetime.date(2025, 5, 1), datetime.date(2025, 5, 31))
    assert kzt.requested == MAY_2 and not kzt.is_fallback and kzt.note == ""


def test_tenge_per_dollar_goes_through_the_pound(hmrc: HmrcRates) -> None:
    rate = hmrc.rate("USD", "KZT", MAY_2)
    assert rate.via == "GBP"
    assert rate.value == Decimal("695.0592") / Decimal("1.3271")
    assert abs(rate.value - Decimal("523.74")) < Decimal("0.01")
    back = hmrc.rate("KZT", "USD", MAY_2)
    assert back.via == "GBP" and back.value == Decimal("1.3271") / Decimal("695.0592")


def test_every_day_of_the_month_has_the_months_rate(hmrc: HmrcRates) -> None:
    values = {hmrc.rate("EUR", "KZT", datetime.date(2025, 5, d)).value for d in (1, 17, 31)}
    assert len(values) == 1
    assert hmrc.rate("EUR", "KZT", datetime.date(2025, 6, 1)).value not in values


def test_before_february_2014_quotes_the_coverage(hmrc: HmrcRates) -> None:
    first, last = hmrc.coverage()
    assert first == datetime.date(2014, 2, 1)
    assert last.month != (last + datetime.timedelta(days=1)).month  # a month's last day
    with pytest.raises(RateNotFoundError) as info:
        hmrc.rate("USD", "KZT", datetime.date(2014, 1, 31))
    assert info.value.coverage == (first, last)
    assert "2014-02" in info.value.reason and "2014-02-01" in str(info.value)
    assert hmrc.rate("USD", "KZT", datetime.date(2014, 2, 1)).period == "2014-02"


def _months_after(day: datetime.date, n: int) -> datetime.date:
    month = day.year * 12 + day.month - 1 + n
    return datetime.date(month // 12, month % 12 + 1, 15)


@pytest.mark.parametrize("months", [1, 2])
def test_an_unbundled_recent_month_uses_the_last_one_and_says_so(
    hmrc: HmrcRates, months: int
) -> None:
    last = hmrc.coverage()[1]
    on = _months_after(last, months)
    rate = hmrc.rate("USD", "KZT", on)
    assert rate.period == f"{last.year:04d}-{last.month:02d}" and rate.end == last
    assert rate.requested == on and rate.is_fallback
    assert f"HMRC rates for {on.year:04d}-{on.month:02d} are not bundled" in rate.note
    assert rate.value == hmrc.rate("USD", "KZT", last).value


def test_three_months_past_the_last_is_not_found(hmrc: HmrcRates) -> None:
    last = hmrc.coverage()[1]
    with pytest.raises(RateNotFoundError) as info:
        hmrc.rate("USD", "KZT", _months_after(last, 3))
    assert info.value.coverage == hmrc.coverage()
    assert "after the last HMRC month" in info.value.reason


def test_a_currency_hmrc_never_published(hmrc: HmrcRates) -> None:
    with pytest.raises(RateNotFoundError) as info:
        hmrc.rate("USD", "XYZ", MAY_2)
    assert info.value.reason == "HMRC does not publish XYZ"
    assert isinstance(info.value.__cause__, hmrc_rates.UnknownCurrencyError)


def test_a_currency_missing_from_that_month(hmrc: HmrcRates) -> None:
    assert hmrc.rate("GBP", "VED", datetime.date(2025, 5, 1)).value > 0
    with pytest.raises(RateNotFoundError) as info:
        hmrc.rate("GBP", "VED", datetime.date(2015, 5, 1))
    assert info.value.reason == "HMRC published no VED rate for 2015-05"
    assert isinstance(info.value.__cause__, hmrc_rates.NotInPeriodError)


def test_month_lookups_are_cached(hmrc: HmrcRates) -> None:
    HmrcRates().rate("USD", "KZT", datetime.date(2019, 3, 4))
    before = hmrc_module._units_per_gbp.cache_info()
    HmrcRates().rate("USD", "KZT", datetime.date(2019, 3, 20))
    after = hmrc_module._units_per_gbp.cache_info()
    assert after.hits == before.hits + 2 and after.misses == before.misses
