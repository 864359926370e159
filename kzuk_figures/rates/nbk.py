"""The National Bank of Kazakhstan's official daily tenge rates (opt-in, online).

``GET https://nationalbank.kz/rss/get_rates.cfm?fdate=DD.MM.YYYY`` answers

.. code-block:: xml

    <rates><date>02.05.2025</date>
      <item><fullname>…</fullname><title>USD</title><description>512.8</description>
            <quant>1</quant><index>DOWN</index><change>-1.37</change></item> …
    </rates>

where ``description`` is KZT per ``quant`` units of ``title``.  Each day's
answer is kept on disk, so a date is fetched once; a cached file that does not
parse, or holds another day's table than its name says, is deleted and
fetched again, never trusted.  A provider asks for a date at most once, and
not at all once NBK has proved unreachable (:class:`~.base.FailFast`).
"""

from __future__ import annotations

import contextlib
import datetime
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..cachedir import user_cache_root, write_file
from ..types import exact
from .base import (
    FailFast,
    Leg,
    Missing,
    PivotProvider,
    Publication,
    SourceFailed,
    check_code,
    check_timeout,
    daily_note,
    look_back,
)

__all__ = ["URL", "NbkRates", "urlopen_fetch", "user_cache_dir"]

URL = "https://nationalbank.kz/rss/get_rates.cfm?fdate={day:%d.%m.%Y}"

#: ``fetch(url, timeout)`` returns the response body.
Fetch = Callable[[str, float], bytes]

#: NBK publishes every calendar day; an empty answer (a day not yet set, or
#: an outage) is looked past, this many days back at most.
_LOOK_BACK_DAYS = 7
#: The tenge's first day; NBK's service may not reach back this far.
_TENGE_INTRODUCED = datetime.date(1993, 11, 15)
#: A day's table is a few kilobytes; refuse to read an unbounded answer.
_MAX_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class _Day:
    date: datetime.date
    legs: dict[str, Leg]


def urlopen_fetch(url: str, timeout: float) -> bytes:
    """The default ``fetch``: a plain GET with the standard library."""
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "kzuk_figures"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        body: bytes = response.read(_MAX_BYTES + 1)
    if len(body) > _MAX_BYTES:
        raise ValueError(f"answer from {url} is over {_MAX_BYTES} bytes")
    return body


def user_cache_dir() -> Path | None:
    """``kzuk_figures/nbk`` in the platform's per-user cache folder; None when the
    process has no home, and then tables are fetched without being kept."""
    root = user_cache_root()
    return None if root is None else root / "nbk"


def _parse(raw: bytes, asked: datetime.date) -> _Day:
    """One answer as KZT legs; ValueError or SyntaxError if it is not a rates table."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(raw)
    if root.tag != "rates":
        raise ValueError(f"root element is <{root.tag}>, not <rates>")
    day = datetime.datetime.strptime(root.findtext("date", "").strip(), "%d.%m.%Y").date()
    if day > asked:
        raise ValueError(f"asked for {asked.isoformat()}, answered for {day.isoformat()}")
    legs: dict[str, Leg] = {}
    for item in root.iter("item"):
        title = item.findtext("title", "").strip()
        try:
            code = check_code(title)
        except LookupError:
            raise ValueError(f"item title {title!r} is not a currency code") from None
        kzt = exact(item.findtext("description", ""), f"NBK {code} rate")
        quant = exact(item.findtext("quant", "1"), f"NBK {code} quantity")
        if not (kzt > 0 and quant > 0):
            raise ValueError(f"{code}: {kzt} KZT per {quant} is not a rate")
        legs[code] = (quant, kzt)
    return _Day(day, legs)


class NbkRates(PivotProvider[_Day]):
    """NBK's official rates; crosses between two other currencies go through KZT.

    ``fetch`` replaces the HTTP GET (tests pass recorded answers); ``cache_dir``
    replaces the per-user cache directory; with neither (no home), every day
    is fetched each time a new provider asks for it.
    """

    name = "NBK"
    pivot = "KZT"

    def __init__(
        self,
        *,
        timeout: float = 10.0,
        cache_dir: str | os.PathLike[str] | None = None,
        fetch: Fetch | None = None,
    ) -> None:
        super().__init__()
        self.timeout = check_timeout(timeout)
        self.cache_dir = Path(cache_dir) if cache_dir is not None else user_cache_dir()
        self._fetch: Fetch = fetch if fetch is not None else urlopen_fetch
        # None for a day NBK answered with an empty table: asked once per provider
        self._days: dict[datetime.date, _Day | None] = {}
        self._failures = FailFast(self.name, __name__)

    def coverage(self) -> tuple[datetime.date, datetime.date]:
        # NBK sets tomorrow's rate today.
        return _TENGE_INTRODUCED, datetime.date.today() + datetime.timedelta(days=1)

    def _publication(self, on: datetime.date) -> Publication[_Day]:
        self._require_covered(on)
        found = look_back(on, _LOOK_BACK_DAYS, self._day)
        if found is None:
            since = on - datetime.timedelta(days=_LOOK_BACK_DAYS)
            raise Missing(f"NBK published no rates from {since.isoformat()} to {on.isoformat()}")
        day = found[1]
        return Publication(
            period=day.date.isoformat(),
            start=day.date,
            end=day.date,
            data=day,
            note=daily_note(self.name, "official rate", on, day.date),
        )

    def _leg(self, publication: Publication[_Day], code: str) -> Leg:
        leg = publication.data.legs.get(code)
        if leg is None:
            raise Missing(f"NBK published no {code} rate on {publication.period}")
        return leg

    def _day(self, asked: datetime.date) -> _Day | None:
        """The table answering ``asked``, from memory, disk or NBK; None if it is empty."""
        if asked in self._days:
            return self._days[asked]
        day = self._from_disk(asked)
        if day is None:
            raw, day = self._failures.ask(asked, lambda: self._fetched(asked))
            # Not cached: an empty day may still be published, and a file's
            # name must be the date inside it.
            if day.legs and day.date == asked:
                self._to_disk(asked, raw)
        found = day if day.legs else None
        self._days[asked] = found
        return found

    def _fetched(self, asked: datetime.date) -> tuple[bytes, _Day]:
        url = URL.format(day=asked)
        try:
            raw = self._fetch(url, self.timeout)
        except Exception as exc:  # urllib's OSError/HTTPException, or whatever a fetch raises
            raise SourceFailed(f"fetching {url} failed: {exc}") from exc
        try:
            return raw, _parse(raw, asked)
        except (ValueError, SyntaxError) as exc:  # ET.ParseError is a SyntaxError
            raise SourceFailed(f"the answer from {url} is not a rates table: {exc}") from exc

    def _path(self, asked: datetime.date) -> Path | None:
        return None if self.cache_dir is None else self.cache_dir / f"{asked.isoformat()}.xml"

    def _from_disk(self, asked: datetime.date) -> _Day | None:
        path = self._path(asked)
        if path is None:
            return None
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        try:
            day = _parse(raw, asked)
        except (ValueError, SyntaxError):
            day = None
        if day is None or not day.legs or day.date != asked:
            with contextlib.suppress(OSError):  # it is refetched either way
                path.unlink(missing_ok=True)
            return None
        return day

    def _to_disk(self, asked: datetime.date, raw: bytes) -> None:
        # The cache only saves requests: when it cannot be written, the rate is still good.
        path = self._path(asked)
        if path is not None:
            write_file(path, raw)

    def __repr__(self) -> str:
        return f"NbkRates(cache_dir={str(self.cache_dir)!r})"
