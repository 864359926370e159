"""Numerals written in digits, in any of the grouping conventions news and price
tags use: ``1,234,567.89``, ``1.234.567,89``, ``1 234 567``, ``1'049,95``,
``12,34,567`` (Indian), ``.5``.

A lone separator followed by exactly three digits is the one true ambiguity,
and ``parse_digits`` settles it by the decimal mark it is given; the scanner
decides which (see ``scan._reread``): "1,500" is fifteen hundred unless a
Russian or Kazakh sentence scales it ("22,500 млрд" is 22.5 billion), and
"1.500" is one and a half unless the text is Russian or Kazakh or the
currency's home locale (CLDR, through babel) writes "," for the decimal mark,
as Indonesia's "Rp 31.500" does.
"""

from __future__ import annotations

import functools
import unicodedata
from decimal import Decimal, InvalidOperation

__all__ = [
    "DIGITS",
    "FRACTION",
    "SCIENTIFIC",
    "VULGAR",
    "decimal_symbol",
    "home_locales",
    "is_ambiguous",
    "locale_decimal",
    "parse_digits",
    "parse_fraction",
    "parse_scientific",
]

# The groups are bounded (no number has more than a dozen) and matched
# possessively: a run like "11,11,...,11" that fails at its end must not be
# rescanned from every start, which would make the scan quadratic.
DIGITS = r"""
    \d{1,3}(?:(?P<g>[,.'’\u00a0\u202f\u2009\x20])\d{3})(?:(?P=g)\d{3}){0,12}+  # 1,234,567 / 1.234.567
        (?:(?!(?P=g))[.,]\d++|,-)?(?!\d|[.,]\d)                             # ...,89 / ...,-
  | \d{1,2}(?:,\d{2}(?=,)){1,6}+,\d{3}(?:\.\d++)?(?!\d)                      # 12,34,567.89
  | \d+(?:[.,]\d+|,-(?!\d))?
  | \.\d+
"""


#: The fraction characters Unicode has ("½", "⅓", "⅞"...).
VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"
# "1/4", "2 1/2", "½", "2½".  No date or ratio runs on: "1/4/2020" is not a quarter.
FRACTION = rf"""
    (?:\d{{1,3}}[\x20\u00a0]?)?[{VULGAR}]
  | (?:\d{{1,3}}[\x20\u00a0])?\d{{1,3}}/[1-9]\d{{0,2}}(?![/\d]|[.,]\d)
"""
# "4e14", "1e-3", "2.48×10−5", "1.2 x 10^6", "3×10⁸": the exponent must be
# written ("5 x 10 metres" is a size, not five times ten).
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SCIENTIFIC = rf"""
    (?:10\^[-+−]?\d{{1,3}}(?![\w.]|,\d)|\d{{1,3}}(?:\.\d+)?
    (?:[eE][-+−]?\d{{1,3}}
      | [\x20\u00a0]?[×x][\x20\u00a0]?10(?:\^[-+−]?\d{{1,3}}|[-−]\d{{1,3}}|⁻?[{_SUPERSCRIPTS}]{{1,3}}))
    (?![\w.]|,\d))
"""
_EXPONENT_DIGITS = str.maketrans(_SUPERSCRIPTS + "⁻−", "0123456789--")

_HALF_UNIT = Decimal("0.5")


@functools.lru_cache(maxsize=8192)  # news repeats its numerals: "1.5", "2,000", "10.3"
def parse_digits(numeral: str, decimal: str = ".") -> tuple[Decimal, Decimal] | None:
    """The value of a numeral and half its last written place.

    ``decimal`` is the decimal symbol to assume where the numeral itself does
    not settle it.

    >>> parse_digits("1.234.567,89")
    (Decimal('1234567.89'), Decimal('0.005'))
    >>> parse_digits("1.500"), parse_digits("1.500", decimal=",")
    ((Decimal('1.500'), Decimal('0.0005')), (Decimal('1500'), Decimal('0.5')))
    """
    if numeral.isdigit():
        return Decimal(numeral), _HALF_UNIT
    numeral = numeral.removesuffix(",-")  # "50,-": whole units, as Central European tags write
    kinds = {ch for ch in set(numeral) if not ch.isdigit()}  # the marks, each once
    digits = numeral.translate({ord(ch): None for ch in kinds})
    point: int | None = None  # index of the decimal mark, if any
    if kinds:
        i = max(numeral.rfind(ch) for ch in kinds)
        last, tail = numeral[i], len(numeral) - i - 1
        if last not in ",.":
            point = None  # "1 234 567": grouping only
        elif len(kinds) > 1:
            point = i  # "1,234.5", "1 234,5", "1'049,95": the odd one out is the decimal mark
        elif len(numeral) - len(digits) > 1:
            point = None  # "1.234.567": one mark repeated is grouping
        elif tail != 3 or i > 3 or i == 0:
            point = i  # "3.5", "34,50", "1234.567", ".5"
        else:
            point = i if last == decimal else None
    if point is not None:
        frac = len(numeral) - point - 1
        digits = digits[: len(digits) - frac] + "." + digits[len(digits) - frac :]
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    return value, Decimal(5).scaleb(exponent - 1)


def parse_fraction(numeral: str) -> tuple[Decimal, Decimal] | None:
    """The value of a fraction ("1/4", "2 1/2", "2½") and its precision, half of
    one part: a length written in quarters is known to the nearest quarter.
    A fraction no decimal ends (⅓) is kept to the context's 28 digits.

    >>> parse_fraction("2 1/2"), parse_fraction("¾")
    ((Decimal('2.5'), Decimal('0.25')), (Decimal('0.75'), Decimal('0.125')))
    """
    if numeral[-1] in VULGAR:
        whole = numeral[:-1]
        # "VULGAR FRACTION ONE THIRD" decomposes to "<fraction> 0031 2044 0033": "1⁄3"
        written = "".join(chr(int(c, 16)) for c in unicodedata.decomposition(numeral[-1]).split()[1:])
        top, _, bottom = written.partition("\u2044")
        n, d = int(top), int(bottom)
    else:
        whole, _, frac = numeral.replace("\u00a0", " ").rpartition(" ")
        top, _, bottom = frac.partition("/")
        n, d = int(top), int(bottom)
    if d == 0:
        return None
    value = Decimal(n) / Decimal(d) + (Decimal(whole.strip()) if whole.strip() else 0)
    return value, Decimal(1) / (2 * Decimal(d))


def parse_scientific(numeral: str) -> tuple[Decimal, Decimal] | None:
    """The value of a numeral in scientific notation and half its mantissa's last place.

    >>> parse_scientific("2.48×10−5"), parse_scientific("4e14")
    ((Decimal('0.0000248'), Decimal('5E-8')), (Decimal('4E+14'), Decimal('5E+13')))
    >>> parse_scientific("10^6")
    (Decimal('1E+6'), Decimal('5E+5'))
    """
    if numeral.startswith("10^"):  # a bare power: "10^6 dollars" is a million
        shift = int(numeral[3:].translate(_EXPONENT_DIGITS))
        return Decimal(1).scaleb(shift), Decimal(5).scaleb(shift - 1)
    plain = numeral.translate(_EXPONENT_DIGITS).replace("^", "").replace(" ", "").replace("\u00a0", "")
    for sep in ("e", "E", "×10", "x10"):
        mantissa, found, exponent = plain.partition(sep)
        if found:
            break
    parsed = parse_digits(mantissa)
    if parsed is None or not exponent.lstrip("+-").isdigit():
        return None
    shift = int(exponent)
    return parsed[0].scaleb(shift), parsed[1].scaleb(shift)


def is_ambiguous(numeral: str, mark: str = ".") -> bool:
    """True for "1.500" (or "1,500" with ``mark=","``): one mark, three digits after it, few before."""
    return (
        5 <= len(numeral) <= 7
        and numeral[-4] == mark
        and numeral[-3:].isdigit()
        and numeral[:-4].isdigit()
    )


@functools.cache
def locale_decimal(locale: str) -> str:
    """The decimal mark a language writes, from CLDR: "." in English, "," in Russian and Kazakh."""
    from babel.numbers import get_decimal_symbol

    return get_decimal_symbol(locale=locale)


@functools.cache
def home_locales(currency: str) -> tuple[str, ...]:
    """The locales of the currency's home, most spoken first, from CLDR: ("pt_BR",)
    for BRL, ("id_ID", ...) for IDR; for USD ("en_US", ...)."""
    from babel.core import get_global

    territories = get_global("all_currencies").get(currency, ())
    home = currency[:2] if currency[:2] in territories else (territories[0] if territories else "")
    languages = get_global("territory_languages").get(home, {})
    official = sorted(
        ((info.get("population_percent", 0), lang) for lang, info in languages.items() if info.get("official_status")),
        reverse=True,
    )
    return tuple(f"{lang}_{home}" for _, lang in official)


@functools.cache
def decimal_symbol(currency: str) -> str:
    """The decimal mark of the currency's home locale: "," for IDR or RUB, "." for USD."""
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_decimal_symbol

    for name in home_locales(currency):
        try:
            return get_decimal_symbol(locale=Locale.parse(name))
        except (UnknownLocaleError, ValueError):
            continue
    return "."
