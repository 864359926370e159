"""EcbRates: the bundled ECB daily reference rates."""

from __future__ import annotations

import datetime
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from kzuk_figures.errors import RateNotFoundError
from kzuk_figures.rates import EcbRates
from kzuk_figures.rates import ecb as ecb_module

MAY_2 = datetime.date(2025, 5, 2)


@pytest.fixture(scope="module")
def ecb() -> EcbRates:
    return EcbRates()


def test_a_published_day_is_the_published_figure(ecb: EcbRates) -> None:
    rate = ecb.rate("EUR", "USD", MAY_2)
    assert rate.value == Decimal("1.1343") and type(rate.value) is Decimal
    assert str(rate.value) == "1.1343"  # the published digits, not a float's
    assert (rate.source, rate.period, rate.start, rate.end) == ("ECB", "2025-05-02", MAY_2, MAY_2)
    assert rate.requested == MAY_2 and rate.note == "" and rate.via is None
    assert not rate.is_fallback


def test_a_saturday_uses_friday_and_says_so(ecb: EcbRates) -> None:
    rate = ecb.rate("EUR", "USD", datetime.date(2025, 5, 3))
    assert rate.value == Decimal("1.1343")
    assert rate.period == "2025-05-02" and rate.start == rate.end == MAY_2
    assert rate.requested == datetime.date(2025, 5, 3)
    assert (
        rate.note == "2025-05-03 is a Saturday; ECB's previous reference rate (2025-05-02) was used"
    )
    assert rate.is_fallback


@pytest.mark.parametrize("day", [25, 26])
def test_christmas_uses_christmas_eve(ecb: EcbRates, day: int) -> None:
    on = datetime.date(2025, 12, day)
    rate = ecb.rate("EUR", "USD", on)
    assert rate.period == "2025-12-24"
    assert rate.is_fallback
    assert f"ECB published no reference rate on {on.isoformat()}" in rate.note
    assert "(2025-12-24) was used" in rate.note


def test_the_inverse_pair(ecb: EcbRates) -> None:
    assert ecb.rate("USD", "EUR", MAY_2).value == Decimal(1) / Decimal("1.1343")


def test_a_cross_goes_through_the_euro(ecb: EcbRates) -> None:
    gbp = ecb.rate("EUR", "GBP", MAY_2).value
    jpy = ecb.rate("EUR", "JPY", MAY_2).value
    rate = ecb.rate("GBP", "JPY", MAY_2)
    assert rate.via == "EUR"
    assert rate.value == jpy / gbp
    assert Decimal(190) < rate.value < Decimal(200)
    assert ecb.rate("gbp", "jpy", datetime.date(2025, 5, 3)).value == rate.value


def test_before_the_first_day_quotes_the_coverage(ecb: EcbRates) -> None:
    first, last = ecb.coverage()
    assert first == datetime.date(1999, 1, 4) and last >= datetime.date(2025, 12, 31)
    with pytest.raises(RateNotFoundError) as info:
        ecb.rate("EUR", "USD", datetime.date(1998, 12, 31))
    assert info.value.coverage == (first, last)
    assert info.value.source == "ECB"
    assert "1999-01-04" in str(info.value)


def test_after_the_last_day_is_not_guessed(ecb: EcbRates) -> None:
    last = ecb.coverage()[1]
    with pytest.raises(RateNotFoundError) as info:
        ecb.rate("EUR", "USD", last + datetime.timedelta(days=1))
    assert info.value.coverage is not None and info.value.coverage[1] == last
    assert ecb.rate("EUR", "USD", last).period == last.isoformat()


def test_a_currency_ecb_never_had(ecb: EcbRates) -> None:
    with pytest.raises(RateNotFoundError) as info:
        ecb.rate("USD", "KZT", MAY_2)
    assert info.value.reason == "ECB does not publish KZT"
    assert (info.value.base, info.value.quote, info.value.on) == ("USD", "KZT", MAY_2)


def test_a_currency_ecb_stopped_publishing(ecb: EcbRates) -> None:
    assert ecb.rate("EUR", "RUB", datetime.date(2022, 2, 28)).value == Decimal("115.4842")
    with pytest.raises(RateNotFoundError) as info:
        ecb.rate("EUR", "RUB", datetime.date(2022, 6, 1))
    assert info.value.reason == "ECB published no RUB rate on 2022-06-01"


def test_the_file_is_read_once_for_every_instance(ecb: EcbRates) -> None:
    ecb.rate("EUR", "USD", MAY_2)
    before = ecb_module._read_history.cache_info()
    EcbRates().rate("EUR", "CHF", datetime.date(2020, 3, 2))
    after = ecb_module._read_history.cache_info()
    assert after.misses == before.misses and after.hits > before.hits


def test_a_constructed_provider_has_not_read_anything(tmp_path: Path) -> None:
    path = tmp_path / "never.zip"  # does not exist: constructing must not open it
    provider = EcbRates(path)
    with pytest.raises(FileNotFoundError):
        provider.coverage()


def test_an_own_file_is_parsed_digit_for_digit(tmp_path: Path) -> None:
    path = tmp_path / "mini.zip"
    csv = "Date,USD,JPY,ISK,\n2025-05-05,1.1320,163.56,N/A,\n2025-05-02,1.1343,163.66,142.1,\n"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("eurofxref-hist.csv", csv)
    provider = EcbRates(path)
    assert provider.coverage() == (MAY_2, datetime.date(2025, 5, 5))
    assert provider.rate("EUR", "JPY", datetime.date(2025, 5, 4)).value == Decimal("163.66")
    assert provider.rate("EUR", "ISK", datetime.date(2025, 5, 4)).value == Decimal("142.1")
    with pytest.raises(RateNotFoundError, match="ECB published no ISK rate on 2025-05-05"):
        provider.rate("EUR", "ISK", datetime.date(2025, 5, 5))
    assert provider.rate("USD", "JPY", datetime.date(2025, 5, 5)).value == (
        Decimal("163.56") / Decimal("1.1320")
    )


# The prepared copy of the bundled file: what a fresh process reads instead of inflating the zip.


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private cache folder, and no history read yet in this process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    ecb_module._read_history.cache_clear()
    yield tmp_path / "cache" / "kzuk_figures" / "ecb-eurofxref-hist.bin"
    ecb_module._read_history.cache_clear()


def _same(a: ecb_module._History, b: ecb_module._History) -> bool:
    return (a.header, a.days, a.starts, bytes(a.rows)) == (b.header, b.days, b.starts, bytes(b.rows))


def _rates(provider: EcbRates) -> list[Decimal]:
    days = (datetime.date(1999, 1, 4), datetime.date(2008, 2, 29), datetime.date(2022, 2, 28), MAY_2)
    return [provider.rate("EUR", code, day).value for day in days for code in ("USD", "GBP")]


def test_the_bundled_file_is_prepared_once_and_then_read_as_prepared(
    own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from_zip = ecb_module._read_zip(ecb_module._bundled_file())
    first = _rates(EcbRates())
    assert own_cache.is_file()
    ecb_module._read_history.cache_clear()

    def no_zip(path: str) -> ecb_module._History:
        raise AssertionError("the zip was read although its prepared copy is current")

    monkeypatch.setattr(ecb_module, "_read_zip", no_zip)
    prepared = ecb_module._read_history(ecb_module._bundled_file(), True)
    assert _same(prepared, from_zip)
    assert isinstance(prepared.rows, memoryview)  # the rows are not copied out of the file's bytes
    assert _rates(EcbRates()) == first


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda data: data.replace(b"ECB history 2", b"ECB history 1", 1), id="another layout"),
        pytest.param(lambda data: data[:-40] + bytes([data[-40] ^ 1]) + data[-39:], id="one bit off in a rate"),
        pytest.param(lambda data: data.replace(b"\n", b"1\n", 1), id="another zip"),
        pytest.param(lambda data: data[: len(data) // 2], id="cut short"),
        pytest.param(lambda data: data[:200], id="cut inside the index"),
        pytest.param(lambda data: b"", id="empty"),
    ],
)
def test_a_prepared_copy_not_made_from_this_zip_is_replaced(own_cache: Path, spoil: object) -> None:
    from_zip = ecb_module._read_zip(ecb_module._bundled_file())
    ecb_module._read_history(ecb_module._bundled_file(), True)
    good = own_cache.read_bytes()
    own_cache.write_bytes(spoil(good))  # type: ignore[operator]
    ecb_module._read_history.cache_clear()
    assert _same(ecb_module._read_history(ecb_module._bundled_file(), True), from_zip)
    assert own_cache.read_bytes() == good


def test_without_a_writable_cache_the_zip_is_read_every_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a file").write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "a file"))
    ecb_module._read_history.cache_clear()
    try:
        assert EcbRates().rate("EUR", "USD", MAY_2).value == Decimal("1.1343")
    finally:
        ecb_module._read_history.cache_clear()
    assert list(tmp_path.iterdir()) == [tmp_path / "a file"]


def test_a_file_the_caller_names_is_never_prepared(own_cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "mini.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("eurofxref-hist.csv", "Date,USD,\n2025-05-02,1.1343,\n")
    assert EcbRates(path).rate("EUR", "USD", MAY_2).value == Decimal("1.1343")
    assert not own_cache.parent.exists()
