"""Which country's currency an ambiguous name means, from the places a text names.

"manat" is Azerbaijan's or Turkmenistan's, "som" Kyrgyzstan's or Uzbekistan's,
"Rs" one of six rupees.  A story from Baku means the first.  Country names
come from CLDR's territory names in each language the library reads, and the
currencies of each territory from CLDR's territory data, both through babel;
the languages' ``PLACES`` tables add the capitals and demonyms CLDR lacks.
Russian and Kazakh names inflect, so a Cyrillic name matches every word it
begins ("Туркменистане", "Бишкеке").

The CLDR data is read from a table generated from babel
(``data/cldr_territories.json``, by ``python scripts/build_tables.py``), not
from babel's locale data at run time; :func:`territories_from_babel` is the
same data read from the installed babel, which a test holds the table to.

A "$" and the dollar names are not decided by place names: a story about
Canada quotes US dollars as often as its own.  ``country=`` decides those too.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from .errors import InvalidArgumentError
from .languages import CODES, merged, words
from .numwords import trie
from .types import Figure

__all__ = [
    "check_country",
    "decided_by",
    "resolve_currencies",
    "shared_name",
    "territories_from_babel",
    "territory_currencies",
]

_CYRILLIC_END = re.compile(r"[аяеёиоуыьйіәы]\Z")
_ANY_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_TABLE_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "cldr_territories.json")


@functools.cache
def _table() -> dict[str, Any]:
    import json  # with the table, not with the package

    with open(_TABLE_FILE, encoding="utf-8") as f:
        table: dict[str, Any] = json.load(f)
    return table


def territories_from_babel() -> dict[str, Any]:
    """What this module reads of CLDR, read from the installed babel: the
    territories' names in each language (two-letter codes only, in babel's
    order: the first name wins) and each territory's legal tender with the
    dates it was in use.  ``data/cldr_territories.json`` is this."""
    from babel import Locale
    from babel.core import get_global

    def day(ymd: tuple[int, int, int] | None) -> str | None:
        return datetime.date(*ymd).isoformat() if ymd else None

    return {
        "_about": "CLDR data places.py reads, generated from babel by python scripts/build_tables.py; do not edit",
        "names": {
            code: {t: name for t, name in Locale.parse(code).territories.items() if len(t) == 2 and t.isalpha()}
            for code in CODES
        },
        "tender": {
            territory: [[currency, day(start), day(end)] for currency, start, end, tender in spans if tender]
            for territory, spans in get_global("territory_currencies").items()
        },
    }


def _tender_on(territory: str, on: datetime.date) -> tuple[str, ...]:
    """The currencies legal tender in ``territory`` on a day, oldest first: babel's
    ``get_territory_currencies(territory, on, tender=True)``, from the table."""
    day = on.isoformat()  # ISO dates compare as the days do
    spans = _table()["tender"].get(territory.upper(), ())
    return tuple(c for c, start, end in spans if (start is None or start <= day) and (end is None or end >= day))


@functools.cache
def territory_currencies(territory: str) -> tuple[str, ...]:
    """The currencies legal tender in ``territory`` today, from CLDR ("AZ" -> ("AZN",))."""
    return _tender_on(territory, datetime.date.today())


@functools.cache
def _names() -> tuple[re.Pattern[str], re.Pattern[str], Mapping[str, str]]:
    """Latin names (whole words, as capitalised) and Cyrillic stems (any case, any
    ending), each mapped to its territory."""
    table: dict[str, str] = {}
    for code in CODES:
        for territory, name in _table()["names"][code].items():
            if territory_currencies(territory):
                table.setdefault(name, territory)
    for name, territory in merged("PLACES").items():
        table.setdefault(name, territory)
    latin: dict[str, str] = {}
    stems: dict[str, str] = {}
    for name, territory in table.items():
        if name.isascii():
            latin[name] = territory
            latin.setdefault(name.upper(), territory)  # a dateline: "BAKU, Azerbaijan"
        else:
            # "Киргизия" is also "Киргизии", "Киргизию": match from its stem
            stem = _CYRILLIC_END.sub("", name) if len(name) > 5 else name
            stems.setdefault(stem.lower(), territory)
    by_key = {**latin, **stems}
    # a trie behind a set of first letters: re skips every other position fast
    latin_first = "".join(sorted({re.escape(n[0]) for n in latin}))
    stem_first = "".join(sorted({re.escape(c) for n in stems for c in (n[0], n[0].upper())}))
    return (
        re.compile(rf"(?=[{latin_first}])(?<![\w])(?:{trie(latin)})(?![\w])"),
        re.compile(rf"(?=[{stem_first}])(?<![^\W\d_])(?:{trie(stems)})", re.IGNORECASE),
        by_key,
    )


@functools.lru_cache(maxsize=8)
def _mentions(text: str) -> Mapping[str, tuple[list[int], list[str]]]:
    """For each currency, the positions of the places ``text`` names that use it,
    in order, and the names as written; kept for the last few texts, as the
    check asks once per conversion."""
    latin, cyrillic, by_key = _names()
    found = [(m.start(), by_key[m.group()], m.group()) for m in latin.finditer(text)]
    if _ANY_CYRILLIC.search(text):
        found += [(m.start(), by_key[m.group().lower()], m.group()) for m in cyrillic.finditer(text)]
    index: dict[str, tuple[list[int], list[str]]] = {}
    for pos, territory, name in sorted(found):
        for code in territory_currencies(territory):
            positions, names = index.setdefault(code, ([], []))
            positions.append(pos)
            names.append(name)
    return index


def check_country(country: str | None) -> str | None:
    """``country`` as an ISO 3166 code CLDR knows, upper case; else the library's error."""
    if country is None:
        return None
    if not isinstance(country, str) or len(country) != 2 or not country.isalpha():
        raise InvalidArgumentError(f"country {country!r} is not a two-letter ISO 3166 code")
    code = country.upper()
    if code not in _table()["names"]["en"] or not territory_currencies(code):
        raise InvalidArgumentError(f"country {country!r} is not a territory CLDR knows a currency for")
    return code


def resolve_currencies(text: str, figures: Sequence[Figure], country: str | None = None) -> list[Figure]:
    """``figures`` with each ambiguous currency decided by ``country`` or, failing
    that, by the nearest place the text names whose currency is a candidate.

    The figure keeps its candidates (the reading taken first) and says
    ``currency_inferred=True``; :func:`decided_by` says why.
    """
    out = list(figures)
    mentions: Mapping[str, tuple[list[int], list[str]]] | None = None
    for k, f in enumerate(out):
        if not _ambiguous(f) or (country is None and "USD" in f.candidates):
            continue
        if mentions is None:
            mentions = _mentions(text)
        decided = _decide(mentions, f, country)
        if decided is not None and decided[0] != f.currency:
            chosen = decided[0]
            rest = tuple(c for c in f.candidates if c != chosen)
            out[k] = replace(f, currency=chosen, candidates=(chosen, *rest), currency_inferred=True)
    return out


def decided_by(text: str, f: Figure, country: str | None = None) -> str | None:
    """Why ``f``'s ambiguous currency is what it is, when ``country`` or a place
    the text names decided it ("the text names Baku"); None when nothing did."""
    if not _ambiguous(f) or (country is None and "USD" in f.candidates):
        return None
    decided = _decide(_mentions(text), f, country)
    return decided[1] if decided is not None and decided[0] == f.currency else None


def _decide(mentions: Mapping[str, tuple[list[int], list[str]]], f: Figure, country: str | None) -> tuple[str, str] | None:
    if country:
        code = next((c for c in territory_currencies(country) if c in f.candidates), None)
        if code is not None:
            return code, f"the source is in {country}"
    if "USD" in f.candidates:
        return None
    near = []  # the nearest mention of each candidate's country, before or after
    for code in f.candidates:
        if code not in mentions:
            continue
        positions, names = mentions[code]
        k = bisect.bisect_left(positions, f.start)
        for j in (k - 1, k):
            if 0 <= j < len(positions):
                near.append((abs(positions[j] - f.start), code, names[j]))
    if not near:
        return None
    _, code, name = min(near)
    return code, f"the text names {name}"


_SHARED = tuple(words("SHARED_NAME_STEMS"))


def shared_name(f: Figure) -> bool:
    """``f``'s currency is a name neighbouring countries share ("manat", "som"),
    read by its default: a guess the figures may overrule."""
    written = f.currency_text or ""
    return written.lower().startswith(_SHARED) and len(f.candidates) > 1


def _ambiguous(f: Figure) -> bool:
    return f.kind == "money" and len(f.candidates) > 1 and (f.currency is None or f.currency_inferred)
