"""What every provider shares: the protocol, argument checks, identity, crossing, exactness."""

from __future__ import annotations

import dataclasses
import datetime
import subprocess
import sys
from decimal import Decimal, localcontext
from pathlib import Path

import pytest

from kzuk_figures.errors import InvalidArgumentError, RateNotFoundError, UnknownCurrencyError
from kzuk_figures.rates import (
    ChainedRates,
    DefaultRates,
    EcbRates,
    ForexPythonRates,
    HmrcRates,
    NbkRates,
    RateProvider,
    TableRates,
    default_rates,
    provider_from_name,
)
from kzuk_figures.rates.base import (
    check_code,
    check_date,
    check_timeout,
    cross,
    daily_note,
    look_back,
    month_bounds,
)
from kzuk_figures.types import Rate

MAY_2 = datetime.date(2025, 5, 2)


class FakeForexClient:
    def get_rate(
        self, base_cur: str, dest_cur: str, date_obj: datetime.date | None = None
    ) -> Decimal:
        return Decimal("512.81")


def nbk_fetch(url: str, timeout: float) -> bytes:
    return (
        b"<rates><date>02.05.2025</date><item><fullname>US DOLLAR</fullname>"
        b"<title>USD</title><description>512.81</description><quant>1</quant>"
        b"<index>DOWN</index><change>-1.37</change></item></rates>"
    )


def providers(tmp_path: Path) -> list[RateProvider]:
    return [
        EcbRates(),
        HmrcRates(),
        DefaultRates(),
        TableRates({("USD", "KZT"): Decimal("524")}),
        ForexPythonRates(client=FakeForexClient()),
        NbkRates(cache_dir=tmp_path, fetch=nbk_fetch),
    ]


def test_every_provider_satisfies_the_protocol(tmp_path: Path) -> None:
    for p in providers(tmp_path):
        assert isinstance(p, RateProvider), p
        first, last = p.coverage()
        assert isinstance(first, datetime.date) and first <= last
    assert not isinstance(object(), RateProvider)


def test_every_provider_returns_exact_rates(tmp_path: Path) -> None:
    for p in providers(tmp_path):
        other = "JPY" if isinstance(p, EcbRates) else "KZT"  # ECB has no tenge
        for base, quote in [("USD", other), (other, "USD"), ("USD", "USD")]:
            rate = p.rate(base, quote, MAY_2)
            assert type(rate.value) is Decimal, (p, base, quote)
            for f in dataclasses.fields(Rate):
                assert not isinstance(getattr(rate, f.name), float), (p, f.name)
            assert (rate.base, rate.quote) == (base, quote)
            # A chain reports the source that answered, not itself.
            sources = {"ECB", "HMRC", "default"} if isinstance(p, DefaultRates) else {p.name}
            assert rate.source in sources


@pytest.mark.parametrize("code", ["usd", "Usd", "USD"])
def test_codes_are_upper_cased(code: str) -> None:
    assert check_code(code) == "USD"


@pytest.mark.parametrize("code", ["US", "USDT", "U$D", "ÜSD", "", 840, None, b"USD"])
def test_malformed_codes_are_unknown_currencies(code: object) -> None:
    with pytest.raises(UnknownCurrencyError) as info:
        check_code(code)
    assert info.value.code == code
    with pytest.raises(UnknownCurrencyError):
        EcbRates().rate(code, "EUR", MAY_2)  # type: ignore[arg-type]


def test_a_datetime_counts_as_its_date() -> None:
    assert check_date(datetime.datetime(2025, 5, 2, 23, 59)) == MAY_2
    assert type(check_date(datetime.datetime(2025, 5, 2))) is datetime.date
    assert EcbRates().rate("EUR", "USD", datetime.datetime(2025, 5, 2, 12)).period == "2025-05-02"


@pytest.mark.parametrize("on", ["2025-05-02", 20250502, None, datetime.time(12)])
def test_a_date_must_be_a_date(on: object) -> None:
    with pytest.raises(InvalidArgumentError, match=r"datetime\.date"):
        check_date(on)
    with pytest.raises(InvalidArgumentError):
        HmrcRates().rate("USD", "KZT", on)  # type: ignore[arg-type]


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), True, "5", None])
def test_timeouts_must_be_positive_numbers(timeout: object) -> None:
    with pytest.raises(InvalidArgumentError):
        check_timeout(timeout)
    assert check_timeout(2) == 2.0


def test_same_currency_is_the_identity_on_any_date() -> None:
    # Even outside coverage: a dollar is a dollar.
    on = datetime.date(1950, 1, 1)
    rate = default_rates().rate("usd", "USD", on)
    assert rate.value == Decimal(1) and type(rate.value) is Decimal
    assert (rate.base, rate.quote, rate.via, rate.source) == ("USD", "USD", None, "default")
    assert rate.start == rate.end == rate.requested == on
    assert not rate.is_fallback


def test_cross_divides_once_and_keeps_quantities_exact() -> None:
    # 100 JPY = 355.2 KZT and 1 USD = 512.81 KZT: USD/JPY = 512.81 * 100 / 355.2
    assert cross((Decimal(100), Decimal("355.2")), (Decimal(1), Decimal(1))) == Decimal("3.552")
    assert cross((Decimal(1), Decimal("512.81")), (Decimal(100), Decimal("355.2"))) == (
        Decimal("51281") / Decimal("355.2")
    )
    assert cross((Decimal(1), Decimal(1)), (Decimal("1.1343"), Decimal(1))) == Decimal("1.1343")


def test_the_callers_decimal_context_does_not_change_a_rate() -> None:
    expected = EcbRates().rate("GBP", "JPY", datetime.date(2024, 3, 1)).value
    with localcontext() as ctx:
        ctx.prec = 4
        # A fresh provider, so the answer is computed under the narrow context.
        assert EcbRates().rate("GBP", "JPY", datetime.date(2024, 3, 1)).value == expected
    assert len(expected.as_tuple().digits) > 4


def test_month_bounds() -> None:
    assert month_bounds(2024, 2) == (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    assert month_bounds(2025, 12) == (datetime.date(2025, 12, 1), datetime.date(2025, 12, 31))


def test_look_back_stops_at_the_first_answer_and_at_its_limit() -> None:
    asked: list[datetime.date] = []

    def find(day: datetime.date) -> str | None:
        asked.append(day)
        return "x" if day.weekday() == 4 else None

    assert look_back(datetime.date(2025, 5, 4), 10, find) == (MAY_2, "x")
    assert asked == [datetime.date(2025, 5, 4), datetime.date(2025, 5, 3), MAY_2]
    assert look_back(datetime.date(2025, 5, 4), 1, find) is None


def test_daily_note_names_the_weekday_and_the_day_used() -> None:
    assert daily_note("ECB", "reference rate", MAY_2, MAY_2) == ""
    assert daily_note("ECB", "reference rate", datetime.date(2025, 5, 3), MAY_2) == (
        "2025-05-03 is a Saturday; ECB's previous reference rate (2025-05-02) was used"
    )
    holiday = daily_note(
        "ECB", "reference rate", datetime.date(2025, 12, 25), datetime.date(2025, 12, 24)
    )
    assert holiday.startswith("ECB published no reference rate on 2025-12-25 (a Thursday)")


@pytest.mark.parametrize(
    ("name", "kind"),
    [("default", DefaultRates), ("ECB", EcbRates), ("hmrc", HmrcRates), (" nbk ", NbkRates)],
)
def test_provider_from_name(name: str, kind: type) -> None:
    assert isinstance(provider_from_name(name), kind)


def test_provider_from_name_default_is_the_shared_instance() -> None:
    assert provider_from_name("default") is default_rates()


def test_provider_from_name_reads_a_csv_path(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("base,quote,rate\nUSD,KZT,524\n", encoding="utf-8")
    provider = provider_from_name(str(path))
    assert isinstance(provider, TableRates)
    assert provider.rate("USD", "KZT", MAY_2).value == Decimal("524")


def test_provider_from_name_refuses_anything_else(tmp_path: Path) -> None:
    with pytest.raises(InvalidArgumentError, match="default, ecb, hmrc, nbk, forex"):
        provider_from_name("ecbb")
    with pytest.raises(InvalidArgumentError):
        provider_from_name(str(tmp_path / "absent.csv"))


def test_chained_and_default_are_providers_too() -> None:
    chain = ChainedRates(HmrcRates(), EcbRates())
    assert chain.name == "HMRC+ECB"
    assert chain.rate("EUR", "USD", MAY_2).source == "HMRC"
    with pytest.raises(RateNotFoundError):
        chain.rate("EUR", "XYZ", MAY_2)


def test_importing_the_rates_layer_loads_no_table_and_no_optional_package() -> None:
    code = (
        "import sys, kzuk_figures.rates, kzuk_figures.convert;"
        "heavy = ['forex_python', 'requests', 'hmrc_rates', 'currency_converter',"
        " 'zipfile', 'xml.etree.ElementTree', 'urllib.request'];"
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    # A .pth file of the machine's own (a CA bundle hook, say) may import some of
    # these before any code of ours runs: those are not ours to blame.
    bare = subprocess.run(
        [sys.executable, "-c", "import sys; print(','.join(sorted(sys.modules)))"],
        capture_output=True, text=True, check=True,
    ).stdout.strip().split(",")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert [m for m in out.stdout.strip().split(",") if m and m not in bare] == []


class _Counting(TableRates):
    """A table that counts the lookups that reach it."""

    def __init__(self, *, offline: bool) -> None:
        super().__init__({("USD", "KZT"): Decimal("523.7")})
        self.offline = offline
        self.lookups = 0

    def _lookup(self, base: str, quote: str, on: datetime.date) -> Rate:
        self.lookups += 1
        return super()._lookup(base, quote, on)


def test_an_offline_table_answers_no_rate_once_and_raises_a_fresh_error_each_time() -> None:
    table = _Counting(offline=True)
    errors = []
    for _ in range(3):
        with pytest.raises(RateNotFoundError) as info:
            table.rate("CAD", "KZT", MAY_2)
        errors.append(info.value)
    assert table.lookups == 1
    assert errors[0] is not errors[1] and str(errors[0]) == str(errors[2])
    assert errors[2].__traceback__ is not None and len(list(_frames(errors[2]))) < 5


def test_a_live_source_is_asked_again_after_no_rate() -> None:
    table = _Counting(offline=False)
    for _ in range(2):
        with pytest.raises(RateNotFoundError):
            table.rate("CAD", "KZT", MAY_2)
    assert table.lookups == 2


def _frames(error: BaseException) -> object:
    tb = error.__traceback__
    while tb is not None:
        yield tb
        tb = tb.tb_next
