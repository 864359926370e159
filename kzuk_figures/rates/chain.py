"""Providers tried in turn, and the offline default: ECB daily, else HMRC monthly."""

from __future__ import annotations

import datetime
import functools

from ..errors import InvalidArgumentError, RateNotFoundError, RateSourceError
from ..types import Rate
from .base import Missing, Provider, RateProvider, SourceFailed
from .ecb import EcbRates
from .hmrc import HmrcRates

__all__ = ["ChainedRates", "DefaultRates", "default_rates"]


class ChainedRates(Provider):
    """The first of ``providers`` that has the rate answers.

    When none has it, RateNotFoundError says what each one said; it is a
    RateSourceError only when every provider failed as a live source.
    Misuse (a malformed code or date) is raised by the first provider at once.
    """

    def __init__(self, *providers: RateProvider, name: str | None = None) -> None:
        if not providers:
            raise InvalidArgumentError("ChainedRates needs at least one provider")
        for p in providers:
            if not isinstance(p, RateProvider):
                raise InvalidArgumentError(f"{p!r} is not a RateProvider")
        super().__init__()
        self.providers: tuple[RateProvider, ...] = providers
        # indexed month by month only when no provider in it would be asked over the network
        self.offline = all(getattr(p, "offline", False) is True for p in providers)
        self.name = name if name is not None else "+".join(p.name for p in providers)

    def coverage(self) -> tuple[datetime.date, datetime.date]:
        spans = [p.coverage() for p in self.providers]
        return min(first for first, _ in spans), max(last for _, last in spans)

    def _lookup(self, base: str, quote: str, on: datetime.date) -> Rate:
        failures: list[RateNotFoundError] = []
        for provider in self.providers:
            try:
                return provider.rate(base, quote, on)
            except RateNotFoundError as exc:
                failures.append(exc)
        tried = "; ".join(f"{e.source}: {e.reason or 'no rate'}" for e in failures)
        failed = SourceFailed if all(isinstance(e, RateSourceError) for e in failures) else Missing
        raise failed(f"tried {tried}") from failures[-1]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(map(repr, self.providers))})"


class DefaultRates(ChainedRates):
    """Offline and bundled: ECB's daily rate when ECB has both currencies on
    (or just before) the date, else HMRC's monthly rate.
    """

    def __init__(self) -> None:
        super().__init__(EcbRates(), HmrcRates(), name="default")

    def __repr__(self) -> str:
        return "DefaultRates()"


@functools.cache
def default_rates() -> DefaultRates:
    """The one shared :class:`DefaultRates`, so its tables and answers are loaded once."""
    return DefaultRates()
