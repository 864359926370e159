"""Grouping conventions, home-locale symbols and the dollar's many prefixes."""

from __future__ import annotations

from decimal import Decimal

import pytest

import kzuk_figures as kf
from kzuk_figures.lexicon import home_symbols_from_cldr, lexicon
from kzuk_figures.numerals import decimal_symbol, parse_digits

D = Decimal


def only(text: str) -> kf.Figure:
    [f] = [f for f in kf.extract(text) if f.kind == "money"]
    assert text[f.start : f.end] == f.text
    return f


@pytest.mark.parametrize(
    "text, surface, value, currency",
    [
        ("Cena 34,50 € za kus", "34,50 €", "34.50", "EUR"),
        ("Preis 1.234,56 EUR heute", "1.234,56 EUR", "1234.56", "EUR"),
        ("Preis CHF 1'049,95 heute", "CHF 1'049,95", "1049.95", "CHF"),
        ("cena 9 800 Kč", "9 800 Kč", "9800", "CZK"),
        ("cena 45,00 zł", "45,00 zł", "45.00", "PLN"),
        ("Harga Rp 31.500 saja", "Rp 31.500", "31500", "IDR"),  # IDR writes "," for decimals
        ("It cost $31.500 then", "$31.500", "31.500", "USD"),  # USD does not
        ("цена 419 руб. сейчас", "419 руб.", "419", "RUB"),
        ("цена 230 лв. сега", "230 лв.", "230", "BGN"),
        ("cena 50,- Kč", "50,- Kč", "50", "CZK"),
        ("1 TT$ only", "1 TT$", "1", "TTD"),
        ("J$500 each", "J$500", "500", "JMD"),
        ("$1,190.00 AUD each", "$1,190.00 AUD", "1190.00", "AUD"),
        ("a fine of KD 5 million", "KD 5 million", "5000000", "KWD"),
        ("Hey, the cost is 100元!", "100元", "100", "CNY"),
    ],
)
def test_price_tag_formats(text: str, surface: str, value: str, currency: str) -> None:
    f = only(text)
    assert (f.text, f.value, f.currency) == (surface, D(value), currency)


def test_a_symbol_several_homes_share_stays_ambiguous() -> None:
    f = only("Pris från 172 kr idag")
    assert f.currency is None
    assert {"NOK", "DKK"} <= set(f.candidates)


def test_a_comma_with_three_digits_groups_thousands() -> None:
    assert only("£1,500 was paid").value == D(1500)
    assert only("1,500 Kč").value == D(1500)


@pytest.mark.parametrize(
    "numeral, decimal, value",
    [
        ("1,234,567.89", ".", "1234567.89"),
        ("1.234.567,89", ".", "1234567.89"),
        ("1 234 567", ".", "1234567"),
        ("12,34,567.89", ".", "1234567.89"),
        ("1.500", ".", "1.500"),
        ("1.500", ",", "1500"),
        (".5", ".", "0.5"),
        ("34,50", ".", "34.50"),
    ],
)
def test_parse_digits(numeral: str, decimal: str, value: str) -> None:
    parsed = parse_digits(numeral, decimal)
    assert parsed is not None and parsed[0] == D(value)


def test_decimal_symbol_of_home_locales() -> None:
    assert decimal_symbol("USD") == "."
    assert decimal_symbol("IDR") == ","
    assert decimal_symbol("RUB") == ","


def test_shipped_home_symbols_agree_with_cldr() -> None:
    # The table is generated from babel so that import stays fast; it must
    # still say what babel says (scripts/build_tables.py rebuilds it).
    import json

    from kzuk_figures.lexicon import _HOME_SYMBOLS_FILE

    with open(_HOME_SYMBOLS_FILE, encoding="utf-8") as f:
        shipped = json.load(f)
    derived = home_symbols_from_cldr()
    agree = sum(1 for k, v in shipped.items() if derived.get(k) == v)
    assert agree >= 0.95 * len(shipped), sorted(set(shipped) ^ set(derived))
    assert shipped["Kč"] == ["CZK"] and shipped["zł"] == ["PLN"]


def test_denied_home_symbols_are_not_money() -> None:
    assert "KM" not in lexicon().symbols
    assert [f for f in kf.extract("The road is 5 KM long.") if f.kind == "money"] == []
