"""Documents per second of ``kzuk-figures scan``, at ``--jobs 1`` and ``--jobs 2``.

    python benchmarks/scan_docs_per_second.py                 # 3 000 documents, ~1-2 minutes
    python benchmarks/scan_docs_per_second.py --docs 10000 --jobs 1 2 4 --json out.json

The documents are news articles from the benchmark corpus (``corpus.py``:
a headline, a dated first paragraph and body paragraphs, about 1 monetary
figure per 500 characters), written once to a JSON-lines file (``--input
jsonl``, the default) or to a folder of ``.txt`` files (``--input txt``).
Each run is the whole command in a fresh process, as a user runs it:

    python -m kzuk_figures scan INPUT --jobs J --date 2025-05-02 --format F --output FILE

timed from start to exit (interpreter start-up, imports, worker start-up,
lexicon and rate tables included), the median of ``--runs``.  Two columns:

* ``docs/s``: documents over the whole command's wall time;
* ``docs/s, steady``: the same minus the fixed cost, measured by running
  the command on a single document (``(N - 1) / (t_N - t_1)``): the rate a
  long archive sees.

``speed-up`` is each row's steady rate over the ``--jobs 1`` one.  With
more jobs than cores, or on a loaded machine, expect less than linear.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import add_json_arg, fmt, print_environment, print_table, write_json
from corpus import (  # the corpus's headlines mark where an article starts
    _HEADLINES,
    paragraphs,
)

DATE = "2025-05-02"


def articles(n: int, seed: int = 0) -> list[str]:
    """``n`` articles: each a headline and the paragraphs up to the next headline."""
    docs: list[str] = []
    current: list[str] = []
    for para in paragraphs("news", seed):
        if para.split(":")[0] in _HEADLINES and current:
            docs.append("\n\n".join(current))
            current = []
            if len(docs) == n:
                break
        current.append(para)
    return docs


def write_input(docs: list[str], folder: Path, kind: str) -> Path:
    if kind == "jsonl":
        path = folder / "docs.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i, text in enumerate(docs):
                fh.write(json.dumps({"id": f"doc-{i}", "text": text}, ensure_ascii=False) + "\n")
        return path
    path = folder / "docs"
    path.mkdir()
    for i, text in enumerate(docs):
        (path / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    return path


def run_scan(path: Path, jobs: int, fmt_: str, out: Path) -> float:
    cmd = [sys.executable, "-m", "kzuk_figures", "scan", str(path), "--jobs", str(jobs),
           "--date", DATE, "--format", fmt_, "--output", str(out)]  # fmt: skip
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=3600, check=False)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"scan exited {proc.returncode}: {proc.stderr[-2000:]}")
    return wall


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=3000, help="documents (default 3000)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="--jobs values (default 1 2)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per setting (median; default 3)")
    ap.add_argument("--input", choices=("jsonl", "txt"), default="jsonl", help="one JSON-lines file, or a folder of .txt")
    ap.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl", help="output format")
    add_json_arg(ap)
    args = ap.parse_args(argv)

    env = print_environment()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    if load is not None and load > (os.cpu_count() or 1) / 2:
        print(f"note: load average {load:.1f} on {os.cpu_count()} CPUs; timings will vary")
    docs = articles(args.docs)
    chars = sum(len(d) for d in docs)
    results: dict[str, Any] = {"docs": len(docs), "chars": chars, "input": args.input, "format": args.format, "rows": []}
    print(f"{len(docs):,} articles, {chars / len(docs):,.0f} characters each on average "
          f"({chars / 1e6:.1f} M characters), input {args.input}, output {args.format}")  # fmt: skip

    with tempfile.TemporaryDirectory(prefix="kzuk-scan-bench-") as tmp:
        folder = Path(tmp)
        (folder / "big").mkdir()
        (folder / "one").mkdir()
        big = write_input(docs, folder / "big", args.input)
        one = write_input(docs[:1], folder / "one", args.input)
        out = folder / f"out.{args.format}"
        rows = []
        base_steady = None
        for jobs in args.jobs:
            fixed = statistics.median(run_scan(one, jobs, args.format, out) for _ in range(args.runs))
            walls = [run_scan(big, jobs, args.format, out) for _ in range(args.runs)]
            wall = statistics.median(walls)
            rate = len(docs) / wall
            steady = (len(docs) - 1) / max(wall - fixed, 1e-9)
            base_steady = base_steady or steady
            rows.append([str(jobs), fmt(wall), fmt(fixed), fmt(rate, 1), fmt(steady, 1), f"{steady / base_steady:.2f}x"])
            results["rows"].append({"jobs": jobs, "wall_s": wall, "runs_s": walls, "fixed_s": fixed,
                                    "docs_per_s": rate, "steady_docs_per_s": steady})  # fmt: skip
    print_table(["--jobs", "wall s", "1-doc s", "docs/s", "docs/s, steady", "speed-up"], rows,
                title=f"kzuk-figures scan, median of {args.runs} runs")  # fmt: skip
    write_json(args.json, "scan_docs_per_second", env, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
