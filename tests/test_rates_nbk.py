"""NbkRates with answers these tests write themselves, and its disk cache."""

from __future__ import annotations

import datetime
import logging
import socket
import sys
import urllib.error
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

import kzuk_figures as kf
from kzuk_figures.errors import RateNotFoundError, RateSourceError
from kzuk_figures.rates import NbkRates
from kzuk_figures.rates.nbk import user_cache_dir

MAY_1 = datetime.date(2025, 5, 1)
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
        answer(datetime.date(2025, 4, 30)),  # a table, but another day's than the name says
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


def test_a_cache_file_holding_another_days_table_is_not_used(tmp_path: Path) -> None:
    other = [("USD", "ДОЛЛАР США", "470.00", "1")]
    (tmp_path / "2025-05-02.xml").write_bytes(answer(datetime.date(2025, 4, 30), other))
    fetch = Fetch({MAY_2: answer(MAY_2)})
    rate = NbkRates(cache_dir=tmp_path, fetch=fetch).rate("USD", "KZT", MAY_2)
    assert (rate.value, rate.period) == (Decimal("512.81"), "2025-05-02")
    assert len(fetch.urls) == 1
    assert (tmp_path / "2025-05-02.xml").read_bytes() == answer(MAY_2)


def test_an_answer_for_an_earlier_day_is_used_but_not_kept_under_the_asked_name(
    tmp_path: Path,
) -> None:
    may_4 = datetime.date(2025, 5, 4)
    fetch = Fetch({may_4: answer(MAY_2)})
    rate = NbkRates(cache_dir=tmp_path, fetch=fetch).rate("USD", "KZT", may_4)
    assert (rate.value, rate.period) == (Decimal("512.81"), "2025-05-02")
    assert not list(tmp_path.iterdir())


def test_an_empty_day_is_asked_for_once_per_provider(tmp_path: Path) -> None:
    may_4 = datetime.date(2025, 5, 4)
    fetch = Fetch({MAY_2: answer(MAY_2)})  # 3 and 4 May answer with no items
    provider = NbkRates(cache_dir=tmp_path, fetch=fetch)
    provider.rate("USD", "KZT", may_4)
    provider.rate("EUR", "KZT", may_4)  # another pair: not in the answer cache
    assert len(fetch.urls) == 3


class Offline:
    """A network that drops every packet: each request waits out its timeout."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: str, timeout: float) -> bytes:
        self.urls.append(url)
        raise TimeoutError("timed out")


#: Twenty stated conversions, in three pairs.
TWENTY = " ".join(
    f"Project {i} costs {i + 1} billion tenge ({('US$', '€', '£')[i % 3]}{(i + 1) * 2} million)."
    for i in range(20)
)


def test_offline_twenty_conversions_ask_nbk_once_and_warn_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fetch = Offline()
    provider = NbkRates(cache_dir=tmp_path, fetch=fetch)
    with caplog.at_level(logging.WARNING):
        checks = kf.check(TWENTY, date=MAY_2, rates=provider)
    assert len(checks) == 20
    assert fetch.urls == ["https://nationalbank.kz/rss/get_rates.cfm?fdate=02.05.2025"]
    assert [(r.name, r.levelno) for r in caplog.records] == [
        ("kzuk_figures.rates.nbk", logging.WARNING)
    ]
    assert caplog.records[0].getMessage() == (
        "NBK is unreachable (fetching https://nationalbank.kz/rss/get_rates.cfm?fdate=02.05.2025"
        " failed: timed out); this provider will not ask it again"
    )
    assert {c.verdict for c in checks} == {"unverifiable"}
    assert all("NBK is unreachable (fetching" in c.explanation for c in checks)


def test_once_unreachable_other_days_fail_at_once_but_the_disk_still_answers(
    tmp_path: Path,
) -> None:
    (tmp_path / "2025-05-01.xml").write_bytes(answer(MAY_1))
    fetch = Offline()
    provider = NbkRates(cache_dir=tmp_path, fetch=fetch)
    with pytest.raises(RateSourceError) as first:
        provider.rate("USD", "KZT", MAY_2)
    with pytest.raises(RateSourceError) as later:
        provider.rate("USD", "KZT", datetime.date(2025, 5, 3))
    assert later.value.reason == first.value.reason
    assert first.value.reason.startswith("NBK is unreachable (")
    assert isinstance(later.value.__cause__, TimeoutError)
    assert provider.rate("USD", "KZT", MAY_1).value == Decimal("512.81")
    assert len(fetch.urls) == 1
    # a new provider is a new run: it tries again
    with pytest.raises(RateSourceError):
        NbkRates(cache_dir=tmp_path, fetch=fetch).rate("USD", "KZT", MAY_2)
    assert len(fetch.urls) == 2


def test_a_404_for_one_day_is_not_asked_again_and_blocks_no_other_day(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = "https://nationalbank.kz/rss/get_rates.cfm?fdate=01.05.2025"
    not_found = urllib.error.HTTPError(url, 404, "Not Found", None, None)  # type: ignore[arg-type]
    fetch = Fetch({MAY_1: not_found, MAY_2: answer(MAY_2)})
    provider = NbkRates(cache_dir=tmp_path, fetch=fetch)
    with caplog.at_level(logging.WARNING):
        with pytest.raises(RateSourceError, match="HTTP Error 404") as info:
            provider.rate("USD", "KZT", MAY_1)
        assert provider.rate("USD", "KZT", MAY_2).value == Decimal("512.81")
        with pytest.raises(RateSourceError, match="HTTP Error 404") as again:
            provider.rate("EUR", "KZT", MAY_1)
    assert "unreachable" not in info.value.reason
    assert again.value.__cause__ is not_found
    assert [u[-10:] for u in fetch.urls] == ["01.05.2025", "02.05.2025"]
    assert caplog.records == []


@pytest.mark.parametrize(
    ("error", "down"),
    [
        (TimeoutError("timed out"), True),
        (urllib.error.URLError(socket.gaierror(-2, "Name or service not known")), True),
        (urllib.error.URLError(ConnectionRefusedError(111, "Connection refused")), True),
        (ConnectionResetError(104, "Connection reset by peer"), True),
        (urllib.error.HTTPError("u", 503, "Service Unavailable", None, None), False),  # type: ignore[arg-type]
        (ValueError("answer is over 1048576 bytes"), False),
    ],
)
def test_only_a_connection_failure_makes_nbk_unreachable(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, error: Exception, down: bool
) -> None:
    fetch = Fetch({MAY_1: error, MAY_2: answer(MAY_2)})
    provider = NbkRates(cache_dir=tmp_path, fetch=fetch)
    with caplog.at_level(logging.WARNING):
        with pytest.raises(RateSourceError):
            provider.rate("USD", "KZT", MAY_1)
        if down:
            with pytest.raises(RateSourceError, match="NBK is unreachable"):
                provider.rate("USD", "KZT", MAY_2)
        else:
            assert provider.rate("USD", "KZT", MAY_2).value == Decimal("512.81")
    assert len(fetch.urls) == 1 + (not down)
    assert len(caplog.records) == down


def _404_then_offline(url: str, timeout: float) -> bytes:
    if url.endswith("01.05.2025"):
        raise urllib.error.HTTPError(url, 404, "Not Found", None, None)  # type: ignore[arg-type]
    raise TimeoutError("timed out")


def test_a_provider_pickles_with_its_failures_left_behind(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import pickle

    # an HTTPError does not survive pickle, so the memory must not travel
    provider = NbkRates(cache_dir=tmp_path, fetch=_404_then_offline)
    for day in (MAY_1, MAY_2):
        with pytest.raises(RateSourceError):
            provider.rate("USD", "KZT", day)
    copy = pickle.loads(pickle.dumps(provider))
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        with pytest.raises(RateSourceError):
            copy.rate("USD", "KZT", MAY_2)
    assert len(caplog.records) == 1, "the copy asked NBK itself, and found it unreachable"
