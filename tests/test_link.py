"""Every form in which news states a conversion, in English, Russian and Kazakh,
and the look-alikes that are not conversions."""

from __future__ import annotations

import datetime
import re

import pytest

import kzuk_figures as kf
from kzuk_figures import languages

MAY_2 = datetime.date(2025, 5, 2)


def kf_codes() -> frozenset[str]:
    from kzuk_figures.lexicon import lexicon

    return frozenset(lexicon().codes)


def pairs(text: str, **kw: object) -> list[tuple[str, str]]:
    figures = kf.extract(text, **kw)  # type: ignore[arg-type]
    return [(c.source.text, c.target.text) for c in kf.link(text, figures)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare "or", the commonest form after brackets
        ("The new hospital cost 24.5 billion tenge or $51 million.", [("24.5 billion tenge", "$51 million")]),
        ("Roads took 9.8 billion tenge or about $20 million last year.", [("9.8 billion tenge", "$20 million")]),
        ("Gas debts of 2 trillion Russian roubles or 11 trillion tenge were forgiven.",
         [("2 trillion Russian roubles", "11 trillion tenge")]),
        ("Стройка обошлась в 18,2 млрд тенге или $38 млн.", [("18,2 млрд тенге", "$38 млн")]),
        ("Стройка обошлась в 18,2 млрд тенге, или примерно $38 млн.", [("18,2 млрд тенге", "$38 млн")]),
        ("Құрылысқа 18,2 млрд теңге немесе 38 млн доллар жұмсалды.", [("18,2 млрд теңге", "38 млн доллар")]),
        ("Құрылысқа 18,2 млрд теңге, немесе 38 млн доллар жұмсалды.", [("18,2 млрд теңге", "38 млн доллар")]),
        # a bracket that holds more than the figure
        ("The loan of $12 million (€11 million equivalent) was approved.", [("$12 million", "€11 million")]),
        ("Its sales reached 514bn tenge (US$1,090m[4]) in the year.", [("514bn tenge", "US$1,090m")]),
        ("The budget is 19 trillion tenge (almost $40 billion at current exchange rates).",
         [("19 trillion tenge", "$40 billion")]),
        ("Убыток составил 3 150 млрд тенге (6 600 млн долл. США).", [("3 150 млрд тенге", "6 600 млн долл. США")]),
        ("Вложено 1,4 млрд тенге (более 260 млн рублей по текущему курсу).", [("1,4 млрд тенге", "260 млн рублей")]),
        ("Проект оценили в 48 млрд тенге (около $100 млн).", [("48 млрд тенге", "$100 млн")]),
        ("Проект оценили в 48 млрд тенге (свыше 9 млрд рублей).", [("48 млрд тенге", "9 млрд рублей")]),
        ("Проект оценили в 48 млрд тенге (примерно 100 миллионов долларов).",
         [("48 млрд тенге", "100 миллионов долларов")]),
        ("Бағдарламаға 1 950 млрд теңгені (4 100 млн АҚШ долл.) бөлді.",
         [("1 950 млрд теңгені", "4 100 млн АҚШ долл")]),
        # a comma and a hedge, with no "or"
        ("The akimat borrowed over 2.6 billion KZT, approximately US$5.4 million, from the bank.",
         [("2.6 billion KZT", "US$5.4 million")]),
        ("Фонд вложил 7 млрд тенге, что эквивалентно $14,6 млн.", [("7 млрд тенге", "$14,6 млн")]),
        ("Фонд вложил 7 млрд тенге, что составляет около $14,6 млн.", [("7 млрд тенге", "$14,6 млн")]),
        ("Фонд вложил 7 млрд тенге, т. е. $14,6 млн.", [("7 млрд тенге", "$14,6 млн")]),
        # the equivalent first, then "which is equivalent to"
        ("Aid came to US$310 million, which is equivalent to 3.4 billion somoni.",
         [("US$310 million", "3.4 billion somoni")]),
        # two ends converted end by end
        ("Расходы выросли с 5 трлн до 8 трлн сумов (с $400 млн до $640 млн).",
         [("5 трлн", "$400 млн"), ("8 трлн сумов", "$640 млн")]),
        # a bare scaled number after a money figure in the same sentence
        ("The region got 6.1 billion tenge (US$13 million) in 2023 and 450 million (US$950,000) in 2024.",
         [("6.1 billion tenge", "US$13 million"), ("450 million", "US$950,000")]),
        ("Выделено 6,1 млрд тенге ($13 млн), из них 450 млн ($950 тыс.) на школы.",
         [("6,1 млрд тенге", "$13 млн"), ("450 млн", "$950 тыс.")]),
        # a rate named before the equivalent in its bracket, after a comma or a dash
        ("The mill cost 9 billion tenge (at current rates, about $19 million).", [("9 billion tenge", "$19 million")]),
        ("Завод обошёлся в 9 млрд тенге (по текущему курсу – около $19 млн).", [("9 млрд тенге", "$19 млн")]),
        ("Завод 9 млрд теңгеге (ағымдағы бағам бойынша 19 млн доллар) салынды.", [("9 млрд теңгеге", "19 млн доллар")]),
        ("Завод обошёлся в 9 млрд тенге (в пересчёте – около 19 млн долларов).", [("9 млрд тенге", "19 млн долларов")]),
        # whatever names the rate, after the equivalent in its bracket
        ("The depot cost 4 billion tenge ($8.4 million at the central bank's rate).",
         [("4 billion tenge", "$8.4 million")]),
        ("The depot cost 4 billion tenge ($8.4 million at 2024 exchange rates).", [("4 billion tenge", "$8.4 million")]),
        ("The depot cost 4 billion tenge (about $8.4 million at the rate of that month).",
         [("4 billion tenge", "$8.4 million")]),
        ("Депо обошлось в 4 млрд тенге (около $8,4 млн по тогдашнему курсу).", [("4 млрд тенге", "$8,4 млн")]),
        ("Депо обошлось в 4 млрд тенге (около $8,4 млн по действовавшему тогда курсу).", [("4 млрд тенге", "$8,4 млн")]),
        ("Депо обошлось в 4 млрд тенге (около $8,4 млн на тот момент).", [("4 млрд тенге", "$8,4 млн")]),
        ("Банк выдал кредит в 4 млрд тенге, эквивалентный $8,4 млн.", [("4 млрд тенге", "$8,4 млн")]),
        ("Пособие – 40 тыс. тенге, что равно 84 долларам.", [("40 тыс. тенге", "84 долларам")]),
        # verbs of equating, and a hedge before "equivalent"
        ("The depot cost 4 billion tenge, roughly equivalent to $8.4 million.", [("4 billion tenge", "$8.4 million")]),
        ("The depot cost 4 billion tenge, which amounts to $8.4 million.", [("4 billion tenge", "$8.4 million")]),
        ("The depot cost 4 billion tenge, translating into about $8.4 million.",
         [("4 billion tenge", "$8.4 million")]),
        ("Депо обошлось в 4 млрд тенге, что примерно эквивалентно $8,4 млн.", [("4 млрд тенге", "$8,4 млн")]),
        ("Депо обошлось в 4 млрд тенге, что в пересчёте составляет $8,4 млн.", [("4 млрд тенге", "$8,4 млн")]),
        ("Депоға 4 млрд теңге (8,4 млн долларға баламалы) жұмсалды.", [("4 млрд теңге", "8,4 млн долларға")]),
        # an amount that qualifies a noun, the bracket after the noun
        ("It signed a $8.4 million deal (4 billion tenge) in May.", [("$8.4 million", "4 billion tenge")]),
        ("The $8.4 million state-funded depot (about 4 billion tenge) opened.",
         [("$8.4 million", "4 billion tenge")]),
        # the year the amount is of, between it and its equivalent
        ("The depot cost 4 billion tenge in 2023 ($8.4 million).", [("4 billion tenge", "$8.4 million")]),
        ("Депо обошлось в 4 млрд тенге в 2023 году ($8,4 млн).", [("4 млрд тенге", "$8,4 млн")]),
        ("Депоға 4 млрд теңге 2023 жылы (8,4 млн доллар) жұмсалды.", [("4 млрд теңге", "8,4 млн доллар")]),
        ("Депо обошлось в 4 млрд тенге ($8,4 млн по состоянию на 1 июня).", [("4 млрд тенге", "$8,4 млн")]),
        ("Депоға 4 млрд теңге (сол кездегі бағаммен 8,4 млн доллар) жұмсалды.", [("4 млрд теңге", "8,4 млн доллар")]),
        ("Депоға 4 млрд теңге (8,4 млн доллар, Ұлттық банктің бағамымен) жұмсалды.",
         [("4 млрд теңге", "8,4 млн доллар")]),
        # a code that is also an English word, where a scale word in lower case says it is money
        ("Tbilisi paid GEL 12 million ($4.4 million) for the trams.", [("GEL 12 million", "$4.4 million")]),
        # an equivalent set off by dashes, or after a relative clause
        ("The mill cost 9 billion tenge – about $19 million – to build.", [("9 billion tenge", "$19 million")]),
        ("Завод обошёлся в 9 млрд тенге – это примерно 19 млн долларов.", [("9 млрд тенге", "19 млн долларов")]),
        ("The mill cost 9 billion tenge, which is about $19 million.", [("9 billion tenge", "$19 million")]),
        ("The mill cost 9 billion tenge, which translates to $19 million.", [("9 billion tenge", "$19 million")]),
        ("The mill cost 9 billion tenge, worth about $19 million.", [("9 billion tenge", "$19 million")]),
        ("Завод обошёлся в 9 млрд тенге, т.е. около 19 млн долларов.", [("9 млрд тенге", "19 млн долларов")]),
        ("Завод обошёлся в 9 млрд тенге, что по курсу Нацбанка равно 19 млн долларов.",
         [("9 млрд тенге", "19 млн долларов")]),
        ("Зауыттың құны 9 млрд теңге, яки 19 млн доллар.", [("9 млрд теңге", "19 млн доллар")]),
        # a word after the equivalent inside its bracket
        ("Зауыттың құны 9 млрд теңге (19 млн долларға жуық).", [("9 млрд теңге", "19 млн долларға")]),
        # what joins an equivalent outside a bracket, inside one
        ("The mill cost 9 billion tenge (which is about $19 million).", [("9 billion tenge", "$19 million")]),
        ("Завод обошёлся в 9 млрд тенге (что эквивалентно $19 млн).", [("9 млрд тенге", "$19 млн")]),
        ("Завод обошёлся в 9 млрд тенге (это около $19 млн).", [("9 млрд тенге", "$19 млн")]),
        ("Завод обошёлся в 9 млрд тенге (более чем $19 млн).", [("9 млрд тенге", "$19 млн")]),
        # an editor's gloss after the equivalent
        ("Завод обошёлся в 9 млрд тенге (около $19 млн. – Ред.).", [("9 млрд тенге", "$19 млн")]),
        ("The mill cost 9 billion tenge (about $19 million – Ed.).", [("9 billion tenge", "$19 million")]),
        # more connectors
        ("Завод обошёлся в 9 млрд тенге, или же 19 млн долларов.", [("9 млрд тенге", "19 млн долларов")]),
        ("Завод обошёлся в 9 млрд тенге, а это около 19 млн долларов.", [("9 млрд тенге", "19 млн долларов")]),
        ("Завод обошёлся в 9 млрд тенге, что в долларовом выражении составляет $19 млн.", [("9 млрд тенге", "$19 млн")]),
        ("The mill cost 9 billion tenge, amounting to $19 million.", [("9 billion tenge", "$19 million")]),
        ("The mill cost 9 billion tenge, roughly equal to $19 million.", [("9 billion tenge", "$19 million")]),
        ("The mill cost 9 billion tenge, an amount equivalent to $19 million.", [("9 billion tenge", "$19 million")]),
        ("The mill cost 9 billion tenge, close to $19 million.", [("9 billion tenge", "$19 million")]),
        # a word after the amount, before its bracket
        ("Зауытқа 9 млрд теңге көлемінде (19 млн доллар) қаржы бөлінді.", [("9 млрд теңге", "19 млн доллар")]),
        ("The mill cost 9 billion tenge in total ($19 million).", [("9 billion tenge", "$19 million")]),
        # a tail after the equivalent, and an aside after a connector
        ("The mill cost 9 billion tenge ($19 million U.S.).", [("9 billion tenge", "$19 million")]),
        ("The mill cost 9 billion tenge (some $19 million at the time).", [("9 billion tenge", "$19 million")]),
        ("The mill cost 9 billion tenge (around $19 million as of May).", [("9 billion tenge", "$19 million")]),
        ("Завод обошёлся в 9 млрд тенге (около $19 млн.–Ред.).", [("9 млрд тенге", "$19 млн")]),
        ("Завод обошёлся в 9 млрд тенге, или, по текущему курсу, около 19 млн долларов.",
         [("9 млрд тенге", "19 млн долларов")]),
        # a Kazakh qualifier after the amount, before its equivalent
        ("Зауытқа 9 млрд теңгеден астам (19 млн доллар) бөлінді.", [("9 млрд теңгеден", "19 млн доллар")]),
        ("Зауытқа 9 млрд теңгеге жуық (19 млн доллар) бөлінді.", [("9 млрд теңгеге", "19 млн доллар")]),
        ("The mill cost 9 billion tenge, which at current rates is about $19 million.",
         [("9 billion tenge", "$19 million")]),
        # a second equivalent after a comma and "or"
        ("The mill cost 9 billion tenge (about $19 million, or £15 million).",
         [("9 billion tenge", "$19 million"), ("9 billion tenge", "£15 million")]),
        ("Завод обошёлся в 9 млрд тенге (около 19 млн долларов, или 17 млн евро).",
         [("9 млрд тенге", "19 млн долларов"), ("9 млрд тенге", "17 млн евро")]),
    ],
)
def test_stated_conversions_link(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The grant was $5 million or 10% of the budget.",  # a share
        "Фонд получил 5 млрд тенге или 12% бюджета.",
        "Қор 5 млрд теңге немесе бюджеттің 12%-ын алды.",
        "They asked for £8 million or £9 million.",  # two amounts in one currency
        "Просили 8 млн рублей или 9 млн рублей.",
        "The town spent 2 billion tenge (1,400 new jobs).",  # a count in the bracket
        "Город потратил 2 млрд тенге (1 400 рабочих мест).",
        "The town spent 2 billion tenge (see note 4).",  # a footnote
        "The town spent 2 billion tenge ($4 million of it on roads) last year.",  # the bracket goes on
        "The town spent 2 billion tenge and $4 million.",  # a list
        "Город потратил 2 млрд тенге и $4 млн.",
        "It spent 2 billion tenge. Or $4 million, some say.",  # another sentence
        "The fund: $3bn, approximately £250 million and ₸22bn.",  # a list, not a gloss
        "Its holdings: ₸40bn, over $7 million and €5 million.",  # "over" lists, never glosses
        "Активы: 40 млрд тенге, около 9 млн рублей и $5 млн.",
        # a dash or a relative clause that goes on to something else
        "The firm spent 3.5 billion tenge – about half its budget – and $6.7 million on ads.",
        "The firm spent 3.5 billion tenge, which is why it borrowed $6.7 million.",
        "Компания потратила 3,5 млрд тенге, а конкурент – около 6,7 млн долларов.",
        "Выручка составила 3,5 млрд тенге, это больше, чем 6,7 млн долларов у конкурента.",
        "The company spent 3.5 billion tenge (about a third of it, or $2 million, on wages).",
        "The firm spent $5 million, which was more than the 2 billion tenge it spent in 2020.",
        "Компания 3,5 млрд теңге жұмсады, бұл өткен жылғы 6,7 млн доллардан көп.",
        # a comparison between two currencies, not one restated
        "The bank lent $5 million, which is 2 billion tenge less than last year.",
        "The bank lent $5 million – about 2 billion tenge short of its target.",
        "Банк выдал $5 млн, это 2 млрд тенге сверх плана.",
        "Банк 5 млн доллар берді, бұл 2 млрд теңгеден көп.",
        # a bracket after the noun that says more than an equivalent
        "It signed a $8.4 million deal (4 billion tenge less than planned).",
        "The $8.4 million loan (4 billion tenge of it in local currency) was approved.",
        # two years' amounts, each with its own year
        "The firm earned 4 billion tenge in 2023 and $8.4 million in 2024.",
        "Фирма заработала 4 млрд тенге в 2023 году и $8,4 млн в 2024 году.",
    ],
)
def test_non_conversions_link_nothing(text: str) -> None:
    assert pairs(text) == []
    assert kf.check(text, date=MAY_2) == []


def test_a_scale_slip_still_links_and_is_diagnosed() -> None:
    # the ratio is never the test: a thousandfold error is exactly what the check is for
    [c] = kf.check("The plant cost 41.7 billion tenge or $79.6 billion.", date=MAY_2)
    assert (c.verdict, c.diagnosis) == ("inconsistent", "scale_slip")


def test_both_ends_of_a_change_are_checked() -> None:
    checks = kf.check("Долг вырос с 5 трлн до 8 трлн сумов (с $400 млн до $640 млн).", date=MAY_2)
    assert [(c.source.currency, c.target.currency, c.verdict) for c in checks] == [
        ("UZS", "USD", "consistent"),
        ("UZS", "USD", "consistent"),
    ]
    assert checks[0].source.currency_inferred and not checks[1].source.currency_inferred


def test_a_bare_number_that_borrows_a_currency_says_so() -> None:
    text = "The region got 6.1 billion tenge (US$13 million) in 2023 and 450 million (US$950,000) in 2024."
    bare = [f for f in kf.extract(text) if f.text == "450 million"][0]
    assert (bare.kind, bare.currency, bare.currency_inferred) == ("money", "KZT", True)


@pytest.mark.parametrize(
    "text, target",
    [
        ("Завод обошёлся в 9 млрд тенге, в долларовом эквиваленте – 19 млн.", "19 млн"),
        ("Завод обошёлся в 9 млрд тенге (в долларах – около 19 млн).", "19 млн"),
        ("Завод обошёлся в 9 млрд тенге, в пересчёте на доллары – 19 млн.", "19 млн"),
        ("The mill cost 9 billion tenge (in dollar terms, about 19 million).", "19 million"),
        ("Зауыт 9 млрд теңгеге (долларға шаққанда 19 млн) салынды.", "19 млн"),
        # or after it, where the amount stands as the equivalent
        ("Завод обошёлся в 9 млрд тенге, или 19 млн в долларах.", "19 млн"),
        ("Завод обошёлся в 9 млрд тенге (около 19 млн в долларах).", "19 млн"),
        ("The mill cost 9 billion tenge, or about 19 million in dollar terms.", "19 million"),
    ],
)
def test_a_bare_amount_takes_the_currency_its_words_name(text: str, target: str) -> None:
    [c] = kf.check(text, date=MAY_2)
    assert (c.source.currency, c.target.text, c.target.currency, c.target.currency_inferred) == ("KZT", target, "USD", True)
    assert c.verdict == "consistent"
    assert c.explanation.endswith(f'"{target}" names no currency; read as USD from its sentence.')


@pytest.mark.parametrize(
    "text",
    [
        "Завод обошёлся в 9 млрд тенге, в тенге – 9 млрд.",  # the same currency
        "Завод обошёлся в 9 млрд тенге, в долларах – 19 млн человек.",  # a count
        "The mill cost 9 billion tenge in dollars, 19 million.",  # the words follow no money figure's gap
        "Завод обошёлся в 9 млрд тенге, а 19 млн в долларах ушли на налоги.",  # no equivalent's words
        "The mill cost 9 billion tenge and 19 million in dollars went on tax.",
    ],
)
def test_words_that_name_no_other_currency_make_no_money(text: str) -> None:
    assert kf.check(text, date=MAY_2) == []


def test_a_bare_number_without_an_equivalent_stays_a_number() -> None:
    text = "The region got 6.1 billion tenge in 2023 and 450 million people live there."
    assert [f.kind for f in kf.extract(text) if f.text.startswith("450")] == ["number"]


# --------------------------------------------------------- ambiguous currencies


@pytest.mark.parametrize(
    "text, currency",
    [
        ("ASHGABAT. Veterans received 400 manats each.", "TMT"),
        ("Budget revenue in Baku reached 900 million manats.", "AZN"),
        ("Ветеранам в Туркменистане выдали по 400 манатов.", "TMT"),
        ("В Азербайджане бюджет составил 30 млрд манатов.", "AZN"),
        ("Түрікменстанда зейнетақы 400 манат болды.", "TMT"),
        ("A flat in Tashkent costs 900 million som.", "UZS"),
        ("A flat in Bishkek costs 9 million som.", "KGS"),
    ],
)
def test_a_place_the_text_names_decides_an_ambiguous_currency(text: str, currency: str) -> None:
    [f] = [f for f in kf.extract(text) if f.kind == "money"]
    assert (f.currency, f.currency_inferred, f.candidates[0]) == (currency, True, currency)
    assert len(f.candidates) > 1


def test_the_nearest_place_decides_in_a_list() -> None:
    text = "Pensions: 300 manats in Turkmenistan, 250 manats in Azerbaijan."
    assert [f.currency for f in kf.extract(text) if f.kind == "money"] == ["TMT", "AZN"]


def test_without_a_place_a_name_takes_its_documented_default_and_the_check_may_overrule() -> None:
    [f] = kf.extract("Income per head is 2,000 manats.")
    assert (f.currency, f.currency_inferred, set(f.candidates)) == ("AZN", True, {"AZN", "TMT"})
    # 3,500 TMT is about $1,000; as AZN it would be $2,060: the figures decide
    [c] = kf.check("Income per head is 3,500 manats ($1,000).", date=MAY_2)
    assert (c.source.currency, c.verdict) == ("TMT", "consistent")
    assert '"manats" may be AZN or TMT; read as TMT' in c.explanation


def test_a_place_keeps_its_reading_and_the_check_says_why() -> None:
    [c] = kf.check("In Baku the bonus was 1,000 manats ($588).", date=MAY_2)
    assert (c.source.currency, c.verdict) == ("AZN", "consistent")
    assert "the text names Baku" in c.explanation


def test_country_decides_when_the_text_does_not() -> None:
    assert kf.extract("It paid 400 manats.", country="TM")[0].currency == "TMT"
    assert kf.extract("It paid 400 manats.", country="tm")[0].currency == "TMT"
    assert kf.extract("It cost $40.", country="AU")[0].currency == "AUD"
    [c] = kf.check("It paid 3,500 manats ($1,000).", date=MAY_2, country="TM")
    assert "the source is in TM" in c.explanation


def test_place_names_never_decide_a_dollar() -> None:
    # a story about Canada quotes US dollars as often as its own
    assert kf.extract("Canada's miners raised $40 million.")[0].currency == "USD"


@pytest.mark.parametrize("country", ["ZZ", "KAZ", "", "1A", 7])
def test_a_bad_country_gets_the_typed_error(country: object) -> None:
    with pytest.raises(kf.InvalidArgumentError, match="country"):
        kf.extract("400 manats", country=country)  # type: ignore[arg-type]


# ------------------------------------------------------------------ the data


def test_each_language_module_holds_the_words_link_needs() -> None:
    for lang in languages.LANGUAGES:
        for name in ("CONNECTORS", "HEDGES", "BRACKET_OPENERS", "BRACKET_TAILS", "PERIODS", "AMOUNT_AFTER",
                     "CURRENCY_IN_WORDS", "COMPARATIVES", "PLACES", "QUALIFIERS"):
            assert hasattr(lang, name), (lang.__name__, name)
        for fragment in (*lang.CONNECTORS, *lang.HEDGES, *lang.BRACKET_TAILS, *lang.AMOUNT_AFTER, *lang.CURRENCY_IN_WORDS):
            re.compile(fragment)
        assert set(lang.CURRENCY_IN_WORDS.values()) <= set(kf_codes())
        # link reads a space in a fragment as \s+, so " ?" would demand a space, not allow one
        fragments = (*lang.CONNECTORS, *lang.HEDGES, *lang.BRACKET_OPENERS, *lang.BRACKET_TAILS, *lang.PERIODS,
                     *lang.AMOUNT_AFTER, *lang.CURRENCY_IN_WORDS, *lang.APPROX_HEDGES)
        assert not [f for f in fragments if " ?" in f or " *" in f], lang.__name__



def test_a_range_converted_end_by_end_gives_two_checks() -> None:
    text = "Debt grew from 5 to 8 trillion soums ($400 million to $640 million)."
    checks = kf.check(text, date=MAY_2)
    assert [(str(c.source.value), str(c.target.value), c.verdict) for c in checks] == [
        ("5000000000000", "400000000", "consistent"),
        ("8000000000000", "640000000", "consistent"),
    ]
    # each end keeps the range's span, so the report joins both checks to it
    assert {(c.source.start, c.source.end) for c in checks} == {(text.index("5 to"), text.index(" (", 20))}


def test_one_wrong_end_of_a_range_is_caught() -> None:
    checks = kf.check("Debt grew from 5 to 8 trillion soums ($400 million to $64 million).", date=MAY_2)
    assert [c.verdict for c in checks] == ["consistent", "inconsistent"]
