"""The golden cases in ``seeds/``: the motivating report's figures, and the example text.

The report itself is not read (it lives outside the repository); a short
sentence is rebuilt from the fixtures' own phrases instead.
"""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from pathlib import Path

import pytest

import kzuk_figures as kf
from kzuk_figures import Figure

D = Decimal
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = json.loads((SEEDS / "figures.json").read_text(encoding="utf-8"), parse_float=Decimal)
EXAMPLE = (SEEDS / "example.txt").read_text(encoding="utf-8")


def contexts() -> list[str]:
    """Each distinct phrase the fixtures' figures sit in, in fixture order."""
    out: list[str] = []
    for fig in FIXTURES["figures"]:
        if fig["context"] not in out:
            out.append(fig["context"])
    return out


#: "In the report: exceeding $22 billion; then over 3.5 billion tenge (US$6.7 million).
#: Also: 11th meeting; April 30; Since 2022."
RECONSTRUCTION = (
    "In the report: " + "; then ".join(contexts()) + ". Also: " + "; ".join(FIXTURES["not_claims"]) + "."
)


def money(text: str) -> list[Figure]:
    return [f for f in kf.extract(text) if f.kind == "money"]


# ---------------------------------------------------------------- the fixtures themselves


def test_fixture_file_is_well_formed() -> None:
    assert FIXTURES["date"] == "2025-05-02"
    datetime.date.fromisoformat(FIXTURES["date"])
    assert FIXTURES["source"]
    assert len(FIXTURES["figures"]) == 3
    assert FIXTURES["not_claims"] == ["11th meeting", "April 30", "Since 2022"]
    for entry in [*FIXTURES["figures"], *FIXTURES["conversions"]]:
        assert entry["from"].strip(), entry
    for fig in FIXTURES["figures"]:
        assert fig["surface"] in fig["context"]
        # amounts are strings, read exactly; the interval holds the value
        for name in ("value", "low", "high"):
            assert isinstance(fig[name], str)
        assert D(fig["low"]) <= D(fig["value"]) <= D(fig["high"])


# ---------------------------------------------------------------- the report's figures

FIGURE_IDS = [fig["surface"] for fig in FIXTURES["figures"]]


@pytest.mark.parametrize("fixture", FIXTURES["figures"], ids=FIGURE_IDS)
def test_report_figure(fixture: dict) -> None:
    found = {f.text: f for f in money(RECONSTRUCTION)}
    assert fixture["surface"] in found, sorted(found)
    f = found[fixture["surface"]]
    start = RECONSTRUCTION.index(fixture["surface"])
    assert (f.start, f.end) == (start, start + len(fixture["surface"]))
    assert f.kind == fixture["kind"]
    assert f.value == D(fixture["value"])
    assert f.currency == fixture["currency"]
    assert f.currency_inferred is fixture["currency_inferred"]
    assert f.qualifier == fixture["qualifier"]
    assert (f.low, f.high) == (D(fixture["low"]), D(fixture["high"]))


def test_report_has_only_the_fixture_figures() -> None:
    assert [f.text for f in money(RECONSTRUCTION)] == FIGURE_IDS


@pytest.mark.parametrize("phrase", FIXTURES["not_claims"])
def test_not_claims_are_not_money(phrase: str) -> None:
    start = RECONSTRUCTION.index(phrase)
    end = start + len(phrase)
    assert [f.text for f in money(RECONSTRUCTION) if f.start < end and start < f.end] == []
    assert money(f"The report mentions {phrase} here.") == []


@pytest.mark.parametrize(
    "conversion", FIXTURES["conversions"], ids=[c["source"] for c in FIXTURES["conversions"]]
)
def test_report_conversion_fixture(conversion: dict) -> None:
    by_surface = {fig["surface"]: fig for fig in FIXTURES["figures"]}
    source, target = by_surface[conversion["source"]], by_surface[conversion["target"]]
    # the gloss follows its source in the text it was taken from
    ctx = source["context"]
    assert ctx.index(conversion["source"]) < ctx.index(conversion["target"])
    implied = D(source["value"]) / D(target["value"])
    assert round(implied) == D(conversion["implied_rate_approx"])
    assert round(D(source["low"]) / D(target["high"])) == D(conversion["implied_low_approx"])
    assert round(D(source["high"]) / D(target["low"])) == D(conversion["implied_high_approx"])
    assert conversion["verdict"] == "consistent"
    reference = _hmrc_cross(source["currency"], target["currency"], 2025, 5)
    assert conversion["reference"] == "HMRC 2025-05"
    assert round(reference) == D(conversion["reference_rate_approx"])
    assert D(conversion["implied_low_approx"]) < reference < D(conversion["implied_high_approx"])


def _hmrc_cross(quote: str, base: str, year: int, month: int) -> Decimal:
    """Units of ``quote`` per ``base`` from HMRC's monthly table (bundled, offline)."""
    import hmrc_rates

    rates = hmrc_rates.Rates()
    ym = hmrc_rates.YearMonth(year, month)

    def per_gbp(code: str) -> Decimal:
        return D(1) if code == "GBP" else D(rates.monthly_rate(code, ym).units_per_gbp)

    return per_gbp(quote) / per_gbp(base)


# ---------------------------------------------------------------- seeds/example.txt

#: The money figures written into example.txt, in text order.
EXAMPLE_MONEY = [
    ("18.4 billion tenge", "KZT", D("18400000000"), None),
    ("US$35 million", "USD", D("35000000"), "about"),
    ("£60 million", "GBP", D("60000000"), None),
    ("41.7 billion tenge", "KZT", D("41700000000"), "about"),
    ("£150 million", "GBP", D("150000000"), "over"),
]
#: (source, target) pairs stated as conversions in example.txt.
EXAMPLE_CONVERSIONS = [("18.4 billion tenge", "US$35 million"), ("£60 million", "41.7 billion tenge")]


def test_example_is_dated_and_short() -> None:
    first, *rest = EXAMPLE.splitlines()
    assert first == "date 2025-05-02"
    body = " ".join(rest)
    assert 4 <= body.count(". ") + body.rstrip().endswith(".") <= 6


def test_example_money_figures() -> None:
    found = money(EXAMPLE)
    assert [(f.text, f.currency, f.value, f.qualifier) for f in found] == EXAMPLE_MONEY
    for f in found:
        assert EXAMPLE[f.start : f.end] == f.text
        assert f.currency_inferred is False


def test_example_non_money_figures() -> None:
    others = [(f.kind, f.text, f.value) for f in kf.extract(EXAMPLE) if f.kind != "money"]
    assert others == [("percent", "7.5%", D("7.5"))]
    # the year, the ordinal and the date are in the text, and are not money
    for phrase in ("in 2024", "4th session", "June 16", "since the start of 2024"):
        assert phrase in EXAMPLE
        assert money(f"It said {phrase} here.") == []


@pytest.mark.parametrize("source, target", EXAMPLE_CONVERSIONS, ids=lambda s: s)
def test_example_conversions_agree_with_may_2025_rates(source: str, target: str) -> None:
    found = {f.text: f for f in money(EXAMPLE)}
    src, tgt = found[source], found[target]
    assert EXAMPLE.index(source) < EXAMPLE.index(target)
    # quote the pair so the rate is above 1 (KZT per USD, KZT per GBP)
    if src.value < tgt.value:
        src, tgt = tgt, src
    implied = src.value / tgt.value
    reference = _hmrc_cross(src.currency, tgt.currency, 2025, 5)
    assert abs(implied / reference - 1) < D("0.01"), (implied, reference)
    assert src.low / tgt.high <= reference <= src.high / tgt.low
