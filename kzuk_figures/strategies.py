"""Hypothesis strategies for text with monetary figures in it, and what it says.

Each strategy draws text *together with the answer*: a phrase and the
:class:`~kzuk_figures.Figure` that :func:`~kzuk_figures.extract` should find
in it, a paragraph and all its figures with their exact spans, a stated
conversion and the verdict :func:`~kzuk_figures.check` should reach.  They
are written in Hypothesis's own style: plural names, keyword-only arguments,
:class:`~hypothesis.errors.InvalidArgument` for bad arguments (raised at
once, not at the first draw), and examples that shrink toward the simplest
thing the strategy can say: a small whole number of US dollars written
``$1``, with no scale word, qualifier or range.

>>> from hypothesis import find
>>> find(money_phrases(languages=["en"]), lambda phrase_and_figure: True)[0]
'$1'

Phrases and documents are drawn in English, Russian and Kazakh by default;
``languages=["en"]`` narrows them.  ``st.from_type(Figure)`` works once
``kzuk-figures[hypothesis]`` is installed: the package registers a strategy
through Hypothesis's entry point (see :mod:`kzuk_figures._hypothesis_hook`).

This module is the only one in the package that imports Hypothesis.
"""

from __future__ import annotations

try:
    import hypothesis.strategies as st
    from hypothesis import assume
    from hypothesis.errors import InvalidArgument
except ImportError as exc:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        "kzuk_figures.strategies needs Hypothesis: "
        "pip install 'kzuk-figures[hypothesis]'"
    ) from exc

import datetime
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Context, Decimal

from .lexicon import CODE_WORDS, fold, lexicon
from .types import Figure

__all__ = [
    "CONVERSION_ERRORS",
    "CURRENCIES",
    "FIGURE_KINDS",
    "LOCALES",
    "STYLES",
    "amounts",
    "documents",
    "figure_phrases",
    "money_phrases",
    "stated_changes",
    "stated_conversions",
    "stated_shares",
]

D = Decimal
_EXACT = Context(prec=60)

#: How a currency can be written next to a number, simplest first.
STYLES: tuple[str, ...] = ("symbol", "code_before", "code_after", "name", "symbol_after")

#: Currencies with English surface forms beyond their ISO code, simplest first.
#: Any other ISO 4217 code can still be passed to ``currencies=``; it is then
#: written as a code only.
CURRENCIES: tuple[str, ...] = (
    "USD", "EUR", "GBP", "KZT", "RUB", "JPY", "CAD", "AUD", "CHF", "CNY", "UZS",
)  # fmt: skip

#: The kinds of error :func:`stated_conversions` can put into a conversion.
CONVERSION_ERRORS: tuple[str, ...] = ("scale_slip", "decimal_point", "inverted_rate", "stale_period")

#: The diagnosis :func:`kzuk_figures.check` gives each kind of error.
_DIAGNOSIS = {
    "scale_slip": "scale_slip",
    "decimal_point": "decimal_point",
    "inverted_rate": "inverted_rate",
    "stale_period": "other_period",
}

# Symbols written before the number ("$5", "US$6.7 million", "₸3.5bn").
_SYMBOLS_BEFORE: dict[str, tuple[str, ...]] = {
    "USD": ("$", "US$"),
    "EUR": ("€",),
    "GBP": ("£",),
    "KZT": ("₸",),
    "RUB": ("₽",),
    "JPY": ("¥",),
    "CAD": ("C$",),
    "AUD": ("A$",),
}
# Symbols written after it, as European price tags do ("5 €", "100₸").
_SYMBOLS_AFTER: dict[str, tuple[str, ...]] = {"EUR": ("€",), "KZT": ("₸",), "RUB": ("₽",)}
# Names written after it ("3.5 billion tenge", "10 million pounds sterling").
_NAMES: dict[str, tuple[str, ...]] = {
    "USD": ("dollars", "US dollars"),
    "EUR": ("euros",),
    "GBP": ("pounds sterling", "pounds"),
    "KZT": ("tenge", "Kazakh tenge"),
    "RUB": ("roubles", "Russian rubles"),
    "JPY": ("yen",),
    "CAD": ("Canadian dollars",),
    "AUD": ("Australian dollars",),
    "CHF": ("Swiss francs",),
    "CNY": ("yuan",),
    "UZS": ("Uzbek soums",),
}

_MAX_SURFACES = max(len(t) for t in (*_SYMBOLS_BEFORE.values(), *_SYMBOLS_AFTER.values(), *_NAMES.values()))

#: The languages phrases can be drawn in.
LOCALES: tuple[str, ...] = ("en", "ru", "kk")
# Russian and Kazakh write the currency after the number, with a decimal comma
# and space grouping: "3,5 млрд тенге", "1 234,5 млн ₸", "12 млн АҚШ доллары".
_LOCAL_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
        "KZT": ("тенге",), "USD": ("долларов США",), "RUB": ("рублей",), "EUR": ("евро",),
        "GBP": ("фунтов стерлингов",),
    },
    # every Kazakh form holds a Kazakh letter, which is how a sentence reads as
    # Kazakh; some carry a case ending (dative, genitive), as Kazakh writes them
    "kk": {"KZT": ("теңге", "теңгеге", "теңгенің"), "USD": ("АҚШ доллары", "АҚШ долларына", "АҚШ долларының")},
}  # fmt: skip
# The case-ended forms above, and the name the lexicon knows them by.
_CASE_ENDED = {
    "теңгеге": "теңге", "теңгенің": "теңге", "АҚШ долларына": "АҚШ доллары", "АҚШ долларының": "АҚШ доллары",
}  # fmt: skip
_LOCAL_SYMBOLS_AFTER: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {"KZT": ("₸",), "RUB": ("₽",), "EUR": ("€",)},
    "kk": {},
}
_LOCAL_SCALES: dict[str, tuple[tuple[str, Decimal], ...]] = {
    "ru": ((" тыс.", D(10**3)), (" млн", D(10**6)), (" млрд", D(10**9)), (" трлн", D(10**12))),
    "kk": ((" мың", D(10**3)), (" млн", D(10**6)), (" млрд", D(10**9)), (" трлн", D(10**12))),
}
_LOCAL_QUALIFIERS: dict[str, tuple[tuple[str, str] | None, ...]] = {
    "ru": (None, ("более", "over"), ("около", "about"), ("до", "up_to"), ("почти", "nearly")),
    "kk": (None, ("шамамен", "about")),
}
_LOCAL_GROUPINGS = ("", " ", "\u00a0")

# Russian numerals in the two cases money phrases use: the nominative ("пять
# миллионов") and, after "более", "около" and "до", the genitive ("более пяти
# миллионов").  Units 1-19 (one and two as "тысяча" wants them, feminine, at
# index 0), tens 20-90, hundreds 100-900.
_RU_NUMERALS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "nom": (
        ("один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
         "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
         "семнадцать", "восемнадцать", "девятнадцать"),
        ("двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"),
        ("сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"),
    ),
    "gen": (
        ("одного", "двух", "трёх", "четырёх", "пяти", "шести", "семи", "восьми", "девяти", "десяти",
         "одиннадцати", "двенадцати", "тринадцати", "четырнадцати", "пятнадцати", "шестнадцати",
         "семнадцати", "восемнадцати", "девятнадцати"),
        ("двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти", "семидесяти", "восьмидесяти", "девяноста"),
        ("ста", "двухсот", "трёхсот", "четырёхсот", "пятисот", "шестисот", "семисот", "восьмисот", "девятисот"),
    ),
}  # fmt: skip
_RU_FEMININE = {"nom": ("одна", "две"), "gen": ("одной", "двух")}
# Each scale word as one, two to four, and five or more of it take it: "тысяча",
# "тысячи", "тысяч"; the genitive of one is the second form.
_RU_SCALE_WORDS: tuple[tuple[tuple[str, str, str], Decimal], ...] = (
    (("тысяча", "тысячи", "тысяч"), D(10**3)),
    (("миллион", "миллиона", "миллионов"), D(10**6)),
    (("миллиард", "миллиарда", "миллиардов"), D(10**9)),
    (("триллион", "триллиона", "триллионов"), D(10**12)),
)
# Names that do not decline ("тенге", "евро"): any number may stand before them.
# The others are written in the genitive plural, which needs five or more.
_INDECLINABLE = frozenset({"тенге", "евро"})
_KK_UNITS = "бір екі үш төрт бес алты жеті сегіз тоғыз".split()
_KK_TENS = "он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан".split()
_KK_SCALE_WORDS = ((" мың", D(10**3)), (" миллион", D(10**6)), (" миллиард", D(10**9)), (" триллион", D(10**12)))

# Scale words and suffixes as news writes them: (as written after the number, multiplier).
_NO_SCALE = ("", D(1))
_SCALES: tuple[tuple[str, Decimal], ...] = (
    _NO_SCALE,
    (" million", D(10**6)), (" billion", D(10**9)), (" thousand", D(10**3)),
    (" trillion", D(10**12)), ("m", D(10**6)), ("bn", D(10**9)), ("k", D(10**3)),
    ("million", D(10**6)), ("billion", D(10**9)), ("M", D(10**6)), ("K", D(10**3)),
    ("mn", D(10**6)), (" mn", D(10**6)), ("mln", D(10**6)), (" mln", D(10**6)),
    (" bn", D(10**9)), ("bln", D(10**9)), (" bln", D(10**9)), ("b", D(10**9)),
    ("B", D(10**9)), ("tn", D(10**12)), (" tn", D(10**12)), ("trn", D(10**12)),
    (" trn", D(10**12)), ("T", D(10**12)), ("tr", D(10**12)),
)  # fmt: skip
# The ones that may also stand after an ISO code: "75 USD million".
_SPACED_SCALES = tuple(s for s in _SCALES if s[0].startswith(" "))
# The scale words a writer picks for a computed amount, by multiplier.
_SCALE_WORDS: dict[Decimal, tuple[str, ...]] = {
    D(1): ("",),
    D(10**3): (" thousand", "k"),
    D(10**6): (" million", "m", "mn", " mln"),
    D(10**9): (" billion", "bn", " bn"),
    D(10**12): (" trillion", "tn", " trn"),
}

# Qualifiers as written, and what the figure records for each; None first.
_QUALIFIERS: tuple[tuple[str, str] | None, ...] = (
    None,
    ("over", "over"), ("about", "about"), ("up to", "up_to"), ("at least", "at_least"),
    ("nearly", "nearly"), ("under", "under"), ("more than", "over"), ("around", "about"),
    ("approximately", "about"), ("almost", "nearly"), ("less than", "under"), ("~", "about"),
)  # fmt: skip

# Digit grouping: none, English commas, and the spaces style guides and CLDR use.
_GROUPINGS = ("", ",", " ", "\u00a0", "\u202f", "\u2009")

_UNIT_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TEN_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_BIG_WORDS = (
    (" thousand", D(10**3)), (" million", D(10**6)), (" billion", D(10**9)), (" trillion", D(10**12)),
)  # fmt: skip


# ---------------------------------------------------------------- validation


def _decimal_arg(value: object, name: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str, float)):
        raise InvalidArgument(f"{name}={value!r} must be a Decimal, an int or a numeric string")
    if isinstance(value, float):
        raise InvalidArgument(
            f"{name}={value!r} is a float, which is inexact; pass Decimal({str(value)!r}) instead"
        )
    try:
        d = Decimal(value.strip() if isinstance(value, str) else value)
    except ArithmeticError:
        raise InvalidArgument(f"{name}={value!r} is not a number") from None
    if not d.is_finite():
        raise InvalidArgument(f"{name}={value!r} must be finite")
    return d


def _int_arg(value: object, name: str, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(f"{name}={value!r} must be an int")
    if not lo <= value <= hi:
        raise InvalidArgument(f"{name}={value!r} must be between {lo} and {hi}")
    return value


def _choices(value: object, name: str, allowed: Sequence[str] | None) -> tuple[str, ...]:
    """A non-empty collection of strings, each one of ``allowed`` if given; order kept."""
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidArgument(
            f"{name}={value!r} must be a collection of strings, such as ({value!r},)"
            if isinstance(value, str)
            else f"{name}={value!r} must be a collection of strings"
        )
    out: list[str] = []
    for item in value:
        if not isinstance(item, str):
            raise InvalidArgument(f"{name} holds {item!r}, which is not a string")
        if allowed is not None and item not in allowed:
            raise InvalidArgument(f"{name} holds {item!r}, which is not one of {list(allowed)}")
        if item not in out:
            out.append(item)
    if not out:
        raise InvalidArgument(f"{name}={value!r} must not be empty")
    return tuple(out)


def _currency_args(currencies: object) -> tuple[str, ...]:
    if currencies is None:
        return CURRENCIES
    codes = _choices(currencies, "currencies", None)
    known = lexicon().codes
    for code in codes:
        if code not in known:
            raise InvalidArgument(
                f"currencies holds {code!r}, which is not an ISO 4217 code the scanner knows "
                "(write codes in upper case: 'USD')"
            )
    return codes


def _locale_args(locales: object) -> tuple[str, ...]:
    return _choices(locales, "locales", LOCALES)


def _bool_arg(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidArgument(f"{name}={value!r} must be True or False")
    return value


# ---------------------------------------------------------------- amounts


def amounts(
    *,
    min_value: Decimal | int | str = Decimal("0.01"),
    max_value: Decimal | int | str = Decimal(10**12),
    places: int = 2,
) -> st.SearchStrategy[Decimal]:
    """Amounts as a report writes them: a few significant digits, at most ``places``
    decimal places, between ``min_value`` and ``max_value`` inclusive.

    The ``Decimal``'s exponent is the precision as written: ``Decimal("6.70")``
    has two places, ``Decimal("5000")`` none.  Most draws have one to three
    significant digits ("6.7", "22", "300", "1.25"); some are exact to the
    cent ("1234567.89").  Examples shrink toward 1, else toward ``min_value``.

    >>> from hypothesis import find
    >>> find(amounts(), lambda d: True)
    Decimal('1')
    >>> find(amounts(min_value=250), lambda d: True)
    Decimal('250')
    >>> find(amounts(), lambda d: d != d.to_integral_value())
    Decimal('0.1')

    Bounds are ``Decimal``, ``int`` or numeric strings; a float raises
    :class:`~hypothesis.errors.InvalidArgument`, as elsewhere in kzuk_figures.
    """
    lo = _decimal_arg(min_value, "min_value")
    hi = _decimal_arg(max_value, "max_value")
    places = _int_arg(places, "places", 0, 18)
    if hi < lo:
        raise InvalidArgument(f"Cannot have max_value={hi!r} < min_value={lo!r}")
    lo_u, hi_u = _units(lo, hi, places)
    if lo_u > hi_u:
        raise InvalidArgument(
            f"no amount with at most {places} decimal places lies between "
            f"min_value={lo!r} and max_value={hi!r}"
        )
    return _amounts(lo, hi, places)


def _units(lo: Decimal, hi: Decimal, places: int) -> tuple[int, int]:
    """The whole numbers of 10**-places units in [lo, hi]."""
    step = D(1).scaleb(-places)
    return (
        int(_EXACT.divide(lo, step).to_integral_value(ROUND_CEILING)),
        int(_EXACT.divide(hi, step).to_integral_value(ROUND_FLOOR)),
    )


@st.composite
def _amounts(draw: st.DrawFn, lo: Decimal, hi: Decimal, places: int) -> Decimal:
    p = draw(st.integers(0, places))  # decimal places written; shrinks to none
    k = draw(st.integers(1, 3) | st.integers(4, 9))  # significant digits; news writes few
    mantissa = draw(st.integers(1 if k == 1 else 10 ** (k - 1), 10**k - 1))
    biggest = max(abs(lo), abs(hi))
    zeros = draw(st.integers(0, max(0, biggest.adjusted())))
    negative = lo < 0 and (hi < 0 or draw(st.booleans()))
    # Any amount in range, drawn every time (used or not) so that an amount out
    # of range shrinks to ``min_value``, written with as few places as it can be.
    q = next(q for q in range(p, places + 1) if _units(lo, hi, q)[0] <= _units(lo, hi, q)[1])
    lo_u, hi_u = _units(lo, hi, q)
    anywhere = D(draw(st.integers(lo_u, hi_u))).scaleb(-q)
    # "6.7", "22", "300", "1.25", "0.05": whole numbers may end in zeros, decimals don't
    zeros = zeros if p == 0 else 0
    value = _EXACT.multiply(D(mantissa), D(1).scaleb(zeros - p)).quantize(D(1).scaleb(-p), context=_EXACT)
    if negative:
        value = -value
    return value if lo <= value <= hi else anywhere


# ---------------------------------------------------------------- phrases


@dataclass(frozen=True, slots=True)
class _Numeral:
    """A number as written, with its value and half its last written place."""

    text: str
    value: Decimal
    quantum: Decimal
    words: bool = False


@dataclass(frozen=True, slots=True)
class _Spec:
    """Everything that decides one phrase; :func:`_render` writes it and its Figure."""

    currency: str
    style: str
    surface: str
    left: _Numeral
    scale: tuple[str, Decimal] = _NO_SCALE
    gap: str = ""  # between a symbol or code and the number
    qualifier: tuple[str, str] | None = None
    range_form: str | None = None  # "-", "–", "to", "between"
    right: _Numeral | None = None
    code_then_scale: bool = False  # "75 USD million"
    locale: str = "en"
    lead: tuple[str, Decimal] | None = None  # a compound's larger part, as written and its value: "3 млрд "


def _digits(value: Decimal, grouping: str = "", decimal: str = ".") -> _Numeral:
    """``value`` written in digits, its integer part grouped by ``grouping``."""
    text = f"{value:f}"
    whole, dot, frac = text.partition(".")
    dot = decimal if dot else ""
    if grouping and len(whole) > 3:
        head = len(whole) % 3 or 3
        whole = grouping.join([whole[:head], *(whole[i : i + 3] for i in range(head, len(whole), 3))])
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int) and exponent <= 0
    return _Numeral(whole + dot + frac, value, D(5).scaleb(exponent - 1))


def _small_words(n: int) -> str:
    if n < 20:
        return _UNIT_WORDS[n - 1]
    tens, unit = divmod(n, 10)
    return _TEN_WORDS[tens - 2] + (f"-{_UNIT_WORDS[unit - 1]}" if unit else "")


@st.composite
def _word_numerals(draw: st.DrawFn) -> _Numeral:
    """ "three billion", "twenty-two million", "a million", "half a billion", "one and a half trillion"."""
    big = draw(st.sampled_from(((None, D(1)), *_BIG_WORDS)))
    form = draw(st.sampled_from(("n", "a", "hundred", "half", "and_a_half")))
    if not big[0]:
        form = "n"  # "twenty-two dollars"; the other forms need a big word
    if form == "n":
        n = draw(st.integers(1, 99))
        text, base = _small_words(n), D(n)
    elif form == "hundred":
        n = draw(st.integers(1, 9))
        text, base = f"{_small_words(n)} hundred", D(n * 100)
    elif form == "a":
        text, base = "a", D(1)  # the article is the number's: "a million dollars"
    elif form == "half":
        text, base = "half a", D("0.5")
    else:
        n = draw(st.integers(1, 9))
        text, base = f"{_small_words(n)} and a half", n + D("0.5")
    value = base * big[1]
    # "three billion" is stated to the billion: half its last stated place either side
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return _Numeral(text + (big[0] or ""), value, D(5).scaleb(exponent - 1), words=True)


def _surfaces(currency: str, style: str, *, unambiguous: bool = False) -> tuple[str, ...]:
    """How ``currency`` can be written in ``style``; with ``unambiguous``, only the
    forms that name it alone (not "$", "dollars", "pounds" or "¥")."""
    forms = _forms(currency, style)
    if unambiguous:
        forms = tuple(f for f in forms if not _ambiguous(currency, style, f))
    return forms


def _forms(currency: str, style: str) -> tuple[str, ...]:
    if style == "symbol":
        return _SYMBOLS_BEFORE.get(currency, ())
    if style == "symbol_after":
        return _SYMBOLS_AFTER.get(currency, ())
    if style == "name":
        return _NAMES.get(currency, ())
    if style == "code_before":
        return () if currency in CODE_WORDS else (currency,)
    return (currency,)  # code_after


def _is_bare_dollar(surface: str) -> bool:
    return surface == "$" or surface.lower() in ("dollar", "dollars")


def _dollar_candidates(chosen: str) -> tuple[str, ...]:
    return (chosen, *(c for c in lexicon().symbols["$"] if c != chosen))


def _reading(spec: _Spec) -> tuple[tuple[str, ...], bool]:
    """The candidates and the inferred flag the lexicon gives the surface form."""
    if _is_bare_dollar(spec.surface):
        return _dollar_candidates("USD"), True
    lex = lexicon()
    if spec.style in ("symbol", "symbol_after"):
        if spec.surface.endswith("$") and len(spec.surface) > 1:
            return (), False  # "US$", "C$": the letters say which dollar
        cands = lex.symbols[spec.surface]
        return (cands if len(cands) > 1 else ()), False
    if spec.style == "name":
        cands = lex.names[fold(_CASE_ENDED.get(spec.surface, spec.surface))]
        return (cands, True) if len(cands) > 1 else ((), False)
    return (), False


def _one(spec: _Spec, num: _Numeral) -> tuple[str, int]:
    """One end of a figure as written, and where its number starts in it."""
    scale = spec.scale[0]
    if spec.style in ("symbol", "code_before"):
        lead = spec.surface + (spec.gap if spec.style == "symbol" else " ")
        return f"{lead}{num.text}{scale}", len(lead)
    if spec.code_then_scale:
        return f"{num.text} {spec.surface}{scale}", 0
    gap = spec.gap if spec.style == "symbol_after" else " "
    return f"{num.text}{scale}{gap}{spec.surface}", 0


def _render(spec: _Spec) -> tuple[str, Figure, bool]:
    """The phrase, the figure extract() finds in it, and whether it is a bare dollar."""
    candidates, inferred = _reading(spec)
    mult = spec.scale[1]
    qualifier = spec.qualifier[1] if spec.qualifier else None
    prefix = f"{spec.qualifier[0]}{'' if spec.qualifier[0] == '~' else ' '}" if spec.qualifier else ""
    if spec.right is None:
        text, at = _one(spec, spec.left)
        added = D(0)
        if spec.lead is not None:  # the parts add up; the precision is the last part's
            text, added = spec.lead[0] + text, spec.lead[1]
        value = spec.left.value * mult + added
        half = spec.left.quantum * mult
        low, high, numeral = value - half, value + half, spec.left.text
    else:
        join = {"to": " to ", "between": " and "}.get(spec.range_form or "", spec.range_form)
        if spec.range_form == "between":
            prefix = "between "
        if spec.range_form in ("to", "between") and spec.style in ("symbol", "code_before"):
            # each end with its currency: "$5 million to $7 million", "between $5m and $7m"
            first, at = _one(spec, spec.left)
            second, _ = _one(spec, spec.right)
            text = f"{first}{join}{second}"
        else:
            # the ends share one currency and scale: "$5-7 million", "5 to 7 billion tenge"
            joined = replace(spec, left=_Numeral(f"{spec.left.text}{join}{spec.right.text}", D(0), D(0)))
            text, at = _one(joined, joined.left)
        low, high = spec.left.value * mult, spec.right.value * mult
        value = (low + high) / 2  # a range's value is its midpoint
        numeral, qualifier = text[at:], "range"
    figure = Figure(
        kind="money",
        start=len(prefix),
        end=len(prefix) + len(text),
        text=text,
        value=value,
        low=low,
        high=high,
        currency=spec.currency,
        qualifier=qualifier,
        numeral=numeral,
        scale=mult,
        currency_text=spec.surface,
        currency_inferred=inferred,
        candidates=candidates,
        locale=spec.locale,
    )
    return prefix + text, figure, _is_bare_dollar(spec.surface)


@st.composite
def _specs(
    draw: st.DrawFn,
    currencies: tuple[str, ...],
    styles: tuple[str, ...],
    qualifiers: bool,
    ranges: bool,
    number_words: bool,
    unambiguous: bool = False,
) -> _Spec:
    # Every choice is drawn whatever the earlier ones were, so that the simplest
    # phrase is also the shortest sequence of choices and shrinking finds "$1".
    currency = draw(st.sampled_from(currencies))
    usable = [s for s in styles if _surfaces(currency, s, unambiguous=unambiguous)]
    style = usable[draw(st.integers(0, len(styles) - 1)) % len(usable)]
    surfaces = _surfaces(currency, style, unambiguous=unambiguous)
    surface = surfaces[draw(st.integers(0, _MAX_SURFACES - 1)) % len(surfaces)]
    spaced = draw(st.booleans())
    qualifier = draw(st.sampled_from(_QUALIFIERS)) if qualifiers else None
    scale = draw(st.sampled_from(_SCALES))
    big = scale[1] > 1
    left = _digits(
        draw(amounts(min_value=D("0.1") if big else D("0.01"), max_value=D(9999) if big else D(10**10))),
        draw(st.sampled_from(_GROUPINGS)),
    )
    if number_words and draw(st.booleans()) and style in ("name", "code_after"):
        return _Spec(currency, style, surface, draw(_word_numerals()), qualifier=qualifier)
    # "$5", "$ 5"; "5 €", and without a scale word also "5€"
    gap = {"symbol": " " if spaced else "", "symbol_after": "" if spaced and not big else " "}.get(style, "")
    code_then_scale = draw(st.booleans()) and style == "code_after" and scale in _SPACED_SCALES
    if ranges and draw(st.booleans()) and not code_then_scale:
        form = draw(st.sampled_from(("-", "–", "to", "between")))
        step = draw(amounts(min_value=D("0.01") if left.value < 1 else D(1), max_value=D(999)))
        right = _digits(left.value + step, draw(st.sampled_from(_GROUPINGS)))
        return _Spec(currency, style, surface, left, scale, gap, None, form, right)
    return _Spec(currency, style, surface, left, scale, gap, qualifier, code_then_scale=code_then_scale)


def _ru_number(n: int, case: str, feminine: bool = False) -> str:
    """1-999 in Russian words: "сто двадцать пять", genitive "ста двадцати пяти"."""
    units, tens, hundreds = _RU_NUMERALS[case]
    words = []
    if n >= 100:
        words.append(hundreds[n // 100 - 1])
    rest = n % 100
    if rest >= 20:
        words.append(tens[rest // 10 - 2])
        rest %= 10
    if rest:
        words.append(_RU_FEMININE[case][rest - 1] if feminine and rest <= 2 else units[rest - 1])
    return " ".join(words)


def _ru_form(n: int, case: str) -> int:
    """Which form a noun takes after ``n`` in ``case``: 0 one, 1 two to four, 2 five or more."""
    if 11 <= n % 100 <= 14:
        return 2
    last = n % 10
    if case == "gen":  # "более двух миллиардов": only one keeps its own form
        return 1 if last == 1 else 2
    return 0 if last == 1 else 1 if 2 <= last <= 4 else 2


def _kk_number(n: int) -> str:
    """1-999 in Kazakh words: "үш жүз елу бес"; a hundred alone is "жүз"."""
    words = []
    if n >= 100:
        words += ([_KK_UNITS[n // 100 - 1]] if n >= 200 else []) + ["жүз"]
    if n % 100 >= 10:
        words.append(_KK_TENS[n % 100 // 10 - 1])
    if n % 10:
        words.append(_KK_UNITS[n % 10 - 1])
    return " ".join(words)


def _stated(text: str, value: Decimal) -> _Numeral:
    """A number in words, stated to its last non-zero place: "семи миллиардов" is 6.5-7.5 billion."""
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return _Numeral(text, value, D(5).scaleb(exponent - 1), words=True)


@st.composite
def _local_words(draw: st.DrawFn, locale: str, surface: str, case: str) -> _Numeral:
    """A Russian or Kazakh number in words that the name ``surface`` can follow:
    "двадцать пять тысяч", "более семи миллиардов", "полтора миллиарда",
    "миллиарда" (one of it), "үш жүз елу миллион", "жарты миллиард"."""
    scaled = draw(st.integers(0, len(_RU_SCALE_WORDS if locale == "ru" else _KK_SCALE_WORDS)))  # 0: none
    form = draw(st.sampled_from(("n", "one_of", "and_a_half")))
    n = draw(st.integers(1, 999))
    if locale == "kk":
        if not scaled:
            # "бір" alone is the article: a number ends in it only before a scale word
            n = n + 1 if n % 10 == 1 else n
            return _stated(_kk_number(n), D(n))
        word, mult = _KK_SCALE_WORDS[scaled - 1]
        if form == "one_of":
            return _stated(f"бір{word}", mult)
        if form == "and_a_half":
            return _stated(f"жарты{word}", mult / 2)  # "жарты миллиард": half of one
        return _stated(_kk_number(n) + word, n * mult)
    declines = surface not in _INDECLINABLE
    if not scaled:
        if declines and _ru_form(n, case) != 2:
            n += 5 - n % 10 if n % 10 < 5 else 0  # "пять рублей", never "два рублей"
        return _stated(_ru_number(n, case), D(n))
    forms, mult = _RU_SCALE_WORDS[scaled - 1]
    if form == "one_of":  # "миллиард евро", "более миллиарда": a scale word alone is one of it
        return _stated(forms[0 if case == "nom" else 1], mult)
    if form == "and_a_half":  # "полтора миллиарда", "более полутора миллиардов"
        half = ("полтора" if mult > 1000 else "полторы") if case == "nom" else "полутора"
        return _stated(f"{half} {forms[1 if case == 'nom' else 2]}", mult * D("1.5"))
    return _stated(f"{_ru_number(n, case, feminine=mult == 1000)} {forms[_ru_form(n, case)]}", n * mult)


def _local_forms(
    locale: str, currency: str, *, unambiguous: bool = False, styles: Collection[str] = STYLES
) -> list[tuple[str, str]]:
    """The (style, surface) pairs ``locale`` writes ``currency`` with, names first;
    with ``unambiguous``, only those that name it alone (not "рублей")."""
    forms = [("name", n) for n in _LOCAL_NAMES[locale].get(currency, ())] + [
        ("symbol_after", sym) for sym in _LOCAL_SYMBOLS_AFTER[locale].get(currency, ())
    ]
    return [
        (style, s) for style, s in forms
        if style in styles and not (unambiguous and _ambiguous(currency, style, s))
    ]


@st.composite
def _local_specs(
    draw: st.DrawFn,
    locale: str,
    currencies: tuple[str, ...],
    qualifiers: bool,
    unambiguous: bool = False,
    number_words: bool = False,
    styles: Collection[str] = STYLES,
) -> _Spec:
    """A Russian or Kazakh phrase: "более 3,5 млрд тенге", "1 234,5 ₽"; with
    ``number_words`` also "более семи миллиардов долларов США", "үш жүз миллион
    теңге" and compound numerals, "3 млрд 400 млн тенге"."""
    currency = draw(st.sampled_from([c for c in currencies if _local_forms(locale, c, unambiguous=unambiguous, styles=styles)]))
    style, surface = draw(st.sampled_from(_local_forms(locale, currency, unambiguous=unambiguous, styles=styles)))
    scale = draw(st.sampled_from((_NO_SCALE, *_LOCAL_SCALES[locale])))
    big = scale[1] > 1
    if style == "symbol_after" and not big:
        scale = _LOCAL_SCALES[locale][1]  # "5 млн ₸": a Cyrillic word tells the language
        big = True
    value = draw(amounts(min_value=D("0.1") if big else D("0.01"), max_value=D(9999) if big else D(10**10)))
    left = _digits(value, draw(st.sampled_from(_LOCAL_GROUPINGS)), ",")
    qualifier = draw(st.sampled_from(_LOCAL_QUALIFIERS[locale])) if qualifiers else None
    numeral = draw(st.sampled_from(("digits", "words", "compound"))) if number_words else "digits"
    if numeral == "words" and style == "name":
        # "более", "около" and "до" govern the genitive: "более семи миллиардов"
        case = "gen" if qualifier and qualifier[0] in ("более", "около", "до") else "nom"
        return _Spec(currency, style, surface, draw(_local_words(locale, surface, case)), qualifier=qualifier, locale=locale)
    if numeral == "compound":
        # "3 млрд 400 млн тенге", "512 млн 730 тыс. тенге": a larger scale, then a part under one of it
        larger = draw(st.integers(1, len(_LOCAL_SCALES[locale]) - 1))
        lead_word, lead_mult = _LOCAL_SCALES[locale][larger]
        scale = _LOCAL_SCALES[locale][draw(st.integers(0, larger - 1))]
        part = draw(amounts(min_value=D(1), max_value=D(999)))
        whole = draw(st.integers(1, 999))
        lead = (f"{whole}{lead_word} ", whole * lead_mult)
        return _Spec(currency, style, surface, _digits(part, "", ","), scale, " ", qualifier, locale=locale, lead=lead)
    return _Spec(currency, style, surface, left, scale, " ", qualifier, locale=locale)


def _ambiguous(currency: str, style: str, surface: str) -> bool:
    cands, inferred = _reading(_Spec(currency, style, surface, _digits(D(1))))
    return bool(cands) or inferred


def money_phrases(
    *,
    currencies: Collection[str] | None = None,
    styles: Collection[str] | None = None,
    qualifiers: bool = True,
    ranges: bool = True,
    number_words: bool = True,
    languages: Collection[str] | None = None,
    locales: Collection[str] | None = None,
) -> st.SearchStrategy[tuple[str, Figure]]:
    """Phrases that state one amount of money, each with the Figure it states.

    Draws ``(phrase, expected)``: ``kzuk_figures.extract(phrase)`` should
    return ``[expected]``, whose ``start``/``end`` are the figure's span in
    the phrase (a qualifier such as "over" or the "between" of a range stands
    before the span).  The expected figure carries every field: value,
    stated precision as ``low``/``high`` (a range's two ends), currency,
    qualifier, the numeral and scale as written, the currency as written, and
    for a bare "$" or "dollars" the candidates with ``currency_inferred``.

    ``styles`` picks from :data:`STYLES`: a symbol before the number
    ("$5", "US$6.7 million", "C$", "A$", "£", "€", "₸", "₽", "¥"), an ISO
    code before or after it ("USD 6.7 million", "6.7 million USD",
    "75 USD million"), a name after it ("3.5 billion tenge", "10 million pounds
    sterling", "euros", "roubles"), or a symbol after it ("5 €").
    ``currencies`` are ISO codes: those in :data:`CURRENCIES` have symbols and
    names; any other code the scanner knows is written as a code.  The number
    may carry a scale word or suffix (" million", "bn", "k", "mln", " trn"...),
    be written in words ("three billion tenge", "half a billion dollars"),
    follow a qualifier ("over", "about", "up to", "at least", "nearly",
    "under"...) or be a range ("$5-7 million", "$5 million to $7 million",
    "between $5m and $7m").

    >>> from hypothesis import find
    >>> find(money_phrases(languages=["en"]), lambda p: p[1].currency == "KZT")[0]
    '₸1'
    >>> find(money_phrases(styles=["name"], languages=["en"]), lambda p: p[1].qualifier == "range")[0]
    '1-2 dollars'

    ``languages`` picks from :data:`LOCALES`: all three by default, so a
    property test sees Russian and Kazakh forms unless it narrows them (a
    failing example shrinks to the simplest phrase, in any of them).  ``locales`` is its older name.  A
    language that writes none of ``currencies`` in ``styles`` is left out
    when drawn by default, and refused when asked for.  Russian and Kazakh
    phrases write the amount with a decimal comma and space grouping, the scale word
    and the currency after it ("более 3,5 млрд тенге", "1 234,5 млн ₽",
    "12 млн АҚШ доллары").  With ``number_words`` the amount may be written
    in words, declined for the word before it ("более семи миллиардов
    долларов США", "үш жүз миллион теңге", "полтора миллиарда рублей"), or
    as a compound of two scales ("2 млрд 200 млн рублей"); ranges are drawn
    in English.

    >>> find(money_phrases(languages=["ru"]), lambda p: True)[0]
    '1 долларов США'
    """
    codes = _currency_args(currencies)
    chosen_styles = STYLES if styles is None else _choices(styles, "styles", STYLES)
    for name, flag in (("qualifiers", qualifiers), ("ranges", ranges), ("number_words", number_words)):
        _bool_arg(flag, name)
    if languages is not None and locales is not None:
        raise InvalidArgument("pass languages= or its older name locales=, not both")
    asked = languages if languages is not None else locales
    langs = LOCALES if asked is None else _choices(asked, "languages", LOCALES)
    strategies = []
    if "en" in langs:
        for code in codes:
            if not any(_surfaces(code, s) for s in chosen_styles):
                raise InvalidArgument(
                    f"currency {code!r} has no surface form in styles={list(chosen_styles)}; "
                    f"it can be written as {[s for s in STYLES if _surfaces(code, s)]}"
                )
        strategies.append(_specs(codes, chosen_styles, qualifiers, ranges, number_words))
    for loc in (lang for lang in LOCALES[1:] if lang in langs):
        usable = [c for c in codes if _local_forms(loc, c, styles=chosen_styles)]
        if usable:
            strategies.append(
                _local_specs(loc, tuple(usable), qualifiers, number_words=number_words, styles=chosen_styles)
            )
        elif asked is not None:
            raise InvalidArgument(
                f"languages holds {loc!r}, which writes "
                f"{sorted({*_LOCAL_NAMES[loc], *_LOCAL_SYMBOLS_AFTER[loc]})} as a name or a symbol after "
                f"the number, none of currencies={list(codes)} in styles={list(chosen_styles)}"
            )
    if not strategies:
        raise InvalidArgument(f"no language writes any of currencies={list(codes)} in styles={list(chosen_styles)}")
    return st.one_of(*strategies).map(_phrase_of)


def _phrase_of(spec: _Spec) -> tuple[str, Figure]:
    phrase, figure, _ = _render(spec)
    return phrase, figure


# ---------------------------------------------------------------- figures that are not money

#: Units as news writes them, with the unit name Figure.unit gives.
_UNITS_WRITTEN = (
    ("km", "kilometer"), ("kg", "kilogram"), ("tonnes", "metric_ton"), ("MW", "megawatt"),
    ("hectares", "hectare"), ("barrels", "barrel"),
)  # fmt: skip
_COUNTED = ("projects", "people", "jobs", "schools", "families")
FIGURE_KINDS: tuple[str, ...] = ("money", "quantity", "percent", "number")


def figure_phrases(*, kinds: Collection[str] = FIGURE_KINDS) -> st.SearchStrategy[tuple[str, Figure]]:
    """Phrases that state one figure of any of ``kinds``, each with its Figure.

    ``"money"`` draws :func:`money_phrases`; ``"quantity"`` a physical amount
    ("2.5 tonnes", "3.5 million barrels", "40 MW"); ``"percent"`` a
    percentage ("15.5%", "12 percent"); ``"number"`` a count of things
    ("2,500 jobs", "1.2 million people").  As with money,
    ``kzuk_figures.extract(phrase)`` should return ``[expected]``.  This is
    what ``st.from_type(Figure)`` draws.

    >>> from hypothesis import find
    >>> find(figure_phrases(kinds=["percent"]), lambda p: True)[0]
    '1%'
    """
    chosen = _choices(kinds, "kinds", FIGURE_KINDS)
    parts = [money_phrases() if kind == "money" else _other_phrases(kind) for kind in chosen]
    return st.one_of(*parts)


@st.composite
def _other_phrases(draw: st.DrawFn, kind: str) -> tuple[str, Figure]:
    scale = draw(st.sampled_from(_BIG_WORDS[:2])) if kind != "percent" and draw(st.booleans()) else _NO_SCALE
    big = scale[1] > 1
    grouping = "" if big else draw(st.sampled_from(("", ",")))
    if kind == "number":  # a count is a whole number of things, "2.5 million people" apart
        value = D(draw(st.integers(1, 999 if big else 99999))) if not big or draw(st.booleans()) else None
    else:
        value = None
    if value is None:
        value = draw(amounts(min_value=D("0.1") if big else D(1), max_value=D(999) if big else D(99999), places=1))
    number = _digits(value, grouping)
    if kind == "percent":
        word, unit, counted = draw(st.sampled_from(("%", " percent"))), "percent", None
    elif kind == "quantity":
        written, unit = draw(st.sampled_from(_UNITS_WRITTEN))
        word, counted = f" {written}", None
    else:
        counted = draw(st.sampled_from(_COUNTED))
        word, unit = f" {counted}", None
    phrase = f"{number.text}{scale[0]}{word}"
    mult = scale[1]
    figure = Figure(
        kind=kind, start=0, end=len(phrase), text=phrase, value=number.value * mult,
        low=(number.value - number.quantum) * mult, high=(number.value + number.quantum) * mult,
        unit=unit, numeral=number.text, scale=mult, counted=counted,
    )
    return phrase, figure


# ---------------------------------------------------------------- documents

# Sentence openings before a figure: none ends in a qualifier, "from", a time
# word ("in", "since"...) or a month name, which would change what follows.
_LEADS = (
    "The budget reached", "The ministry spent", "Officials said the fund paid",
    "Exports came to", "The company invested", "The deal is worth", "Analysts put the cost at",
    "Revenue hit", "The bank lent", "Donors pledged",
)  # fmt: skip
# What may follow a figure in its sentence: no number, currency, scale or range word.
_TAILS = ("", " in total", " this year", " on roads and schools", ", officials said", " last month")
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_MODELS = ("A380", "A320", "Boeing 737", "F-16", "Su-30", "Tu-154", "Il-76", "COVID-19")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@st.composite
def _fillers(draw: st.DrawFn) -> str:
    """A sentence with numbers in it that are not money: years, dates, ordinals,
    percentages, phone numbers, model names."""
    kind = draw(st.sampled_from((
        "year", "day_month", "month_day", "ordinal", "percent", "phone", "model", "count",
        "quantity", "weight",
    )))  # fmt: skip
    if kind == "year":
        return f"Talks resumed in {draw(st.integers(1990, 2035))}."
    if kind == "day_month":
        return f"The board met on {draw(st.integers(1, 28))} {draw(st.sampled_from(_MONTHS))}."
    if kind == "month_day":
        return f"The board met on {draw(st.sampled_from(_MONTHS))} {draw(st.integers(1, 28))}."
    if kind == "ordinal":
        return f"It was the {_ordinal(draw(st.integers(1, 120)))} meeting of the commission."
    if kind == "percent":
        pct = draw(amounts(min_value=D("0.1"), max_value=D(100), places=1))
        return f"Inflation reached {pct}%."
    if kind == "phone":
        digits = draw(st.lists(st.integers(0, 9), min_size=10, max_size=10))
        d = "".join(map(str, digits))
        return f"For details call +7 {d[:3]} {d[3:6]} {d[6:]} today."
    if kind == "count":  # a scaled count is a figure, but not money
        n = draw(amounts(min_value=D("0.1"), max_value=D(999), places=1))
        return f"The city has {n}{draw(st.sampled_from((' million', ' thousand', 'm')))} people."
    if kind == "quantity":  # "5 m" is five metres, "32K" a temperature
        n = draw(amounts(min_value=D(1), max_value=D(9999), places=1))
        unit = draw(st.sampled_from(("m", "km", "kg", "t", "MW", "K")))
        return f"The wall is {n} {unit} long."
    if kind == "weight":  # "pounds of coal" are not sterling
        return f"The mine shipped {draw(st.integers(2, 999))} million pounds of coal."
    return f"An {draw(st.sampled_from(_MODELS))} was seen at the airport."


# The same, in Russian and Kazakh: openings with no qualifier or preposition
# at the end, and Kazakh verbs after the figure.
_LOCAL_LEADS = {
    "ru": ("Бюджет составил", "Министерство потратило", "Компания вложила", "Экспорт достиг", "Банк выдал"),
    "kk": ("Жобаға", "Бюджеттен", "Компания", "Қорға", "Банк"),
}
_LOCAL_TAILS = {
    "ru": ("", " в целом", ", сообщили в министерстве", " за прошлый месяц"),
    "kk": (" бөлінді", " жұмсалды", " инвестициялады", " берді"),
}


@st.composite
def _local_fillers(draw: st.DrawFn, locale: str) -> str:
    """Sentences with numbers that are not money, in Russian or Kazakh."""
    kind = draw(st.sampled_from(("year", "day_month", "percent", "count", "quantity")))
    year, day = draw(st.integers(1990, 2035)), draw(st.integers(1, 28))
    n = draw(amounts(min_value=D("0.1"), max_value=D(999), places=1))
    number = _digits(n, decimal=",").text
    if locale == "ru":
        return {
            "year": f"Переговоры возобновились в {year} году.",
            "day_month": f"Совет собрался {day} {draw(st.sampled_from(('мая', 'июня', 'декабря')))}.",
            "percent": f"Инфляция достигла {number}%.",
            "count": f"В городе живут {number} млн человек.",
            "quantity": f"Длина дороги — {number} км.",
        }[kind]
    return {
        "year": f"Келіссөздер {year} жылы қайта басталды.",
        "day_month": f"Кеңес {day} {draw(st.sampled_from(('мамырда', 'маусымда')))} жиналды.",
        "percent": f"Инфляция {number}% болды.",
        "count": f"Қалада {number} млн адам тұрады.",
        "quantity": f"Жолдың ұзындығы {number} км.",
    }[kind]


def documents(
    *, max_figures: int = 5, languages: Collection[str] | None = None
) -> st.SearchStrategy[tuple[str, list[Figure]]]:
    """Paragraphs of up to ``max_figures`` money phrases among numbers that are
    not money, with every money figure the paragraph holds.

    Draws ``(text, expected)``: the money figures of ``kzuk_figures.extract(text)``
    should be exactly ``expected``, spans included.  Each phrase from
    :func:`money_phrases` stands in a sentence of its own; between them stand
    sentences whose numbers are years ("in 2019"), dates ("on 30 April"),
    ordinals ("the 11th"), phone numbers, model names ("A380"), and figures
    that are not money: percentages ("15%"), scaled counts ("1.2 million
    people"), quantities ("5 m", "300 km") and "pounds of coal".  A bare "$"
    is expected to mean the one dollar the paragraph names elsewhere ("C$",
    "Canadian dollars", "AUD"), else USD, as the README says.

    Each document is in one of ``languages`` (all of :data:`LOCALES` by
    default): a Russian or Kazakh one holds
    that language's phrases and sentences ("Переговоры возобновились в 2019
    году.", "Инфляция 8,5% болды.").

    >>> from hypothesis import find
    >>> find(documents(), lambda d: True)
    ('', [])
    """
    max_figures = _int_arg(max_figures, "max_figures", 0, 1000)
    langs = LOCALES if languages is None else _choices(languages, "languages", LOCALES)
    return st.sampled_from(langs).flatmap(lambda lang: _documents(max_figures, lang))


@st.composite
def _documents(draw: st.DrawFn, max_figures: int, lang: str = "en") -> tuple[str, list[Figure]]:
    leads: tuple[str, ...]
    tails: tuple[str, ...]
    if lang == "en":
        phrases = _specs(CURRENCIES, STYLES, True, True, True)
        fillers, leads, tails = _fillers(), _LEADS, _TAILS
    else:
        usable = tuple(c for c in CURRENCIES if _local_forms(lang, c))
        phrases = _local_specs(lang, usable, True, number_words=True)
        fillers, leads, tails = _local_fillers(lang), _LOCAL_LEADS[lang], _LOCAL_TAILS[lang]
    specs = draw(st.lists(phrases, max_size=max_figures))
    pieces: list[tuple[str, Figure | None, bool]] = []
    for spec in specs:
        for filler in draw(st.lists(fillers, max_size=2)):
            pieces.append((filler, None, False))
        phrase, figure, bare = _render(spec)
        lead = draw(st.sampled_from(leads)) + " "
        sentence = f"{lead}{phrase}{draw(st.sampled_from(tails))}."
        shift = len(lead)
        pieces.append((sentence, replace(figure, start=figure.start + shift, end=figure.end + shift), bare))
    for filler in draw(st.lists(fillers, max_size=2 if max_figures else 0)):
        pieces.append((filler, None, False))
    text, found = "", []
    for i, (sentence, placed, bare) in enumerate(pieces):
        if i:
            text += draw(st.sampled_from((" ", "\n", "  ", "\n\n")))
        if placed is not None:
            found.append((replace(placed, start=placed.start + len(text), end=placed.end + len(text)), bare))
        text += sentence
    return text, _resolve_dollars(found)


def _resolve_dollars(found: list[tuple[Figure, bool]]) -> list[Figure]:
    """A bare "$" means the one dollar the document names, else USD (README, "What it finds")."""
    dollars = set(lexicon().symbols["$"])
    named = {f.currency for f, bare in found if not bare and f.currency in dollars}
    chosen = named.pop() if len(named) == 1 else "USD"
    return [
        replace(f, currency=chosen, candidates=_dollar_candidates(chosen)) if bare else f
        for f, bare in found
    ]


# ---------------------------------------------------------------- stated conversions

#: Rough units per US dollar: the centre the default rate table is drawn around.
_PER_USD = {
    "USD": D(1), "EUR": D("0.92"), "GBP": D("0.79"), "KZT": D(480), "RUB": D(90),
    "JPY": D(150), "CAD": D("1.36"), "AUD": D("1.52"), "CHF": D("0.88"), "CNY": D("7.2"),
    "UZS": D(12600),
}  # fmt: skip
_TOLERANCE = D("0.03")  # kzuk_figures.check.DEFAULT_TOLERANCE
# Both figures' precision, each capped at ±5 %, stretch the implied rate by at
# most 1.05 / 0.95 either way; a little more, so "well away" has a margin.
_WIDTH = D("1.12")


@dataclass(frozen=True, slots=True)
class _Writing:
    """How one language states a conversion: ``lead + " " + X + form.format(Y) + tail``."""

    leads: tuple[str, ...]
    forms: tuple[str, ...]  # each with the joint before it (" (", ", or "); the simplest first
    tails: tuple[str, ...]
    # the scale words a writer picks for a sum (a million or more), and for a computed amount
    source_scales: tuple[tuple[str, Decimal], ...]
    scale_words: dict[Decimal, tuple[str, ...]]
    decimal: str = "."
    groupings: tuple[str, ...] = ("", ",")


def _local_scale_words(locale: str) -> dict[Decimal, tuple[str, ...]]:
    return {D(1): ("",), **{mult: (word,) for word, mult in _LOCAL_SCALES[locale]}}


_WRITINGS: dict[str, _Writing] = {
    "en": _Writing(
        leads=(
            "The ministry spent", "The fund invested", "The company raised", "The state paid",
            "Officials said the plant cost",
        ),
        forms=(
            " ({})", " (about {})", ", or about {}", ", or {}", " (equivalent to {})", " or {}",
            " or about {}", " ({} equivalent)", " (about {} at current exchange rates)",
            ", approximately {}", ", equivalent to {}", " ({}[2])",
        ),
        tails=(" on new clinics.", " last month.", "."),
        source_scales=tuple(s for s in _SCALES if s[1] >= 10**6),
        scale_words=_SCALE_WORDS,
    ),
    "ru": _Writing(
        leads=(
            "Министерство потратило", "Фонд вложил", "Компания привлекла", "Государство выплатило",
            "По словам чиновников, завод стоил",
        ),
        forms=(
            " ({})", " (около {})", " или {}", ", или около {}", ", что эквивалентно {}",
            ", что составляет около {}", " ({} по текущему курсу)",
        ),
        tails=(" на новые школы.", " в прошлом месяце.", "."),
        source_scales=tuple(s for s in _LOCAL_SCALES["ru"] if s[1] >= 10**6),
        scale_words=_local_scale_words("ru"),
        decimal=",",
        groupings=_LOCAL_GROUPINGS,
    ),
    # Kazakh puts the verb last, and its surfaces each hold a Kazakh letter
    # (теңге, АҚШ), as do its leads and tails: the sentence reads as Kazakh.
    "kk": _Writing(
        leads=("Министрлік жаңа мектептерге", "Қор жобаға", "Компания зауыт құрылысына", "Мемлекет биыл"),
        forms=(" ({})", " немесе {}", ", яғни {}"),
        tails=(" жұмсады.", " бөлді.", " төледі."),
        source_scales=tuple(s for s in _LOCAL_SCALES["kk"] if s[1] >= 10**6),
        scale_words=_local_scale_words("kk"),
        decimal=",",
        groupings=_LOCAL_GROUPINGS,
    ),
}  # fmt: skip


def _conversion_surfaces(currency: str, language: str) -> list[tuple[str, str]]:
    """Every (style, surface) that names ``currency`` alone in ``language``."""
    if language == "en":
        return [(style, s) for style in STYLES for s in _surfaces(currency, style, unambiguous=True)]
    return _local_forms(language, currency, unambiguous=True)


def stated_conversions(
    *,
    rates: object | None = None,
    on: datetime.date | None = None,
    consistent: bool = True,
    error: str | None = None,
    currencies: Collection[str] | None = None,
    languages: Collection[str] = LOCALES,
) -> st.SearchStrategy[tuple[str, datetime.date, object, str, str | None]]:
    """Sentences that state a conversion, "X (Y)" or "X, or about Y", and the verdict it deserves.

    Draws ``(text, date, rates, expected_verdict, expected_diagnosis)`` such
    that ``kzuk_figures.check(text, date=date, rates=rates)`` returns one
    :class:`~kzuk_figures.Check` with that verdict and diagnosis (under the
    check's default 3 % tolerance).  The stated equivalent Y is computed from
    the reference rate and rounded to the two to four significant digits it is
    written with, so its own rounding always covers the exact amount.

    That is a contract, whatever ``rates`` is: the reference is the rate the
    check itself takes from ``rates`` for that pair and date, and every
    figure is placed from it, so no draw is judged otherwise.

    With ``consistent=False`` the writer made one ``error`` from
    :data:`CONVERSION_ERRORS` (drawn when ``error`` is None): a
    ``scale_slip`` (million for billion), a ``decimal_point`` moved one or two
    places, an ``inverted_rate`` applied upside down, or a ``stale_period``
    rate from an earlier month (diagnosed ``other_period``).  Each is drawn far
    enough from the reference that no rounding makes it consistent, and from
    the other errors that the diagnosis cannot be another; draws where the
    reference rate makes two errors look alike (a rate near √10 makes an
    inverted rate look like a moved decimal point) are rejected.

    ``languages`` picks from :data:`LOCALES` (all three by default; examples
    shrink toward the first) the language of the sentence, each with the forms
    that language links:

    * English: "X (Y)", "X (about Y)", "X (equivalent to Y)", "X (Y
      equivalent)", "X (about Y at current exchange rates)", a footnote mark
      "X (Y[2])", "X or Y", "X or about Y", "X, or Y", "X, or about Y",
      "X, approximately Y", "X, equivalent to Y";
    * Russian, with a decimal comma, space grouping, " млн", " млрд", " трлн"
      and the currency after the number ("3,5 млрд тенге", "12 млн €"):
      "X (Y)", "X (около Y)", "X (Y по текущему курсу)", "X или Y",
      "X, или около Y", "X, что эквивалентно Y", "X, что составляет около Y";
    * Kazakh, written so (KZT and USD: "теңге", "АҚШ долларына"): "X (Y)",
      "X немесе Y", "X, яғни Y".

    A language that names fewer than two of ``currencies`` is left out
    (Kazakh writes only KZT and USD); if none is left,
    :class:`~hypothesis.errors.InvalidArgument` says so.

    ``rates`` defaults to a small :class:`~kzuk_figures.rates.TableRates` drawn
    per example (fast, offline, deterministic); any provider with
    ``rate(base, quote, on)`` may be given instead (``stale_period`` also needs
    its ``coverage()``).  ``on`` fixes the date; ``currencies`` limits the pair.

    >>> from hypothesis import find
    >>> text, date, rates, verdict, diagnosis = find(stated_conversions(), lambda c: True)
    >>> verdict, diagnosis, type(rates).__name__
    ('consistent', None, 'TableRates')
    >>> import kzuk_figures as kf
    >>> [c.verdict for c in kf.check(text, date=date, rates=rates)]
    ['consistent']
    """
    if rates is not None and not callable(getattr(rates, "rate", None)):
        raise InvalidArgument(f"rates={rates!r} has no rate(base, quote, on) method")
    if on is not None:
        if not isinstance(on, datetime.date):
            raise InvalidArgument(f"on={on!r} must be a datetime.date")
        if isinstance(on, datetime.datetime):
            on = on.date()
    _bool_arg(consistent, "consistent")
    if error is not None:
        if error not in CONVERSION_ERRORS:
            raise InvalidArgument(f"error={error!r} must be None or one of {list(CONVERSION_ERRORS)}")
        if consistent:
            raise InvalidArgument(f"error={error!r} makes a conversion inconsistent: pass consistent=False")
    if error == "stale_period" and rates is not None and not callable(getattr(rates, "coverage", None)):
        raise InvalidArgument(
            f"error='stale_period' needs rates with a coverage() method, which {rates!r} lacks"
        )
    codes = _currency_args(currencies)
    if len(codes) < 2:
        raise InvalidArgument(f"currencies={list(codes)!r} must hold at least two currencies")
    if rates is None:
        unpriced = [c for c in codes if c not in _PER_USD]
        if unpriced:
            raise InvalidArgument(
                f"currencies {unpriced!r} have no rate in the default table; pass rates= a provider"
            )
    writers: list[tuple[str, tuple[str, ...]]] = []
    for lang in _choices(languages, "languages", LOCALES):
        usable = tuple(c for c in codes if _conversion_surfaces(c, lang))
        if len(usable) >= 2:
            writers.append((lang, usable))
    if not writers:
        raise InvalidArgument(
            f"no language in languages={list(_choices(languages, 'languages', LOCALES))} writes two of "
            f"currencies={list(codes)}; Russian writes {sorted(_LOCAL_NAMES['ru'])}, "
            f"Kazakh {sorted(_LOCAL_NAMES['kk'])}, English any"
        )
    return _stated_conversions(rates, on, consistent, error, tuple(writers))


def _months_before(day: datetime.date, n: int) -> datetime.date:
    y, m = divmod(day.year * 12 + day.month - 1 - n, 12)
    return datetime.date(y, m + 1, 1)


def _sig(d: Decimal, digits: int) -> Decimal:
    return d.quantize(D(1).scaleb(d.adjusted() - digits + 1), rounding=ROUND_HALF_EVEN)


def _far(point: Decimal, reference: Decimal) -> bool:
    """No rounding of the figures lets ``point`` meet ``reference`` within the tolerance."""
    return point * _WIDTH < reference * (1 - _TOLERANCE) or point / _WIDTH > reference * (1 + _TOLERANCE)


@st.composite
def _target(draw: st.DrawFn, amount: Decimal, writing: _Writing) -> tuple[_Numeral, tuple[str, Decimal]]:
    """``amount`` as a writer states it: two to four significant digits under a scale word."""
    thousands = draw(st.booleans())  # "US$523 thousand" rather than "US$523,000"
    mult = next((m for m in (D(10**12), D(10**9), D(10**6), D(10**3)) if amount >= m), D(1))
    if mult == 1000 and not thousands:
        mult = D(1)
    digits = draw(st.integers(2, 4))
    n = _EXACT.divide(amount, mult)
    exponent = max(min(n.adjusted() - digits + 1, 0), -2 if mult == 1 else -6)
    n = n.quantize(D(1).scaleb(exponent), rounding=ROUND_HALF_EVEN)
    number = _digits(n, draw(st.sampled_from(writing.groupings)), writing.decimal)
    return number, (draw(st.sampled_from(writing.scale_words[mult])), mult)


@st.composite
def _stated_conversions(
    draw: st.DrawFn,
    provider: object | None,
    on: datetime.date | None,
    consistent: bool,
    error: str | None,
    writers: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[str, datetime.date, object, str, str | None]:
    from .errors import RateNotFoundError
    from .rates import TableRates

    kind = None if consistent else (error or draw(st.sampled_from(CONVERSION_ERRORS)))
    lang, codes = draw(st.sampled_from(writers))
    writing = _WRITINGS[lang]
    src_code = draw(st.sampled_from(codes))
    tgt_code = draw(st.sampled_from([c for c in codes if c != src_code]))
    if on is None:
        first, last = datetime.date(2005, 1, 1), datetime.date(2025, 6, 30)
        coverage = getattr(provider, "coverage", None)
        if callable(coverage):
            first, last = coverage()
        on = draw(st.dates(first, last))
    stale: Decimal | None = None
    if provider is None:
        # a rate near the real one, to six significant digits
        centre = _EXACT.divide(_PER_USD[tgt_code], _PER_USD[src_code])
        rate = _sig(centre * (1 + D(draw(st.integers(-300, 400))) / 1000), 6)
        table: dict[tuple[object, ...], object] = {(src_code, tgt_code, f"{on:%Y-%m}"): rate}
        if kind == "stale_period":
            drift = draw(st.sampled_from((D(1), D(-1)))) * D(draw(st.integers(20, 60))) / 100
            stale = _sig(rate * (1 + drift) if drift > 0 else rate / (1 - drift), 6)
            back = _months_before(on, draw(st.integers(1, 36)))
            table[(src_code, tgt_code, f"{back:%Y-%m}")] = stale
        rates: object = TableRates(table, name="drawn")
    else:
        rates = provider
        try:
            rate = rates.rate(src_code, tgt_code, on).value  # type: ignore[attr-defined]
        except RateNotFoundError:
            assume(False)
        if kind == "stale_period":
            stale = _stale_rate(draw, rates, src_code, tgt_code, on, rate)

    # a sum worth converting: millions or more, in digits, or else in (English) words
    if lang == "en":
        spec = draw(_specs((src_code,), STYLES, True, False, False, unambiguous=True))
    else:
        spec = draw(_local_specs(lang, (src_code,), True, unambiguous=True))
    scale = draw(st.sampled_from(writing.source_scales))
    left = _digits(draw(amounts(min_value=D("0.1"), max_value=D(999), places=2)), "", writing.decimal)
    gap = " " if spec.style == "symbol_after" else spec.gap
    spec = replace(spec, left=left, scale=scale, gap=gap, code_then_scale=False)
    if lang == "en" and draw(st.booleans()) and spec.style in ("name", "code_after"):
        spec = replace(spec, left=draw(_word_numerals()), scale=_NO_SCALE)
    source_value = spec.left.value * spec.scale[1]
    exact = _EXACT.multiply(source_value, rate)
    if kind == "inverted_rate":
        exact = _EXACT.divide(source_value, rate)
    elif kind == "stale_period":
        assert stale is not None
        exact = _EXACT.multiply(source_value, stale)
    if not D(20) <= exact < D(10**15):
        assume(False)  # too small or too large to state sensibly
    number, scale = draw(_target(exact, writing))
    if kind == "scale_slip":
        up = draw(st.booleans())
        up = scale[1] < 10**12 and (scale[1] < 10**6 or up)
        mult = scale[1] * 1000 if up else scale[1] / 1000
        scale = (draw(st.sampled_from(writing.scale_words[mult])), mult)
    elif kind == "decimal_point":
        # The point moves; the digits, and so the relative precision, stay.  It
        # can move right only over written decimals ("6.7" -> "67", not "670",
        # which would claim a precision the writer never had), and left only so
        # far that a scale-less "₸0.067" is not read as 67 tenge.
        shift = draw(st.sampled_from((1, 2))) * draw(st.sampled_from((1, -1)))
        places = -number.value.as_tuple().exponent  # type: ignore[operator]
        if not (places - shift >= 0 and (scale[1] > 1 or places - shift <= 2)):
            shift = -shift
        if not (places - shift >= 0 and (scale[1] > 1 or places - shift <= 2)):
            assume(False)
        number = _digits(number.value.scaleb(shift), decimal=writing.decimal)
    tgt_surfaces = _conversion_surfaces(tgt_code, lang)
    style, surface = tgt_surfaces[draw(st.integers(0, len(STYLES) * _MAX_SURFACES - 1)) % len(tgt_surfaces)]
    gap = " " if style == "symbol_after" else ""
    target = _Spec(tgt_code, style, surface, number, scale, gap, locale=lang)
    written = number.value * scale[1]

    # The implied rate, quoted as the check quotes it (at least 1).
    implied = _EXACT.divide(written, source_value)
    reference = rate
    if reference < 1:
        implied, reference = 1 / implied, 1 / reference
    if kind is not None and not _only_this_error(implied, reference, kind):
        assume(False)

    source_phrase, _, _ = _render(spec)
    target_phrase, _, _ = _render(target)
    text = (
        f"{draw(st.sampled_from(writing.leads))} {source_phrase}"
        f"{draw(st.sampled_from(writing.forms)).format(target_phrase)}{draw(st.sampled_from(writing.tails))}"
    )
    if kind is None:
        return text, on, rates, "consistent", None
    return text, on, rates, "inconsistent", _DIAGNOSIS[kind]


def _only_this_error(implied: Decimal, reference: Decimal, kind: str) -> bool:
    """True when the check, trying slips in its own order, can only find ``kind``."""
    if not _far(implied, reference):
        return False
    tried: list[Decimal] = []
    if kind != "scale_slip":
        tried += [D(1000), D(10**6)]
        if kind != "decimal_point":
            tried += [D(10), D(100)]
    for f in tried:
        if not (_far(implied * f, reference) and _far(implied / f, reference)):
            return False
    if kind == "stale_period" and not _far(1 / implied, reference):
        return False
    return True


def _stale_rate(
    draw: st.DrawFn, rates: object, base: str, quote: str, on: datetime.date, rate: Decimal
) -> Decimal:
    """A rate the provider published in an earlier month, far from today's."""
    from .errors import RateNotFoundError

    first = rates.coverage()[0]  # type: ignore[attr-defined]
    back = draw(st.integers(1, 120))
    for n in range(back, back + 120):
        day = _months_before(on, n)
        if day < first:
            break
        try:
            old = rates.rate(base, quote, day).value  # type: ignore[attr-defined]
        except RateNotFoundError:
            continue
        if _far(old, rate):
            return old
    assume(False)
    raise AssertionError("unreachable")


# ---------------------------------------------------------------- stated changes and shares

#: A stated relation as the strategies below draw it: the text, the verdict
#: check should reach, what the text states in ("percent" or "times"), the
#: value it states, and the two amounts it relates.
_Stated = tuple[str, str, str, Decimal, tuple[Decimal, Decimal]]


@dataclass(frozen=True, slots=True)
class _Sum:
    """An amount as written: its number, in units of its scale, and the scale."""

    number: _Numeral
    mult: Decimal

    @property
    def value(self) -> Decimal:
        return self.number.value * self.mult

    @property
    def half(self) -> Decimal:
        return self.number.quantum * self.mult


def _span(value: Decimal, half: Decimal, capped: bool) -> tuple[Decimal, Decimal]:
    """What a figure stands for: half its last written place either side and,
    when ``capped``, no more than the check's ±MAX_ROUNDING of its value, as
    the check reads it.  Capped is the narrower: a draw that must be
    consistent is judged with it, one that must not be without it."""
    from .check import MAX_ROUNDING

    w = min(half, value * MAX_ROUNDING) if capped else half
    return value - w, value + w


def _ratio_span(top: _Sum, bottom: _Sum, capped: bool) -> tuple[Decimal, Decimal]:
    """``top / bottom`` over every value the two figures may stand for."""
    tlo, thi = _span(top.value, top.half, capped)
    blo, bhi = _span(bottom.value, bottom.half, capped)
    return _EXACT.divide(tlo, bhi), _EXACT.divide(thi, blo)


def _meets(x: tuple[Decimal, Decimal], y: tuple[Decimal, Decimal]) -> bool:
    """The two intervals overlap, and not in a single point."""
    return x[0] < y[1] and x[1] > y[0]


def _misses(x: tuple[Decimal, Decimal], y: tuple[Decimal, Decimal], margin: Decimal) -> bool:
    """The two intervals lie ``margin`` or more apart."""
    return x[0] >= y[1] + margin or x[1] <= y[0] - margin


def _number_between(draw: st.DrawFn, lo: Decimal, hi: Decimal) -> Decimal:
    """A number in [lo, hi] as news writes an amount: whole, or with one decimal."""
    places = draw(st.integers(0, 1))
    lo_u, hi_u = _units(lo, hi, places)
    if lo_u > hi_u:
        places = 1
        lo_u, hi_u = _units(lo, hi, places)
    if lo_u > hi_u:
        assume(False)
    n = draw(st.integers(lo_u, hi_u))
    return D(n // 10) if places and n % 10 == 0 else D(n).scaleb(-places)  # "2", not "2.0"


def _at_places(value: Decimal, places: int) -> Decimal:
    return value.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_EVEN, context=_EXACT)


def _percent_stated(
    draw: st.DrawFn,
    exact: Decimal,
    capped: tuple[Decimal, Decimal],
    wide: tuple[Decimal, Decimal],
    consistent: bool,
    ceiling: Decimal,
) -> Decimal:
    """The percentage a text states for a relation whose figures give ``exact``
    (``capped`` and ``wide`` from their rounding): rounded from it when the
    text is right; else a whole or one-decimal percentage whose own ±half a
    unit misses even ``wide`` by a unit more, and no more than ``ceiling``."""
    places = draw(st.integers(0, 1))
    if consistent:
        for q in range(places, 2):
            p = _at_places(exact, q)
            if p > 0 and _meets(_span(p, D(5).scaleb(-q - 1), True), capped):
                return p
        assume(False)
    unit = D(1).scaleb(-places)
    step = D(draw(st.integers(0, 20))) * unit  # how far beyond the least wrong value
    over = _EXACT.divide(wide[1] + unit * 3 / 2, unit).to_integral_value(ROUND_CEILING) * unit + step
    under = _EXACT.divide(wide[0] - unit * 3 / 2, unit).to_integral_value(ROUND_FLOOR) * unit - step
    sides = (under, over) if draw(st.booleans()) else (over, under)
    for p in sides:
        if unit <= p <= ceiling:
            assert _misses(wide, _span(p, unit / 2, False), unit)
            return p
    assume(False)
    raise AssertionError("unreachable")


# The multiples a change states in words, by language, with their values:
# English verbs ("doubled", and "halved" for a fall) and "-fold" words,
# Russian "вдвое" and "в три раза", Kazakh "екі есе".  A word states an exact
# value; a numeral ("2,5 раза", "3 times") half its last place either side.
_EN_MULTIPLE_VERBS: tuple[tuple[str, Decimal, str], ...] = (
    ("doubled", D(2), "up"), ("tripled", D(3), "up"), ("trebled", D(3), "up"),
    ("quadrupled", D(4), "up"), ("halved", D(2), "down"),
)  # fmt: skip
_EN_FOLD_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_RU_MULTIPLE_WORDS: tuple[tuple[str, Decimal], ...] = (
    ("вдвое", D(2)), ("втрое", D(3)), ("вчетверо", D(4)), ("впятеро", D(5)), ("вдесятеро", D(10)),
)  # fmt: skip
_RU_TIMES_WORDS: tuple[tuple[str, Decimal], ...] = (
    *((_ru_number(n, "nom"), D(n)) for n in range(2, 11)), ("полтора", D("1.5")),
)
_KK_TIMES_WORDS: tuple[tuple[str, Decimal], ...] = tuple((_kk_number(n), D(n)) for n in range(2, 11))


@dataclass(frozen=True, slots=True)
class _Multiple:
    """A multiple as a change states it: the words, their value, and half the
    value's last written place (zero for a word, which is exact)."""

    kind: str  # "verb" ("doubled"), "word" ("вдвое", "в три раза", "three-fold", "екі есе") or "numeral"
    text: str
    value: Decimal
    half: Decimal


def _ru_times(n: Decimal) -> str:
    """ "раз" or "раза" after ``n``: "в 5 раз", "в 2 раза", "в 2,5 раза", "в 12 раз"."""
    if n != n.to_integral_value():
        return "раза"
    k = int(n)
    return "раза" if k % 10 in (2, 3, 4) and k % 100 not in (12, 13, 14) else "раз"


@st.composite
def _multiples(draw: st.DrawFn, lang: str, fall: bool) -> _Multiple:
    """A multiple ``lang`` states a change of with, in a form it uses for a
    rise or (``fall``) a fall.  English states a fall as a multiple only as
    "halved": "fell three times" reads as three falls."""
    decimal = _decimal_of(lang)
    kind = draw(st.sampled_from(("numeral", "word")))
    if lang == "en" and fall:
        kind = "verb"
    if kind == "numeral":
        whole = draw(st.booleans())
        if whole:
            n = D(draw(st.integers(2, 20 if lang != "en" else 10)))
        else:
            n = D(draw(st.integers(12, 99).filter(lambda k: k % 10 != 0))).scaleb(-1)
        written = _digits(n, decimal=decimal)
        if lang == "en":  # "rose 3 times" may count rises: a whole multiple is "3-fold"
            text = f"{written.text}-fold" if whole else f"{written.text} times"
        elif lang == "ru":
            text = f"в {written.text} {_ru_times(n)}"
        else:
            text = f"{written.text} есе"
        return _Multiple("numeral", text, n, written.quantum)
    if lang == "en":
        if kind == "verb" or draw(st.booleans()):
            verbs = [(w, v) for w, v, way in _EN_MULTIPLE_VERBS if (way == "down") == fall]
            word, value = draw(st.sampled_from(verbs))
            return _Multiple("verb", word, value, D(0))
        k = draw(st.integers(0, len(_EN_FOLD_WORDS) - 1))
        return _Multiple("word", f"{_EN_FOLD_WORDS[k]}-fold", D(k + 2), D(0))
    if lang == "ru":
        if draw(st.booleans()):
            word, value = draw(st.sampled_from(_RU_MULTIPLE_WORDS))
            return _Multiple("word", word, value, D(0))
        word, value = draw(st.sampled_from(_RU_TIMES_WORDS))
        return _Multiple("word", f"в {word} {_ru_times(value)}", value, D(0))
    word, value = draw(st.sampled_from(_KK_TIMES_WORDS))
    return _Multiple("word", f"{word} есе", value, D(0))


def _times_span(a: _Sum, b: _Sum, fall: bool, capped: bool) -> tuple[Decimal, Decimal]:
    """The multiple from ``a`` to ``b``: b/a for a rise, a/b for a fall."""
    return _ratio_span(a, b, capped) if fall else _ratio_span(b, a, capped)


def _multiple_end(draw: st.DrawFn, a: _Sum, m: _Multiple, fall: bool, consistent: bool, decimal: str) -> _Sum:
    """The later end of a change from ``a`` that states ``m``: a times (or over)
    the multiple when the text is right; else one whose multiple misses the
    stated one, even at the edges of both figures' rounding, by a unit of the
    numeral's last place (a tenth of a word's value) or more."""
    places = draw(st.integers(0, 1))
    unit = D(1).scaleb(-places)
    if consistent:
        exact = _EXACT.divide(a.number.value, m.value) if fall else a.number.value * m.value
        for q in range(places, 2):
            b = _Sum(_digits(_at_places(exact, q), decimal=decimal), a.mult)
            if D(1) <= b.number.value <= D(999) and _meets(
                _times_span(a, b, fall, True), _span(m.value, m.half, True)
            ):
                return b
        assume(False)
    margin = m.half * 2 if m.half else m.value / 10
    lo, hi = m.value - m.half - margin, m.value + m.half + margin  # the multiples b must keep clear of
    half = unit / 2
    alo, ahi = a.number.value - a.number.quantum, a.number.value + a.number.quantum
    # The nearest ends on either side, each as (bound, rounded up): a rise's
    # b/a clears ``hi`` from b >= hi * ahi + half, and ``lo`` up to b <= lo * alo
    # - half; a fall's a/b clears ``hi`` up to b <= alo / hi - half, and ``lo``
    # from b >= ahi / lo + half.
    bounds = [(_EXACT.divide(alo, hi) - half, False)] if fall else [(hi * ahi + half, True)]
    if lo > 0:  # (it always is: a stated multiple is 1.2 or more)
        bounds.append((_EXACT.divide(ahi, lo) + half, True) if fall else (lo * alo - half, False))
    step = D(draw(st.integers(0, 20))) * unit  # how far beyond the nearest
    options = [
        _EXACT.divide(bound, unit).to_integral_value(ROUND_CEILING if up else ROUND_FLOOR) * unit
        + (step if up else -step)
        for bound, up in bounds
    ]
    if draw(st.booleans()):
        options.reverse()
    for v in options:
        # still a rise (or fall), and an amount as news writes one
        if D(1) <= v <= D(999) and (v < a.number.value if fall else v > a.number.value):
            b = _Sum(_digits(v.quantize(unit), decimal=decimal), a.mult)
            assert _misses(_times_span(a, b, fall, False), _span(m.value, m.half, False), margin)
            return b
    assume(False)
    raise AssertionError("unreachable")


# How each language writes the amounts of stated arithmetic.  English: a symbol
# before the number or a name after it; Russian: the name or symbol after the
# scale; Kazakh: the name after the scale, in the case the relation asks for.
_EN_CLAIM_MONEY = (("$", ""), ("US$", ""), ("€", ""), ("£", ""), ("", " tenge"), ("", " euros"), ("", " roubles"))
_RU_CLAIM_MONEY = (" долларов", " долларов США", " тенге", " рублей", " евро", " ₸", " ₽", " €")
# Kazakh: nominative, ablative ("from"), dative ("to"), genitive ("of")
_KK_CLAIM_MONEY = (
    ("теңге", "теңгеден", "теңгеге", "теңгенің"),
    ("доллар", "доллардан", "долларға", "доллардың"),
    ("АҚШ доллары", "АҚШ долларынан", "АҚШ долларына", "АҚШ долларының"),
)
# Only tenge and roubles run to trillions in news; a sentence keeps to one
# way of writing its scales, and a name after the number follows a word
# ("1.8 billion tenge"), not a suffix.
_TRILLIONS = frozenset({" tenge", " roubles", " тенге", " рублей", " ₸", " ₽", "теңге"})
_CLAIM_SCALES = (D(10**9), D(10**6), D(10**12))
_EN_SCALE_STYLES = (
    (" million", " billion", " trillion"), ("m", "bn", "tn"), (" mn", " bn", " tn"), ("mn", "bn", "tn"),
    (" mln", " bln", " trn"),
)  # fmt: skip


def _decimal_of(lang: str) -> str:
    return "." if lang == "en" else ","


class _Writer:
    """Writes one sentence's amounts: in one currency, its scales in one style."""

    def __init__(self, draw: st.DrawFn, lang: str) -> None:
        self.lang = lang
        self.before, self.after = draw(st.sampled_from(_EN_CLAIM_MONEY)) if lang == "en" else ("", "")
        if lang == "ru":
            self.after = draw(st.sampled_from(_RU_CLAIM_MONEY))
        self.kk: tuple[str, ...] = draw(st.sampled_from(_KK_CLAIM_MONEY)) if lang == "kk" else ()
        style = draw(st.integers(0, len(_EN_SCALE_STYLES) - 1))
        self.style = _EN_SCALE_STYLES[0 if self.after else style]
        self.trillions = (self.after or (self.kk[0] if self.kk else "")) in _TRILLIONS

    def scales(self) -> tuple[Decimal, ...]:
        """The scales this currency's sums are written in; billions first."""
        return _CLAIM_SCALES if self.trillions else _CLAIM_SCALES[:2]

    def scale(self, mult: Decimal) -> str:
        if self.lang != "en":
            return next(w for w, m in _LOCAL_SCALES[self.lang] if m == mult)
        return self.style[(D(10**6), D(10**9), D(10**12)).index(mult)]

    def full(self, s: _Sum, case: int = 0) -> str:
        """ "$1.8 billion", "1,8 млрд долларов"; in Kazakh in ``case`` (see _KK_CLAIM_MONEY)."""
        if self.lang == "kk":
            return f"{s.number.text}{self.scale(s.mult)} {self.kk[case]}"
        return f"{self.before}{s.number.text}{self.scale(s.mult)}{self.after}"

    def bare(self, s: _Sum) -> str:
        """The first end of "from $1.8 to $2.1 billion", "с 1,8 до 2,1 млрд": the second end's scale."""
        return f"{self.before}{s.number.text}"

    def scaled(self, s: _Sum) -> str:
        """ "с 1,8 млрд до 2,1 млрд долларов": the second end's currency."""
        return f"{s.number.text}{self.scale(s.mult)}"


def _percent_text(draw: st.DrawFn, lang: str, p: Decimal) -> str:
    number = _digits(p, decimal=_decimal_of(lang)).text
    return f"{number} percent" if lang == "en" and draw(st.booleans()) else f"{number}%"


_EN_SUBJECTS = ("Exports", "Revenue", "Spending", "Investment", "Imports", "Net profit")
_EN_RISES = ("rose", "grew", "increased", "climbed", "jumped")
_EN_FALLS = ("fell", "declined", "dropped", "decreased", "slumped")
_EN_STOOD = ("stood at", "came to", "totalled", "reached")
_EN_WHEN = ("", " a year earlier", " in 2023", " last year")
# Russian subjects and the verbs that agree with each: masculine, feminine, plural
_RU_SUBJECTS = (
    ("Экспорт", 0), ("Товарооборот", 0), ("Бюджет", 0), ("Выручка", 1), ("Прибыль", 1),
    ("Расходы", 2), ("Инвестиции", 2), ("Доходы", 2),
)  # fmt: skip
_RU_RISES = (("вырос", "выросла", "выросли"), ("увеличился", "увеличилась", "увеличились"))
_RU_FALLS = (("сократился", "сократилась", "сократились"), ("снизился", "снизилась", "снизились"),
             ("упал", "упала", "упали"))  # fmt: skip
_RU_AMOUNTED = ("составил", "составила", "составили")
_RU_WHEN = ("", " годом ранее", " в 2022 году")
_RU_EARLIER = ("годом ранее", "в 2022 году", "за тот же период 2022 года")
_KK_SUBJECTS = ("Экспорт", "Импорт", "Бюджет", "Инвестициялар", "Кіріс", "Шығыстар")
# Kazakh verbs: (finite, converb); the converb opens a clause the ends close ("15%-ға өсіп, ... жетті")
_KK_RISES = (("өсті", "өсіп"), ("артты", "артып"), ("ұлғайды", "ұлғайып"), ("көбейді", "көбейіп"))
_KK_FALLS = (("төмендеді", "төмендеп"), ("азайды", "азайып"), ("қысқарды", "қысқарып"), ("кеміді", "кеміп"))


@st.composite
def _change_sentences(draw: st.DrawFn, lang: str, w: _Writer, a: _Sum, b: _Sum, fall: bool, stated: Decimal | _Multiple) -> str:
    """A sentence that states the change from ``a`` to ``b`` as ``stated``, a
    percentage (a magnitude) or a multiple, in one of the forms ``lang`` reads."""
    A, B = w.full(a), w.full(b)
    percent = not isinstance(stated, _Multiple)
    if lang == "en":
        subject, when = draw(st.sampled_from(_EN_SUBJECTS)), draw(st.sampled_from(_EN_WHEN))
        if isinstance(stated, _Multiple):
            verb = draw(st.sampled_from(_EN_RISES[:3]))
            head = f"{subject} {stated.text}" if stated.kind == "verb" else f"{subject} {verb} {stated.text}"
            forms = [f"{head} from {A} to {B}.", f"{head} to {B} from {A}{when}.",
                     f"{head} from {w.bare(a)} to {B}.", f"{head}, from {A} to {B}."]  # fmt: skip
        else:
            p, number = _percent_text(draw, lang, stated), _digits(stated).text
            verb = draw(st.sampled_from(_EN_FALLS if fall else _EN_RISES))
            way, stood = "down" if fall else "up", draw(st.sampled_from(_EN_STOOD))
            noun = draw(st.sampled_from(("drop", "decline", "fall") if fall else ("rise", "increase", "jump")))
            sign = draw(st.sampled_from(("−", "-"))) if fall else "+"
            than = draw(st.sampled_from(("less", "lower") if fall else ("more", "higher")))
            forms = [
                f"{subject} {verb} {p} to {B} from {A}{when}.",
                f"{subject} {verb} {p} from {A} to {B}.",
                f"{subject} {verb} {p} from {w.bare(a)} to {B}.",
                f"{subject} {verb} by {p}, from {A} to {B}.",
                f"{subject} {verb} from {A} to {B}, {way} {p}.",
                f"{subject} {stood} {B}, {way} {p} from {A}{when}.",
                f"{subject} posted a {p} {noun}, from {A} to {B}.",
                f"{subject} went from {A} to {B} ({sign}{number}%).",
                f"{subject} {stood} {B}, {p} {than} than the {A} of 2023.",
            ]
    elif lang == "ru":
        subject, g = draw(st.sampled_from(_RU_SUBJECTS))
        verb = draw(st.sampled_from(_RU_FALLS if fall else _RU_RISES))[g]
        by = stated.text if isinstance(stated, _Multiple) else f"на {_percent_text(draw, lang, stated)}"
        since = "со" if 100 <= a.number.value < 200 else "с"  # "со 150", "с 1,8"
        first = draw(st.sampled_from((w.bare(a), w.scaled(a), A)))
        sep, when = draw(st.sampled_from((" –", " —", ":", ",", ""))), draw(st.sampled_from(_RU_WHEN))
        forms = [f"{subject} {verb} {by}{sep} {since} {first} до {B}.",
                 f"{subject} {verb} {by}{sep} до {B} {since} {A}{when}."]  # fmt: skip
        if percent:
            than = draw(st.sampled_from(("меньше", "ниже") if fall else ("больше", "выше")))
            earlier = draw(st.sampled_from(_RU_EARLIER))
            forms.append(f"{subject} {_RU_AMOUNTED[g]} {B}, что {by} {than}, чем {earlier} ({A}).")
    else:
        subject = draw(st.sampled_from(_KK_SUBJECTS))
        verb, converb = draw(st.sampled_from(_KK_FALLS if fall else _KK_RISES))
        by = stated.text if isinstance(stated, _Multiple) else f"{_percent_text(draw, lang, stated)}-ға"
        A, B = w.full(a, 1), w.full(b, 2)
        till = draw(st.sampled_from(("", " дейін")))
        forms = [f"{subject} {A} {B}{till} {by} {verb}.",
                 f"{subject} {by} {converb}, {A} {B} {'түсті' if fall else 'жетті'}."]  # fmt: skip
    return draw(st.sampled_from(forms))


@st.composite
def _share_sentences(draw: st.DrawFn, lang: str, w: _Writer, part: _Sum, whole: _Sum, p: Decimal) -> str:
    """A sentence that states ``part`` as ``p`` percent of ``whole``, in one of the forms ``lang`` reads."""
    pct = _percent_text(draw, lang, p)
    if lang == "en":
        Pt, W = w.full(part), w.full(whole)
        lead = draw(st.sampled_from(("The UK accounts for", "Schools get", "Healthcare receives", "Regions account for")))
        got = draw(st.sampled_from(("The UK received", "Schools got", "Healthcare took")))
        had = draw(st.sampled_from(("The fund invested", "The budget reached", "The state spent")))
        noun = draw(st.sampled_from(("", " invested", " raised", " budget")[: 3 if w.after not in ("", " tenge") else 4]))
        join, close = draw(st.sampled_from(
            ((", or ", ""), (", or about ", ""), (" (", ")"), (" – ", ""), (", i.e. ", ""), (", that is ", ""))
        ))  # fmt: skip
        pronoun = draw(st.sampled_from(("it", "this sum", "the total")))
        forms = [
            f"{lead} {pct} of the {W}{noun}{join}{Pt}{close}.",
            f"{got} {Pt}, or {pct} of the {W}{noun}.",
            f"{had} {W}; {pct} of {pronoun}, or {Pt}, went to schools.",
        ]
    elif lang == "ru":
        Pt, W = w.full(part), w.full(whole)
        lead = draw(st.sampled_from((
            "На школы приходится", "На долю Великобритании приходится", "Доля Великобритании составляет",
            "На здравоохранение выделено",
        )))  # fmt: skip
        got = draw(st.sampled_from(("На школы пойдут", "Великобритания получила", "На здравоохранение выделено")))
        had = draw(st.sampled_from(("Бюджет составил", "Фонд вложил")))
        filler = draw(st.sampled_from(("", "общей суммы в ")))
        join, close = draw(st.sampled_from(
            ((", или ", ""), (", то есть ", ""), (" (", ")"), (" – ", ""), (", или около ", ""))
        ))  # fmt: skip
        pronoun = draw(st.sampled_from(("этой суммы", "общей суммы")))
        forms = [
            f"{lead} {pct} от {filler}{W}{join}{Pt}{close}.",
            f"{got} {Pt}, или {pct} от {filler}{W}.",
            f"{had} {W}; {pct} от {pronoun}, или {Pt}, пойдут на школы.",
        ]
    else:
        Pt, W = w.full(part), w.full(whole, 3)  # the whole in the genitive: "250 млрд теңгенің 12%-ы"
        lead, tail = draw(st.sampled_from(
            (("", " мектептерге бөлінді"), ("", " Ұлыбританияға тиесілі"), ("Денсаулық сақтауға ", " бөлінді"))
        ))  # fmt: skip
        join, close = draw(st.sampled_from(((", яғни ", ""), (" немесе ", ""), (", немесе ", ""), (" (", ")"))))
        forms = [f"{lead}{W} {pct}-ы{join}{Pt}{close}{tail}.", f"{lead}{Pt}, яғни {W} {pct}-ы{tail}."]
    return draw(st.sampled_from(forms))


def stated_changes(
    *, consistent: bool = True, languages: Collection[str] = LOCALES
) -> st.SearchStrategy[_Stated]:
    """Sentences that state a change with both its ends, and the verdict it deserves.

    Draws ``(text, verdict, measure, stated, (start, end))`` such that
    ``kzuk_figures.check(text)`` returns one :class:`~kzuk_figures.Check`,
    with ``claim == "change"`` and that ``verdict``, whose relation states
    ``stated`` in ``measure`` between amounts worth ``start`` and ``end``:

    * ``measure="percent"``: ``stated`` is the percentage, negative for a
      fall ("fell 14%" is ``Decimal("-14")``);
    * ``measure="times"``: ``stated`` is the multiple, for a rise or a fall
      alike ("в 12 раз" is 12, "halved" 2).

    The ends are whole or one-decimal numbers from 1 to 999 under one scale
    word (million, billion, trillion; "млн", "млрд", "трлн") in one currency.
    With ``consistent=True`` the stated figure meets what the ends give at
    the edges of every figure's rounding, as the check reads them ("15%" is
    14.5-15.5 %, "$2.1 billion" 2.05-2.15 billion, a word such as "doubled"
    exactly 2).  With ``consistent=False`` it misses even the widest reading
    of the ends by a unit of its own last place or more, beyond its own half
    a unit ("15%" when the ends give at most 13.4 %), so no rounding can make
    it consistent; a multiple in words misses by a tenth of its value.

    ``languages`` picks from :data:`LOCALES` (all three by default; examples
    shrink toward the first) the language of the sentence, each in the forms
    its finder reads, a rise or a fall:

    * English: "rose 15% to B from A", "rose 15 percent from A to B", "rose
      15% from $1.8 to $2.1 billion", "rose by 15%, from A to B", "grew from A
      to B, up 15%", "stood at B, down 14% from A", "posted a 15% rise, from A
      to B", "went from A to B (+15%)", "reached B, 15% more than the A of
      2023"; multiples "doubled", "tripled", "quadrupled", "halved", "rose 2.5
      times", "grew 3-fold", "grew three-fold", before "from A to B" or "to B
      from A";
    * Russian: "вырос на 15% – с 1,8 до 2,1 млрд долларов" (the first end bare,
      with its scale or whole), "выросла на 15%, до B с A годом ранее",
      "составили B, что на 15% больше, чем годом ранее (A)"; multiples "в 12
      раз", "в 2,5 раза", "вдвое", "в три раза", "в полтора раза";
    * Kazakh: "1,8 млрд доллардан 2,1 млрд долларға дейін 15%-ға өсті",
      "15%-ға өсіп, A-дан B-ға жетті" (a fall "түсті"); multiples "3 есе",
      "екі есе".

    >>> from hypothesis import find
    >>> text, verdict, measure, stated, ends = find(
    ...     stated_changes(languages=["en"]), lambda c: c[2] == "percent")
    >>> text, verdict, stated
    ('Exports rose 50% to $3 billion from $2 billion.', 'consistent', Decimal('50'))
    >>> import kzuk_figures as kf
    >>> [(c.claim, c.verdict) for c in kf.check(text)]
    [('change', 'consistent')]
    """
    _bool_arg(consistent, "consistent")
    return _stated_changes(consistent, _choices(languages, "languages", LOCALES))


@st.composite
def _stated_changes(draw: st.DrawFn, consistent: bool, langs: tuple[str, ...]) -> _Stated:
    lang = draw(st.sampled_from(langs))
    decimal = _decimal_of(lang)
    w = _Writer(draw, lang)
    mult = draw(st.sampled_from(w.scales()))
    fall = draw(st.booleans())
    verdict = "consistent" if consistent else "inconsistent"
    if draw(st.booleans()):  # a multiple
        m = draw(_multiples(lang, fall))
        lo, hi = (m.value, D(999)) if fall else (D(1), _EXACT.divide(D(999), m.value))
        a = _Sum(_digits(_number_between(draw, lo, hi), decimal=decimal), mult)
        b = _multiple_end(draw, a, m, fall, consistent, decimal)
        text = draw(_change_sentences(lang, w, a, b, fall, m))
        return text, verdict, "times", m.value, (a.value, b.value)
    start = _number_between(draw, D(2), D(900))
    lo, hi = (max(D(1), start / 5), start * D("0.99")) if fall else (start * D("1.01"), min(D(999), start * 4))
    a = _Sum(_digits(start, decimal=decimal), mult)
    b = _Sum(_digits(_number_between(draw, lo, hi), decimal=decimal), mult)
    ratio = _EXACT.divide(b.value, a.value)

    def change(r: tuple[Decimal, Decimal]) -> tuple[Decimal, Decimal]:  # a magnitude, in percent
        return ((1 - r[1]) * 100, (1 - r[0]) * 100) if fall else ((r[0] - 1) * 100, (r[1] - 1) * 100)

    exact = abs(ratio - 1) * 100
    p = _percent_stated(
        draw, exact, change(_ratio_span(b, a, True)), change(_ratio_span(b, a, False)), consistent,
        D(99) if fall else D(999),
    )
    text = draw(_change_sentences(lang, w, a, b, fall, p))
    return text, verdict, "percent", -p if fall else p, (a.value, b.value)


def stated_shares(
    *, consistent: bool = True, languages: Collection[str] = LOCALES
) -> st.SearchStrategy[_Stated]:
    """Sentences that state a share with its part and its whole, and the verdict it deserves.

    Draws ``(text, verdict, "percent", stated, (part, whole))`` such that
    ``kzuk_figures.check(text)`` returns one :class:`~kzuk_figures.Check`,
    with ``claim == "share"`` and that ``verdict``, whose relation states
    that ``part`` is ``stated`` percent of ``whole`` (the shape is
    :func:`stated_changes`'s).  The whole is a whole or one-decimal number
    from 2 to 999 under a scale word, the part one under the same scale or,
    when less than one of it, the next smaller ("$750 million" of "$250
    billion"), in the same currency.  ``consistent`` is as for
    :func:`stated_changes`: a percentage that meets what the part and the
    whole give at the edges of their rounding, or one that misses it by a
    unit of its last place beyond its own half a unit.

    ``languages`` picks from :data:`LOCALES` the language, each in the forms
    its finder reads:

    * English: "accounts for 12% of the $250 billion invested, or $30
      billion" (or "or about", "(...)", "–", "i.e.", "that is"), "received $30
      billion, or 12% of the $250 billion budget", "invested $250 billion; 12%
      of it, or $30 billion, went to schools";
    * Russian: "приходится 12% от 250 млрд тенге, или 30 млрд тенге" (or "от
      общей суммы в", "то есть", "(...)", "–", "или около"), "пойдут 30 млрд
      тенге, или 12% от 250 млрд тенге", "составил 250 млрд тенге; 12% от этой
      суммы, или 30 млрд тенге, ...";
    * Kazakh: "250 млрд теңгенің 12%-ы, яғни 30 млрд теңге мектептерге бөлінді"
      (or "немесе", "(...)"), "30 млрд теңге, яғни 250 млрд теңгенің 12%-ы".

    >>> from hypothesis import find
    >>> text, verdict, measure, stated, (part, whole) = find(stated_shares(consistent=False), lambda c: True)
    >>> import kzuk_figures as kf
    >>> [(c.claim, c.verdict) for c in kf.check(text)]
    [('share', 'inconsistent')]
    """
    _bool_arg(consistent, "consistent")
    return _stated_shares(consistent, _choices(languages, "languages", LOCALES))


@st.composite
def _stated_shares(draw: st.DrawFn, consistent: bool, langs: tuple[str, ...]) -> _Stated:
    lang = draw(st.sampled_from(langs))
    decimal = _decimal_of(lang)
    w = _Writer(draw, lang)
    mult = draw(st.sampled_from(w.scales()))
    whole = _Sum(_digits(_number_between(draw, D(2), D(999)), decimal=decimal), mult)
    # the true share, whole percent, large enough that the part is a million or more
    least = int(_EXACT.divide(D(10**8), whole.value).to_integral_value(ROUND_CEILING))
    share = D(draw(st.integers(max(1, least), 95)))
    exact_part = whole.value * share / 100
    part_mult = next(m for m in (mult, mult / 1000, mult / 10**6) if exact_part >= m)
    number = _at_places(_EXACT.divide(exact_part, part_mult), draw(st.integers(0, 1)))
    if not D(1) <= number < D(1000):
        assume(False)  # "1000 million": a writer would say "1 billion"
    part = _Sum(_digits(number, decimal=decimal), part_mult)

    def percent(r: tuple[Decimal, Decimal]) -> tuple[Decimal, Decimal]:
        return r[0] * 100, r[1] * 100

    exact = _EXACT.divide(part.value, whole.value) * 100
    p = _percent_stated(
        draw, exact, percent(_ratio_span(part, whole, True)), percent(_ratio_span(part, whole, False)),
        consistent, D(99),
    )
    text = draw(_share_sentences(lang, w, part, whole, p))
    return text, "consistent" if consistent else "inconsistent", "percent", p, (part.value, whole.value)
