"""Live rates through ``forex-python`` (opt-in: ``pip install 'kzuk-figures[forex]'``).

forex-python asks theratesapi.com, which serves ECB reference rates.  Its
``CurrencyRates.get_rate`` calls ``requests.get`` with no timeout and takes
none, so the call runs in a daemon thread that is abandoned after ``timeout``
seconds: the caller gets a RateSourceError in time, and a hung connection
cannot keep the interpreter from exiting.  A provider asks for a pair on a
date at most once, and not at all once the service has proved unreachable
(:class:`~.base.FailFast`).
"""

from __future__ import annotations

import calendar
import datetime
import threading
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Protocol, TypeVar

from ..types import Rate
from .base import FailFast, Provider, SourceFailed, check_timeout

__all__ = ["ForexPythonRates"]

T = TypeVar("T")

#: theratesapi.com serves ECB's series, which starts on this day.
_FIRST = datetime.date(1999, 1, 4)


class CurrencyRatesLike(Protocol):
    """The part of ``forex_python.converter.CurrencyRates`` this provider uses."""

    def get_rate(
        self, base_cur: str, dest_cur: str, date_obj: datetime.date | None = None
    ) -> Any: ...


def _call_with_timeout(call: Callable[[], T], timeout: float) -> T:
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # handed to the caller's thread below
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="kzuk-figures-forex", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise TimeoutError(f"forex-python did not answer within {timeout} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]  # type: ignore[no-any-return]


def _default_client() -> CurrencyRatesLike:
    try:
        from forex_python.converter import CurrencyRates  # type: ignore[import-untyped]
    except ImportError as exc:
        raise ImportError(
            "ForexPythonRates needs forex-python: pip install 'kzuk-figures[forex]'"
        ) from exc
    return CurrencyRates(force_decimal=True)  # type: ignore[no-any-return]


class ForexPythonRates(Provider):
    """Rates fetched live through forex-python; every failure is a RateSourceError.

    ``client`` replaces forex-python's ``CurrencyRates`` (tests pass a fake).
    """

    name = "forex-python"

    def __init__(self, *, timeout: float = 10.0, client: CurrencyRatesLike | None = None) -> None:
        super().__init__()
        self.timeout = check_timeout(timeout)
        self._client = client if client is not None else _default_client()
        # forex-python asks for one pair on one day at a time
        self._failures = FailFast(self.name, __name__)

    def coverage(self) -> tuple[datetime.date, datetime.date]:
        return _FIRST, datetime.date.today()

    def _lookup(self, base: str, quote: str, on: datetime.date) -> Rate:
        self._require_covered(on)
        value = self._failures.ask((base, quote, on), lambda: self._asked(base, quote, on))
        # forex-python does not report the publication day it served, so the
        # period is the day asked for.
        return Rate(
            base=base,
            quote=quote,
            value=value,
            source=self.name,
            period=on.isoformat(),
            start=on,
            end=on,
            requested=on,
            note=_weekend_note(on),
        )

    def _asked(self, base: str, quote: str, on: datetime.date) -> Decimal:
        try:
            answer = _call_with_timeout(
                lambda: self._client.get_rate(base, quote, on), self.timeout
            )
        except Exception as exc:  # requests errors, RatesNotAvailableError, bad JSON, timeout
            raise SourceFailed(f"forex-python failed: {exc}") from exc
        return _checked(answer)

    def __repr__(self) -> str:
        return f"ForexPythonRates(timeout={self.timeout!r})"


def _checked(answer: object) -> Decimal:
    # With force_decimal the JSON's decimals arrive as Decimal and its integers
    # (ECB quotes ISK as "136") as int; a float would already have lost digits.
    if isinstance(answer, int) and not isinstance(answer, bool):
        answer = Decimal(answer)
    if isinstance(answer, Decimal) and answer.is_finite() and answer > 0:
        return answer
    problem = f"forex-python answered {answer!r}, not a positive Decimal"
    raise SourceFailed(problem) from ValueError(problem)


def _weekend_note(on: datetime.date) -> str:
    if on.weekday() < 5:
        return ""
    return (
        f"{on.isoformat()} is a {calendar.day_name[on.weekday()]}; the service answers "
        "with an earlier day's rate, and forex-python does not say which"
    )
