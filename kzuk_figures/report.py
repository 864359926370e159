"""One document's figures and checks, as plain data.

``Report.to_dict()`` is the stable schema every other rendering (JSON lines,
DataFrames, HTML, the batch CLI) is made from; ``SCHEMA_VERSION`` changes when
a field changes meaning or goes away, never when one is added.

Changes: version 2 gives ``reference_low`` and
``reference_high`` one meaning: the reference rate the verdict compared with
(both equal ``reference_rate.value``).  In version 1 they spanned every rate
of a period the sentence named ("since 2022"); such a period no longer
widens the reference, it is kept in ``window`` and explains a miss as the
diagnosis ``other_period``.  Version 3 reads counts of things ("340
projects", "3 180 человек") as figures of kind ``number``, and adds the field
``counted``, the noun they count; before, a number was a figure only with a
scale word ("1.2 million people").  Version 4 checks the arithmetic a text
states between its own figures (a change, a share, a sum, a ratio; see
:mod:`kzuk_figures.claims`): ``checks`` holds those beside the conversions,
each check says its ``claim`` kind (``"conversion"`` for a conversion, as
before) and, for the others, its ``relation`` (a ``claim`` object), and the
rate fields of such a check are read in the relation's own measure; a table
row gets the column ``claim``.

:data:`SCHEMA` documents every field of the five objects in ``to_dict()``
(``report``, ``figure``, ``check``, ``claim``, ``rate``): its JSON type and its meaning.
The field list is also appended to this docstring below.  Types:

* ``decimal``: a string holding an exact ``Decimal`` (``"3500000000"``,
  ``"525.714286"``); read it back with ``Decimal(s)``, never ``float(s)``.
* ``date``: an ISO 8601 date string, ``"2025-05-02"``.
* ``int``, ``bool``, ``str``: the JSON types.
* ``figure``, ``check``, ``claim``, ``rate``: a nested object of that name.
* ``list[T]``, ``[date, date]`` (a two-element list), ``T | null``.

Other renderings: ``Report.to_pandas()`` (one row per figure, each joined to
its conversion's check; needs ``kzuk-figures[pandas]``), ``Report.to_html()``
and ``_repr_html_`` (see :mod:`kzuk_figures.html`).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .check import check_figures
from .scan import extract
from .types import Check, Figure

if TYPE_CHECKING:  # pragma: no cover
    import pandas  # type: ignore[import-untyped]  # no stubs installed; the annotation is for readers

__all__ = ["FRAME_COLUMNS", "SCHEMA", "SCHEMA_VERSION", "Report", "report"]

SCHEMA_VERSION = 4


def _fields(*rows: tuple[str, str, str]) -> MappingProxyType[str, tuple[str, str]]:
    return MappingProxyType({name: (kind, meaning) for name, kind, meaning in rows})


#: Every field of ``Report.to_dict()`` and its nested objects: ``{object: {field: (type, meaning)}}``.
#: The keys are exactly the keys ``to_dict()`` writes, in the same order.
SCHEMA: MappingProxyType[str, MappingProxyType[str, tuple[str, str]]] = MappingProxyType({
    "report": _fields(
        ("schema_version", "int", "4 for this layout; raised when a field changes meaning or goes away"),
        ("source", "str | null", "the caller's name for the document (a path, an id)"),
        ("date", "date | null", "the date the checks used; null when the text states no conversion"),
        ("figures", "list[figure]", "every figure found, in text order"),
        ("checks", "list[check]", "one per stated conversion and per stated relation (claim), in text order"),
    ),
    "figure": _fields(
        ("kind", "str", "money, percent, quantity or number (a count, or a scaled number)"),
        ("start", "int", "offset of the first character in the text (Python str index)"),
        ("end", "int", "offset just past the last character: text[start:end] == text"),
        ("text", "str", "the figure exactly as written"),
        ("value", "decimal | null", "the amount with its scale applied (3.5 billion -> 3500000000)"),
        ("low", "decimal | null", "lower end of the stated precision, or of a range"),
        ("high", "decimal | null", "upper end of the stated precision, or of a range"),
        ("currency", "str | null", "ISO 4217 code; null when not money or not resolved"),
        ("unit", "str | null", "the unit of a quantity; null otherwise"),
        ("qualifier", "str | null", "over, under, about, nearly, up_to, at_least or range; recorded, not applied"),
        ("numeral", "str", "the numeral as written (\"3.5\", \"1,234,567\", \"three\")"),
        ("scale", "decimal", "the multiplier of a scale word (billion -> 1000000000); 1 if none"),
        ("currency_text", "str | null", "how the currency was written (\"US$\", \"tenge\")"),
        ("currency_inferred", "bool", "true when the currency came from a default or the context"),
        ("candidates", "list[str]", "the currencies the written form could mean (\"$\": USD, CAD, ...)"),
        ("locale", "str", "the babel locale the figure was read in"),
        ("counted", "str | null", "what a count (kind number) counts, as written: \"projects\", \"человек\""),
    ),
    "check": _fields(
        ("source", "figure", "the figure the text converts from; of a relation, its first principal figure (from, part, larger)"),
        ("target", "figure", "the equivalent the text states for it; of a relation, its second (to, whole, total, smaller)"),
        ("verdict", "str", "consistent, inconsistent or unverifiable"),
        ("pair", "str", "the rate's quotation, quote/base (\"KZT/USD\"); of a relation, its measure over its currency (\"%/USD\")"),
        ("base", "str", "ISO code of the currency one unit of which the rates price; of a relation, the currency (or unit) its amounts are compared in, \"\" for bare numbers"),
        ("quote", "str", "ISO code of the currency the rates are in (chosen so rates are >= 1); of a relation, \"%\", \"×\" or, for a sum, the base"),
        ("implied_rate", "decimal", "quote units per base unit that the two figures imply; of a relation, what its figures give"),
        ("implied_low", "decimal", "lowest implied rate the figures' stated precision allows"),
        ("implied_high", "decimal", "highest implied rate the figures' stated precision allows"),
        ("reference_rate", "rate | null", "the published rate checked against; null when unverifiable; of a relation, the rate that put two currencies in one, if any"),
        ("reference_low", "decimal | null", "lowest reference rate the verdict compared with (the reference rate's value); of a relation, the low end of what the text states"),
        ("reference_high", "decimal | null", "highest reference rate the verdict compared with (the reference rate's value); of a relation, the high end of what the text states"),
        ("deviation", "decimal | null", "relative distance of the implied rate from the reference (\"-0.0035\"); of a relation, from what is stated"),
        ("tolerance", "decimal", "relative tolerance the verdict allowed (\"0.03\"); 0 for a relation in one currency"),
        ("date", "date | null", "the date the claim was checked at"),
        ("date_reason", "str", "why that date: given, stated in the text, latest date the rates cover, today"),
        ("window", "[date, date] | null", "first and last day of a period the claim's sentence names; it explains a miss, it never widens the reference"),
        ("diagnosis", "str | null", "the likely slip when inconsistent: scale_slip, decimal_point, inverted_rate, other_currency, other_period; of a relation: direction, other_base, inverted_share, parts_over, parts_short"),
        ("explanation", "str", "one English sentence saying how the verdict was reached"),
        ("evidence", "list[rate]", "the reference rates that entered the verdict"),
        ("claim", "str", "what is checked: conversion, change, share, sum or ratio"),
        ("relation", "claim | null", "the stated relation, for any claim but conversion"),
    ),
    "claim": _fields(
        ("kind", "str", "change, share, sum or ratio"),
        ("figures", "list[figure]", "the figures it relates"),
        ("roles", "list[str]", "each figure's role, in step: stated, from, to, part, whole, total, larger, smaller"),
        ("measure", "str", "percent (a signed change or a share), times (a multiple) or amount (a sum's total)"),
        ("stated", "decimal", "what the text states, in that measure"),
        ("stated_low", "decimal", "its low end from the stated precision (a word such as \"twice\" is exact)"),
        ("stated_high", "decimal", "its high end"),
        ("cue", "str", "the words, figures included, that state the relation"),
        ("start", "int", "offset of its first figure"),
        ("end", "int", "offset just past its last figure"),
        ("direction", "str | null", "up or down for a change; null otherwise"),
        ("stated_text", "str", "what is stated, as written: \"15%\", \"a third\", \"в 12 раз\""),
    ),
    "rate": _fields(
        ("base", "str", "ISO code: one unit of it is priced"),
        ("quote", "str", "ISO code: the rate is in units of it"),
        ("value", "decimal", "quote units per one base unit"),
        ("source", "str", "who published it (ECB, HMRC, a table's name)"),
        ("period", "str", "the day (2025-05-02) or month (2025-05) it was published for"),
        ("start", "date", "first day of the period"),
        ("end", "date", "last day of the period"),
        ("requested", "date | null", "the date asked for; outside start..end for a fallback"),
        ("note", "str", "why a fallback was used; empty otherwise"),
        ("via", "str | null", "the currency a cross rate was computed through"),
    ),
})

#: The columns of ``Report.to_pandas()``, in order.
FRAME_COLUMNS: tuple[str, ...] = (
    "document", "figure", "start", "end", "text", "kind", "value", "low", "high",
    "currency", "unit", "qualifier", "numeral", "scale", "currency_text",
    "currency_inferred", "candidates", "locale", "counted",
    "check", "claim", "role", "counterpart", "verdict", "diagnosis", "pair",
    "implied_rate", "implied_low", "implied_high",
    "reference_rate", "reference_low", "reference_high", "reference_source",
    "reference_period", "deviation", "explanation",
)
_DECIMAL_COLUMNS = frozenset({
    "value", "low", "high", "scale", "implied_rate", "implied_low", "implied_high",
    "reference_rate", "reference_low", "reference_high", "deviation",
})


def _schema_text() -> str:
    lines = ["", "Fields of ``to_dict()``::", ""]
    for obj, fields in SCHEMA.items():
        lines.append(f"    {obj}")
        lines.extend(f"      {name:<17} {kind:<20} {meaning}" for name, (kind, meaning) in fields.items())
    return "\n".join(lines) + "\n"


if __doc__ is not None:  # not under python -OO
    __doc__ += _schema_text()


@dataclass(frozen=True, slots=True)
class Report:
    """The figures of one text, and the checks of its stated conversions and relations."""

    text: str
    figures: tuple[Figure, ...]
    checks: tuple[Check, ...]
    #: The date the checks used (None when the text states no conversion).
    date: datetime.date | None
    #: A caller's name for the document: a path, an id.
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready; amounts and rates as strings."""
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "date": self.date.isoformat() if self.date else None,
            "figures": [f.to_dict() for f in self.figures],
            "checks": [c.to_dict() for c in self.checks],
        }

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    def to_pandas(self) -> pandas.DataFrame:
        """A tidy DataFrame: one row per figure, its checks joined on.

        Columns are :data:`FRAME_COLUMNS`.  ``figure`` numbers the figures from
        0 in text order; ``document`` is the report's ``source``, so frames of
        several reports concatenate.  A figure that is the source or target of
        a stated conversion carries that check: ``check`` (its index in
        ``checks``), ``claim`` (``"conversion"``), ``role`` (``"source"`` or
        ``"target"``), ``counterpart`` (the other figure's text), ``verdict``,
        ``diagnosis``, ``pair``, the
        implied and reference rates, the reference's source and period,
        ``deviation`` and ``explanation``; other figures have missing values
        there.  Text columns have pandas' ``string`` dtype and ``check`` is
        a nullable ``Int64``, so a missing one is ``pd.NA``.  A figure stated
        with two equivalents ("X (Y; Z)") is in two conversions and gets a
        row for each, as a left join gives; group by ``figure`` to count
        figures.  A figure in a stated relation (``claim`` ``"change"``,
        ``"share"``, ``"sum"`` or ``"ratio"``) gets a row for it too: its
        ``role`` there ("from", "to", "stated", "part", "whole", "total",
        "larger", "smaller") and, as ``counterpart``, the words that state it.

        **Amounts and rates are ``decimal.Decimal`` objects in ``object``
        columns, never floats**, so ``value`` keeps every digit of
        "18.4 billion tenge".  Pandas arithmetic on them stays Decimal
        (``df.value.sum()`` is a Decimal); convert explicitly, e.g.
        ``df.value.astype(float)``, only where a float is good enough.
        Missing amounts are ``None``; ``candidates`` holds tuples.

        Needs pandas (``pip install 'kzuk-figures[pandas]'``), imported here
        and nowhere else.
        """
        try:
            import pandas as pd
        except ImportError as exc:
            raise ImportError(
                "Report.to_pandas() needs pandas: pip install 'kzuk-figures[pandas]'"
            ) from exc
        rows = self._frame_rows()
        columns: dict[str, Any] = {}
        for name in FRAME_COLUMNS:
            values = [row[name] for row in rows]
            if name in _DECIMAL_COLUMNS or name == "candidates":
                columns[name] = pd.Series(values, dtype=object)
            elif name in ("figure", "start", "end"):
                columns[name] = pd.Series(values, dtype="int64")
            elif name == "check":
                columns[name] = pd.Series(values, dtype="Int64")
            elif name == "currency_inferred":
                columns[name] = pd.Series(values, dtype=bool)
            else:
                columns[name] = pd.Series(values, dtype="string")
        return pd.DataFrame(columns, columns=list(FRAME_COLUMNS))

    def _frame_rows(self) -> list[dict[str, Any]]:
        """The rows of :meth:`to_pandas`, a left join of figures to checks (also
        ``batch.figure_rows``'s, so the two cannot drift apart)."""
        unchecked: list[tuple[int | None, Check | None, str | None]] = [(None, None, None)]
        sides = checks_by_figure(self.figures, self.checks)
        return [
            self._frame_row(i, f, j, c, role)
            for i, f in enumerate(self.figures)
            for j, c, role in sides[i] or unchecked
        ]

    def _frame_row(
        self, i: int, f: Figure, j: int | None, c: Check | None, role: str | None
    ) -> dict[str, Any]:
        row: dict[str, Any] = {
            "document": self.source,
            "figure": i,
            "start": f.start,
            "end": f.end,
            "text": f.text,
            "kind": f.kind,
            "value": f.value,
            "low": f.low,
            "high": f.high,
            "currency": f.currency,
            "unit": f.unit,
            "qualifier": f.qualifier,
            "numeral": f.numeral,
            "scale": f.scale,
            "currency_text": f.currency_text,
            "currency_inferred": f.currency_inferred,
            "candidates": f.candidates,
            "locale": f.locale,
            "counted": f.counted,
            "check": j,
            "claim": None if c is None else c.claim,
            "role": role,
        }
        r = c.reference_rate if c is not None else None
        row.update(
            counterpart=None if c is None else c.relation.cue if c.relation else (
                c.target if role == "source" else c.source).text,
            verdict=None if c is None else c.verdict,
            diagnosis=None if c is None else c.diagnosis,
            pair=None if c is None else f"{c.quote}/{c.base}",
            implied_rate=None if c is None else c.implied_rate,
            implied_low=None if c is None else c.implied_low,
            implied_high=None if c is None else c.implied_high,
            reference_rate=None if r is None else r.value,
            reference_low=None if c is None else c.reference_low,
            reference_high=None if c is None else c.reference_high,
            reference_source=None if r is None else r.source,
            reference_period=None if r is None else r.period,
            deviation=None if c is None else c.deviation,
            explanation=None if c is None else c.explanation,
        )
        return row

    def to_html(self, *, standalone: bool = False) -> str:
        """The notebook rendering as a string: a ``<div>``, or with ``standalone``
        a whole UTF-8 HTML document to write to a file.  See :mod:`kzuk_figures.html`."""
        from .html import page, report_html

        return page(self) if standalone else report_html(self)

    def _repr_html_(self) -> str:
        from .html import report_html

        return report_html(self)


def checks_by_figure(
    figures: Sequence[Figure], checks: Sequence[Check]
) -> list[list[tuple[int, Check, str]]]:
    """For each figure, the checks it is a side of: (index in ``checks``, check,
    role).  The role is ``"source"`` or ``"target"`` in a conversion, the
    figure's role in the relation of any other claim.  Matched by span, not
    by equality: a check may hold the figure read in one of its candidate
    currencies ("som" as KGS)."""
    at = {(f.start, f.end): i for i, f in enumerate(figures)}
    sides: list[list[tuple[int, Check, str]]] = [[] for _ in figures]
    for j, c in enumerate(checks):
        roles = zip(c.relation.roles, c.relation.figures) if c.relation else (("source", c.source), ("target", c.target))
        for role, g in roles:
            i = at.get((g.start, g.end))
            if i is not None:
                sides[i].append((j, c, role))
    return sides


def report(
    text: str,
    date: datetime.date | None = None,
    rates: object | None = None,
    tolerance: Decimal | int | str | None = None,
    *,
    source: str | None = None,
    claims: bool = True,
) -> Report:
    """Extract and check ``text`` in one go (``claims=False``: its conversions alone).

    >>> r = report("It paid over 3.5 billion tenge (US$6.7 million).", date=datetime.date(2025, 5, 2))
    >>> len(r.figures), r.checks[0].verdict, r.to_dict()["schema_version"]
    (2, 'consistent', 4)
    """
    figures = tuple(extract(text))
    checks = tuple(check_figures(text, figures, date, rates, tolerance, claims=claims))
    used = checks[0].date if checks else date
    return Report(text=text, figures=figures, checks=checks, date=used, source=source)
