"""The caller's own rates, from a dict or a CSV file.

A rate is for a day (``2025-05-02``), a month (``2025-05``) or undated.  The
answer for a date is the row with the latest start on or before it; an
undated row answers only when no dated row does.  Each row also answers the
inverse pair, unless the table has that pair's own row for the same period.
"""

from __future__ import annotations

import datetime
import os
import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from ..errors import InvalidArgumentError, KzukFiguresError
from ..types import Rate, exact
from .base import MATH, Missing, Provider, check_code, check_date, month_bounds

__all__ = ["TableRates"]

_PERIOD = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


@dataclass(frozen=True, slots=True)
class _Row:
    start: datetime.date
    end: datetime.date
    period: str
    value: Decimal
    #: Derived from the opposite pair's row by taking 1/value.
    inverted: bool


def _order(row: _Row) -> tuple[datetime.date, bool, int]:
    # For one start date, the pair's own row beats a derived inverse, and a
    # day beats the month that starts on it.
    return row.start, not row.inverted, -row.end.toordinal()


def _period(when: object) -> tuple[str, datetime.date, datetime.date]:
    if when is None:
        return "undated", datetime.date.min, datetime.date.max
    if isinstance(when, datetime.date):
        day = check_date(when)
        return day.isoformat(), day, day
    match = _PERIOD.fullmatch(when.strip()) if isinstance(when, str) else None
    if match is None:
        raise InvalidArgumentError(f"date {when!r} is not a date, YYYY-MM-DD or YYYY-MM")
    year, month, day_text = match.groups()
    try:
        if day_text is None:
            start, end = month_bounds(int(year), int(month))
            return f"{year}-{month}", start, end
        day = datetime.date(int(year), int(month), int(day_text))
    except ValueError:
        raise InvalidArgumentError(f"date {when!r} is not a calendar date") from None
    return day.isoformat(), day, day


def _split_key(key: object) -> tuple[str, str, object]:
    if isinstance(key, tuple) and len(key) in (2, 3):
        return check_code(key[0]), check_code(key[1]), key[2] if len(key) == 3 else None
    raise InvalidArgumentError(f"key {key!r} is not (base, quote) or (base, quote, date)")


class TableRates(Provider):
    """Rates the caller supplies: ``{("USD", "KZT"): Decimal("524")}`` means 524 KZT per USD.

    Keys may carry a date or month: ``{("USD", "KZT", "2025-05"): Decimal("524")}``.
    Values are Decimal, int or numeric strings; a float raises FloatAmountError.
    """

    offline = True

    def __init__(self, rates: Mapping[tuple[object, ...], object], *, name: str = "table") -> None:
        if not isinstance(name, str) or not name:
            raise InvalidArgumentError(f"name {name!r} must be a non-empty string")
        super().__init__()
        self.name = name
        rows: dict[tuple[str, str], list[_Row]] = {}
        for key, given in rates.items():
            base, quote, when = _split_key(key)
            if base == quote:
                raise InvalidArgumentError(f"key {key!r} pairs {base} with itself")
            value = exact(given, f"rate for {key!r}")
            if not (value.is_finite() and value > 0):
                raise InvalidArgumentError(f"rate for {key!r} is {value!r}, not a positive number")
            period, start, end = _period(when)
            own = rows.setdefault((base, quote), [])
            if any(r.period == period and not r.inverted for r in own):
                raise InvalidArgumentError(f"two {base}/{quote} rates for {period}")
            own.append(_Row(start, end, period, value, inverted=False))
            rows.setdefault((quote, base), []).append(
                _Row(start, end, period, MATH.divide(Decimal(1), value), inverted=True)
            )
        if not rows:
            raise InvalidArgumentError("a rate table needs at least one rate")
        for pair_rows in rows.values():
            pair_rows.sort(key=_order)
        self._rows = rows

    @classmethod
    def from_csv(cls, path: str | os.PathLike[str], *, name: str = "table") -> TableRates:
        """Rows ``base,quote,rate[,date]`` under a header; date: YYYY-MM-DD, YYYY-MM or empty."""
        import csv

        rates: dict[tuple[object, ...], object] = {}
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            columns = {(c or "").strip().lower() for c in reader.fieldnames or ()}
            missing = {"base", "quote", "rate"} - columns
            if missing:
                raise InvalidArgumentError(
                    f"{os.fspath(path)}: no column {', '.join(sorted(missing))}"
                )
            for record in reader:
                fields = {
                    (k or "").strip().lower(): v.strip()
                    for k, v in record.items()
                    if isinstance(k, str) and isinstance(v, str)
                }
                where = f"{os.fspath(path)}, line {reader.line_num}"
                try:
                    base = check_code(fields.get("base", ""))
                    quote = check_code(fields.get("quote", ""))
                    when = fields.get("date") or None
                    key = (base, quote) if when is None else (base, quote, when)
                    if key in rates:
                        raise InvalidArgumentError(
                            f"a second {base}/{quote} rate for {when or 'no date'}"
                        )
                    _period(when)
                    rates[key] = exact(fields.get("rate", ""), "rate")
                except KzukFiguresError as exc:
                    raise InvalidArgumentError(f"{where}: {exc}") from exc
        return cls(rates, name=name)

    def coverage(self) -> tuple[datetime.date, datetime.date]:
        every = [row for pair_rows in self._rows.values() for row in pair_rows]
        return min(r.start for r in every), max(r.end for r in every)

    def _lookup(self, base: str, quote: str, on: datetime.date) -> Rate:
        pair_rows = self._rows.get((base, quote))
        if not pair_rows:
            raise Missing(f"the table has no {base}/{quote} or {quote}/{base} rate")
        i = bisect_right(pair_rows, on, key=lambda r: r.start)
        if i == 0:
            raise Missing(f"its first {base}/{quote} rate is for {pair_rows[0].period}")
        row = pair_rows[i - 1]
        notes = []
        if row.inverted:
            notes.append(f"the inverse of {self.name}'s {quote}/{base} rate")
        if on > row.end:
            notes.append(
                f"{self.name} has no rate for {on.isoformat()}; "
                f"its latest earlier one ({row.period}) was used"
            )
        return Rate(
            base=base,
            quote=quote,
            value=row.value,
            source=self.name,
            period=row.period,
            start=row.start,
            end=row.end,
            requested=on,
            note="; ".join(notes),
        )

    def __repr__(self) -> str:
        return f"TableRates(<{len(self._rows) // 2} pairs>, name={self.name!r})"
