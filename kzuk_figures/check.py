"""Say whether each stated conversion holds against reference rates, and why.

For "3.5 billion tenge (US$6.7 million)" the implied rate is an *interval*:
each figure stands for every amount that rounds to it (3.45–3.55 billion,
6.65–6.75 million), so the text claims 511–534 KZT per USD.  The claim is
consistent when that interval meets the reference rate of the text's date,
widened by a tolerance.  A period the sentence names ("in 2019", "since
2022") never widens the reference: an equivalent stated at an old rate is
not what the money was worth when the text was written.  It explains a miss
instead, as the diagnosis ``other_period``.

Two choices, documented here because they decide verdicts:

* ``DEFAULT_TOLERANCE`` is 3 %: newsrooms convert at a rate of the day or the
  week, the bundled reference is a day's ECB fix or a month's HMRC rate, and
  in volatile months the two differ by a few per cent.
* ``MAX_ROUNDING`` caps a figure's own precision at ±5 %.  "$1 billion" is
  literally anything from 0.5 to 1.5 billion, but nobody writes that to mean
  ±50 %; we read a round figure as stated to about two significant digits.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from .errors import ArgumentTypeError, InvalidArgumentError, RateNotFoundError
from .claims import find_claims, judge
from .link import Conversion, link
from .places import check_country, decided_by, shared_name
from .scan import extract
from .rates.base import check_amount, check_figure_amounts
from .types import Check, Figure, Rate, in_math_context

__all__ = ["DEFAULT_TOLERANCE", "MAX_ROUNDING", "check", "check_figures", "resolve_date"]

DEFAULT_TOLERANCE = Decimal("0.03")
MAX_ROUNDING = Decimal("0.05")

_MONTHS = {
    m: i
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1
    )
}
_MONTH = r"(?P<mon>" + "|".join(_MONTHS) + r"|" + "|".join(m[:3] for m in _MONTHS) + r")\.?"
_DATE_PATTERNS = (
    # Any year: "0001-01-01" or "9999-12-31" on a date line is a date the text
    # states, which the check must use (and find no rate for), not skip.  The
    # month and day are a month's and a day's digits, so "1234-56-78" is none.
    re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\s+{_MONTH}\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE),
)
#: How far into a text a date may stand to count as the text's own date.
_DATELINE = 400

_YEAR = r"((?:19|20)\d\d)"
_WINDOWS = (
    (re.compile(rf"\b(?:since|from)\s+{_YEAR}\b(?!\s*(?:to|-|–|and)\s*\d)", re.IGNORECASE), "since"),
    (re.compile(rf"\b(?:over|in|during|between|from)?\s*{_YEAR}\s*(?:-|–|—|to|and)\s*{_YEAR}\b", re.IGNORECASE), "span"),
    (re.compile(rf"\b(?:in|during|for)\s+{_YEAR}\b", re.IGNORECASE), "year"),
    (re.compile(r"\blast\s+year\b", re.IGNORECASE), "last_year"),
)
# Every window names a year, or "last year": a sentence with neither needs no other search.
_ANY_WINDOW = re.compile(rf"{_YEAR}|(?i:last\s+year)")
_SENTENCE_START = re.compile(r"[.!?]\s+(?=[A-Z\"“(])|\n\s*\n")


def check(
    text: str,
    date: datetime.date | None = None,
    rates: object | None = None,
    tolerance: Decimal | int | str | None = None,
    *,
    country: str | None = None,
    claims: bool = True,
) -> list[Check]:
    """One :class:`Check` per conversion stated in ``text``, and one per
    relation it states between its own figures (a change, a share, a sum, a
    ratio: see :mod:`~kzuk_figures.claims`), in the order of the text.

    ``date`` is when the text was written; without it the date is read from
    the text (an ISO date or "2 May 2025" near the top), else the latest date
    the rates cover.  ``rates`` is a :class:`~kzuk_figures.rates.RateProvider`
    (the offline ECB+HMRC default when None).  ``tolerance`` is relative
    (``Decimal("0.03")`` for 3 %).  ``country`` is where the text comes from
    (ISO 3166), which decides an ambiguous currency: see
    :func:`~kzuk_figures.extract`.  ``claims=False`` checks the conversions
    alone.

    >>> import datetime
    >>> [c] = check("over 3.5 billion tenge (US$6.7 million)", date=datetime.date(2025, 5, 2))
    >>> c.verdict, c.reference_rate.source, c.reference_rate.period
    ('consistent', 'HMRC', '2025-05')
    """
    if not isinstance(text, str):
        raise ArgumentTypeError(f"check() needs a str, not {type(text).__name__}")
    return check_figures(
        text, extract(text, country=country), date, rates, tolerance, country=country, claims=claims
    )


@in_math_context
def check_figures(
    text: str,
    figures: Sequence[Figure],
    date: datetime.date | None = None,
    rates: object | None = None,
    tolerance: Decimal | int | str | None = None,
    *,
    country: str | None = None,
    claims: bool = True,
) -> list[Check]:
    """:func:`check` for figures already extracted from ``text`` (scanning once)."""
    provider = _provider(rates)
    tol = DEFAULT_TOLERANCE if tolerance is None else check_amount(tolerance, "tolerance")
    if not (0 <= tol < 1):
        raise InvalidArgumentError(f"tolerance {tol!r} must be at least 0 and below 1")
    conversions = link(text, figures)
    relations = find_claims(text, figures, conversions) if claims else []
    if not conversions and not relations:
        return []
    for f in [f for c in conversions for f in (c.source, c.target)] + [f for r in relations for f in r.figures]:
        check_figure_amounts(f)  # a caller's own Figure may hold an Infinity
    on, reason = resolve_date(text, date, provider)
    ctx = _Text(text, on, reason, provider, tol, check_country(country))
    checks = [_check_readings(ctx, c) for c in conversions]
    if not relations:
        return checks
    checks += [judge(r, on, reason, provider, tol) for r in relations]
    # in the order of the text; a conversion before a claim that starts with it
    return sorted(checks, key=lambda k: k.relation.start if k.relation else min(k.source.start, k.target.start))


@dataclass(slots=True)
class _Text:
    """What every conversion in one text is checked with.  ``seen`` holds the
    rates over each window already asked for: a window of years is a rate per
    month, and one text often repeats it."""

    text: str
    on: datetime.date | None
    date_reason: str
    provider: object
    tol: Decimal
    country: str | None = None
    seen: dict[tuple[str, str, tuple[datetime.date, datetime.date]], list[Rate]] = field(default_factory=dict)
    # the rate of each pair at ``on``, or None: the diagnosis asks for the same
    # candidate currencies ("$" may be CAD, AUD...) for every conversion of a text
    at_date: dict[tuple[str, str], Rate | None] = field(default_factory=dict)

    def rate_at(self, base: str, quote: str) -> Rate | None:
        key = (base, quote)
        if key not in self.at_date:
            try:
                self.at_date[key] = self.provider.rate(base, quote, self.on)  # type: ignore[attr-defined]
            except RateNotFoundError:
                self.at_date[key] = None
        return self.at_date[key]


def _check_readings(ctx: _Text, c: Conversion) -> Check:
    """A figure whose currency the text leaves open ("1 million som": KGS or UZS)
    is checked as each candidate; the reading the figures agree with is kept
    (else the closest), and the explanation says which was taken and why.  A
    currency that a place the text names, or ``country``, decided is kept, and
    the explanation says what decided it."""
    decided = {id(f): decided_by(ctx.text, f, ctx.country) for f in (c.source, c.target)}
    sources, targets = _readings(c.source, decided[id(c.source)]), _readings(c.target, decided[id(c.target)])
    if len(sources) == 1 and len(targets) == 1:
        one = _check_one(ctx, c)
        notes = [
            f' "{f.currency_text}" may be {_or(f.candidates)}; read as {f.currency}, as {why}.'
            for f in (c.source, c.target)
            if (why := decided[id(f)])
        ] + [
            # "450 million (US$950,000)", "в долларовом эквиваленте – 6,7 млн": the sentence gave the currency
            f' "{f.text}" names no currency; read as {f.currency} from its sentence.'
            for f in (c.source, c.target)
            if f.currency_inferred and f.currency_text is None
        ]
        return replace(one, explanation=one.explanation + "".join(notes)) if notes else one
    # the candidates in order, the likelier reading (a default, CLDR's first) first:
    # the first the figures agree with is kept, and the rest need no check
    checks: list[Check] = []
    for s in sources:
        for t in targets:
            if s.currency != t.currency:
                checks.append(_check_one(ctx, Conversion(s, t, c.form)))
                if checks[-1].verdict == "consistent":
                    break
        if checks and checks[-1].verdict == "consistent":
            break
    best = min(checks, key=lambda k: (k.verdict != "consistent", k.deviation is None, abs(k.deviation or 0)))
    open_ = c.source if len(sources) > 1 else c.target
    read = best.source if open_ is c.source else best.target
    codes = [str(f.currency) for f in (sources if open_ is c.source else targets)]
    why = "the figures agree with it" if best.verdict == "consistent" else "it comes closest"
    note = f' "{open_.currency_text}" may be {_or(codes)}; read as {read.currency}, as {why}.'
    return replace(best, explanation=best.explanation + note)


def _or(codes: Sequence[str]) -> str:
    return f"{', '.join(codes[:-1])} or {codes[-1]}" if len(codes) > 1 else "".join(codes)


def _readings(f: Figure, decided: str | None) -> list[Figure]:
    """The currencies a figure may be in: its own, or each candidate of one the
    text leaves open.  The default of a name neighbouring countries share
    ("manat" is AZN in English news) is a guess the figures may overrule; a "$",
    "pounds" or "рублей" keeps its reading, and the diagnosis says when another
    currency of that name fits."""
    open_ = f.currency is None or (f.currency_inferred and shared_name(f) and decided is None)
    if not open_ or not f.candidates:
        return [f]
    return [replace(f, currency=code, currency_inferred=True) for code in f.candidates]


def _provider(rates: object | None) -> object:
    if rates is None:
        from .rates import default_rates

        return default_rates()
    if not callable(getattr(rates, "rate", None)):
        raise InvalidArgumentError(f"rates {rates!r} has no rate(base, quote, on) method")
    return rates


def resolve_date(
    text: str, date: datetime.date | None, provider: object
) -> tuple[datetime.date | None, str]:
    """The date a text's claims are checked at, and why that one.

    A date the text states that no calendar has ("2025-02-30") gives None and
    a reason that quotes it: the claims are then unverifiable, not checked at
    some other date the text never named.
    """
    if date is not None:
        if isinstance(date, datetime.datetime):
            date = date.date()
        if not isinstance(date, datetime.date):
            raise InvalidArgumentError(f"date {date!r} is not a datetime.date")
        return date, "given"
    head = text[:_DATELINE]
    for pattern in _DATE_PATTERNS:
        m = pattern.search(head)
        if m is None:
            continue
        month = m.group("m") if "m" in m.groupdict() and m.group("m") else None
        mon = int(month) if month else _MONTHS.get(_month_key(m.group("mon")), 0)
        try:
            return datetime.date(int(m.group("y")), mon, int(m.group("d"))), "stated in the text"
        except ValueError:
            return None, f"the date stated in the text, \"{m.group()}\", is not a calendar date"
    coverage = getattr(provider, "coverage", None)
    if callable(coverage):
        return coverage()[1], "latest date the rates cover"
    return datetime.date.today(), "today"


def _month_key(name: str) -> str:
    name = name.lower().rstrip(".")
    return next((m for m in _MONTHS if m.startswith(name)), name)


def _window(
    text: str, c: Conversion, on: datetime.date
) -> tuple[tuple[datetime.date, datetime.date] | None, str]:
    """A time expression in the claim's sentence: "since 2022", "in 2023", "2015–2019"."""
    starts = [m.end() for m in _SENTENCE_START.finditer(text, max(0, c.source.start - 300), c.source.start)]
    lo = starts[-1] if starts else max(0, c.source.start - 300)
    sentence = text[lo : c.target.end + 60]
    if _ANY_WINDOW.search(sentence) is None:
        return None, ""
    for pattern, kind in _WINDOWS:
        m = pattern.search(sentence)
        if m is None:
            continue
        if kind == "since":
            first = datetime.date(int(m.group(1)), 1, 1)
            window = (first, on)
        elif kind == "span":
            window = (datetime.date(int(m.group(1)), 1, 1), datetime.date(int(m.group(2)), 12, 31))
        elif kind == "year":
            y = int(m.group(1))
            window = (datetime.date(y, 1, 1), datetime.date(y, 12, 31))
        else:
            window = (datetime.date(on.year - 1, 1, 1), datetime.date(on.year - 1, 12, 31))
        if window[0] <= window[1] <= on or kind != "since" and window[0] <= on:
            return (window[0], min(window[1], on)), m.group().strip()
    return None, ""


def _months(first: datetime.date, last: datetime.date) -> Iterator[datetime.date]:
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        yield datetime.date(y, m, 1) if (y, m) != (first.year, first.month) else first
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _interval(f: Figure) -> tuple[Decimal, Decimal]:
    """A figure's stated precision, capped at ±MAX_ROUNDING (see the module doc)."""
    assert f.value is not None and f.low is not None and f.high is not None
    v = abs(f.value)
    low, high = sorted((abs(f.low), abs(f.high)))
    if f.qualifier != "range":
        if v and high - low == f.scale:
            # written to the unit of its scale, a whole number's trailing zeros may
            # be rounding too: "70 million" is 65-75 million, "180 manats" 175-185
            exponent = v.normalize().as_tuple().exponent
            assert isinstance(exponent, int)
            half = Decimal(5).scaleb(exponent - 1)
            low, high = min(low, v - half), max(high, v + half)
        low = max(low, v * (1 - MAX_ROUNDING))
        high = min(high, v * (1 + MAX_ROUNDING))
    return low, high


def _check_one(ctx: _Text, c: Conversion) -> Check:
    text, on, date_reason, provider, tol, seen = ctx.text, ctx.on, ctx.date_reason, ctx.provider, ctx.tol, ctx.seen
    src, tgt = c.source, c.target
    assert src.value is not None and tgt.value is not None and src.currency and tgt.currency
    reference: Rate | None = None
    if on is None:
        window, window_text = None, ""
        failure = f"{date_reason}; pass date= to check it at a date"
    else:
        window, window_text = _window(text, c, on)
        try:
            reference = provider.rate(src.currency, tgt.currency, on)  # type: ignore[attr-defined]
        except RateNotFoundError as exc:
            failure = str(exc)
    # Quote rates the way markets do, as units of the currency worth less per
    # unit of the one worth more (524 KZT/USD, never 0.0019 USD/KZT); without a
    # reference, let the amounts say which is which.
    if reference is not None:
        if reference.value < 1:
            reference = reference.inverse()
        base, quote = reference.base, reference.quote
    else:
        small = src if abs(src.value) <= abs(tgt.value) else tgt
        base, quote = str(small.currency), str((tgt if small is src else src).currency)
    per_base, in_quote = (src, tgt) if src.currency == base else (tgt, src)
    q_lo, q_hi = _interval(in_quote)
    b_lo, b_hi = _interval(per_base)
    implied = abs(in_quote.value or Decimal(0)) / abs(per_base.value or Decimal(1))
    i_lo, i_hi = q_lo / b_hi, q_hi / b_lo

    def verdict_of(**fields: object) -> Check:
        return Check(
            source=src, target=tgt, base=base, quote=quote, implied_rate=_q(implied),
            implied_low=_q(i_lo), implied_high=_q(i_hi), tolerance=tol, date=on,
            date_reason=date_reason, window=window, **fields,  # type: ignore[arg-type]
        )

    if reference is None:
        return verdict_of(
            verdict="unverifiable", reference_rate=None, reference_low=None,
            reference_high=None, deviation=None, diagnosis=None,
            explanation=f"Implied rate {_fmt(implied)} {quote}/{base} cannot be checked: {failure}.",
        )
    assert on is not None  # a reference rate was found for it
    # The verdict compares with the rate of the text's date alone: a period
    # the sentence names ("in 2019") says which rate the writer likely used,
    # which explains a miss; it does not excuse one.
    ref = reference.value
    ok = _overlaps(i_lo, i_hi, ref, ref, tol)
    deviation = implied / ref - 1
    unmet = ""
    named: Rate | None = None
    if window is not None and not ok:
        key = (base, quote, window)
        if key not in seen:
            seen[key] = list(_rates_over(provider, base, quote, window))
        inside = seen[key]
        if not inside:
            # "in 1990", before any bundled rate: say so rather than say nothing
            unmet = f"no rate covers \"{window_text}\", the period the text names"
            window, window_text = None, ""
        fits = [r for r in inside if _overlaps(i_lo, i_hi, r.value, r.value, tol)]
        named = min(fits, key=lambda r: abs(implied / r.value - 1), default=None)
    if ok:
        diagnosis, why = None, ""
    elif named is not None:
        diagnosis, why = "other_period", (
            f"the figures match {named.source}'s rate of {_period_words(named)} ({_fmt(named.value)} {quote}/{base}), "
            f"in the period the text names (\"{window_text}\"), so the writer likely converted at that period's rate"
        )
    else:
        diagnosis, why = _diagnose(ctx, c, i_lo, i_hi, ref, base, quote)
    evidence = (reference,) if named is None else (reference, named)
    reference_words = _reference_words(reference, base, quote)
    claim = (
        f"{_describe(src)} stated as {_describe(tgt)} implies {_fmt(implied)} {quote}/{base} "
        f"({_fmt(i_lo)}–{_fmt(i_hi)} from the figures' precision)"
    )
    if ok and abs(deviation) <= tol:
        explanation = (
            f"{claim}, within {_pct(tol)} of {reference_words} "
            f"(deviation {_signed_pct(deviation)}): consistent."
        )
    elif ok:
        # the stated figures are off by more than the tolerance, their rounding is not
        explanation = (
            f"{claim}, which reaches {reference_words} once the figures' rounding is "
            f"allowed for (deviation {_signed_pct(deviation)}, tolerance {_pct(tol)}): consistent."
        )
    else:
        explanation = (
            f"{claim}, {_pct(abs(deviation))} {'above' if deviation > 0 else 'below'} "
            f"{reference_words}, beyond the {_pct(tol)} tolerance: inconsistent"
            + "".join(f"; {clause}" for clause in (unmet, why) if clause) + "."
        )
    return verdict_of(
        verdict="consistent" if ok else "inconsistent",
        reference_rate=reference,
        reference_low=ref,
        reference_high=ref,
        deviation=_q(deviation, 4),
        diagnosis=diagnosis,
        explanation=explanation,
        evidence=evidence,
    )


def _rates_over(
    provider: object, base: str, quote: str, window: tuple[datetime.date, datetime.date]
) -> Iterator[Rate]:
    """The reference rate at the start of each month in the window, and at its end."""
    for day in [*_months(*window), window[1]]:
        try:
            yield provider.rate(base, quote, day)  # type: ignore[attr-defined]
        except RateNotFoundError:
            continue


def _overlaps(lo: Decimal, hi: Decimal, ref_lo: Decimal, ref_hi: Decimal, tol: Decimal) -> bool:
    return lo <= ref_hi * (1 + tol) and hi >= ref_lo * (1 - tol)


def _diagnose(
    ctx: _Text, c: Conversion, i_lo: Decimal, i_hi: Decimal, ref: Decimal, base: str, quote: str
) -> tuple[str | None, str]:
    """The likeliest slip that makes an inconsistent conversion fit, and a clause saying it."""
    tol = ctx.tol
    assert ctx.on is not None
    for factor, words in ((1000, "a scale slip (million for billion, ×1000)"),
                          (1_000_000, "a scale slip (thousand for billion, ×1,000,000)")):
        f = Decimal(factor)
        if _overlaps(i_lo / f, i_hi / f, ref, ref, tol) or _overlaps(i_lo * f, i_hi * f, ref, ref, tol):
            return "scale_slip", f"the figures fit after {words}"
    for factor in (10, 100):
        f = Decimal(factor)
        if _overlaps(i_lo / f, i_hi / f, ref, ref, tol) or _overlaps(i_lo * f, i_hi * f, ref, ref, tol):
            return "decimal_point", f"the figures fit with the decimal point moved (×{factor})"
    if _overlaps(1 / i_hi, 1 / i_lo, ref, ref, tol):
        return "inverted_rate", "the figures fit if the rate was applied upside down"
    other = _other_currency(ctx, c)
    if other is not None:
        return "other_currency", other
    period = _fitting_period(ctx.provider, base, quote, ctx.on, i_lo, i_hi, tol)
    if period is not None:
        return "other_period", f"the figures match {period.source}'s rate of {_period_words(period)} ({_fmt(period.value)} {quote}/{base})"
    return None, ""


def _other_currency(ctx: _Text, c: Conversion) -> str | None:
    """ "$" read as US dollars may have meant Canadian or Australian ones: the
    candidate currency whose rate the figures fit most closely, if any fits."""
    best: tuple[Decimal, str] | None = None
    for fig, other in ((c.source, c.target), (c.target, c.source)):
        assert fig.value is not None and other.value is not None
        implied = abs(other.value) / abs(fig.value)
        lo, hi = _interval(other)
        f_lo, f_hi = _interval(fig)
        for alt in fig.candidates[1:]:
            if alt == other.currency:
                continue
            r = ctx.rate_at(alt, str(other.currency))
            if r is not None and _overlaps(lo / f_hi, hi / f_lo, r.value, r.value, ctx.tol):
                miss = abs(implied / r.value - 1)
                if best is None or miss < best[0]:
                    words = f"the figures fit if {fig.text!r} is in {alt} ({_fmt(implied)} {other.currency}/{alt})"
                    best = (miss, words)
    return None if best is None else best[1]


#: How far from the text's date the period diagnosis looks, each way, in months:
#: a live provider is asked once a month, so the walk is bounded.
_PERIOD_REACH = 180


def _fitting_period(
    provider: object, base: str, quote: str, on: datetime.date, lo: Decimal, hi: Decimal, tol: Decimal
) -> Rate | None:
    """The month nearest ``on`` whose reference rate fits the implied interval,
    within :data:`_PERIOD_REACH` and what the provider covers; of two as near,
    the earlier.

    A provider that indexes its months (:meth:`~kzuk_figures.rates.base.Provider.monthly`,
    every offline one) answers with two bisections over its rates sorted by
    value; any other is asked month by month, nearest first.
    """
    month = on.year * 12 + on.month - 1
    monthly = getattr(provider, "monthly", None)
    index = monthly(base, quote) if callable(monthly) else None
    if index is None:
        return _walk_periods(provider, base, quote, on, month, lo, hi, tol)
    rates = index.by_value
    # the two halves of _overlaps(lo, hi, r, r, tol), each monotone in r:
    # the rates that fit are one run of the sorted list
    start = bisect_left(rates, True, key=lambda e: lo <= e[0] * (1 + tol))
    stop = bisect_left(rates, True, start, key=lambda e: hi < e[0] * (1 - tol))
    best: tuple[tuple[int, bool], Rate] | None = None
    for _, m, rate in rates[start:stop]:
        step = abs(m - month)
        if 0 < step <= _PERIOD_REACH and (best is None or (step, m > month) < best[0]):
            best = (step, m > month), rate
    return None if best is None else best[1]


def _walk_periods(
    provider: object, base: str, quote: str, on: datetime.date, month: int, lo: Decimal, hi: Decimal, tol: Decimal
) -> Rate | None:
    """:func:`_fitting_period` asking ``provider`` one month at a time, nearest
    first, so a live source is asked only until the first fit."""
    coverage = getattr(provider, "coverage", None)
    first, last = coverage() if callable(coverage) else (on, on)
    for step in range(1, _PERIOD_REACH + 1):
        for m in (month - step, month + step):
            day = datetime.date(m // 12, m % 12 + 1, 1)
            if not (first.replace(day=1) <= day <= last):
                continue
            try:
                r = provider.rate(base, quote, day)  # type: ignore[attr-defined]
            except RateNotFoundError:
                continue
            if _overlaps(lo, hi, r.value, r.value, tol):
                return r
    return None


def _reference_words(reference: Rate, base: str, quote: str) -> str:
    own = f"{reference.source}'s {_period_words(reference)} rate of {_fmt(reference.value)} {quote}/{base}"
    if reference.is_fallback and reference.note:
        own += f" ({reference.note})"
    return own


def _period_words(r: Rate) -> str:
    if re.fullmatch(r"\d{4}-\d\d", r.period):  # a month: "May 2025"
        return datetime.date(int(r.period[:4]), int(r.period[5:]), 1).strftime("%B %Y")
    return r.period


def _describe(f: Figure) -> str:
    return f"{f.currency} {_fmt(abs(f.value or Decimal(0)))}"


def _q(d: Decimal, places: int = 6) -> Decimal:
    """Rates to six decimals: enough to compare, few enough to read.  A rate
    below 10^-places keeps that many significant digits instead, as six
    decimals would round it to zero (a figure of 10^-30 tenge)."""
    if not d or -places <= d.adjusted() < 12:
        return d.quantize(Decimal(1).scaleb(-places))
    return d if d.adjusted() >= 12 else d.quantize(Decimal(1).scaleb(d.adjusted() - places + 1))


#: Beyond these, a number in a sentence is written 1.000E+28: a grouped form
#: would be unreadable, and past 10^28 it no longer fits the 28-digit context
#: that quantising to a whole number needs.
_SCIENTIFIC_ABOVE = 15
_SCIENTIFIC_BELOW = -6


def _fmt(d: Decimal) -> str:
    """A rate or amount for a sentence: four significant digits, grouped thousands."""
    if d == 0:
        return "0"
    if not _SCIENTIFIC_BELOW <= d.adjusted() < _SCIENTIFIC_ABOVE:
        return f"{d:.3E}"
    digits = max(0, 3 - d.adjusted())
    return f"{d.quantize(Decimal(1).scaleb(-digits)):,}"


def _pct(d: Decimal) -> str:
    d = d * 100
    if d.adjusted() >= _SCIENTIFIC_ABOVE:  # a figure 10^28 times the reference
        return f"{_fmt(d)}%"
    places = Decimal("0.1") if abs(d) >= 1 else Decimal("0.01")
    return f"{d.quantize(places).normalize():f}%"


def _signed_pct(d: Decimal) -> str:
    return ("+" if d > 0 else "−" if d < 0 else "±") + _pct(abs(d))
