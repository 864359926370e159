"""Pair a monetary figure with the equivalent the text states for it.

A stated conversion is two money figures in different currencies joined by
one of the forms news writes, in any language of :mod:`kzuk_figures.languages`:

- a bracket: ``X (Y)``, ``X (about Y)``, ``X (Y; Z)``, ``X (equivalent to Y)``,
  and what may follow the equivalent inside it: ``(Y equivalent)``,
  ``(Y at current exchange rates)``, ``(Y по текущему курсу)``, a footnote
  mark ``(Y[2])``, an aside after a comma;
- a connector, with or without a comma: ``X or Y``, ``X, или около Y``,
  ``X немесе Y``, ``X, equivalent to Y``, ``X, что составляет около Y``;
- a comma and a hedge: ``X, approximately Y``;
- ``X ≈ Y`` and ``X / Y``;
- two ends converted end by end: ``с A до B (с C до D)`` is A = C and B = D.

Each form may follow a period (``X a month (Y)``).  Only the text *between*
the figures decides, and it may hold nothing but the form's words: so a
share, a count or a footnote in brackets links nothing, and neither does
"$5 million or 10% of the budget".  The two figures must be in different
currencies.  Their ratio is never a test: a conversion wrong by a factor of
1,000 must still link, so that the check can say so.

:func:`infer_currencies` runs before linking (``extract`` calls it): a bare
scaled number with a stated equivalent ("and 310 million (US$652,000)") takes
the currency of the money figure before it in its sentence, and the first end
of "с 6 трлн до 12 трлн сумов" the currency of the second.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from .languages import merged, words
from .types import Figure

__all__ = ["Conversion", "infer_currencies", "link"]


def _alt(fragments: Iterable[str]) -> str:
    """One alternation of word fragments, longest first, a space any whitespace."""
    return "(?:" + "|".join(f.replace(" ", r"\s+") for f in sorted(fragments, key=len, reverse=True)) + ")"


_FOOTNOTE = r"(?:\[\d{1,3}\]|[¹²³⁰⁴-⁹]+|\*{1,3})"
# A sentence ends where a stop is followed by a capital, but not after "i.e." or
# "e.g.", which go on to restate or name ("i.e. US$14 billion"); "млн. долл.
# США" is the rare abbreviation this misreads, and it costs only an inferred currency.
_SENTENCE_END = re.compile(r"[.!?…](?<!\bi\.e\.)(?<!\be\.g\.)\s+(?=[^\W\d_a-zа-яёәғқңөұүһі])|\n")


@dataclass(frozen=True, slots=True)
class _Patterns:
    openers: re.Pattern[str]
    also: re.Pattern[str]
    close: re.Pattern[str]
    from_before: re.Pattern[str]
    to_between: re.Pattern[str]
    parallel_open: re.Pattern[str]


@functools.cache
def _named_currencies() -> tuple[str, ...]:
    """The ISO codes of every language's CURRENCY_IN_WORDS, in the order of :func:`_named`'s groups."""
    return tuple(merged("CURRENCY_IN_WORDS").values())


# Two patterns few texts need, each compiled when first needed rather than with
# the rest (they would add a fifth to the first check's cost of compiling link's).
@functools.cache
def _named() -> re.Pattern[str]:
    """Between a money figure and a bare amount whose currency the words name:
    "3,5 млрд тенге (в долларах – около 6,7 млн)"; the group says which."""
    sep, hedge = _SEP, _hedge()
    return re.compile(
        rf"\s*(?:\(\s*|,\s*|\s[–—-]\s*)(?:"
        + _named_groups()
        + rf")(?![^\W\d_]){sep}{hedge}\Z",
        re.IGNORECASE,
    )


def _named_groups() -> str:
    """Every language's CURRENCY_IN_WORDS, group ``c<k>`` for the k-th of :func:`_named_currencies`."""
    return "|".join(f"(?P<c{k}>{p.replace(' ', chr(92) + 's+')})" for k, p in enumerate(merged("CURRENCY_IN_WORDS")))


@functools.cache
def _compared() -> re.Pattern[str]:
    """Right after an equivalent outside a bracket: "..., which is 2 billion tenge less than"."""
    return re.compile(rf"\s+{_alt(words('COMPARATIVES'))}(?![^\W\d_])", re.IGNORECASE)


@functools.cache
def _hedge() -> str:
    return rf"(?:{_alt([*words('HEDGES'), '~', '≈'])}\s*)?"


_SEP = r"(?:\s*[,:–—-]\s*|\s+)"  # after an opener: "(по текущему курсу – около Y)", "(at current rates, Y)"


@functools.cache
def _patterns() -> _Patterns:
    """The forms, built from every language's words on first use (not at import)."""
    hedge = _hedge()
    from_ = _alt(words('RANGE_FROM'))
    to = _alt([*words('RANGE_TO'), "[-–—]"])
    # what joins an equivalent outside a bracket, and inside one: "X или Y", "(что эквивалентно Y)",
    # "в долларовом эквиваленте – 6,7 млн"
    connector = _alt([*words('CONNECTORS'), *merged("CURRENCY_IN_WORDS")])
    # a rate named in a bracket before the equivalent, as after it, or set off by commas after
    # a connector: "(at current rates, about Y)", "(по текущему курсу – около Y)", "или, по курсу, Y"
    rate = _alt(dict.fromkeys([*words('BRACKET_OPENERS'), *words('BRACKET_TAILS')]))
    sep = _SEP
    # what may stand after the amount, before its equivalent: a period, "in total", a Kazakh qualifier ("астам")
    after = _alt([*words('PERIODS'), *words('AMOUNT_AFTER'), *merged('QUALIFIERS_AFTER')])
    lead = r"(?:,|\s[–—-])"  # a comma, or a dash set off by a space: "X – about Y"
    joiner = rf"(?<!\w){_alt(words('LIST_JOINERS'))}(?!\w)"  # "(about $6.7 million, or £5.3 million)"
    flags = re.VERBOSE | re.IGNORECASE
    return _Patterns(
        # what may stand between a figure and its stated equivalent; each word list is
        # written once (compiling this pattern is a large part of a process's first check)
        openers=re.compile(
            rf"""\s*(?:{after}\s*)?(?:
                (?:(?P<bracket>\(\s*) | (?P<square>\[\s*) | {lead}?\s*)   # X (Y)  X [Y]  X or Y  X – это Y
                (?:(?P<word>{connector}){sep})?                          # X, что составляет Y  (или Y)
                (?:(?P<rate>{rate})(?:{sep}|\s*,\s*))?                   # (at current rates, Y)  или, по курсу, Y
                (?(bracket)|(?(square)|(?(word)|(?!))))                  # a bracket, or a word, opens it
                (?(rate)(?(bracket)|(?(word)|(?!))))                     # a rate only in a bracket or after a word
                {hedge}
              | {lead}\s*(?P<approx>{_alt(words('APPROX_HEDGES'))})\s*     # X, approximately Y  X – about Y
              | \s*(?P<sign>≈|~|=)\s*                                      # X ≈ Y
              | \s*/\s*                                                    # X / Y
            )\Z""",
            flags,
        ),
        # between two equivalents inside one bracket: "(US$6.7 million; £5 million)"
        also=re.compile(rf"\s*(?:[;,/](?:\s*{joiner})?|{joiner})\s*{hedge}\Z", flags),
        # what may follow the last equivalent before its bracket closes
        close=re.compile(
            rf"""\.?{_FOOTNOTE}?\s*(?:{_alt([*words('BRACKET_TAILS'), *merged('CURRENCY_IN_WORDS')])}\s*)?{_FOOTNOTE}?
                 (?:\s*[,;][^()\[\]]{{0,90}})?\s*[)\]]""",
            flags,
        ),
        # "с 6 трлн до 12 трлн сумов (с $540 млн до $1,1 млрд)": the parts between the four figures
        from_before=re.compile(rf"(?<![^\W\d_]){from_}\s+\Z", re.IGNORECASE),
        to_between=re.compile(rf"\s*{to}\s*{hedge}\Z", re.IGNORECASE),
        parallel_open=re.compile(rf"\s*\(\s*(?:{from_}\s+)?{hedge}\Z", re.IGNORECASE),
    )


_MAX_GAP = 48
_LOOKBACK = 16


@dataclass(frozen=True, slots=True)
class Conversion:
    """``source`` is said to be worth ``target``; ``form`` names how the text said it."""

    source: Figure
    target: Figure
    form: str


def link(text: str, figures: Sequence[Figure]) -> list[Conversion]:
    """The stated conversions among ``figures`` (as :func:`~kzuk_figures.extract` gave them).

    >>> import kzuk_figures as kf
    >>> text = "over 3.5 billion tenge (US$6.7 million)"
    >>> [(c.source.currency, c.target.currency, c.form) for c in link(text, kf.extract(text))]
    [('KZT', 'USD', 'bracket')]
    >>> text = "41.7 billion tenge or $88.5 million"
    >>> [(c.source.text, c.target.text, c.form) for c in link(text, kf.extract(text))]
    [('41.7 billion tenge', '$88.5 million', 'or')]
    """
    money = [f for f in figures if f.kind == "money"]
    out: list[Conversion] = []
    i = 0
    while i < len(money) - 1:
        pairs = _parallel(text, money, i)
        if pairs:
            out.extend(Conversion(s, t, "range") for s, t in pairs)
            i += 3 if money[i].qualifier == "range" else 4
            continue
        source = money[i]
        group = _equivalents(text, money, i)
        for target, form in group:
            if not _convertible(source, target):
                continue
            if source.qualifier == target.qualifier == "range":
                # "4 to 9 trillion soums ($350 million to $790 million)": end by end
                out.extend(Conversion(s, t, "range") for s, t in zip(_ends(source), _ends(target), strict=True))
            else:
                out.append(Conversion(source, target, form))
        i += max(1, len(group) + (1 if group else 0))
    return out


def _equivalents(text: str, money: Sequence[Figure], i: int) -> list[tuple[Figure, str]]:
    """The figures right after ``money[i]`` that the text presents as its equivalents."""
    source, first = money[i], money[i + 1]
    gap = text[source.end : first.start]
    if len(gap) > _MAX_GAP:
        return []
    m = _patterns().openers.match(gap)
    if m is None:
        # "a $5 million deal (2.6 billion tenge)": the amount qualifies a noun, and the
        # bracket after the noun holds its equivalent
        noun = _attributive(text, source, first)
        m = None if noun is None else _patterns().openers.match(gap[noun:])
        if m is None or not (m.group("bracket") or m.group("square")):
            return []
    if m.group("bracket") or m.group("square"):
        found = [(first, "bracket")]
        j = i + 1
        # more equivalents in the same bracket: "(US$6.7 million; £5.3 million)"
        while j + 1 < len(money):
            between = text[money[j].end : money[j + 1].start]
            if len(between) > _MAX_GAP or not _patterns().also.match(between):
                break
            found.append((money[j + 1], "bracket"))
            j += 1
        # the bracket must close after the last equivalent and what may follow it
        return found if _patterns().close.match(text, found[-1][0].end) else []
    if _compared().match(text, first.end):
        return []  # a comparison between the two, not one restated
    if m.group("sign"):
        return [(first, "approximately")]
    if m.group("approx") and i + 2 < len(money) and _patterns().also.match(text[first.end : money[i + 2].start]):
        return []  # "The fund: $3bn, approximately £250 million and ₸22bn" is a list
    word = (m.group("word") or "").lower()
    return [(first, "or" if word in _OR_WORDS else "equivalent")]


_OR_WORDS = frozenset({"or", "или", "немесе"})


def _attributive(text: str, source: Figure, first: Figure) -> int | None:
    """Where, in the gap after ``source``, the noun it qualifies ends ("a $5
    million deal", "a $5 million state-funded project"), when an article stands
    before it; None otherwise."""
    words = _attributive_patterns()
    if not words[0].search(text, max(0, source.start - 5), source.start):
        return None
    noun = words[1].match(text, source.end, first.start)
    return None if noun is None else noun.end() - source.end


@functools.cache
def _attributive_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(r"(?<![^\W\d_])(?:an?|the)\s+\Z", re.IGNORECASE),
        re.compile(r"(?:\s+[a-z]+(?:-[a-z]+)?){1,2}(?=\s*[(\[])"),
    )


def _parallel(text: str, money: Sequence[Figure], i: int) -> list[tuple[Figure, Figure]]:
    """Both ends of a change or range, each with its equivalent:
    "с 6 трлн до 12 трлн сумов (с $540 млн до $1,1 млрд)"."""
    if money[i].qualifier == "range" and i + 2 < len(money):
        # "from 5 to 8 trillion soums ($400 million to $64 million)": the ends, then
        # two figures that a descending or slipped end keeps from being a range
        r, c, d = money[i : i + 3]
        p = _patterns()
        if (
            p.parallel_open.match(text[r.end : c.start])
            and p.to_between.match(text[c.end : d.start])
            and p.close.match(text, d.end)
        ):
            pairs = list(zip(_ends(r), (c, d), strict=True))
            return pairs if all(_convertible(s, t) for s, t in pairs) else []
    if i + 3 >= len(money):
        return []
    a, b, c, d = money[i : i + 4]
    gaps = (text[a.end : b.start], text[b.end : c.start], text[c.end : d.start])
    if any(len(g) > _MAX_GAP for g in gaps) or not _patterns().from_before.search(text, max(0, a.start - _LOOKBACK), a.start):
        return []
    if not (_patterns().to_between.match(gaps[0]) and _patterns().parallel_open.match(gaps[1]) and _patterns().to_between.match(gaps[2])):
        return []
    if not _patterns().close.match(text, d.end):
        return []
    pairs = [(a, c), (b, d)]
    return pairs if all(_convertible(s, t) for s, t in pairs) else []


def _ends(f: Figure) -> tuple[Figure, Figure]:
    """A range's two ends as figures of their own, each exact to half a unit of
    its last significant digit, over the range's span."""
    assert f.low is not None and f.high is not None
    return tuple(  # type: ignore[return-value]
        replace(f, value=end, low=end - _half(end), high=end + _half(end), qualifier=None)
        for end in (f.low, f.high)
    )


def _half(d: Decimal) -> Decimal:
    exponent = d.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return Decimal(5).scaleb(exponent - 1)


def _convertible(a: Figure, b: Figure) -> bool:
    """Two amounts that a conversion could join: in currencies that are known or
    among a few candidates ("som": the check tries each), not the same one."""
    return (
        (a.currency is not None or bool(a.candidates))
        and (b.currency is not None or bool(b.candidates))
        and (a.currency != b.currency or a.currency is None)
        and a.value is not None
        and b.value is not None
        and a.value != 0
        and b.value != 0
        and (a.value > 0) == (b.value > 0)
    )


def infer_currencies(text: str, figures: Sequence[Figure]) -> list[Figure]:
    """``figures`` with each bare scaled number that the sentence makes money read as money.

    "4.2 billion tenge (US$8.9 million) ... and 310 million (US$652,000)": the bare
    "310 million" has a stated equivalent, so it is an amount in the currency of
    the nearest money figure before it in the sentence.  "с 6 трлн до 12 трлн
    сумов": the first end is in the second end's currency.  Either way the
    figure says ``currency_inferred=True``.
    """
    out = list(figures)
    for k, f in enumerate(out):
        if not _bare_scaled(f):
            continue
        nxt = out[k + 1] if k + 1 < len(out) else None
        model: Figure | None = None
        if (
            nxt is not None
            and nxt.kind == "money"
            and _patterns().from_before.search(text, max(0, f.start - _LOOKBACK), f.start)
            and _patterns().to_between.match(text[f.end : nxt.start])
        ):
            model = nxt  # the first end of "from A to B soums"
        elif nxt is not None and nxt.kind == "money" and _stated_equivalent(text, f, nxt):
            model = _money_before(text, out, k, nxt)
        currency, candidates = (model.currency, model.candidates) if model is not None else (None, ())
        if model is None and k > 0 and out[k - 1].kind == "money":
            # "3,5 млрд тенге, в долларовом эквиваленте – 6,7 млн", "3,5 млрд тенге, или 6,7 млн
            # в долларах": in the currency the words name
            currency = _named_before(text, out[k - 1], f) or _named_after(text, out[k - 1], f)
            candidates = (currency,) if currency else ()
        if currency is not None or model is not None:
            out[k] = replace(
                f, kind="money", unit=None, currency=currency, candidates=candidates,
                currency_text=None, currency_inferred=True,
            )
    return out


def _named_before(text: str, money: Figure, f: Figure) -> str | None:
    """The currency that the words between ``money`` and the bare amount ``f`` name, if they name one."""
    gap = text[money.end : f.start]
    m = _named().match(gap) if len(gap) <= _MAX_GAP else None
    if m is None or m.lastgroup is None:
        return None
    code = _named_currencies()[int(m.lastgroup[1:])]
    return code if code != money.currency else None


def _named_after(text: str, money: Figure, f: Figure) -> str | None:
    """The currency that the words right after the bare amount ``f`` name, where
    ``f`` stands as ``money``'s stated equivalent."""
    m = _named_next().match(text, f.end)
    if m is None or m.lastgroup is None or not _stated_equivalent(text, money, f):
        return None
    code = _named_currencies()[int(m.lastgroup[1:])]
    return code if code != money.currency else None


@functools.cache
def _named_next() -> re.Pattern[str]:
    """Right after a bare amount: "6,7 млн в долларах", "6.7 million in dollar terms"."""
    return re.compile(rf"\s+(?:{_named_groups()})(?![^\W\d_])", re.IGNORECASE)


def _bare_scaled(f: Figure) -> bool:
    # a count says what it counts ("310 million people"): it takes no currency
    return f.kind == "number" and f.scale > 1 and f.unit is None and f.counted is None and f.value is not None and f.value > 0


def _stated_equivalent(text: str, f: Figure, nxt: Figure) -> bool:
    gap = text[f.end : nxt.start]
    if len(gap) > _MAX_GAP:
        return False
    m = _patterns().openers.match(gap)
    if m is None:
        return False
    return not (m.group("bracket") or m.group("square")) or _patterns().close.match(text, nxt.end) is not None


def _money_before(text: str, figures: Sequence[Figure], k: int, equivalent: Figure) -> Figure | None:
    """The nearest money figure before ``figures[k]`` in its sentence that could be
    converted to ``equivalent``: the earlier equivalents ("(US$8.9 million)") are
    passed over."""
    for prev in reversed(figures[:k]):
        if _SENTENCE_END.search(text, prev.end, figures[k].start):
            return None
        if prev.kind == "money" and _convertible(prev, equivalent):
            return prev
    return None
