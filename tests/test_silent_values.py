"""Text that used to give a wrong number without a word: a conjunction read as
cents, an exponent read as the amount, invisible characters inside a figure."""

from __future__ import annotations

import sys
import unicodedata
from decimal import Decimal

import pytest

import kzuk_figures as kf


def money(text: str) -> list[tuple[str, Decimal | None, str | None]]:
    return [(f.text, f.value, f.currency) for f in kf.extract(text) if f.kind == "money"]


# ------------------------------------------------------------ "and" is not cents


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ticket was 7 dollars and 12 children got in free.", [("7 dollars", Decimal("7"), "USD")]),
        ("Билет стоил 7 рублей и 12 детей прошли даром.", [("7 рублей", Decimal("7"), "RUB")]),
        ("Билет стоил 7 рублей 12 человек.", [("7 рублей", Decimal("7"), "RUB")]),
        ("The ticket was 7 dollars and 12 cents.", [("7 dollars and 12 cents", Decimal("7.12"), "USD")]),
        ("A pint is 3 pounds 40 now.", [("3 pounds 40", Decimal("3.40"), "GBP")]),  # the English idiom
        ("Проезд — 3 фунта 40 пенсов.", [("3 фунта 40 пенсов", Decimal("3.40"), "GBP")]),
        ("Хлеб — 45 рублей 60 копеек.", [("45 рублей 60 копеек", Decimal("45.60"), "RUB")]),
        ("Хлеб — 45 руб. 60 коп.", [("45 руб. 60 коп.", Decimal("45.60"), "RUB")]),
    ],
)
def test_minor_units_join_only_with_their_word(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert money(text) == expected


# ------------------------------------------------------------ exponents


@pytest.mark.parametrize(
    "text, value",
    [("The prize was 10^6 dollars.", Decimal("1E+6")), ("A fund of 10^12 tenge.", Decimal("1E+12"))],
)
def test_a_bare_power_is_read_whole(text: str, value: Decimal) -> None:
    [(_, got, _)] = money(text)
    assert got == value


@pytest.mark.parametrize("text", ["It is worth $1e9999.", "It is worth 7e12345 tenge.", "See ^5 dollars."])
def test_a_power_that_cannot_be_read_gives_no_figure_rather_than_its_pieces(text: str) -> None:
    assert money(text) == []


# ------------------------------------------------------------ format characters


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("Cost: $2\u200b500\u200b000 in all.", Decimal("2500000"), "USD"),  # zero-width spaces as grouping
        ("Cost: 7\u00ad250 tenge.", Decimal("7250"), "KZT"),  # a soft hyphen from a PDF's line break
        ("Cost: $9\u200f million.", Decimal("9000000"), "USD"),  # a direction mark before the scale
        ("Cost: 4\x00000 tenge.", Decimal("4000"), "KZT"),  # a NUL
        ("Cost: \ufeff$9 million.", Decimal("9000000"), "USD"),  # a byte-order mark
        ("Cost: $2\U000e0020500 thousand.", Decimal("2500000"), "USD"),  # a tag character, beyond the BMP
        ("📈 Cost: 7\u00ad250 tenge.", Decimal("7250"), "KZT"),  # an emoji, beyond the BMP, before a soft hyphen
    ],
)
def test_format_characters_inside_a_figure_are_absent(text: str, value: Decimal, currency: str) -> None:
    [f] = [f for f in kf.extract(text) if f.kind == "money"]
    assert (f.value, f.currency) == (value, currency)
    assert text[f.start : f.end] == f.text  # the span stays exact in the text as given


def test_a_text_beyond_the_bmp_without_format_characters_is_read_as_it_is() -> None:
    assert money("📈 Cost: $9 million, 🛢 4.5 million barrels.") == [("$9 million", Decimal("9000000"), "USD")]


def test_a_language_met_late_in_a_text_is_still_read() -> None:
    text = "Sales were 22,500 tonnes. " * 40 + "Продажи составили 22,500 млрд тенге."
    figures = kf.extract(text)
    assert figures[0].value == Decimal("22500") and figures[-1].value == Decimal("22500000000")
    assert (figures[0].locale, figures[-1].locale) == ("en", "ru")


def test_a_format_character_between_words_still_parts_them() -> None:
    # removed, "a" would join "$" as Australian dollars
    assert money("It was a\u200b$5 million deal.") == [("$5 million", Decimal("5000000"), "USD")]


def test_every_format_character_is_known() -> None:
    from kzuk_figures.scan import _FORMAT_CHARS

    missing = [hex(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf" and not _FORMAT_CHARS.match(chr(c))]
    assert missing == []
