"""What a currency or a scale can be called, in English.

Names, plurals, symbols and codes come from CLDR through babel; the short,
reviewed :data:`SUPPLEMENT` tables below add only what news text uses and CLDR
lacks, each entry with a note saying why.  The whole lexicon is built once, on
first use (:func:`lexicon`), never at import.

What the lexicon reads of CLDR is shipped as a table generated from babel
(``data/cldr_currencies.json``, by ``python scripts/build_tables.py``): with
babel's import and locale data the first :func:`lexicon` of a process took
about 33 ms, from the table about 10 (1 of them reading it).
:func:`cldr_from_babel` reads the same data from the installed babel and
:func:`lexicon_from_babel` builds the lexicon from it; tests hold both to the
shipped table (``tests/test_tables.py``).
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from .cachedir import prepared_json
from .languages import CODES, LANGUAGE_OF, merged, words

__all__ = ["DOLLAR_DEFAULT", "Lexicon", "cldr_from_babel", "fold", "lexicon", "lexicon_from_babel"]

#: What a bare "$" means when neither the figure nor the document says otherwise.
DOLLAR_DEFAULT = "USD"

# ---------------------------------------------------------------- supplement
# News usage that CLDR does not carry lives with its language in
# ``kzuk_figures.languages``; here the languages' tables are joined.

#: Written names CLDR lacks, mapped to ISO 4217 candidates (the first is the default).
NAME_SUPPLEMENT: Mapping[str, tuple[str, ...]] = merged("NAME_SUPPLEMENT")
#: What an ambiguous name means when the document does not decide it.
NAME_DEFAULTS: Mapping[str, str] = merged("NAME_DEFAULTS")
#: Which currency a generic noun means when nothing qualifies it ("dollar" -> USD).
HEAD_DEFAULTS: Mapping[str, str] = merged("HEAD_DEFAULTS")
#: The same for inflected nouns, by stem ("доллар", "доллара", "долларов").
HEAD_STEM_DEFAULTS: Mapping[str, str] = merged("HEAD_STEM_DEFAULTS")

#: The languages whose CLDR currency names and scale words are read.
NAME_LOCALES = CODES

#: Letters written before "$" (with or without a space) and what they mean.
#: CLDR's own symbols (A$, CA$, HK$, MX$, NZ$, NT$, R$, US$, EC$) are added from babel.
DOLLAR_PREFIXES: Mapping[str, str] = {
    "us": "USD",
    "u.s.": "USD",
    "u.s": "USD",
    "c": "CAD",
    "can": "CAD",
    "au": "AUD",
    "aus": "AUD",
    "s": "SGD",
    "sg": "SGD",
    "mex": "MXN",
    "nz": "NZD",
    "hk": "HKD",
}
#: Single letters that are also English words: accepted before "$" only when attached.
ATTACHED_ONLY_PREFIXES = frozenset({"a", "s"})

#: Codes that are also capitalised English words; not read as a code before a number
#: ("ALL 5 solutions", "TOP 10") but still after one ("10 TRY").
CODE_WORDS = frozenset(
    {"ALL", "TOP", "CUP", "PEN", "TRY", "BOB", "MAD", "SOS", "GEL", "MOP", "WON"}
)

#: Lower-case codes read as currencies (prose writes "usd 20", "10 rmb"); the
#: other lower-case three-letter words are too often just words.
LOWERCASE_CODES = frozenset(
    {
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "chf", "cad", "aud", "nzd", "hkd", "sgd",
        "kzt", "rub", "uzs", "kgs", "azn", "tjs", "tmt", "inr", "mxn", "sek", "dkk", "pln",
        "czk", "huf", "krw", "brl", "zar", "uah", "byn", "gel", "amd",
    }
)  # fmt: skip

#: Scale words news writes that CLDR's compact formats (K, M, B, T, thousand...) lack.
SCALE_SUPPLEMENT: Mapping[str, int] = merged("SCALE_SUPPLEMENT")
#: Scale words that must touch the number ("5m", not "5 m", which is five metres).
ATTACHED_SCALES = frozenset({"k", "m", "b", "t", "K", "M", "B", "T", "tr"})

#: Minor units: the written word, its fraction of the major unit, and whose it is
#: (None: the dollar the document uses).
MINOR_UNITS: Mapping[str, tuple[Decimal, str | None]] = merged("MINOR_UNITS")

#: Symbols in common use that babel's locale data (which omits CLDR's narrow
#: symbols) does not carry.
SYMBOL_SUPPLEMENT: Mapping[str, tuple[str, ...]] = {
    "元": ("CNY",),
    "₦": ("NGN",),
    "₨": ("INR", "PKR", "LKR", "NPR", "MUR", "SCR"),
    "¢": (),
    # Russian-language abbreviations of the rouble; CLDR now gives only "₽".
    "руб.": ("RUB",),
    "руб": ("RUB",),
    "р.": ("RUB",),
    "Р": ("RUB",),
    # the hryvnia's and the lira's abbreviations on price tags; CLDR gives ₴ and ₺
    "грн.": ("UAH",),
    "грн": ("UAH",),
    "TL": ("TRY",),
    # the tenge's abbreviations in Kazakh and Russian text; CLDR gives only "₸"
    "тг": ("KZT",),
    "тг.": ("KZT",),
    "тңг": ("KZT",),
    "zł": ("PLN",),
    "Zł": ("PLN",),
    # older signs still on price tags: the pound's "₤", the guilders' florin "ƒ"
    "₤": ("GBP",),
    "ƒ": ("AWG", "ANG"),
    # the Gulf's English-language press: "KD 5 million", "Dh250", "BD 3"
    "KD": ("KWD",),
    "BD": ("BHD",),
    "JD": ("JOD",),
    "LD": ("LYD",),
    "Dh": ("AED",),
    "Dhs": ("AED",),
    "KSh": ("KES",),
    # the Swiss franc in the English-language financial press: "SFr 5 million"
    "SFr": ("CHF",),
    "SFr.": ("CHF",),
    # the currency's own word written after the number in its language
    "원": ("KRW",),
    "円": ("JPY",),
    "đ": ("VND",),
}

#: Symbols of the currencies' home locales (``data/home_symbols.json``, derived
#: from CLDR by ``python scripts/build_tables.py``) that are also common words or
#: unit abbreviations next to a number, and so are not read as money:
#: "5 KM" is kilometres, "10 kn" knots, "Le 5" French.
HOME_SYMBOL_DENYLIST = frozenset({"KM", "kn", "den", "Le", "Ar", "FC", "CF"})
# Paths as strings: import needs no pathlib.
_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
_HOME_SYMBOLS_FILE = os.path.join(_DATA, "home_symbols.json")
_CLDR_FILE = os.path.join(_DATA, "cldr_currencies.json")
REGENERATE = "python scripts/build_tables.py"

# Locales whose CLDR currency symbols are read in full: English first (it
# decides what a symbol means by default), then the region's languages.  Every
# other locale's symbols come from the table generated from CLDR
# (data/home_symbols.json), so that no build reads dozens of locales.
_SYMBOL_LOCALES = ("en", "ru", "kk")

_PARENTHESIS = re.compile(r"\s*\(.*?\)")


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Read-only tables the scanner consults; build with :func:`lexicon`."""

    #: Currency symbol -> candidate ISO codes, the default first ("$" -> USD, CAD, ...).
    symbols: Mapping[str, tuple[str, ...]]
    #: Folded name or phrase -> candidate ISO codes ("us dollars" -> ("USD",)).
    names: Mapping[str, tuple[str, ...]]
    #: For names with several candidates, the one English news means ("dollars" -> USD).
    name_defaults: Mapping[str, str]
    #: Every ISO 4217 code CLDR knows, upper case.
    codes: frozenset[str]
    #: Scale word -> multiplier ("bn" -> 10**9).
    scales: Mapping[str, Decimal]
    #: Letters before "$" -> ISO code ("us" -> USD, "hk" -> HKD).
    dollar_prefixes: Mapping[str, str]
    #: The longest name, in words, and symbol, in characters: how far the scanner looks.
    max_name_words: int
    max_symbol_len: int
    #: Symbols several currencies' home locales share, with no default among them.
    ambiguous_symbols: frozenset[str]
    #: ISO code -> CLDR's English name ("KZT" -> "Kazakhstani Tenge").
    display_names: Mapping[str, str]

    def currency_name(self, code: str) -> str:
        """CLDR's English name of ``code``, or the code itself: babel's
        ``get_currency_name(code, locale="en")``."""
        return self.display_names.get(code, code)


@functools.lru_cache(maxsize=8192)
def fold(s: str) -> str:
    """The key a name is looked up by: lower case, typographic apostrophes and
    word-final dots folded ("U.S. Dollars" -> "u.s dollars")."""
    return " ".join(w.rstrip(".") for w in s.replace("’", "'").lower().split())


def _add(table: dict[str, list[str]], key: str, codes: Iterable[str]) -> None:
    slot = table.setdefault(key, [])
    for c in codes:
        if c not in slot:
            slot.append(c)


def _dollar_letters(prefixes: dict[str, str], dollars: Iterable[str], current: Iterable[str]) -> None:
    """Letters that say which dollar: "USD$" and "nzd$" (a code), "TT$" and "BZ$"
    (a dollar's code less its "D"), "J$" (the only dollar code starting so)."""
    for code in current:
        prefixes.setdefault(code.lower(), code)
    by_initial: dict[str, list[str]] = {}
    for code in dollars:
        if code.endswith("D"):
            prefixes.setdefault(code[:2].lower(), code)
        by_initial.setdefault(code[0].lower(), []).append(code)
    for initial, codes in by_initial.items():
        if len(codes) == 1:
            prefixes.setdefault(initial, codes[0])


def _is_symbol(s: str) -> bool:
    return any(unicodedata.category(ch) == "Sc" for ch in s)


def _heads(name: str, locale: str) -> list[str]:
    """The generic nouns a currency's name may be shortened to, and nothing else
    of it: "francs" in "swiss francs"; "доллар" in "доллар сша", "рублей" in
    "российских рублей", "марка" in "марка боснии и герцеговины"; "доллары" in
    "жаңа зеландия доллары".  Never a conjunction, an adjective or a place
    ("и", "жаңа", "боснии"), which would make "3 и 4" money."""
    if " of " in name:  # "chilean unit of account" names no money
        return []
    words = [w for w in name.split() if any(c.isalpha() for c in w)]
    if not words:
        return []
    lang = LANGUAGE_OF[locale]
    if lang.NAME_HEAD == "last":
        return words[-1:]
    # Russian: the first word that is not an adjective, alone and with what follows
    # it ("фунт", "фунт стерлингов"); the dash in "кина Папуа – Новой Гвинеи" is no word
    nouns = [w for w in words if not w.endswith(lang.ADJECTIVE_ENDINGS)]
    if not nouns:
        return []
    tail = words[words.index(nouns[0]) :]
    return [nouns[0]] + ([" ".join(tail)] if len(tail) > 1 else [])


def _oblique(head: str, locale: str) -> list[str]:
    """The oblique cases of a head's noun (its first word), by its language's
    OBLIQUE_CASES: "доллар сша" -> "доллару сша", ..., "долларах сша"."""
    cases: Mapping[str, tuple[str, ...]] = getattr(LANGUAGE_OF[locale], "OBLIQUE_CASES", {})
    noun, _, rest = head.partition(" ")
    last = noun[-1:]
    if last and last in getattr(LANGUAGE_OF[locale], "CONSONANTS", ""):
        stem, endings = noun, cases.get("", ())
    else:
        stem, endings = noun[:-1], cases.get(last, ())
    return [f"{stem}{e} {rest}".rstrip() for e in endings]


def _head_default(head: str) -> str | None:
    """The currency a generic noun means by itself, in any of its forms."""
    if head in HEAD_DEFAULTS:
        return HEAD_DEFAULTS[head]
    if head.removesuffix("s") in HEAD_DEFAULTS:
        return HEAD_DEFAULTS[head.removesuffix("s")]
    return next((code for stem, code in HEAD_STEM_DEFAULTS.items() if head.startswith(stem)), None)


def _scales(formats: Mapping[str, Mapping[str, Mapping[str, str]]]) -> dict[str, Decimal]:
    """Scale words from CLDR's compact decimal formats ("0K", "0 million"...):
    width -> plural form -> magnitude -> pattern, as in the table."""
    out: dict[str, Decimal] = {}
    for width in ("short", "long"):
        for plural_forms in formats.get(width, {}).values():
            for magnitude, text in plural_forms.items():
                zeros = text.count("0")
                word = text.replace("0", "").replace("'", "").strip()
                if not word or zeros == 0:
                    continue
                out[word] = Decimal(int(magnitude) // 10 ** (zeros - 1))
                if width == "long":
                    out[word.lower()] = out[word]
    return out


@functools.cache
def lexicon() -> Lexicon:
    """The English lexicon, built from CLDR (the shipped table) on first use and cached.

    Building it costs ~10 ms, a tenth of a fresh process's first ``check``; a
    copy is kept in the user's cache folder, keyed by the files it is made from
    (the CLDR tables, this module and the language modules), and read instead
    in ~2 ms."""
    return _from_json(prepared_json("lexicon.json", _INPUTS, lambda: _to_json(_build(_shipped_cldr(), _home_symbols()))))


# What the lexicon is made from: a change to any of them builds it afresh.
_INPUTS = (
    _CLDR_FILE,
    _HOME_SYMBOLS_FILE,
    os.path.abspath(__file__),
    *(os.path.join(os.path.dirname(_DATA), "languages", f"{m}.py") for m in ("__init__", *CODES)),
)


def _to_json(lex: Lexicon) -> dict[str, Any]:
    return {
        "symbols": dict(lex.symbols),
        "names": dict(lex.names),
        "name_defaults": dict(lex.name_defaults),
        "codes": sorted(lex.codes),
        "scales": {w: str(m) for w, m in lex.scales.items()},
        "dollar_prefixes": dict(lex.dollar_prefixes),
        "max_name_words": lex.max_name_words,
        "max_symbol_len": lex.max_symbol_len,
        "ambiguous_symbols": sorted(lex.ambiguous_symbols),
        "display_names": dict(lex.display_names),
    }


def _from_json(d: Mapping[str, Any]) -> Lexicon:
    return Lexicon(
        symbols=MappingProxyType({k: tuple(v) for k, v in d["symbols"].items()}),
        names=MappingProxyType({k: tuple(v) for k, v in d["names"].items()}),
        name_defaults=MappingProxyType(d["name_defaults"]),
        codes=frozenset(d["codes"]),
        scales=MappingProxyType({w: Decimal(m) for w, m in d["scales"].items()}),
        dollar_prefixes=MappingProxyType(d["dollar_prefixes"]),
        max_name_words=d["max_name_words"],
        max_symbol_len=d["max_symbol_len"],
        ambiguous_symbols=frozenset(d["ambiguous_symbols"]),
        display_names=MappingProxyType(d["display_names"]),
    )


def lexicon_from_babel() -> Lexicon:
    """The lexicon built from the installed babel's CLDR instead of the shipped
    table (about 30 ms; not cached): what :func:`lexicon` must equal."""
    return _build(cldr_from_babel(), _home_symbols())


def _read_json(path: str) -> Any:
    import json  # with the first table read, not with the package

    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _shipped_cldr() -> dict[str, Any]:
    table: dict[str, Any] = _read_json(_CLDR_FILE)
    missing = [loc for loc in (*NAME_LOCALES, *_SYMBOL_LOCALES) if loc not in table["locales"]]
    if missing:  # a language module added, the table not regenerated
        raise LookupError(f"{_CLDR_FILE} has no CLDR data for {', '.join(missing)}: run {REGENERATE}")
    return table


def _home_symbols() -> dict[str, list[str]]:
    symbols: dict[str, list[str]] = _read_json(_HOME_SYMBOLS_FILE)
    return symbols


def cldr_from_babel() -> dict[str, Any]:
    """What the lexicon reads of CLDR, read from the installed babel: every
    ISO 4217 code, and per locale the currencies' display names, plural names,
    symbols and compact decimal formats, in babel's order (the order decides
    which candidate comes first).  ``data/cldr_currencies.json`` is this."""
    from babel import Locale
    from babel.numbers import list_currencies

    locales: dict[str, Any] = {}
    for loc in dict.fromkeys((*NAME_LOCALES, *_SYMBOL_LOCALES)):
        locale = Locale.parse(loc)
        plural_names = locale._data["currency_names_plural"]
        locales[loc] = {
            "names": dict(locale.currencies.items()),
            "plural_names": {code: dict(forms) for code, forms in plural_names.items()},
            "symbols": dict(locale.currency_symbols.items()),
            "compact": {
                width: {
                    plural: {magnitude: pattern.pattern for magnitude, pattern in patterns.items()}
                    for plural, patterns in forms.items()
                }
                for width, forms in locale.compact_decimal_formats.items()
            },
        }
    return {
        "_about": f"CLDR data the lexicon reads, generated from babel by {REGENERATE}; do not edit",
        "currencies": sorted(list_currencies()),
        "locales": locales,
    }


def render_table(table: Mapping[str, Any]) -> str:
    """A generated table as shipped (``data/cldr_*.json``): JSON, one entry a
    line, in the given order, which the lexicon depends on."""
    import json

    return json.dumps(table, ensure_ascii=False, indent=1) + "\n"


def _build(cldr: Mapping[str, Any], home_symbols: Mapping[str, list[str]]) -> Lexicon:
    """The lexicon from CLDR's data (the shape of :func:`cldr_from_babel`) and the
    home-locale symbols (``data/home_symbols.json``)."""
    tables: Mapping[str, Mapping[str, Any]] = cldr["locales"]
    en = tables["en"]
    all_codes = frozenset(c for c in cldr["currencies"] if len(c) == 3 and c.isalpha())
    # CLDR gives English symbols only for currencies in use today: that set tells
    # current currencies from historical ones (Finnish markka, Spanish peseta).
    current = frozenset(en["symbols"])

    names: dict[str, list[str]] = {}
    heads: dict[str, list[str]] = {}
    # a head that is a common noun of one of the languages is no currency alone:
    # "10 марок автомобилей" (brands), "2 драмы" (plays); the full names stay
    common_nouns = frozenset(words("COMMON_NOUN_HEADS"))
    dated: list[tuple[str, str]] = []
    for loc in NAME_LOCALES:
        plural_names = tables[loc]["plural_names"]
        for code, display in tables[loc]["names"].items():
            if code not in all_codes:
                continue
            # in a fixed order (a set's would follow the hash seed, and the copy in the cache one process's)
            for form in dict.fromkeys((display, *plural_names.get(code, {}).values())):
                if "(" in form:
                    dated.append((code, form))
                    continue
                key = fold(form)
                _add(names, key, [code])
                for head in _heads(key, loc):
                    if head in common_nouns:
                        continue
                    heads.setdefault(head, []).append(code)
                    if form == display and code in current:  # the nominative singular, which the oblique cases decline
                        for oblique in _oblique(head, loc):
                            heads.setdefault(oblique, []).append(code)
    # "Chinese yuan (offshore)", "Angolan kwanza (1977–1991)": no text writes the
    # parenthesis, so the bare name is theirs only where no other currency has it.
    for code, form in dated:
        key = fold(_PARENTHESIS.sub("", form))
        if key and key not in names:
            _add(names, key, [code])
    name_defaults: dict[str, str] = {}
    for head, codes in heads.items():
        live = [c for c in codes if c in current]
        if not live:
            # a generic noun of past currencies only: "markka" yes, but not "units" (of
            # account) or "gold", which name X-codes and funds rather than money
            past = [c for c in set(codes) if not c.startswith("X")]
            if len(past) != 1 and _head_default(head) is None:
                continue
            live = past
        default = _head_default(head)
        ordered = sorted(set(live), key=lambda c: (c != default, c))
        if head not in names:
            _add(names, head, ordered)
            if default in ordered and len(ordered) > 1:
                name_defaults[head] = default
    for name, codes in names.items():
        # "Russian rubles" is RUB, not also CLDR's "Russian Ruble (1991–1998)"
        live = [c for c in codes if c in current]
        if live and len(live) < len(codes) and name not in heads:
            codes[:] = live
    for name, written in NAME_SUPPLEMENT.items():
        names[fold(name)] = list(written)
    for name, code in NAME_DEFAULTS.items():
        if code in names.get(fold(name), ()):
            name_defaults[fold(name)] = code

    symbols: dict[str, list[str]] = {}
    ambiguous: set[str] = set()
    dollar_prefixes = dict(DOLLAR_PREFIXES)
    for loc in _SYMBOL_LOCALES:
        for code, sym in tables[loc]["symbols"].items():
            if sym == code or not _is_symbol(sym):
                continue
            sym = sym.replace("\u200e", "").replace("\u200f", "")
            _add(symbols, sym, [code])
            # "A$", "CA$", "HK$": remember the letters so "hk $" and "HK$" both read.
            if sym.endswith("$") and sym[:-1].isalpha():
                dollar_prefixes.setdefault(sym[:-1].lower(), code)
    # "$" lists the dollars news names most first: those CLDR's English gives a
    # symbol of their own (A$, CA$, HK$, NZ$...), then the rest
    prominent = {c for c, sym in en["symbols"].items() if sym.endswith("$") and sym != "$"}
    for sym, supplied in SYMBOL_SUPPLEMENT.items():
        _add(symbols, sym, supplied)
        if len(supplied) > 1:
            ambiguous.add(sym)
    # A symbol only other countries' locales use ("Kč", "zł", "Rp", "kr") means
    # its home currency; where several homes share it ("kr", "Rs") it stays
    # ambiguous rather than guessed.
    for sym, codes in home_symbols.items():
        if sym in symbols:
            # more candidates; the English default stays first, then the prominent ones
            extra = sorted(codes, key=lambda c: (c not in prominent, c))
            _add(symbols, sym, extra)
            continue
        if sym in HOME_SYMBOL_DENYLIST or (sym.isalpha() and len(sym) < 2):
            continue
        # "лв." is also written "лв", "Rs." "Rs"
        for form in dict.fromkeys((sym, sym.rstrip("."))) if len(sym.rstrip(".")) > 1 else (sym,):
            if form not in symbols:
                symbols[form] = list(codes)
                if len(codes) > 1:
                    ambiguous.add(form)

    _dollar_letters(dollar_prefixes, symbols["$"], current)

    scales: dict[str, Decimal] = {}
    for loc in NAME_LOCALES:
        scales.update(_scales(tables[loc]["compact"]))
    # "м." is also the metre's abbreviation: too short to read as a scale
    scales = {w: m for w, m in scales.items() if w.isascii() or len(w.rstrip(".")) > 1}
    scales.update({w: Decimal(m) for w, m in SCALE_SUPPLEMENT.items()})

    return Lexicon(
        symbols=MappingProxyType({k: tuple(v) for k, v in symbols.items()}),
        names=MappingProxyType({k: tuple(v) for k, v in names.items()}),
        name_defaults=MappingProxyType(name_defaults),
        codes=all_codes,
        scales=MappingProxyType(scales),
        dollar_prefixes=MappingProxyType(dollar_prefixes),
        max_name_words=max(len(n.split()) for n in names),
        max_symbol_len=max(len(s) for s in symbols),
        ambiguous_symbols=frozenset(ambiguous),
        display_names=MappingProxyType(dict(en["names"])),
    )


def home_symbols_from_cldr() -> dict[str, list[str]]:
    """Each current currency's symbol in its home locales, from CLDR (about a second).

    The home locales of a currency are the official languages of the
    territories that use it ("cs_CZ" for CZK).  The result is shipped as
    ``data/home_symbols.json`` so that no import pays for reading 500 locales.
    """
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    current = Locale.parse("en").currency_symbols
    territories = get_global("all_currencies")
    languages = get_global("territory_languages")
    found: dict[str, list[str]] = {}
    for code in sorted(current):
        for territory in territories.get(code, ()):
            for lang, info in languages.get(territory, {}).items():
                if not info.get("official_status"):
                    continue
                try:
                    sym = Locale.parse(f"{lang}_{territory}").currency_symbols.get(code)
                except (UnknownLocaleError, ValueError):
                    continue
                sym = (sym or "").replace("\u200e", "").replace("\u200f", "").replace("\u200b", "")
                if sym and sym != code and code not in found.setdefault(sym, []):
                    found[sym].append(code)
    return dict(sorted(found.items()))


def write_home_symbols(path: str | os.PathLike[str] = _HOME_SYMBOLS_FILE) -> None:
    """Regenerate the shipped table (after a babel upgrade): one symbol a line."""
    import json

    rows = (f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v)}" for k, v in home_symbols_from_cldr().items())
    with open(path, "w", encoding="utf-8") as f:
        f.write("{\n" + ",\n".join(rows) + "\n}\n")

