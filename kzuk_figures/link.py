"""Pair a monetary figure with the equivalent the text states for it.

A stated conversion is two money figures in different currencies joined by
one of the forms news writes: ``X (Y)``, ``X (about Y)``, ``X (Y; Z)``,
``X, or Y``, ``X, or about Y``, ``X, equivalent to Y``, ``X ≈ Y``, each
also after a period (``X a month (Y)``).  Only the
text *between* the two figures decides, so the test is one anchored match on a
short gap, and whatever is in the bracket must itself be money: a share, a
count or a footnote in brackets links nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .types import Figure

__all__ = ["Conversion", "link"]

_HEDGE = (
    r"(?:(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|over|more\s+than|"
    r"under|less\s+than|circa|c\.|~|≈|est\.|estimated|an\s+estimated)\s*)?"
)
_EQUIV = r"(?:(?:the\s+)?equivalent\s+(?:of|to)|equal\s+to|worth|or)"
# A rate's period, which the equivalent shares: "420,000 tenge a month (about $820)".
_PER = (
    r"(?:(?:a|per|each|every)\s+(?:hour|day|week|month|year|annum|head|person|capita)"
    r"|hourly|daily|weekly|monthly|annually|yearly)"
)
# What may stand between a figure and its stated equivalent.
_OPENERS = re.compile(
    rf"""\s*(?:{_PER}\s*)?(?:
        \(\s*(?:{_EQUIV}\s+)?{_HEDGE}             # X (Y)  X (about Y)  X (equivalent to Y)
      | \[\s*{_HEDGE}                             # X [Y]
      | ,\s*(?:or|i\.e\.)\s+{_HEDGE}              # X, or Y   X, or about Y
      | ,?\s*(?:the\s+)?(?:equivalent\s+(?:of|to)|equal\s+to|converted\s+to)\s+{_HEDGE}   # X, equivalent to Y
      | \s*(?:≈|~|=)\s*                           # X ≈ Y
      | \s*/\s*                                   # X / Y
    )\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# Between two equivalents inside one bracket: "(US$6.7 million; £5 million)".
_ALSO = re.compile(rf"\s*(?:;|,|/|\bor\b|\band\b)\s*{_HEDGE}\Z", re.IGNORECASE)
_CLOSE = re.compile(r"\s*[)\]]")
_MAX_GAP = 48


@dataclass(frozen=True, slots=True)
class Conversion:
    """``source`` is said to be worth ``target``; ``form`` names how the text said it."""

    source: Figure
    target: Figure
    form: str


def link(text: str, figures: Sequence[Figure]) -> list[Conversion]:
    """The stated conversions among ``figures`` (as :func:`~kzuk_figures.extract` gave them).

    >>> import kzuk_figures as kf
    >>> text = "over 3.5 billion tenge (US$6.7 million)"
    >>> [(c.source.currency, c.target.currency, c.form) for c in link(text, kf.extract(text))]
    [('KZT', 'USD', 'bracket')]
    """
    money = [f for f in figures if f.kind == "money"]
    out: list[Conversion] = []
    i = 0
    while i < len(money) - 1:
        source = money[i]
        group = _equivalents(text, money, i)
        for target, form in group:
            if _convertible(source, target):
                out.append(Conversion(source, target, form))
        i += max(1, len(group) + (1 if group else 0))
    return out


def _equivalents(text: str, money: Sequence[Figure], i: int) -> list[tuple[Figure, str]]:
    """The figures right after ``money[i]`` that the text presents as its equivalents."""
    source, first = money[i], money[i + 1]
    gap = text[source.end : first.start]
    if len(gap) > _MAX_GAP:
        return []
    m = _OPENERS.match(gap)
    if m is None:
        return []
    opener = gap.lstrip()[:1]
    if opener in "([":
        found = [(first, "bracket")]
        j = i + 1
        # more equivalents in the same bracket: "(US$6.7 million; £5.3 million)"
        while j + 1 < len(money):
            between = text[money[j].end : money[j + 1].start]
            if len(between) > _MAX_GAP or not _ALSO.match(between):
                break
            found.append((money[j + 1], "bracket"))
            j += 1
        # the bracket must close right after the last equivalent
        return found if _CLOSE.match(text, found[-1][0].end) else []
    form = "approximately" if opener in "≈~=" else "or" if "or" in gap.lower().split() else "equivalent"
    return [(first, form)]


def _convertible(a: Figure, b: Figure) -> bool:
    """Two amounts that a conversion could join: in currencies that are known or
    among a few candidates ("som": the check tries each), not the same one."""
    return (
        (a.currency is not None or bool(a.candidates))
        and (b.currency is not None or bool(b.candidates))
        and (a.currency != b.currency or a.currency is None)
        and a.value is not None
        and b.value is not None
        and a.value != 0
        and b.value != 0
        and (a.value > 0) == (b.value > 0)
    )
