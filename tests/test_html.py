"""The notebook HTML of ``Report``, ``Figure`` and ``Check``.

Structure and escaping are checked by parsing the HTML with the standard
library's parser: no browser needed.  One test at the end renders a report in
headless Chromium (``--dump-dom`` and ``--screenshot``) and is skipped only
where no Chromium or Chrome binary is installed.
"""

from __future__ import annotations

import datetime
import re
import shutil
import struct
import subprocess
import tempfile
import zlib
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

import kzuk_figures as kf
from kzuk_figures.html import CLAIM_STYLES, KIND_COLOURS, VERDICT_STYLES, check_html, figure_html, page, report_html

MAY_2 = datetime.date(2025, 5, 2)
ROOT = Path(__file__).resolve().parent.parent
#: Were it to run, it would mark the body (no alert: a dialog would hang a headless browser).
SCRIPT = "<script>document.body.dataset.pwned='yes'</script>"
#: A consistent and an inconsistent conversion, and a script in the text.
MIXED = (
    f"Notes {SCRIPT} here. The fund paid 18.4 billion tenge (about US$35 million) "
    "and 3.5 billion tenge (US$6.7 billion) in May."
)
#: Every element the renderings may contain; anything else came from content.
ALLOWED_TAGS = {
    "div", "span", "mark", "b", "br", "p", "table", "caption", "thead", "tbody", "tr", "th", "td",
}


class Tree(HTMLParser):
    """Elements as (tag, attrs, depth-path) and the text, for asserting on."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None], tuple[str, ...]]] = []
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[tuple[str, tuple[str, ...]]] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        path = tuple(self._label(t, x) for t, x in self.stack)
        self.elements.append((tag, a, path))
        if tag not in ("br", "meta"):
            self.stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]!r}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.texts.append((data, tuple(self._label(t, x) for t, x in self.stack)))

    @staticmethod
    def _label(tag: str, attrs: dict[str, str | None]) -> str:
        return f"{tag}.{(attrs.get('class') or '').split(' ')[0]}"

    def find(self, tag: str, cls: str | None = None) -> list[dict[str, str | None]]:
        return [
            a for t, a, _ in self.elements
            if t == tag and (cls is None or cls in (a.get("class") or "").split())
        ]

    def text_in(self, label: str, skip: str = "\0") -> str:
        """The text inside elements labelled ``label``, leaving out any inside ``skip``."""
        return "".join(d for d, path in self.texts if label in path and skip not in path)


def mixed() -> kf.Report:
    return kf.report(MIXED, date=MAY_2, source="mixed <doc>.txt")


def seed() -> kf.Report:
    return kf.report((ROOT / "seeds" / "example.txt").read_text(encoding="utf-8"), date=MAY_2)


# ---------------------------------------------------------------- structure


def test_the_mixed_text_has_a_consistent_and_an_inconsistent_conversion() -> None:
    r = mixed()
    assert [c.verdict for c in r.checks] == ["consistent", "inconsistent"]
    assert len(r.figures) == 4


def test_repr_html_is_the_report_fragment() -> None:
    r = mixed()
    assert r._repr_html_() == report_html(r) == r.to_html()
    assert r.to_html().startswith('<div class="kzf-report"')


def test_every_figure_is_marked_with_its_kind_and_the_text_is_whole() -> None:
    r = seed()
    tree = Tree(report_html(r))
    marks = [a for t, a, path in tree.elements if t == "mark" and "div.kzf-text" in path]
    assert [int(a["data-figure"] or 0) for a in marks] == list(range(1, len(r.figures) + 1))
    for a, f in zip(marks, r.figures):
        assert a["class"] == f"kzf-figure kzf-{f.kind}"
        assert KIND_COLOURS[f.kind] in (a["style"] or "")
    marked = [d for d, path in tree.texts if "div.kzf-text" in path and "mark.kzf-figure" in path]
    assert marked == [f.text for f in r.figures]
    # nothing lost, doubled or reordered: the text minus the badges is the document
    assert tree.text_in("div.kzf-text", skip="span.kzf-badge") == r.text


def test_each_conversion_wraps_its_figures_in_its_verdict_colour_with_the_explanation() -> None:
    r = mixed()
    tree = Tree(report_html(r))
    spans = tree.find("span", "kzf-conversion")
    assert [a["class"] for a in spans] == ["kzf-conversion kzf-consistent", "kzf-conversion kzf-inconsistent"]
    for n, (a, c) in enumerate(zip(spans, r.checks), 1):
        assert a["data-check"] == str(n)
        assert a["title"] == f"[{n}] {c.verdict}: {c.explanation}"
        strong, tint, _ = VERDICT_STYLES[c.verdict]
        assert f"border-bottom:3px solid {strong}" in (a["style"] or "")
        assert f"background:{tint}" in (a["style"] or "")
        # the conversion's text is exactly source through target
        inside = tree.text_in("span.kzf-conversion", skip="span.kzf-badge")
        assert r.text[c.source.start : c.target.end] in inside
    assert VERDICT_STYLES["consistent"][0] == "#1b7f3b" and VERDICT_STYLES["inconsistent"][0] == "#c0271d"
    # the figures sit inside their conversion's span
    for t, a, path in tree.elements:
        if t == "mark" and "div.kzf-text" in path and a["data-figure"] in {"1", "2", "3", "4"}:
            assert "span.kzf-conversion" in path
    # a figure's hover says what it is and the verdict of its conversion
    first = tree.find("mark", "kzf-money")[0]
    assert first["title"] == f"money: KZT 18,400,000,000\n[1] consistent: {r.checks[0].explanation}"


def test_conversions_sharing_a_source_nest() -> None:
    r = kf.report("It paid 3.5 billion tenge (US$6.7 million; £5.3 million) there.", date=MAY_2)
    assert len(r.checks) == 2
    tree = Tree(report_html(r))
    spans = [(a["data-check"], path) for t, a, path in tree.elements if t == "span" and "kzf-conversion" in (a.get("class") or "")]
    # the longer (to £5.3 million) is the outer one
    assert [n for n, _ in spans] == ["2", "1"]
    assert "span.kzf-conversion" in spans[1][1]
    assert tree.text_in("div.kzf-text", skip="span.kzf-badge") == r.text


def test_unverifiable_is_grey() -> None:
    r = kf.report("It paid 3.5 billion tenge (US$6.7 million).", date=datetime.date(1990, 5, 2))
    assert r.checks[0].verdict == "unverifiable"
    out = report_html(r)
    [span] = Tree(out).find("span", "kzf-conversion")
    assert span["class"] == "kzf-conversion kzf-unverifiable"
    assert VERDICT_STYLES["unverifiable"][0] in (span["style"] or "")
    assert "#6e6e6e" == VERDICT_STYLES["unverifiable"][0]


def test_summary_tables() -> None:
    r = mixed()
    tree = Tree(report_html(r))
    [figs] = tree.find("table", "kzf-figures")
    [checks] = tree.find("table", "kzf-checks")
    heads = [d for d, path in tree.texts if "th." in path[-1]]
    assert heads == ["#", "figure", "kind", "value", "currency", "qualifier",
                     "#", "conversion", "verdict", "implied", "reference", "source / period", "explanation"]
    rows = [a for t, a, path in tree.elements if t == "tr" and "table.kzf-checks" in path and "tbody." in path]
    assert [a["class"] for a in rows] == ["kzf-consistent", "kzf-inconsistent"]
    figure_rows = [1 for t, a, path in tree.elements if t == "tr" and "table.kzf-figures" in path and "tbody." in path]
    assert len(figure_rows) == len(r.figures)
    table_text = tree.text_in("table.kzf-figures")
    assert "18,400,000,000" in table_text and "6,700,000,000" in table_text and "about" in table_text
    checks_text = tree.text_in("table.kzf-checks")
    assert "525.714 KZT/USD" in checks_text  # implied, six significant digits
    assert "523.743 KZT/USD" in checks_text  # reference
    assert "HMRC 2025-05, via GBP" in checks_text
    assert "scale slip" in checks_text
    assert r.checks[1].explanation in checks_text
    # the exact rates are on hover
    titles = [a.get("title") for t, a, _ in tree.elements if t == "td"]
    assert f"{r.checks[0].reference_rate.value} KZT/USD" in titles  # type: ignore[union-attr]
    summary = tree.text_in("div.kzf-summary")
    assert "4 figures" in summary and "1 consistent" in summary and "1 inconsistent" in summary
    assert "2025-05-02" in summary and "mixed <doc>.txt" in summary


def test_a_range_shows_both_ends_and_an_inferred_dollar_says_so() -> None:
    r = kf.report("Sales were $5-7 million.")
    [f] = r.figures
    assert f.qualifier == "range" and f.currency_inferred
    tree = Tree(report_html(r))
    assert "5,000,000–7,000,000" in tree.text_in("table.kzf-figures")
    assert "(inferred)" in tree.text_in("table.kzf-figures")
    title = tree.find("mark", "kzf-money")[0]["title"] or ""
    assert title.startswith("money: USD 5,000,000–7,000,000; currency inferred, could be AUD, CAD, ")
    # the 27 dollars CLDR knows are cut short
    assert title.endswith(" more") and len(f.candidates) > 7
    assert f"and {len(f.candidates) - 7} more" in title


def test_empty_and_figureless_reports() -> None:
    for text in ("", "Nothing to see."):
        out = report_html(kf.report(text))
        tree = Tree(out)
        assert "No figures found." in tree.text_in("p.kzf-figures")
        assert "No stated conversions." in tree.text_in("p.kzf-checks")
        assert tree.text_in("div.kzf-text") == text


def test_spans_that_cross_or_overrun_are_left_out_but_the_text_is_whole() -> None:
    text = "abcdef ghij"
    f1 = kf.Figure(kind="number", start=0, end=4, text="abcd", value=Decimal(1), low=Decimal(1), high=Decimal(1))
    f2 = kf.Figure(kind="number", start=2, end=6, text="cdef", value=Decimal(2), low=Decimal(2), high=Decimal(2))
    f3 = kf.Figure(kind="number", start=9, end=14, text="ijklm", value=Decimal(3), low=Decimal(3), high=Decimal(3))
    r = kf.Report(text=text, figures=(f1, f2, f3), checks=(), date=None)
    tree = Tree(report_html(r))
    marks = [a["data-figure"] for t, a, path in tree.elements if t == "mark" and "div.kzf-text" in path]
    assert marks == ["1"]
    assert tree.text_in("div.kzf-text") == text
    assert len([1 for t, a, p in tree.elements if t == "tr" and "tbody." in p]) == 3


def test_self_contained_no_style_element_no_script_no_external_asset() -> None:
    for out in (report_html(mixed()), page(mixed()), figure_html(mixed().figures[0]), check_html(mixed().checks[1])):
        tags = {t for t, _, _ in Tree(out).elements}
        assert tags <= ALLOWED_TAGS | {"html", "head", "meta", "title", "body"}, tags
        low = out.lower()
        for bad in ("<script", "<style", "<link", "<img", "<iframe", "url(", "@import", "http:", "https:", "src=", "href="):
            assert bad not in low, bad
        assert not re.search(r"\son\w+\s*=", low)


def test_page_is_a_whole_utf8_document() -> None:
    r = mixed()
    out = r.to_html(standalone=True)
    assert out == page(r)
    assert out.startswith("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
    assert "<title>mixed &lt;doc&gt;.txt</title>" in out
    assert report_html(r) in out
    assert out.rstrip().endswith("</body></html>")
    assert "<title>kzuk_figures report</title>" in kf.report("x").to_html(standalone=True)


# ---------------------------------------------------------------- escaping


def test_a_script_in_the_text_renders_as_text() -> None:
    r = mixed()
    out = report_html(r)
    assert "<script" not in out.lower()
    assert html_escaped(SCRIPT) in out
    tree = Tree(out)
    assert SCRIPT in tree.text_in("div.kzf-text")
    assert tree.find("script") == []


def test_the_classic_alert_renders_as_text() -> None:
    r = kf.report("Say <script>alert(1)</script> and 5 billion tenge (US$10 million).", date=MAY_2)
    out = report_html(r)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "<script" not in out.lower()
    assert Tree(out).find("script") == []


def html_escaped(s: str) -> str:
    import html

    return html.escape(s, quote=True)


HOSTILE = '"><img src=x onerror=alert(1)><script>alert(2)</script>'


def hostile_report() -> kf.Report:
    """Every string a renderer shows, made hostile: surface, currency spelling,
    explanation, diagnosis, rate source and note, window text, document name."""
    surface = f"$5{HOSTILE}"
    text = f"Paid €4 ({surface}) <b onmouseover='x'>bold</b>"
    src = kf.Figure(kind="money", start=6, end=8, text="€4", value=Decimal(4), low=Decimal("3.5"),
                    high=Decimal("4.5"), currency="EUR")
    start = text.index(surface)
    tgt = kf.Figure(kind="money", start=start, end=start + len(surface), text=surface, value=Decimal(5),
                    low=Decimal("4.5"), high=Decimal("5.5"), currency="USD", currency_text=f"${HOSTILE}",
                    currency_inferred=True, candidates=("USD", HOSTILE))
    rate = kf.Rate(base="EUR", quote="USD", value=Decimal("1.1"), source=f"src{HOSTILE}",
                   period=f"p{HOSTILE}", start=MAY_2, end=MAY_2, requested=datetime.date(2025, 5, 9),
                   note=f"note{HOSTILE}")
    check = kf.Check(
        source=src, target=tgt, verdict="inconsistent", base="EUR", quote="USD",
        implied_rate=Decimal("1.25"), implied_low=Decimal("1"), implied_high=Decimal("1.6"),
        reference_rate=rate, reference_low=Decimal("1.1"), reference_high=Decimal("1.1"),
        deviation=Decimal("0.136"), tolerance=Decimal("0.03"), date=MAY_2, date_reason=f"why{HOSTILE}",
        window=None, diagnosis=f"diag{HOSTILE}", explanation=f"because{HOSTILE}", evidence=(rate,),
    )
    assert text[tgt.start : tgt.end] == tgt.text
    return kf.Report(text=text, figures=(src, tgt), checks=(check,), date=MAY_2, source=f"doc{HOSTILE}")


@pytest.mark.parametrize("render", ["report", "page", "figure", "check"])
def test_hostile_strings_stay_inert(render: str) -> None:
    r = hostile_report()
    out = {
        "report": lambda: report_html(r),
        "page": lambda: page(r),
        "figure": lambda: r.figures[1]._repr_html_(),
        "check": lambda: r.checks[0]._repr_html_(),
    }[render]()
    tree = Tree(out)  # also asserts every end tag closes the element it should
    tags = {t for t, _, _ in tree.elements}
    assert tags <= ALLOWED_TAGS | {"html", "head", "meta", "title", "body"}, tags
    for _, attrs, _ in tree.elements:
        assert not any(name.startswith("on") or name == "src" for name in attrs), attrs
    low = out.lower()
    assert "<script" not in low and "<img" not in low and "<b onmouseover" not in low
    assert html_escaped(HOSTILE) in out
    # the hostile strings are still there, as text and in attributes, unchanged
    everything = "".join(d for d, _ in tree.texts) + "".join(
        v or "" for _, attrs, _ in tree.elements for v in attrs.values()
    )
    assert everything.count(HOSTILE) >= 2


def test_hostile_explanation_round_trips_through_the_title_attribute() -> None:
    r = hostile_report()
    tree = Tree(report_html(r))
    [span] = tree.find("span", "kzf-conversion")
    assert span["title"] == f"[1] inconsistent: because{HOSTILE}"
    [box] = Tree(r.checks[0]._repr_html_()).find("div", "kzf-check")
    assert box["title"] == f"because{HOSTILE}"
    assert tree.text_in("div.kzf-text", skip="span.kzf-badge") == r.text


# ---------------------------------------------------------------- Figure and Check


def test_figure_repr_html() -> None:
    f = mixed().figures[1]
    assert f._repr_html_() == figure_html(f)
    tree = Tree(f._repr_html_())
    [mark] = tree.find("mark", "kzf-money")
    assert tree.text_in("mark.kzf-figure") == "US$35 million"
    assert "money: USD 35,000,000 (about)" in tree.text_in("span.kzf-figure-repr")
    assert mark["title"] == "money: USD 35,000,000 (about)"


def test_check_repr_html() -> None:
    r = mixed()
    good, bad = r.checks
    assert bad._repr_html_() == check_html(bad)
    tree = Tree(bad._repr_html_())
    [box] = tree.find("div", "kzf-check")
    assert box["class"] == "kzf-check kzf-inconsistent"
    assert "border-left:4px solid #c0271d" in (box["style"] or "")
    text = tree.text_in("div.kzf-check")
    assert "✗ inconsistent scale slip" in text
    assert "3.5 billion tenge → US$6.7 billion" in text
    assert "implied 0.522388 KZT/USD" in text and "reference 523.743 KZT/USD (HMRC 2025-05, via GBP)" in text
    assert bad.explanation in tree.text_in("div.kzf-explanation")
    assert "✓ consistent" in Tree(good._repr_html_()).text_in("span.kzf-verdict")


# --------------------------------------------------------------- stated arithmetic
ARITHMETIC = (
    "Exports rose 25% to $2.1 billion from $1.8 billion. "
    "Of the 120 billion tenge, 70 billion goes to roads and 50 billion to schools. "
    "It paid 3.5 billion tenge (US$6.7 million)."
)


def test_a_claim_has_its_own_colours_a_dashed_line_and_its_kind_in_the_badge() -> None:
    r = kf.report(ARITHMETIC, date=MAY_2)
    assert [(c.claim, c.verdict) for c in r.checks] == [
        ("change", "inconsistent"), ("sum", "consistent"), ("conversion", "consistent")]
    tree = Tree(report_html(r))
    claims = tree.find("span", "kzf-claim")
    assert [a["class"] for a in claims] == [
        "kzf-claim kzf-change kzf-inconsistent", "kzf-claim kzf-sum kzf-consistent"]
    for n, (a, c) in enumerate(zip(claims, r.checks), 1):
        assert a["data-check"] == str(n)
        assert a["title"] == f"[{n}] {c.claim} {c.verdict}: {c.explanation}"
        strong, tint, _ = CLAIM_STYLES[c.verdict]
        assert f"border-bottom:3px dashed {strong}" in (a["style"] or "")
        assert f"background:{tint}" in (a["style"] or "")
    # each verdict's colour differs from the conversion's, so the two kinds of check read apart
    assert all(CLAIM_STYLES[v][0] != VERDICT_STYLES[v][0] for v in VERDICT_STYLES)
    assert re.findall(r"[✓✗?] \d (\w+)", tree.text_in("span.kzf-badge")) == ["change", "sum"]
    [conversion] = tree.find("span", "kzf-conversion")
    assert conversion["data-check"] == "3"
    assert tree.text_in("div.kzf-text", skip="span.kzf-badge") == r.text
    # a figure's hover names the claim it is in
    pct = tree.find("mark", "kzf-percent")[0]
    assert pct["title"].endswith(f"[1] change inconsistent: {r.checks[0].explanation}")


def test_claims_get_their_own_table_and_the_summary_counts_them_apart() -> None:
    r = kf.report(ARITHMETIC, date=MAY_2)
    tree = Tree(report_html(r))
    summary = tree.text_in("div.kzf-summary")
    assert "1 stated conversion: 1 consistent" in summary
    assert "2 stated claims: 1 consistent, 1 inconsistent" in summary
    [conversions] = tree.find("table", "kzf-checks")
    [claims] = tree.find("table", "kzf-claims")
    assert [a["data-check"] for t, a, path in tree.elements if t == "tr" and "table.kzf-checks" in path and a.get("data-check")] == ["3"]
    rows = [a for t, a, path in tree.elements if t == "tr" and "table.kzf-claims" in path and a.get("data-check")]
    assert [(a["data-check"], a["class"]) for a in rows] == [("1", "kzf-change kzf-inconsistent"), ("2", "kzf-sum kzf-consistent")]
    text = tree.text_in("table.kzf-claims")
    assert "from $1.8 billion, to $2.1 billion" in text.replace("\xa0", " ")
    assert "25% (24.50%–25.50%)" in text and "16.67%" in text and "10.81%–22.86%" in text
    assert "KZT 120,000,000,000" in text and "000.000" not in text


def test_a_text_with_claims_only_says_it_has_no_conversions() -> None:
    r = kf.report("Exports rose 25% to $2.1 billion from $1.8 billion.")
    out = report_html(r)
    assert "No stated conversions." in out
    assert len(Tree(out).find("table", "kzf-claims")) == 1
    assert "kzf-claims" not in report_html(kf.report("It paid 3.5 billion tenge (US$6.7 million).", date=MAY_2))


def test_claim_repr_html() -> None:
    [c] = kf.check("Exports rose 25% to $2.1 billion from $1.8 billion.")
    tree = Tree(c._repr_html_())
    [box] = tree.find("div", "kzf-check")
    assert box["class"] == "kzf-check kzf-claim kzf-change kzf-inconsistent"
    assert f"border-left:4px dashed {CLAIM_STYLES['inconsistent'][0]}" in (box["style"] or "")
    assert box["title"] == c.explanation
    text = tree.text_in("div.kzf-check").replace("\xa0", " ")
    assert "✗ change inconsistent" in text
    assert "stated 25% (24.50%–25.50%); the figures give 16.67% (10.81%–22.86%)" in text


def test_a_quantity_reads_amount_then_unit() -> None:
    f = kf.Figure(kind="quantity", start=0, end=16, text="5 million tonnes", value=Decimal(5_000_000),
                  low=Decimal(4_500_000), high=Decimal(5_500_000), unit="metric_ton")
    assert "quantity: 5,000,000 metric ton" in Tree(figure_html(f)).text_in("span.kzf-figure-repr")


def test_amounts_are_formatted_exactly() -> None:
    big = Decimal("123456789012345678901234.5")
    f = kf.Figure(kind="money", start=0, end=2, text="$x", value=big, low=big, high=big, currency="USD")
    assert "123,456,789,012,345,678,901,234.5" in figure_html(f)
    e = Decimal("6.7E+6")
    g = kf.Figure(kind="money", start=0, end=2, text="$x", value=e, low=e, high=e, currency="USD")
    assert "6,700,000" in figure_html(g) and "E+" not in figure_html(g)


# ---------------------------------------------------------------- in a browser


def browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    return None


def run_browser(binary: str, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", *args, url],
            capture_output=True, text=True, timeout=90,
        )


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]] | None:
    """(width, height, rows of RGB(A) bytes) of an 8-bit RGB/RGBA PNG; None for other kinds."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos : pos + 4]), data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert header is not None
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        return None
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows


def count_colour(image: tuple[int, int, list[bytes]], hex_colour: str) -> int:
    width, _, rows = image
    bpp = len(rows[0]) // width
    target = bytes.fromhex(hex_colour.lstrip("#"))
    return sum(row[i : i + 3] == target for row in rows for i in range(0, len(row), bpp))


@pytest.mark.skipif(browser() is None, reason="no chromium, chromium-browser or google-chrome binary")
def test_in_headless_chromium(tmp_path: Path) -> None:
    binary = browser()
    assert binary is not None
    r = mixed()
    path = tmp_path / "report.html"
    path.write_text(r.to_html(standalone=True), encoding="utf-8")
    url = path.as_uri()

    dom = run_browser(binary, url, "--dump-dom").stdout
    assert 'class="kzf-report"' in dom, dom[:500]
    marks = re.findall(r'<mark class="kzf-figure kzf-(\w+)" data-figure="(\d+)"', dom)
    assert marks[: len(r.figures)] == [(f.kind, str(i)) for i, f in enumerate(r.figures, 1)]
    assert len(re.findall(r'<span class="kzf-conversion kzf-consistent"', dom)) == 1
    assert len(re.findall(r'<span class="kzf-conversion kzf-inconsistent"', dom)) == 1
    # the document's script stayed text: no script element, and it never ran
    assert not re.search(r"<script", dom, re.I)
    assert "&lt;script&gt;document.body.dataset.pwned='yes'&lt;/script&gt;" in dom
    assert "pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]

    shot = tmp_path / "report.png"
    done = run_browser(binary, url, f"--screenshot={shot}", "--window-size=900,600")
    assert shot.exists(), done.stderr[-2000:]
    data = shot.read_bytes()
    assert len(data) > 10_000
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (900, 600)
    image = png_pixels(data)
    if image is None:
        pytest.skip("screenshot PNG is not 8-bit RGB(A); sizes checked, colours not")
    # solid fills: the badges and pills in the verdicts' colours, the money marks
    assert count_colour(image, VERDICT_STYLES["consistent"][0]) > 100
    assert count_colour(image, VERDICT_STYLES["inconsistent"][0]) > 100
    assert count_colour(image, KIND_COLOURS["money"]) > 1000
