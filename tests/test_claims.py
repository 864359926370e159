"""Stated arithmetic: the changes, shares, sums and ratios a text states
between its own figures, in English, Russian and Kazakh, each consistent and
not, at the edge of rounding, across currencies, and the sentences that state
no such thing.  The sentences are written for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

import kzuk_figures as kf
from kzuk_figures.claims import find_claims
from kzuk_figures.link import link
from kzuk_figures.types import Claim

MAY_2 = datetime.date(2025, 5, 2)


def claims_of(text: str) -> list[kf.Check]:
    return [c for c in kf.check(text, date=MAY_2) if c.claim != "conversion"]


def one(text: str) -> kf.Check:
    found = claims_of(text)
    assert len(found) == 1, [c.explanation for c in found]
    return found[0]


# (sentence, kind, verdict): each relation both ways in each language
JUDGED = [
    # change: a percentage, a fraction, a multiple
    ("Exports rose 25% to $2.1 billion from $1.8 billion.", "change", "inconsistent"),
    ("Exports rose 15% to $2.1 billion from $1.8 billion.", "change", "consistent"),
    ("Revenue grew from $1.8 billion to $2.1 billion, up 15%.", "change", "consistent"),
    ("Exports were $2.1 billion, up 40% from $1.8 billion.", "change", "inconsistent"),
    ("Spending fell by a third to 4 trillion tenge, from 6 trillion.", "change", "consistent"),
    ("Spending fell by half to 4 trillion tenge, from 6 trillion.", "change", "inconsistent"),
    ("Trade doubled from $3 billion to $6.5 billion.", "change", "inconsistent"),
    ("Trade doubled from $3.2 billion to $6.4 billion.", "change", "consistent"),
    ("Sales grew threefold, from $40 million in 2019 to $120 million.", "change", "consistent"),
    ("Grain sales rose from $3.2 billion to $4 billion, or 25%.", "change", "consistent"),
    ("Grain sales fell from $4.0 billion to $3.2 billion, or by 25%.", "change", "inconsistent"),
    ("Sales grew threefold, from $40 million in 2019 to $80 million.", "change", "inconsistent"),
    ("Road spending jumped: from 35.9bn to 69.6bn tenge (+94% in a year).", "change", "consistent"),
    ("Road spending jumped: from 35.9bn to 69.6bn tenge (+75% in a year).", "change", "inconsistent"),
    ("Экспорт вырос в 12 раз, с 15 до 180 млрд тенге.", "change", "consistent"),
    ("Экспорт вырос в 10 раз, с 15 до 180 млрд тенге.", "change", "inconsistent"),
    ("Экспорт увеличился на 15% – с 1,8 до 2,1 млрд долларов.", "change", "consistent"),
    ("Товарооборот сократился втрое – с 10 до 5 млрд долларов.", "change", "inconsistent"),
    ("Продажи зерна выросли с 3,2 до 4 млрд долларов, или на 25%.", "change", "consistent"),
    ("Продажи зерна сократились с 4,0 до 3,2 млрд долларов, то есть на 25%.", "change", "inconsistent"),
    ("Расходы выросли на 73,6%: с 5,7 трлн в 2022 году до 9,9 трлн сумов.", "change", "consistent"),
    ("Доходы составили 4,37 трлн сумов, что на 28,9% ниже, чем за те же дни 2022 года (5,39 трлн сумов).",
     "change", "inconsistent"),
    ("Экспорт 1,8 млрд доллардан 2,1 млрд долларға дейін 15%-ға өсті.", "change", "consistent"),
    ("Экспорт 1,8 млрд доллардан 2,1 млрд долларға дейін 35%-ға өсті.", "change", "inconsistent"),
    ("Экспорт 2 млрд доллардан 4 млрд долларға дейін екі есе өсті.", "change", "consistent"),
    # share
    ("The UK accounts for 12% of the $250 billion invested, or $30 billion.", "share", "consistent"),
    ("The UK accounts for 12% of the $250 billion invested, or $31.5 billion.", "share", "inconsistent"),
    ("Copper brought in $1.9 billion, almost a full 15% of the region's $13.16 billion output.", "share", "consistent"),
    ("The city budget reached 851.3 billion tenge; 46% of it, or 477.6 billion tenge, goes to schools.",
     "share", "inconsistent"),
    ("The fund holds $250 billion, of which 12%, or $30 billion, is in bonds.", "share", "consistent"),
    ("The fund holds $250 billion, of which 12%, or $31.5 billion, is in bonds.", "share", "inconsistent"),
    ("The bank lent $5 billion, of which $2 billion, or 40%, went to farms.", "share", "consistent"),
    ("The bank lent $5.0 billion, of which $2.0 billion, or 45%, went to farms.", "share", "inconsistent"),
    ("Доля Великобритании составляет 12% от 250 млрд долларов, или 30 млрд долларов.", "share", "consistent"),
    ("Доля Великобритании составляет 12% от 250 млрд долларов, или 31,5 млрд долларов.", "share", "inconsistent"),
    ("Фонд владеет активами на 250 млрд тенге, из них 12%, или 30 млрд тенге, – облигации.", "share", "consistent"),
    ("Фонд владеет активами на 250 млрд тенге, из которых 12%, или 35 млрд тенге, – облигации.", "share", "inconsistent"),
    ("250 млрд доллардың 12%-ы, яғни 30 млрд доллар Ұлыбританияға тиесілі.", "share", "consistent"),
    ("250 млрд доллардың 12%-ы, яғни 40 млрд доллар Ұлыбританияға тиесілі.", "share", "inconsistent"),
    # sum
    ("Of the 120 billion tenge, 70 billion goes to roads and 40 billion to schools.", "sum", "inconsistent"),
    ("Of the 120 billion tenge, 80 billion goes to roads and 40 billion to schools.", "sum", "consistent"),
    ("Из 120 млрд тенге 80 млрд пойдут на дороги, а 40 млрд – на школы.", "sum", "consistent"),
    ("Из 120 млрд тенге 70 млрд пойдут на дороги, а 40 млрд – на школы.", "sum", "inconsistent"),
    ("120 млрд теңгенің 80 млрд-ы жолдарға, 40 млрд-ы мектептерге бөлінеді.", "sum", "consistent"),
    ("120 млрд теңгенің 70 млрд-ы жолдарға, 40 млрд-ы мектептерге бөлінеді.", "sum", "inconsistent"),
    # ratio: a word states an exact multiple
    ("It spent twice as much, 18 trillion tenge, as the 9.6 trillion it took in.", "ratio", "inconsistent"),
    ("It spent twice as much, 18 trillion tenge, as the 9 trillion it took in.", "ratio", "consistent"),
    ("Its debt, at $8.1 billion, is fourfold more than the $2 billion it owed in 2015.", "ratio", "consistent"),
    ("Its debt, at $8.1 billion, is fivefold more than the $2 billion it owed in 2015.", "ratio", "inconsistent"),
    ("Расходы составили 18 трлн тенге – вдвое больше, чем 9 трлн тенге доходов.", "ratio", "consistent"),
    ("Расходы составили 18 трлн тенге – вдвое больше, чем 9,6 трлн тенге доходов.", "ratio", "inconsistent"),
    ("Шығыстар 18 трлн теңгені құрады, бұл 9 трлн теңгеден екі есе көп.", "ratio", "consistent"),
    ("Шығыстар 18 трлн теңгені құрады, бұл 9,6 трлн теңгеден екі есе көп.", "ratio", "inconsistent"),
]


@pytest.mark.parametrize(("text", "kind", "verdict"), JUDGED)
def test_each_relation_is_found_and_judged(text: str, kind: str, verdict: str) -> None:
    c = one(text)
    assert (c.claim, c.verdict) == (kind, verdict), c.explanation
    assert c.relation is not None and c.relation.kind == kind
    assert c.explanation.endswith(f"{verdict}." if verdict == "consistent" else ".")
    assert verdict in c.explanation


def test_each_language_states_each_relation() -> None:
    seen = {(next(f.locale for f in one(t).relation.figures), k) for t, k, _ in JUDGED}  # type: ignore[union-attr]
    assert {(lang, kind) for lang in ("en", "ru", "kk") for kind in ("change", "share", "sum", "ratio")} <= seen


def test_the_explanation_quotes_what_is_stated_and_what_the_figures_give() -> None:
    c = one("Exports rose 25% to $2.1 billion from $1.8 billion.")
    assert c.explanation == (
        "A rise of “25%” from $1.8 billion to $2.1 billion; the figures give +16.67% "
        "(+10.81% to +22.86% from their rounding): inconsistent."
    )
    assert (c.source.text, c.target.text, c.base, c.quote) == ("$1.8 billion", "$2.1 billion", "USD", "%")
    assert (c.reference_low, c.reference_high) == (Decimal("24.5"), Decimal("25.5"))
    assert c.implied_low <= c.implied_rate <= c.implied_high
    assert c.reference_rate is None and c.tolerance == 0 and c.date is None


def test_a_sum_says_which_way_it_misses() -> None:
    short = one("Of the 120 billion tenge, 70 billion goes to roads and 40 billion to schools.")
    assert short.diagnosis == "parts_short" and "less than the total" in short.explanation
    assert short.implied_rate == Decimal("110000000000")
    over = one("Of the 120 billion tenge, 90 billion goes to roads and 40 billion to schools.")
    assert over.diagnosis == "parts_over" and over.verdict == "inconsistent"
    assert over.relation is not None and over.relation.roles == ("part", "part", "total")


def test_a_change_the_wrong_way_and_on_the_wrong_base_are_named() -> None:
    wrong_way = one("Exports rose 15% to $1.8 billion from $2.1 billion.")
    assert (wrong_way.verdict, wrong_way.diagnosis) == ("inconsistent", "direction")
    assert "the figures fall" in wrong_way.explanation
    later_base = one("Exports rose 50% from 100 million tenge to 200 million tenge.")
    assert (later_base.verdict, later_base.diagnosis) == ("inconsistent", "other_base")


# ------------------------------------------------------------ rounding at the edge
@pytest.mark.parametrize(
    ("stated", "verdict"),
    [("27%", "consistent"), ("28%", "consistent"), ("29%", "inconsistent"), ("21%", "inconsistent"),
     ("22%", "consistent")],
)
def test_rounding_at_the_edge(stated: str, verdict: str) -> None:
    # 4.0 and 5.0 million: 3.95-4.05 and 4.95-5.05, so +22.2% to +27.8%; "28%" is 27.5-28.5
    c = one(f"Output rose {stated} from 4.0 million to 5.0 million tonnes.")
    assert c.verdict == verdict, c.explanation
    assert (c.implied_low, c.implied_high) == (Decimal("22.222222"), Decimal("27.848101"))


def test_a_word_is_exact_and_a_numeral_is_rounded() -> None:
    # 18/9.6 = 1.875 (1.81-1.94): "twice" is exactly 2, "2 times" anything that rounds to 2 (1.9-2.1)
    assert one("It spent twice as much, 18 trillion tenge, as the 9.6 trillion it took in.").verdict == "inconsistent"
    assert one("It spent 2 times more, 18 trillion tenge, than the 9.6 trillion it took in.").verdict == "consistent"


def test_trailing_zeros_are_not_read_as_rounding_in_a_sum() -> None:
    # a conversion reads "120 billion" as maybe 115-125 billion; stated arithmetic, as written
    c = one("Of the 120 billion tenge, 70 billion goes to roads and 40 billion to schools.")
    assert (c.reference_low, c.reference_high) == (Decimal("119500000000"), Decimal("120500000000"))


# ------------------------------------------------------------ two currencies
def test_two_currencies_are_put_in_one_at_the_reference_rate() -> None:
    ok = one("Investment rose 10% to 550 billion tenge from $1 billion.")
    assert ok.verdict == "consistent"
    assert ok.reference_rate is not None and ok.reference_rate.source == "HMRC"
    assert ok.evidence == (ok.reference_rate,) and ok.tolerance == Decimal("0.03") and ok.date == MAY_2
    assert "USD put in KZT at HMRC's May 2025 rate of 523.7 KZT/USD, ±3%" in ok.explanation
    assert one("Investment rose 40% to 550 billion tenge from $1 billion.").verdict == "inconsistent"


def test_two_currencies_without_a_rate_are_unverifiable() -> None:
    [c] = [c for c in kf.check("Investment rose 10% to 550 billion tenge from $1 billion.",
                               date=datetime.date(1990, 5, 2)) if c.claim == "change"]
    assert c.verdict == "unverifiable" and "cannot be put in one" in c.explanation


def test_a_stated_equivalent_is_no_figure_of_the_claim() -> None:
    text = "Exports rose 25% to 2.1 trillion tenge ($4.1 billion) from 1.8 trillion tenge."
    kinds = [(c.claim, c.verdict) for c in kf.check(text, date=MAY_2)]
    assert ("change", "inconsistent") in kinds and kinds.count(("change", "inconsistent")) == 1
    assert any(k == "conversion" for k, _ in kinds)
    [c] = claims_of(text)
    assert [f.text for f in c.relation.figures] == ["25%", "1.8 trillion tenge", "2.1 trillion tenge"]  # type: ignore[union-attr]


# ------------------------------------------------------------ adjacent sentences
def test_a_sentence_that_refers_back_takes_the_figure_before_it() -> None:
    c = one("Exports reached $2.1 billion in 2024. That is 25% more than the $1.8 billion of 2023.")
    assert (c.claim, c.verdict) == ("change", "inconsistent")
    assert one("Экспорт достиг 2,1 млрд долларов. Это на 15% больше, чем годом ранее (1,8 млрд долларов).").verdict == "consistent"


def test_a_sentence_that_does_not_refer_back_is_read_alone() -> None:
    assert claims_of("Exports reached $2.1 billion in 2024. Imports grew 25% more than expected, to $1.8 billion.") == []


# ------------------------------------------------------------ no claim
@pytest.mark.parametrize(
    "text",
    [
        # a percentage of something else
        "About 15% of the population, 2 million people, live there.",
        "Revenue hit $2.1 billion, or 12% of GDP, and spending $1.8 billion.",
        # two unrelated amounts
        "The firm paid $5 million and 3 million euros.",
        "It raised $2.1 billion and $1.8 billion in two rounds, and 15% went to fees.",
        # one end only
        "Revenue rose 15% to $2.1 billion.",
        "The fund holds $70 billion, 16.9% more than in January.",
        "Выручка выросла на 15% и составила 2,1 млрд долларов.",
        "Экспорт 15%-ға өсіп, 2,1 млрд долларға жетті.",
        # ends that are percentages: a change in a rate, not in an amount
        "Inflation rose from 8% to 9.5%.",
        "Инфляция выросла с 8% до 9,5%.",
        # a year is no end of a change
        "In 1988 exports of toys fell 19% from 1987, to HK$10.05 billion.",
        # parts the text says are not all of it
        "Of the 120 billion tenge, 70 billion goes to roads, including 40 billion to schools.",
        "Из 120 млрд тенге в том числе 70 млрд пойдут на дороги и 40 млрд на школы.",
        "120 млрд теңгенің оның ішінде 70 млрд-ы жолдарға, 40 млрд-ы мектептерге бөлінеді.",
        # one part is no sum
        "Of the 91 billion manats, 61 billion has already been spent.",
        # a bracketed percentage without a sign may be a share
        "Road spending went from 35.9bn to 69.6bn tenge (94% of the plan).",
        # a multiple without its comparison
        "Almost 2 times as much aid is expected next year as the budget set.",
        "A tenfold rise in freight costs hit the firm, which paid $3 billion.",
        # a percentage after a change's ends that is a share of something else
        "Grain sales rose from $3.2 billion to $4 billion, or 9% of exports.",
        "Продажи зерна выросли с 3,2 до 4 млрд долларов, или 9% от экспорта.",
        # "of which" with a percentage of something else
        "The bank lent $5 billion, of which $2 billion, or 40% of its capital, went to farms.",
    ],
)
def test_no_claim(text: str) -> None:
    assert claims_of(text) == []


def test_two_readings_of_one_sentence_give_none() -> None:
    text = "Exports rose 15% to $2.1 billion from $1.8 billion, and imports rose 10% to $1.1 billion from $1 billion."
    assert claims_of(text) == []


# ------------------------------------------------------------ the stage itself
def test_claims_can_be_left_out() -> None:
    text = "Exports rose 25% to 2.1 trillion tenge ($4.1 billion) from 1.8 trillion tenge."
    assert {c.claim for c in kf.check(text, date=MAY_2, claims=False)} == {"conversion"}


def test_checks_run_in_the_order_of_the_text() -> None:
    text = ("It paid 3.5 billion tenge (US$6.7 million). "
            "Exports rose 25% to $2.1 billion from $1.8 billion. It paid 2 billion tenge (US$3.9 million).")
    assert [c.claim for c in kf.check(text, date=MAY_2)] == ["conversion", "change", "conversion"]


def test_find_claims_reads_figures_it_is_given() -> None:
    text = "Exports rose 25% to $2.1 billion from $1.8 billion."
    figures = kf.extract(text)
    [c] = find_claims(text, figures, link(text, figures))
    assert isinstance(c, Claim) and c.roles == ("stated", "from", "to") and c.direction == "up"
    assert c.stated_text == "25%" and c.cue == "rose 25% to $2.1 billion from $1.8 billion"
    assert find_claims(text, []) == [] and find_claims("", figures[:1]) == []


def test_a_claim_round_trips_to_json_data() -> None:
    c = one("Exports rose 25% to $2.1 billion from $1.8 billion.")
    d = c.to_dict()
    assert d["claim"] == "change" and d["relation"]["roles"] == ["stated", "from", "to"]
    assert d["relation"]["stated_low"] == "24.5" and d["relation"]["direction"] == "up"


def test_a_claim_and_a_check_refuse_what_they_cannot_mean() -> None:
    c = one("Exports rose 25% to $2.1 billion from $1.8 billion.")
    rel = c.relation
    assert rel is not None
    from dataclasses import replace

    with pytest.raises(kf.InvalidArgumentError):
        replace(c, claim="conversion")  # a conversion has no relation
    with pytest.raises(kf.InvalidArgumentError):
        replace(c, claim="share")  # nor does a change's relation make a share
    with pytest.raises(kf.InvalidArgumentError):
        replace(rel, kind="conversion")
    with pytest.raises(kf.InvalidArgumentError):
        replace(rel, roles=("stated", "from"))
    with pytest.raises(kf.InvalidArgumentError):
        replace(rel, stated_low=Decimal(30))
    with pytest.raises(kf.FloatAmountError):
        replace(rel, stated=25.0)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "%", "from to", "rose 15% from", "12% of , or", "\ue000a0n\ue001 rose 5% from 1 to 2"])
def test_odd_text_gives_no_claim_and_no_error(text: str) -> None:
    assert claims_of(text) == []
