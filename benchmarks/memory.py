"""Peak memory of ``extract``, in fresh processes.

    python benchmarks/memory.py                   # ~1.5 minutes (100 MB streamed)
    python benchmarks/memory.py --stream-mb 300 --json out.json

1. One call on the whole corpus (``--size-mb``, default 5; news, and dense for
   information).  The child imports kzuk_figures and reads the corpus from a
   file; that is the baseline.  Then one ``extract`` over all of it, and the
   peak RSS (VmHWM) above the baseline is reported, twice: *cold* (the first
   call of the process, which also builds the currency lexicon) and *warm*
   (after a call on a few words).  On Linux the peak is reset to the current
   RSS just before the call (``/proc/self/clear_refs``), so reading the file
   does not count; elsewhere the baseline is the peak so far
   (``getrusage(RUSAGE_SELF).ru_maxrss``).
   Target: <= 60 MB above the baseline for the 5 MB news corpus (cold).

2. Streaming: a corpus file of ``--stream-mb`` MB is written to a temporary
   directory (deleted afterwards), read back line by line, and ``extract`` is
   called on each chunk of whole paragraphs (``--chunk-kb``).  Peak RSS after
   10 %, 25 %, 50 %, 75 % and 100 % of the file should stay flat.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from typing import Any

from _common import (
    MB,
    RSS_HELPERS,
    add_json_arg,
    child_json,
    fmt,
    fmt_time,
    print_environment,
    print_table,
    verdict,
    write_json,
)
from corpus import make_corpus, write_corpus

TARGET_MB = 60.0
FLAT_TOLERANCE_MB = 5.0  # what "flat" allows between the 10 % and the 100 % mark

ONE_CALL = RSS_HELPERS + r"""
import gc, json
import kzuk_figures
path, mode = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    text = f.read()
if mode == "warm":
    kzuk_figures.extract("It invested over 3.5 billion tenge (US$6.7 million).")
gc.collect()
base_rss, base_peak = rss_mb(), peak_mb()
reset = reset_peak()
figures = kzuk_figures.extract(text)
peak = peak_mb()
print(json.dumps({"base_rss_mb": base_rss, "base_peak_mb": base_peak, "peak_mb": peak, "reset": reset,
                  "above_mb": peak - (base_rss if reset else base_peak), "after_rss_mb": rss_mb(),
                  "figures": len(figures), "chars": len(text)}))
"""

STREAM = RSS_HELPERS + r"""
import json, os, time
import kzuk_figures
path, chunk = sys.argv[1], int(sys.argv[2])
total = os.path.getsize(path)
kzuk_figures.extract("It invested over 3.5 billion tenge (US$6.7 million).")
base_rss = rss_mb()
reset = reset_peak()
base_peak = peak_mb()
marks = [0.10, 0.25, 0.50, 0.75, 1.00]
out, buf, size, done, found, calls = [], [], 0, 0, 0, 0
start = time.perf_counter()

def flush():
    global buf, size, done, found, calls
    text = "".join(buf)
    found += len(kzuk_figures.extract(text))
    calls += 1
    done += len(text.encode("utf-8"))
    buf, size = [], 0
    while marks and done >= marks[0] * total - 1:
        out.append({"fraction": marks.pop(0), "bytes": done, "peak_mb": peak_mb(), "rss_mb": rss_mb(),
                    "seconds": time.perf_counter() - start, "figures": found})

with open(path, encoding="utf-8") as f:
    for line in f:
        buf.append(line)
        size += len(line)
        if size >= chunk and line == "\n":  # a paragraph ends here
            flush()
if buf:
    flush()
print(json.dumps({"base_rss_mb": base_rss, "base_peak_mb": base_peak, "reset": reset, "marks": out,
                  "calls": calls, "total_bytes": total}))
"""


def one_call(path: str, mode: str) -> dict[str, Any]:
    return child_json(ONE_CALL, args=[path, mode], timeout=1800)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=float, default=5.0, help="corpus for the single call, in MB (default 5)")
    ap.add_argument("--stream-mb", type=float, default=100.0,
                    help="file streamed through extract, in MB (default 100; 0 to skip)")  # fmt: skip
    ap.add_argument("--chunk-kb", type=int, default=64, help="chunk of whole paragraphs per call (default 64)")
    ap.add_argument("--seed", type=int, default=0)
    add_json_arg(ap)
    args = ap.parse_args(argv)
    env = print_environment()
    results: dict[str, Any] = {"args": vars(args)}
    size = int(args.size_mb * MB)

    with tempfile.TemporaryDirectory(prefix="kzuk-bench-") as tmp:
        rows = []
        single = []
        for density in ("news", "dense"):
            path = os.path.join(tmp, f"{density}.txt")
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(make_corpus(size, density, args.seed))
            for mode in ("cold", "warm"):
                r = {"density": density, "mode": mode, **one_call(path, mode)}
                single.append(r)
                target = ""
                if density == "news" and mode == "cold":
                    r["target_met"] = r["above_mb"] <= TARGET_MB
                    target = f"<= {TARGET_MB:g} MB: {verdict(r['target_met'])}"
                rows.append([density, mode, f"{r['figures']:,}", fmt(r["base_rss_mb"], 1), fmt(r["peak_mb"], 1),
                             fmt(r["above_mb"], 1), fmt(r["after_rss_mb"], 1), target])  # fmt: skip
            os.remove(path)
        results["single_call"] = single
        how = "peak reset before the call" if all(r["reset"] for r in single) else "ru_maxrss, no reset"
        print_table(["corpus", "call", "results", "baseline RSS MB", "peak MB", "peak above baseline MB",
                     "RSS after MB", "target"], rows,
                    title=f"extract() on {args.size_mb:g} MB in one call, fresh process ({how}; baseline = "
                          "interpreter + kzuk_figures + corpus string)")  # fmt: skip

        if args.stream_mb > 0:
            path = os.path.join(tmp, "stream.txt")
            t = time.perf_counter()
            written = write_corpus(path, int(args.stream_mb * MB), "news", args.seed + 1)
            gen_s = time.perf_counter() - t
            s = child_json(STREAM, args=[path, str(args.chunk_kb * 1000)], timeout=7200)
            os.remove(path)
            results["stream"] = {**s, "generate_s": gen_s, "written_bytes": written}
            base = s["base_rss_mb"]
            marks = s["marks"]
            print_table(
                ["read", "bytes", "elapsed", "MB/s", "figures", "peak RSS MB", "peak above start MB", "RSS MB"],
                [[f"{m['fraction']:.0%}", f"{m['bytes']:,}", fmt_time(m["seconds"]),
                  fmt(m["bytes"] / MB / m["seconds"]), f"{m['figures']:,}", fmt(m["peak_mb"], 1),
                  fmt(m["peak_mb"] - base, 1), fmt(m["rss_mb"], 1)] for m in marks],  # fmt: skip
                title=f"Streaming {written / MB:,.0f} MB (written in {gen_s:.0f} s, deleted after) through extract "
                      f"in {s['calls']:,} chunks of ~{args.chunk_kb} kB (start RSS {base:.1f} MB)",  # fmt: skip
            )
            first = next(m for m in marks if m["fraction"] >= 0.1)
            growth = marks[-1]["peak_mb"] - first["peak_mb"]
            flat = growth <= FLAT_TOLERANCE_MB
            results["stream"].update(growth_10_to_100_mb=growth, flat=flat)
            print(f"\npeak RSS growth from 10 % to 100 %: {growth:+.1f} MB -> "
                  f"{'flat' if flat else 'GROWING'} (tolerance {FLAT_TOLERANCE_MB:g} MB)")  # fmt: skip
    write_json(args.json, "memory", env, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
