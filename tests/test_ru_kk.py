"""Russian and Kazakh figures as the region's press writes them: compound
numerals, number words in their cases, and conjunctions that are never money."""

from __future__ import annotations

from decimal import Decimal

import pytest

import kzuk_figures as kf
from kzuk_figures import languages


def money(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.text, str(f.value), f.currency) for f in kf.extract(text) if f.kind == "money"]


# ------------------------------------------------------------ compound numerals


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Доходы составят 4 млрд 700 млн сомов.", ("4 млрд 700 млн сомов", "4700000000", "KGS")),
        ("На ремонт ушло 318 млн 250 тысяч сомов.", ("318 млн 250 тысяч сомов", "318250000", "KGS")),
        ("Бюджет равен 2 миллиарда 611,8 миллиона долларов.", ("2 миллиарда 611,8 миллиона долларов", "2611800000", "USD")),
        ("Жобаға 7 млрд 900 миллион теңгеден астам бөлінді.", ("7 млрд 900 миллион теңгеден", "7900000000", "KZT")),
        ("Қорда 5 трлн 120 миллиард теңге бар.", ("5 трлн 120 миллиард теңге", "5120000000000", "KZT")),
        ("The bond raised $2 billion 300 million.", ("$2 billion 300 million", "2300000000", "USD")),
        ("Расходы: 1 миллиард 205 миллионов 40,5 тысячи сомов.",
         ("1 миллиард 205 миллионов 40,5 тысячи сомов", "1205040500", "KGS")),
    ],
)
def test_a_compound_numeral_is_one_figure(text: str, expected: tuple[str, str, str]) -> None:
    assert money(text) == [expected]


def test_a_compound_keeps_the_precision_of_its_last_part() -> None:
    [f] = kf.extract("Доходы составят 4 млрд 700 млн сомов.")
    assert (f.low, f.high) == (Decimal("4699500000"), Decimal("4700500000"))


@pytest.mark.parametrize(
    "text",
    [
        "В 2023 году выделили 5 млрд тенге, 300 млн рублей — в 2024-м.",  # a comma: two figures
        "Выделили 5 млрд тенге 300 млн долларов.",  # a name closes the first
        "Выделили 300 млн 5 млрд тенге.",  # a smaller scale first is no compound
    ],
)
def test_parts_that_are_not_one_numeral_stay_apart(text: str) -> None:
    found = money(text)
    assert found and not any("млн" in t and "млрд" in t for t, _, _ in found)


# ------------------------------------------------------------ number words


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Сделка на сумму семи миллиардов долларов сорвалась.", ("семи миллиардов долларов", "7000000000", "USD")),
        ("Долг двух триллионов тенге списали.", ("двух триллионов тенге", "2000000000000", "KZT")),
        ("Речь о четырех миллиардах фунтов стерлингов.", ("четырех миллиардах фунтов стерлингов", "4000000000", "GBP")),
        ("Проект стоит миллиарда евро.", ("миллиарда евро", "1000000000", "EUR")),
        ("Билет стоит сорок долларов.", ("сорок долларов", "40", "USD")),
        ("Штраф — двадцать пять тысяч рублей.", ("двадцать пять тысяч рублей", "25000", "RUB")),
        ("Ущерб оценили в полтора миллиарда сомов.", ("полтора миллиарда сомов", "1500000000", "KGS")),
        ("Выдали пятнадцать долларов.", ("пятнадцать долларов", "15", "USD")),
        ("Хлеб стоит сто рублей.", ("сто рублей", "100", "RUB")),
        ("Оған үш жүз доллар берілді.", ("үш жүз доллар", "300", "USD")),
        ("Жобаға жарты миллиард теңге бөлінді.", ("жарты миллиард теңге", "500000000", "KZT")),
        ("Бір миллиард доллар тартылды.", ("Бір миллиард доллар", "1000000000", "USD")),
        # "он" is a ten that takes a unit after it
        ("Айыппұл он үш мың теңге болды.", ("он үш мың теңге", "13000", "KZT")),
        ("Цена составила более четырёхсот пятидесяти рублей.", ("четырёхсот пятидесяти рублей", "450", "RUB")),
    ],
)
def test_number_words_in_their_cases(text: str, expected: tuple[str, str, str]) -> None:
    assert money(text) == [expected]


def test_kazakh_number_words_before_a_unit() -> None:
    [f] = kf.extract("Зауыт үш мың тонна өнім шығарды.")
    assert (f.kind, f.value, f.unit) == ("quantity", Decimal("3000"), "metric_ton")


@pytest.mark.parametrize(
    "text",
    [
        "Бір адам келді.",  # the article "a"
        "Он пришёл вовремя.",  # Russian "he", Kazakh "ten"
        "Помог семью продуктами.",  # "family", not seven
        "Пять человек пришли.",  # a count without a noun list is no money
    ],
)
def test_words_that_only_look_like_numbers_give_no_money(text: str) -> None:
    assert money(text) == []


# ------------------------------------------------------------ conjunctions


@pytest.mark.parametrize(
    "text",
    [
        "Продажи выросли на 3 и 4 процента.",
        "Это было в 2019 и 2020 годах.",
        "Выросли 5 и 7 компаний.",
        "Ашылды 3 жаңа зауыт.",
        "Было 3 и (5 долларов).",
        "Өсім 2017 және 2018 жылдары болды.",
        "Пострадали жители Оңтүстік 5 районов.",
    ],
)
def test_a_conjunction_or_an_adjective_is_never_a_currency(text: str) -> None:
    assert [f for f in kf.extract(text) if f.kind == "money" and f.currency is None and f.candidates] == []
    assert all("и" not in (f.currency_text or "").split() for f in kf.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "В салоне представлены 12 марок автомобилей.",
        "Труппа показала 3 драмы и 2 комедии.",
        "Көрмеде 12 көлік маркасы ұсынылды.",
        "The pupil scored 85 marks out of 100.",
        "The parcel weighs 12 pounds.",
        "Посылка весит почти 12 фунтов.",
    ],
)
def test_a_common_noun_that_ends_a_currency_name_is_no_currency_alone(text: str) -> None:
    assert [f.text for f in kf.extract(text) if f.kind == "money"] == []


@pytest.mark.parametrize(
    "text, surface, code",
    [
        ("Билет стоит 2 500 драмов.", "2 500 драмов", "AMD"),
        ("Выручка – 3 млн конвертируемых марок Боснии и Герцеговины.",
         "3 млн конвертируемых марок Боснии и Герцеговины", "BAM"),
        ("Компания заплатила 12 фунтов.", "12 фунтов", "GBP"),
        ("The parcel cost 12 pounds to send.", "12 pounds", "GBP"),
    ],
)
def test_the_currency_they_name_in_full_or_unambiguously_stays(text: str, surface: str, code: str) -> None:
    assert [(f.text, f.currency) for f in kf.extract(text) if f.kind == "money"] == [(surface, code)]


def test_a_kazakh_sentence_without_kazakh_letters_is_read_by_its_case_endings() -> None:
    # no letter of its own says Kazakh; the case ending on the currency does
    [f] = kf.extract("Экспорт 1 млрд 200 млн доллардан асты.")
    assert (f.text, f.value, f.currency, f.qualifier, f.locale) == (
        "1 млрд 200 млн доллардан", Decimal("1200000000"), "USD", "over", "kk"
    )
    # a Russian noun's own ending is no Kazakh case: "в сумке" is in a bag, not soums
    assert kf.extract("Деньги нашли в 3 сумке.") == []


def test_a_false_figure_no_longer_reaches_the_check() -> None:
    assert kf.check("Было 3 и (5 долларов).") == []


def test_no_lexicon_entry_is_a_function_word_an_adjective_or_a_place() -> None:
    from kzuk_figures.lexicon import lexicon

    forbidden = {
        # conjunctions and prepositions
        "и", "или", "а", "но", "в", "на", "с", "о", "және", "немесе", "мен", "бен", "and", "or", "of",
        # adjectives CLDR's names carry
        "жаңа", "оңтүстік", "солтүстік", "new", "south", "north", "новый", "новая", "южная",
        # places CLDR's names carry
        "островов", "корея", "куба", "судан", "гвинея", "боснии", "герцеговины", "тринидада", "тобаго",
        "сша", "ақш", "zealand", "korea",
    }  # fmt: skip
    assert sorted(forbidden & set(lexicon().names)) == []


# ------------------------------------------------------------ spellings


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ущерб — 9 412 млн долл. США.", ("9 412 млн долл. США", "9412000000", "USD")),
        ("Сумма выросла до 161 тысячу тенге.", ("161 тысячу тенге", "161000", "KZT")),
        ("Инвестиции приблизились к 30 миллиардам долларов.", ("30 миллиардам долларов", "30000000000", "USD")),
        ("Жобаға 5 млн АҚШ долларын бөлді.", ("5 млн АҚШ долларын", "5000000", "USD")),
        # the oblique cases CLDR's names lack
        ("Пенсия была равна 105 долларам.", ("105 долларам", "105", "USD")),
        ("Штраф оплатили 300 рублями.", ("300 рублями", "300", "RUB")),
        ("Выручку считают в 5 млн фунтах стерлингов.", ("5 млн фунтах стерлингов", "5000000", "GBP")),
        ("Грант – 2,5 млн дол. США.", ("2,5 млн дол. США", "2500000", "USD")),
        ("Сделка – 7 млрд рос. рублей.", ("7 млрд рос. рублей", "7000000000", "RUB")),
        # the scale's abbreviation dot before a symbol
        ("Прибыль банка – 7,2 млрд. руб. за год.", ("7,2 млрд. руб.", "7200000000", "RUB")),
        ("Долг – 40 млн. тг.", ("40 млн. тг.", "40000000", "KZT")),
    ],
)
def test_spellings_the_press_uses(text: str, expected: tuple[str, str, str]) -> None:
    assert money(text) == [expected]


def test_every_language_module_gives_number_words_as_stems_and_endings() -> None:
    for lang in (languages.LANGUAGE_OF["ru"], languages.LANGUAGE_OF["kk"]):
        for stem, endings, value, role in lang.NUMBER_WORDS:
            assert stem and isinstance(endings, tuple) and Decimal(value) > 0
            assert role in ("unit", "ten", "hundred", "times_hundred", "scale", "lead")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Baǵasy 612,5 teńge boldy.", ("612,5 teńge", "612.5", "KZT")),
        ("Aılyq 287,4 myń teńge.", ("287,4 myń teńge", "287400", "KZT")),
        ("Jobaǵa 350 mln dollardan astam qarjy bólindi.", ("350 mln dollardan", "350000000", "USD")),
        ("Bıýjetke 21,9 mıllıard teńge tústi.", ("21,9 mıllıard teńge", "21900000000", "KZT")),
        ("Qorǵa 64 mlrd. teńgeni aýdardy.", ("64 mlrd. teńgeni", "64000000000", "KZT")),
    ],
)
def test_latin_script_kazakh(text: str, expected: tuple[str, str, str]) -> None:
    assert money(text) == [expected]


def test_latin_kazakh_qualifier_after_the_figure() -> None:
    [f] = kf.extract("Jobaǵa 350 mln dollardan astam qarjy bólindi.")
    assert f.qualifier == "over"
    [f] = kf.extract("Jobaǵa 350 mln teńgege jýyq qarjy bólindi.")
    assert f.qualifier == "nearly"


@pytest.mark.parametrize("text, qualifier", [
    ("Jobaǵa shamamen 350 mln teńge bólindi.", "about"),
    ("Jobaǵa keminde 350 mln teńge bólindi.", "at_least"),
])  # fmt: skip
def test_latin_kazakh_qualifier_before_the_figure(text: str, qualifier: str) -> None:
    [f] = kf.extract(text)
    assert f.qualifier == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "Jobaǵa 4 mlrd teńge (shamamen 8,4 mln dollar) bólindi.",
        "Jobaǵa 4 mlrd teńge, ıaǵnı 8,4 mln dollar bólindi.",
        "Jobaǵa 4 mlrd teńge nemese 8,4 mln dollar bólindi.",
        "Jobaǵa 4 mlrd teńge, bul shamamen 8,4 mln dollar.",
        "Jobaǵa 4 mlrd teńge (8,4 mln dollar shamasynda) bólindi.",
    ],
)
def test_latin_kazakh_states_its_equivalents_as_cyrillic_does(text: str) -> None:
    [c] = kf.link(text, kf.extract(text))
    assert (c.source.text, c.source.currency, c.target.currency) == ("4 mlrd teńge", "KZT", "USD")


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("Жобаға 3,5 млрд теңгеден астам қаржы бөлінді.", "over"),
        ("Жобаға 3,5 млрд теңге шамасында қаржы бөлінді.", "about"),
        ("Жобаға 3,5 млрд теңгеге жуық қаржы бөлінді.", "nearly"),
        ("Шығын 3,5 млрд теңгеден асты.", "over"),  # exceeded
        ("Шығын 3,5 млрд теңгеден кем.", "under"),  # less than, after the ablative
        ("Шығын 3,5 млрд теңгеден кем емес.", "at_least"),
        ("Шығын 3,5 млрд теңге аз болды.", None),  # was little: no ablative, no bound
        ("Шығын кем дегенде 3,5 млрд теңге.", "at_least"),
        ("Шығын ең көбі 3,5 млрд теңге.", "up_to"),
    ],
)
def test_a_kazakh_qualifier_after_the_figure(text: str, qualifier: str | None) -> None:
    [f] = kf.extract(text)
    assert f.qualifier == qualifier


@pytest.mark.parametrize(
    "text, surface, code",
    [
        # a country's adjective CLDR's names lack, before the currency's noun
        ("Долг составил 100 млн кыргызских сомов.", "100 млн кыргызских сомов", "KGS"),
        ("Долг составил 100 млн казахстанских тенге.", "100 млн казахстанских тенге", "KZT"),
        ("Долг составил 100 млн американских долларов.", "100 млн американских долларов", "USD"),
        ("Долг составил 100 млн британских фунтов.", "100 млн британских фунтов", "GBP"),
        ("Долг составил 100 млн туркменских манатов.", "100 млн туркменских манатов", "TMT"),
        ("Долг составил 100 млн канадских долларов.", "100 млн канадских долларов", "CAD"),
        ("Қарыз 100 млн қырғыз сомын құрады.", "100 млн қырғыз сомын", "KGS"),
        ("Қарыз 100 млн қазақстандық теңге болды.", "100 млн қазақстандық теңге", "KZT"),
        ("Қарыз 100 млн түрікмен манаты болды.", "100 млн түрікмен манаты", "TMT"),
        ("Қарыз 100 млн американдық доллар болды.", "100 млн американдық доллар", "USD"),
    ],
)
def test_a_country_adjective_before_the_currency_decides_it(text: str, surface: str, code: str) -> None:
    [f] = kf.extract(text)
    assert (f.kind, f.text, f.currency, f.currency_inferred) == ("money", surface, code, False)


@pytest.mark.parametrize(
    "text",
    [
        "Компания выпустила 10 новых моделей.",  # no currency after the adjective
        "Выставка собрала 1500 почтовых марок.",  # an adjective that names no country
        "Завод закупил 100 американских станков.",  # a country's adjective before no currency
    ],
)
def test_an_adjective_before_no_currency_makes_no_money(text: str) -> None:
    assert [f for f in kf.extract(text) if f.kind == "money"] == []


@pytest.mark.parametrize(
    "text, surface, value",
    [
        # a half joined to the unit before it
        ("Бюджет – три с половиной миллиарда тенге.", "три с половиной миллиарда тенге", "3500000000"),
        ("Построено более двух с половиной тысяч домов.", "двух с половиной тысяч домов", "2500"),
        ("Бюджет – үш жарым миллиард теңге.", "үш жарым миллиард теңге", "3500000000"),
        # a half after a whole number in digits
        ("Бюджет – 3 с половиной млрд тенге.", "3 с половиной млрд тенге", "3500000000"),
        ("Бюджетке 3 жарым млрд теңге бөлінді.", "3 жарым млрд теңге", "3500000000"),
        # half a scale in one word
        ("Кредит – полмиллиарда долларов.", "полмиллиарда долларов", "500000000"),
        ("Грант – около полумиллиона тенге.", "полумиллиона тенге", "500000"),
        # a whole unscaled last part of a numeral
        ("Штраф – 2 тысячи 500 тенге.", "2 тысячи 500 тенге", "2500"),
        ("Грант – 1 млн 500 тенге.", "1 млн 500 тенге", "1000500"),
        ("Жалақы 150 мың 500 теңге болды.", "150 мың 500 теңге", "150500"),
    ],
)
def test_a_numeral_in_parts_is_read_whole(text: str, surface: str, value: str) -> None:
    [f] = kf.extract(text)
    assert (f.text, f.value) == (surface, Decimal(value))


@pytest.mark.parametrize(
    "text",
    [
        "Речь идёт о миллиардах тенге.",  # "billions of": no number
        "Это стоило миллиарды тенге.",
        "Компании потеряли миллионов долларов больше, чем ожидали.",
    ],
)
def test_a_plural_scale_word_alone_is_no_figure(text: str) -> None:
    assert kf.extract(text) == []


def test_a_singular_scale_word_alone_is_one() -> None:
    [f] = kf.extract("Это стоило миллиард тенге.")
    assert f.value == Decimal(1_000_000_000)


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("Бюджет – более чем 3,5 млрд тенге.", "over"), ("Бюджет – менее чем 3,5 млрд тенге.", "under"),
        # a negation turns the bound round
        ("Бюджет – не меньше 3,5 млрд тенге.", "at_least"), ("Бюджет – не больше 3,5 млрд тенге.", "up_to"),
        ("Бюджет – как минимум 3,5 млрд тенге.", "at_least"), ("Бюджет – максимум 3,5 млрд тенге.", "up_to"),
    ],
)  # fmt: skip
def test_a_russian_qualifier_with_chem(text: str, qualifier: str) -> None:
    [f] = kf.extract(text)
    assert f.qualifier == qualifier


def test_the_kazakh_similative_is_a_case_of_the_currency() -> None:
    [f] = kf.extract("Шығын 3,5 млрд теңгедей болды.")  # "about 3.5 billion tenge"
    assert (f.kind, f.currency, f.value) == ("money", "KZT", Decimal(3_500_000_000))


@pytest.mark.parametrize(
    "text",
    [
        "Стоимость – от двух до трёх миллиардов тенге.",
        "Стоимость – два-три миллиарда тенге.",
        "Құны екі-үш миллиард теңге.",
    ],
)
def test_a_range_in_russian_and_kazakh_words_shares_its_scale(text: str) -> None:
    [f] = kf.extract(text)
    assert (f.qualifier, f.low, f.high) == ("range", Decimal(2_000_000_000), Decimal(3_000_000_000))


@pytest.mark.parametrize(
    "text, surface, value",
    [
        # a minus said in words (the figure was positive)
        ("Сальдо – минус 1,5 млрд долларов.", "минус 1,5 млрд долларов", "-1500000000"),
        ("Сальдо минус 5%.", "минус 5%", "-5"),
        # a case ending written after digits (the figure was unread)
        ("Около 2-х млрд тенге ушло на ремонт.", "2-х млрд тенге", "2000000000"),
        ("Более 10-ти тысяч тенге.", "10-ти тысяч тенге", "10000"),
    ],
)
def test_russian_signs_and_endings_of_a_numeral(text: str, surface: str, value: str) -> None:
    [f] = kf.extract(text)
    assert (f.text, f.value) == (surface, Decimal(value))


@pytest.mark.parametrize(
    "text",
    [
        "Он доллар нашёл на улице.",  # "он" is "he" in Russian, ten only in Kazakh
        "Он миллиард тенге не видел.",
        "Он процентов не считал.",
    ],
)
def test_a_kazakh_number_word_is_no_number_in_a_russian_sentence(text: str) -> None:
    assert [f for f in kf.extract(text) if f.kind in ("money", "percent")] == []


def test_a_kazakh_number_word_stays_one_in_a_kazakh_sentence() -> None:
    [f] = kf.extract("Банк он екі миллиард теңге берді.")
    assert (f.value, f.currency) == (Decimal(12_000_000_000), "KZT")


@pytest.mark.parametrize(
    "text, surface, unit",
    [
        ("Построено 2 млн кв. м жилья.", "2 млн кв. м", "meter ** 2"),
        ("Построено 200 м² жилья.", "200 м²", "meter ** 2"),
        ("Площадь – 5 кв. км.", "5 кв. км", "kilometer ** 2"),
        ("Мұнай өндіру 90 млн тоннаға жетті.", "90 млн тоннаға", "metric_ton"),
        ("Жол 120 шақырымға созылды.", "120 шақырымға", "kilometer"),
        # a time said in words after the unit
        ("Добыча – 1,8 млн баррелей в сутки.", "1,8 млн баррелей в сутки", "barrel / day"),
        ("Завод выпускает 500 тыс. т в год.", "500 тыс. т в год", "metric_ton / year"),
        ("Кен орны 1,8 млн баррель тәулігіне береді.", "1,8 млн баррель тәулігіне", "barrel / day"),
    ],
)
def test_units_as_russian_and_kazakh_press_abbreviate_and_inflect_them(text: str, surface: str, unit: str) -> None:
    [f] = kf.extract(text)
    assert (f.kind, f.text, f.unit) == ("quantity", surface, unit)


def test_a_time_after_money_or_a_count_makes_no_unit() -> None:
    assert [(f.text, f.kind) for f in kf.extract("Зарплата – 500 тыс. тенге в месяц.")] == [("500 тыс. тенге", "money")]
    assert [(f.text, f.kind) for f in kf.extract("Приходили 100 человек в день.")] == [("100 человек", "number")]


def test_the_percent_abbreviation() -> None:
    [f] = kf.extract("Рост на 15 проц. за год.")
    assert (f.kind, f.value) == ("percent", Decimal(15))
