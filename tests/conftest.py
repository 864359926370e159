"""Hypothesis profiles for the property tests, and a fixture that refuses the network.

``ci`` (the default) keeps the whole suite to well under a few minutes on two
cores; ``ci-deep`` draws thirty times as many examples, for a nightly run or
before a release; ``deep`` draws 100,000 examples per property, for the fuzz
suite (``HYPOTHESIS_PROFILE=deep pytest tests/test_fuzz.py``).  Choose with
``HYPOTHESIS_PROFILE`` (or its older name ``KZUK_HYPOTHESIS_PROFILE``).
"""

from __future__ import annotations

import os
import socket

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=60, deadline=None, print_blob=True)
settings.register_profile(
    "ci-deep",
    max_examples=2000,
    deadline=None,
    print_blob=True,
    # thousands of examples of a 100k-character text take a while to draw
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "deep",
    max_examples=100_000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or os.environ.get("KZUK_HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any connection attempt fail the test: for the live rate providers,
    which must be exercised through recorded responses only.  Not autouse: the
    Dask recipe's local cluster talks over loopback."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a test tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
