"""HTML for notebooks: what ``Report``, ``Figure`` and ``Check`` show in Jupyter.

A report renders as its text with every figure in a ``<mark>`` (coloured by
kind) and every stated conversion underlined in its verdict's colour (green
consistent, red inconsistent, grey unverifiable) with the check's explanation
on hover (``title=``), followed by a table of the figures and a table of the
conversions.  Stated arithmetic (a change, share, sum or ratio: see
:mod:`kzuk_figures.claims`) has colours of its own per verdict (teal, amber,
slate) and a dashed underline, so a reader tells at a glance which kind of
check failed; its badge names the kind, and it gets a table of its own.

Three rules hold for everything here:

* **Everything from outside is escaped.**  The document, figure surfaces,
  currency spellings, explanations, rate sources and notes all pass through
  :func:`html.escape` (quotes included, since some land in attributes), so a
  document holding ``<script>`` renders it as text.
* **Self-contained.**  Styles are inline ``style=`` attributes: no
  ``<style>`` element (sanitisers such as GitHub's notebook view drop those),
  no script, no external font, image or stylesheet.  Every element also has a
  ``kzf-*`` class for anyone who wants to restyle it.
* **Exact.**  Amounts and rates are ``Decimal`` formatted as text; nothing
  passes through ``float``.  Tables show rates to six significant digits and
  give the full value on hover.

Importing this module costs only the standard library's :mod:`html`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .report import Report
    from .types import Check, Figure, Rate

__all__ = ["check_html", "figure_html", "page", "report_html"]

#: Background of a figure's ``<mark>``, by kind.
KIND_COLOURS: dict[str, str] = {
    "money": "#ffe98a",
    "percent": "#cfe3ff",
    "quantity": "#e6d9ff",
    "number": "#e4e4e4",
}
#: A verdict's (strong colour, light tint, symbol).
VERDICT_STYLES: dict[str, tuple[str, str, str]] = {
    "consistent": ("#1b7f3b", "#dcf2e2", "✓"),
    "inconsistent": ("#c0271d", "#fde0dc", "✗"),
    "unverifiable": ("#6e6e6e", "#ebebeb", "?"),
}
#: The same for a check of stated arithmetic (``claim`` other than "conversion").
CLAIM_STYLES: dict[str, tuple[str, str, str]] = {
    "consistent": ("#0b6e6e", "#d9f1f1", "✓"),
    "inconsistent": ("#b0420a", "#fde6d4", "✗"),
    "unverifiable": ("#55606e", "#e6e9ee", "?"),
}
_UNKNOWN_VERDICT = ("#6e6e6e", "#ebebeb", "?")

_FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"
_BOX = f"{_FONT};color:#1f1f1f;background:#ffffff;line-height:1.45;font-size:14px"
_TEXT = (
    "white-space:pre-wrap;overflow-wrap:anywhere;line-height:2;font-size:15px;"
    "max-width:62em;margin:0 0 14px;padding:10px 14px;border:1px solid #d8d8d8;"
    "border-radius:6px;background:#ffffff;color:#1f1f1f"
)
_TABLE = "border-collapse:collapse;margin:4px 0 14px;font-size:13px;color:#1f1f1f;background:#ffffff"
_CAPTION = "caption-side:top;text-align:left;font-weight:600;font-size:13px;padding:4px 0;color:#1f1f1f"
_TH = (
    "text-align:left;padding:4px 10px;border-bottom:2px solid #c8c8c8;background:#f4f4f4;"
    "font-weight:600;white-space:nowrap;vertical-align:bottom"
)
_TD = "text-align:left;padding:4px 10px;border-bottom:1px solid #e6e6e6;vertical-align:top"
_NUM = _TD + ";text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap"
_MUTED = "color:#666666;font-size:12px"


def _e(value: object) -> str:
    """``value`` as text, escaped for both element content and quoted attributes."""
    return html.escape("" if value is None else str(value), quote=True)


def _attrs(**attrs: object) -> str:
    """`` name="value"`` pairs, escaped; ``class_`` is written ``class``; None is left out."""
    return "".join(
        f' {name.rstrip("_").replace("_", "-")}="{_e(value)}"'
        for name, value in attrs.items()
        if value is not None
    )


def _amount(d: Decimal | None) -> str:
    """An amount with grouped thousands, exactly: ``3,500,000,000``."""
    return "—" if d is None else f"{d:,f}"


def _rate(d: Decimal | None) -> str:
    """A rate to six significant digits, for reading (the exact value goes in a title)."""
    if d is None:
        return "—"
    if d == 0 or not d.is_finite():
        return f"{d:f}"
    places = max(0, 5 - d.adjusted())
    return f"{d.quantize(Decimal(1).scaleb(-places)):,f}"


def _pct(d: Decimal | None) -> str:
    if d is None:
        return ""
    sign = "+" if d > 0 else "−" if d < 0 else "±"
    return f"{sign}{abs(d) * 100:.2f}%"


def _verdict_style(verdict: str, claim: str = "conversion") -> tuple[str, str, str]:
    styles = VERDICT_STYLES if claim == "conversion" else CLAIM_STYLES
    return styles.get(verdict, _UNKNOWN_VERDICT)


def _pill(verdict: str, claim: str = "conversion") -> str:
    strong, _, symbol = _verdict_style(verdict, claim)
    style = (
        f"display:inline-block;background:{strong};color:#ffffff;border-radius:9px;"
        "padding:0 7px;font-size:12px;font-weight:600;white-space:nowrap"
    )
    kind = "" if claim == "conversion" else f"{claim} "
    return f'<span{_attrs(class_=f"kzf-verdict kzf-{verdict}", style=style)}>{symbol} {_e(kind + verdict)}</span>'


def _measured(c: Check, d: Decimal | None) -> str:
    """A value in a claim check's own measure: ``16.7%``, ``1.88×``, ``KZT 110,000,000,000``."""
    from .check import _fmt  # four significant digits, as the explanation gives them
    from .types import tidy

    if d is None:
        return "—"
    if c.quote == "%":
        return f"{_fmt(d)}%"
    if c.quote == "×":
        return f"{_fmt(d)}×"
    return f"{c.base} {_amount(tidy(d))}".strip()


def _measured_span(c: Check, low: Decimal | None, high: Decimal | None) -> str:
    return f"{_measured(c, low)}–{_measured(c, high)}"


def _relation_figures(c: Check) -> str:
    """A claim's figures with their roles: ``from 1.8 billion, to 2.1 billion``."""
    assert c.relation is not None
    return ", ".join(
        f"{_e(role)}&nbsp;{_mark(f, nowrap=True)}{_e(f.text)}</mark>"
        for f, role in zip(c.relation.figures, c.relation.roles, strict=True)
        if role != "stated"
    )


def _stated(c: Check) -> str:
    assert c.relation is not None
    said = c.relation.stated_text or _measured(c, c.relation.stated)
    if c.relation.stated_low == c.relation.stated_high:
        return _e(said)
    return f"{_e(said)} ({_e(_measured_span(c, c.relation.stated_low, c.relation.stated_high))})"


def _figure_words(f: Figure) -> str:
    """What a figure says, in one line: ``money: KZT 3,500,000,000 (over)``."""
    if f.qualifier == "range" and f.low is not None and f.high is not None:
        amount = f"{_amount(f.low)}–{_amount(f.high)}"
    else:
        amount = _amount(f.value)
    if f.currency:
        words = f"{f.kind}: {f.currency} {amount}"
    else:
        what = f.unit.replace("_", " ") if f.unit else f.counted  # "kilometer", or what a count counts
        words = f"{f.kind}: {amount}" + (f" {what}" if what else "")
    if f.qualifier and f.qualifier != "range":
        words += f" ({f.qualifier.replace('_', ' ')})"
    if f.currency_inferred:
        words += "; currency inferred" + (f", could be {_others(f)}" if _others(f) else "")
    return words


def _others(f: Figure, most: int = 6) -> str:
    """The other currencies a figure's written form could mean, the first few of them."""
    others = [c for c in f.candidates if c != f.currency]
    more = f" and {len(others) - most} more" if len(others) > most else ""
    return ", ".join(others[:most]) + more


def _mark(f: Figure, index: int | None = None, note: str = "", *, nowrap: bool = False) -> str:
    """The opening tag of a figure's ``<mark>``."""
    style = (
        f"background:{KIND_COLOURS.get(f.kind, '#e4e4e4')};color:#1f1f1f;"
        "padding:1px 3px;border-radius:3px" + (";white-space:nowrap" if nowrap else "")
    )
    title = _figure_words(f) + (f"\n{note}" if note else "")
    return f"<mark{_attrs(class_=f'kzf-figure kzf-{f.kind}', data_figure=index, title=title, style=style)}>"


# ---------------------------------------------------------------- Figure, Check


def figure_html(f: Figure) -> str:
    """A figure on one line: its surface in a mark, then what it says."""
    return (
        f'<span{_attrs(class_="kzf-figure-repr", style=_FONT + ";font-size:14px;color:#1f1f1f")}>'
        f"{_mark(f)}{_e(f.text)}</mark> "
        f'<span{_attrs(style=_MUTED)}>{_e(_figure_words(f))}</span></span>'
    )


def check_html(c: Check) -> str:
    """A check in a small box: verdict, its figures, what they give against what it is checked with, why.

    A conversion sets its implied rate beside the reference; stated arithmetic
    (in its own colours, with a dashed edge) what is stated beside what its
    figures give.
    """
    strong, tint, _ = _verdict_style(c.verdict, c.claim)
    line = "solid" if c.relation is None else "dashed"
    box = (
        f"{_FONT};font-size:14px;color:#1f1f1f;background:{tint};border-left:4px {line} {strong};"
        "padding:6px 10px;border-radius:4px;max-width:62em"
    )
    if c.relation is None:
        kind = "kzf-check"
        pair = f"{c.quote}/{c.base}"
        figures = f"{_mark(c.source)}{_e(c.source.text)}</mark> → {_mark(c.target)}{_e(c.target.text)}</mark>"
        measures = f"implied <b>{_e(_rate(c.implied_rate))}</b> {_e(pair)} ({_e(_rate(c.implied_low))}–{_e(_rate(c.implied_high))})"
        if c.reference_rate is not None:
            measures += (
                f"; reference <b>{_e(_rate(c.reference_rate.value))}</b> {_e(pair)}"
                f" ({_e(_rate_source(c.reference_rate))})"
            )
    else:
        kind = f"kzf-check kzf-claim kzf-{c.claim}"
        figures = _relation_figures(c)
        measures = (
            f"stated <b>{_stated(c)}</b>; the figures give <b>{_e(_measured(c, c.implied_rate))}</b>"
            f" ({_e(_measured_span(c, c.implied_low, c.implied_high))})"
        )
    explanation_style = _MUTED + ";margin-top:3px"
    return (
        f'<div{_attrs(class_=f"{kind} kzf-{c.verdict}", title=c.explanation, style=box)}>'
        f"<div>{_pill(c.verdict, c.claim)}"
        + (f" {_e(c.diagnosis.replace('_', ' '))}" if c.diagnosis else "")
        + f" {figures}</div>"
        f'<div{_attrs(style="margin-top:3px")}>{measures}</div>'
        f'<div{_attrs(class_="kzf-explanation", style=explanation_style)}>{_e(c.explanation)}</div>'
        "</div>"
    )


def _rate_source(r: Rate) -> str:
    words = f"{r.source} {r.period}"
    if r.via:
        words += f", via {r.via}"
    if r.is_fallback and r.note:
        words += f"; {r.note}"
    return words


# ---------------------------------------------------------------- Report


def report_html(report: Report) -> str:
    """The report as an HTML fragment: the marked-up text, then the two tables."""
    marked = _marked_text(report.text, report.figures, report.checks)
    return (
        f'<div{_attrs(class_="kzf-report", style=_BOX)}>'
        + _summary(report)
        + f'<div{_attrs(class_="kzf-text", style=_TEXT)}>{marked}</div>'
        + _figures_table(report.figures)
        + _checks_table(report.checks)
        + _claims_table(report.checks)
        + "</div>"
    )


def page(report: Report, title: str | None = None) -> str:
    """A whole HTML document holding :func:`report_html` (UTF-8, nothing external)."""
    title = title if title is not None else report.source or "kzuk_figures report"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title></head>"
        f'<body{_attrs(style="margin:16px;background:#ffffff")}>\n{report_html(report)}\n</body></html>\n'
    )


def _summary(report: Report) -> str:
    bits = []
    if report.source:
        bits.append(f"<b>{_e(report.source)}</b>")
    n = len(report.figures)
    bits.append(f"{n} figure{'s' if n != 1 else ''}")
    conversions = [c for c in report.checks if c.relation is None]
    claims = [c for c in report.checks if c.relation is not None]
    bits.append(_tally(conversions, "stated conversion", "conversion"))
    if claims:
        bits.append(_tally(claims, "stated claim", "claim"))
    if report.date is not None:
        reason = report.checks[0].date_reason if report.checks else ""
        bits.append(f"checked at {_e(report.date.isoformat())}" + (f" (date {_e(reason)})" if reason else ""))
    style = "margin:0 0 6px;color:#444444;font-size:13px"
    return f'<div{_attrs(class_="kzf-summary", style=style)}>{" · ".join(bits)}</div>'


def _tally(checks: Sequence[Check], noun: str, claim: str) -> str:
    """``3 stated conversions: 2 consistent, 1 inconsistent``, each count in its colour."""
    counts: dict[str, int] = {}
    for c in checks:
        counts[c.verdict] = counts.get(c.verdict, 0) + 1
    k = len(checks)
    words = f"{k} {noun}{'s' if k != 1 else ''}"
    if counts:
        words += ": " + ", ".join(
            f'<span{_attrs(style=f"color:{_verdict_style(v, claim)[0]};font-weight:600")}>{counts[v]} {_e(v)}</span>'
            for v in [v for v in VERDICT_STYLES if v in counts] + sorted(set(counts) - set(VERDICT_STYLES))
        )
    return words


def _check_title(j: int, c: Check) -> str:
    """What hovering over the ``j``-th check (from 0) says: ``[2] change inconsistent: ...``."""
    kind = "" if c.relation is None else f" {c.claim}"
    return f"[{j + 1}]{kind} {c.verdict}: {c.explanation}"


def _verdict_cell(c: Check) -> str:
    """A table's verdict: the pill, and below it the diagnosis."""
    diagnosis = f'<div{_attrs(style=_MUTED)}>{_e(c.diagnosis.replace("_", " "))}</div>' if c.diagnosis else ""
    return _pill(c.verdict, c.claim) + diagnosis


def _marked_text(text: str, figures: Sequence[Figure], checks: Sequence[Check]) -> str:
    """``text`` escaped, with a span per conversion and a mark per figure inside it.

    Spans must nest: a conversion runs from its first figure to its last, and
    conversions that share a source ("X (Y; Z)") nest inside one another.  A
    span that would cross another, or that does not fit the text, is left out
    (the tables still list it): the text itself is always shown whole.
    """
    from .report import checks_by_figure

    notes = {
        i: [_check_title(j, c) for j, c, _ in sides]
        for i, sides in enumerate(checks_by_figure(figures, checks))
        if sides
    }
    # (start, end, layer, open tag, close tag); conversions (layer 0) wrap figures (layer 1)
    spans: list[tuple[int, int, int, str, str]] = []
    for j, c in enumerate(checks):
        if c.relation is None:
            start, end = min(c.source.start, c.target.start), max(c.source.end, c.target.end)
            line, kind, label = "solid", "kzf-conversion", ""
        else:
            # a relation's span holds its cue, and may hold a conversion ("to 2.1 trillion tenge ($4.5 billion)")
            start, end = c.relation.start, c.relation.end
            line, kind, label = "dashed", f"kzf-claim kzf-{c.claim}", f" {c.claim}"
        strong, tint, symbol = _verdict_style(c.verdict, c.claim)
        style = (
            f"background:{tint};border-bottom:3px {line} {strong};border-radius:3px;"
            "padding:2px 1px;-webkit-box-decoration-break:clone;box-decoration-break:clone"
        )
        badge_style = (
            f"background:{strong};color:#ffffff;border-radius:8px;padding:0 5px;margin-left:3px;"
            "font-size:11px;font-weight:700;vertical-align:2px;white-space:nowrap"
        )
        title = _check_title(j, c)
        open_tag = f'<span{_attrs(class_=f"{kind} kzf-{c.verdict}", data_check=j + 1, title=title, style=style)}>'
        badge = f'<span{_attrs(class_="kzf-badge", style=badge_style)}>{symbol} {j + 1}{_e(label)}</span>'
        spans.append((start, end, 0, open_tag, badge + "</span>"))
    for i, f in enumerate(figures):
        if f.start < f.end:
            spans.append((f.start, f.end, 1, _mark(f, i + 1, "\n".join(notes.get(i, []))), "</mark>"))
    spans.sort(key=lambda s: (s[0], -s[1], s[2]))

    out: list[str] = []
    pos = 0
    stack: list[tuple[int, str]] = []  # (end, close tag) of the open spans

    def close_to(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1][0] <= limit:
            end, close = stack.pop()
            out.append(_e(text[pos:end]))
            out.append(close)
            pos = end

    for start, end, _, open_tag, close_tag in spans:
        if end > len(text):
            continue
        close_to(start)
        if start < pos or (stack and end > stack[-1][0]):
            continue  # would cross an open span or one already closed
        out.append(_e(text[pos:start]))
        out.append(open_tag)
        pos = start
        stack.append((end, close_tag))
    close_to(len(text))
    out.append(_e(text[pos:]))
    return "".join(out)


def _table(caption: str, kind: str, head: Iterable[tuple[str, bool]], rows: list[str]) -> str:
    ths = "".join(f'<th{_attrs(style=_TH + (";text-align:right" if num else ""))}>{_e(h)}</th>' for h, num in head)
    return (
        f'<table{_attrs(class_=f"kzf-{kind}", style=_TABLE)}>'
        f'<caption{_attrs(style=_CAPTION)}>{_e(caption)}</caption>'
        f"<thead><tr>{ths}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _figures_table(figures: Sequence[Figure]) -> str:
    if not figures:
        return f'<p{_attrs(class_="kzf-figures", style=_MUTED)}>No figures found.</p>'
    rows = []
    for i, f in enumerate(figures, 1):
        value = (
            f"{_amount(f.low)}–{_amount(f.high)}"
            if f.qualifier == "range" and f.low is not None and f.high is not None
            else _amount(f.value)
        )
        precision = f"stated precision {_amount(f.low)}–{_amount(f.high)}" if f.low is not None else None
        currency = _e(f.currency) if f.currency else f'<span{_attrs(style=_MUTED)}>{_e((f.unit or f.counted or "").replace("_", " "))}</span>'
        if f.currency_inferred:
            title = f"inferred; could be {_others(f)}" if _others(f) else "inferred"
            currency += f'<span{_attrs(style=_MUTED, title=title)}> (inferred)</span>'
        rows.append(
            "<tr>"
            f'<td{_attrs(style=_NUM)}>{i}</td>'
            f"<td{_attrs(style=_TD)}>{_mark(f, nowrap=True)}{_e(f.text)}</mark></td>"
            f"<td{_attrs(style=_TD)}>{_e(f.kind)}</td>"
            f"<td{_attrs(style=_NUM, title=precision)}>{_e(value)}</td>"
            f"<td{_attrs(style=_TD)}>{currency}</td>"
            f"<td{_attrs(style=_TD)}>{_e((f.qualifier or '').replace('_', ' '))}</td>"
            "</tr>"
        )
    head = [("#", True), ("figure", False), ("kind", False), ("value", True), ("currency", False), ("qualifier", False)]
    return _table("Figures", "figures", head, rows)


def _checks_table(checks: Sequence[Check]) -> str:
    if not any(c.relation is None for c in checks):
        return f'<p{_attrs(class_="kzf-checks", style=_MUTED)}>No stated conversions.</p>'
    rows = []
    for j, c in enumerate(checks, 1):
        if c.relation is not None:
            continue
        pair = f"{c.quote}/{c.base}"
        verdict = _verdict_cell(c)
        implied = (
            f"{_e(_rate(c.implied_rate))} {_e(pair)}"
            f'<div{_attrs(style=_MUTED)}>{_e(_rate(c.implied_low))}–{_e(_rate(c.implied_high))}</div>'
        )
        r = c.reference_rate
        if r is None:
            reference, where = "—", "—"
        else:
            reference = f"{_e(_rate(r.value))} {_e(pair)}"
            if c.reference_low is not None and c.reference_high is not None and c.reference_low != c.reference_high:
                reference += f'<div{_attrs(style=_MUTED)}>range {_e(_rate(c.reference_low))}–{_e(_rate(c.reference_high))}</div>'
            if c.deviation is not None:
                reference += f'<div{_attrs(style=_MUTED)}>deviation {_e(_pct(c.deviation))}</div>'
            where = _e(_rate_source(r))
        rows.append(
            f'<tr{_attrs(class_=f"kzf-{c.verdict}", data_check=j)}>'
            f'<td{_attrs(style=_NUM)}>{j}</td>'
            f"<td{_attrs(style=_TD)}>{_mark(c.source, nowrap=True)}{_e(c.source.text)}</mark><br>→&nbsp;{_mark(c.target, nowrap=True)}{_e(c.target.text)}</mark></td>"
            f"<td{_attrs(style=_TD)}>{verdict}</td>"
            f"<td{_attrs(style=_NUM, title=f'{c.implied_rate} {pair}')}>{implied}</td>"
            f"<td{_attrs(style=_NUM, title=f'{r.value} {pair}' if r else None)}>{reference}</td>"
            f"<td{_attrs(style=_TD)}>{where}</td>"
            f"<td{_attrs(class_='kzf-explanation', style=_TD + ';min-width:16em;font-size:12px')}>{_e(c.explanation)}</td>"
            "</tr>"
        )
    head = [("#", True), ("conversion", False), ("verdict", False), ("implied", True),
            ("reference", True), ("source / period", False), ("explanation", False)]
    return _table("Stated conversions", "checks", head, rows)


def _claims_table(checks: Sequence[Check]) -> str:
    """Stated arithmetic, numbered as in the text (one numbering for every check)."""
    rows = [
        f'<tr{_attrs(class_=f"kzf-{c.claim} kzf-{c.verdict}", data_check=j)}>'
        f'<td{_attrs(style=_NUM)}>{j}</td>'
        f"<td{_attrs(style=_TD)}>{_e(c.claim)}</td>"
        f"<td{_attrs(style=_TD)}>{_relation_figures(c)}</td>"
        f"<td{_attrs(style=_TD)}>{_verdict_cell(c)}</td>"
        f"<td{_attrs(style=_NUM)}>{_stated(c)}</td>"
        f"<td{_attrs(style=_NUM, title=str(c.implied_rate))}>{_e(_measured(c, c.implied_rate))}"
        f'<div{_attrs(style=_MUTED)}>{_e(_measured_span(c, c.implied_low, c.implied_high))}</div></td>'
        f"<td{_attrs(class_='kzf-explanation', style=_TD + ';min-width:16em;font-size:12px')}>{_e(c.explanation)}</td>"
        "</tr>"
        for j, c in enumerate(checks, 1)
        if c.relation is not None
    ]
    if not rows:
        return ""
    head = [("#", True), ("claim", False), ("figures", False), ("verdict", False), ("stated", True),
            ("the figures give", True), ("explanation", False)]
    return _table("Stated arithmetic", "claims", head, rows)
