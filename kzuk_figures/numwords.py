"""English numbers written in words: "three billion", "half a billion",
"one and a half trillion", "twenty-two", "a dozen"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

__all__ = ["INITIALS", "WORD_NUMERAL", "parse_number_words", "trie"]

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
INITIALS = "".join(sorted({w[0] for w in _WORDS} | {w[0].upper() for w in _WORDS}))
# A run of number words.  "and" and "a" only join inside a number ("one hundred
# and five", "one and a half", "half a billion"), never two numbers.  A leading
# "a" ("a million") is the scanner's to add: as the pattern's first word it
# would be tried at every "a" in the text.
_AFTER_BIG = "".join(f"(?<={w})" if i == 0 else f"|(?<={w})" for i, w in enumerate(["hundred", *_BIG]))
WORD_NUMERAL = (
    rf"\b{_ANY}"
    rf"(?:(?:\s+and\s+an?\s+(?=half|quarter)"  # one and a half
    rf"|(?:{_AFTER_BIG})\s+and\s+(?=(?:{_SMALL_WORDS})\b)"  # one hundred and five
    rf"|\s+an?\s+(?=(?:hundred|dozen|thousand|million|billion|trillion)\b)"  # half a billion
    rf"|(?:(?<=half)|(?<=quarter))\s+of\s+an?\s+(?=(?:thousand|million|billion|trillion)\b)"  # a quarter of a billion
    rf"|[\s-]+)"
    rf"{_ANY}){{0,11}}\b"  # no number is written in more than a dozen words
)
_TOKEN = re.compile(r"[a-z]+")


def parse_number_words(words: str) -> tuple[Decimal, Decimal] | None:
    """The value of a run of number words and half its last stated place.

    >>> parse_number_words("one and a half trillion")
    (Decimal('1500000000000.0'), Decimal('5E+10'))
    >>> parse_number_words("twenty-two")
    (Decimal('22'), Decimal('0.5'))
    """
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
