"""Figures that are not money: quantities with units, percentages, scaled counts,
numbers in words, and writing figures back out."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

import kzuk_figures as kf

D = Decimal


def only(text: str, kind: str) -> kf.Figure:
    found = [f for f in kf.extract(text) if f.kind == kind]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == f.text
    return f


@pytest.mark.parametrize(
    "text, surface, value, unit",
    [
        # mass
        ("Kazakhstan harvested 1.5 million tonnes of grain.", "1.5 million tonnes", "1500000", "metric_ton"),
        ("It shipped 278,000 t last year.", "278,000 t", "278000", "metric_ton"),
        ("Emissions fell by 12 Mt in a decade.", "12 Mt", "12", "megametric_ton"),
        ("A 20 kt warhead was tested.", "20 kt", "20", "kilometric_ton"),
        ("The parcel weighs 25 kg exactly.", "25 kg", "25", "kilogram"),
        ("It mined 361 million pounds of coal.", "361 million pounds", "361000000", "pound"),
        ("Reserves hold 5 million ounces of gold.", "5 million ounces of gold", "5000000", "troy_ounce"),
        # energy and power
        ("Homes used 300 kWh a month.", "300 kWh a month", "300", "kilowatt_hour / month"),
        ("Homes used 300 kWh in May.", "300 kWh", "300", "kilowatt_hour"),
        ("The plant made 7.3 MWh today.", "7.3 MWh", "7.3", "megawatt_hour"),
        ("Output reached 110 TWh in 2023.", "110 TWh", "110", "terawatt_hour"),
        ("Storage of 40 GWh is planned.", "40 GWh", "40", "gigawatt_hour"),
        ("a 1 GW wind farm near Astana", "1 GW", "1", "gigawatt"),
        ("a 50 MW solar plant", "50 MW", "50", "megawatt"),
        # volume
        ("Exports reached 45 bcm of gas.", "45 bcm", "45", "billion_cubic_meter"),
        ("Reserves are put at 1.5 tcm.", "1.5 tcm", "1.5", "trillion_cubic_meter"),
        ("Exports were 300 mcm in March.", "300 mcm", "300", "million_cubic_meter"),
        ("Output reached 1.8 mb/d.", "1.8 mb/d", "1.8", "million_barrel_per_day"),
        ("Output rose to 650 kb/d.", "650 kb/d", "650", "thousand_barrel_per_day"),
        ("The plant will make 1.2 mtpa of LNG.", "1.2 mtpa", "1.2", "million_tonne_per_year"),
        ("It pumps 1.8 million barrels per day now.", "1.8 million barrels per day", "1800000", "barrel / day"),
        ("Tanks hold 90,000 barrels of oil.", "90,000 barrels", "90000", "barrel"),
        ("Each bottle holds 100 litres here.", "100 litres", "100", "liter"),
        ("The reservoir holds 3 cubic metres.", "3 cubic metres", "3", "meter ** 3"),
        # length and area
        ("It laid 3,000 km of railway.", "3,000 km", "3000", "kilometer"),
        ("The border runs 7,644 kilometres in all.", "7,644 kilometres", "7644", "kilometer"),
        ("a pipeline of 930 miles", "930 miles", "930", "mile"),
        ("Farms cover 2.5 million hectares.", "2.5 million hectares", "2500000", "hectare"),
        ("The lake covers 18,428 km² of steppe.", "18,428 km²", "18428", "kilometer ** 2"),
        ("The park covers 12 sq km in all.", "12 sq km", "12", "kilometer ** 2"),
        ("It spans 4 square kilometres.", "4 square kilometres", "4", "kilometer ** 2"),
        ("Trains run at 200 kilometres per hour.", "200 kilometres per hour", "200", "kilometer / hour"),
        ("It was 32 degrees Celsius at noon.", "32 degrees Celsius", "32", "degree_Celsius"),
        # Russian and Kazakh, from CLDR's unit names
        ("Урожай составил 1,5 млн тонн зерна.", "1,5 млн тонн", "1500000", "metric_ton"),
        ("Построено 3 000 км дорог.", "3 000 км", "3000", "kilometer"),
        ("Мощность станции 1 ГВт.", "1 ГВт", "1", "gigawatt"),
        ("Жоба 250 км жолды қамтиды.", "250 км", "250", "kilometer"),
        ("Добыча газа – 26,3 млрд кубометров.", "26,3 млрд кубометров", "26300000000", "meter ** 3"),
        ("Потребление достигло 105 млрд кВт·ч за год.", "105 млрд кВт·ч", "105000000000", "kilowatt_hour"),
    ],
)
def test_quantities(text: str, surface: str, value: str, unit: str) -> None:
    f = only(text, "quantity")
    assert (f.text, f.value, f.unit) == (surface, D(value), unit)


@pytest.mark.parametrize(
    "text, surface, value, low, high, unit",
    [
        # fractions: precise to half of one part
        ("Cut a 1/4 inch gap.", "1/4 inch", "0.25", "0.125", "0.375", "inch"),
        ("The door is 2 1/2 inches thick.", "2 1/2 inches", "2.5", "2.25", "2.75", "inch"),
        ("Add ½ tbsp of salt.", "½ tbsp", "0.5", "0.25", "0.75", "tablespoon"),
        ("It is 2½ miles away.", "2½ miles", "2.5", "2.25", "2.75", "mile"),
        ("Pour ¾ litres in.", "¾ litres", "0.75", "0.625", "0.875", "liter"),
        # scientific notation: the mantissa's last digit, scaled
        ("a flux of 4e14 m-2 was seen", "4e14 m-2", "400000000000000", "350000000000000", "450000000000000", "meter ** -2"),
        ("Light covers 3×10⁸ m/s.", "3×10⁸ m/s", "300000000", "250000000", "350000000", "meter / second"),
        ("The density is 5.5x10-3 kg/cm³.", "5.5x10-3 kg/cm³", "0.0055", "0.00545", "0.00555", "kilogram / centimeter ** 3"),
        ("It drew 1.2 x 10^6 kWh.", "1.2 x 10^6 kWh", "1200000", "1150000", "1250000", "kilowatt_hour"),
        # a stated uncertainty is the precision, and a measurement is not money
        ("It weighs 2,000.45±0.01 pounds.", "2,000.45±0.01 pounds", "2000.45", "2000.44", "2000.46", "pound"),
        ("g is 9.83e-3 +/- 1e-5 km/s2 here", "9.83e-3 +/- 1e-5 km/s2", "0.00983", "0.00982", "0.00984", "kilometer / second ** 2"),
        # inverse units
        ("They recorded 5 fb−1 of data.", "5 fb−1", "5", "4.5", "5.5", "femtobarn ** -1"),
        ("They recorded 1 fb⁻¹ of data.", "1 fb⁻¹", "1", "0.5", "1.5", "femtobarn ** -1"),
    ],
)
def test_fractions_exponents_and_uncertainties(
    text: str, surface: str, value: str, low: str, high: str, unit: str
) -> None:
    f = only(text, "quantity")
    assert (f.text, f.value, f.low, f.high, f.unit) == (surface, D(value), D(low), D(high), unit)
    assert f.quantity.to_base_units() is not None  # pint parses the unit expression


def test_a_fraction_that_no_decimal_ends_keeps_28_digits() -> None:
    f = only("Add ⅓ cup of flour.", "quantity")
    assert f.value == D(1) / D(3)  # in the default 28-digit context
    assert f.low < f.value < f.high


@pytest.mark.parametrize(
    "text",
    [
        "On 1/4/2020 km markers were replaced.",  # a date, not a quarter
        "The 9/11 attacks changed aviation.",
        "A ratio of 2.48×10−5 was found.",  # no unit: a bare number
    ],
)
def test_dates_and_bare_fractions_are_not_figures(text: str) -> None:
    assert kf.extract(text) == []


def test_the_denominator_is_never_read_alone() -> None:
    # before fractions were read, "1/4 inch" came out as 4 inches
    assert [f.value for f in kf.extract("a 1/4 inch gap and a 3/8 inch bolt")] == [D("0.25"), D("0.375")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They were given 45 and 50 mg of it.", [("45", "45", "milligram"), ("50 mg", "50", "milligram")]),
        ("It is 5 or 6 km away.", [("5", "5", "kilometer"), ("6 km", "6", "kilometer")]),
        ("Prices rose 5 and 7 per cent.", [("5", "5", "percent"), ("7 per cent", "7", "percent")]),
        ("It cost 2 and 3 billion tenge.", [("2", "2000000000", "KZT"), ("3 billion tenge", "3000000000", "KZT")]),
        # a year before "and" is not the first of a list; "between" makes a range
        ("In 2019 and 50 mg doses.", [("50 mg", "50", "milligram")]),
        ("It is between 5 and 7 km away.", [("5 and 7 km", "6", "kilometer")]),
    ],
)
def test_a_bare_number_listed_before_a_unit_shares_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = kf.extract(text)
    assert [(f.text, str(f.value), f.unit if f.kind != "money" else f.currency) for f in found] == expected


@pytest.mark.parametrize("text", ["Meet at 5 PM.", "He bought 5 TV sets.", "It sold 5 EV models.", "a 3 PC game"])
def test_a_capitalised_word_is_not_a_prefixed_unit_nobody_writes(text: str) -> None:
    assert kf.extract(text) == []  # pint alone would read petamolar, teravolt, exavolt, petacoulomb


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It serves 3m people.", ("number", "3m people", "3000000", None)),
        ("It pumps 3m barrels.", ("quantity", "3m barrels", "3000000", "barrel")),
        ("It built a 3m wall.", ("quantity", "3m", "3", "meter")),
        ("She won the 100m hurdles.", ("quantity", "100m", "100", "meter")),
        ("Energy use was 5 PJ.", ("quantity", "5 PJ", "5", "petajoule")),
    ],
)
def test_a_one_letter_scale_or_prefix_is_read_from_what_follows(text: str, expected: tuple) -> None:
    [f] = kf.extract(text)
    assert (f.kind, f.text, str(f.value), f.unit) == expected


def test_a_quantity_is_a_pint_quantity_with_a_decimal_magnitude() -> None:
    f = only("It laid 3,000 km of railway.", "quantity")
    q = f.quantity
    assert type(q.magnitude) is Decimal and q.magnitude == 3000
    assert str(q.units) == "kilometer"
    miles = f.to("mile")
    assert miles.unit == "mile" and D("1864.11") < miles.value < D("1864.12")
    assert miles.low is not None and miles.low < miles.value < miles.high  # type: ignore[operator]
    base = kf.normalise(f)
    assert (base.value, base.unit) == (D(3000000), "meter")


def test_bcm_is_defined_once_and_converts() -> None:
    f = only("Exports reached 45 bcm of gas.", "quantity")
    assert kf.normalise(f).value == D("45000000000")
    assert f.to("kilometer ** 3").value == D(45)


def test_the_energy_desks_units_convert_exactly() -> None:
    assert only("Output reached 1.8 mb/d.", "quantity").to("barrel / day").value == D(1800000)
    assert only("Output rose to 650 kbpd.", "quantity").to("barrel / day").value == D(650000)
    assert only("The plant will make 1.2 mtpa of LNG.", "quantity").to("metric_ton / year").value == D(1200000)
    assert only("Reserves are put at 1.5 tcm.", "quantity").to("kilometer ** 3").value == D(1500)


def test_money_has_no_quantity_and_cannot_be_converted_as_one() -> None:
    f = only("It cost $5m.", "money")
    assert f.quantity is None
    with pytest.raises(kf.InvalidArgumentError):
        kf.normalise(f)


def test_import_does_not_import_pint_and_scanning_units_does_not_either() -> None:
    code = (
        "import sys, kzuk_figures as kf; kf.extract('It laid 3,000 km of railway and 1 GW.');"
        "print('pint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    "text, surface, value, unit, qualifier",
    [
        ("Trade grew 15% last year.", "15%", "15", "percent", None),
        ("Trade grew 15 per cent last year.", "15 per cent", "15", "percent", None),
        ("Trade grew 15 percent last year.", "15 percent", "15", "percent", None),
        ("Rates rose 0.5 percentage points.", "0.5 percentage points", "0.5", "percentage_point", None),
        ("Output rose about 3% in May.", "3%", "3", "percent", "about"),
        ("Growth of more than 4.5% is forecast.", "4.5%", "4.5", "percent", "over"),
        ("Inflation of 8-9% is expected.", "8-9%", "8.5", "percent", "range"),
        ("Рост на 15 процентов.", "15 процентов", "15", "percent", None),
        ("The loan costs USD 5% a year.", "5%", "5", "percent", None),  # a rate, not five dollars
        ("Sales rose 3.4pc in May.", "3.4pc", "3.4", "percent", None),  # not parsecs
        ("Sales rose 2.1 pct in May.", "2.1 pct", "2.1", "percent", None),
        ("It made a 25bp cut.", "25bp", "0.25", "percentage_point", None),  # a basis point
        ("Spreads widened by 50 basis points.", "50 basis points", "0.5", "percentage_point", None),
        # the central banks' steps, in Russian and Kazakh
        ("Ставку снизили на 25 базисных пунктов.", "25 базисных пунктов", "0.25", "percentage_point", None),
        ("Ставку подняли на 50 б.п. в марте.", "50 б.п.", "0.5", "percentage_point", None),
        ("Мөлшерлеме 50 базистік тармаққа өсті.", "50 базистік тармаққа", "0.5", "percentage_point", None),
        ("Мөлшерлеме 0,5 пайыздық тармаққа өсті.", "0,5 пайыздық тармаққа", "0.5", "percentage_point", None),
        ("Prices fell -2.5% in May.", "-2.5%", "-2.5", "percent", None),
    ],
)
def test_percentages(text: str, surface: str, value: str, unit: str, qualifier: str | None) -> None:
    f = only(text, "percent")
    assert (f.text, f.value, f.unit, f.qualifier) == (surface, D(value), unit, qualifier)


@pytest.mark.parametrize(
    "text, surface, value, counted",
    [
        # a count's span takes in the noun it counts, as a quantity's takes its unit
        ("The city has 1.2 million people.", "1.2 million people", "1200000", "people"),
        ("A 20 million population is expected.", "20 million", "20000000", None),
        ("They counted a dozen cases.", "a dozen cases", "12", "cases"),
        ("Some three thousand workers joined.", "three thousand workers", "3000", "workers"),
        ("It serves 5-7 million people.", "5-7 million people", "6000000", "people"),  # a range of counts
        ("It serves between 5 and 7 million people.", "5 and 7 million people", "6000000", "people"),
    ],
)
def test_scaled_counts(text: str, surface: str, value: str, counted: str | None) -> None:
    f = only(text, "number")
    assert (f.text, f.value, f.unit, f.counted) == (surface, D(value), None, counted)


@pytest.mark.parametrize(
    "text",
    [
        "The 11th meeting was in 2022.",
        "It met on April 30, 2025 and again on 2 May.",
        "Since 2022 the 21st-century plan has 42 points.",
        "Call +7 727 258 1234 now.",
        "Компания вложит средства до 2030 года.",  # a year in Russian, not 2030 years
        "Рост в 2024 году был высоким.",
    ],
)
def test_years_dates_ordinals_and_bare_counts_are_not_figures(text: str) -> None:
    assert kf.extract(text) == []


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("It raised three billion tenge.", "3000000000", "KZT"),
        ("It won a million dollars.", "1000000", "USD"),
        ("It spent half a billion dollars.", "500000000", "USD"),
        ("It owes one and a half trillion tenge.", "1500000000000", "KZT"),
        ("It earned twenty-two billion dollars.", "22000000000", "USD"),
        ("It signed a five billion pound deal.", "5000000000", "GBP"),  # scaled: money, not weight
        ("It pledged ₹1.5 lakh crore.", "1500000000000", "INR"),  # two scale words multiply
        ("It pledged 2 lakh crore Indian rupees.", "2000000000000", "INR"),
    ],
)
def test_numbers_in_words(text: str, value: str, currency: str) -> None:
    f = only(text, "money")
    assert (f.value, f.currency) == (D(value), currency)


@pytest.mark.parametrize(
    "text, locale, written",
    [
        ("over 3.5 billion tenge", "en", "KZT 3,500,000,000"),
        ("over 3.5 billion tenge", "ru", "3\u00a0500\u00a0000\u00a0000\u00a0KZT"),
        ("over 3.5 billion tenge", "kk", "3\u00a0500\u00a0000\u00a0000\u00a0₸"),
        ("It laid 3,000 km of railway.", "en", "3,000 km"),
        ("Trade grew 15.5% last year.", "en", "15.5%"),
        ("Trade grew 15.5% last year.", "ru", "15,5%"),
    ],
)
def test_format(text: str, locale: str, written: str) -> None:
    [f] = kf.extract(text)
    assert f.format(locale) == written


@pytest.mark.parametrize("locale", ["en", "ru", "kk"])
def test_format_then_extract_gives_the_figure_back(locale: str) -> None:
    for text in ["over 3.5 billion tenge", "£1.2bn", "It laid 3,000 km of railway.", "grew 15%"]:
        [f] = kf.extract(text)
        [again] = kf.extract(f.format(locale))
        assert (again.kind, again.value, again.currency, again.unit) == (
            f.kind, f.value, f.currency, f.unit,
        )


def test_an_article_belongs_to_a_number_only_before_a_scale_word() -> None:
    # "a" in "a twenty pound bag" is the bag's; in "a million dollars" the number's
    [bag] = kf.extract("He carried a twenty pound bag.")
    assert (bag.text, bag.kind, bag.unit, bag.value) == ("twenty pound", "quantity", "pound", D(20))
    [prize] = kf.extract("She won a million dollars.")
    assert prize.text == "a million dollars"

