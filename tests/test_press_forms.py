"""Units, symbols and signs as the region's press writes them (issue: Russian and Kazakh figures)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

import kzuk_figures as kf


def one(text: str) -> kf.Figure:
    [f] = kf.extract(text)
    return f


@pytest.mark.parametrize(
    "text, surface, value, unit",
    [
        # the press's "kW/h" for energy generated is kilowatt-hours
        ("The station generated 64.2 mln kW/h in March.", "64.2 mln kW/h", D("64200000"), "kilowatt_hour"),
        ("Panels gave 310 kW/H over the week.", "310 kW/H", D(310), "kilowatt_hour"),
        ("Выработка составила 8,4 млн кВт.ч за год.", "8,4 млн кВт.ч", D("8400000"), "kilowatt_hour"),
        ("Станция дала 5 МВт/ч.", "5 МВт/ч", D(5), "megawatt_hour"),
        ("Су қоры 2,3 млрд текше метрге жетеді.", "2,3 млрд текше метрге", D("2300000000"), "meter ** 3"),
        ("Sý qory 0,7 mlrd. tekshe metr boldy.", "0,7 mlrd. tekshe metr", D("700000000"), "meter ** 3"),
        ("Jobaǵa 45 myń ga jer bólindi.", "45 myń ga", D(45000), "hectare"),
        ("Засеяно 120 гектаров.", "120 гектаров", D(120), "hectare"),
        ("Засеяно 75 га.", "75 га", D(75), "hectare"),
    ],
)
def test_units_as_the_press_writes_them(text: str, surface: str, value: D, unit: str) -> None:
    f = one(text)
    assert (f.kind, f.text, f.value, f.unit) == ("quantity", surface, value, unit)


def test_kw_per_hour_converts_as_energy() -> None:
    f = one("The plant produced 2 mln kW/h.")
    assert f.to("megawatt_hour").value == D(2000)


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("Импорт сократился на –12,4% за год.", "–12,4%", D("-12.4")),
        ("Output changed by –3% (–0.5% a month).", "–3%", D(-3)),
    ],
)
def test_an_en_dash_against_a_percentage_is_its_minus(text: str, surface: str, value: D) -> None:
    f = kf.extract(text)[0]
    assert (f.kind, f.text, f.value) == ("percent", surface, value)


def test_an_en_dash_between_numbers_stays_a_range() -> None:
    f = one("Growth of 4–6% is expected.")
    assert (f.text, f.low, f.high, f.qualifier) == ("4–6%", D(4), D(6), "range")


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("The ministry set aside T74 billion for roads.", "T74 billion", D(74 * 10**9)),
        ("It will cost T2.5 trillion ($5 billion).", "T2.5 trillion", D(25 * 10**11)),
        ("T310 million went unspent.", "T310 million", D(310 * 10**6)),
    ],
)
def test_t_before_a_scaled_number_is_the_tenge(text: str, surface: str, value: D) -> None:
    f = kf.extract(text)[0]
    assert (f.kind, f.text, f.value, f.currency) == ("money", surface, value, "KZT")


@pytest.mark.parametrize(
    "text", ["The T34 tank was shown.", "He played T20 matches.", "Take T5 then.", "ST58 billion", "Total 58 billion"]
)
def test_t_is_no_tenge_without_a_scale_word_or_glued_inside_a_word(text: str) -> None:
    assert [f for f in kf.extract(text) if f.kind == "money"] == []


def test_a_dot_of_an_abbreviation_ends_no_sentence() -> None:
    # the language is read past "mlrd.", so the Kazakh case ending is seen
    f = one("Jobanyń quny 57 mlrd. teńgeni quraıdy.")
    assert (f.text, f.value, f.currency, f.locale) == ("57 mlrd. teńgeni", D(57 * 10**9), "KZT", "kk")
