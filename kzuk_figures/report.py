"""One document's figures and checks, as plain data.

``Report.to_dict()`` is the stable schema every other rendering (JSON lines,
DataFrames, HTML, the batch CLI) is made from; ``SCHEMA_VERSION`` changes when
a field changes meaning or goes away, never when one is added.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .check import check_figures
from .scan import extract
from .types import Check, Figure

__all__ = ["SCHEMA_VERSION", "Report", "report"]

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Report:
    """The figures and stated-conversion checks of one text."""

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


def report(
    text: str,
    date: datetime.date | None = None,
    rates: object | None = None,
    tolerance: Decimal | int | str | None = None,
    *,
    source: str | None = None,
) -> Report:
    """Extract and check ``text`` in one go.

    >>> r = report("It paid over 3.5 billion tenge (US$6.7 million).", date=datetime.date(2025, 5, 2))
    >>> len(r.figures), r.checks[0].verdict, r.to_dict()["schema_version"]
    (2, 'consistent', 1)
    """
    figures = tuple(extract(text))
    checks = tuple(check_figures(text, figures, date, rates, tolerance))
    used = checks[0].date if checks else date
    return Report(text=text, figures=figures, checks=checks, date=used, source=source)
