"""Find the arithmetic a text states between its own figures, and judge it.

A conversion is one figure stated twice; news states others.  This stage,
after :mod:`~kzuk_figures.link`, reads four relations within one sentence (or
a sentence and the one before, when it opens on "That", "Это", "Бұл"...):

- ``change``: two ends and the change between them, as a percentage ("rose
  15% to $2.1 billion from $1.8 billion"), a multiple ("вырос в 12 раз, с 15
  до 180 млрд тенге") or a fraction ("fell by a third");
- ``share``: a part, its whole and the percentage ("12% of the $250 billion,
  or $30 billion");
- ``sum``: a total and the parts it is split into ("Of the 120 billion tenge,
  70 billion goes to roads and 40 billion to schools");
- ``ratio``: "twice as much, 18 trillion tenge, as the 9.6 trillion".

Precision comes first: a relation is read only where the words state it (a
cue from :mod:`kzuk_figures.languages`) and the figures stand where the
grammar of that cue puts them.  A sentence with a percentage and two amounts
is no claim unless its words say how they relate, and a list of parts that
the text says is not complete ("including", "в том числе") is not a sum.

The text of a sentence is read as a *skeleton*: each figure replaced by a
token that says its kind (an amount, or a percentage) and, for Kazakh, the
case ending it carries.  The forms are then patterns over that skeleton, one
list per language, built from its words on first use.

The judgement recomputes each relation with intervals from the stated
precision of every figure, as :mod:`~kzuk_figures.check` does for a
conversion: "15%" is 14.5–15.5 %, "$2.1 billion" 2.05–2.15 billion.  A word
states an exact value ("twice", "a third").  The verdict is ``consistent``
when what the figures give meets what the text states.  Amounts in two
currencies are first put in one at the reference rate of the text's date,
widened by the conversion tolerance, and the explanation says so.
"""

from __future__ import annotations

import datetime
import functools
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import accumulate
from operator import attrgetter

from .errors import RateNotFoundError
from .languages import LANGUAGE_OF
from .languages import words
from .link import _SENTENCE_END, Conversion
from .numerals import locale_decimal, parse_digits
from .types import Check, Claim, Figure, Rate, tidy

__all__ = ["find_claims", "judge"]

# The skeleton's figure tokens: "\ue000a3n\ue001" is figure 3, an amount,
# in no case; private-use characters, which no text of news holds.
_OPEN, _CLOSE = "\ue000", "\ue001"
#: A "sentence" longer than this is a table or a text without stops, not one
#: statement: no relation is read in it (and the forms' cost stays bounded).
_LONGEST_SENTENCE = 1500
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
#: What may close a bracketed equivalent after its figure: "(US$6.7 million at current rates)".
_BRACKET_TAIL = re.compile(r"[^()\[\]\n]{0,40}?[)\]]")
_NUM = r"(?<![\w.,\ue001])\d+(?:[.,]\d+)?(?![\w%\ue000]|[.,]\d)"


def _alt(fragments: Iterable[str]) -> str:
    """One alternation, longest first, a space standing for any whitespace."""
    out = sorted({re.escape(f).replace(r"\ ", r"\s+") for f in fragments}, key=len, reverse=True)
    return "(?:" + "|".join(out) + ")" if out else "(?!)"


def _tok(name: str, kind: str = "a", case: str = "[a-z]") -> str:
    return f"{_OPEN}{kind}(?P<{name}>\\d+){case}{_CLOSE}"


# ------------------------------------------------------------------ forms
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class _Words:
    """Cue words of which one must occur, a phrase by one of its words and a
    stem by any word it begins: a test on the words of the plain sentence,
    much cheaper than a pattern, that only says where a form cannot match."""

    exact: frozenset[str]
    stems: tuple[str, ...] = ()
    #: Any of them as a substring of the casefolded sentence: a test cheaper still.
    within: re.Pattern[str] = re.compile("(?!)")

    @classmethod
    def of(cls, *phrases: Iterable[str], stems: Iterable[str] = (), last: bool = False) -> _Words:
        """The first word of each phrase (or its ``last``, the rarer in "a third")."""
        picked = (_LETTERS.findall(p.casefold())[-1:] if last else _LETTERS.findall(p.casefold())[:1]
                  for table in phrases for p in table)
        exact = frozenset(w for one in picked for w in one)
        starts = tuple(t.casefold() for t in stems)
        return cls(exact, starts, re.compile("|".join(sorted(map(re.escape, exact | set(starts)))) or "(?!)"))

    def occur(self, words: frozenset[str]) -> bool:
        return not self.exact.isdisjoint(words) or (bool(self.stems) and any(w.startswith(self.stems) for w in words))


@dataclass(frozen=True, slots=True)
class _Gate:
    """What a sentence must hold for the forms of one kind to be tried in it,
    each test cheaper than the next: how many amounts and whether a
    percentage are among its figures, cue words (as substrings of the
    casefolded sentence, then as its words), patterns of that plain text, a
    pattern right after one of its percentages, and last patterns of its
    skeleton (where Kazakh cases are read).  A gate only says where a form
    cannot match, so each test may let through more than the forms take."""

    kind: str
    amounts: int
    percent: bool = False
    cues: tuple[_Words, ...] = ()
    plain: tuple[re.Pattern[str], ...] = ()
    after_percent: re.Pattern[str] | None = None
    skeleton: tuple[re.Pattern[str], ...] = ()


#: The amounts each kind relates, at least: a change's two ends may be one
#: range, or a figure and a bare numeral that shares its scale.  The kinds'
#: forms are tried in this order.
_AMOUNTS = {"change": 1, "share": 2, "ratio": 2, "sum": 3}


def _w(table: str, lang: object) -> list[str]:
    return list(getattr(lang, table, ()))


#: The gates open to a sentence, and a pattern it must hold to pass one (None: no such test).
_Open = tuple[re.Pattern[str] | None, tuple[_Gate, ...]]


@functools.cache
def _forms(code: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[_Open, ...], ...]]:
    """The forms of one language, (kind, pattern) in the order they are
    tried, and the gates of each kind that a sentence's figures leave open to
    it: a kind's forms are tried only in a sentence that passes one of its
    gates, and compiled (:func:`_compiled`) only when one first does."""
    lang = LANGUAGE_OF[code]
    flags = re.IGNORECASE
    b, e = r"(?<![^\W\d_])", r"(?![^\W\d_])"  # word edges that letters of any script respect
    if code == "ru":
        cue = rf"{b}(?:(?P<up>{_alt(_w('RISE_STEMS', lang))})|(?P<down>{_alt(_w('FALL_STEMS', lang))}))[^\W\d_]*"
    else:
        cue = rf"{b}(?:(?P<up>{_alt(_w('RISE_WORDS', lang))})|(?P<down>{_alt(_w('FALL_WORDS', lang))})){e}"
    fracs = _alt(getattr(lang, "FRACTION_WORDS", {}))
    mult_w = _alt(getattr(lang, "MULTIPLE_WORDS", {}))
    tnums = _alt(getattr(lang, "TIMES_NUMBERS", {}))
    times = _alt(_w("TIMES_WORDS", lang))
    more, less = _alt(_w("RATIO_MORE", lang)), _alt(_w("RATIO_LESS", lang))
    before = _alt(_w("TIMES_BEFORE", lang))
    n = rf"(?P<mult_n>{_NUM}|{b}{tnums}{e})"
    multiple = (
        rf"(?P<multiple>{before}\s+{n}\s+{times}{e}|{b}(?P<mult_w>{mult_w}){e})" if code == "ru"
        else rf"(?P<multiple>{n}(?:\s*|-){times}{e}|{b}(?P<mult_w>{mult_w}){e})"
    )
    # what may stand between a change's words and its ends: not another clause
    # ("..., and imports rose 10%"), which would lend its percentage
    gap = rf"(?:(?!{b}{_alt(_w('CLAUSE_BREAKS', lang))}{e})[^{_OPEN};]){{0,40}}?"
    joiners = _alt(_w("SHARE_JOINERS", lang))
    joined = rf"(?:\s*,\s*(?:{joiners}\s+)?|\s+{joiners}\s+|\s*\(\s*(?:{joiners}\s+)?|\s*[–—]\s*)"
    forms: list[tuple[str, str]] = []
    if code == "kk":
        f_end, t_end = "f", "t"
        stated = rf"(?:{_tok('pct', 'p', 't')}|(?P<multiple>{n}\s+{times})|{b}(?P<frac>{fracs}))"
        ends = rf"{_tok('a', 'a', f_end)}\s+{_tok('b', 'a', t_end)}(?:\s+{_alt(_w('TO_AFTER', lang))})?"
        forms += [
            ("change", rf"{ends}{gap}{stated}\s+{cue}"),
            ("change", rf"{stated}\s+{cue}{gap}{ends}"),
            ("share", rf"{_tok('whole', 'a', 'g')}\s+{_tok('pct', 'p', 'p')}{joined}{_tok('part')}"),
            ("share", rf"{_tok('part')}{joined}{_tok('whole', 'a', 'g')}\s+{_tok('pct', 'p', 'p')}"),
            ("ratio", rf"{_tok('big')}{gap}{_tok('small', 'a', 'f')}\s+(?P<multiple>{n}\s+{times})\s+(?:(?P<more>{more})|(?P<less>{less})){e}"),
            ("sum", rf"^[^{_OPEN}]*{_tok('total', 'a', 'g')}(?P<parts>(?:[^{_OPEN}]*{_OPEN}a\d+p{_CLOSE}){{2,}})[^{_OPEN}]*$"),
        ]
    else:
        by, fr, to = (_alt(_w(t, lang)) for t in ("CHANGE_BY", "CHANGE_FROM", "CHANGE_TO"))
        stated = rf"(?:(?:{by}\s+)?(?:{_tok('pct', 'p')}|(?P<frac>{fracs}){e})|{multiple})"
        # a few words may date the first end: "from $1.8 billion in 2023 to ...";
        # a bare numeral shares the scale of the second ("from 1.8 to 2.1
        # billion") only right before it, and a year is no end ("from 1987, to")
        dated = rf"(?:\s+[^\s{_OPEN}(]+){{0,3}}?"
        end_a = rf"(?:{_tok('a')}{dated}|(?!(?:19|20)\d\d(?!\d))(?P<a_num>{_NUM}))"
        pct_cue = rf"{_tok('pct', 'p')}[\s-]+{cue}"  # "a 15% rise", "15% higher"
        mverb = rf"{b}(?P<mverb>{_alt(getattr(lang, 'MULTIPLE_VERBS', {}))}){e}"
        hedge = (rf"(?:(?:{'|'.join(_w('HEDGES', lang))})\s+)?"  # regex fragments, as link reads them
                 rf"(?:{_alt(_w('SHARE_LEADS', lang))}\s+)?")
        whose = r"(?:[^\W\d_]+\s+)?[^\W\d_]+['’]s\s+"  # "of the poor country's $13 billion"
        share_of = (rf"{hedge}{_tok('pct', 'p')}\s+{_alt(_w('SHARE_OF', lang))}\s+"
                    rf"(?:{_alt(_w('SHARE_FILLERS', lang))}\s+)*(?:{whose})?")
        pronoun = rf"{hedge}{_tok('pct', 'p')}\s+{_alt(_w('SHARE_OF', lang))}\s+{_alt(_w('SHARE_PRONOUNS', lang))}{e}"
        # "$250 billion, of which 12%, or $30 billion": the whole is named before "of which"
        of_which = rf"{b}{_alt(_w('SHARE_OF', lang))}\s+(?:{_alt(_w('SHARE_PRONOUNS', lang) + _w('SHARE_RELATIVES', lang))}){e}"
        than = _alt(_w("RATIO_THAN", lang))
        compared = rf"(?:(?P<up>{_alt(_w('COMPARED_UP', lang))})|(?P<down>{_alt(_w('COMPARED_DOWN', lang))})){e}"
        # "rose from $1.8 billion to $2.1 billion, or 15%": not "..., or 15% of GDP", a share of something else
        then_stated = rf"\s*,\s*(?:{_alt(_w('CHANGE_JOINERS', lang))})\s+{stated}(?!\s+{_alt(_w('SHARE_OF', lang))}{e})"
        for ends in (
            rf"{b}{fr}\s+{end_a}\s*,?\s+{to}\s+{_tok('b')}",
            rf"{b}{to}\s+{_tok('b')}{dated}\s*,?\s+{fr}\s+{_tok('a')}",
            rf"{b}{fr}\s+{_tok('ends', 'r')}",  # "from 35.9bn to 69.6bn", one range
        ):
            forms += [
                ("change", rf"{cue}\s+{stated}{gap}{ends}"),
                ("change", rf"{ends}{gap}{cue}\s+{stated}"),
                ("change", rf"{cue}{gap}{ends}{then_stated}"),
                ("change", rf"{pct_cue}{gap}{ends}"),
                ("change", rf"{ends}{gap}{pct_cue}"),
                ("change", rf"{mverb}{gap}{ends}"),
                ("change", rf"{ends}{gap}{mverb}"),
                # a signed percentage in brackets: "from 35.9bn to 69.6bn (+94% in a year)"
                ("change", rf"{ends}\s*(?P<paren>\()\s*(?P<sign>[+−–-])?\s*{_tok('pct', 'p')}"),
            ]
        forms += [
            # "$2.1 billion, up 15% from $1.8 billion"
            ("change", rf"{_tok('b')}\s*,\s*(?:an?\s+)?{cue}\s+{stated}\s+{fr}\s+{_tok('a')}"),
            ("change", rf"{_tok('b')}\s*,\s*(?:an?\s+)?{pct_cue}\s+{fr}\s+{_tok('a')}"),
            # "4.37 trillion, 18.9% less than in the same days of 2022 (5.39 trillion)"
            # or across a stop, when the next sentence refers back: "... $2.1 billion. That is 15% more than ..."
            ("change", rf"{_tok('b')}(?:[^{_OPEN};]{{0,40}}?[.!?]\s+(?={_alt(_w('BACK_REFERENCES', lang))}{e}))?"
                       rf"\s*,?\s*(?:{_alt(_w('COMPARED_LEADS', lang))}\s+)?(?:{by}\s+)?{_tok('pct', 'p')}\s+"
                       rf"{compared}\s*,?\s*{than}?(?:\s+(?:[^\s{_OPEN}()]+|{_OPEN}t\d+[a-z]{_CLOSE})){{0,7}}?\s*\(?\s*{_tok('a')}"),
            ("share", rf"{share_of}{_tok('whole')}(?:\s+[^\W\d_]+){{0,3}}{joined}{hedge}{_tok('part')}"),
            ("share", rf"{_tok('part')}{joined}{share_of}{_tok('whole')}"),
            ("share", rf"{pronoun}{joined}{hedge}{_tok('part')}"),
            ("share", rf"{of_which}\s*,?\s*{hedge}{_tok('pct', 'p')}{joined}{hedge}{_tok('part')}"),
            ("share", rf"{of_which}\s*,?\s*{hedge}{_tok('part')}{joined}{hedge}{_tok('pct', 'p')}(?!\s+{_alt(_w('SHARE_OF', lang))}{e})"),
            ("ratio", rf"{multiple}\s+(?:(?P<more>{more})|(?P<less>{less})){e}\s*(?:,\s*{_tok('big_in')}\s*,\s*)?,?\s*{than}\s+(?:{_alt(_w('SHARE_FILLERS', lang))}\s+)?{_tok('small')}"),
            ("sum", rf"^\W*{_alt(_w('SUM_OPENERS', lang))}\s+(?:the\s+)?{_tok('total')}\s*,?(?P<parts>.*)$"),
            ("sum", rf"^[^{_OPEN}]*{_tok('total')}\s*,\s*{_alt(_w('SUM_AFTER_TOTAL', lang))}(?P<parts>.*)$"),
        ]
    # a kind's forms are tried only in a sentence that passes one of its gates
    pct = rf"{_OPEN}p\d+[a-z]{_CLOSE}"
    genitive = rf"{_OPEN}a\d+g{_CLOSE}"
    W = functools.partial(_w, lang=lang)
    rise_fall = (_Words.of(stems=W("RISE_STEMS") + W("FALL_STEMS")) if code == "ru"
                 else _Words.of(W("RISE_WORDS"), W("FALL_WORDS")))
    times_words = _Words.of(W("TIMES_WORDS"), getattr(lang, "MULTIPLE_WORDS", {}))
    anonymous = functools.partial(re.sub, r"[(][?]P<[a-z_]+>", "(?:")  # a gate needs no group names

    def gate(kind: str, *cues: _Words, percent: bool = False, plain: Iterable[str] = (),
             after_percent: str | None = None, skeleton: Iterable[str] = ()) -> _Gate:
        def compiled(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
            return tuple(re.compile(anonymous(p), flags) for p in patterns)

        after = None if after_percent is None else re.compile(anonymous(after_percent), flags)
        return _Gate(kind, _AMOUNTS[kind], percent, cues, compiled(plain), after, compiled(skeleton))

    # a change states how much: a percentage, a fraction, a multiple, or a verb that is one ("doubled")
    how_much: list[tuple[tuple[_Words, ...], bool]] = [
        ((), True), ((_Words.of(getattr(lang, "FRACTION_WORDS", {}), last=True),), False), ((times_words,), False)]
    if code == "kk":
        gates = [*(gate("change", rise_fall, *cues, percent=pct) for cues, pct in how_much),
                 gate("share", percent=True, skeleton=[rf"{genitive}\s+{pct}"]),
                 gate("sum", skeleton=[genitive]), gate("ratio", times_words)]
    else:
        from_ = _Words.of(W("CHANGE_FROM"))
        gates = [
            # a change names its first end with "from" and the change with a
            # verb or a signed bracket, or else compares: "15% more than"
            *(gate("change", from_, rise_fall, *cues, percent=pct) for cues, pct in how_much),
            gate("change", from_, _Words.of(getattr(lang, "MULTIPLE_VERBS", {}))),
            gate("change", from_, percent=True, plain=[r"\("], skeleton=[rf"\(\s*[+−–-]?\s*{pct}"]),
            gate("change", _Words.of(W("COMPARED_UP"), W("COMPARED_DOWN")), percent=True, after_percent=rf"\s+{compared}"),
            gate("share", _Words.of(W("SHARE_OF")), percent=True, after_percent=rf"\s+{_alt(W('SHARE_OF'))}{e}"),
            gate("share", _Words.of(W("SHARE_OF")), percent=True,
                 plain=[rf"{b}{_alt(W('SHARE_OF'))}\s+(?:{_alt(W('SHARE_PRONOUNS') + W('SHARE_RELATIVES'))}){e}"]),
            gate("sum", _Words.of(W("SUM_OPENERS")), plain=[rf"^\W*{_alt(W('SUM_OPENERS'))}{e}"]),
            gate("sum", _Words.of(W("SUM_AFTER_TOTAL")), plain=[_alt(W("SUM_AFTER_TOTAL"))]),
            gate("ratio", times_words),
        ]
    # the gates open to a sentence by its figures, [whether a percentage is
    # among them][its amounts, up to 3], and one pattern of a cue word of each
    # of them, when they all have one: a sentence without it passes none
    def hinted(open_: tuple[_Gate, ...]) -> _Open:
        hint = None if not all(g.cues for g in open_) else re.compile("|".join(g.cues[0].within.pattern for g in open_))
        return hint, open_

    by_figures = tuple(tuple(hinted(tuple(g for g in gates if g.amounts <= n and (pct or not g.percent)))
                             for n in range(4)) for pct in (False, True))
    return tuple(forms), by_figures


@functools.cache
def _compiled(code: str, kind: str) -> tuple[re.Pattern[str], ...]:
    """The forms of one kind in one language, compiled: a text that states
    no relation of a kind never pays for its patterns."""
    return tuple(re.compile(p, re.IGNORECASE | re.DOTALL) for k, p in _forms(code)[0] if k == kind)


# ----------------------------------------------------------------- finding
def find_claims(
    text: str, figures: Sequence[Figure], conversions: Iterable[Conversion] = ()
) -> list[Claim]:
    """Every relation ``text`` states between ``figures`` (as :func:`extract` gives them).

    A stated equivalent (a ``target`` of ``conversions``, as :func:`link` gives
    them) restates its source: it is read as no figure of its own, and its
    words as no words, so "rose 15% to 2.1 trillion tenge ($4.5 billion) from
    ..." reads as "rose 15% to 2.1 trillion tenge from ...".
    """
    hide: dict[int, int] = {}
    equivalents: set[tuple[int, int]] = set()
    for c in conversions:
        if c.target.start >= c.source.end:
            tail = _BRACKET_TAIL.match(text, c.target.end)
            end = tail.end() if tail and "(" in text[c.source.end : c.target.start] else c.target.end
            hide[c.source.start] = max(end, hide.get(c.source.start, end))
            equivalents.add(c.target.span)
    figs = sorted(
        (f for f in figures if f.value is not None and f.low is not None and (not hide or f.span not in equivalents)),
        key=attrgetter("start"),
    )
    if not figs:
        return []
    # a walk over the figures that finds the stops on each side of one: the
    # text between sentences with figures is never read, and counting a
    # sentence's amounts is a subtraction of running totals
    amounts_to = list(accumulate((f.kind != "percent" and f.unit not in _DURATIONS for f in figs), initial=0))
    ranges_to = list(accumulate((f.qualifier == "range" for f in figs), initial=0))
    percents_to = list(accumulate((f.unit == "percent" for f in figs), initial=0))

    def read(i: int, j: int, lo: int, hi: int) -> list[Claim]:
        amounts = amounts_to[j] - amounts_to[i]
        if not amounts:
            return []
        lone = amounts == 1 and ranges_to[j] == ranges_to[i]
        return _read(text, figs[i:j], lo, hi, hide, amounts, percents_to[j] > percents_to[i], lone)

    claims: list[Claim] = []
    starts = [f.start for f in figs]
    last_stop = _last_stop()
    floor = 0  # where the sentence after the last one with figures starts
    previous: int | None = None  # the first figure of that sentence
    i = 0
    while i < len(figs):
        start = starts[i]
        if start < floor:  # inside the stop that ends the sentence before
            i += 1
            continue
        back = last_stop.match(text, floor, start + 1)  # "+ 1": a stop's look at the capital after it
        lo = back.end() if back else floor
        ahead = _SENTENCE_END.search(text, start)
        hi, floor = (ahead.start() + 1, ahead.end()) if ahead else (len(text), len(text))
        j = bisect_left(starts, hi, i + 1)
        if hi - lo <= _LONGEST_SENTENCE:
            found = read(i, j, lo, hi)
            if not found and previous is not None and back is None and _back_reference().match(text, lo, lo + 40):
                found = [c for c in read(previous, j, figs[previous].start, hi) if c.end > lo]
            claims.extend(found)
        previous, i = i, j
    return claims


@functools.cache
def _last_stop() -> re.Pattern[str]:
    """The last sentence stop in a stretch of text, found from its end: the
    greedy ``.*`` runs to the end and steps back to the stop."""
    return re.compile(rf"(?s:.*)(?:{_SENTENCE_END.pattern})")


@functools.cache
def _back_reference() -> re.Pattern[str]:
    """A sentence that opens on a word of any language that refers back: "That is", "Это", "Бұл"."""
    back = (w for lang in LANGUAGE_OF.values() for w in getattr(lang, "BACK_REFERENCES", ()))
    return re.compile(rf"\W*{_alt(back)}(?![^\W\d_])", re.IGNORECASE)


def _read(
    text: str, figs: Sequence[Figure], lo: int, hi: int, hide: Mapping[int, int],
    amounts: int, percent: bool, lone: bool,
) -> list[Claim]:
    """The claims of one sentence ``text[lo:hi]``, whose ``figs`` hold
    ``amounts`` amounts (``lone``: one, and no range), and a percentage if ``percent``."""
    code = _language(figs)
    gates = _forms(code)[1]
    hint, open_gates = gates[percent][min(amounts, 3)]
    lowered = text[lo:hi].casefold()
    if not open_gates or (hint is not None and not hint.search(lowered)):
        return []
    # every form relates two amounts: two figures, a range's two ends, or a
    # figure and a bare numeral that shares its scale ("с 15 до 180 млрд")
    if lone and len(_DIGITS.findall(text, lo, hi)) <= sum(len(_DIGITS.findall(f.text)) for f in figs):
        return []
    words: frozenset[str] | None = None
    built: tuple[str, list[tuple[int, int]]] | None = None
    open_: set[str] = set()
    for g in open_gates:
        if (g.kind in open_ or not all(c.within.search(lowered) for c in g.cues)
                or not all(p.search(lowered) for p in g.plain)
                or (g.after_percent and not any(g.after_percent.match(text, f.end) for f in figs if f.unit == "percent"))):
            continue
        if g.cues:
            words = frozenset(_LETTERS.findall(lowered)) if words is None else words
            if not all(c.occur(words) for c in g.cues):
                continue
        if g.skeleton:
            built = _skeleton(text, figs, lo, hi, code, hide) if built is None else built
            if not all(p.search(built[0]) for p in g.skeleton):
                continue
        open_.add(g.kind)
    if not open_:
        return []
    skeleton, offsets = _skeleton(text, figs, lo, hi, code, hide) if built is None else built
    out: list[Claim] = []
    used: set[tuple[int, int]] = set()
    for kind, pattern in ((k, p) for k in _AMOUNTS if k in open_ for p in _compiled(code, k)):
        matches = list(pattern.finditer(skeleton))
        if len(matches) != 1:  # two readings of one sentence: neither is explicit
            continue
        claim = _claim(kind, matches[0], figs, text, skeleton, offsets, code)
        if claim is None or used & {f.span for f in claim.figures}:
            continue
        used |= {f.span for f in claim.figures}
        out.append(claim)
    return out


def _language(figs: Sequence[Figure]) -> str:
    locale = figs[0].locale
    for f in figs:
        if f.locale != locale:
            codes = [f.locale.split("_")[0] for f in figs]
            return _code(max(set(codes), key=codes.count))
    return _code(locale)


@functools.cache
def _code(locale: str) -> str:
    code = locale.split("_")[0]
    return code if code in LANGUAGE_OF else "en"


def _skeleton(
    text: str, figs: Sequence[Figure], lo: int, hi: int, code: str, hide: Mapping[int, int]
) -> tuple[str, list[tuple[int, int]]]:
    """The sentence with each figure a token, and where each stretch of its
    own text starts, in the skeleton and in ``text``."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    at, length = lo, 0
    for k, f in enumerate(figs):
        offsets.append((length, at))
        parts.append(text[at : f.start])
        length += f.start - at
        end = f.end
        case = "n"
        if code == "kk":
            tail = re.match(r"-?[^\W\d_]*", text[f.end : f.end + 12])
            suffix = tail.group() if tail else ""
            case = _case(f.text.rsplit(None, 1)[-1] + suffix.lstrip("-") if suffix else f.text.rsplit(None, 1)[-1], bool(suffix))
            end += len(suffix)
        kind = (
            ("p" if f.unit == "percent" else "x") if f.kind == "percent"
            else "r" if f.qualifier == "range"
            else "t" if f.unit in _DURATIONS  # "за первые 8 дней": when, not how much
            else "a"
        )
        token = f"{_OPEN}{kind}{k}{case}{_CLOSE}"
        offsets.append((length, f.start))
        parts.append(token)
        length += len(token)
        at = min(max(end, hide.get(f.start, end)), hi)
    offsets.append((length, at))
    parts.append(text[at:hi])
    return "".join(parts), offsets


def _at(offsets: list[tuple[int, int]], pos: int) -> int:
    """Where skeleton position ``pos`` (never inside a token) lies in the text."""
    i = bisect_left(offsets, (pos, 1 << 62)) - 1
    skel, real = offsets[i]
    return real + pos - skel


def _case(word: str, hyphenated: bool) -> str:
    """The case a Kazakh figure's last word carries: f(rom), t(o), g(enitive),
    p(ossessive) or n(one)."""
    from .languages import kk

    w = word.lower().rstrip(".,;:")
    if w in kk.NOT_ENDINGS:
        return "n"
    for case, endings in (("g", kk.GENITIVE_ENDINGS), ("f", kk.FROM_ENDINGS), ("t", kk.TO_ENDINGS), ("p", kk.POSSESSIVE_ENDINGS)):
        for ending in sorted(endings, key=len, reverse=True):
            if w.endswith(ending) and (hyphenated or len(w) - len(ending) >= 3):
                return case
    return "n"


def _fig(m: re.Match[str], name: str, figs: Sequence[Figure]) -> Figure | None:
    idx = m.groupdict().get(name)
    return None if idx is None else figs[int(idx)]


def _claim(
    kind: str, m: re.Match[str], figs: Sequence[Figure], text: str, skeleton: str,
    offsets: list[tuple[int, int]], code: str,
) -> Claim | None:
    g = m.groupdict()

    def written(group: str | int = 0) -> str:
        return " ".join(text[_at(offsets, m.start(group)) : _at(offsets, m.end(group))].split())

    cue = written()
    said = next((written(k) for k in ("frac", "mverb", "multiple") if g.get(k) is not None), "")
    if kind == "change":
        b = _fig(m, "b", figs)
        a = _fig(m, "a", figs)
        both = _fig(m, "ends", figs)
        if both is not None:
            a, b = _range_ends(both)
        if b is None:
            return None
        if a is None:
            if g.get("a_num") is None:
                return None
            a = _shared_scale(g["a_num"], b, at=_at(offsets, m.start("a_num")))
        elif a.scale == 1 and b.scale > 1 and abs(a.value or Decimal(0)) < 1000 and a.currency in (None, b.currency):
            a = _shared_scale(a.numeral, b, own=a)
        if a is None:
            return None
        if g.get("mverb"):
            direction, mult = _lookup(code, "MULTIPLE_VERBS", g["mverb"])
            stated = _exact(Decimal(mult))
            return _make("change", [(a, "from"), (b, "to")], "times", stated, cue, said, direction)
        pct = _fig(m, "pct", figs)
        if g.get("paren") and pct is not None:
            # a bracket says which way only with a sign: "(+94%)", "(−27%)"; "(27%)" may be a share
            negative = g.get("sign") in ("−", "–", "-") or (pct.value or 0) < 0
            if not (g.get("sign") or negative):
                return None
            direction = "down" if negative else "up"
        else:
            direction = "up" if g.get("up") else "down"
        if pct is not None:
            lo_p, hi_p = _precision(pct)  # a magnitude: "−28.8%" fell by 28.8
            sign = 1 if direction == "up" else -1
            low, high = sorted((sign * lo_p, sign * hi_p))
            return _make("change", [(pct, "stated"), (a, "from"), (b, "to")], "percent",
                         (sign * abs(pct.value or Decimal(0)), low, high), cue, pct.text, direction)
        if g.get("frac"):
            num, den = _lookup(code, "FRACTION_WORDS", g["frac"])
            v = (Decimal(num) / Decimal(den) * 100) * (1 if direction == "up" else -1)
            return _make("change", [(a, "from"), (b, "to")], "percent", _exact(v), cue, said, direction)
        stated_m = _multiple(g, code)
        if stated_m is None:
            return None
        return _make("change", [(a, "from"), (b, "to")], "times", stated_m, cue, said, direction)
    if kind == "share":
        pct, whole, part = _fig(m, "pct", figs), _fig(m, "whole", figs), _fig(m, "part", figs)
        if whole is None:  # "56% of it": the amount named last before it
            before = re.findall(rf"{_OPEN}a(\d+)[a-z]{_CLOSE}", skeleton[: m.start()])
            whole = figs[int(before[-1])] if before else None
        if pct is None or whole is None or part is None:
            return None
        lo_p, hi_p = _precision(pct)
        return _make("share", [(pct, "stated"), (part, "part"), (whole, "whole")], "percent",
                     (pct.value or Decimal(0), lo_p, hi_p), cue, pct.text)
    if kind == "ratio":
        small = _fig(m, "small", figs)
        big = _fig(m, "big", figs) or _fig(m, "big_in", figs)
        if big is None and small is not None:
            before = re.findall(rf"{_OPEN}a(\d+)[a-z]{_CLOSE}", skeleton[: m.start()])
            big = figs[int(before[-1])] if before else None
        stated_m = _multiple(g, code)
        if big is None or small is None or stated_m is None:
            return None
        if g.get("less"):
            big, small = small, big
        return _make("ratio", [(big, "larger"), (small, "smaller")], "times", stated_m, cue, said)
    if kind == "sum":
        total = _fig(m, "total", figs)
        region = g.get("parts") or ""
        if total is None or _not_all(skeleton, code):
            return None
        tokens = re.findall(rf"{_OPEN}([a-z])(\d+)[a-z]{_CLOSE}", region)
        idx = [int(i) for k, i in tokens]
        if len(idx) < 2 or any(k != "a" for k, _ in tokens):
            return None
        between = region[region.find(f"{_OPEN}a{idx[-2]}") : region.find(f"{_OPEN}a{idx[-1]}")]
        if code != "kk" and not _word_pattern(code, "SUM_AND").search(between):
            return None
        parts = [figs[i] for i in idx]
        return _make("sum", [*((p, "part") for p in parts), (total, "total")], "amount",
                     (total.value or Decimal(0), *_precision(total)), cue, total.text)
    return None


def _not_all(skeleton: str, code: str) -> bool:
    return _word_pattern(code, "SUM_NOT_ALL", "SUM_NOT_ALL_STEMS").search(skeleton) is not None


@functools.cache
def _word_pattern(code: str, table: str, stems: str = "") -> re.Pattern[str]:
    """One language's words of ``table`` as whole words, and its ``stems`` as word starts."""
    lang = LANGUAGE_OF[code]
    whole, starts = _alt(getattr(lang, table, ())), _alt(getattr(lang, stems, ()))
    return re.compile(rf"(?<![^\W\d_])(?:{whole}(?![^\W\d_])|{starts})", re.IGNORECASE)


def _lookup(code: str, table: str, written: str) -> tuple:  # type: ignore[type-arg]
    mapping: Mapping[str, object] = getattr(LANGUAGE_OF[code], table)
    key = " ".join(written.lower().split())
    return mapping[key]  # type: ignore[return-value]


def _multiple(g: Mapping[str, str | None], code: str) -> tuple[Decimal, Decimal, Decimal] | None:
    if g.get("mult_w"):
        return _exact(Decimal(_lookup_one(code, "MULTIPLE_WORDS", g["mult_w"] or "")))
    written = g.get("mult_n")
    if not written:
        return None
    if written[0].isdigit():
        v = Decimal(written.replace(",", "."))
        exponent = v.as_tuple().exponent
        assert isinstance(exponent, int)
        half = Decimal(5).scaleb(exponent - 1)
        return v, max(v - half, v * Decimal("0.95")), min(v + half, v * Decimal("1.05"))
    return _exact(Decimal(_lookup_one(code, "TIMES_NUMBERS", written)))


def _lookup_one(code: str, table: str, written: str) -> int | Decimal:
    mapping: Mapping[str, int | Decimal] = getattr(LANGUAGE_OF[code], table)
    return mapping[" ".join(written.lower().split())]


def _exact(v: Decimal) -> tuple[Decimal, Decimal, Decimal]:
    return v, v, v


def _precision(f: Figure) -> tuple[Decimal, Decimal]:
    """A figure's stated precision, capped at ±MAX_ROUNDING as a conversion's is.
    Unlike a conversion, a whole number's trailing zeros are not read as
    rounding: the writer did the arithmetic with the figures as written, so
    "of the 120 billion, 70 billion ... and 40 billion" is 10 billion short."""
    from .check import MAX_ROUNDING

    assert f.value is not None and f.low is not None and f.high is not None
    v = abs(f.value)
    low, high = sorted((abs(f.low), abs(f.high)))
    return max(low, v * (1 - MAX_ROUNDING)), min(high, v * (1 + MAX_ROUNDING))


def _range_ends(f: Figure) -> tuple[Figure, Figure] | tuple[None, None]:
    """A range's two ends, each with its own words, span and precision (its
    numeral's last digit), in the order the text writes them: "from 69.6bn to
    35.9bn" starts at the higher."""
    numerals = list(re.finditer(r"\d+(?:[.,]\d+)*", f.text))
    if len(numerals) != 2 or f.low is None or f.high is None:
        return None, None
    read = [parse_digits(n.group(), locale_decimal(f.locale)) for n in numerals]
    between = f.text[numerals[0].end() : numerals[1].start()]
    joint = re.search(rf"\s*(?:(?<![^\W\d_]){_alt(words('RANGE_TO'))}(?![^\W\d_])|[-–—])\s*", between, re.IGNORECASE)
    if read[0] is None or read[1] is None or not read[0][0] or not read[1][0] or joint is None:
        return None, None
    values = (f.high, f.low) if read[0][0] > read[1][0] else (f.low, f.high)
    cut, resume = numerals[0].end() + joint.start(), numerals[0].end() + joint.end()
    spans = ((0, cut), (resume, len(f.text)))
    ends = []
    for (v, half), value, (a, z) in zip(read, values, spans, strict=True):  # type: ignore[misc]
        h = half * value / v  # half the last digit, scaled as the end is
        ends.append(replace(f, start=f.start + a, end=f.start + z, text=f.text[a:z], value=value,
                            low=tidy(value - h), high=tidy(value + h), qualifier=None))
    return ends[0], ends[1]


def _shared_scale(numeral: str, later: Figure, at: int | None = None, own: Figure | None = None) -> Figure | None:
    """The first end of "from 1.8 to 2.1 billion tenge" (a bare numeral at
    ``at``, or ``own``, "$1.8"): it takes the scale and currency of the second
    end, as a reader does."""
    parsed = parse_digits(numeral, locale_decimal(later.locale))
    if parsed is None:
        return None
    v, half = parsed
    s = later.scale
    value, low, high = tidy(v * s), tidy((v - half) * s), tidy((v + half) * s)
    if own is not None:
        return replace(own, value=value, low=low, high=high, scale=s)
    assert at is not None
    return Figure(
        kind=later.kind, start=at, end=at + len(numeral), text=numeral, value=value,
        low=low, high=high, currency=later.currency, unit=later.unit,
        numeral=numeral, scale=s, currency_text=None, currency_inferred=later.currency is not None,
        candidates=later.candidates, locale=later.locale,
    )


def _make(
    kind: str,
    roles: list[tuple[Figure, str]],
    measure: str,
    stated: tuple[Decimal, Decimal, Decimal],
    cue: str,
    said: str,
    direction: str | None = None,
) -> Claim | None:
    amounts = [f for f, r in roles if r != "stated"]
    if not _comparable(amounts):
        return None
    figures = tuple(f for f, _ in roles)
    return Claim(
        kind=kind, figures=figures, roles=tuple(r for _, r in roles), measure=measure,
        stated=stated[0], stated_low=stated[1], stated_high=stated[2], cue=cue, stated_text=said,
        start=min(f.start for f in figures), end=max(f.end for f in figures), direction=direction,
    )


def _comparable(amounts: Sequence[Figure]) -> bool:
    """Amounts one relation may join: money (in any currencies the rates know)
    with bare numbers, or quantities in one unit, or numbers."""
    units = {f.unit for f in amounts if f.kind == "quantity"}
    kinds = {f.kind for f in amounts}
    if "percent" in kinds or len(units) > 1 or ("money" in kinds and "quantity" in kinds):
        return False
    return all(f.value is not None and f.value > 0 for f in amounts)


# ----------------------------------------------------------------- judging
_MEASURE_WORDS = {"percent": "%", "times": "×"}


def judge(
    claim: Claim,
    on: datetime.date | None,
    date_reason: str,
    provider: object,
    tol: Decimal,
) -> Check:
    """The verdict on one stated relation, with an explanation a fact-checker can paste.

    ``on``, ``provider`` and ``tol`` matter only when the amounts are in two
    currencies: they are put in the currency of the relation's last figure at
    the reference rate of ``on``, each widened by ``tol``.
    """
    from .check import _fmt, _pct, _q

    amounts = [(f, r) for f, r in zip(claim.figures, claim.roles, strict=True) if r != "stated"]
    currencies = [f.currency for f, _ in amounts if f.currency]
    home = currencies[-1] if currencies else None
    rates: dict[str, Rate] = {}
    missing = ""
    for code in dict.fromkeys(currencies):
        if code == home:
            continue
        if on is None:
            missing = f"{date_reason}; pass date= to check it at a date"
            continue
        try:
            rates[code] = provider.rate(code, home, on)  # type: ignore[attr-defined]
        except RateNotFoundError as exc:
            missing = str(exc)
    first, second = _principal(claim)
    base = home or next((f.unit for f, _ in amounts if f.unit), None) or ""
    quote = _MEASURE_WORDS.get(claim.measure, base)
    mixed = bool(rates) or bool(missing)
    fields: dict[str, object] = dict(
        source=first, target=second, base=base, quote=quote, tolerance=tol if mixed else Decimal(0),
        date=on if mixed else None, date_reason=date_reason if mixed else "one currency: no rate is needed",
        window=None, claim=claim.kind, relation=claim, reference_low=claim.stated_low,
        reference_high=claim.stated_high,
    )
    stated_words = _stated_words(claim)
    if missing:
        return Check(
            verdict="unverifiable", implied_rate=Decimal(0), implied_low=Decimal(0), implied_high=Decimal(0),
            reference_rate=None, deviation=None, diagnosis=None, **fields,  # type: ignore[arg-type]
            explanation=f"{stated_words}; the amounts are in two currencies and cannot be put in one: {missing}.",
        )
    widen = tol if rates else Decimal(0)

    def bounds(f: Figure) -> tuple[Decimal, Decimal, Decimal]:
        lo, hi = _precision(f)
        v = abs(f.value or Decimal(0))
        r = rates.get(f.currency or "")
        if r is None:
            return v, lo, hi
        return v * r.value, lo * r.value * (1 - widen), hi * r.value * (1 + widen)

    implied, lo, hi, diagnosis, why = _recompute(claim, bounds)
    ok = lo <= claim.stated_high and hi >= claim.stated_low
    unit = "%" if claim.measure == "percent" else " times" if claim.measure == "times" else ""
    shown = (lambda d: f"{base} {_fmt(d)}") if claim.measure == "amount" else (lambda d: _signed(d, claim) + unit)
    conversion = "".join(
        f"; {code} put in {home} at {r.source}'s {_period(r)} rate of {_fmt(r.value)} {home}/{code}, ±{_pct(widen)}"
        for code, r in rates.items()
    )
    explanation = (
        f"{stated_words}; the figures give {shown(implied)} "
        f"({shown(lo)} to {shown(hi)} from their rounding{conversion}): "
        + ("consistent." if ok else "inconsistent" + (f"; {why}" if why else "") + ".")
    )
    stated = claim.stated
    return Check(
        verdict="consistent" if ok else "inconsistent",
        implied_rate=_q(implied), implied_low=_q(lo), implied_high=_q(hi),
        reference_rate=next(iter(rates.values()), None),
        deviation=_q(implied / stated - 1, 4) if stated else None,
        diagnosis=None if ok else diagnosis, explanation=explanation,
        evidence=tuple(rates.values()), **fields,  # type: ignore[arg-type]
    )


def _principal(claim: Claim) -> tuple[Figure, Figure]:
    pairs = {"change": ("from", "to"), "share": ("part", "whole"), "sum": ("part", "total"), "ratio": ("larger", "smaller")}
    one, other = pairs[claim.kind]
    return claim.role(one)[0], claim.role(other)[0]


def _recompute(
    claim: Claim, bounds: object
) -> tuple[Decimal, Decimal, Decimal, str | None, str]:
    """What the figures give in the claim's measure, its interval, and the slip
    that would explain a miss."""
    b = bounds  # type: ignore[assignment]
    if claim.kind == "sum":
        parts = [b(f) for f in claim.role("part")]  # type: ignore[operator]
        total = sum(p[0] for p in parts), sum(p[1] for p in parts), sum(p[2] for p in parts)
        t = claim.stated
        why = "the parts add up to more than the total" if total[1] > claim.stated_high else (
            "the parts add up to less than the total")
        return Decimal(total[0]), Decimal(total[1]), Decimal(total[2]), "parts_over" if total[1] > claim.stated_high else "parts_short", why if t else ""
    if claim.kind == "share":
        (pv, plo, phi), (wv, wlo, whi) = b(claim.role("part")[0]), b(claim.role("whole")[0])  # type: ignore[operator]
        v, lo, hi = pv / wv * 100, plo / whi * 100, phi / wlo * 100
        wrong = claim.stated_low <= wv / pv * 100 <= claim.stated_high if pv else False
        return v, lo, hi, "inverted_share" if wrong else None, "the part and the whole are the other way round" if wrong else ""
    if claim.kind == "ratio":
        (bv, blo, bhi), (sv, slo, shi) = b(claim.role("larger")[0]), b(claim.role("smaller")[0])  # type: ignore[operator]
        return bv / sv, blo / shi, bhi / slo, None, ""
    (av, alo, ahi), (zv, zlo, zhi) = b(claim.role("from")[0]), b(claim.role("to")[0])  # type: ignore[operator]
    if claim.measure == "times":
        if claim.direction == "down":
            return av / zv, alo / zhi, ahi / zlo, "direction" if zlo > ahi else None, _turned(claim, av, zv)
        return zv / av, zlo / ahi, zhi / alo, "direction" if zhi < alo else None, _turned(claim, av, zv)
    v, lo, hi = (zv / av - 1) * 100, (zlo / ahi - 1) * 100, (zhi / alo - 1) * 100
    if (claim.stated > 0) != (v > 0) and v != 0:
        return v, lo, hi, "direction", _turned(claim, av, zv)
    # a percentage of the later end, not the earlier: "rose 50% from 100 to 200"
    later = (zv - av) / zv * 100
    if claim.stated_low <= later <= claim.stated_high:
        return v, lo, hi, "other_base", "the stated percentage is the change over the later figure, not the earlier"
    return v, lo, hi, None, ""


def _turned(claim: Claim, a: Decimal, z: Decimal) -> str:
    if (claim.direction == "up") == (z > a) or z == a:
        return ""
    return f"the text says the figure {'rose' if claim.direction == 'up' else 'fell'}, the figures {'fall' if z < a else 'rise'}"


def _signed(d: Decimal, claim: Claim) -> str:
    from .check import _fmt

    if claim.kind == "change" and claim.measure == "percent":
        return ("+" if d > 0 else "−" if d < 0 else "±") + _fmt(abs(d))
    return _fmt(d)


def _stated_words(claim: Claim) -> str:
    """What the text states, for the explanation's first clause."""
    said = f"“{claim.stated_text}”"
    if claim.kind == "sum":
        parts = [p.text for p in claim.role("part")]
        return f"{claim.role('total')[0].text} stated as the total of {', '.join(parts[:-1])} and {parts[-1]}"
    if claim.kind == "share":
        return f"A share of {said} of {claim.role('whole')[0].text} stated as {claim.role('part')[0].text}"
    if claim.kind == "ratio":
        larger, smaller = claim.role("larger")[0], claim.role("smaller")[0]
        return f"{said} ({_plain(claim.stated)}×) stated for {larger.text} against {smaller.text}"
    word = "rise" if claim.direction == "up" else "fall"
    exact = "" if claim.role("stated") else (
        f" ({_plain(claim.stated)}×)" if claim.measure == "times" else f" ({_signed(claim.stated, claim)}%)")
    return f"A {word} of {said}{exact} from {claim.role('from')[0].text} to {claim.role('to')[0].text}"


def _plain(d: Decimal) -> str:
    """A stated number as the text gives it: 2, 1.5, 12 (a third keeps four digits)."""
    from .check import _fmt

    return f"{d.normalize():f}" if d == d.quantize(Decimal("0.01")) else _fmt(d)


def _period(r: Rate) -> str:
    from .check import _period_words

    return _period_words(r)
