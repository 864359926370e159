"""The library's data: every value a stage hands to the next.

All are frozen, slotted dataclasses that validate in ``__post_init__``; change
one with :func:`dataclasses.replace`.  Amounts and rates are ``Decimal`` from
the text to the verdict; a ``float`` is refused where it would enter.
"""

from __future__ import annotations

import datetime
import decimal
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal, ParamSpec, TypeVar

from .errors import FloatAmountError, InvalidArgumentError

__all__ = [
    "CLAIMS", "KINDS", "QUALIFIERS", "VERDICTS", "Check", "Claim", "Figure", "Kind", "Rate", "Verdict",
]

Kind = Literal["money", "quantity", "percent", "number"]
Verdict = Literal["consistent", "inconsistent", "unverifiable"]

KINDS: frozenset[str] = frozenset({"money", "quantity", "percent", "number"})
#: What a figure's ``qualifier`` can say about its value.
QUALIFIERS: frozenset[str] = frozenset(
    {"over", "under", "about", "nearly", "up_to", "at_least", "range"}
)
VERDICTS: frozenset[str] = frozenset({"consistent", "inconsistent", "unverifiable"})
#: What a :class:`Check` checks: a stated conversion, or arithmetic the text
#: states between its own figures (see :mod:`kzuk_figures.claims`).
CLAIMS: frozenset[str] = frozenset({"conversion", "change", "share", "sum", "ratio"})
#: The roles a figure plays in a :class:`Claim`.
ROLES: frozenset[str] = frozenset({"from", "to", "stated", "part", "whole", "total", "larger", "smaller"})


#: The arithmetic every amount and rate is computed in: 28 significant digits,
#: whatever the caller's own ``decimal`` context says (``getcontext().prec = 6``
#: must not round a rate, nor make ``check`` raise).
MATH = decimal.Context(prec=28, rounding=decimal.ROUND_HALF_EVEN)

_P = ParamSpec("_P")
_R = TypeVar("_R")


def in_math_context(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``fn`` in :data:`MATH`, not in the caller's decimal context."""

    @functools.wraps(fn)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with decimal.localcontext(MATH):
            return fn(*args, **kwargs)

    return wrapper


def exact(value: object, what: str) -> Decimal:
    """``value`` as a ``Decimal``; floats are refused, ints and numeric strings taken."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise InvalidArgumentError(f"{what} {value!r} is a bool, not a number")
    if isinstance(value, float):
        raise FloatAmountError(value, what)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        try:
            d = Decimal(value.strip())
        except ArithmeticError:
            raise InvalidArgumentError(f"{what} {value!r} is not a number") from None
        if not d.is_finite():
            raise InvalidArgumentError(f"{what} {value!r} is not a finite number")
        return d
    raise InvalidArgumentError(f"{what} {value!r} is not a Decimal, int or numeric string")


def _no_float(obj: object, *names: str) -> None:
    for name in names:
        v = getattr(obj, name)
        if isinstance(v, float):
            raise FloatAmountError(v, name)
        if v is not None and not isinstance(v, Decimal):
            raise InvalidArgumentError(f"{name} {v!r} must be a Decimal")


@dataclass(frozen=True, slots=True)
class Figure:
    """One claim found in a text: a span, what it says, and how exactly it says it.

    ``value``, ``low`` and ``high`` carry the scale ("3.5 billion" is
    ``Decimal("3500000000")``).  ``low``/``high`` are the *stated precision*
    (``6.7 million`` is 6 650 000 – 6 750 000) or a range's two ends.  A
    qualifier such as "over" is recorded, not applied to the interval.
    """

    kind: str
    start: int
    end: int
    text: str
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    currency: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    #: The numeral exactly as written ("3.5", "1,234,567", "three").
    numeral: str = ""
    #: The multiplier a scale word applied ("billion" -> 10**9); 1 if none.
    scale: Decimal = Decimal(1)
    #: How the currency was written ("US$", "tenge", "KZT"); None if not money.
    currency_text: str | None = None
    #: True when the currency came from a default or the context, not the figure itself.
    currency_inferred: bool = False
    #: Other currencies the written form could mean (for "$", "som", "pounds"...).
    candidates: tuple[str, ...] = ()
    #: The language the figure was read in (a babel locale name).
    locale: str = "en"
    #: What a count counts, as written ("projects", "человек", "адам"); None
    #: for any figure that is not a count of things.
    counted: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InvalidArgumentError(f"kind {self.kind!r} is not one of {sorted(KINDS)}")
        if not (0 <= self.start <= self.end):
            raise InvalidArgumentError(f"span ({self.start!r}, {self.end!r}) is not a span")
        if self.end - self.start != len(self.text):
            raise InvalidArgumentError(
                f"text {self.text!r} does not fit the span ({self.start}, {self.end})"
            )
        D = Decimal  # the scanner's case, checked without a call per field
        if not (type(self.value) is D and type(self.low) is D and type(self.high) is D and type(self.scale) is D):
            _no_float(self, "value", "low", "high", "scale")
        if self.qualifier is not None and self.qualifier not in QUALIFIERS:
            raise InvalidArgumentError(
                f"qualifier {self.qualifier!r} is not one of {sorted(QUALIFIERS)}"
            )
        if self.low is not None and self.high is not None and self.low > self.high:
            raise InvalidArgumentError(f"low {self.low!r} is above high {self.high!r}")

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def quantity(self) -> Any:
        """The figure as a pint ``Quantity`` with a ``Decimal`` magnitude, or None for
        money and percentage points, which pint has no unit for.  A count is
        dimensionless.  pint is imported on first use, not before."""
        if self.value is None or self.kind == "money" or self.unit == "percentage_point":
            return None
        from .units import registry

        return registry().Quantity(self.value, self.unit or "dimensionless")

    @in_math_context
    def to(self, unit: str) -> Figure:
        """The same figure in ``unit`` ("kilometre", "t", "GWh"): value, low and high converted."""
        from dataclasses import replace

        from .units import registry

        base = self.quantity
        if base is None:
            raise InvalidArgumentError(f"{self.text!r} has no unit to convert from")
        target = registry().Unit(unit) if isinstance(unit, str) else unit
        moved = [None if v is None else tidy(base.__class__(v, self.unit).to(target).magnitude)
                 for v in (self.value, self.low, self.high)]
        return replace(self, value=moved[0], low=moved[1], high=moved[2], unit=str(target))

    def format(self, locale: str = "en") -> str:
        """The figure as ``locale`` writes it: "KZT 3,500,000,000", "3 500 000 000 ₸", "15%".

        >>> Figure("money", 0, 17, "3.5 billion tenge", Decimal("3500000000"),
        ...        Decimal("3450000000"), Decimal("3550000000"), currency="KZT").format("en")
        'KZT 3,500,000,000'
        """
        from .units import format_figure

        return format_figure(self, locale)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: amounts as strings, so no reader turns them into floats."""
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": _s(self.value),
            "low": _s(self.low),
            "high": _s(self.high),
            "currency": self.currency,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "numeral": self.numeral,
            "scale": _s(self.scale),
            "currency_text": self.currency_text,
            "currency_inferred": self.currency_inferred,
            "candidates": list(self.candidates),
            "locale": self.locale,
            "counted": self.counted,
        }

    def _repr_html_(self) -> str:
        from .html import figure_html

        return figure_html(self)


@dataclass(frozen=True, slots=True)
class Rate:
    """``value`` units of ``quote`` buy one unit of ``base``, per ``source``, for ``period``.

    ``period`` names the day (``"2025-05-02"``) or month (``"2025-05"``) whose
    published rate this is; ``start``/``end`` are its first and last days.
    ``requested`` is the date asked for: when it falls outside the period the
    rate is a fallback to an earlier publication and ``note`` says why.
    """

    base: str
    quote: str
    value: Decimal
    source: str
    period: str
    start: datetime.date
    end: datetime.date
    requested: datetime.date | None = None
    note: str = ""
    #: The currency a cross rate was computed through ("EUR", "GBP"), if any.
    via: str | None = None

    def __post_init__(self) -> None:
        _no_float(self, "value")
        if self.value <= 0:
            raise InvalidArgumentError(f"rate value {self.value!r} must be positive")
        if self.start > self.end:
            raise InvalidArgumentError(f"period {self.period!r} starts after it ends")

    @property
    def is_fallback(self) -> bool:
        """True when the rate was published for an earlier period than the one asked."""
        return self.requested is not None and not (self.start <= self.requested <= self.end)

    def inverse(self) -> Rate:
        """The same publication seen the other way round (``1 / value``)."""
        return Rate(
            base=self.quote,
            quote=self.base,
            value=MATH.divide(Decimal(1), self.value),
            source=self.source,
            period=self.period,
            start=self.start,
            end=self.end,
            requested=self.requested,
            note=self.note,
            via=self.via,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "base": self.base,
            "quote": self.quote,
            "value": str(self.value),
            "source": self.source,
            "period": self.period,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "requested": self.requested.isoformat() if self.requested else None,
            "note": self.note,
            "via": self.via,
        }


@dataclass(frozen=True, slots=True)
class Claim:
    """Arithmetic a text states between its own figures, before it is judged.

    ``figures`` and ``roles`` run in step: "rose 15% to $2.1 billion from $1.8
    billion" is a ``change`` with roles ``("stated", "from", "to")``.
    ``stated_low``/``stated_high`` bound what the text says the arithmetic
    gives, in ``measure``: a signed percentage change (``percent``), a
    multiple (``times``: the larger over the smaller, or the later over the
    earlier end of a rise), a share in per cent (``percent``), or the total
    the parts should add up to (``amount``).  A word such as "twice" or "a
    third" states an exact value, so its interval is one point.  ``cue`` is
    the text of the words that make the relation explicit, figures included.
    """

    kind: str
    figures: tuple[Figure, ...]
    roles: tuple[str, ...]
    measure: str
    stated: Decimal
    stated_low: Decimal
    stated_high: Decimal
    cue: str
    start: int
    end: int
    #: "up" or "down" for a change; None for the other kinds.
    direction: str | None = None
    #: What is stated, as written: "15%", "a third", "в 12 раз", "twice".
    stated_text: str = ""

    def __post_init__(self) -> None:
        if self.kind not in CLAIMS - {"conversion"}:
            raise InvalidArgumentError(f"claim kind {self.kind!r} is not one of {sorted(CLAIMS - {'conversion'})}")
        if len(self.figures) != len(self.roles) or not set(self.roles) <= ROLES:
            raise InvalidArgumentError(f"roles {self.roles!r} do not name each figure once from {sorted(ROLES)}")
        if self.measure not in ("percent", "times", "amount"):
            raise InvalidArgumentError(f"measure {self.measure!r} is not percent, times or amount")
        _no_float(self, "stated", "stated_low", "stated_high")
        if self.stated_low > self.stated_high:
            raise InvalidArgumentError(f"stated_low {self.stated_low!r} is above stated_high {self.stated_high!r}")
        if self.direction not in (None, "up", "down"):
            raise InvalidArgumentError(f"direction {self.direction!r} is not up, down or None")

    def role(self, name: str) -> tuple[Figure, ...]:
        """The figures playing ``name`` ("part" may be several), in text order."""
        return tuple(f for f, r in zip(self.figures, self.roles, strict=True) if r == name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "figures": [f.to_dict() for f in self.figures],
            "roles": list(self.roles),
            "measure": self.measure,
            "stated": str(self.stated),
            "stated_low": str(self.stated_low),
            "stated_high": str(self.stated_high),
            "cue": self.cue,
            "start": self.start,
            "end": self.end,
            "direction": self.direction,
            "stated_text": self.stated_text,
        }


@dataclass(frozen=True, slots=True)
class Check:
    """The verdict on one stated conversion: ``source`` said to be worth ``target``.

    Rates are quoted as ``quote`` units per one ``base`` unit, the pair chosen
    so that the rate is at least 1 (522 KZT per USD, not 0.0019 USD per KZT).
    ``implied_low``/``implied_high`` follow from both figures' stated precision.

    A check of stated arithmetic (``claim`` other than ``"conversion"``) reads
    the same fields in its own measure: ``relation`` is the :class:`Claim`;
    ``source``/``target`` its two principal figures; ``quote`` is ``"%"``,
    ``"×"`` or, for a sum, the amounts' currency or unit, which ``base``
    always names; ``implied_*`` is what the figures give,
    ``reference_low``/``reference_high`` what the text states, and
    ``reference_rate`` the rate that put two currencies in one, if any.
    """

    source: Figure
    target: Figure
    verdict: str
    base: str
    quote: str
    implied_rate: Decimal
    implied_low: Decimal
    implied_high: Decimal
    reference_rate: Rate | None
    #: Lowest and highest reference rate the verdict compared with: both the
    #: reference rate's value, as a named period never widens the reference.
    reference_low: Decimal | None
    reference_high: Decimal | None
    #: Relative distance of the implied rate from the reference, e.g. Decimal("-0.0035").
    deviation: Decimal | None
    tolerance: Decimal
    date: datetime.date | None
    #: Why that date: "argument", "stated in the text", "latest bundled rate".
    date_reason: str
    #: A period the claim's sentence names ("since 2022", "in 2019"): it
    #: explains a miss (diagnosis "other_period"), it never widens the reference.
    window: tuple[datetime.date, datetime.date] | None
    diagnosis: str | None
    explanation: str
    #: Reference rates that entered the verdict (the reference, a fitting period).
    evidence: tuple[Rate, ...] = field(default=())
    #: What is checked: "conversion", or a kind of stated arithmetic.
    claim: str = "conversion"
    #: The stated arithmetic, for any ``claim`` but "conversion".
    relation: Claim | None = None

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise InvalidArgumentError(f"verdict {self.verdict!r} is not one of {sorted(VERDICTS)}")
        if self.claim not in CLAIMS:
            raise InvalidArgumentError(f"claim {self.claim!r} is not one of {sorted(CLAIMS)}")
        if (self.relation is None) != (self.claim == "conversion") or (
            self.relation is not None and self.relation.kind != self.claim
        ):
            raise InvalidArgumentError(f"claim {self.claim!r} needs a relation of that kind, and only then")
        _no_float(
            self,
            "implied_rate",
            "implied_low",
            "implied_high",
            "reference_low",
            "reference_high",
            "deviation",
            "tolerance",
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.to_dict(),
            "target": self.target.to_dict(),
            "verdict": self.verdict,
            "pair": f"{self.quote}/{self.base}",
            "base": self.base,
            "quote": self.quote,
            "implied_rate": str(self.implied_rate),
            "implied_low": str(self.implied_low),
            "implied_high": str(self.implied_high),
            "reference_rate": self.reference_rate.to_dict() if self.reference_rate else None,
            "reference_low": _s(self.reference_low),
            "reference_high": _s(self.reference_high),
            "deviation": _s(self.deviation),
            "tolerance": str(self.tolerance),
            "date": self.date.isoformat() if self.date else None,
            "date_reason": self.date_reason,
            "window": [d.isoformat() for d in self.window] if self.window else None,
            "diagnosis": self.diagnosis,
            "explanation": self.explanation,
            "evidence": [r.to_dict() for r in self.evidence],
            "claim": self.claim,
            "relation": self.relation.to_dict() if self.relation else None,
        }

    def _repr_html_(self) -> str:
        from .html import check_html

        return check_html(self)


_ONE = Decimal(1)


def tidy(d: Decimal) -> Decimal:
    """The same number without the zeros scaling leaves: 3.5 x 10**9 reads
    3500000000, not 3.5E+9 or 3500000000.0.  Exact: no context, no rounding."""
    if not d.is_finite():
        return d
    # The common sizes in C, each result compared with ``d`` (a comparison is
    # exact in any context): a rounded result falls through to the slow path.
    if d == d.to_integral_value():
        if d and d.adjusted() < 28:
            return Decimal(int(d))  # a third cheaper than quantize; zero keeps its sign below
        try:
            return d.quantize(_ONE, context=MATH)
        except decimal.InvalidOperation:
            pass  # more digits than 28 places hold
    else:
        n = MATH.normalize(d)
        if n == d:
            return n
    return _tidy_by_hand(d)


def _tidy_by_hand(d: Decimal) -> Decimal:
    sign, digits, exponent = d.as_tuple()
    assert isinstance(exponent, int)
    if not any(digits):
        return Decimal(0)
    while exponent < 0 and len(digits) > 1 and digits[-1] == 0:
        digits, exponent = digits[:-1], exponent + 1
    if exponent > 0 and len(digits) + exponent <= 64:
        digits, exponent = digits + (0,) * exponent, 0
    return Decimal((sign, digits, exponent))


def _s(d: Decimal | None) -> str | None:
    return None if d is None else str(d)
