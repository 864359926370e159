"""Numbers written in words: English "three billion", "half a billion", "one
and a half trillion", "twenty-two", "a dozen"; Russian and Kazakh from the stems
and endings in their language modules: "семи миллиардов", "двадцать пять
тысяч", "полтора миллиарда", "үш жүз", "жарты миллиард"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from .languages import LANGUAGES

__all__ = ["CYRILLIC_INITIALS", "CYRILLIC_NUMERAL", "INITIALS", "WORD_NUMERAL", "parse_number_words", "scale_word", "trie"]

_UNITS = {
    w: i
    for i, w in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    )
}
_TENS = {w: 10 * i for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2)}
_BIG = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SMALL_WORDS = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))


def trie(words: Iterable[str]) -> str:
    """One pattern for a set of words, shaped as a trie: Python's ``re`` tries an
    alternation branch by branch, so "three|thirty|thousand" as "th(?:ree|irty|ousand)"
    costs a third as much at every position of the text."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


_WORDS = [*_UNITS, *_TENS, "hundred", "thousand", "million", "billion", "trillion", "half",
          "halves", "quarter", "quarters", "dozen"]  # fmt: skip
_ANY = trie(_WORDS)
#: The letters a number word can begin with, both cases: a scanner can look
#: ahead for one of them (or a digit) and let ``re`` skip everything else fast.
# Russian and Kazakh: every form of every stem, with its value and role
_CYRILLIC: dict[str, tuple[Decimal, str]] = {
    stem + ending: (Decimal(value), role)
    for lang in LANGUAGES
    for stem, endings, value, role in getattr(lang, "NUMBER_WORDS", ())
    for ending in endings
}
# Each language's own forms: Kazakh "он" (ten) is the Russian "он" (he), "бес" (five) a
# Russian demon, so in a Russian sentence a Kazakh form is no number word.
_FORMS: dict[str, frozenset[str]] = {
    lang.__name__.rsplit(".", 1)[-1]: frozenset(
        stem + ending for stem, endings, *_ in getattr(lang, "NUMBER_WORDS", ()) for ending in endings
    )
    for lang in LANGUAGES
}
INITIALS = "".join(sorted({w[0] for w in _WORDS} | {w[0].upper() for w in _WORDS}))
#: The same for Russian and Kazakh number words.
CYRILLIC_INITIALS = "".join(sorted({w[0] for w in _CYRILLIC} | {w[0].upper() for w in _CYRILLIC}))
# A run of number words.  "and" and "a" only join inside a number ("one hundred
# and five", "one and a half", "half a billion"), never two numbers.  A leading
# "a" ("a million") is the scanner's to add: as the pattern's first word it
# would be tried at every "a" in the text.
_AFTER_BIG = "".join(f"(?<={w})" if i == 0 else f"|(?<={w})" for i, w in enumerate(["hundred", *_BIG]))
# stems, then any ending: a pattern a tenth the size of every form's, and the
# table above says which combinations are words
_ANY_CYRILLIC = (
    trie({stem for lang in LANGUAGES for stem, *_ in getattr(lang, "NUMBER_WORDS", ())})
    + "(?:" + trie({e for lang in LANGUAGES for _, endings, *_ in getattr(lang, "NUMBER_WORDS", ()) for e in endings if e}) + ")?"
)
#: A run of Russian or Kazakh number words ("двадцать пять тысяч"), for texts in Cyrillic.
_HALF_JOINS = [j for lang in LANGUAGES for j in getattr(lang, "HALF_JOINS", ())]
_LONE_PLURAL_SCALES = frozenset(w for lang in LANGUAGES for w in getattr(lang, "LONE_PLURAL_SCALES", ()))
CYRILLIC_NUMERAL = (
    rf"(?<![^\W\d_]){_ANY_CYRILLIC}"
    rf"(?:\s{_ANY_CYRILLIC}|\s(?:{'|'.join(j.replace(' ', chr(92) + 's') for j in _HALF_JOINS)})){{0,7}}(?![^\W\d_])"
)
WORD_NUMERAL = (
    rf"\b{_ANY}"
    rf"(?:(?:[\s-]+and[\s-]+an?[\s-]+(?=half|quarter)"  # one and a half, one-and-a-half
    rf"|(?:{_AFTER_BIG})\s+and\s+(?=(?:{_SMALL_WORDS})\b)"  # one hundred and five
    rf"|\s+an?\s+(?=(?:hundred|dozen|thousand|million|billion|trillion)\b)"  # half a billion
    rf"|(?:(?<=half)|(?<=quarter))\s+of\s+an?\s+(?=(?:thousand|million|billion|trillion)\b)"  # a quarter of a billion
    rf"|[\s-]+)"
    rf"{_ANY}){{0,11}}\b"  # no number is written in more than a dozen words
)
_TOKEN = re.compile(r"[a-z]+")


def parse_number_words(words: str, language: str | None = None) -> tuple[Decimal, Decimal] | None:
    """The value of a run of number words and half its last stated place; in a
    ``language``'s sentence, only that language's words are numbers ("Он доллар
    нашёл" is no ten dollars).

    >>> parse_number_words("one and a half trillion")
    (Decimal('1500000000000.0'), Decimal('5E+10'))
    >>> parse_number_words("twenty-two")
    (Decimal('22'), Decimal('0.5'))
    >>> parse_number_words("двадцати пяти тысяч")
    (Decimal('25000'), Decimal('5E+2'))
    """
    if not words[:1].isascii():
        own = _FORMS.get(language or "")
        if own and any(tok not in own for tok in words.lower().split() if tok in _CYRILLIC):
            return None
        return _parse_cyrillic(words)
    total = Decimal(0)
    current = Decimal(0)
    seen = False
    counted = False  # a count word, not only "half" or "quarter"
    previous = ""
    for tok in _TOKEN.findall(words.lower()):
        if tok in ("a", "an", "and", "of"):
            previous = tok
            continue
        seen = True
        counted = counted or tok in _UNITS or tok in _TENS or tok in _BIG
        if tok in _UNITS:
            if previous in _UNITS or (previous in _TENS and _UNITS[tok] >= 10):
                return None  # "one one", "twenty eleven": two numbers, or none
            current += _UNITS[tok]
        elif tok in _TENS:
            if previous in _UNITS or previous in _TENS:
                return None  # "five twenty"
            current += _TENS[tok]
        elif tok == "hundred":
            current = (current or Decimal(1)) * 100
        elif tok == "dozen":
            current = (current or Decimal(1)) * 12
        elif tok in _BIG:
            total += (current or Decimal(1)) * _BIG[tok]
            current = Decimal(0)
        elif tok == "half":
            # "one and a half" adds a half; "one half", "three halves" take halves
            current = current * Decimal("0.5") if previous in _UNITS and current else current + Decimal("0.5")
        elif tok == "halves" and previous in _UNITS:
            current *= Decimal("0.5")
        elif tok == "quarters" and (previous in _UNITS or previous in _TENS):
            current *= Decimal("0.25")  # "three quarters"
        elif tok in ("quarter", "quarters"):
            current += Decimal("0.25")
        else:
            return None
        previous = tok
    if not seen or (total == 0 and current < 1 and not counted):
        return None  # "a quarter", "half": a fraction of something unsaid
    value = total + current
    if value == 0:
        return value, Decimal("0.5")
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return value, Decimal(5).scaleb(exponent - 1)


def scale_word(word: str) -> Decimal | None:
    """The multiplier a scale word names in any of its forms ("billion", "миллиардов",
    "мыңға": 10**9, 10**9, 1000), or None."""
    low = word.lower()
    if low in _BIG or low == "hundred":
        return Decimal(_BIG.get(low, 100))
    entry = _CYRILLIC.get(low)
    return entry[0] if entry is not None and entry[1] in ("scale", "times_hundred") else None


def _parse_cyrillic(words: str) -> tuple[Decimal, Decimal] | None:
    """A run of Russian or Kazakh number words: each group's hundreds, tens and
    units add up, each smaller than the last ("двадцать пять", not "пять
    двадцать"), and a scale word multiplies the group before it, or is one of
    itself alone ("миллиарда евро")."""
    total = Decimal(0)
    current = Decimal(0)
    floor: Decimal | None = None  # the place the next word of the group must stay below
    text = " ".join(words.lower().split())
    for join in _HALF_JOINS:  # "три с половиной": a half, which a unit may take after it
        text = text.replace(join, "\0")
    tokens = text.split()
    if len(tokens) == 1 and tokens[0] in _LONE_PLURAL_SCALES:
        return None  # "миллиардов тенге": billions of, no number
    for k, tok in enumerate(tokens):
        if tok == "\0":
            if not current or floor is None or floor > 1:
                return None  # a half after a unit only: "три с половиной", not "с половиной"
            current += Decimal("0.5")
            floor = Decimal("0.5")
            continue
        entry = _CYRILLIC.get(tok)
        if entry is None:
            return None
        value, role = entry
        if role == "scale":
            if total and (current or 1) * value >= _last_scale(total):
                return None  # "тысяча миллионов": a larger scale after a smaller one
            total += (current or Decimal(1)) * value
            current, floor = Decimal(0), None
            continue
        if role == "times_hundred":
            current = (current or Decimal(1)) * value
            floor = Decimal(100)
            continue
        if role == "lead" and k == len(tokens) - 1:
            return None  # a lone "бір" is the article "a"
        place = Decimal(100) if role == "hundred" else Decimal(10) if role == "ten" else Decimal(1)
        if floor is not None and value >= floor:
            return None
        current += value
        floor = place
    value = total + current
    if value == 0:
        return None
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return value, Decimal(5).scaleb(exponent - 1)


def _last_scale(total: Decimal) -> Decimal:
    """The scale of the smallest group ``total`` holds: 3 000 000 000 -> 10**9."""
    exponent = total.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return Decimal(10) ** (exponent - exponent % 3)
