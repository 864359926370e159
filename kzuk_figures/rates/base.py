"""What a rate provider is, and the parts every provider shares.

A provider answers ``rate(base, quote, on)`` with a :class:`~kzuk_figures.types.Rate`
(``value`` units of ``quote`` per one ``base``) or raises
:class:`~kzuk_figures.errors.RateNotFoundError`.

Most sources publish every currency against one pivot (ECB: EUR, HMRC: GBP,
NBK: KZT).  :class:`PivotProvider` turns two such *legs* into one cross rate,
so each source only says which publication serves a date and what one
currency's leg in it is.  :class:`Provider` does what every provider does
before that: validate the arguments, answer same-currency pairs, remember
answers, and turn a provider's internal :class:`Missing` into the public error.
"""

from __future__ import annotations

import calendar
import copy
import datetime
import functools
import sys
from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, Protocol, TypeVar, runtime_checkable

from ..errors import InvalidArgumentError, RateNotFoundError, RateSourceError, UnknownCurrencyError
# Cross rates need one division, done in the library's own context (types.MATH)
# so that a caller's decimal.getcontext() changes cannot alter a reference rate.
from ..types import MATH, Figure, Rate, exact

__all__ = [
    "FailFast",
    "Leg",
    "Missing",
    "MonthlyRates",
    "PivotProvider",
    "Provider",
    "Publication",
    "RateProvider",
    "SourceFailed",
    "check_amount",
    "check_code",
    "check_date",
    "check_figure_amounts",
    "check_timeout",
    "cross",
    "daily_note",
    "look_back",
    "month_bounds",
    "unreachable",
]

T = TypeVar("T")

#: ``amount`` units of a currency are worth ``pivot_amount`` units of the pivot.
#: Kept as a pair, not a quotient, so a source that quotes "KZT per 100 JPY"
#: or "USD per EUR" stays exact until the one division of :func:`cross`.
Leg = tuple[Decimal, Decimal]

_PIVOT_LEG: Leg = (Decimal(1), Decimal(1))


@runtime_checkable
class RateProvider(Protocol):
    """Anything that can say how many ``quote`` units one ``base`` unit bought ``on`` a day."""

    name: str

    def rate(self, base: str, quote: str, on: datetime.date) -> Rate: ...

    def coverage(self) -> tuple[datetime.date, datetime.date]:
        """The first and last date the source has data for."""
        ...


class Missing(Exception):
    """Raised inside a provider; :meth:`Provider.rate` re-raises it as RateNotFoundError.

    Providers only know *why* there is no rate; the public error also needs the
    pair, the date and the coverage, which :class:`Provider` adds in one place.
    """


class SourceFailed(Missing):
    """A live source failed; re-raised as RateSourceError with this exception's cause."""


def unreachable(error: BaseException | None) -> bool:
    """True if ``error`` means no answer came at all (a timeout, a name that
    does not resolve, a refused or dropped connection), False if the source
    answered, however badly (an HTTP error status, a body that is not rates)."""
    import urllib.error

    if isinstance(error, urllib.error.HTTPError):  # an OSError, but the server answered
        return False
    # requests' errors are all OSErrors too; only two of them mean no answer.
    # One of them can only have been raised if requests is already imported.
    requests = sys.modules.get("requests.exceptions")
    if requests is not None and isinstance(error, requests.RequestException):
        return isinstance(error, (requests.ConnectionError, requests.Timeout))
    return isinstance(error, OSError)  # TimeoutError, socket.gaierror, URLError, ConnectionError


class FailFast:
    """What a live source remembers of its failures, for one provider's lifetime.

    Offline, a document with twenty conversions would otherwise ask for the
    same URL twenty times and wait out the timeout each time.  So a request
    that failed is not made again, and once one fails for want of a connection
    (:func:`unreachable`) the source is taken to be down: a warning says so
    once, on ``logger``, and every later request fails at once, for the same
    reason, without the network.  A new provider starts with a clean memory.
    """

    #: Failures kept per request, oldest dropped first, like the answer cache.
    max_failures = 4096

    def __init__(self, source: str, logger: str) -> None:
        self.source = source
        self.logger = logger
        self._failed: dict[Hashable, tuple[str, BaseException | None]] = {}
        self._down: tuple[str, BaseException | None] | None = None

    def ask(self, key: Hashable, request: Callable[[], T]) -> T:
        """``request()``, which raises SourceFailed when it fails, unless the
        request ``key`` failed before or the source is down."""
        known = self._down or self._failed.get(key)
        if known is not None:
            raise SourceFailed(known[0]) from known[1]
        try:
            return request()
        except SourceFailed as exc:
            failure = exc
        cause = failure.__cause__
        if not unreachable(cause):  # it answered: only this request is not made again
            if len(self._failed) >= self.max_failures:
                del self._failed[next(iter(self._failed))]
            self._failed[key] = (str(failure), cause)
            raise failure
        reason = f"{self.source} is unreachable ({failure})"
        self._down = (reason, cause)
        import logging

        logging.getLogger(self.logger).warning("%s; this provider will not ask it again", reason)
        raise SourceFailed(reason) from cause

    # Like the answer cache, the memory stays in its process: a provider sent
    # to a worker arrives with none (and a cause, such as an HTTPError holding
    # a socket, may not pickle).
    def __reduce__(self) -> tuple[object, ...]:
        return type(self), (self.source, self.logger)


def check_code(code: object) -> str:
    """``code`` upper-cased if it is three ASCII letters, else UnknownCurrencyError."""
    if type(code) is str:
        known = _CODES.get(code)
        if known is not None:
            return known
    if isinstance(code, str):
        upper = code.upper()
        if len(upper) == 3 and upper.isascii() and upper.isalpha():
            _CODES[code] = upper  # bounded: there are only so many three-letter words
            return upper
    raise UnknownCurrencyError(code)


_CODES: dict[str, str] = {}  # every code check_code has passed, as written -> upper case


def check_date(on: object) -> datetime.date:
    """``on`` as a date (a datetime counts as its date), else InvalidArgumentError."""
    if isinstance(on, datetime.datetime):
        return on.date()
    if isinstance(on, datetime.date):
        return on
    raise InvalidArgumentError(f"on {on!r} is not a datetime.date")


def check_amount(value: object, what: str) -> Decimal:
    """``value`` as an exact, finite Decimal, else InvalidArgumentError naming it.

    :func:`~kzuk_figures.types.exact` passes a Decimal through as it is: a NaN
    would then raise a bare InvalidOperation at its first comparison, and an
    Infinity would be multiplied into "Infinity EUR".
    """
    amount = exact(value, what)
    if not amount.is_finite():
        raise InvalidArgumentError(f"{what} {value!r} is not a finite number")
    return amount


def check_figure_amounts(figure: Figure) -> Figure:
    """``figure`` if its value and interval are finite (a caller may build one
    with ``dataclasses.replace``; the scanner never reads one that is not)."""
    for name, value in (("value", figure.value), ("low", figure.low), ("high", figure.high)):
        if value is not None:
            check_amount(value, f"figure {figure.text!r} has {name}")
    return figure


def check_timeout(timeout: object) -> float:
    """A live source's timeout in seconds, which must be a positive number."""
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise InvalidArgumentError(f"timeout {timeout!r} must be a positive number of seconds")
    return float(timeout)


def cross(base_leg: Leg, quote_leg: Leg) -> Decimal:
    """Units of quote per one unit of base, from both currencies' legs against one pivot."""
    base_amount, base_pivot = base_leg
    quote_amount, quote_pivot = quote_leg
    # quote/base = (quote_amount / quote_pivot) / (base_amount / base_pivot):
    # multiply first so the only rounding is the final division.
    return MATH.divide(
        MATH.multiply(quote_amount, base_pivot), MATH.multiply(quote_pivot, base_amount)
    )


def month_bounds(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    """First and last day of a calendar month."""
    return datetime.date(year, month, 1), datetime.date(
        year, month, calendar.monthrange(year, month)[1]
    )


def look_back(
    on: datetime.date, days: int, find: Callable[[datetime.date], T | None]
) -> tuple[datetime.date, T] | None:
    """The first of ``on``, ``on - 1``, … ``on - days`` that ``find`` answers, and the answer."""
    for back in range(days + 1):
        day = on - datetime.timedelta(days=back)
        found = find(day)
        if found is not None:
            return day, found
    return None


def daily_note(source: str, what: str, requested: datetime.date, used: datetime.date) -> str:
    """Why a daily source's rate for ``used`` answers a question about ``requested``."""
    if used == requested:
        return ""
    weekday = calendar.day_name[requested.weekday()]
    if requested.weekday() >= 5:
        why = f"{requested.isoformat()} is a {weekday}"
    else:
        why = f"{source} published no {what} on {requested.isoformat()} (a {weekday})"
    return f"{why}; {source}'s previous {what} ({used.isoformat()}) was used"


@dataclass(frozen=True, slots=True)
class MonthlyRates:
    """One pair's rate on the first day of every month a provider covers,
    sorted by value, so that "which months' rates lie in this range" is two
    bisections and not a question per month.

    ``by_value`` holds ``(value, month, rate)``, ``month`` counted as
    ``year * 12 + month - 1``; ``rate`` is what ``rate(base, quote, day 1)``
    answers.  A month with no rate is absent.
    """

    by_value: tuple[tuple[Decimal, int, Rate], ...]


#: A provider whose coverage spans more months than this (a table with an
#: undated row covers year 1 to 9999) is not indexed: the diagnosis then asks
#: it month by month, near the text's date only.
_MAX_INDEXED_MONTHS = 1200


class Provider(ABC):
    """Argument checks, identity, a per-instance answer cache and error wrapping.

    Subclasses set ``name`` and implement :meth:`coverage` and :meth:`_lookup`,
    which receives a validated, distinct pair and raises :class:`Missing` (or
    :class:`SourceFailed`) when it has no rate.
    """

    name: str
    #: Every answer comes from data in memory (a bundled or given table), so
    #: asking for each month of the coverage costs no request: :meth:`monthly`
    #: indexes a pair only then.  A live source keeps the default, False.
    offline: bool = False

    def __init__(self, *, cache_size: int = 4096) -> None:
        # Rates for a past date do not change, so answers are kept, and so is
        # "no rate" from an offline table: the diagnosis asks for candidate
        # currencies a table lacks again and again.  A live source's failures
        # are not kept here: it remembers its own (FailFast).
        self._cache_size = cache_size
        self._answer = functools.lru_cache(maxsize=cache_size)(self._answer_uncached)
        self._monthly: dict[tuple[str, str], MonthlyRates | None] = {}

    # A provider travels to worker processes (ProcessPoolExecutor, Dask,
    # Spark) by pickle.  The answer cache and the monthly indexes are per
    # process: they are left behind and empty ones are made on arrival.
    def __getstate__(self) -> dict[str, object]:
        state = self.__dict__.copy()
        state.pop("_answer", None)
        state.pop("_monthly", None)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        size: int = getattr(self, "_cache_size", 4096)
        self._answer = functools.lru_cache(maxsize=size)(self._answer_uncached)
        self._monthly = {}

    def monthly(self, base: str, quote: str) -> MonthlyRates | None:
        """The pair's :class:`MonthlyRates`, built on first use and kept; None
        for a live provider, a same-currency pair, or a coverage too long to
        index (see :data:`_MAX_INDEXED_MONTHS`)."""
        base, quote = check_code(base), check_code(quote)
        key = (base, quote)
        if key not in self._monthly:
            self._monthly[key] = self._index_months(base, quote)
        return self._monthly[key]

    def _index_months(self, base: str, quote: str) -> MonthlyRates | None:
        if not self.offline or base == quote:
            return None
        first, last = self.coverage()
        months = range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
        if len(months) > _MAX_INDEXED_MONTHS:
            return None
        found = []
        for month in months:
            try:
                # _lookup, not rate: a month's answer is kept here, not in the
                # answer cache, where it would push out the dates texts ask for
                rate = self._lookup(base, quote, datetime.date(month // 12, month % 12 + 1, 1))
            except (Missing, RateNotFoundError):
                continue
            found.append((rate.value, month, rate))
        found.sort(key=lambda entry: entry[:2])
        return MonthlyRates(tuple(found))

    def rate(self, base: str, quote: str, on: datetime.date) -> Rate:
        base, quote, on = check_code(base), check_code(quote), check_date(on)
        if base == quote:
            return Rate(
                base=base,
                quote=quote,
                value=Decimal(1),
                source=self.name,
                period=on.isoformat(),
                start=on,
                end=on,
                requested=on,
                note="same currency",
            )
        answer = self._answer(base, quote, on)
        if isinstance(answer, RateNotFoundError):
            # a fresh error each time: a kept one would gather each caller's traceback and context
            fresh = copy.copy(answer)
            fresh.__cause__ = answer.__cause__
            raise fresh
        return answer

    @abstractmethod
    def coverage(self) -> tuple[datetime.date, datetime.date]: ...

    @abstractmethod
    def _lookup(self, base: str, quote: str, on: datetime.date) -> Rate: ...

    def _answer_uncached(self, base: str, quote: str, on: datetime.date) -> Rate | RateNotFoundError:
        """The rate, or (for an offline table) the error that says there is none."""
        try:
            return self._lookup(base, quote, on)
        except SourceFailed as exc:
            raise RateSourceError(base, quote, on, self.name, reason=str(exc)) from exc.__cause__
        except Missing as exc:
            missing = RateNotFoundError(base, quote, on, self.name, self.coverage(), reason=str(exc))
            if not self.offline:
                raise missing from exc.__cause__
            missing.__cause__ = exc.__cause__
            return missing
        except RateNotFoundError as exc:  # a chained provider's own answer
            if not self.offline or isinstance(exc, RateSourceError):
                raise
            return exc

    def _require_covered(self, on: datetime.date) -> None:
        first, last = self.coverage()
        if on < first:
            raise Missing(f"{on.isoformat()} is before its first rate")
        if on > last:
            raise Missing(f"{on.isoformat()} is after its last rate")

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


@dataclass(frozen=True, slots=True)
class Publication(Generic[T]):
    """One table a pivot source published: its period, its data, why it serves the date asked."""

    period: str
    start: datetime.date
    end: datetime.date
    data: T
    note: str = ""


class PivotProvider(Provider, Generic[T]):
    """A source that quotes every currency against ``pivot``; crosses go through it."""

    pivot: str

    @abstractmethod
    def _publication(self, on: datetime.date) -> Publication[T]:
        """The publication that serves ``on``; raises Missing when none does."""

    @abstractmethod
    def _leg(self, publication: Publication[T], code: str) -> Leg:
        """``code``'s leg against the pivot in ``publication``; raises Missing if absent."""

    def _lookup(self, base: str, quote: str, on: datetime.date) -> Rate:
        pub = self._publication(on)
        base_leg = _PIVOT_LEG if base == self.pivot else self._leg(pub, base)
        quote_leg = _PIVOT_LEG if quote == self.pivot else self._leg(pub, quote)
        return Rate(
            base=base,
            quote=quote,
            value=cross(base_leg, quote_leg),
            source=self.name,
            period=pub.period,
            start=pub.start,
            end=pub.end,
            requested=on,
            note=pub.note,
            via=None if self.pivot in (base, quote) else self.pivot,
        )
