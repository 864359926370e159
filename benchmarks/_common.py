"""What the benchmark scripts share: timing (median of N runs), the corpus,
fresh-subprocess runs, peak-RSS readings, tables, JSON output.

Conventions: times come from ``time.perf_counter``; 1 MB is 10^6 bytes of
UTF-8 and 1 kB is 10^3 bytes (the corpus is mostly ASCII, so slices are cut
in characters and reported in bytes).
"""

from __future__ import annotations

import argparse
import datetime
import functools
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
MB = 1_000_000
KB = 1_000

if str(BENCH_DIR) not in sys.path:
    sys.path.insert(0, str(BENCH_DIR))

from corpus import make_corpus  # noqa: E402


# --------------------------------------------------------------------------
# Timing
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Timing:
    """Seconds per run: the median and every run."""

    median: float
    runs: tuple[float, ...]

    @property
    def best(self) -> float:
        return min(self.runs)

    def as_dict(self) -> dict[str, Any]:
        return {"median_s": self.median, "runs_s": list(self.runs)}


def time_runs(fn: Callable[[], object], runs: int = 5, warmup: int = 1) -> Timing:
    """Call ``fn`` ``warmup`` times untimed, then time ``runs`` calls."""
    return time_interleaved([fn], runs, warmup)[0]


def time_interleaved(fns: Sequence[Callable[[], object]], runs: int = 5, warmup: int = 1) -> list[Timing]:
    """Time ``fns`` in turn (A, B, C, A, B, C, ...) so a drift in the machine's
    speed falls on all of them alike; one Timing per function, in order.  The
    heap is collected (untimed) before each call, so that no call pays for the
    garbage of the one before."""
    for _ in range(warmup):
        for fn in fns:
            fn()
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for fn, ts in zip(fns, times):
            gc.collect()
            start = time.perf_counter()
            fn()
            ts.append(time.perf_counter() - start)
    return [Timing(statistics.median(ts), tuple(ts)) for ts in times]


def time_per_call(fn: Callable[[], object], runs: int = 5, min_run_s: float = 0.2, warmup: int = 1) -> Timing:
    """Seconds per call of a fast ``fn``: each run loops it enough times to
    last ``min_run_s``, so the timer's resolution does not matter."""
    for _ in range(warmup):
        fn()
    loops = 1
    while True:  # calibrate, as timeit.autorange does
        start = time.perf_counter()
        for _ in range(loops):
            fn()
        took = time.perf_counter() - start
        if took >= min_run_s / 4 or loops >= 1 << 20:
            break
        loops *= 4
    loops = max(1, int(loops * min_run_s / max(took, 1e-9)))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(loops):
            fn()
        times.append((time.perf_counter() - start) / loops)
    return Timing(statistics.median(times), tuple(times))


# --------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------


@functools.lru_cache(maxsize=8)
def load_corpus(size_bytes: int, density: str = "news", seed: int = 0) -> str:
    """The benchmark corpus (generated in memory, deterministic, cached per process)."""
    return make_corpus(size_bytes, density, seed)


def nbytes(text: str) -> int:
    return len(text.encode("utf-8"))


def mb_per_s(size_bytes: int, seconds: float) -> float:
    return size_bytes / MB / seconds if seconds > 0 else float("inf")


# --------------------------------------------------------------------------
# Fresh processes and memory
# --------------------------------------------------------------------------


def run_python(code: str, *, args: Sequence[str] = (), timeout: float = 600, python: str | None = None,
               flags: Sequence[str] = (), env: dict[str, str | None] | None = None,
               ) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run ``python [flags] -c code [args]`` in a fresh process from the repository root,
    with ``env`` changing the environment (None removes a variable).
    Returns the wall time of the whole process (interpreter start-up included) and the result."""
    cmd = [python or sys.executable, *flags, "-c", code, *args]
    child_env = dict(os.environ)
    child_env.pop("PYTHONSTARTUP", None)
    for key, value in (env or {}).items():
        if value is None:
            child_env.pop(key, None)
        else:
            child_env[key] = value
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=child_env)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}): {' '.join(cmd[:3])} ...\n{proc.stderr[-3000:]}")
    return wall, proc


def child_json(code: str, **kw: Any) -> dict[str, Any]:
    """Run ``code`` in a fresh process; its last stdout line is a JSON object."""
    _, proc = run_python(code, **kw)
    return json.loads(proc.stdout.strip().splitlines()[-1])


# Pasted into child processes (which must not import this module: it would
# pull in more than the measurement needs).  Peak and current RSS in MB.
RSS_HELPERS = r'''
import resource, sys
def _status(field):
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
def rss_mb():
    return _status("VmRSS")
def peak_mb():
    hwm = _status("VmHWM")
    if hwm is not None:
        return hwm
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / (1024 * 1024) if sys.platform == "darwin" else r / 1024
def reset_peak():
    """Linux >= 4.0: make VmHWM the current RSS again. False if not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False
'''


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def fmt(x: float | None, digits: int = 2) -> str:
    if x is None:
        return "-"
    if x == float("inf"):
        return "inf"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    return f"{x:.{digits}f}"


def fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def verdict(ok: bool | None) -> str:
    return "-" if ok is None else ("ok" if ok else "MISS")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]], title: str | None = None) -> None:
    """A plain-text table: text columns left-aligned, numbers right-aligned."""
    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]

    def numeric(s: str) -> bool:
        return s[:1].isdigit() or s[:1] in "-+." and s[1:2].isdigit()

    def cell(c: str, w: int, i: int) -> str:  # the first column is a label, always left-aligned
        return c.rjust(w) if i and numeric(c) else c.ljust(w)

    if title:
        print(f"\n{title}")
    line = "  ".join("-" * w for w in widths)
    print("  ".join(h.ljust(w) for h, w in zip(cells[0], widths)).rstrip())
    print(line)
    for row in cells[1:]:
        print("  ".join(cell(c, w, i) for i, (c, w) in enumerate(zip(row, widths))).rstrip())


def environment() -> dict[str, Any]:
    """Where and when the figures were measured."""
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, timeout=10).stdout.strip()  # fmt: skip
        dirty = bool(subprocess.run(["git", "status", "--porcelain", "--", "kzuk_figures"], cwd=ROOT,
                                    capture_output=True, text=True, timeout=10).stdout.strip())  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        commit, dirty = "", False
    try:
        import kzuk_figures

        version = kzuk_figures.__version__
    except Exception:  # noqa: BLE001 - the environment line must not fail
        version = "?"
    return {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average_1min": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
        "kzuk_figures": version,
        "git_commit": commit + ("+dirty" if dirty else ""),
    }


def print_environment() -> dict[str, Any]:
    env = environment()
    load = env["load_average_1min"]
    print(f"{env['date']}  Python {env['python']} on {env['platform']}, {env['cpus']} CPUs"
          + (f" (load average {load:.1f})" if load is not None else "")
          + f", kzuk_figures {env['kzuk_figures']} ({env['git_commit'] or 'no git'})")
    if load is not None and env["cpus"] and load > env["cpus"]:  # this benchmark itself counts for ~1
        print("note: the machine is busy with other work; times will be noisy and slower")
    return env


def add_json_arg(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON to FILE")


def write_json(path: str | None, benchmark: str, env: dict[str, Any], results: Any) -> None:
    if not path:
        return
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"benchmark": benchmark, "environment": env, "results": results}, f, indent=2, default=str)
        f.write("\n")
    print(f"\nwrote {path}")
