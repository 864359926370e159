"""Linear time on hostile input: ``extract`` on adversarial texts at 1x and 4x
size; a linear scanner takes ~4x as long on the second.

    python benchmarks/adversarial.py                   # 1x = 200 kB, 4x = 800 kB; ~1.5 minutes
    python benchmarks/adversarial.py --base-kb 1000    # 1x = 1 MB, 4x = 4 MB; several minutes
    python benchmarks/adversarial.py --only "11,11" --json out.json

Each case is first probed at 8 kB and 32 kB.  From the probe's growth the
time at full size is predicted; a case predicted to take longer than
``--budget`` seconds is not run at full size (a quadratic input at 4 MB would
take hours) and is reported from the probe.  Otherwise each size is timed
``--runs`` times (median).

Wall time (``perf_counter``) is reported; CPU time (``process_time``) is
measured beside it, because on a shared machine another process can slow one
run down.  A ratio >= 5 in both (at full size, or in the probe of a skipped
case) is flagged NON-LINEAR, and an exception from ``extract`` is flagged ERROR; either makes
the exit status 1.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import string
import sys
import time
from collections.abc import Callable
from typing import Any

from _common import KB, MB, add_json_arg, fmt, fmt_time, load_corpus, print_environment, print_table, write_json

import kzuk_figures

LIMIT = 5.0
PROBE = (8 * KB, 32 * KB)


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _spaced_digits(n: int) -> str:
    return _repeat("1 2 3 4 5 6 7 8 9 0 ")(n)


def _junk(n: int) -> str:
    r = random.Random(12345)
    alphabet = string.printable[:-3] + "₸£€$¥₽" * 3  # no \r \x0b \x0c
    return "".join(r.choices(alphabet, k=n))


def _prose_one_line(n: int) -> str:
    text = load_corpus(4 * n // 3 + 1000, "news").replace("\n", " ")
    return text[:n]


def _dense(n: int) -> str:
    text = load_corpus(4 * n // 3 + 1000, "dense")
    return text[:n]


def _grouped_bad_tail(n: int) -> str:
    """ "1,111,111,...,111,1111": comma groups whose last group has four digits."""
    return "1" + ",111" * max(1, (n - 2) // 4) + "1"  # n - 3 to n characters


#: (name, what it is, generator of exactly n characters)
CASES: list[tuple[str, str, Callable[[int], str]]] = [
    ("1,1,1", "1,1,1,1,...", _repeat("1,")),
    ("$$$", "$$$$...", _repeat("$")),
    ("1 2 3", "digits separated by spaces", _spaced_digits),
    ("(((", "((((...", _repeat("(")),
    ("1.1.1", "1.1.1.1...", _repeat("1.")),
    ("$1 $1", "$1 $1 $1 ...", _repeat("$1 ")),
    ("one one", "one one one ...", _repeat("one ")),
    ("million", "million million ...", _repeat("million ")),
    ("prose, one line", "news prose without a newline", _prose_one_line),
    ("junk", "random printable characters (seeded)", _junk),
    ("dense money", "the dense corpus", _dense),
    # not in the original list: inputs found while writing this benchmark
    ("11,11,11", "extra: 11,11,11,... (Indian grouping that never closes)", _repeat("11,")),
    ("1,111,...,1111", "extra: comma groups, last group of four digits", _grouped_bad_tail),
    ("1-1-1", "extra: 1-1-1-... (range dashes)", _repeat("1-")),
    ("5 aaa...", "extra: a number before one very long word", lambda n: ("5 " + "a" * n)[:n]),
    ("$111...", "extra: one amount with a very long numeral", lambda n: ("$" + "1" * n)[:n]),
    # fractions, exponents and uncertainties (read since they were added)
    ("1/1/1", "extra: 1/1/1/... (a fraction that never ends)", _repeat("1/")),
    ("1 1/1 1/1", "extra: 1 1/1 1/1 ... (mixed fractions run together)", _repeat("1 1/")),
    ("½½½", "extra: ½½½... and 1½1½...", _repeat("1½½")),
    ("1e1e1", "extra: 1e1e1e... and 1x10^1x10^...", _repeat("1e1x10^")),
    ("1±1±1", "extra: 1±1±1... and 1 +/- 1 +/- ...", _repeat("1±1 +/- ")),
    ("1 km-1 km-1", "extra: units with powers run together", _repeat("1 km-1 m²")),
]


def _time(text: str, runs: int) -> tuple[float, float]:
    """Median wall time (perf_counter) and median CPU time (process_time) of ``runs`` calls."""
    wall, cpu = [], []
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        kzuk_figures.extract(text)
        wall.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall), statistics.median(cpu)


def run_case(name: str, about: str, gen: Callable[[int], str], base: int, runs: int, budget: float) -> dict[str, Any]:
    row: dict[str, Any] = {"case": name, "about": about, "base_chars": base}
    try:
        (p1, c1), (p4, c4) = (_time(gen(n), 3) for n in PROBE)
        growth = min(p4 / p1 if p1 > 0 else 1.0, c4 / c1 if c1 > 0 else 1.0)
        exponent = max(1.0, math.log(max(growth, 1e-9), 4))
        predicted = runs * p4 * ((base / PROBE[1]) ** exponent) * (1 + 4**exponent)
        row.update(probe_s=[p1, p4], probe_ratio=growth, predicted_s=predicted)
        if predicted > budget:
            row.update(skipped=True, ratio=None, flag="NON-LINEAR" if growth >= LIMIT else "TOO SLOW")
            row["predicted_1x_s"] = p4 * (base / PROBE[1]) ** exponent
            return row
        small, big = gen(base), gen(4 * base)
        t1, cpu1 = _time(small, runs)
        t4, cpu4 = _time(big, runs)
        ratio = t4 / t1 if t1 > 0 else float("inf")
        cpu_ratio = cpu4 / cpu1 if cpu1 > 0 else float("inf")
        row.update(skipped=False, t1_s=t1, t4_s=t4, ratio=ratio, cpu_s=[cpu1, cpu4], cpu_ratio=cpu_ratio,
                   mb_per_s_4x=len(big.encode()) / MB / t4,
                   figures_4x=len(kzuk_figures.extract(big)) if t4 < 5 else None,
                   flag="NON-LINEAR" if min(ratio, cpu_ratio) >= LIMIT else "")  # fmt: skip
    except Exception as exc:  # noqa: BLE001 - any exception on any str is the finding
        row.update(skipped=True, ratio=None, flag="ERROR", error=f"{type(exc).__name__}: {exc}"[:200])
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base-kb", type=int, default=200, help="the 1x size in kB (default 200; 1000 for 1 MB)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per size (default 3; median reported)")
    ap.add_argument("--budget", type=float, default=60.0,
                    help="skip a case predicted to take longer than this many seconds (default 60)")  # fmt: skip
    ap.add_argument("--only", action="append", help="run only the case(s) with this name")
    add_json_arg(ap)
    args = ap.parse_args(argv)
    env = print_environment()
    base = args.base_kb * KB
    kzuk_figures.extract("It invested over 3.5 billion tenge (US$6.7 million).")  # first-call costs

    rows = []
    for name, about, gen in CASES:
        if args.only and name not in args.only:
            continue
        row = run_case(name, about, gen, base, args.runs, args.budget)
        rows.append(row)
        if row.get("skipped"):
            what = row.get("error") or (f"probe {PROBE[0] // KB}->{PROBE[1] // KB} kB grew x{row['probe_ratio']:.1f}; "
                                        f"1x alone would take ~{row['predicted_1x_s']:,.0f} s: not run")  # fmt: skip
            print(f"  {name:16} {row['flag']}: {what}", flush=True)
        else:
            print(f"  {name:16} {fmt_time(row['t1_s']):>9} -> {fmt_time(row['t4_s']):>9}  x{row['ratio']:.2f} "
                  f"(CPU x{row['cpu_ratio']:.2f}) {row['flag']}", flush=True)  # fmt: skip

    table = []
    for r in rows:
        if r.get("skipped"):
            probe = f"x{r['probe_ratio']:.1f}" if "probe_ratio" in r else "-"
            table.append([r["case"], "-", "-", "-", "-", probe, "-", f"{r['flag']}: " + (r.get("error") or
                          f"not run (1x predicted ~{r['predicted_1x_s']:,.0f} s)")])  # fmt: skip
        else:
            table.append([r["case"], fmt_time(r["t1_s"]), fmt_time(r["t4_s"]), f"{r['ratio']:.2f}",
                          f"{r['cpu_ratio']:.2f}", f"x{r['probe_ratio']:.1f}", fmt(r["mb_per_s_4x"]),
                          r["flag"] or "ok"])  # fmt: skip
    label = f"{base / MB:g} MB" if base >= MB else f"{base // KB} kB"
    print_table(["case", f"1x ({label})", "4x", "ratio", "CPU ratio", f"probe {PROBE[0] // KB}->{PROBE[1] // KB} kB",
                 "MB/s at 4x", "verdict"], table,
                title=f"extract() on adversarial input, median of {args.runs} (ratio ~4 is linear; >= {LIMIT:g} "
                      "is flagged)")  # fmt: skip
    for r in rows:
        print(f"  {r['case']:16} {r['about']}")
    bad = [r for r in rows if r["flag"] in ("NON-LINEAR", "ERROR")]
    slow = [r for r in rows if r["flag"] == "TOO SLOW"]
    write_json(args.json, "adversarial", env, {"args": vars(args), "cases": rows})
    if slow:
        print(f"\nWARNING: not measured at full size (over the {args.budget:g} s budget): "
              + ", ".join(r["case"] for r in slow))
    if bad:
        print("\n" + "!" * 78)
        for r in bad:
            detail = r.get("error") or (f"ratio {r['ratio']:.1f}" if r.get("ratio") else
                                        f"probe ratio {r['probe_ratio']:.1f} (quadratic or worse)")  # fmt: skip
            print(f"!! {r['flag']}: {r['case']!r} ({r['about']}): {detail}")
        print("!" * 78)
        return 1
    print("\nall ratios below", LIMIT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
