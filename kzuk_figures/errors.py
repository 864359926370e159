"""One family of errors.

Every error derives from :class:`KzukFiguresError` and also from the builtin a
caller would naturally catch (``ValueError``, ``LookupError``, ``TypeError``),
quotes the offending input with ``!r`` and keeps it in fields a program can use.
Content never raises: only misuse does (STYLE.md, habit 9).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

__all__ = [
    "ArgumentTypeError",
    "FloatAmountError",
    "InvalidArgumentError",
    "KzukFiguresError",
    "RateNotFoundError",
    "RateSourceError",
    "UnknownCurrencyError",
]


class KzukFiguresError(Exception):
    """Base class of every error this library raises."""


class InvalidArgumentError(KzukFiguresError, ValueError):
    """An argument has the right type but an unusable value."""


class ArgumentTypeError(KzukFiguresError, TypeError):
    """An argument of the wrong type: ``extract(b"...")``, ``check(None)``."""


class FloatAmountError(KzukFiguresError, TypeError):
    """A ``float`` was given where an exact amount or rate is required."""

    def __init__(self, value: object, what: str = "amount") -> None:
        self.value = value
        self.what = what
        super().__init__(
            f"{what} {value!r} is a float, which is inexact; "
            f"pass Decimal({str(value)!r}) or an int instead"
        )

    def __reduce__(self) -> tuple[object, ...]:  # pickles with its fields, not its message
        return type(self), (self.value, self.what)


class UnknownCurrencyError(KzukFiguresError, LookupError):
    """A currency code that ISO 4217 (as CLDR knows it) does not have."""

    def __init__(self, code: object, candidates: Sequence[str] = ()) -> None:
        self.code = code
        self.candidates = tuple(candidates)
        hint = f"; did you mean {', '.join(self.candidates)}?" if self.candidates else ""
        super().__init__(f"unknown currency {code!r}{hint}")

    def __reduce__(self) -> tuple[object, ...]:
        return type(self), (self.code, self.candidates)


class RateNotFoundError(KzukFiguresError, LookupError):
    """A rate provider has no rate for that pair on that date.

    ``coverage`` is the ``(first, last)`` date range the source covers, when known.
    """

    def __init__(
        self,
        base: str,
        quote: str,
        on: datetime.date | None,
        source: str,
        coverage: tuple[datetime.date, datetime.date] | None = None,
        reason: str = "",
    ) -> None:
        self.base, self.quote, self.on, self.source = base, quote, on, source
        self.coverage = coverage
        self.reason = reason
        when = f" on {on.isoformat()}" if on is not None else ""
        covers = (
            f"; {source} covers {coverage[0].isoformat()} to {coverage[1].isoformat()}"
            if coverage is not None
            else ""
        )
        why = f": {reason}" if reason else ""
        super().__init__(f"{source} has no {base!r}/{quote!r} rate{when}{why}{covers}")

    def __reduce__(self) -> tuple[object, ...]:
        # A worker process's error reaches the parent by pickle; the default
        # (the message as the only argument) cannot rebuild this one.
        return type(self), (self.base, self.quote, self.on, self.source, self.coverage, self.reason)


class RateSourceError(RateNotFoundError):
    """A live rate source failed (network, timeout, malformed answer).

    The original exception is chained as ``__cause__``.
    """
