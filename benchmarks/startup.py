"""Start-up costs, each measured in fresh Python processes (median of ``--runs``).

    python benchmarks/startup.py                  # ~10 seconds
    python benchmarks/startup.py --runs 11 --json out.json

* ``import kzuk_figures``: timed inside the child (``perf_counter`` around the
  import), and as the wall time of ``python -c "import kzuk_figures"`` less
  that of ``python -c pass``;
* the first ``extract`` of a fresh process, import included;
* the first ``check`` of a fresh process, import included (the reference rates
  load on first use), and the same with an empty cache folder, where it also
  prepares ECB's table for later processes (information);
* the peak RSS of each of those children, read in the child right after its
  work, less that of a child that does nothing (``python -c pass`` and the
  same reading).  The peak is ``VmHWM`` of ``/proc/self/status`` where there
  is one, else ``getrusage(RUSAGE_SELF).ru_maxrss``: on Linux ``ru_maxrss``
  survives the ``exec``, so a child started from this script reads at least
  this script's own RSS (~20 MB) whatever it does;
* ``python -X importtime -c "import kzuk_figures"``: the modules with the
  largest cumulative import time;
* the heavy or optional packages that must not be imported by
  ``import kzuk_figures``: pint, hypothesis, pandas, requests, forex_python.
  Also shown (for information) after the first ``check``.

Bytecode caches are written to a private temporary directory
(PYTHONPYCACHEPREFIX) by an untimed first run, so the figures are those of an
installed package whatever PYTHONDONTWRITEBYTECODE says; when that variable
is set, the import without caches is shown too.

Targets (issue 15): import <= 25 ms; first extract <= 200 ms and first check
<= 100 ms, each including the import; peak RSS after the first check <= 35 MB
above the bare interpreter's.
Exit status 1 if a forbidden module is imported (and, with ``--strict``, if a
target is missed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from typing import Any

from _common import add_json_arg, child_json, fmt_time, print_environment, print_table, run_python, verdict, write_json

FORBIDDEN = ("pint", "hypothesis", "pandas", "requests", "forex_python")
TARGET_IMPORT_S = 0.025
TARGET_FIRST_EXTRACT_S = 0.200
TARGET_FIRST_CHECK_S = 0.100
TARGET_CHECK_RSS_MB = 35.0
TEXT = "Since 2022 it has invested over 3.5 billion tenge (US$6.7 million)."

# The children import nothing before the clock starts but ``time``; the peak
# RSS is read before json (or anything else) is imported.
CHILD = """
import time
t0 = time.perf_counter()
{imports}
t1 = time.perf_counter()
{action}
t2 = time.perf_counter()
import sys
try:
    with open("/proc/self/status") as status:
        peak_mb = next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    import resource
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
import json
print(json.dumps({{"import_s": t1 - t0, "call_s": t2 - t1, "total_s": t2 - t0, "peak_rss_mb": peak_mb,
                  "forbidden": [m for m in {forbidden!r} if m in sys.modules],
                  "modules": len(sys.modules)}}))
"""
ACTIONS = {
    "bare": "",  # no import either: the interpreter's own peak RSS
    "import": "",
    "extract": f"kzuk_figures.extract({TEXT!r})",
    "check": f"import datetime; kzuk_figures.check({TEXT!r}, date=datetime.date(2025, 5, 2))",
}


# Bytecode caches go to a private directory (written by a first, untimed run),
# so that the figures do not depend on PYTHONDONTWRITEBYTECODE or on whether
# the source tree has __pycache__ directories.
_CACHE: dict[str, str | None] = {"PYTHONDONTWRITEBYTECODE": None}


def child(action: str, env: dict[str, str | None] | None = None) -> dict[str, Any]:
    imports = "" if action == "bare" else "import kzuk_figures"
    return child_json(CHILD.format(imports=imports, action=ACTIONS[action], forbidden=FORBIDDEN),
                      env=_CACHE if env is None else env)


def importtime(top: int) -> list[dict[str, Any]]:
    """``-X importtime`` of ``import kzuk_figures``: the ``top`` entries by cumulative time."""
    _, proc = run_python("import kzuk_figures", flags=["-X", "importtime"], env=_CACHE)
    entries: list[dict[str, Any]] = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cum_us, name = line[len("import time:") :].split("|")
        entries.append({"module": name.strip(), "depth": (len(name) - len(name.lstrip()) - 1) // 2,
                        "self_us": int(self_us), "cumulative_us": int(cum_us)})  # fmt: skip
    return sorted(entries, key=lambda e: -e["cumulative_us"])[:top]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7, help="fresh processes per figure (default 7; median reported)")
    ap.add_argument("--top", type=int, default=15, help="entries of -X importtime to show (default 15)")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    add_json_arg(ap)
    args = ap.parse_args(argv)
    env = print_environment()
    with tempfile.TemporaryDirectory(prefix="kzuk-pycache-") as cache:
        _CACHE["PYTHONPYCACHEPREFIX"] = cache
        return measure(args, env)


def start_up(runs: int) -> tuple[list[list[str]], dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The start-up rows (import, first extract, first check, peak RSS), their
    results with ``targets``, and every child's sample; ``throughput.py`` shows
    the same rows in its own run."""
    for code in ("import kzuk_figures", "import kzuk_figures; " + ACTIONS["check"]):  # write .pyc, warm caches
        run_python(code, env=_CACHE)
    bare = statistics.median(run_python("pass", env=_CACHE)[0] for _ in range(runs))
    with_import = statistics.median(run_python("import kzuk_figures", env=_CACHE)[0] for _ in range(runs))
    results: dict[str, Any] = {"python_pass_wall_s": bare, "python_import_wall_s": with_import}
    samples: dict[str, list[dict[str, Any]]] = {a: [] for a in ACTIONS}
    for _ in range(runs):  # interleaved, so that a busy spell on the machine hits every figure alike
        for a in ACTIONS:
            samples[a].append(child(a))
    # The library's caches (ECB's prepared table) are written by the warm-up
    # run above; a process with an empty cache folder prepares them itself.
    samples["check_cold"] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="kzuk-cache-") as home:
            samples["check_cold"].append(child("check", env={**_CACHE, "XDG_CACHE_HOME": home, "HOME": home,
                                                             "LOCALAPPDATA": home}))  # fmt: skip
    med = {a: {k: statistics.median(s[k] for s in samples[a]) for k in ("import_s", "call_s", "total_s", "peak_rss_mb")}
           for a in samples}  # fmt: skip
    results["children"] = {a: {**med[a], "runs": samples[a]} for a in samples}
    bare_rss = med["bare"]["peak_rss_mb"]
    above = {a: med[a]["peak_rss_mb"] - bare_rss for a in ("import", "extract", "check")}
    results["peak_rss_above_bare_mb"] = above

    import_ok = med["import"]["import_s"] <= TARGET_IMPORT_S
    extract_ok = med["extract"]["total_s"] <= TARGET_FIRST_EXTRACT_S
    check_ok = med["check"]["total_s"] <= TARGET_FIRST_CHECK_S
    rss_ok = above["check"] <= TARGET_CHECK_RSS_MB
    rows = [
        ["python -c pass (interpreter start-up)", fmt_time(bare), "", ""],
        ["python -c 'import kzuk_figures', less the above", fmt_time(with_import - bare), "", ""],
        ["import kzuk_figures (timed in the child)", fmt_time(med["import"]["import_s"]),
         f"<= {fmt_time(TARGET_IMPORT_S)}", verdict(import_ok)],
        ["first extract, import included", fmt_time(med["extract"]["total_s"]),
         f"<= {fmt_time(TARGET_FIRST_EXTRACT_S)}", verdict(extract_ok)],
        ["  of which the first extract call", fmt_time(med["extract"]["call_s"]), "", ""],
        ["first check, import included", fmt_time(med["check"]["total_s"]),
         f"<= {fmt_time(TARGET_FIRST_CHECK_S)}", verdict(check_ok)],
        ["  of which the first check call", fmt_time(med["check"]["call_s"]), "", ""],
        ["first check, import included, with an empty cache folder", fmt_time(med["check_cold"]["total_s"]),
         "", "info"],
        ["peak RSS of python -c pass", f"{bare_rss:.1f} MB", "", ""],
        ["peak RSS after import kzuk_figures, above that", f"+{above['import']:.1f} MB", "", ""],
        ["peak RSS after the first extract, above that", f"+{above['extract']:.1f} MB", "", ""],
        ["peak RSS after the first check, above that", f"+{above['check']:.1f} MB",
         f"<= {TARGET_CHECK_RSS_MB:.0f} MB", verdict(rss_ok)],
    ]  # fmt: skip
    results["targets"] = {"import_ok": import_ok, "first_extract_ok": extract_ok,
                          "first_check_ok": check_ok, "check_rss_ok": rss_ok}  # fmt: skip
    return rows, results, samples


def measure(args: argparse.Namespace, env: dict[str, Any]) -> int:
    rows, results, samples = start_up(args.runs)
    import_ok, extract_ok, check_ok, rss_ok = results["targets"].values()
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):  # how this environment would run it: no .pyc at all
        nopyc = statistics.median(child("import", env={})["import_s"] for _ in range(args.runs))
        results["import_without_pyc_s"] = nopyc
        rows.append(["import kzuk_figures with PYTHONDONTWRITEBYTECODE=1 as set here (no .pyc of the package)",
                     fmt_time(nopyc), "", "info"])
    print_table(["what (fresh processes)", f"median of {args.runs}", "target", ""], rows, title="Start-up")

    top = importtime(args.top)
    results["importtime_top"] = top
    print_table(["module", "nesting", "cumulative", "self"],
                [[e["module"], e["depth"], fmt_time(e["cumulative_us"] / 1e6), fmt_time(e["self_us"] / 1e6)]
                 for e in top],
                title=f"python -X importtime -c 'import kzuk_figures': top {args.top} by cumulative time (one run)")  # fmt: skip

    after_import = sorted({m for s in samples["import"] for m in s["forbidden"]})
    after_check = sorted({m for s in samples["check"] for m in s["forbidden"]})
    print_table(["module", "after import kzuk_figures", "after the first check (information)"],
                [[m, "IMPORTED - must not be" if m in after_import else "not imported",
                  "imported" if m in after_check else "not imported"] for m in FORBIDDEN],
                title="Modules that import kzuk_figures must not pull in")  # fmt: skip
    results["forbidden_after_import"] = after_import
    results["forbidden_after_check"] = after_check
    results["modules_after_import"] = statistics.median(s["modules"] for s in samples["import"])
    print(f"\nsys.modules after import kzuk_figures: {results['modules_after_import']:.0f} entries")
    write_json(args.json, "startup", env, results)

    if after_import:
        print(f"\nFAIL: import kzuk_figures imports {', '.join(after_import)}")
        return 1
    if args.strict and not (import_ok and extract_ok and check_ok and rss_ok):
        print("\nFAIL: a start-up target is missed (--strict)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
