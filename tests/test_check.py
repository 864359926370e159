"""The cross-check: linking stated conversions and judging them against reference rates."""

from __future__ import annotations

import dataclasses
import datetime
from decimal import Decimal

import pytest

import kzuk_figures as kf
from kzuk_figures.check import DEFAULT_TOLERANCE, resolve_date
from kzuk_figures.rates import TableRates, default_rates

MAY_2 = datetime.date(2025, 5, 2)
SEED = "the company has invested over 3.5 billion tenge ({}) in the healthcare sector."


def one(text: str, **kw: object) -> kf.Check:
    checks = kf.check(text, **kw)  # type: ignore[arg-type]
    assert len(checks) == 1, checks
    return checks[0]


# ------------------------------------------------------------------ linking


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("over 3.5 billion tenge (US$6.7 million)", [("KZT", "USD")]),
        ("3.5 billion tenge (about US$6.7 million)", [("KZT", "USD")]),
        ("3.5 billion tenge (equivalent to US$6.7 million)", [("KZT", "USD")]),
        ("£10 million, or $12.7 million, was raised", [("GBP", "USD")]),
        ("£10 million, or about $12.7 million, was raised", [("GBP", "USD")]),
        ("£10 million, equivalent to $12.7 million, was raised", [("GBP", "USD")]),
        ("£10 million ≈ $12.7 million", [("GBP", "USD")]),
        ("£10 million ($12.7 million; €11.8 million)", [("GBP", "USD"), ("GBP", "EUR")]),
        # the other direction: USD first, tenge in the bracket
        ("US$6.7 million (3.5 billion tenge)", [("USD", "KZT")]),
        # a period between the figure and its equivalent, which shares it
        ("He earns 420,000 tenge a month (roughly $820).", [("KZT", "USD")]),
        ("It pays 5 million tenge per year, or about $10,000.", [("KZT", "USD")]),
    ],
)
def test_linking_forms(text: str, pairs: list[tuple[str, str]]) -> None:
    found = [(c.source.currency, c.target.currency) for c in kf.link(text, kf.extract(text))]
    assert found == pairs


@pytest.mark.parametrize(
    "text",
    [
        "£10 million (15% of the budget)",  # a share
        "£10 million (1,200 jobs)",  # a count
        "£10 million (see note 3)",  # a footnote
        "£10 million ($10 million in 2019 prices)",  # the bracket goes on past the figure
        "£10 million (£12 million last year)",  # same currency: not a conversion
        "£10 million and $12 million",  # a list, not an equivalence
        "£10 million or £12 million",  # alternatives in one currency
        "$5 million or 10% of the budget",  # a share, not an equivalent
    ],
)
def test_non_conversions(text: str) -> None:
    assert kf.link(text, kf.extract(text)) == []
    assert kf.check(text, date=MAY_2) == []


# ------------------------------------------------------------------ the seed's verdicts


def test_seed_conversion_is_consistent_with_hmrc_may_2025() -> None:
    c = one(SEED.format("US$6.7 million"), date=MAY_2)
    assert c.verdict == "consistent"
    assert (c.base, c.quote) == ("USD", "KZT")
    assert c.implied_rate == Decimal("522.388060")
    assert Decimal("511") < c.implied_low < Decimal("511.2")
    assert Decimal("533.8") < c.implied_high < Decimal("534")
    assert c.reference_rate is not None
    assert (c.reference_rate.source, c.reference_rate.period) == ("HMRC", "2025-05")
    assert Decimal("523") < c.reference_rate.value < Decimal("525")
    assert "HMRC's May 2025 rate of 523.7 KZT/USD" in c.explanation
    assert c.diagnosis is None


def test_scale_slip_million_for_billion() -> None:
    c = one(SEED.format("US$6.7 billion"), date=MAY_2)
    assert (c.verdict, c.diagnosis) == ("inconsistent", "scale_slip")
    assert "×1000" in c.explanation


def test_misplaced_decimal_point() -> None:
    c = one(SEED.format("US$67 million"), date=MAY_2)
    assert (c.verdict, c.diagnosis) == ("inconsistent", "decimal_point")
    assert "×10)" in c.explanation


def test_stale_period_names_a_later_month_that_fits() -> None:
    c = one(SEED.format("US$6.7 million"), date=datetime.date(2015, 1, 15))
    assert (c.verdict, c.diagnosis) == ("inconsistent", "other_period")
    # in January 2015 a dollar bought about 183 tenge; 522 fits only years later
    assert c.reference_rate is not None and c.reference_rate.value < 200
    fitting = c.explanation.split("match HMRC's rate of ")[1]
    month = datetime.datetime.strptime(" ".join(fitting.split()[:2]), "%B %Y").date()
    assert month > datetime.date(2015, 1, 31)


def test_inverted_rate() -> None:
    # tenge multiplied by the rate instead of divided: 3.5 bn x 524 = 1.83 trillion
    c = one("3.5 billion tenge ($1.83 trillion)", date=MAY_2)
    assert (c.verdict, c.diagnosis) == ("inconsistent", "inverted_rate")


def test_other_dollar() -> None:
    # £10m is about 18.4m Canadian dollars in May 2025, not US ones (13.3m)
    c = one("£10 million ($18.4 million)", date=MAY_2)
    assert (c.verdict, c.diagnosis) == ("inconsistent", "other_currency")
    assert "CAD" in c.explanation


def test_unverifiable_names_the_pair_and_date() -> None:
    rates = TableRates({("USD", "EUR"): Decimal("0.9")})
    c = one("£10 million ($12.7 million)", date=MAY_2, rates=rates)
    assert c.verdict == "unverifiable"
    assert c.reference_rate is None and c.deviation is None
    assert "GBP" in c.explanation and "USD" in c.explanation


def test_tolerance_decides() -> None:
    rates = TableRates({("USD", "KZT"): Decimal("500")})
    text = "5.00 billion tenge ($10.00 million)"  # implied 500, +-0.15% from the precision
    assert one(text, date=MAY_2, rates=rates).verdict == "consistent"
    far = TableRates({("USD", "KZT"): Decimal("540")})  # 8% away
    assert one(text, date=MAY_2, rates=far).verdict == "inconsistent"
    assert one(text, date=MAY_2, rates=far, tolerance=Decimal("0.08")).verdict == "consistent"
    with pytest.raises(kf.FloatAmountError):
        kf.check(text, date=MAY_2, tolerance=0.05)  # type: ignore[arg-type]


def test_round_figure_precision_is_capped() -> None:
    rates = TableRates({("GBP", "USD"): Decimal("1.30")})
    # "$1 billion" read literally is 0.5-1.5 bn and would fit anything near
    c = one("£1 billion ($1.5 billion)", date=MAY_2, rates=rates, tolerance=0)
    assert c.verdict == "inconsistent"


def test_trailing_zeros_of_a_whole_number_may_be_rounding() -> None:
    rates = TableRates({("RUB", "KZT"): Decimal("4.6")})
    # 340 / 70 = 4.857, 5.6 % off; "70 million" may be 66.5-73.5 million (capped), which reaches
    assert one("340 million tenge (70 million roubles)", date=MAY_2, rates=rates).verdict == "consistent"
    # written to the million, the same ratio is a miss
    assert one("340 million tenge (70.0 million roubles)", date=MAY_2, rates=rates).verdict == "inconsistent"


# ------------------------------------------------------------------ dates and windows


def test_date_argument_wins() -> None:
    c = one("2024-01-01 " + SEED.format("US$6.7 million"), date=MAY_2)
    assert (c.date, c.date_reason) == (MAY_2, "given")


@pytest.mark.parametrize(
    "head", ["2025-05-02", "ASTANA, 2 May 2025 –", "May 2, 2025", "date 2025-05-02"]
)
def test_date_stated_in_the_text(head: str) -> None:
    c = one(f"{head} {SEED.format('US$6.7 million')}")
    assert (c.date, c.date_reason) == (MAY_2, "stated in the text")


def test_no_date_uses_latest_covered() -> None:
    on, reason = resolve_date("no date here", None, default_rates())
    assert on == default_rates().coverage()[1]
    assert reason == "latest date the rates cover"


def test_a_named_period_is_recorded_and_the_reference_is_the_texts_date() -> None:
    text = "Since 2022, the company has invested over 3.5 billion tenge (US$6.7 million)."
    c = one(text, date=MAY_2)
    assert c.window == (datetime.date(2022, 1, 1), MAY_2)
    assert c.reference_rate is not None and c.reference_rate.period == "2025-05"
    assert c.reference_low == c.reference_high == c.reference_rate.value
    assert c.verdict == "consistent"


@pytest.mark.parametrize(
    "phrase, window",
    [
        ("In 2023", (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31))),
        ("Last year", (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))),
        ("Over 2015–2019", (datetime.date(2015, 1, 1), datetime.date(2019, 12, 31))),
    ],
)
def test_time_expressions(phrase: str, window: tuple[datetime.date, datetime.date]) -> None:
    c = one(f"{phrase}, it spent £10 million ($12.7 million) on it.", date=MAY_2)
    assert c.window == window


@pytest.mark.parametrize(
    "text, period",
    [
        # 2 billion tenge = $10.8m at about 185 KZT/USD: 2015's rate, 65 % off May 2025's
        ("In 2015, 2 billion tenge ($10.8 million).", "2015-"),
        ("The state paid 2 billion tenge ($10.8 million) for it in 2015.", "2015-"),
        ("Over 2014-2016 the fund spent 2 billion tenge ($10.8 million).", "2015-"),
        # about 470 KZT/USD: early 2024, when "last year" was, not May 2025's 524
        ("Last year the ministry paid 47 billion tenge ($100 million).", "2024-"),
    ],
)
def test_a_conversion_at_the_rate_of_a_named_period_is_inconsistent_and_says_so(text: str, period: str) -> None:
    c = one(text, date=MAY_2)
    assert (c.verdict, c.diagnosis) == ("inconsistent", "other_period"), c.explanation
    assert c.reference_rate is not None and c.reference_rate.period == "2025-05"
    assert [r.period[:5] for r in c.evidence] == ["2025-", period]
    assert "in the period the text names" in c.explanation
    assert "so the writer likely converted at that period's rate" in c.explanation


def test_without_a_named_period_the_nearest_fitting_month_is_the_diagnosis() -> None:
    c = one("2 billion tenge (US$10.8 million)", date=MAY_2)
    assert (c.verdict, c.diagnosis) == ("inconsistent", "other_period")
    assert "the period the text names" not in c.explanation


# ------------------------------------------------------------------ exactness and misuse


def test_no_float_anywhere_in_a_check() -> None:
    c = one(SEED.format("US$6.7 million"), date=MAY_2)
    for f in dataclasses.fields(c):
        assert not isinstance(getattr(c, f.name), float), f.name
    assert c.reference_rate is not None
    for f in dataclasses.fields(c.reference_rate):
        assert not isinstance(getattr(c.reference_rate, f.name), float), f.name
    d = c.to_dict()
    assert isinstance(d["implied_rate"], str) and isinstance(d["deviation"], str)
    assert c.tolerance == DEFAULT_TOLERANCE


def test_check_misuse_raises_typed_errors() -> None:
    with pytest.raises(kf.ArgumentTypeError):
        kf.check(None)  # type: ignore[arg-type]
    with pytest.raises(kf.InvalidArgumentError):
        kf.check("x", rates=object())
    with pytest.raises(kf.InvalidArgumentError):
        kf.check("£1 ($1.3)", date="2025-05-02")  # type: ignore[arg-type]


def test_check_on_text_without_conversions_is_empty() -> None:
    assert kf.check("", date=MAY_2) == []
    assert kf.check("It cost $5 million in 2022.", date=MAY_2) == []


def test_a_window_no_rate_covers_is_said_not_silently_used() -> None:
    c = one("In 1990 it paid £10 million ($9 million).", date=MAY_2)
    assert (c.window, c.verdict) == (None, "inconsistent")
    assert 'no rate covers "In 1990", the period the text names' in c.explanation


def test_consistent_by_rounding_says_so() -> None:
    # implied 500 KZT/USD is 4.5% below 523.7, but "$2 million" may be 1.95-2.05 million
    c = one("1 billion tenge (US$2 million)", date=MAY_2)
    assert c.verdict == "consistent"
    assert c.deviation is not None and abs(c.deviation) > c.tolerance
    assert "once the figures' rounding is allowed for" in c.explanation
    assert "within 3%" not in c.explanation


def test_the_callers_decimal_context_changes_nothing() -> None:
    import decimal

    expected = one(SEED.format("US$6.7 million"), date=MAY_2)
    figures = kf.extract("It paid 1,234,567.891 dollars.")
    with decimal.localcontext(decimal.Context(prec=6)):
        c = one(SEED.format("US$6.7 million"), date=MAY_2)
        again = kf.extract("It paid 1,234,567.891 dollars.")
    assert c == expected
    assert again == figures and again[0].low == Decimal("1234567.8905")


@pytest.mark.parametrize(
    "text, read",
    [
        ("The flat cost 1 million som ($11,400).", "KGS"),  # 87 KGS/USD
        ("The flat cost 1 million som ($78).", "UZS"),  # 12,970 UZS/USD
    ],
)
def test_an_ambiguous_currency_is_checked_as_each_candidate(text: str, read: str) -> None:
    c = one(text, date=MAY_2)
    assert (c.verdict, c.source.currency, c.source.currency_inferred) == ("consistent", read, True)
    assert c.explanation.endswith(f'"som" may be KGS or UZS; read as {read}, as the figures agree with it.')

