"""NbkRates with answers these tests write themselves, and its disk cache."""

from __future__ import annotations

import datetime
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from kzuk_figures.errors import RateNotFoundError, RateSourceError
from kzuk_figures.rates import NbkRates
from kzuk_figures.rates.nbk import user_cache_dir

MAY_2 = datetime.date(2025, 5, 2)

#: (title, fullname, KZT per quant, quant), shaped like NBK's daily answer.
DAY = [
    ("USD", "ДОЛЛАР США", "512.81", "1"),
    ("EUR", "ЕВРО", "580.23", "1"),
    ("JPY", "ЯПОНСКИХ ИЕН", "355.2", "100"),
    ("RUB", "РОССИЙСКИЙ РУБЛЬ", "6.2", "1"),
]


# the live providers' tests run with the network refused (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("no_network")


def answer(day: datetime.date, items: list[tuple[str, str, str, str]] = DAY) -> bytes:
    body = "".join(
        f"<item><fullname>{name}</fullname><title>{code}</title>"
        f"<description>{kzt}</description><quant>{quant}</quant>"
        f"<index>DOWN</index><change>-1.37</change></item>\n"
        for code, name, kzt, quant in items
    )
    text = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f"<rates><generator>ColdFusion</generator><title>Official exchange rates</title>"
        f"<link>https://nationalbank.kz</link><description>Official exchange rates</description>"
        f"<copyright>National Bank of Kazakhstan</copyright>"
        f"<date>{day:%d.%m.%Y}</date>\n{body}</rates>"
    )
    return text.encode("utf-8")


class Fetch:
    """Recorded answers by requested date; counts every request."""

    def __init__(self, answers: dict[datetime.date, bytes | Exception]) -> None:
        self.answers = answers
        self.urls: list[str] = []
        self.timeouts: list[float] = []

    def __call__(self, url: str, timeout: float) -> bytes:
        self.urls.append(url)
        self.timeouts.append(timeout)
        asked = datetime.datetime.strptime(url.rsplit("fdate=", 1)[1], "%d.%m.%Y").date()
        got = self.answers.get(asked, answer(asked, []))
        if isinstance(got, Exception):
            raise got
        return got


def test_tenge_per_dollar_is_the_published_figure(tmp_path: Path) -> None:
    fetch = Fetch({MAY_2: answer(MAY_2)})
    rate = NbkRates(cache_dir=tmp_path, fetch=fetch, timeout=3).rate("USD", "KZT", MAY_2)
    assert rate.value == Decimal("512.81") and type(rate.value) is Decimal
    assert (rate.source, rate.period, rate.start, rate.end, rate.via) == (
        "NBK",
        "2025-05-02",
        MAY_2,
        MAY_2,
        None,
    )
    assert fetch.urls == ["https://nationalbank.kz/rss/get_rates.cfm?fdate=02.05.2025"]
    assert fetch.timeouts == [3.0]


def test_a_quantity_other_than_one_stays_exact(tmp_path: Path) -> None:
    provider = NbkRates(cache_dir=tmp_path, fetch=Fetch({MAY_2: answer(MAY_2)}))
    assert provider.rate("JPY", "KZT", MAY_2).value == Decimal("3.552")
    assert provider.rate("KZT", "JPY", MAY_2).value == Decimal(100) / Decimal("355.2")


def test_two_other_currencies_cross_through_the_tenge(tmp_path: Path) -> None:
    provider = NbkRates(cache_dir=tmp_path, fetch=Fetch({MAY_2: answer(MAY_2)}))
    rate = provider.rate("USD", "EUR", MAY_2)
    assert rate.via == "KZT"
    assert rate.value == Decimal("512.81") / Decimal("580.23")


def test_the_second_ask_reads_the_disk_cache(tmp_path: Path) -> None:
    first = Fetch({MAY_2: answer(MAY_2)})
    NbkRates(cache_dir=tmp_path, fetch=first).rate("USD", "KZT", MAY_2)
    assert (tmp_path / "2025-05-02.xml").read_bytes() == answer(MAY_2)
    assert not list(tmp_path.glob("*.tmp")), "a temporary file was left behind"
    second = Fetch({MAY_2: OSError("must not be asked")})
    rate = NbkRates(cache_dir=tmp_path, fetch=second).rate("EUR", "KZT", MAY_2)
    assert rate.value == Decimal("580.23")
    assert second.urls == []


@pytest.mark.parametrize(
    "corrupt",
    [
        b"<rates><date>02.05.20",
        b"",
        b"\x00\xff garbage",
        answer(MAY_2, []),
        answer(datetime.date(2025, 5, 9)),
    ],
)
def test_a_corrupt_cache_file_is_discarded_and_fetched_again(
    tmp_path: Path, corrupt: bytes
) -> None:
    (tmp_path / "2025-05-02.xml").write_bytes(corrupt)
    fetch = Fetch({MAY_2: answer(MAY_2)})
    rate = NbkRates(cache_dir=tmp_path, fetch=fetch).rate("USD", "KZT", MAY_2)
    assert rate.value == Decimal("512.81")
    assert len(fetch.urls) == 1
    assert (tmp_path / "2025-05-02.xml").read_bytes() == answer(MAY_2)


def test_an_empty_day_looks_back_and_is_not_cached(tmp_path: Path) -> None:
    may_4 = datetime.date(2025, 5, 4)
    fetch = Fetch({MAY_2: answer(MAY_2)})  # 3 and 4 May answer with no items
    rate = NbkRates(cache_dir=tmp_path, fetch=fetch).rate("USD", "KZT", may_4)
    assert rate.period == "2025-05-02" and rate.requested == may_4 and rate.is_fallback
    assert rate.note == "2025-05-04 is a Sunday; NBK's previous official rate (2025-05-02) was used"
    assert len(fetch.urls) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2025-05-02.xml"]


def test_a_week_of_empty_answers_is_not_found(tmp_path: Path) -> None:
    fetch = Fetch({})
    with pytest.raises(RateNotFoundError) as info:
        NbkRates(cache_dir=tmp_path, fetch=fetch).rate("USD", "KZT", MAY_2)
    assert not isinstance(info.value, RateSourceError)
    assert "2025-04-25 to 2025-05-02" in info.value.reason
    assert len(fetch.urls) == 8


def test_a_currency_missing_that_day(tmp_path: Path) -> None:
    with pytest.raises(RateNotFoundError, match="NBK published no XAU rate on 2025-05-02"):
        NbkRates(cache_dir=tmp_path, fetch=Fetch({MAY_2: answer(MAY_2)})).rate("XAU", "KZT", MAY_2)


@pytest.mark.parametrize("error", [TimeoutError("timed out"), OSError("unreachable")])
def test_a_failed_fetch_is_a_source_error_with_its_cause(tmp_path: Path, error: Exception) -> None:
    with pytest.raises(RateSourceError) as info:
        NbkRates(cache_dir=tmp_path, fetch=Fetch({MAY_2: error})).rate("USD", "KZT", MAY_2)
    assert info.value.__cause__ is error
    assert info.value.source == "NBK"


@pytest.mark.parametrize(
    ("body", "cause"),
    [
        (b"<html>Service unavailable</html>", ValueError),
        (b"<rates><date>02.05.2025</date><item>", ET.ParseError),
        (answer(MAY_2, [("USD", "US DOLLAR", "512,81", "1")]), ValueError),
        (answer(MAY_2, [("USD", "US DOLLAR", "-1", "1")]), ValueError),
        (answer(MAY_2, [("U$D", "US DOLLAR", "512.81", "1")]), ValueError),
        (answer(datetime.date(2025, 5, 3)), ValueError),
    ],
)
def test_an_unreadable_answer_is_a_source_error(tmp_path: Path, body: bytes, cause: type) -> None:
    with pytest.raises(RateSourceError) as info:
        NbkRates(cache_dir=tmp_path, fetch=Fetch({MAY_2: body})).rate("USD", "KZT", MAY_2)
    assert isinstance(info.value.__cause__, cause)
    assert not list(tmp_path.iterdir()), "an unreadable answer was cached"


def test_a_future_date_is_not_fetched(tmp_path: Path) -> None:
    fetch = Fetch({})
    with pytest.raises(RateNotFoundError) as info:
        NbkRates(cache_dir=tmp_path, fetch=fetch).rate("USD", "KZT", datetime.date(2100, 1, 1))
    assert info.value.coverage is not None and info.value.coverage[0] == datetime.date(1993, 11, 15)
    assert fetch.urls == []


def test_an_unwritable_cache_still_answers(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    provider = NbkRates(cache_dir=blocker / "nbk", fetch=Fetch({MAY_2: answer(MAY_2)}))
    assert provider.rate("USD", "KZT", MAY_2).value == Decimal("512.81")


@pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="the XDG rule is for Linux and BSDs"
)
def test_the_default_cache_directory_follows_xdg(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert user_cache_dir() == tmp_path / "kzuk_figures" / "nbk"
    assert NbkRates(fetch=Fetch({})).cache_dir == tmp_path / "kzuk_figures" / "nbk"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")
    assert user_cache_dir() == Path.home() / ".cache" / "kzuk_figures" / "nbk"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert user_cache_dir() == Path.home() / ".cache" / "kzuk_figures" / "nbk"


def test_without_a_home_tables_are_fetched_and_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("LOCALAPPDATA", "")
    monkeypatch.setenv("HOME", "/nonexistent")
    assert user_cache_dir() is None
    fetch = Fetch({MAY_2: answer(MAY_2)})
    provider = NbkRates(fetch=fetch)
    assert provider.cache_dir is None
    assert provider.rate("USD", "KZT", MAY_2).value > 0
    assert NbkRates(fetch=fetch).rate("USD", "KZT", MAY_2).value > 0
    assert fetch.urls.count(fetch.urls[0]) == 2  # kept nowhere, so asked again
    assert not Path("/nonexistent").exists()
