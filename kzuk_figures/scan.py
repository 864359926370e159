"""Find the figures in a text: one pass, exact spans, linear time.

One precompiled pattern finds every numeral (digits or number words).  Around
each, small anchored patterns and dictionary look-ups read what the numeral is
attached to: a currency symbol, code or name, a scale word, a qualifier, the
other end of a range.  Every look-around is bounded (a few dozen characters
at most), so the work per numeral is constant and the scan is linear in the
length of the text whatever it holds.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, cast

from .errors import ArgumentTypeError, InvalidArgumentError, UnknownCurrencyError
from .languages import CODES, LANGUAGE_OF, merged, words
from .link import infer_currencies
from .places import check_country, resolve_currencies, territory_currencies
from .lexicon import (
    ATTACHED_ONLY_PREFIXES,
    ATTACHED_SCALES,
    CODE_WORDS,
    DOLLAR_DEFAULT,
    LOWERCASE_CODES,
    MINOR_UNITS,
    Lexicon,
    fold,
    lexicon,
)
from .numerals import (
    DIGITS,
    FRACTION,
    SCIENTIFIC,
    VULGAR,
    decimal_symbol,
    home_locales,
    is_ambiguous,
    locale_decimal,
    parse_digits,
    parse_fraction,
    parse_scientific,
)
from .numwords import CYRILLIC_INITIALS, CYRILLIC_NUMERAL, INITIALS, WORD_NUMERAL, parse_number_words, scale_word, trie
from .types import Figure, in_math_context, tidy
from .units import read_unit, resolve, word_ends

__all__ = ["LOCALES", "extract"]

#: The languages the scanner reads.
LOCALES = CODES


class _Lazy:
    """A module-level pattern compiled where it is first used, not at import.

    Compiling the forty patterns below cost ``import kzuk_figures`` about
    10 ms.  On first use the compiled pattern takes this object's place among
    the module's globals, so the scan's hot paths look up a plain
    ``re.Pattern`` just as before; a reference taken earlier (``from
    kzuk_figures.scan import _FORMAT_CHARS``) keeps working through here.
    """

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
            namespace = globals()
            for key, value in list(namespace.items()):
                if value is self:
                    namespace[key] = compiled
        return getattr(compiled, name)


def _lazy(source: str, flags: int = 0) -> re.Pattern[str]:
    return cast("re.Pattern[str]", _Lazy(source, flags))


_SP = "[ \u00a0\u202f\u2009]"  # the spaces that may sit inside a figure
# The leading look-ahead is a set of characters, which ``re`` turns into a fast
# skip over the text no numeral can start at (half the cost of the scan).
# Its last group names how the numeral is written: "sci", "frac", "digits" or
# "words".  Exponents and fractions are tried only where a look-ahead sees one
# coming ("4e", "2×", "1/", "2 1/", "½"), not at every number.
_SCI_OR_FRACTION = rf"\d{{1,3}}(?:\.\d+)?(?:[eE×x/^{VULGAR}]|[\x20\u00a0](?:[×x]|\d{{1,3}}/))|[{VULGAR}]"
def _numeral(initials: str, words: str) -> str:
    return (
        rf"(?=[\d.{VULGAR}{initials}])"
        rf"(?:(?=[\d.{VULGAR}])(?:(?={_SCI_OR_FRACTION})(?:(?P<sci>{SCIENTIFIC})|(?P<frac>{FRACTION}))|(?P<digits>{DIGITS}))"
        rf"|(?i:(?P<words>{words})))"
    )


NUMERAL = _lazy(_numeral(INITIALS, WORD_NUMERAL), re.VERBOSE)


@functools.cache
def _cyrillic_numeral() -> re.Pattern[str]:
    """NUMERAL with Russian and Kazakh number words too, built for the first text in Cyrillic."""
    return re.compile(_numeral(INITIALS + CYRILLIC_INITIALS, rf"{CYRILLIC_NUMERAL}|{WORD_NUMERAL}"), re.VERBOSE)

# What may stand right before a numeral, searched in a short window that ends
# where the numeral starts (so every alternative must reach that end).
_QUALIFIERS = merged("QUALIFIERS")
# Every qualifier, longest first, its spaces any run of whitespace.
_ANY_QUALIFIER = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in sorted(_QUALIFIERS, key=len, reverse=True))
_QUALIFIER_BEFORE = _lazy(rf"(?<![\w])(?P<q>{_ANY_QUALIFIER})\.?\s*\Z", re.IGNORECASE)
# every language's list joiners ("and", "и", "және") and range words ("to", "до")
_LIST_WORDS = frozenset(words("LIST_JOINERS"))
_RANGE_JOIN = _lazy(
    rf"{_SP}*(?:-{_SP}*(?=to\b|and\b))?(?:[-–—]|(?:{'|'.join(sorted({*_LIST_WORDS, *words('RANGE_TO')}, key=len, reverse=True))})(?![^\W\d_])){_SP}*"
)
# Russian "от 5 до 7 млрд" is a range; "с 5 до 7" (from ... to) a change
_FROM_RU = _lazy(r"(?i)(?<![^\W\d_])от\s+\Z")
_GAP = _lazy(rf"{_SP}{{0,2}}")
# Words of a currency name: "u.s. dollars", "bosnia-herzegovina convertible marks".
_WORD = _lazy(r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_])|\.(?=[^\W\d_]))*")
_WORD_SEP = _lazy(rf"\.?{_SP}{{1,2}}|-(?=[^\W\d_])")
_NAME_GAP = _lazy(rf"{_SP}[&–-]{_SP}|\.?{_SP}{{1,2}}|-(?=[^\W\d_])")  # "trinidad & tobago dollars", "папуа - жаңа гвинея кинасы"
_CODE_AFTER = _lazy(r"(?P<m>M)?(?P<code>[A-Z]{3})(?![A-Za-z])|(?P<low>[a-z]{3})(?![A-Za-z])")
# "and" joins cents to an amount only before a minor unit: "5 dollars and 10
# cents", never "5 dollars and 10 people"
_MINOR_WORDS = "|".join(re.escape(w) for w in sorted(MINOR_UNITS, key=len, reverse=True) if len(w) > 1 or w == "¢")
_CENTS = _lazy(
    rf"(?P<and>{_SP}+(?:and|и|және))?{_SP}+(?P<n>\d{{1,2}}(?!\d|[.,]\d|%|[^\W\d_])|{WORD_NUMERAL})"
    rf"(?:{_SP}*(?P<unit>(?:{_MINOR_WORDS})(?:(?<=коп)\.)?)(?![^\W\d_]))?",
    re.VERBOSE | re.IGNORECASE,
)
# "pc" and "pct" are the British and the wire services' percent, not parsecs;
# a basis point is a hundredth of a percentage point
_PERCENT = _lazy(
    rf"{_SP}?(?:(?P<sign>%)|(?P<pp>percentage{_SP}+points?|pp\b|процентн\w*{_SP}+пункт\w*|п\.{_SP}?п\."
    rf"|пайыздық{_SP}+(?:тармақ|пункт)\w*)"
    rf"|(?P<bp>bps?|basis{_SP}+points?|базисн\w*{_SP}+пункт\w*|б\.{_SP}?п\.|базистік{_SP}+(?:тармақ|пункт)\w*)(?![^\W\d_])"
    rf"|(?P<word>per{_SP}?cent|percent|(?-i:pct|pc)|процент\w*|проц\.|пайыз\w*)(?![^\W\d_]))",
    re.IGNORECASE,
)
# "pounds of coal": a weight, unless what follows is money.
_POUNDS_OF_WEIGHT = _lazy(
    r"\s+of\s+(?!(?:public|taxpayers?'?|investment|funding|revenue|profit|debt|sales|"
    r"savings|capital|aid|spending|losses|damages|cash|government|state|private)\b)",
    re.IGNORECASE,
)
# a verb of weighing, and a hedge, before the number: "weighs about 12 pounds", "весит почти 5 фунтов"
_WEIGHED = _lazy(
    r"(?i)(?<![^\W\d_])(?:weigh(?:s|ed|ing)?(?:\s+in\s+at)?|вес(?:ит|ил[аио]?|ят|ом|ящ[^\W\d_]*|ивш[^\W\d_]*))"
    r"(?:\s+(?:about|around|nearly|almost|over|under|just|some|roughly|около|почти|более|менее|примерно|свыше))?\s+\Z"
)
_LOOKBACK = 24
_MAX_NUMERAL = 32


@dataclass(slots=True)
class _Side:
    """One numeral with what is attached to it, before it becomes a Figure."""

    start: int
    end: int
    num_start: int
    numeral: str
    number: Decimal
    quantum: Decimal  # half the last written digit's place, before scaling
    scale: Decimal = Decimal(1)
    currency: str | None = None
    currency_text: str | None = None
    candidates: tuple[str, ...] = ()
    inferred: bool = False
    prefixed: bool = False
    minor: Decimal | None = None  # the fraction of a major unit ("cents" -> 0.01)
    negative: bool = False
    is_dollar_sign: bool = False
    locale: str = "en"
    kind: str | None = None  # "money", "percent", "quantity", "number"; None: no claim
    scale_end: int | None = None  # where a one-letter scale ("5m") ends, to take it back
    dropped: tuple[Decimal, int] | None = None  # a scale taken back, and where it ended
    unit: str | None = None  # a pint unit expression, "percent" or "percentage_point"
    measured: bool = False  # "5 ± 0.2": quantum is the stated uncertainty
    scale_word: str = ""  # the scale word as written ("bn", "mil"), if any
    counted: str | None = None  # the noun a count counts ("projects")

    @property
    def value(self) -> Decimal:
        v = self.number * self.scale * (self.minor or 1)
        return -v if self.negative else v


@in_math_context
def extract(
    text: str, *, default_dollar: str = DOLLAR_DEFAULT, locale: str | None = None, country: str | None = None
) -> list[Figure]:
    """Every figure in ``text``, in text order: money, percentages, quantities
    with units, and counts with a scale word ("1.2 million people").

    ``default_dollar`` is the currency a bare "$" means when the document does
    not say (by writing "C$", "Australian dollars"...); such figures have
    ``currency_inferred=True`` and list the other candidates.

    ``locale`` ("en", "ru" or "kk") says which language the text is in; by
    default each figure's language is read from its surroundings (Cyrillic
    means Russian, or Kazakh where Kazakh letters are used).  The language
    decides how "22,500" reads: 22 500 in English, 22.5 in Russian.

    ``country`` (an ISO 3166 code: "AZ") says where the text comes from, for a
    pipeline that knows its source: an ambiguous currency ("manat", "som",
    "Rs", "$") is read as that country's where it can be.  Without it, the
    places the text names decide ("manat" in a story from Baku is AZN), and
    failing those a documented default; such figures say
    ``currency_inferred=True`` and keep their ``candidates``.

    >>> [(f.currency, str(f.value), f.qualifier) for f in extract("over $22 billion")]
    [('USD', '22000000000', 'over')]

    Any ``str`` is valid input; anything else raises a ``TypeError``.
    """
    if not isinstance(text, str):
        raise ArgumentTypeError(f"extract() needs a str, not {type(text).__name__}")
    if not isinstance(default_dollar, str) or default_dollar.upper() not in lexicon().codes:
        raise UnknownCurrencyError(default_dollar)
    if locale is not None and locale not in LOCALES:
        raise InvalidArgumentError(f"locale {locale!r} is not one of {', '.join(LOCALES)}")
    dollar = default_dollar.upper()
    country = check_country(country)
    # Most texts hold no Cyrillic, no Kazakh Latin letter and no format
    # character: one pass says so (the three searches apart cost 30 ms per MB,
    # the astral format characters most), and where one of them occurs, the
    # searches start there.
    unusual = _UNUSUAL.search(text)
    if unusual is None:
        return _figures(text, locale or "en", dollar, country)
    at = unusual.start()
    if locale is None and _CYRILLIC.search(text, at) is None and _KAZAKH_LATIN.search(text, at) is None:
        locale = "en"  # no sentence to tell apart: skip the per-numeral look
    if _FORMAT_CHARS_BMP.search(text, at) is None and (
        _ASTRAL.search(text, at) is None or _FORMAT_CHARS.search(text, at) is None
    ):
        return _figures(text, locale, dollar, country)
    # Text copied from PDFs and web pages carries invisible format characters
    # (ZWSP, soft hyphens, direction marks) and NULs inside figures: read without
    # them, then give each figure its span in the text as given.
    # Only where they touch a digit or a space: elsewhere one may be all that
    # parts two words ("a<ZWSP>$5" is no A$).
    dropped = {i for m in _FORMAT_IN_FIGURE.finditer(text) for i in range(m.start(), m.end())}
    if not dropped:
        return _figures(text, locale, dollar, country)
    kept = [i for i in range(len(text)) if i not in dropped]
    clean = "".join(text[i] for i in kept)
    return [
        replace(f, start=(start := kept[f.start]), end=(end := kept[f.end - 1] + 1), text=text[start:end])
        if f.end > f.start
        else f
        for f in _figures(clean, locale, dollar, country)
    ]


# Unicode's format characters (category Cf, the soft hyphen among them) and NUL;
# those outside the Basic Multilingual Plane apart, as a class that holds any
# of them is searched a third as fast
_FORMAT_BMP = (
    "\x00\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
)
_FORMAT_CHAR_SET = (
    f"[{_FORMAT_BMP}\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)
_FORMAT_CHARS = _lazy(_FORMAT_CHAR_SET)
_FORMAT_CHARS_BMP = _lazy(f"[{_FORMAT_BMP}]")
# written as the range it is: "[^\x00-\uffff]" searches as fast and compiles forty times slower (6 ms)
_ASTRAL_CHARS = "\U00010000-\U0010ffff"
_ASTRAL = _lazy(f"[{_ASTRAL_CHARS}]")

_FORMAT_IN_FIGURE = _lazy(
    rf"(?<=[\d\s]){_FORMAT_CHAR_SET}+|{_FORMAT_CHAR_SET}+(?=[\d\s])"
)


def _figures(text: str, locale: str | None, dollar: str, country: str | None) -> list[Figure]:
    figures = _resolve_dollars(_compounds(text, list(_scan(text, lexicon(), locale, dollar))), dollar)
    return infer_currencies(text, resolve_currencies(text, figures, country))


def _scan(text: str, lex: Lexicon, locale: str | None, dollar: str) -> Iterator[Figure]:
    """The figures, a bare "$" (or "cents") read as ``dollar``: _resolve_dollars
    re-points them only where the document names another dollar."""
    resume = 0  # where the last figure ended: nothing before it can be read again
    numeral = NUMERAL if locale == "en" else _cyrillic_numeral()
    for m in numeral.finditer(text):
        if m.start() < resume:
            continue
        side = _read_side(text, m, lex, resume, locale)
        if side is None:
            continue
        fig = _range(text, side, lex, locale, dollar) or _single(text, side, dollar)
        if fig is not None:
            resume = fig.end
            yield fig


def _read_side(
    text: str, m: re.Match[str], lex: Lexicon, floor: int, locale: str | None
) -> _Side | None:
    """The numeral at ``m`` and whatever currency and scale it carries."""
    s, e = m.span()
    written = m.lastgroup
    if written != "words":
        before = text[s - 1] if s else ""
        # the tail of a longer token: "1,2345", "A380", "v2.0", "3.5.1", "1e-5", "10−3", "1/4/2020"
        if before.isdigit() or (before in ".,/" and s > 1 and text[s - 2].isdigit()):
            return None
        if before in "-−+" and _EXPONENT.search(text, max(0, s - 4), s - 1):
            return None
        if before == "^" or _UNREAD_EXPONENT.match(text, e):
            return None  # a power the scanner could not read whole: no figure, not its pieces
        if before.isalpha() and not (
            _glued_code(text, s, lex)
            or _symbol_before(text, max(floor, s - lex.max_symbol_len), s, lex)
            or _scaled_symbol(text, s, e, lex)
        ):
            return None
        spread = _PLUS_MINUS.match(text, e)
        half = _HALF_AFTER.match(text, e) if written == "digits" and m.group().isdigit() else None
        if spread is None and half is None and _bare(text, s, e, lex):
            return None
        numeral = m.group()
        if e - s > _MAX_NUMERAL:
            return None  # a digit string no amount is written as; Decimal's 28 places stay exact
        lang = locale or _language(text, s, e)
        parsed = _PARSERS[written](numeral)
        if half is not None and parsed is not None:
            # "3 and a half billion", "3 с половиной млрд", "3 жарым млрд": a half more, to a tenth
            parsed, e, numeral = (parsed[0] + Decimal("0.5"), Decimal("0.05")), half.end(), text[s : half.end()]
        elif lang == "ru" and (ending := _RU_NUMERAL_ENDING.match(text, e)) is not None:
            e = ending.end()  # "около 2-х млрд", "5-ти тысяч": the case ending is the numeral's
    else:
        lang = locale or _language(text, s, e)
        a = _ARTICLE.search(text, max(floor, s - 4), s)
        if a is not None and text[s:e].split(None, 1)[0].lower() in _TAKES_ARTICLE:
            s = a.start()  # "a million dollars", "a dozen": the article is the number's ("a five-pound note": not)
        numeral = text[s:e]
        parsed = parse_number_words(numeral, lang)
        spread = None
    if parsed is None:
        return None
    number, quantum = parsed
    side = _Side(start=s, end=e, num_start=s, numeral=numeral, number=number, quantum=quantum, locale=lang)
    # "-15€", "$-99.99": a minus sign against the numeral (not a range's dash: "5-7")
    if s > floor and text[s - 1] in "-−" and (s == 1 or not text[s - 2].isalnum()):
        side.negative = True
        side.start = s - 1
    if written != "words" and spread is not None and not _measured(text, side, spread) and _bare(text, s, e, lex):
        return None
    if text[side.end : side.end + 1] == "%":
        # "15%", the commonest figure in news, carries no currency or scale: a
        # "USD 5%" or "$5%" is an interest rate, still a percentage
        if written == "digits" and not side.measured:
            _reread(side, lang)
        side.kind, side.unit, side.end = "percent", "percent", side.end + 1
        if not side.negative and s > floor and text[s - 1] == "–" and (s == 1 or not text[s - 2].isalnum()):
            # "–28,8%": typeset text writes the minus of a change as an en dash
            side.negative, side.start = True, s - 1
        _minus_word(text, side, floor)
        return side
    _prefix(text, side, lex, floor)
    _minus_word(text, side, floor)
    _scale(text, side, lex)
    if (side.currency_text is None or side.prefixed) and not side.measured:
        _suffix(text, side, lex)
    if side.currency_text is not None and not side.prefixed and _is_time(text, side):
        return None
    if side.scale_word.lower() == "mil" and side.currency and _home_language(side.currency) in ("pt", "es"):
        side.scale /= 1000  # "R$ 10 mil" is ten thousand reais; "$5 mil" five million dollars
    if written == "digits" and not side.measured:
        _reread(side, lang)
    if side.currency_text is not None and side.scale == 1 and side.minor is None:
        _cents(text, side, lex)
    _classify(text, side, m)
    return side


def _minus_word(text: str, side: _Side, floor: int) -> None:
    """ "minus $2bn", "минус 1,5 млрд долларов": a minus said in words makes the figure negative."""
    if side.negative:
        return
    m = _MINUS_WORD.search(text, max(floor, side.start - 10), side.start)
    if m is not None and not text[max(0, m.start() - 3) : m.start()].rstrip()[-1:].isdigit():
        side.negative, side.start = True, m.start()  # not "5 minus 2": that is a subtraction


# How each way of writing digits is read (NUMERAL's last group names it).
_PARSERS: dict[str | None, Callable[[str], tuple[Decimal, Decimal] | None]] = {
    "digits": parse_digits,
    "frac": parse_fraction,
    "sci": parse_scientific,
}
_PLUS_MINUS = _lazy(rf"{_SP}?(?:±|\+/-|\+-|\+/−){_SP}?(?=[\d.])")
_KK, _RU = LANGUAGE_OF["kk"], LANGUAGE_OF["ru"]
_RU_NUMERAL_ENDING = _lazy(rf"-(?:{'|'.join(sorted(_RU.NUMERAL_ENDINGS, key=len, reverse=True))})(?![^\W\d_])")
_MINUS_WORD = _lazy(rf"(?<![^\W\d_])(?:{'|'.join(words('MINUS_WORDS'))}){_SP}+\Z", re.IGNORECASE)
_HALF_AFTER = _lazy(
    rf"{_SP}+(?:{'|'.join(w.replace(' ', f'{_SP}+') for w in words('HALF_AFTER_DIGITS'))})(?![^\W\d_])", re.IGNORECASE
)


def _measured(text: str, side: _Side, spread: re.Match[str]) -> bool:
    """ "2,000.45 ± 0.01 pounds", "9.83e-3 +/- 1e-5 km/s2": a measurement and its
    uncertainty, which is the figure's precision.  A measurement is never money."""
    m = NUMERAL.match(text, spread.end())
    if m is None or m.lastgroup == "words":
        return False
    parsed = _PARSERS[m.lastgroup](m.group())
    if parsed is None:
        return False
    side.quantum, side.end, side.measured = parsed[0], m.end(), True
    return True


def _home_language(currency: str) -> str:
    homes = home_locales(currency)
    return homes[0].split("_")[0] if homes else ""


def _reread(side: _Side, lang: str) -> None:
    """Settle "1,500" and "1.500" once the language, scale and currency are known."""
    numeral = side.numeral
    if numeral.isdigit():
        return
    if is_ambiguous(numeral, ","):
        # a scaled amount has no thousands: "22,500 млрд" is 22.5 billion in Russian
        decimal = locale_decimal(lang) if side.scale != 1 else "."
    elif is_ambiguous(numeral, "."):
        # "Rp 31.500" and Russian "31.500" are thirty-one thousand; "$31.500" is not
        home = decimal_symbol(side.currency) if side.currency and side.scale == 1 else "."
        decimal = "," if locale_decimal(lang) == "," or home == "," else "."
    else:
        return
    reread = parse_digits(numeral, decimal)
    if reread is not None:
        side.number, side.quantum = reread


def _classify(text: str, side: _Side, m: re.Match[str]) -> None:
    """Money, a percentage, a quantity, a scaled count, or nothing to claim."""
    if side.currency_text is not None:
        side.kind = "money"
        return
    if (
        side.scale_end is not None
        and text[side.scale_end - 1 : side.scale_end] in ATTACHED_SCALES
        and not _counts_after(text, side.end)
    ):
        # "5m", "1500b", "32K" are millions and billions only as money, or before a
        # unit or a count ("3m barrels", "3m people"); else metres, bits.  A range's
        # far end may still get it back: "$5-7m".
        side.dropped = (side.scale, side.scale_end)
        side.scale, side.end = Decimal(1), side.scale_end - 1
    words = m.group("words") and side.numeral
    if words and words.lower() in _BARE_BIG_WORDS:
        return  # "several hundred years", "the million-dollar question"
    if side.scale == 1 and side.minor is None:
        pct = _PERCENT.match(text, side.end)
        if pct is not None:
            side.kind, side.end = "percent", pct.end()
            side.unit = "percentage_point" if pct.group("pp") or pct.group("bp") else "percent"
            if pct.group("bp"):
                side.scale = _BASIS_POINT  # "25bp" is 0.25 percentage points
            return
    if _ORDINAL.match(text, side.num_start + len(side.numeral)):
        return  # "the 11th", "21st century"
    unit = read_unit(text, side.end)
    if unit is None and 0 < len(side.scale_word) <= 4 and text.startswith(".", side.end):
        unit = read_unit(text, side.end + 1)  # "1,9 mlrd. tekshe metr": past an abbreviation's dot
    if unit is not None and unit[0] == "year" and side.scale == 1 and _year_like(side):
        return  # "до 2030 года", "2024 жылы": a date, not two thousand years
    if unit is not None:
        side.kind, side.unit, side.end = "quantity", unit[0], unit[1]
        return
    # a count is a claim when it is scaled ("1.2 million people", "a dozen", not
    # "42"), or when a counted noun follows it ("340 projects", "3 180 человек")
    if side.scale != 1 or (words is not None and _BIG_WORD.search(words)):
        side.kind = "number"
    if side.minor is None and not side.negative and (side.scale != 1 or side.number == side.number.to_integral_value()):
        _count(text, side)


# ---------------------------------------------------------------- counts of things
# Each language's words and rule for what a number counts are in its module
# (kzuk_figures/languages); this reads them.

_COUNT_WORD = _lazy(r"[\x20\u00a0\u202f\u2009]{1,2}(?P<w>[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)?)")
_LABEL_BEFORE = _lazy(r"(?P<w>[^\W\d_]+|№|#)\.?[\x20\u00a0\u202f\u2009]{0,2}\Z")
_CYRILLIC_OR_KAZAKH_LATIN = _lazy(r"[а-яёәғқңөұүһі]|[áóúýıǵń]", re.IGNORECASE)


def _count(text: str, side: _Side) -> None:
    """Make ``side`` a count when a counted noun follows it, by its language's rule."""
    lang = side.locale if side.locale in ("ru", "kk") else "en"
    before = _LABEL_BEFORE.search(text, max(0, side.start - 12), side.start)
    if before is not None and before.group("w").lower() in LANGUAGE_OF[lang].COUNT_LABELS:
        return  # "Article 5", "статья 5", "№ 3": a label
    noun = _COUNTED_BY[lang](text, side.end, _year_like(side) and side.scale == 1, side.value)
    if noun is not None:
        side.kind, side.counted, side.end = "number", noun.group("w"), noun.end()


@functools.lru_cache(maxsize=65536)
def _may_count(word: str) -> bool:
    """Can ``word``, right after a number, begin what the number counts?"""
    if _CYRILLIC_OR_KAZAKH_LATIN.search(word):
        return True  # Russian and Kazakh nouns are told by their place, past adjectives
    en = LANGUAGE_OF["en"]
    return word in en.COUNTED_NOUNS or (
        word.islower()
        and (word.endswith(en.PLURAL_NOUN_ENDINGS) or word in en.COUNT_ADJECTIVES or word.endswith(en.COUNT_ADJECTIVE_ENDINGS))
    )


def _english_count(text: str, end: int, year_like: bool, number: Decimal) -> re.Match[str] | None:
    lang = LANGUAGE_OF["en"]
    w = _COUNT_WORD.match(text, end)
    if w is None:
        return None
    first = w.group("w")
    if first in lang.COUNT_ADJECTIVES or (first.islower() and first.endswith(lang.COUNT_ADJECTIVE_ENDINGS)):
        w = _COUNT_WORD.match(text, w.end()) or w  # "340 new projects", "12 regional hospitals"
    word = w.group("w")
    if word in lang.COUNTED_NOUNS:
        return w
    plural = word.islower() and word.endswith(lang.PLURAL_NOUN_ENDINGS)
    return w if plural and not year_like and word not in lang.NOT_COUNTED else None


def _russian_count(text: str, end: int, year_like: bool, number: Decimal) -> re.Match[str] | None:
    lang = LANGUAGE_OF["ru"]
    w = _COUNT_WORD.match(text, end)
    for _ in range(2):  # "60 крупных совместных проектов"
        if w is None or not w.group("w").endswith(lang.ADJECTIVE_ENDINGS):
            break
        w = _COUNT_WORD.match(text, w.end()) or w
    if w is None:
        return None
    word = w.group("w")
    low = word.lower()
    if low in lang.NOT_COUNTED or not _CYRILLIC_OR_KAZAKH_LATIN.search(word):
        return None
    if low.startswith(lang.COUNTED_STEMS):
        return w
    if not word.islower() or year_like:
        return None
    if low.endswith(lang.GENITIVE_PLURAL):
        return w
    # after 1, 21, 101 (not 11) a noun stands in the nominative singular: "25 921 дачный
    # участок"; one that ends in a consonant is masculine, and no case of a month; a
    # past verb ("21 выжил") and a preposition ("одним из") are not nouns
    one = number == number.to_integral_value() and number % 10 == 1 and number % 100 != 11
    noun = len(low) > 2 and low[-1] in lang.CONSONANTS and not low.endswith(lang.PAST_VERB_ENDINGS)
    return w if one and noun and low not in lang.NOT_COUNTED_SINGULAR else None


def _kazakh_count(text: str, end: int, year_like: bool, number: Decimal) -> re.Match[str] | None:
    lang = LANGUAGE_OF["kk"]
    w = _COUNT_WORD.match(text, end)
    for _ in range(3):  # "12 мыңға жуық жұмыс орны", "3 жаңа зауыт"
        if w is None or not _kazakh_skips(w.group("w").lower()):
            break
        w = _COUNT_WORD.match(text, w.end())
    if w is None or year_like:
        return None
    word = w.group("w")
    if not word.islower() or word in lang.NOT_COUNTED:
        return None
    if word.endswith(lang.VERB_ENDINGS) and not _kazakh_accusative(text, w):
        return None
    return w if _CYRILLIC_OR_KAZAKH_LATIN.search(word) else None


def _kazakh_accusative(text: str, w: re.Match[str]) -> bool:
    """A noun in the accusative, which ends as a past verb does: the clause goes
    on after it ("12 адамды аман алып шықты"), where a verb after a number
    ends it or is followed by a particle ("120 болды деді", "40 жетті де")."""
    lang = LANGUAGE_OF["kk"]
    word = w.group("w")
    if not word.endswith(lang.ACCUSATIVE_ENDINGS) or word in lang.NUMBER_VERBS:
        return False
    if word[-2] not in "нn" and word[-3:-2] in lang.VOWELS:
        return False  # after a vowel the accusative is "-ны": "қымбаттады" is a verb
    nxt = _COUNT_WORD.match(text, w.end())
    return nxt is not None and nxt.group("w").islower() and nxt.group("w") not in lang.NOT_AFTER_ACCUSATIVE


def _kazakh_skips(word: str) -> bool:
    lang = LANGUAGE_OF["kk"]
    return word in lang.COUNT_ADJECTIVES or word in lang.HEDGES or word in lang.QUALIFIERS_AFTER


_COUNTED_BY: dict[str, Callable[[str, int, bool, Decimal], re.Match[str] | None]] = {
    "en": _english_count, "ru": _russian_count, "kk": _kazakh_count,
}  # fmt: skip


#: Plural nouns that news counts in millions ("3m people", "2.5m jobs"): after
#: them "m" is a million, where "a 3m wall" and "the 100m hurdles" are metres.
COUNT_NOUNS = frozenset(
    "people persons users customers clients subscribers households homes houses jobs workers "
    "employees staff residents citizens inhabitants visitors tourists passengers patients "
    "children pupils students voters votes members viewers listeners readers downloads copies "
    "vehicles cars doses vaccinations shares followers accounts cases deaths migrants refugees "
    "tickets trees animals sheep cattle".split()
)
_NEXT_NOUN = _lazy(rf"{_SP}(?P<w>[a-z]+)\b")


def _counts_after(text: str, end: int) -> bool:
    """True when a unit or a counted noun follows a one-letter scale: "3m barrels"."""
    noun = _NEXT_NOUN.match(text, end)
    return (noun is not None and noun.group("w") in COUNT_NOUNS) or read_unit(text, end) is not None


_BASIS_POINT = Decimal("0.01")
_EXPONENT = _lazy(r"\d[eE]\Z|[x×]10\Z")
_UNREAD_EXPONENT = _lazy(r"(?:[eE][-+−]?|\^)\d")
_ARTICLE = _lazy(r"(?<![^\W\d_])(?i:an?)\s+\Z")
_ORDINAL = _lazy(r"(?:st|nd|rd|th)(?![^\W\d_])", re.IGNORECASE)
_TAKES_ARTICLE = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen", "half", "quarter"})
_BIG_WORD = _lazy(r"(?i)hundred|thousand|million|billion|trillion|dozen")
_BARE_BIG_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"})


_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_BEFORE_YEAR = _lazy(
    r"(?i)(?<![\w])(?:in|since|by|until|till|before|after|from|during|throughout|of|for|"
    r"fy|fiscal|year|constant|real)\s+\Z"
)
_BEFORE_DAY = _lazy(rf"(?i)(?<![\w])(?:{_MONTH_NAMES})\.?\s+\Z")


def _is_time(text: str, side: _Side) -> bool:
    """ "Since 2022 tenge deposits", "in 2022 dollars", "April 30 KZT": a year or a
    day that a currency word happens to follow, not an amount."""
    if side.scale != 1 or side.minor is not None or not side.numeral.isdigit():
        return False
    if _year_like(side):
        return _after_year_word(text, side)
    window = text[max(0, side.num_start - 16) : side.num_start]
    return len(side.numeral) <= 2 and _BEFORE_DAY.search(window) is not None


_CYRILLIC_LETTERS = "\u0400-\u04ff"
_CYRILLIC = _lazy(f"[{_CYRILLIC_LETTERS}]")
# a full stop before a lower-case word is an abbreviation's ("57 mlrd. teńgeni", "млн. долл.")
_SENTENCE_END = _lazy(r"[!?;\n](?:\s|\Z)|\.(?:\s+(?=[^a-zа-яёәғқңөұүһіáóúýıǵń\s])|\s*\Z)")
_KAZAKH = _lazy(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
# The Latin alphabet of Kazakh (2018-2021 forms): "teńge", "myń", "mıllıard"
_KAZAKH_LATIN_LETTERS = "ńǵıŃǴ"
_KAZAKH_LATIN = _lazy(f"[{_KAZAKH_LATIN_LETTERS}]")
# What _CYRILLIC, _KAZAKH_LATIN and _FORMAT_CHARS look for, in one class
_UNUSUAL = _lazy(f"[{_CYRILLIC_LETTERS}{_KAZAKH_LATIN_LETTERS}{_FORMAT_BMP}{_ASTRAL_CHARS}]")


def _language(text: str, s: int, e: int) -> str:
    """The language of a numeral's sentence: Kazakh letters say "kk", other Cyrillic "ru".
    A numeral in words is part of its sentence: "екі мың адам" is Kazakh by "екі"."""
    before = _SENTENCE_END.split(text[max(0, s - 48) : s])[-1]
    after = _SENTENCE_END.split(text[e : e + 48], maxsplit=1)[0]
    window = before + text[s:e] + after
    if _CYRILLIC.search(window) is None:
        return "kk" if _KAZAKH_LATIN.search(window) else "en"
    return "kk" if _KAZAKH.search(window) else "ru"


_SPACES = " \u00a0\u202f\u2009"
# What, right after a numeral, makes it a rank, a decade, a time or a date.
_NOT_A_FIGURE = _lazy(r"(?:st|nd|rd|th|s)(?![^\W\d_])|:\d\d(?!\d)|-\d\d-\d\d(?!\d)", re.IGNORECASE)
_CLOSERS = ",.;:)]!?\"'”’»"
_NEXT_WORD = _lazy(r"[\x20\u00a0\u202f\u2009]{1,2}(?P<w>[^\W\d_]+|[^\w\s])(?P<rest>\S{0,6})")
_PREV_WORD = _lazy(r"(?<![^\W\d_])(?P<w>[^\W\d_]{1,5}\.?)[\x20\u00a0\u202f\u2009]{0,2}\Z")


def _bare(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """True when nothing around a numeral can make it a claim: a year, a day or a
    count in prose, the common case, settled by two characters and two words so
    that most numerals cost a dictionary look-up and no more."""
    nxt = text[e : e + 1]
    if nxt and nxt not in _SPACES:
        if _NOT_A_FIGURE.match(text, e) or text[s - 1 : s] == ":" and s > 1 and text[s - 2].isdigit():
            return True  # "11th", "1990s", "10:30", "2016-11-08"
        if nxt not in _CLOSERS or text[e + 1 : e + 2].strip():
            return False  # "5m", "5%", "5-7", "100₾", "5.-", "5)€"...
    elif nxt:
        w = _NEXT_WORD.match(text, e)
        run = w.group("w") + w.group("rest") if w is not None else ""
        if w is not None and (
            _may_follow(w.group("w"), lex)
            or _may_count(w.group("w"))
            or _may_follow(run, lex)
            or _may_follow(run.rstrip(_CLOSERS), lex)
        ):
            return False
    i = _gap_start(text, 0, s)
    ch = text[i - 1 : i]
    if not ch or ch in _SPACES:
        return True
    if unicodedata.category(ch) == "Sc" or ch in "-−–—~≈":
        return False
    if ch.isalpha() or ch == ".":
        p = _PREV_WORD.search(text, max(0, i - 7), i)
        return p is None or not _may_precede(p.group("w"), lex)
    return True


def _gap_start(text: str, lo: int, s: int) -> int:
    """Where the spaces (two at most) that end at ``s`` begin, not before ``lo``."""
    i = s
    while i > lo and s - i < 2 and text[i - 1] in _SPACES:
        i -= 1
    return i


@functools.lru_cache(maxsize=65536)
def _may_follow(word: str, lex: Lexicon) -> bool:
    """Can ``word``, right after a number, begin a currency, scale, unit, percent or range?"""
    low = word.lower().rstrip(".")
    return (
        word.endswith("$")
        or low in _follow_words(lex)
        or word in lex.symbols
        or _code(word, lex) is not None
        or (len(word) == 4 and _code(word, lex) is not None)
        or resolve(word) is not None
        or resolve(word.rstrip(".¹²³")) is not None
        or low.startswith(("процент", "пайыз"))
        or any(w in _follow_words(lex) for w in _kazakh_stems(low))  # "500 долларды"
    )


@functools.lru_cache(maxsize=65536)
def _may_precede(word: str, lex: Lexicon) -> bool:
    """Can ``word``, right before a number, be its currency ("USD 5", "Rp 5", "KD 5")?"""
    return word in lex.symbols or word.rstrip(".") in lex.symbols or _code(word, lex, before=True) is not None


@functools.cache
def _name_heads(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The first word (as the scanner reads words) of every currency name and
    minor unit, folded; and of those, the ones that begin a longer name
    ("pounds" of "pounds sterling", "bosnia" of "bosnia-herzegovina ... marks")."""
    heads: set[str] = set(MINOR_UNITS)
    longer: set[str] = set()
    for name in lex.names:
        head = _WORD.match(name)
        if head is None:
            continue
        heads.add(head.group())
        if head.end() < len(name):
            longer.add(head.group())
    return frozenset(heads), frozenset(longer)


@functools.cache
def _follow_words(lex: Lexicon) -> frozenset[str]:
    """First words of every currency name, scale word and joining word, lower case."""
    words = set(_name_heads(lex)[0])
    words.update(w.lower().rstrip(".") for w in lex.scales)
    words.update(MINOR_UNITS)
    words.update({"to", "and", "or", "до", "per", "percent", "percentage", "pp", "pc", "pct", "bp", "bps", "basis",
                  "square", "sq", "cubic", "cu", "degrees", "degree", "us", "u.s"})
    return frozenset(words)


def _glued_code(text: str, s: int, lex: Lexicon) -> bool:
    """True for a code written against the number ("USD115", "MUSD30")."""
    word = re.search(r"[A-Za-z]+\Z", text[max(0, s - 4) : s])
    if word is None or _code(word.group(), lex) is None:
        return False
    start = s - len(word.group())
    return start == 0 or not text[start - 1].isalpha()


def _code(token: str, lex: Lexicon, *, before: bool = False) -> tuple[str, Decimal] | None:
    """An ISO code as written, with the multiplier of an "M" prefix ("MUSD")."""
    if token.isupper():
        if token in lex.codes and not (before and token in CODE_WORDS):
            return token, Decimal(1)
        if token == "RMB":
            return "CNY", Decimal(1)
        if len(token) == 4 and token[0] == "M" and token[1:] in lex.codes:
            return token[1:], Decimal(10**6)
        return None
    if token in LOWERCASE_CODES:
        return ("CNY" if token == "rmb" else token.upper()), Decimal(1)
    return None


# An ISO code ending where the numeral starts: "USD 6.7 million", "MUSD 30", "rmb 10"
# (symbols, "US$" among them, are _symbol_before's).
_CODE_BEFORE = _lazy(r"(?<![\w])(?P<code>M?[A-Z]{3}|[a-z]{3})[\x20\u00a0\u202f\u2009]{0,2}\Z")


def _prefix(text: str, side: _Side, lex: Lexicon, floor: int) -> None:
    s = side.start
    lo = max(floor, s - _LOOKBACK)
    m = _symbol_before(text, lo, s, lex)
    scaled = _scaled_symbol(text, s, side.end, lex) if m is None and s > floor else None
    if scaled is not None:  # "T58 billion"
        side.start, side.currency, side.candidates = s - 1, scaled, (scaled,)
        side.currency_text, side.prefixed = text[s - 1], True
    elif m is not None:
        sym_start, code, cands, written = m
        side.start, side.currency, side.candidates = sym_start, code, cands
        side.currency_text, side.prefixed = written, True
        side.is_dollar_sign = written == "$"
    else:
        pm = _CODE_BEFORE.search(text, max(lo, s - 6), s)  # a code and two spaces at most
        if pm is not None:
            code = pm.group("code")
            hit = _code(code, lex, before=True)
            if hit is None and code in CODE_WORDS and _scaled_in_prose(text, side.end, lex):
                hit = _code(code, lex)
            if hit is not None:
                side.currency, side.scale = hit
                side.start, side.currency_text = pm.start(), pm.group("code")
                side.prefixed = True
    if side.currency_text is None:
        return
    # "-$5m": a minus sign right before the currency makes the amount negative,
    # but not the dash of a range ("$5-$7m") or a hyphenated word ("pre-$")
    st = side.start
    if st > floor and text[st - 1] in "-−" and (st == 1 or not (text[st - 2].isalnum())):
        side.negative = True
        side.start = st - 1


def _scaled_in_prose(text: str, end: int, lex: Lexicon) -> bool:
    """A scale word in lower case follows: "GEL 10 million", "TRY 2.5bn" are
    money, where "TOP 10", "ALL 5 solutions" and a headline's "WON 3 MILLION" are not."""
    m = _scale_pattern(lex).match(text, end)
    return m is not None and not m.group("w").isupper()


_SCALED_SYMBOLS = merged("SCALED_SYMBOLS")


def _scaled_symbol(text: str, s: int, e: int, lex: Lexicon) -> str | None:
    """The currency of a letter glued to a number that a scale word follows:
    "T58 billion" (tenge), never "T5" or "T20 cricket"."""
    code = _SCALED_SYMBOLS.get(text[s - 1 : s]) if s > 0 else None
    if code is None or (s > 1 and (text[s - 2].isalnum() or text[s - 2] in "-_")):
        return None
    scale = _scale_pattern(lex).match(text, e)
    return code if scale is not None and scale.group("w") not in ATTACHED_SCALES else None


def _symbol_before(
    text: str, lo: int, s: int, lex: Lexicon
) -> tuple[int, str | None, tuple[str, ...], str] | None:
    """A currency symbol ending where the numeral starts, with any letters before a "$"."""
    end = _gap_start(text, lo, s)
    if end > lo and text[end - 1] == "$":
        # the news prefixes ("US$", "C$", "HK $") win over CLDR's other "C$" (Nicaragua's)
        letters = _DOLLAR_LETTERS.search(text, max(lo, end - 7), end - 1)
        if letters is not None:
            key = letters.group("l").lower().rstrip(".")
            attached = letters.group("sp") == ""
            code = lex.dollar_prefixes.get(key)
            if code and (attached or key not in ATTACHED_ONLY_PREFIXES):
                return letters.start(), code, (code,), text[letters.start() : end]
    if _symbols_ending(lex).search(text, max(lo, end - lex.max_symbol_len), end) is None:
        return None
    for length in range(min(lex.max_symbol_len, end - lo), 0, -1):
        sym = text[end - length : end]
        cands = lex.symbols.get(sym)
        if cands is None:
            continue
        start = end - length
        if sym[0].isalpha() and start > 0 and text[start - 1].isalpha():
            continue  # "CA$" inside "USCA$", "Rs" inside "Mrs" are not symbols
        return start, _default(sym, cands, lex), cands, sym
    return None


# Whether any symbol ends (starts) at a position, in one C call: most numerals
# have none, and the loops that pick the longest one then never run.
@functools.cache
def _symbols_ending(lex: Lexicon) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(map(re.escape, lex.symbols)) + r")\Z")


@functools.cache
def _symbols_starting(lex: Lexicon) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, lex.symbols)))


def _default(sym: str, cands: tuple[str, ...], lex: Lexicon) -> str | None:
    """The currency a symbol means by itself: None where its homes disagree ("kr", "Rs")."""
    return None if sym in lex.ambiguous_symbols or not cands else cands[0]


_DOLLAR_AFTER = _lazy(r"(?P<l>[A-Za-z]{1,3})\$(?!\d)")
_DOLLAR_LETTERS = _lazy(r"(?<![\w.])(?P<l>[A-Za-z]{1,4}|[Uu]\.[Ss]\.?)(?P<sp>\x20?)\Z")


def _scale(text: str, side: _Side, lex: Lexicon) -> None:
    m = _scale_pattern(lex).match(text, side.end)
    if m is None:
        return
    word = m.group("w")
    if m.group("gap") and word in ATTACHED_SCALES:
        return
    mult = lex.scales.get(word) or lex.scales.get(word.lower())
    if mult is None:
        return
    side.scale *= mult
    side.end = m.end()
    side.scale_word = word
    if word in ATTACHED_SCALES and len(word) == 1:
        side.scale_end = m.end()
        return
    # "₹1.5 lakh crore", "5 thousand million": a second word multiplies the first
    second = _scale_pattern(lex).match(text, side.end)
    if second is not None and second.group("gap") and second.group("w").lower() in _COMPOUND_SCALES:
        side.scale *= lex.scales.get(second.group("w")) or lex.scales[second.group("w").lower()]
        side.end = second.end()


_COMPOUND_SCALES = frozenset({"crore", "crores", "million", "billion"})


@functools.cache
def _scale_pattern(lex: Lexicon) -> re.Pattern[str]:
    """The lexicon's scale words in every language as one pattern (a trie: the
    longest word wins, and each letter is tried once)."""
    words = trie({w.lower() for w in lex.scales})
    # a Cyrillic scale word may carry a Kazakh case ending: "12 мыңға жуық"
    cases = "|".join(sorted(LANGUAGE_OF["kk"].CASE_ENDINGS, key=len, reverse=True))
    return re.compile(rf"(?P<gap>{_SP}?|-)(?P<w>{words})(?:(?<=[^\x00-\x7f])(?:{cases}))?(?![^\W_])", re.IGNORECASE)


def _suffix(text: str, side: _Side, lex: Lexicon) -> None:
    """Currency written after the numeral (and its scale): symbol, code, name or minor unit."""
    pos = side.end
    if side.scale_word and side.locale != "en" and text[pos : pos + 1] == "." and text[pos + 1 : pos + 2] in _SPACES:
        pos += 1  # "3,5 млрд. руб.", "5 млн. тг": the scale's abbreviation dot, then the symbol
    gap = _GAP.match(text, pos)
    after = gap.end() if gap else pos
    # after "$ 10" only a name can follow ("$ 10 dollars"): a symbol or code there
    # begins the next figure ("$ 20.00 $ 37.97", "rmb 10 usd 20"), except the
    # code that says which dollar: "$1,190.00 AUD"
    if side.is_dollar_sign and side.prefixed:
        cm = _CODE_AFTER.match(text, after)
        hit = None if cm is None or cm.group("m") else _code(cm.group("code") or cm.group("low"), lex)
        if cm is not None and hit is not None and hit[0] in lex.symbols["$"] and not _belongs_to_next(text, cm.end()):
            side.currency, side.candidates, side.currency_text = hit[0], (hit[0],), cm.group()
            side.is_dollar_sign, side.end = False, cm.end()
            return
    if side.prefixed or not (
        _symbol_after(text, side, after, lex) or _code_after(text, side, after, lex)
    ):
        _name_after(text, side, lex)


def _belongs_to_next(text: str, end: int) -> bool:
    """A symbol or code glued to the next number ("1 $10", "3 USD50") is that number's."""
    return end < len(text) and (text[end].isdigit() or text[end] == "." and text[end + 1 : end + 2].isdigit())


def _symbol_after(text: str, side: _Side, after: int, lex: Lexicon) -> bool:
    """ "10 €", "100₾", "50¢", "1 TT$"."""
    dm = _DOLLAR_AFTER.match(text, after)
    if dm is not None and dm.group("l").lower() in lex.dollar_prefixes:
        if side.currency_text is None:
            code = lex.dollar_prefixes[dm.group("l").lower()]
            side.currency, side.candidates, side.currency_text = code, (code,), dm.group()
        side.end = dm.end()
        return True
    if _symbols_starting(lex).match(text, after) is None:
        return False
    for length in range(min(lex.max_symbol_len, len(text) - after), 0, -1):
        sym = text[after : after + length]
        if sym in MINOR_UNITS and sym in lex.symbols and side.currency_text is None:
            _minor(side, sym, after + length)
            return True
        if sym not in lex.symbols or _belongs_to_next(text, after + length):
            continue
        if sym[-1].isalpha() and after + length < len(text) and text[after + length].isalpha():
            continue  # "5 Kčs", "10 TLC": a longer word
        if side.currency_text is None:
            cands = lex.symbols[sym]
            lettered = lex.dollar_prefixes.get(sym[:-1].lower()) if sym.endswith("$") else None
            if lettered is not None:
                cands = (lettered,)  # "1 C$" is Canadian, as "C$1" is
            side.currency, side.candidates, side.currency_text = _default(sym, cands, lex), cands, sym
            side.is_dollar_sign = sym == "$"
        side.end = after + length
        return True
    return False


def _code_after(text: str, side: _Side, after: int, lex: Lexicon) -> bool:
    """ "6.7 million USD", "75 USD million", "30 MUSD", "115USD"."""
    cm = _CODE_AFTER.match(text, after)
    if cm is None or _belongs_to_next(text, cm.end()):
        return False
    hit = _code("M" + cm.group("code"), lex) if cm.group("m") else None
    hit = hit or _code(cm.group("code") or cm.group("low"), lex)
    if hit is None:
        return False
    if side.currency_text is None:
        side.currency, mult = hit
        side.scale *= mult
        side.currency_text = cm.group()
    side.end = cm.end()
    if side.scale == 1:
        _scale(text, side, lex)  # "75 USD million"
    return True


def _name_after(text: str, side: _Side, lex: Lexicon) -> None:
    """ "3.5 billion tenge", "10 million pounds sterling", "50 cents", "one-yen"."""
    pos = side.end
    sep = _WORD_SEP.match(text, pos)
    if sep is None and not (pos < len(text) and text[pos].isalpha()):
        return
    first = sep.end() if sep else pos
    hyphenated = sep is not None and sep.group() == "-"
    head = _WORD.match(text, first)
    if head is None:
        return
    word = fold(head.group())
    if _read_name(text, side, lex, first, first, word, hyphenated):
        return
    if side.locale == "ru" and word.endswith(_RU.ADJECTIVE_ENDINGS):  # "кыргызских", "американских"
        country = next((c for stem, c in _RU.CURRENCY_ADJECTIVES.items() if word.startswith(stem)), None)
    else:  # Kazakh writes the country's word as it is: "қырғыз сомы"
        country = _KK.CURRENCY_ADJECTIVES.get(word) if side.locale == "kk" else None
    if country is not None:
        # "100 млн кыргызских сомов", "казахстанских тенге", "американских долларов": a
        # country's adjective CLDR's names lack, before a currency's noun; the noun is the
        # name, and the country's currency among its candidates is the one meant
        gap = _NAME_GAP.match(text, head.end())
        noun = _WORD.match(text, gap.end()) if gap is not None else None
        if noun is not None:
            _read_name(text, side, lex, noun.start(), first, fold(noun.group()), hyphenated, country)


def _read_name(
    text: str, side: _Side, lex: Lexicon, first: int, written: int, word: str, hyphenated: bool,
    country: str | None = None,
) -> bool:
    """The currency name that starts at ``first`` with ``word`` (written from
    ``written``, after the adjective of ``country`` if any), longest first; True
    once the words after the number are settled."""
    heads, longer = _name_heads(lex)
    if word not in heads:
        # a Kazakh case ending: "долларды", "теңгеге".  A sentence of Kazakh may have none of
        # its own letters and read as Russian ("экспорт 200 млн доллардан асты"): the ending
        # says Kazakh, but not one a Russian noun may have ("в 3 сумке" is in a bag)
        cases = _KAZAKH_CASES if side.locale == "kk" else _KAZAKH_NOT_RUSSIAN
        if side.locale not in ("kk", "ru") or not any(w in heads for w in _kazakh_stems(word, cases)):
            return False  # no currency name starts with this word
        side.locale = "kk"
    kazakh = side.locale == "kk"
    ends = word_ends(text, first, lex.max_name_words if word in longer else 1, _WORD, _NAME_GAP)
    for end in reversed(ends):
        key = fold(text[first:end])
        # "50 cents", "20p", but not "1 P": one capital letter is no minor unit
        if key in MINOR_UNITS and end == ends[0] and (len(key) > 1 or text[first:end] == key):
            if side.currency_text is None:
                _minor(side, key, end)
            return True
        cands = lex.names.get(key)
        if cands is None and kazakh:  # "долларды", "теңгеге", "еуроның"
            key = next((k for k in _kazakh_stems(key) if k in lex.names), key)
            cands = lex.names.get(key)
        if cands is None:
            continue
        if key.split()[-1].startswith(("pound", "фунт")) and _is_weight(text, side, key, end, hyphenated):
            return True
        own = [c for c in territory_currencies(country) if c in cands] if country else []
        if side.currency_text is None:
            if own:
                side.currency, side.candidates = own[0], (own[0],)
            elif len(cands) == 1:
                side.currency, side.candidates = cands[0], cands
            elif key in lex.name_defaults:
                side.currency, side.candidates = lex.name_defaults[key], cands
                side.inferred = True
            else:
                side.currency, side.candidates = None, cands
            side.currency_text = text[written:end]
        elif side.currency not in cands:
            return True  # "$10 euros" is two different claims, not one
        side.end = end
        return True
    return False


_KAZAKH_CASES = tuple(sorted((*_KK.CASE_ENDINGS, *_KK.LATIN_CASE_ENDINGS), key=len, reverse=True))
_KAZAKH_POSSESSED = tuple(sorted(_KK.POSSESSED_CASE_ENDINGS, key=len, reverse=True))
_KAZAKH_NOT_RUSSIAN = tuple(e for e in _KAZAKH_CASES if e not in _KK.RUSSIAN_LOOKING_CASES)


def _kazakh_stems(word: str, cases: tuple[str, ...] = _KAZAKH_CASES) -> tuple[str, ...]:
    """What ``word`` may be without a case ending, then without a plural ending
    too, each leaving three letters or more: "долларларды" -> "долларлар",
    "доллар" (and "доллар" itself stays a candidate: it ends like a plural).
    A possessive name takes its case after the possessive: "АҚШ долларын" ->
    "АҚШ доллары"."""
    stems = []
    for ending in _KAZAKH_POSSESSED:
        if word.endswith(ending) and word[: -len(ending)].endswith(("ы", "і")):
            stems.append(word[: -len(ending)])
            break
    for endings in (cases, _KK.PLURAL_ENDINGS):
        for ending in endings:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word = word[: -len(ending)]
                stems.append(word)
                break
    return tuple(stems)


def _is_weight(text: str, side: _Side, key: str, end: int, hyphenated: bool) -> bool:
    """ "361 million pounds of coal", "a twenty-pound bag", "20 pound bag", "it
    weighs 12 pounds", "весит 5 фунтов": weight, not sterling."""
    if _WEIGHED.search(text, max(0, side.num_start - 40), side.num_start):
        return True
    if key not in ("pound", "pounds"):
        return False
    if _POUNDS_OF_WEIGHT.match(text, end):
        return True
    if hyphenated:  # "a twenty-pound bag"; scaled it is money: "an 80 million-pound deal"
        return side.scale == 1
    # "twenty pound bag": a singular unit after a plural number qualifies a noun;
    # scaled, it is money: "a five billion pound deal"
    return (
        key == "pound" and side.number != 1 and side.value < 10**6
        and bool(re.match(r" [a-z]", text[end : end + 2]))
    )  # fmt: skip


def _minor(side: _Side, unit: str, end: int) -> None:
    fraction, code = MINOR_UNITS[unit]
    side.minor = fraction
    side.currency = code
    side.inferred = code is None
    side.currency_text = unit
    side.end = end


def _cents(text: str, side: _Side, lex: Lexicon) -> None:
    """ "15 dollars 50", "3 dollars 50 cents", "thirteen dollars and forty-five cents"."""
    if side.number != side.number.to_integral_value():
        return
    m = _CENTS.match(text, side.end)
    if m is None:
        return
    if not m.group("unit") and (m.group("and") or side.locale != "en"):
        return  # only English writes "2 pounds 50" without the minor unit's word
    if side.prefixed and not (m.group("unit") or m.group("and")):
        return
    if side.prefixed and m.group("n")[0].isdigit() and not m.group("unit"):
        return  # "$4 and 32 is the quantity": a second number, not cents
    n = m.group("n")
    if n[0].isdigit():
        cents = Decimal(n)
    else:
        parsed = parse_number_words(n)
        if parsed is None:
            return
        cents = parsed[0]
    if not (0 < cents < 100) or cents != cents.to_integral_value():
        return
    # "50 dollar 50 dollar": the second number has a currency of its own
    probe = _Side(start=m.end(), end=m.end(), num_start=m.end(), numeral="", number=Decimal(0),
                  quantum=Decimal(0))
    if not m.group("unit"):
        _suffix(text, probe, lex)
        if probe.currency_text is not None or _scale_pattern(lex).match(text, m.end()):
            return
        if re.match(r"\s*(?:times|%|per\b)", text[m.end() : m.end() + 8]):
            return
    side.number += cents / 100
    side.quantum = Decimal("0.005")
    side.end = m.end()


# The last word of every qualifier: a text that ends in none of them (most
# do) needs no search.
_QUALIFIER_ENDS = tuple({q.split()[-1] for q in _QUALIFIERS})


def _qualifier(text: str, start: int) -> str | None:
    lo = max(0, start - 24)
    if not text[lo:start].rstrip().removesuffix(".").lower().endswith(_QUALIFIER_ENDS):
        return None
    m = _QUALIFIER_BEFORE.search(text, lo, start)
    if m is None:
        return None
    q = " ".join(m.group("q").lower().split())
    if q == "до" and _CHANGED_TO.search(text, max(0, m.start() - 24), m.start()):
        return None  # "вырос до 7 млрд": rose to, not up to
    return _QUALIFIERS[q]


# Kazakh puts "more than", "about", "up to" after the figure: "5 млрд теңгеден
# астам", "2 трлн теңге шамасында", "300 млн долларға дейін"
_KAZAKH_QUALIFIERS_AFTER = merged("QUALIFIERS_AFTER")
_KAZAKH_QUALIFIER_AFTER = _lazy(
    r"\s+(?P<q>" + "|".join(sorted(_KAZAKH_QUALIFIERS_AFTER, key=len, reverse=True)) + r")(?![^\W\d_])",
    re.IGNORECASE,
)
# Russian verbs of change, after which "до" means "to" rather than "up to"
_CHANGED_TO = _lazy(
    r"(?i)(?<![^\W\d_])(?:" + "|".join(words("CHANGE_VERB_STEMS")) + r")[^\W\d_]*\s+\Z"
)


def _single(text: str, side: _Side, dollar: str) -> Figure | None:
    """One figure from one numeral, if what it carries makes it a claim."""
    if side.kind is None:
        return None
    value = side.value
    half = side.quantum * side.scale * (side.minor or 1)
    qualifier = _qualifier(text, side.start)
    if qualifier is None and side.locale == "kk":
        after = _KAZAKH_QUALIFIER_AFTER.match(text, side.end)
        q = None if after is None else after.group("q").lower()
        if q in _KK.ABLATIVE_QUALIFIERS and not text[: side.end].lower().endswith(_KK.ABLATIVE_ENDINGS):
            q = None  # "5 млн доллар аз болды": little, not less than
        qualifier = None if q is None else _KAZAKH_QUALIFIERS_AFTER[q]
    if qualifier == "range":
        qualifier = None  # "between $5m" with no second end is just $5m
    return _figure(text, side, side.end, value, value - half, value + half, qualifier, dollar)


def _figure(
    text: str,
    side: _Side,
    end: int,
    value: Decimal,
    low: Decimal,
    high: Decimal,
    qualifier: str | None,
    dollar: str,
) -> Figure:
    money = side.kind == "money"
    currency, inferred, candidates = side.currency, side.inferred, side.candidates
    if money and _says_dollar_only(side.currency_text):
        currency, inferred, candidates = dollar, True, _dollar_candidates(dollar)
    elif money and currency is None and side.currency_text in MINOR_UNITS:
        currency, inferred = dollar, True  # "50 cents"
    # positional, in the field order of Figure: a keyword call costs a quarter more
    return Figure(
        side.kind or "number",
        side.start,
        end,
        text[side.start : end],
        tidy(value),
        tidy(low),
        tidy(high),
        currency if money else None,
        side.unit,
        qualifier,
        side.numeral if end == side.end else text[side.num_start : end],
        side.scale,
        side.currency_text if money else None,
        inferred,
        candidates if money and len(candidates) > 1 else (),
        side.locale,
        side.counted,
    )


def _range(text: str, left: _Side, lex: Lexicon, locale: str | None, dollar: str) -> Figure | None:
    """ "$5-7 million", "$5 million to $7 million", "between $5m and $7m", "3 to 4 L"."""
    join = _RANGE_JOIN.match(text, left.end)
    if join is None or left.counted is not None:
        return None  # "340 projects and 2,500 jobs": the noun ends the first figure
    word = join.group().strip().lower()
    qualifier = _qualifier(text, left.start)
    if word == "до":
        if _FROM_RU.search(text, max(0, left.start - 4), left.start) is None:
            return None  # "с 5 до 7", "до 2030": a change, or a bound ("up to")
        qualifier = "range"
    listed = word in _LIST_WORDS and qualifier != "range"  # "45 and 50 mg", "5 or 6 km", "3 и 4 процента"
    if left.kind in (None, "number") and _year_like(left) and _after_year_word(text, left):
        return None  # "in 2024 to 135.5 trillion tenge", "in 2019 and 50 mg": a year, then a figure
    if listed and left.kind not in (None, "number"):
        return None  # "$5 and 10": the first is a figure already
    changed = word == "to" and _CHANGE_FROM.search(text, max(0, left.start - 40), left.start) is not None
    # the right end may carry its own currency prefix: "$5 million to $7 million"
    # read as the scan reads: "от двух до трёх миллиардов" has Russian number words
    m = (NUMERAL if locale == "en" else _cyrillic_numeral()).search(text, join.end(), join.end() + _LOOKBACK)
    right = None if m is None else _read_side(text, m, lex, join.end(), locale)
    if right is None or right.start != join.end():
        return None
    if listed:
        return _listed(text, left, right, dollar)
    if left.kind == "money" and right.kind != "money" and right.dropped is not None:
        # "$5-7m": the far end's "m" is the money's million, not a metre
        (right.scale, right.end), right.kind, right.unit = right.dropped, None, None
    bare_left, bare_right = left.kind in (None, "number"), right.kind in (None, "number")
    if bare_left and bare_right and right.kind != "number":
        return None  # "from 2015 to 2019": nothing says what they count ("5-7 million people" does)
    if not bare_left and changed:
        return None  # "rose from $5m to $7m" is a change; "from 26 to 50 €" a range
    if not (bare_left or bare_right) and (left.kind, left.currency, left.unit, left.minor) != (
        right.kind, right.currency, right.unit, right.minor
    ):
        return None  # "$5m to €7m", "5 km to 7 miles": two figures
    # the far end says what both are ("5–7 billion tenge", "3 to 4 L"), on a copy:
    # if this is no range, the left numeral stays as it was written
    joined = replace(left)
    _share(joined, right)
    _share_words_scale(joined, right)
    low, high = sorted((joined.value, right.value))
    if low == high or (joined.value > right.value and high > 0):
        return None  # "50 - $2.00" is a price list; only "-18 to -34 °C" runs downwards
    # a range's value is its midpoint; low and high are its two ends, in order
    return _figure(text, joined, right.end, (low + high) / 2, low, high, "range", dollar)


# "rose from $5m to $7m", "from approximately USD 26 million to $6bn": a change, not a range
_CHANGE_FROM = _lazy(rf"(?i)\bfrom\s+(?:(?:{_ANY_QUALIFIER})\.?\s+)?\Z")


def _words_scale(numeral: str) -> Decimal | None:
    """The scale a numeral in words ends on ("three billion": 10**9, "трёх миллиардов"),
    or None (digits, or no scale word last)."""
    last = numeral.rsplit(None, 1)[-1] if numeral and not numeral[0].isdigit() else ""
    return scale_word(last) if last.isalpha() else None


def _share_words_scale(left: _Side, right: _Side) -> None:
    """ "two to three billion", "от двух до трёх миллиардов", "two or three billion": the
    scale word that ends the far numeral is the bare near one's too."""
    scale = _words_scale(right.numeral) if left.scale == 1 else None
    # not where the near end is an amount of its own: "50,000 to one million soms"
    if scale is not None and 0 < left.number * scale <= right.number and not _words_scale(left.numeral):
        left.number, left.quantum = left.number * scale, left.quantum * scale


def _share(left: _Side, right: _Side) -> None:
    """Give a bare left numeral the scale, currency or unit of the one after it."""
    if left.scale == 1 and right.scale != 1:
        left.scale = right.scale
    if left.kind in (None, "number"):
        left.kind, left.currency, left.candidates = right.kind, right.currency, right.candidates
        left.currency_text, left.inferred, left.unit = right.currency_text, right.inferred, right.unit
        left.minor, left.is_dollar_sign, left.counted = right.minor, right.is_dollar_sign, right.counted


def _listed(text: str, left: _Side, right: _Side, dollar: str) -> Figure | None:
    """ "45 and 50 mg", "5 or 6 per cent", "2 and 3 billion tenge", "5 и 7 компаний":
    two figures of one kind, the first written bare.  The first is returned alone,
    and the scan reads the second again as itself."""
    if right.kind not in ("money", "quantity", "percent") and right.counted is None:
        return None
    _share(left, right)
    _share_words_scale(left, right)
    return _single(text, left, dollar)


def _after_year_word(text: str, side: _Side) -> bool:
    """ "in 2024", "since 2019": a word that comes before years stands before the numeral."""
    return _BEFORE_YEAR.search(text[max(0, side.num_start - 16) : side.num_start]) is not None


def _year_like(side: _Side) -> bool:
    return len(side.numeral) == 4 and side.numeral.isdigit() and "1800" <= side.numeral <= "2099"


_COMPOUND_GAP = _lazy(rf"{_SP}{{1,2}}\Z")


def _compounds(text: str, figures: list[Figure]) -> list[Figure]:
    """Scaled parts that make one numeral, each scale smaller than the one before:
    "32 миллиарда 773,4 миллиона сомов", "964 млн 174 тыс. сомов", "$1 billion 50
    million".  The parts add up; the stated precision is the last part's, and so
    are its scale and numeral."""
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        if prev is not None and _continues(text, prev, f):
            assert prev.value is not None and f.value is not None and f.low is not None and f.high is not None
            money = prev if prev.kind == "money" else f
            out[-1] = replace(
                f, kind=money.kind, start=prev.start, text=text[prev.start : f.end],
                value=prev.value + f.value, low=prev.value + f.low, high=prev.value + f.high,
                currency=money.currency, currency_text=money.currency_text,
                currency_inferred=money.currency_inferred, candidates=money.candidates,
                qualifier=prev.qualifier or f.qualifier,
            )
        else:
            out.append(f)
    return out


def _continues(text: str, prev: Figure, f: Figure) -> bool:
    """``f`` is the next, smaller part of ``prev``'s numeral."""
    if prev.kind not in ("number", "money") or f.kind not in ("number", "money"):
        return False
    if prev.kind == "money" and f.kind == "money":
        return False  # "$1 billion $50 million" is two amounts
    if prev.qualifier == "range" or f.qualifier == "range" or prev.unit or f.unit:
        return False
    if prev.value is None or f.value is None or f.value <= 0 or prev.value <= 0:
        return False
    # "32 миллиарда 773,4 миллиона", or a whole unscaled last part: "2 тысячи 500 тенге"
    whole = f.scale == 1 and prev.scale >= 1000 and f.counted is None and f.numeral.isdigit()
    if not (prev.scale > f.scale > 1 or whole):
        return False
    # the smaller part is below one of the larger scale: "773,4 миллиона" under a billion
    if f.value >= prev.scale or prev.value % prev.scale:
        return False
    if prev.kind == "money" and prev.currency_text and text[prev.end - len(prev.currency_text) : prev.end] == prev.currency_text:
        return False  # "5 млрд тенге 300 млн": the name closed the first figure
    return _COMPOUND_GAP.match(text, prev.end, f.start) is not None


def _resolve_dollars(figures: list[Figure], default: str) -> list[Figure]:
    """Give a bare "$" the dollar the document names elsewhere, else the default
    (which the scan already gave it)."""
    dollars = set(lexicon().symbols["$"])
    stated = {
        f.currency
        for f in figures
        if f.kind == "money" and f.currency in dollars and not f.currency_inferred
        and f.currency_text not in ("$", None) and not _says_dollar_only(f.currency_text)
    }
    chosen = stated.pop() if len(stated) == 1 else default
    if chosen == default:
        return figures
    out = []
    for f in figures:
        if f.kind == "money" and _says_dollar_only(f.currency_text):
            f = replace(f, currency=chosen, currency_inferred=True, candidates=_dollar_candidates(chosen))
        elif f.kind == "money" and f.currency_inferred and f.currency_text in MINOR_UNITS:
            f = replace(f, currency=chosen)
        out.append(f)
    return out


def _says_dollar_only(written: str | None) -> bool:
    """ "$", "dollar", "dollars": a dollar, but not which."""
    return written == "$" or (written or "").lower() in ("dollar", "dollars")


@functools.cache
def _dollar_candidates(chosen: str) -> tuple[str, ...]:
    return (chosen, *(c for c in lexicon().symbols["$"] if c != chosen))
