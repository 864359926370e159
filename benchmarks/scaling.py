"""How the time of one ``extract`` call grows with its input.

    python benchmarks/scaling.py                  # ~1 minute
    python benchmarks/scaling.py --func check --json out.json

Time per call (median of ``--runs``; small inputs are looped so that each run
lasts a fifth of a second) on the first 1 kB, 10 kB, 100 kB, 1 MB and 4 MB of
the news corpus (10^3 ... 4x10^6 characters; the bytes column says how many
bytes of UTF-8 that is), with the cost per kB: flat for a linear scanner.

Then the comparison that matters for a long document: one call on the 4 MB
text against 4 000 calls on its consecutive 1 kB pieces (the same characters).
Target: the single call takes at most 1.5x the sum of the pieces.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Callable
from typing import Any

from _common import (
    KB,
    MB,
    add_json_arg,
    fmt,
    fmt_time,
    load_corpus,
    mb_per_s,
    nbytes,
    print_environment,
    print_table,
    time_per_call,
    time_runs,
    verdict,
    write_json,
)

import kzuk_figures

SIZES = (1 * KB, 10 * KB, 100 * KB, 1 * MB, 4 * MB)
PIECE = 1 * KB
TARGET_RATIO = 1.5
DATE = datetime.date(2025, 5, 2)


def function(name: str) -> Callable[[str], object]:
    if name == "check":
        return lambda text: kzuk_figures.check(text, date=DATE)
    return kzuk_figures.extract


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--func", choices=("extract", "check"), default="extract")
    ap.add_argument("--runs", type=int, default=5, help="timed runs (default 5; median reported)")
    ap.add_argument("--big-mb", type=float, default=4.0, help="the long document, in MB (default 4)")
    ap.add_argument("--seed", type=int, default=0)
    add_json_arg(ap)
    args = ap.parse_args(argv)
    env = print_environment()
    fn = function(args.func)
    big = int(args.big_mb * MB)
    sizes = sorted({s for s in SIZES if s < big} | {big})
    corpus = load_corpus(big + big // 50, "news", args.seed)  # slices are cut in characters
    fn(corpus[:PIECE])  # import-time and first-call costs

    rows: list[dict[str, Any]] = []
    for size in sizes:
        text = corpus[:size]
        t = time_per_call(lambda: fn(text), runs=args.runs)
        b = nbytes(text)
        rows.append({"size": size, "chars": len(text), "bytes": b, "median_s": t.median, "runs_s": list(t.runs),
                     "us_per_kb": t.median / (b / KB) * 1e6, "mb_per_s": mb_per_s(b, t.median)})  # fmt: skip
    ref = next((r for r in rows if r["size"] == MB), rows[-1])["us_per_kb"]
    print_table(
        ["input", "bytes", "time per call", "µs per kB", "MB/s", "per-kB cost vs 1 MB"],
        [[_label(r["size"]), f"{r['bytes']:,}", fmt_time(r["median_s"]), fmt(r["us_per_kb"], 1),
          fmt(r["mb_per_s"]), f"{r['us_per_kb'] / ref:.2f}x"] for r in rows],  # fmt: skip
        title=f"{args.func}() time per call on slices of the news corpus (median of {args.runs})",
    )

    text = corpus[:big]
    pieces = [text[i : i + PIECE] for i in range(0, len(text), PIECE)]
    n_one = _count(fn(text))
    n_pieces = sum(_count(fn(p)) for p in pieces)  # also the warm-up of the pieces
    one = time_runs(lambda: fn(text), args.runs, warmup=0)
    many = time_runs(lambda: [fn(p) for p in pieces], args.runs, warmup=0)
    ratio = one.median / many.median
    ok = ratio <= TARGET_RATIO
    print_table(
        ["what", "calls", "total time", "found", f"ratio (target <= {TARGET_RATIO})"],
        [[f"one call on {_label(big)}", 1, fmt_time(one.median), f"{n_one:,}", ""],
         [f"{len(pieces):,} calls on its {_label(PIECE)} pieces", f"{len(pieces):,}", fmt_time(many.median),
          f"{n_pieces:,}", f"{ratio:.2f}x  {verdict(ok)}"]],  # fmt: skip
        title=f"One long document vs its pieces (median of {args.runs}; pieces are cut blindly, so a figure "
              "across a cut is lost or found twice)",  # fmt: skip
    )
    write_json(args.json, "scaling", env, {
        "func": args.func, "sizes": rows,
        "document_vs_pieces": {"document_chars": len(text), "pieces": len(pieces), "piece_chars": PIECE,
                               "one_call": one.as_dict(), "pieces_total": many.as_dict(), "ratio": ratio,
                               "found_one": n_one, "found_pieces": n_pieces, "target": TARGET_RATIO,
                               "target_met": ok},
    })  # fmt: skip
    return 0


def _count(result: object) -> int:
    return len(result) if isinstance(result, list) else 0


def _label(n: int) -> str:
    return f"{n / MB:g} MB" if n >= MB else f"{n / KB:g} kB"


if __name__ == "__main__":
    sys.exit(main())
