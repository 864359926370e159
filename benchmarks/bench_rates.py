"""Time the default rate provider: the first lookup, then warm lookups.

Run: ``python benchmarks/bench_rates.py``.  Prints microseconds per lookup:

* cold   - importing the rates layer, then the first ECB lookup (reads ECB's
           file) and the first HMRC-only lookup (loads HMRC's tables), in-process;
* warm   - a fresh provider (tables loaded, no remembered answers) asked
           distinct dates, so every lookup is computed;
* repeat - the same questions asked again (answered from memory).

Each warm/repeat figure is the median of several runs.
"""

from __future__ import annotations

import datetime
import statistics
import time
from collections.abc import Callable

RUNS = 7
DATES = [datetime.date(2015, 1, 1) + datetime.timedelta(days=i) for i in range(0, 3650, 3)]
ECB_PAIRS = [("EUR", "USD"), ("GBP", "JPY"), ("USD", "CHF")]
HMRC_PAIRS = [("USD", "KZT"), ("KZT", "GBP"), ("UZS", "EUR")]


def per_lookup_us(
    ask: Callable[[str, str, datetime.date], object], pairs: list[tuple[str, str]]
) -> float:
    start = time.perf_counter()
    for base, quote in pairs:
        for day in DATES:
            ask(base, quote, day)
    return (time.perf_counter() - start) / (len(pairs) * len(DATES)) * 1e6


def main() -> None:
    start = time.perf_counter()
    from kzuk_figures.rates import DefaultRates, default_rates

    imported = time.perf_counter()
    default_rates().rate("EUR", "USD", datetime.date(2025, 5, 2))
    first_ecb = time.perf_counter()
    default_rates().rate("USD", "KZT", datetime.date(2025, 5, 2))
    first_hmrc = time.perf_counter()
    print(f"cold: import kzuk_figures.rates   {(imported - start) * 1e3:7.1f} ms")
    print(f"cold: first ECB lookup (EUR/USD)  {(first_ecb - imported) * 1e3:7.1f} ms")
    print(f"cold: first HMRC lookup (USD/KZT) {(first_hmrc - first_ecb) * 1e3:7.1f} ms")

    for label, pairs in (("ECB pairs ", ECB_PAIRS), ("HMRC pairs", HMRC_PAIRS)):
        warm, repeat = [], []
        for _ in range(RUNS):
            provider = DefaultRates()  # module tables stay loaded; its answer cache is empty
            warm.append(per_lookup_us(provider.rate, pairs))
            repeat.append(per_lookup_us(provider.rate, pairs))
        print(
            f"{label}: warm {statistics.median(warm):6.2f} µs/lookup, "
            f"repeat {statistics.median(repeat):6.2f} µs/lookup "
            f"(median of {RUNS} runs x {len(pairs) * len(DATES)} lookups)"
        )


if __name__ == "__main__":
    main()
