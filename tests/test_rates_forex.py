"""ForexPythonRates, with a fake client or a fake HTTP layer: never the network."""

from __future__ import annotations

import datetime
import logging
import sys
import threading
from decimal import Decimal
from typing import Any

import pytest

import kzuk_figures as kf
from kzuk_figures.errors import InvalidArgumentError, RateNotFoundError, RateSourceError
from kzuk_figures.rates import ForexPythonRates

MAY_2 = datetime.date(2025, 5, 2)


# the live providers' tests run with the network refused (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("no_network")


class FakeClient:
    def __init__(self, answer: object = Decimal("512.81"), error: Exception | None = None) -> None:
        self.answer, self.error = answer, error
        self.calls: list[tuple[str, str, datetime.date | None]] = []

    def get_rate(self, base_cur: str, dest_cur: str, date_obj: datetime.date | None = None) -> Any:
        self.calls.append((base_cur, dest_cur, date_obj))
        if self.error is not None:
            raise self.error
        return self.answer


def test_a_rate_from_the_client() -> None:
    client = FakeClient()
    rate = ForexPythonRates(client=client).rate("usd", "KZT", MAY_2)
    assert client.calls == [("USD", "KZT", MAY_2)]
    assert rate.value == Decimal("512.81") and type(rate.value) is Decimal
    assert (rate.source, rate.period) == ("forex-python", "2025-05-02")
    assert rate.start == rate.end == MAY_2
    assert rate.note == ""


def test_answers_are_remembered_and_identity_needs_no_call() -> None:
    client = FakeClient()
    provider = ForexPythonRates(client=client)
    provider.rate("USD", "KZT", MAY_2)
    provider.rate("USD", "KZT", MAY_2)
    provider.rate("KZT", "KZT", MAY_2)
    assert len(client.calls) == 1


def test_an_integer_answer_is_exact() -> None:
    assert ForexPythonRates(client=FakeClient(136)).rate("EUR", "ISK", MAY_2).value == Decimal(136)


@pytest.mark.parametrize("answer", [512.81, None, "512.81", Decimal("NaN"), Decimal(0), True])
def test_bad_data_is_a_source_error(answer: object) -> None:
    with pytest.raises(RateSourceError) as info:
        ForexPythonRates(client=FakeClient(answer)).rate("USD", "KZT", MAY_2)
    assert isinstance(info.value.__cause__, ValueError)
    assert info.value.source == "forex-python"


def test_a_weekend_answer_says_it_may_be_an_earlier_days() -> None:
    rate = ForexPythonRates(client=FakeClient()).rate("USD", "KZT", datetime.date(2025, 5, 3))
    assert "2025-05-03 is a Saturday" in rate.note


def test_connection_errors_are_source_errors_with_their_cause() -> None:
    import requests

    cause = requests.exceptions.ConnectionError("no route")
    with pytest.raises(RateSourceError) as info:
        ForexPythonRates(client=FakeClient(error=cause)).rate("USD", "KZT", MAY_2)
    assert info.value.__cause__ is cause
    assert "no route" in str(info.value)


def test_a_hung_call_times_out() -> None:
    release = threading.Event()

    class Hanging(FakeClient):
        def get_rate(self, *args: Any, **kwargs: Any) -> Any:
            release.wait(5)
            return Decimal(1)

    try:
        with pytest.raises(RateSourceError) as info:
            ForexPythonRates(timeout=0.05, client=Hanging()).rate("USD", "KZT", MAY_2)
        assert isinstance(info.value.__cause__, TimeoutError)
        assert "0.05" in str(info.value)
    finally:
        release.set()


def test_outside_coverage_the_client_is_not_asked() -> None:
    client = FakeClient()
    with pytest.raises(RateNotFoundError) as info:
        ForexPythonRates(client=client).rate("USD", "KZT", datetime.date(1998, 1, 1))
    assert not isinstance(info.value, RateSourceError)
    assert client.calls == []


def test_a_bad_timeout_is_refused() -> None:
    with pytest.raises(InvalidArgumentError):
        ForexPythonRates(timeout=0, client=FakeClient())


class FakeResponse:
    def __init__(self, status_code: int, text: str) -> None:
        self.status_code, self.text = status_code, text

    def json(self) -> Any:
        raise AssertionError("forex-python must decode with Decimal, not .json()")


def test_through_forex_python_with_a_fake_http_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    import forex_python.converter  # type: ignore[import-untyped]

    seen: list[tuple[str, dict[str, str]]] = []

    def get(url: str, params: dict[str, str], **kwargs: Any) -> FakeResponse:
        seen.append((url, params))
        return FakeResponse(200, '{"base": "USD", "date": "2025-05-02", "rates": {"KZT": 512.81}}')

    monkeypatch.setattr(forex_python.converter.requests, "get", get)
    rate = ForexPythonRates().rate("USD", "KZT", MAY_2)
    assert rate.value == Decimal("512.81") and type(rate.value) is Decimal
    assert seen[0][0].endswith("/2025-05-02")
    assert seen[0][1]["base"] == "USD" and seen[0][1]["symbols"] == "KZT"


def test_forex_pythons_own_error_is_a_source_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import forex_python.converter

    monkeypatch.setattr(
        forex_python.converter.requests, "get", lambda *a, **k: FakeResponse(503, "down")
    )
    with pytest.raises(RateSourceError) as info:
        ForexPythonRates().rate("USD", "KZT", MAY_2)
    assert isinstance(info.value.__cause__, forex_python.converter.RatesNotAvailableError)


def test_without_forex_python_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "forex_python", None)
    monkeypatch.setitem(sys.modules, "forex_python.converter", None)
    with pytest.raises(ImportError, match=r"kzuk-figures\[forex\]"):
        ForexPythonRates()


#: Twenty stated conversions, in three pairs: forex-python asks per pair.
TWENTY = " ".join(
    f"Project {i} costs {i + 1} billion tenge ({('US$', '€', '£')[i % 3]}{(i + 1) * 2} million)."
    for i in range(20)
)


def test_offline_twenty_conversions_ask_once_and_warn_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import forex_python.converter
    import requests

    seen: list[str] = []

    def get(url: str, params: dict[str, str], **kwargs: Any) -> FakeResponse:
        seen.append(url)
        raise requests.exceptions.ConnectTimeout("connect timed out")

    monkeypatch.setattr(forex_python.converter.requests, "get", get)
    with caplog.at_level(logging.WARNING):
        checks = kf.check(TWENTY, date=MAY_2, rates=ForexPythonRates())
    assert len(checks) == 20 and len(seen) == 1
    assert [(r.name, r.levelno) for r in caplog.records] == [
        ("kzuk_figures.rates.forex", logging.WARNING)
    ]
    assert caplog.records[0].getMessage() == (
        "forex-python is unreachable (forex-python failed: connect timed out); "
        "this provider will not ask it again"
    )
    assert {c.verdict for c in checks} == {"unverifiable"}
    assert all("forex-python is unreachable (" in c.explanation for c in checks)


def test_no_rate_for_one_day_is_not_asked_again_and_blocks_no_other_day(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import forex_python.converter

    seen: list[str] = []

    def get(url: str, params: dict[str, str], **kwargs: Any) -> FakeResponse:
        seen.append(url)
        if url.endswith("/2025-05-01"):
            return FakeResponse(404, '{"error": "no rates for this date"}')
        return FakeResponse(200, '{"base": "USD", "date": "2025-05-02", "rates": {"KZT": 512.81}}')

    monkeypatch.setattr(forex_python.converter.requests, "get", get)
    provider = ForexPythonRates()
    may_1 = datetime.date(2025, 5, 1)
    with caplog.at_level(logging.WARNING):
        with pytest.raises(RateSourceError, match="Not Ready") as info:
            provider.rate("USD", "KZT", may_1)
        assert provider.rate("USD", "KZT", MAY_2).value == Decimal("512.81")
        with pytest.raises(RateSourceError, match="Not Ready") as again:
            provider.rate("USD", "KZT", may_1)
    assert "unreachable" not in info.value.reason
    assert isinstance(again.value.__cause__, forex_python.converter.RatesNotAvailableError)
    assert [u[-10:] for u in seen] == ["2025-05-01", "2025-05-02"]
    assert caplog.records == []


def _requests_error(name: str) -> Exception:
    import requests

    return getattr(requests.exceptions, name)(name)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("name", "down"),
    [
        ("ConnectionError", True),
        ("ConnectTimeout", True),
        ("ReadTimeout", True),
        ("SSLError", True),
        ("HTTPError", False),
        ("InvalidJSONError", False),
        ("TooManyRedirects", False),
    ],
)
def test_only_a_connection_failure_makes_forex_unreachable(
    caplog: pytest.LogCaptureFixture, name: str, down: bool
) -> None:
    client = FakeClient(error=_requests_error(name))
    provider = ForexPythonRates(client=client)
    with caplog.at_level(logging.WARNING):
        with pytest.raises(RateSourceError):
            provider.rate("USD", "KZT", MAY_2)
        with pytest.raises(RateSourceError) as other:
            provider.rate("EUR", "KZT", MAY_2)  # another pair: another request
    assert len(client.calls) == 1 + (not down)
    assert ("forex-python is unreachable" in other.value.reason) is down
    assert len(caplog.records) == down


def test_a_timed_out_call_makes_forex_unreachable() -> None:
    release = threading.Event()

    class Hanging(FakeClient):
        def get_rate(self, *args: Any, **kwargs: Any) -> Any:
            self.calls.append(args)
            release.wait(5)
            return Decimal(1)

    client = Hanging()
    provider = ForexPythonRates(timeout=0.05, client=client)
    try:
        for pair in (("USD", "KZT"), ("EUR", "KZT"), ("USD", "KZT")):
            with pytest.raises(RateSourceError, match="forex-python is unreachable"):
                provider.rate(*pair, MAY_2)
        assert len(client.calls) == 1
    finally:
        release.set()
