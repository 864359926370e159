"""Physical units: what a unit can be called, and pint quantities on demand.

The names, symbols, aliases and prefixes are pint's own: its definitions file
(``default_en.txt``) is read as text on first use, so the scanner knows every
unit pint knows without importing pint, which costs a third of a second.  The
pint registry itself (``registry()``) is built only when a caller asks for a
``Quantity``, once, with ``Decimal`` magnitudes.

What pint lacks and the news writes is defined once, in :data:`DEFINITIONS`
(for the registry) and :data:`SURFACES` (for the scanner).
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cachedir import prepared_json, user_cache_root
from .languages import merged

__all__ = ["DEFINITIONS", "SURFACES", "format_figure", "normalise", "read_unit", "registry", "resolve"]

#: Units pint does not define, in pint's definition syntax, added to the registry.
DEFINITIONS = (
    # natural gas is traded in billions of cubic metres
    "billion_cubic_meter = 1e9 * meter ** 3 = bcm",
    "million_cubic_meter = 1e6 * meter ** 3 = mcm",
    "trillion_cubic_meter = 1e12 * meter ** 3 = tcm",
    # oil output, and the capacity of a plant or a port
    "barrel_per_day = barrel / day = bpd",
    "thousand_barrel_per_day = 1e3 * barrel / day = kbpd",
    "million_barrel_per_day = 1e6 * barrel / day = mbpd",
    "million_tonne_per_year = 1e6 * metric_ton / year = mtpa",
)

#: Written forms that pint's definitions do not give, or give another meaning,
#: mapped to a unit expression.  "kt" is a knot to pint and a kilotonne in news.
SURFACES: Mapping[str, str] = {
    "kt": "kilometric_ton",
    "bcm": "billion_cubic_meter",
    "mcm": "million_cubic_meter",
    "tcm": "trillion_cubic_meter",
    "bpd": "barrel_per_day",
    "b/d": "barrel_per_day",
    "kb/d": "thousand_barrel_per_day",
    "kbpd": "thousand_barrel_per_day",
    "mb/d": "million_barrel_per_day",
    "mbpd": "million_barrel_per_day",
    "mtpa": "million_tonne_per_year",
    "Mtpa": "million_tonne_per_year",
    "MTPA": "million_tonne_per_year",
    "feet": "foot",
    "tons": "metric_ton",
    "ton": "metric_ton",
    "toe": "tonne_of_oil_equivalent",
    "Mtoe": "megatonne_of_oil_equivalent",
    "sq mi": "mile ** 2",
    "sq km": "kilometer ** 2",
    "sq m": "meter ** 2",
    "°C": "degree_Celsius",
    "°F": "degree_Fahrenheit",
    "degrees Celsius": "degree_Celsius",
    "degrees celsius": "degree_Celsius",
    "degrees Fahrenheit": "degree_Fahrenheit",
    "degrees fahrenheit": "degree_Fahrenheit",
    "ounces of gold": "troy_ounce",
    "ounces of silver": "troy_ounce",
    "ounce of gold": "troy_ounce",
    "tonnes of oil equivalent": "tonne_of_oil_equivalent",
    "tonnes of oil": "metric_ton",
    "pounds": "pound",
    "lbs": "pound",
    "hrs": "hour",
    "mins": "minute",
    "yrs": "year",
    "kph": "kilometer / hour",
    # data: pint's "b" is the barn, but "kb", "Mb", "Gb" after a number are bits
    "kb": "kilobit",
    "Kb": "kilobit",
    "Mb": "megabit",
    "Gb": "gigabit",
    "kbps": "kilobit / second",
    "Mbps": "megabit / second",
    "Gbps": "gigabit / second",
    "km/h": "kilometer / hour",
    "mph": "mile / hour",
    # Russian news: "кубометр" for CLDR's "кубический метр", and energy written
    # with a middle dot or a space where CLDR has "⋅" ("кВт·ч", "кВт ч")
    "кубометр": "meter ** 3",
    "кубометра": "meter ** 3",
    "кубометров": "meter ** 3",
    "кубометры": "meter ** 3",
    "куб. м": "meter ** 3",
    "кВт·ч": "kilowatt_hour",
    "МВт·ч": "megawatt_hour",
    "ГВт·ч": "gigawatt_hour",
    "ТВт·ч": "terawatt_hour",
    "кВт ч": "kilowatt_hour",
    "МВт ч": "megawatt_hour",
    "ГВт ч": "gigawatt_hour",
    # each language's supplements (languages/en.py, ru.py, kk.py: UNIT_SURFACES)
    **merged("UNIT_SURFACES"),
}

#: pint surfaces that stand after numbers as ordinary words or other things:
#: "2 in the morning", "at 2 pm", "11 a side", "5 K run", "the 1st".
DENY = frozenset(
    {
        "a", "in", "at", "am", "pm", "are", "as", "b", "B", "C", "K", "T", "M", "G", "P", "E",
        "point", "points", "line", "lines", "count", "turn", "turns", "st", "nd", "rd", "th",
        "percent", "pi", "x", "u", "h", "d", "s", "of", "or", "and", "to", "per", "ppm", "cc",
        "it", "is", "A", "N", "V", "F", "H", "R", "S", "J", "W", "L", "dB", "Da", "mil",
        "gal", "rem", "gr", "dr", "pt", "ct", "Gy", "Bq", "cd", "mol", "sr", "lm", "lx", "Hz",
        "hand", "hands", "link", "links", "chain", "chains", "rod", "rods", "span", "den",
        "square", "cubic", "degree", "degrees", "sq", "cu",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True, eq=False)
class _Names:
    exact: Mapping[str, str]  # symbol or alias, case as written -> canonical name
    lower: Mapping[str, str]  # name or long alias, lower case -> canonical name
    prefix_names: Mapping[str, str]  # "kilo" -> "kilo"
    prefix_symbols: Mapping[str, str]  # "k" -> "kilo"


def _definitions_text() -> str:
    path = _definitions_file()
    return "" if path is None else Path(path).read_text(encoding="utf-8")


def _definitions_file() -> str | None:
    spec = importlib.util.find_spec("pint")
    if spec is None or spec.origin is None:  # pragma: no cover - pint is a dependency
        return None
    return os.path.join(os.path.dirname(os.path.abspath(spec.origin)), "default_en.txt")


@functools.cache
def _names() -> _Names:
    exact: dict[str, str] = {}
    lower: dict[str, str] = {}
    prefix_names: dict[str, str] = {}
    prefix_symbols: dict[str, str] = {}
    for raw in _definitions_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("@") or "=" not in line:
            continue
        parts = [p.strip() for p in line.split("=")]
        name, aliases = parts[0], [p for p in parts[2:] if p and p != "_"]
        if name.endswith("-"):
            prefix_names[name[:-1]] = name[:-1]
            for a in aliases:
                prefix_symbols[a.rstrip("-")] = name[:-1]
            continue
        if not re.fullmatch(r"[A-Za-z_][\w]*", name):
            continue
        lower[name.lower()] = name
        for a in aliases:
            exact[a] = name
            if len(a) > 3 and a.isalpha():
                lower[a.lower()] = name
    for d in DEFINITIONS:
        parts = [p.strip() for p in d.split("=")]
        lower[parts[0]] = parts[0]
        for a in parts[2:]:
            exact[a] = parts[0]
    return _Names(exact, lower, prefix_names, prefix_symbols)


@functools.lru_cache(maxsize=4096)
def resolve(token: str) -> str | None:
    """The pint unit a written word or symbol names, or None.

    >>> resolve("kilometres"), resolve("GWh"), resolve("Mt"), resolve("in")
    ('kilometer', 'gigawatt_hour', 'megametric_ton', None)
    """
    if token in SURFACES:
        return SURFACES[token]
    if token in DENY or not token:
        return None
    cldr = _cldr_surfaces()
    if token in cldr or token.lower() in cldr:
        return cldr.get(token) or cldr[token.lower()]
    return _resolve_pint(token)


def _resolve_pint(token: str) -> str | None:
    """A name, alias or symbol as pint's definitions give it, prefixes included."""
    n = _names()
    if token in n.exact:
        return n.exact[token]
    word = token.lower().replace(" ", "_")
    for form in (word, _singular(word)):
        if form and len(form) > 2 and form in n.lower:
            return n.lower[form]
    # a prefixed name: "kilometres", "megawatts"
    for p in n.prefix_names:
        if word.startswith(p) and len(word) > len(p) + 2:
            rest = resolve_name(word[len(p) :])
            if rest is not None:
                return p + rest
    # a prefixed symbol, "km", "GWh", "Mt": only the pairs in use, because pint
    # would also make "5 PM" petamolar, "5 TV" teravolts and "5 EV" exavolts
    for size in (2, 1):
        head, rest = token[:size], token[size:]
        if head in PREFIXED_SYMBOLS.get(rest, ()) and rest in n.exact:
            return n.prefix_symbols[head] + n.exact[rest]
        if head in PREFIXED_SYMBOLS["t"] and rest == "t":
            return n.prefix_symbols[head] + "metric_ton"
    return None


_SMALL = ("m", "μ", "µ", "u", "n", "p")
#: The prefix symbols each unit symbol takes in the writing the scanner reads
#: (SI practice in news, statistics and science reporting).
PREFIXED_SYMBOLS: Mapping[str, tuple[str, ...]] = {
    "m": ("k", "c", "d", *_SMALL),
    "g": ("k", "G", "T", "P", *_SMALL),  # Tg and Pg of carbon
    "t": ("k", "M", "G"),
    "W": ("k", "M", "G", "T", "m"),
    "Wh": ("k", "M", "G", "T"),
    "J": ("k", "M", "G", "T", "P", "E"),  # PJ and EJ in energy balances
    "V": ("k", "M", "m", "μ", "µ"),
    "A": ("k", "m", "μ", "µ"),
    "Hz": ("k", "M", "G", "T"),
    "B": ("k", "M", "G", "T", "P", "E"),
    "b": ("f", "p", "n", "a"),  # femtobarns; "kb", "Mb" (bits) are SURFACES
    "L": ("m", "c", "d", "k", "M", "μ", "µ"),
    "l": ("m", "c", "d", "k", "μ", "µ"),
    "s": _SMALL,
    "Pa": ("k", "M", "G", "h"),
    "eV": ("k", "M", "G", "T"),
    "cal": ("k",),
    "N": ("k", "M"),
    "Sv": ("m", "μ", "µ"),
    "Gy": ("m",),
    "mol": ("m", "μ", "µ", "n"),
    "Ω": ("k", "M"),
    "F": ("μ", "µ", "n", "p"),
    "Bq": ("k", "M", "G", "T", "P"),
    "a": ("k", "M", "G"),  # years in geology: "66 Ma ago", "4.5 Ga"
}


#: The languages whose CLDR unit names are read (English comes from pint itself).
CLDR_UNIT_LOCALES = ("ru", "kk")


#: CLDR's unit patterns of :data:`CLDR_UNIT_LOCALES`, shipped as a table
#: generated from babel (``python scripts/build_tables.py``): loading babel's
#: locale data cost the first ``extract`` of a process about 27 ms.
CLDR_UNITS_FILE = str(Path(__file__).with_name("data") / "cldr_units.json")


def cldr_units_from_babel() -> dict[str, Any]:
    """Per locale, unit id -> width -> plural form -> pattern, as the installed
    babel gives them: what ``data/cldr_units.json`` holds."""
    from babel import Locale

    return {
        loc: {
            unit_id: {width: dict(forms) for width, forms in widths.items()}
            for unit_id, widths in Locale.parse(loc)._data["unit_patterns"].items()
        }
        for loc in CLDR_UNIT_LOCALES
    }


@functools.cache
def _cldr_surfaces() -> Mapping[str, str]:
    """Russian and Kazakh unit words ("километров", "тонн", "км", "ГВт"), from CLDR.

    A CLDR unit id names its pint unit: "length-kilometer" is "kilometer",
    "area-square-kilometer" "kilometer ** 2", "speed-kilometer-per-hour"
    "kilometer / hour"; ids that pint does not know are left out.  Reading
    them costs ~8 ms, most of the units' share of a process's first
    ``extract``: a copy is kept in the user's cache folder, keyed by the CLDR
    table, this module and pint's definitions.
    """
    definitions = _definitions_file()
    inputs = [CLDR_UNITS_FILE, os.path.abspath(__file__), *([definitions] if definitions else [])]
    surfaces: dict[str, str] = prepared_json("cldr-units.json", inputs, _read_cldr_surfaces)
    return surfaces


def _read_cldr_surfaces() -> dict[str, str]:
    import json

    with open(CLDR_UNITS_FILE, encoding="utf-8") as f:
        table: dict[str, dict[str, dict[str, dict[str, str]]]] = json.load(f)
    out: dict[str, str] = {}
    for loc in CLDR_UNIT_LOCALES:
        for unit_id, widths in table[loc].items():
            expr = _pint_expression(unit_id)
            if expr is None:
                continue
            for width in widths.values():
                for plural, pattern in width.items():
                    word = pattern.replace("{0}", "").strip()
                    if plural == "per" or not word or "{" in word:
                        continue
                    # one Cyrillic letter is a word or an abbreviation ("г." year, "с" with)
                    if len(word.rstrip(".")) == 1 and word != "т":
                        continue
                    out.setdefault(word, expr)
                    out.setdefault(word.lower(), expr)
    return out


def _pint_expression(unit_id: str) -> str | None:
    """The pint unit a CLDR unit id stands for, or None if pint does not know it."""
    _, _, name = unit_id.partition("-")
    if not name or name.startswith(("generic", "item", "part", "percent", "permille")):
        return None
    if "-per-" in name:
        num, _, den = name.partition("-per-")
        a, b = _pint_expression("x-" + num), _pint_expression("x-" + den)
        return None if a is None or b is None else f"{a} / {b}"
    power = ""
    for word, p in (("square-", " ** 2"), ("cubic-", " ** 3")):
        if name.startswith(word):
            name, power = name[len(word) :], p
    special = {"celsius": "degree_Celsius", "fahrenheit": "degree_Fahrenheit", "ounce-troy": "troy_ounce"}
    name = special.get(name, name.replace("-", "_"))
    unit = _resolve_pint(name)
    return None if unit is None or unit in DENY else unit + power


@functools.cache
def _multiword_heads() -> frozenset[str]:
    """The first words, lower case, of every unit written in more than one word
    ("fluid ounces", "tonnes of oil equivalent", "кв. км"): after any other word
    only a one-word unit can stand, so the longer runs need no look-up."""
    heads = {key.split(" ")[0].lower() for key in (*SURFACES, *_cldr_surfaces()) if " " in key}
    n = _names()
    firsts = {name.split("_")[0] for name in n.lower if "_" in name}  # fluid_ounce
    heads |= firsts | {p + f for p in n.prefix_names for f in firsts}  # kilo + light_year
    return frozenset(heads)


def resolve_name(word: str) -> str | None:
    """A unit's name (not symbol), singular or plural: "metres" -> "meter"."""
    n = _names()
    for form in (word, _singular(word)):
        if form and form in n.lower:
            return n.lower[form]
    return None


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else ""


_GAP = re.compile(r"-|[\x20\u00a0\u202f\u2009]?")
_TOKEN = re.compile(r"°[CF]?|[^\W\d_¹²³](?:[^\W\d_¹²³]|['’⋅·](?=[^\W\d_]))*\.?")
_SPACE = re.compile(r"\x20(?=\S)")
# "km²", "m3", "m^2", "km squared"; "fb⁻¹", "s-1", "m^-2" (an inverse unit)
_POWER = re.compile(r"⁻?[¹²³]|\^?[-−]?[123](?!\d|[.,]\d)|\x20(?:squared|cubed)\b")
_POWERS = str.maketrans("¹²³⁻−", "123--", "^ ")
_SQUARE = re.compile(r"(?:(?P<sq>square|sq)|(?P<cu>cubic|cu))\.?\x20(?=[^\W\d_])", re.IGNORECASE)
#: One-letter units that are clear only after "per" or "/": "bbl/d", "km/h", "m/s".
_PER_UNITS = {"d": "day", "h": "hour", "s": "second", "a": "year", "y": "year"}
_PER = re.compile(r"\x20?/\x20?|\x20per\x20|\x20a\x20(?=(?:day|year|week|month|hour)\b)")
# a time said in words after the unit (languages/*.py: UNIT_PER_TIMES): "1,8 млн баррелей в сутки"
_TIMES: Mapping[str, str] = merged("UNIT_PER_TIMES")
_PER_TIME = re.compile(r"\x20(?P<t>" + "|".join(map(re.escape, _TIMES)).replace(r"\ ", r"\x20") + r")(?![^\W\d_])")
_MAX_WORDS = 4


def word_ends(text: str, pos: int, most: int, word: re.Pattern[str], gap: re.Pattern[str]) -> list[int]:
    """Where each of the next ``most`` words ends, the words ``word`` and the gaps
    between them ``gap``: the candidate ends of a multi-word name, longest last."""
    ends: list[int] = []
    for _ in range(most):
        w = word.match(text, pos)
        if w is None:
            break
        ends.append(w.end())
        g = gap.match(text, w.end())
        if g is None:
            break
        pos = g.end()
    return ends


def read_unit(text: str, pos: int) -> tuple[str, int] | None:
    """The unit written at ``pos`` (after a number) as a pint expression, and where it ends.

    >>> read_unit("5 km² of forest", 1), read_unit("90,000 barrels per day", 6)
    (('kilometer ** 2', 5), ('barrel / day', 22))
    """
    gap = _GAP.match(text, pos)
    start = gap.end() if gap else pos
    joined = _joined_surfaces().match(text, start)
    if joined is not None:  # "kW/h", "кВт.ч": the written form wins over reading it as a quotient
        return SURFACES[joined.group()], joined.end()
    first = _term(text, start)
    if first is None:
        return None
    expr, end = first
    per = _PER.match(text, end)
    if per is not None:
        second = _term(text, per.end())
        letter = text[per.end() : per.end() + 1]
        if second is None and letter in _PER_UNITS and not text[per.end() + 1 : per.end() + 2].isalpha():
            second = (_PER_UNITS[letter], per.end() + 1)
            pw = _POWER.match(text, second[1])  # "m/s2", "km/s²"
            if pw is not None and _power(pw.group()) > 1:
                second = (f"{second[0]} ** {_power(pw.group())}", pw.end())
        if second is not None:
            expr, end = f"{expr} / {second[0]}", second[1]
    elif (time := _PER_TIME.match(text, end)) is not None:
        expr, end = f"{expr} / {_TIMES[time.group('t')]}", time.end()
    return expr, end


@functools.cache
def _joined_surfaces() -> re.Pattern[str]:
    """The SURFACES written with a slash, dot, star or power inside, longest first
    ("кВт/ч", "куб. м", "м²": a power on a letter that is no unit alone)."""
    keys = sorted((k for k in SURFACES if any(c in k for c in "/.*²³")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, keys)) + r"(?![^\W\d_])")


def _power(written: str) -> int:
    """The exponent a written power says: "²" 2, "cubed" 3, "⁻¹" and "-1" -1."""
    word = written.strip()
    return {"squared": 2, "cubed": 3}.get(word) or int(word.translate(_POWERS))


def _term(text: str, pos: int) -> tuple[str, int] | None:
    """One unit, perhaps squared or cubed: "km", "square miles", "km²", "cubic metres"."""
    power = 1
    sq = _SQUARE.match(text, pos)
    if sq is not None:
        power, pos = (2 if sq.group("sq") else 3), sq.end()
    head = _TOKEN.match(text, pos)
    if head is None:
        return None
    most = _MAX_WORDS if head.group().lower() in _multiword_heads() else 1
    for end in reversed(word_ends(text, pos, most, _TOKEN, _SPACE)):
        unit = resolve(text[pos:end])
        if unit is None and text[end - 1] == ".":
            end -= 1  # the sentence's full stop, not part of "metres."
            unit = resolve(text[pos:end])
        if unit is None:
            continue
        pw = _POWER.match(text, end)
        if pw is not None and power == 1 and " " not in unit and _power(pw.group()) != 1:
            power, end = _power(pw.group()), pw.end()
        return (unit if power == 1 else f"{unit} ** {power}"), end
    return None


@functools.cache
def registry() -> Any:
    """One pint registry, ``Decimal`` magnitudes, with :data:`DEFINITIONS`; built on first use.

    pint's parsed definitions are kept on disk (see :func:`_cache_folder`) to
    save a fifth of a second at start-up.  A cache that cannot be read, written
    or trusted costs only that time: the registry is then built from pint's
    text files, and a bad cache is deleted so the next process writes a new one.
    """
    try:
        folder = _cache_folder()
        if folder is not None:
            return _registry_with_cache(folder)
    except Exception:  # any failure of the cache, never of the units: see below
        pass
    # A real fault in pint or DEFINITIONS raises here too, without the cache.
    return _build_registry(None)


def _build_registry(cache_folder: Path | None) -> Any:
    from decimal import Decimal

    import pint

    ureg: Any = pint.UnitRegistry(non_int_type=Decimal, cache_folder=cache_folder)
    for d in DEFINITIONS:
        ureg.define(d)
    # a cache can unpickle into a registry that is wrong rather than broken
    if ureg.Quantity(Decimal("1.5"), "kilometer").to("meter").magnitude != 1500:
        raise ValueError(f"the pint registry cached in {cache_folder} converts wrongly")
    return ureg


def _cache_folder() -> Path | None:
    """The cache for this pint, installed at this path, with these DEFINITIONS.

    pint's pickles hold the paths of the files they were parsed from, so a
    cache is only good for the install that wrote it: keyed by pint's path as
    well as its version, another environment's cache is never read.
    """
    import hashlib
    import sys

    import pint

    root = user_cache_root()
    if root is None:
        return None
    key = "\n".join((pint.__version__, str(pint.__file__), sys.version, "Decimal", *DEFINITIONS))
    return root / f"pint-{pint.__version__}-{hashlib.sha256(key.encode()).hexdigest()[:16]}"


def _registry_with_cache(folder: Path) -> Any:
    """Read the cache in ``folder``; if it is bad, replace it."""
    import os

    if os.path.isdir(folder):
        try:
            return _build_registry(folder)
        except Exception:  # stale, truncated, unreadable: every one is worth replacing
            _discard(folder)
    _fill_cache(folder)
    return _build_registry(folder)


def _fill_cache(folder: Path) -> None:
    """Write a new cache to ``folder`` so that no reader ever sees part of one.

    pint writes its pickles in place (flexcache's ``DiskCache.rawsave`` opens the
    final file and dumps into it), so a reader racing a writer, or a writer cut
    off, finds a truncated pickle.  So pint writes into a private staging
    folder, and the finished folder is renamed into place, which is atomic.
    Of processes racing on an empty cache each writes its own; the first
    rename wins, and the rest, finding ``folder`` there, delete theirs.
    """
    import os
    import shutil
    import tempfile

    folder.parent.mkdir(parents=True, exist_ok=True)
    _sweep(folder.parent)
    staging = tempfile.mkdtemp(prefix=".staging-", dir=folder.parent)
    try:
        _build_registry(Path(staging))
        try:
            os.rename(staging, folder)
        except OSError:
            if not os.path.isdir(folder):
                raise
            # another process got there first, with a cache as good as ours
    finally:
        # gone if the rename succeeded; still there if another process won or the build failed
        shutil.rmtree(staging, ignore_errors=True)


def _discard(folder: Path) -> None:
    """Take a bad cache out of every reader's way at once, then delete it."""
    import os
    import secrets
    import shutil

    doomed = folder.with_name(f".discard-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        os.rename(folder, doomed)
    except OSError:  # already gone, or not ours to remove: the caller copes
        return
    shutil.rmtree(doomed, ignore_errors=True)


def _sweep(root: Path, age: float = 3600.0) -> None:
    """Delete staging and discarded folders that a killed process left behind."""
    import shutil
    import time

    for left in (*root.glob(".staging-*"), *root.glob(".discard-*")):
        try:
            if time.time() - left.stat().st_mtime > age:
                shutil.rmtree(left, ignore_errors=True)
        except OSError:  # removed by another process meanwhile
            pass


def normalise(figure: Any) -> Any:
    """The figure in SI base units: "3,000 km" becomes 3 000 000 metre."""
    q = figure.quantity
    if q is None:
        from .errors import InvalidArgumentError

        raise InvalidArgumentError(f"{figure.text!r} has no unit to normalise")
    return figure.to(str(q.to_base_units().units))


def format_figure(figure: Any, locale: str = "en") -> str:
    """``Figure.format``: the normalised figure written as ``locale`` writes numbers."""
    from babel import Locale
    from babel.numbers import format_decimal, get_currency_symbol

    loc = Locale.parse(locale)

    def num(d: Any) -> str:
        return format_decimal(d, locale=loc, decimal_quantization=False)

    if figure.value is None:
        return figure.text
    if figure.qualifier == "range":
        amount = f"{num(figure.low)}–{num(figure.high)}"
    else:
        amount = num(figure.value)
    if figure.kind == "money" and figure.currency:
        symbol = get_currency_symbol(figure.currency, locale=loc)
        before = loc.currency_formats["standard"].pattern.lstrip("-").startswith("¤")
        gap = " " if symbol[-1:].isalpha() or not before else ""
        if not before:
            gap = "\u00a0"
        return f"{symbol}{gap}{amount}" if before else f"{amount}{gap}{symbol}"
    if figure.kind == "percent":
        sign = "%" if figure.unit == "percent" else " percentage points"
        return f"{amount}{sign}"
    if figure.kind == "quantity" and figure.unit:
        return f"{amount} {format(registry().Unit(figure.unit), '~P')}"
    return amount
