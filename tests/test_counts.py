"""Counts of things: a number with the noun it counts is a figure of kind "number"."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

import kzuk_figures as kf


def counts(text: str) -> list[tuple[str, D | None, str | None]]:
    return [(f.text, f.value, f.counted) for f in kf.extract(text) if f.kind == "number"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # English: a plural noun, or one after an adjective
        ("The fund backs 340 projects.", [("340 projects", D(340), "projects")]),
        ("The plant will create 2,500 jobs.", [("2,500 jobs", D(2500), "jobs")]),
        ("Some 12 regional hospitals were rebuilt.", [("12 regional hospitals", D(12), "hospitals")]),
        ("It moved 8,200 families and 40 new schools.",
         [("8,200 families", D(8200), "families"), ("40 new schools", D(40), "schools")]),
        ("About 1.2 million people voted.", [("1.2 million people", D(1200000), "people")]),
        ("Officials counted 75 municipalities.", [("75 municipalities", D(75), "municipalities")]),
        # Russian: past adjectives, in the case the numeral asks for
        ("В городе живут 3 180 человек.", [("3 180 человек", D(3180), "человек")]),
        ("Построено 45 новых жилых домов.", [("45 новых жилых домов", D(45), "домов")]),
        ("Работу получили 7 тыс. жителей.", [("7 тыс. жителей", D(7000), "жителей")]),
        ("В списке 23 компании.", [("23 компании", D(23), "компании")]),
        ("Пострадали восемь детей.", [("восемь детей", D(8), "детей")]),
        # after 1, 21, 101 the noun is in the nominative singular
        ("Под воду ушёл 1 221 садовый участок.", [("1 221 садовый участок", D(1221), "участок")]),
        ("В районе работает 31 цех.", [("31 цех", D(31), "цех")]),
        # Kazakh: the noun stays singular; a hedge or a case ending may come between
        ("Жиынға 48 мың адам келді.", [("48 мың адам", D(48000), "адам")]),
        ("Бес адам жарақат алды.", [("Бес адам", D(5), "адам")]),
        # the numeral's own Kazakh letters say the sentence is Kazakh
        ("Шарада екі мың адам болды.", [("екі мың адам", D(2000), "адам")]),
        ("Өңірде 15 мыңға жуық жұмыс орны ашылды.", [("15 мыңға жуық жұмыс", D(15000), "жұмыс")]),
        ("Қалада 3 жаңа зауыт салынды.", [("3 жаңа зауыт", D(3), "зауыт")]),
        # a noun in the accusative ends as a past verb does; the verb after it tells them apart
        ("Құтқарушылар 12 адамды аман алып шықты.", [("12 адамды", D(12), "адамды")]),
        ("Жоба 9 мың тұрғынды қамтыды.", [("9 мың тұрғынды", D(9000), "тұрғынды")]),
    ],
)
def test_a_number_with_what_it_counts_is_a_count(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Article 5 states that the rules apply.",
        "See page 12 shows the table.",
        "The 2024 elections were held in March.",
        "The law came into force on 5 May.",
        "Call 555 0134 for details.",
        "Prices rose 3 points on Monday.",
        "It grew 5 times over.",
        "Of the six, one says nothing.",
        "Статья 5 говорит об этом.",
        "Это случилось 21 января.",
        "Срок – 1 год.",
        "Россия остаётся одним из главных инвесторов.",
        "Из пострадавших 21 выжил.",
        "Это случилось 5 мая.",
        "Выручка выросла в 3 раза.",
        "№ 12 школа закрыта.",
        "Саны 5 болды.",
        "Олардың саны 120 болды деді ол.",
        "Көрсеткіш 40 жетті де, тоқтады.",
        "Баға 10 қымбаттады өткен айда.",
        "Жиын 2024 жылы өтті.",
    ],
)
def test_labels_dates_verbs_and_ratios_are_not_counts(text: str) -> None:
    assert counts(text) == []


def test_a_list_of_counts_gives_each_its_noun() -> None:
    assert counts("Выросли 5 и 7 компаний.") == [("5", D(5), "компаний"), ("7 компаний", D(7), "компаний")]
    assert counts("It has 340 projects and 2,500 jobs.") == [
        ("340 projects", D(340), "projects"), ("2,500 jobs", D(2500), "jobs"),
    ]  # fmt: skip
    assert counts("from 5 to 7 companies") == [("5 to 7 companies", D(6), "companies")]


def test_a_conjunction_never_makes_money() -> None:
    for text in ("Продажи выросли на 3 и 4 процента.", "в 2019 и 2020 годах", "Выросли 5 и 7 компаний",
                 "5 және 7 компания", "3 немесе 4 пайыз"):  # fmt: skip
        assert [f for f in kf.extract(text) if f.kind == "money"] == [], text
    assert [(f.text, f.value) for f in kf.extract("Продажи выросли на 3 и 4 процента.")] == [
        ("3", D(3)), ("4 процента", D(4)),
    ]  # fmt: skip


def test_between_and_is_one_russian_range() -> None:
    [f] = kf.extract("Инвестиции составят между 5 и 7 млрд тенге.")
    assert (f.kind, f.text, f.low, f.high, f.currency, f.qualifier) == (
        "money", "5 и 7 млрд тенге", D(5 * 10**9), D(7 * 10**9), "KZT", "range",
    )  # fmt: skip


def test_a_count_takes_no_currency_from_the_sentence() -> None:
    figures = kf.extract("It spent 4.2 billion tenge (US$8.9 million) on 310 million people.")
    assert [(f.kind, f.currency, f.counted) for f in figures] == [
        ("money", "KZT", None), ("money", "USD", None), ("number", None, "people"),
    ]  # fmt: skip


def test_counts_reach_every_rendering() -> None:
    r = kf.report("The fund backs 340 projects.")
    [fig] = r.to_dict()["figures"]
    assert (fig["kind"], fig["text"], fig["counted"]) == ("number", "340 projects", "projects")
    assert 'title="number: 340 projects"' in r.to_html()
    from kzuk_figures.batch import figure_rows

    [row] = figure_rows(r)
    assert row["counted"] == "projects"
