"""Money in Russian and Kazakh text, and documents that mix languages."""

from __future__ import annotations

from decimal import Decimal

import pytest

import kzuk_figures as kf

D = Decimal


def money(text: str, **kw: str) -> list[tuple[str, Decimal | None, str | None, str | None, str]]:
    out = []
    for f in kf.extract(text, **kw):
        assert text[f.start : f.end] == f.text
        if f.kind == "money":
            out.append((f.text, f.value, f.currency, f.qualifier, f.locale))
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Компания вложила 3,5 млрд тенге в проект.", ("3,5 млрд тенге", "3500000000", "KZT", None)),
        ("Экспорт составил 22 млрд долларов.", ("22 млрд долларов", "22000000000", "USD", None)),
        ("Выделено 1 234,5 млн ₸ на дороги.", ("1 234,5 млн ₸", "1234500000", "KZT", None)),
        ("Цена — 100 рублей.", ("100 рублей", "100", "RUB", None)),
        ("Кредит на 5 млн евро.", ("5 млн евро", "5000000", "EUR", None)),
        ("Сделка на 10 млн фунтов стерлингов.", ("10 млн фунтов стерлингов", "10000000", "GBP", None)),
        ("Зарплата 15 тыс. сомов.", ("15 тыс. сомов", "15000", "KGS", None)),
        ("Цена 3 000 сумов.", ("3 000 сумов", "3000", "UZS", None)),
        ("Долг — 2 трлн рублей.", ("2 трлн рублей", "2000000000000", "RUB", None)),
        ("Выручка 450 млн тг за год.", ("450 млн тг", "450000000", "KZT", None)),
        ("Он получил 5 тыс. долл.", ("5 тыс. долл", "5000", "USD", None)),
        ("Вложено более 3,5 млрд тенге.", ("3,5 млрд тенге", "3500000000", "KZT", "over")),
        ("Стоимость около 10 млн долларов.", ("10 млн долларов", "10000000", "USD", "about")),
        ("Бюджет: 22,500 млрд тенге.", ("22,500 млрд тенге", "22500000000", "KZT", None)),
        ("Инвестиции от 300 до 500 млн долларов.", ("300 до 500 млн долларов", "400000000", "USD", "range")),
        # "до" after a verb of change is "to", otherwise "up to"
        ("Экспорт вырос до 7 млрд тенге.", ("7 млрд тенге", "7000000000", "KZT", None)),
        ("Кредит до 7 млрд тенге.", ("7 млрд тенге", "7000000000", "KZT", "up_to")),
    ],
)
def test_russian_money(text: str, expected: tuple[str, str, str, str | None]) -> None:
    surface, value, currency, qualifier = expected
    assert money(text) == [(surface, D(value), currency, qualifier, "ru")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Компания 5 млрд теңге инвестициялады.", ("5 млрд теңге", "5000000000", "KZT")),
        ("Жоба құны 12 млн доллар болды.", ("12 млн доллар", "12000000", "USD")),
        ("Бюджетке 3,2 трлн ₸ түсті.", ("3,2 трлн ₸", "3200000000000", "KZT")),
        ("Жалақы 250 мың теңге.", ("250 мың теңге", "250000", "KZT")),
        # Kazakh adds its case endings to the currency's name
        ("Тауар айналымы 2,4 млрд долларды құрады.", ("2,4 млрд долларды", "2400000000", "USD")),
        ("Бағасы 500 теңгеге өсті.", ("500 теңгеге", "500", "KZT")),
        ("Қазақстан 300 млн еуроның инвестициясын алды.", ("300 млн еуроның", "300000000", "EUR")),
        ("Жоба 10 млн долларлық болды.", ("10 млн долларлық", "10000000", "USD")),
        ("Инвестиция 500 млн фунт стерлингке жетті.", ("500 млн фунт стерлингке", "500000000", "GBP")),
    ],
)
def test_kazakh_money(text: str, expected: tuple[str, str, str]) -> None:
    surface, value, currency = expected
    assert money(text) == [(surface, D(value), currency, None, "kk")]


@pytest.mark.parametrize(
    "text, surface, qualifier",
    [
        ("Инвестиция 5 млрд теңгеден астам болды.", "5 млрд теңгеден", "over"),
        ("Бюджет 2 трлн теңге шамасында болды.", "2 трлн теңге", "about"),
        ("Жоба құны 300 млн долларға дейін жетеді.", "300 млн долларға", "up_to"),
    ],
)
def test_kazakh_qualifiers_stand_after_the_figure(text: str, surface: str, qualifier: str) -> None:
    [(written, _, _, said, locale)] = money(text)
    assert (written, said, locale) == (surface, qualifier, "kk")


def test_a_mixed_document_reads_each_sentence_in_its_language() -> None:
    text = "The fund paid $22,500 in fees. В 2023 году — 22,500 млрд тенге."
    assert money(text) == [
        ("$22,500", D(22500), "USD", None, "en"),
        ("22,500 млрд тенге", D(22500000000), "KZT", None, "ru"),
    ]


def test_the_caller_can_say_the_language() -> None:
    # a scaled "22,500" is 22.5 in Russian and 22 500 in English
    assert money("Бюджет 22,500 млрд тенге")[0][1] == D("22500000000")
    assert money("Бюджет 22,500 млрд тенге", locale="en")[0][1] == D("22500000000000")
    # unscaled, three decimals on a price are rarer than a grouped thousand
    assert money("Цена 15,000 руб. за штуку")[0][1] == D(15000)
    assert money("Цена 31.500 руб. за штуку")[0][1] == D(31500)
    with pytest.raises(kf.InvalidArgumentError):
        kf.extract("x", locale="fr")


def test_russian_percent_with_decimal_comma() -> None:
    [f] = kf.extract("Инфляция составила 8,5% за год.")
    assert (f.kind, f.value, f.locale) == ("percent", D("8.5"), "ru")


def test_a_stated_conversion_in_russian_is_checked() -> None:
    import datetime

    [c] = kf.check("Вложено более 3,5 млрд тенге (6,7 млн долларов США).", date=datetime.date(2025, 5, 2))
    assert c.verdict == "consistent"
    assert (c.base, c.quote) == ("USD", "KZT")
