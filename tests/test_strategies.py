"""The strategies themselves: arguments, exports, the entry point, determinism, shrinking.

What the library does with their draws is in ``test_properties.py``.
"""

from __future__ import annotations

import datetime
import importlib.metadata
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, Phase, find, given, seed, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import kzuk_figures as kf
import kzuk_figures.strategies as ks
from kzuk_figures import Figure
from kzuk_figures.rates import TableRates
from kzuk_figures.strategies import (
    amounts,
    documents,
    money_phrases,
    stated_conversions,
)

D = Decimal


class NoCoverage:
    """A provider with rates but no coverage(): too little for stale_period."""

    name = "no coverage"

    def rate(self, base: str, quote: str, on: datetime.date) -> object:
        return TableRates({(base, quote): 2}).rate(base, quote, on)


# ---------------------------------------------------------------- exports


def test_the_strategies_are_exported() -> None:
    assert {"amounts", "money_phrases", "stated_conversions", "documents"} <= set(ks.__all__)
    for name in ks.__all__:
        assert hasattr(ks, name), name
    for make in (amounts, money_phrases, stated_conversions, documents):
        assert isinstance(make(), st.SearchStrategy)


def test_importing_the_package_does_not_import_hypothesis() -> None:
    code = "import sys, kzuk_figures; sys.exit('hypothesis' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_without_hypothesis_the_import_error_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import kzuk_figures.strategies\n"
        "except ImportError as exc:\n    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "kzuk-figures[hypothesis]" in out.stdout


# ---------------------------------------------------------------- arguments are validated eagerly

BAD_ARGUMENTS = [
    pytest.param(amounts, {"min_value": 1.5}, id="amounts-float-bound"),
    pytest.param(amounts, {"max_value": "lots"}, id="amounts-text-bound"),
    pytest.param(amounts, {"min_value": D("NaN")}, id="amounts-nan"),
    pytest.param(amounts, {"max_value": D("Infinity")}, id="amounts-infinity"),
    pytest.param(amounts, {"min_value": True}, id="amounts-bool-bound"),
    pytest.param(amounts, {"min_value": None}, id="amounts-none-bound"),
    pytest.param(amounts, {"min_value": 5, "max_value": 1}, id="amounts-empty-range"),
    pytest.param(amounts, {"min_value": "0.001", "max_value": "0.009"}, id="amounts-no-amount-at-2-places"),
    pytest.param(amounts, {"places": -1}, id="amounts-negative-places"),
    pytest.param(amounts, {"places": 2.0}, id="amounts-float-places"),
    pytest.param(amounts, {"places": True}, id="amounts-bool-places"),
    pytest.param(money_phrases, {"currencies": "USD"}, id="phrases-currencies-str"),
    pytest.param(money_phrases, {"currencies": []}, id="phrases-no-currencies"),
    pytest.param(money_phrases, {"currencies": ["usd"]}, id="phrases-lower-case-code"),
    pytest.param(money_phrases, {"currencies": ["XYZ"]}, id="phrases-unknown-code"),
    pytest.param(money_phrases, {"currencies": [840]}, id="phrases-numeric-code"),
    pytest.param(money_phrases, {"styles": ["emoji"]}, id="phrases-unknown-style"),
    pytest.param(money_phrases, {"styles": []}, id="phrases-no-styles"),
    pytest.param(money_phrases, {"currencies": ["CHF"], "styles": ["symbol"]}, id="phrases-no-surface"),
    pytest.param(money_phrases, {"qualifiers": "yes"}, id="phrases-qualifiers-not-bool"),
    pytest.param(money_phrases, {"ranges": 1}, id="phrases-ranges-not-bool"),
    pytest.param(money_phrases, {"locales": ("fr",)}, id="phrases-unknown-locale"),
    pytest.param(money_phrases, {"locales": ("kk",), "currencies": ["EUR"]}, id="phrases-kazakh-euro"),
    pytest.param(money_phrases, {"locales": "en"}, id="phrases-locales-str"),
    pytest.param(money_phrases, {"locales": ()}, id="phrases-no-locales"),
    pytest.param(documents, {"max_figures": -1}, id="documents-negative"),
    pytest.param(documents, {"max_figures": 2.0}, id="documents-float"),
    pytest.param(stated_conversions, {"error": "typo", "consistent": False}, id="conversions-unknown-error"),
    pytest.param(stated_conversions, {"error": "scale_slip"}, id="conversions-error-but-consistent"),
    pytest.param(stated_conversions, {"consistent": "no"}, id="conversions-consistent-not-bool"),
    pytest.param(stated_conversions, {"rates": object()}, id="conversions-not-a-provider"),
    pytest.param(stated_conversions, {"on": "2025-05-02"}, id="conversions-date-as-str"),
    pytest.param(stated_conversions, {"currencies": ["USD"]}, id="conversions-one-currency"),
    pytest.param(stated_conversions, {"currencies": ["USD", "XAU"]}, id="conversions-no-default-rate"),
    pytest.param(stated_conversions, {"languages": ("de",)}, id="conversions-unknown-language"),
    pytest.param(money_phrases, {"languages": ("de",)}, id="phrases-unknown-language"),
    pytest.param(money_phrases, {"languages": ["en"], "locales": ["en"]}, id="phrases-languages-and-locales"),
    pytest.param(documents, {"languages": ()}, id="documents-no-languages"),
    pytest.param(ks.figure_phrases, {"kinds": ["money", "date"]}, id="figures-unknown-kind"),
    pytest.param(stated_conversions, {"languages": "ru"}, id="conversions-languages-str"),
    pytest.param(stated_conversions, {"languages": ()}, id="conversions-no-languages"),
    pytest.param(stated_conversions, {"languages": ("kk",), "currencies": ["EUR", "GBP"]}, id="conversions-kazakh-euro"),
    pytest.param(
        stated_conversions,
        {"rates": NoCoverage(), "consistent": False, "error": "stale_period"},
        id="conversions-stale-needs-coverage",
    ),
]


@pytest.mark.parametrize("make, kwargs", BAD_ARGUMENTS)
def test_bad_arguments_raise_invalid_argument_at_once(make: object, kwargs: dict) -> None:
    with pytest.raises(InvalidArgument):
        make(**kwargs)  # type: ignore[operator]


def test_a_float_bound_is_refused_with_the_fix() -> None:
    with pytest.raises(InvalidArgument, match=r"Decimal\('1.5'\)"):
        amounts(min_value=1.5)


def test_a_locale_without_the_currency_says_which_it_has() -> None:
    with pytest.raises(InvalidArgument, match="KZT") as info:
        money_phrases(languages=("kk",), currencies=["EUR"])
    assert "'kk'" in str(info.value)


@pytest.mark.parametrize("make", [amounts, money_phrases, stated_conversions, documents, ks.figure_phrases])
def test_arguments_are_keyword_only(make: object) -> None:
    with pytest.raises(TypeError):
        make(1)  # type: ignore[operator]


def test_good_arguments_are_accepted() -> None:
    amounts(min_value=-5, max_value="5", places=0)
    amounts(min_value=D("0.01"), max_value=D("0.01"))
    money_phrases(currencies=("KZT", "NOK"), styles=("code_after",), locales=["en"])
    money_phrases(qualifiers=False, ranges=False, number_words=False)
    documents(max_figures=0)
    stated_conversions(on=datetime.date(2025, 5, 2), consistent=False, error="stale_period")
    stated_conversions(rates=kf.rates.default_rates(), currencies=["USD", "KZT"])


# ---------------------------------------------------------------- what they draw


@given(amounts(min_value="0.5", max_value="1e6", places=1))
def test_amounts_keep_to_their_bounds_and_places(d: Decimal) -> None:
    assert D("0.5") <= d <= D(10**6)
    assert type(d) is Decimal and -d.as_tuple().exponent <= 1  # type: ignore[operator]


@given(money_phrases(currencies=["KZT"], styles=["name"]))
def test_money_phrases_keep_to_their_currencies_and_styles(drawn: tuple[str, Figure]) -> None:
    phrase, figure = drawn
    assert figure.currency == "KZT"
    assert figure.currency_text in ("tenge", "Kazakh tenge") or figure.locale != "en"
    assert phrase[figure.start : figure.end] == figure.text


@given(money_phrases(currencies=["NOK"]))
def test_a_currency_without_names_is_written_as_its_code(drawn: tuple[str, Figure]) -> None:
    _, figure = drawn
    assert figure.currency_text == "NOK"


@pytest.mark.parametrize(
    "locale, condition",
    [
        ("ru", lambda p: "миллиард" in p[0] and not any(c.isdigit() for c in p[0])),
        ("ru", lambda p: p[0].startswith("более ") and p[0].split()[1].endswith(("и", "х"))),
        ("ru", lambda p: "млрд" in p[0] and "млн" in p[0]),
        ("kk", lambda p: "жүз" in p[0]),
        ("kk", lambda p: "жарты" in p[0]),
    ],
    ids=["ru-scale-word", "ru-genitive", "ru-compound", "kk-hundred", "kk-half"],
)
def test_local_phrases_write_numbers_in_words_and_compounds(locale: str, condition: object) -> None:
    # each form is drawn, and what is drawn is what extract reads
    phrase, figure = find(
        money_phrases(languages=[locale]), condition, settings=settings(max_examples=5000)  # type: ignore[arg-type]
    )
    assert kf.extract(phrase) == [figure]


@given(money_phrases(languages=["ru", "kk"], number_words=False))
def test_local_phrases_without_number_words_write_digits(drawn: tuple[str, Figure]) -> None:
    phrase, figure = drawn
    assert any(c.isdigit() for c in figure.numeral)
    assert not ("млрд" in phrase and "млн" in phrase)


@given(documents(max_figures=2))
def test_documents_keep_to_max_figures(drawn: tuple[str, list[Figure]]) -> None:
    text, figures = drawn
    assert len(figures) <= 2
    for f in figures:
        assert text[f.start : f.end] == f.text


@given(stated_conversions(on=datetime.date(2024, 2, 29), currencies=["GBP", "EUR"]))
def test_stated_conversions_keep_to_their_date_and_currencies(drawn: tuple) -> None:
    text, date, rates, verdict, diagnosis = drawn
    assert date == datetime.date(2024, 2, 29)
    assert {f.currency for f in kf.extract(text) if f.kind == "money"} == {"GBP", "EUR"}
    assert rates.rate("GBP", "EUR", date).value > 0
    assert (verdict, diagnosis) == ("consistent", None)


# ---------------------------------------------------------------- from_type, through the entry point


def test_the_entry_point_is_installed() -> None:
    hooks = {e.name: e.value for e in importlib.metadata.entry_points(group="hypothesis")}
    assert hooks.get("kzuk_figures") == "kzuk_figures._hypothesis_hook:_hypothesis_setup_hook"


def test_the_hook_is_cheap_and_from_type_works() -> None:
    code = (
        "import sys\n"
        "from hypothesis import find, strategies as st\n"
        "assert 'kzuk_figures.strategies' not in sys.modules, 'the hook imported the strategies'\n"
        "from kzuk_figures import Figure\n"
        "f = find(st.from_type(Figure), lambda f: f.kind == 'quantity')\n"
        "assert 'kzuk_figures.strategies' in sys.modules\n"
        "print(f.kind)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "quantity"


@given(st.from_type(Figure))
def test_from_type_draws_figures(f: Figure) -> None:
    assert isinstance(f, Figure)
    assert (f.currency is not None) == (f.kind == "money")
    assert f.low is not None and f.high is not None and f.low <= f.value <= f.high


@pytest.mark.parametrize("kind", ks.FIGURE_KINDS)
def test_from_type_draws_every_kind(kind: str) -> None:
    assert find(st.from_type(Figure), lambda f: f.kind == kind).kind == kind


@pytest.mark.parametrize("script", ["Cyrillic", "Kazakh"])
@pytest.mark.parametrize("make", [money_phrases, documents], ids=["phrases", "documents"])
def test_every_language_is_drawn_by_default(make: object, script: str) -> None:
    letters = "ӘәҒғҚқҢңӨөҰұҮүҺһІі" if script == "Kazakh" else "абвгдежзийклмнопрстуфхцчшщыэюя"
    drawn = find(make(), lambda d: any(c in letters for c in d[0]))  # type: ignore[operator]
    assert any(c in letters for c in drawn[0])


def test_languages_narrow_what_is_drawn() -> None:
    @settings(max_examples=50, database=None)
    @given(money_phrases(languages=["en"]), documents(languages=["en"]))
    def english_only(phrase: tuple[str, Figure], document: tuple[str, list[Figure]]) -> None:
        assert not any("\u0400" <= c <= "\u04ff" for c in phrase[0] + document[0])

    english_only()


def test_a_currency_only_english_writes_leaves_the_other_languages_out() -> None:
    @settings(max_examples=30, database=None)
    @given(money_phrases(currencies=["NOK"]))
    def nok(drawn: tuple[str, Figure]) -> None:
        assert drawn[1].locale == "en"

    nok()


# ---------------------------------------------------------------- determinism


def draws(strategy: st.SearchStrategy, n: int, at: int) -> list:
    out: list = []

    @seed(at)
    @settings(
        database=None,
        max_examples=n,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(x: object) -> None:
        out.append(x)

    collect()
    return out


def comparable(x: object) -> object:
    """A draw with its rate provider (compared by identity) replaced by what it says."""
    if isinstance(x, tuple) and len(x) == 5 and isinstance(x[2], TableRates):
        text, date, rates, verdict, diagnosis = x
        return text, date, repr(rates), sorted(rates.coverage()), verdict, diagnosis
    return x


@pytest.mark.parametrize(
    "strategy",
    [amounts(), money_phrases(), documents(), stated_conversions(consistent=False)],
    ids=["amounts", "money_phrases", "documents", "stated_conversions"],
)
def test_draws_are_deterministic_under_a_seed(strategy: st.SearchStrategy) -> None:
    first = [comparable(x) for x in draws(strategy, 15, at=20250502)]
    again = [comparable(x) for x in draws(strategy, 15, at=20250502)]
    assert first == again
    assert len({repr(x) for x in first}) > 1, "a seed should still give varied draws"


# ---------------------------------------------------------------- shrinking toward simple


def test_amounts_shrink_to_one() -> None:
    assert find(amounts(), lambda d: True) == D(1)
    assert find(amounts(min_value=250), lambda d: True) == D(250)
    assert find(amounts(), lambda d: d != d.to_integral_value()) == D("0.1")


def test_money_phrases_shrink_to_one_dollar() -> None:
    phrase, figure = find(money_phrases(languages=["en"]), lambda p: True)
    assert phrase == "$1"
    assert (figure.currency, figure.value, figure.qualifier, figure.scale) == ("USD", 1, None, 1)


@pytest.mark.parametrize(
    "condition, phrase",
    [
        (lambda f: f.qualifier not in (None, "range"), "over $1"),
        (lambda f: f.qualifier == "range", "$1-2"),
        (lambda f: f.scale > 1, "$1 million"),
        (lambda f: f.currency == "KZT", "₸1"),
        (lambda f: f.numeral.isalpha(), "one USD"),
    ],
    ids=["qualifier", "range", "scale", "currency", "words"],
)
def test_money_phrases_shrink_one_feature_at_a_time(condition: object, phrase: str) -> None:
    found = find(money_phrases(languages=["en"]), lambda p: condition(p[1]))  # type: ignore[operator]
    assert found[0] == phrase


def test_documents_shrink_to_nothing() -> None:
    assert find(documents(), lambda d: True) == ("", [])
    text, [figure] = find(documents(languages=["en"]), lambda d: len(d[1]) == 1)
    assert figure.text == "$1"


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
@pytest.mark.parametrize("error", [None, "stale_period"])
def test_stated_conversions_shrink_to_one_plain_sentence(error: str | None, language: str) -> None:
    text, date, _, verdict, _ = find(
        stated_conversions(consistent=error is None, error=error, languages=[language]), lambda c: True
    )
    assert verdict == ("consistent" if error is None else "inconsistent")
    # one sentence, two figures, in the language asked for
    money = [f for f in kf.extract(text) if f.kind == "money"]
    assert len(money) == 2 and text.count(".") == 1 + sum(f.text.count(".") for f in money)
    assert {f.locale for f in money} == {language}
    if language == "en":
        # and a small sum; the Russian and Kazakh draws shrink less far (a
        # qualifier or a decimal may stay), as their choices are fewer
        assert money[0].value <= 10**6


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_stated_conversions_in_each_language_check_as_drawn(language: str, data: st.DataObject) -> None:
    error = data.draw(st.sampled_from([None, *ks.CONVERSION_ERRORS]))
    text, date, rates, verdict, diagnosis = data.draw(
        stated_conversions(consistent=error is None, error=error, languages=[language])
    )
    money = [f for f in kf.extract(text) if f.kind == "money"]
    assert {f.locale for f in money} == {language}, text
    [c] = kf.check(text, date=date, rates=rates)
    assert (c.verdict, c.diagnosis) == (verdict, diagnosis), (text, c.explanation)


def test_a_language_that_writes_too_few_of_the_currencies_is_left_out() -> None:
    # Kazakh writes KZT and USD only: with EUR and GBP every sentence is another language's
    texts = [find(stated_conversions(currencies=["EUR", "GBP"], languages=["en", "kk"]), lambda c: True)[0]]
    texts.append(find(stated_conversions(currencies=["EUR", "GBP"], languages=["ru", "kk"]), lambda c: True)[0])
    locales = [{f.locale for f in kf.extract(t) if f.kind == "money"} for t in texts]
    assert locales == [{"en"}, {"ru"}], texts
