"""HMRC monthly exchange rates (units per £1), as bundled by ``hmrc-rates``.

HMRC publishes one table a month, for customs and VAT, from 2014-02 on.  Codes
are as HMRC publishes them, which is ISO 4217 for almost every currency.
"""

from __future__ import annotations

import datetime
import functools
from decimal import Decimal
from typing import TYPE_CHECKING

from .base import Leg, Missing, PivotProvider, Publication, month_bounds

if TYPE_CHECKING:
    from hmrc_rates import Rates

__all__ = ["HmrcRates"]

#: A month past the last bundled table may use it, this many months back at
#: most: HMRC publishes near the end of the month before, so a recent month is
#: usually just missing from this release, not unpublished.
MAX_MONTHS_BACK = 2

Month = tuple[int, int]


@functools.cache
def _rates() -> Rates:
    import hmrc_rates  # imported on first use, like every rate table

    return hmrc_rates.Rates()


@functools.cache
def _months() -> tuple[Month, Month]:
    months = _rates().months()
    return (months[0].year, months[0].month), (months[-1].year, months[-1].month)


@functools.lru_cache(maxsize=8192)
def _units_per_gbp(code: str, month: Month) -> Decimal:
    from hmrc_rates import YearMonth

    return _rates().monthly_rate(code, YearMonth(*month)).units_per_gbp


def _label(month: Month) -> str:
    return f"{month[0]:04d}-{month[1]:02d}"


def _months_between(earlier: Month, later: Month) -> int:
    return (later[0] - earlier[0]) * 12 + later[1] - earlier[1]


class HmrcRates(PivotProvider[Month]):
    """HMRC's monthly rates; crosses go through GBP.

    >>> import datetime
    >>> HmrcRates().rate("USD", "KZT", datetime.date(2025, 5, 2)).value
    Decimal('523.7428980483761585411800166')
    """

    name = "HMRC"
    pivot = "GBP"
    offline = True

    def coverage(self) -> tuple[datetime.date, datetime.date]:
        first, last = _months()
        return month_bounds(*first)[0], month_bounds(*last)[1]

    def _publication(self, on: datetime.date) -> Publication[Month]:
        first, last = _months()
        asked = (on.year, on.month)
        if asked < first:
            raise Missing(f"HMRC monthly rates start in {_label(first)}")
        note = ""
        used = asked
        if asked > last:
            if _months_between(last, asked) > MAX_MONTHS_BACK:
                raise Missing(f"{_label(asked)} is after the last HMRC month, {_label(last)}")
            used = last
            note = (
                f"HMRC rates for {_label(asked)} are not bundled; "
                f"the latest earlier month ({_label(last)}) was used"
            )
        start, end = month_bounds(*used)
        return Publication(period=_label(used), start=start, end=end, data=used, note=note)

    def _leg(self, publication: Publication[Month], code: str) -> Leg:
        import hmrc_rates

        try:
            return _units_per_gbp(code, publication.data), Decimal(1)
        except hmrc_rates.UnknownCurrencyError as exc:
            raise Missing(f"HMRC does not publish {code}") from exc
        except hmrc_rates.NotInPeriodError as exc:
            raise Missing(f"HMRC published no {code} rate for {publication.period}") from exc
        except hmrc_rates.HmrcRatesError as exc:
            raise Missing(str(exc)) from exc
