"""ChainedRates and the offline default (ECB daily, else HMRC monthly)."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from kzuk_figures.errors import (
    InvalidArgumentError,
    RateNotFoundError,
    RateSourceError,
    UnknownCurrencyError,
)
from kzuk_figures.rates import ChainedRates, DefaultRates, TableRates, default_rates
from kzuk_figures.types import Rate

MAY_2 = datetime.date(2025, 5, 2)


class Recorder:
    """A provider that answers from a table or fails, and counts its calls."""

    def __init__(self, name: str, answer: Decimal | None = None, *, live: bool = False) -> None:
        self.name, self.answer, self.live, self.calls = name, answer, live, 0

    def coverage(self) -> tuple[datetime.date, datetime.date]:
        return datetime.date(2000, 1, 1), datetime.date(2030, 12, 31)

    def rate(self, base: str, quote: str, on: datetime.date) -> Rate:
        self.calls += 1
        if self.answer is None:
            error = RateSourceError if self.live else RateNotFoundError
            raise error(base, quote, on, self.name, reason=f"{self.name} is empty")
        return Rate(base, quote, self.answer, self.name, on.isoformat(), on, on, requested=on)


def test_default_is_offline_ecb_first() -> None:
    rate = default_rates().rate("EUR", "USD", MAY_2)
    assert (rate.source, rate.period, rate.value) == ("ECB", "2025-05-02", Decimal("1.1343"))


def test_default_uses_hmrc_for_the_tenge() -> None:
    rate = default_rates().rate("USD", "KZT", MAY_2)
    assert (rate.source, rate.period, rate.via) == ("HMRC", "2025-05", "GBP")
    assert abs(rate.value - Decimal("523.7")) < Decimal("0.1")
    assert default_rates().rate("KZT", "USD", MAY_2).source == "HMRC"


def test_default_uses_hmrc_where_ecb_stopped_or_ended() -> None:
    assert default_rates().rate("EUR", "RUB", datetime.date(2022, 6, 1)).source == "HMRC"
    last_ecb = default_rates().providers[0].coverage()[1]
    rate = default_rates().rate("EUR", "USD", last_ecb + datetime.timedelta(days=3))
    assert rate.source == "HMRC"


def test_default_weekend_keeps_ecbs_daily_rate() -> None:
    rate = default_rates().rate("EUR", "USD", datetime.date(2025, 5, 3))
    assert rate.source == "ECB" and rate.period == "2025-05-02" and "Saturday" in rate.note


def test_default_names_every_source_it_tried() -> None:
    with pytest.raises(RateNotFoundError) as info:
        default_rates().rate("USD", "XYZ", MAY_2)
    error = info.value
    assert error.source == "default" and not isinstance(error, RateSourceError)
    assert "ECB: ECB does not publish XYZ" in error.reason
    assert "HMRC: HMRC does not publish XYZ" in error.reason
    assert error.coverage == (datetime.date(1999, 1, 4), default_rates().providers[1].coverage()[1])
    assert isinstance(error.__cause__, RateNotFoundError) and error.__cause__.source == "HMRC"


def test_default_rates_is_one_shared_instance() -> None:
    assert default_rates() is default_rates()
    assert default_rates().name == "default"
    assert isinstance(default_rates(), DefaultRates)


def test_the_first_provider_that_answers_wins() -> None:
    empty, first, second = Recorder("A"), Recorder("B", Decimal("2")), Recorder("C", Decimal("3"))
    chain = ChainedRates(empty, first, second)
    rate = chain.rate("USD", "KZT", MAY_2)
    assert (rate.source, rate.value) == ("B", Decimal("2"))
    assert (empty.calls, first.calls, second.calls) == (1, 1, 0)
    chain.rate("USD", "KZT", MAY_2)
    assert first.calls == 1  # answered from the chain's memory


def test_when_every_live_source_fails_it_is_a_source_error() -> None:
    with pytest.raises(RateSourceError) as info:
        ChainedRates(Recorder("A", live=True), Recorder("B", live=True)).rate("USD", "KZT", MAY_2)
    assert "A: A is empty" in info.value.reason and "B: B is empty" in info.value.reason


def test_a_missing_rate_among_failures_is_not_a_source_error() -> None:
    with pytest.raises(RateNotFoundError) as info:
        ChainedRates(Recorder("A", live=True), Recorder("B")).rate("USD", "KZT", MAY_2)
    assert not isinstance(info.value, RateSourceError)


def test_misuse_is_raised_at_once_not_collected() -> None:
    second = Recorder("B", Decimal("2"))
    with pytest.raises(UnknownCurrencyError):
        ChainedRates(TableRates({("USD", "KZT"): 524}), second).rate("US", "KZT", MAY_2)
    assert second.calls == 0


def test_a_chain_needs_providers() -> None:
    with pytest.raises(InvalidArgumentError):
        ChainedRates()
    with pytest.raises(InvalidArgumentError, match="not a RateProvider"):
        ChainedRates(object())  # type: ignore[arg-type]


def test_a_chains_coverage_spans_its_providers() -> None:
    table = TableRates({("USD", "KZT", "2040-01-01"): 900, ("USD", "KZT", "1990-01"): 5})
    chain = ChainedRates(Recorder("A"), table, name="mine")
    assert chain.name == "mine"
    assert chain.coverage() == (datetime.date(1990, 1, 1), datetime.date(2040, 1, 1))
