"""scan_many and ``kzuk-figures scan``: order, failures, formats, progress, exit status."""

from __future__ import annotations

import collections
import csv
import datetime
import gzip
import io
import itertools
import json
import logging
import os
import re
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

import kzuk_figures as kf
from kzuk_figures import batch
from kzuk_figures.batch import (
    COLUMN_TYPES,
    FIGURE_DTYPES,
    SPARK_SCHEMA,
    Failure,
    Skipped,
    count_documents,
    figure_rows,
    input_files,
    read_documents,
    run_scan,
    scan_many,
)
from kzuk_figures.cli import main
from kzuk_figures.errors import ArgumentTypeError, InvalidArgumentError
from kzuk_figures.rates import default_rates
from kzuk_figures.report import FRAME_COLUMNS, SCHEMA

MAY_2 = datetime.date(2025, 5, 2)
SEED = "The company has invested over 3.5 billion tenge (US$6.7 million) since 2022."
#: A date on which the rate provider below kills its worker process.
DEADLY = datetime.date(2001, 1, 1)


def numbered(n: int) -> list[str]:
    """Documents told apart by their one amount: document i says $(i + 1) million."""
    return [f"Document {i}: it paid ${i + 1} million." for i in range(n)]


def amounts(reports: list[kf.Report]) -> list[str]:
    return [str(r.figures[0].value) for r in reports]


class DeadlyRates:
    """The default rates, except that asking for one date kills the process
    (as the OOM killer or a crash in C code would).  Module level, so it pickles."""

    name = "deadly"

    def rate(self, base: str, quote: str, on: datetime.date) -> kf.Rate:
        if on == DEADLY:
            os._exit(3)
        return default_rates().rate(base, quote, on)

    def coverage(self) -> tuple[datetime.date, datetime.date]:
        return default_rates().coverage()


# --------------------------------------------------------------------------
# scan_many
# --------------------------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
def test_scan_many_yields_reports_in_input_order(workers: int) -> None:
    docs = numbered(40)
    reports = list(scan_many(docs, workers=workers, chunksize=3))
    assert amounts(reports) == [str((i + 1) * 1_000_000) for i in range(40)]
    assert [r.text for r in reports] == docs


def test_parallel_reports_equal_serial_reports() -> None:
    docs = [SEED, *numbered(10), "Nothing to see.", "£60 million (roughly 41.7 billion tenge)"]
    serial = [r.to_dict() for r in scan_many(docs, workers=1, date=MAY_2)]
    parallel = [r.to_dict() for r in scan_many(docs, workers=2, date=MAY_2, chunksize=2)]
    assert parallel == serial
    assert serial[0]["checks"][0]["verdict"] == "consistent"


def test_tuples_name_documents_and_may_carry_their_own_date() -> None:
    docs = [("a", SEED), ("b", SEED, datetime.date(2015, 1, 15)), ("c", SEED, None)]
    reports = list(scan_many(docs, workers=1, date=MAY_2))
    assert [r.source for r in reports] == ["a", "b", "c"]
    assert [r.date for r in reports] == [MAY_2, datetime.date(2015, 1, 15), MAY_2]
    assert [r.checks[0].verdict for r in reports] == ["consistent", "inconsistent", "consistent"]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_document_is_reported_and_skipped(workers: int) -> None:
    docs = [
        ("ok-1", SEED),
        ("not-text", b"bytes are not text"),
        ("bad-date", SEED, "2025-05-02"),  # a str where a date belongs
        ("ok-2", "About $22 billion."),
        ("a", "b", "c", "d"),  # a tuple of four
    ]
    failed: list[Failure] = []
    reports = list(scan_many(docs, workers=workers, date=MAY_2, chunksize=2, on_error=failed.append))
    assert [r.source for r in reports] == ["ok-1", "ok-2"]
    assert [(f.index, f.source, f.error) for f in failed] == [
        (1, "not-text", "ArgumentTypeError"),
        (2, "bad-date", "InvalidArgumentError"),
        (4, None, "InvalidArgumentError"),
    ]
    assert "2025-05-02" in failed[1].message
    assert "Traceback" in failed[1].traceback


def test_without_on_error_a_failure_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="kzuk_figures.batch"):
        reports = list(scan_many([SEED, None, SEED], workers=1, date=MAY_2))
    assert len(reports) == 2
    [record] = caplog.records
    assert "document 1" in record.getMessage() and "ArgumentTypeError" in record.getMessage()


def test_a_dying_worker_costs_only_its_own_document() -> None:
    docs = [(f"d{i}", SEED, DEADLY if i == 7 else MAY_2) for i in range(20)]
    failed: list[Failure] = []
    reports = list(scan_many(docs, workers=2, chunksize=3, rates=DeadlyRates(), on_error=failed.append))
    assert [r.source for r in reports] == [f"d{i}" for i in range(20) if i != 7]
    assert all(r.checks[0].verdict == "consistent" for r in reports)
    assert [(f.index, f.source, f.error) for f in failed] == [(7, "d7", "BrokenProcessPool")]


def test_scan_many_streams_and_does_not_read_ahead_of_its_workers() -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            if pulled > 1000:
                raise AssertionError("scan_many read the whole input before yielding")
            yield f"Document {i}: ${i + 1} million."

    reports = scan_many(endless(), workers=2, chunksize=2)
    first = list(itertools.islice(reports, 5))
    reports.close()  # type: ignore[attr-defined]
    assert amounts(first) == ["1000000", "2000000", "3000000", "4000000", "5000000"]
    # in flight: two chunks per worker, of two documents each, and the chunk being filled
    assert pulled <= 2 * 2 * 2 + 2 + 5


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: scan_many("one text"), ArgumentTypeError),
        (lambda: scan_many(42), ArgumentTypeError),  # type: ignore[arg-type]
        (lambda: scan_many([], workers=0), InvalidArgumentError),
        (lambda: scan_many([], workers=True), InvalidArgumentError),
        (lambda: scan_many([], chunksize=0), InvalidArgumentError),
        (lambda: scan_many([], date="2025-05-02"), InvalidArgumentError),  # type: ignore[arg-type]
        (lambda: scan_many([], rates="hmrc"), InvalidArgumentError),
        (lambda: scan_many([], tolerance=1.5), TypeError),  # type: ignore[arg-type]
        (lambda: scan_many([], on_error="print"), InvalidArgumentError),  # type: ignore[arg-type]
    ],
)
def test_misuse_raises_at_once(call: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        call()  # type: ignore[operator]


def test_rates_that_cannot_travel_need_workers_1() -> None:
    class Local:  # defined in a function: pickle cannot find it again
        name = "local"

        def rate(self, base: str, quote: str, on: datetime.date) -> kf.Rate:
            return default_rates().rate(base, quote, on)

    with pytest.raises(InvalidArgumentError, match="workers=1"):
        scan_many([SEED], workers=2, rates=Local())
    [r] = scan_many([SEED], workers=1, rates=Local(), date=MAY_2)
    assert r.checks[0].verdict == "consistent"


# --------------------------------------------------------------------------
# Rows
# --------------------------------------------------------------------------


def test_figure_rows_are_to_pandas_with_amounts_as_strings() -> None:
    pd = pytest.importorskip("pandas")
    text = Path(__file__).resolve().parent.parent.joinpath("seeds", "example.txt").read_text("utf-8")
    rep = kf.report(text, source="example")
    rows = figure_rows(rep)
    frame = rep.to_pandas()
    assert len(rows) == len(frame) > 4
    assert list(rows[0]) == list(FRAME_COLUMNS) == list(COLUMN_TYPES)
    for row, (_, expect) in zip(rows, frame.iterrows()):
        for name in FRAME_COLUMNS:
            want = expect[name]
            if isinstance(want, Decimal):
                want = str(want)
            elif isinstance(want, tuple):
                want = list(want)
            elif pd.isna(want) if not isinstance(want, (list, tuple)) else False:
                want = None
            assert row[name] == want, name
    assert {type(v) for r in rows for k, v in r.items() if COLUMN_TYPES[k] == "str"} <= {str, type(None)}


def test_schemas_for_dask_and_spark_name_every_column() -> None:
    assert list(FIGURE_DTYPES) == list(FRAME_COLUMNS)
    assert FIGURE_DTYPES["value"] == "string" and FIGURE_DTYPES["check"] == "Int64"
    assert SPARK_SCHEMA.startswith("`document` string, `figure` bigint,")
    assert "`candidates` array<string>" in SPARK_SCHEMA and SPARK_SCHEMA.count("`") == 2 * len(FRAME_COLUMNS)


# --------------------------------------------------------------------------
# Reading files and folders
# --------------------------------------------------------------------------


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A folder of every input kind, two of them broken."""
    root = tmp_path / "archive"
    (root / "2025" / "may").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text("\ufeff" + SEED, encoding="utf-8")
    (root / "2025" / "b.md").write_text("It paid £60 million (roughly 41.7 billion tenge).\r\n", "utf-8")
    (root / "2025" / "notes.csv").write_text("not, a, document", "utf-8")
    (root / ".hidden" / "c.txt").write_text("$1 million", "utf-8")
    (root / "broken.txt").write_bytes(b"caf\xe9 at 5 euros")  # Latin-1, not UTF-8
    lines = [
        json.dumps({"id": "n1", "text": "It paid US$6.7 million.", "published": "2025-05-02"}),
        "",
        '{"id": "n2", "text": "unterminated',
        json.dumps({"text": SEED, "published": "2015-01-15T09:30:00+06:00"}),
        json.dumps({"id": "n4", "body": "no text field"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "n6", "text": "It paid $5m.", "published": "last Tuesday"}),
        json.dumps({"id": 7, "text": "Over 3.5 billion tenge (US$6.7 million).", "published": None}),
    ]
    (root / "2025" / "may" / "news.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    with gzip.open(root / "2025" / "may" / "wire.jsonl.gz", "wb") as gz:
        gz.write(b'{"id": "w1", "text": "\\u20b8350 million"}\n{"id": "w2", "text": "caf\xe9"}\n')
    return root


def test_input_files_walks_folders_in_name_order(archive: Path) -> None:
    files = [os.path.relpath(p, archive) for p in input_files([archive])]
    assert files == [  # a folder's own files first, then its subfolders
        "a.txt",
        "broken.txt",
        os.path.join("2025", "b.md"),
        os.path.join("2025", "may", "news.jsonl"),
        os.path.join("2025", "may", "wire.jsonl.gz"),
    ]
    named = archive / "2025" / "notes.csv"  # a file named directly is taken, as text
    assert list(input_files([named])) == [str(named)]
    with pytest.raises(FileNotFoundError):
        list(input_files([archive / "missing"]))


def test_read_documents_reads_each_kind_and_reports_what_it_skips(archive: Path) -> None:
    skipped: list[Skipped] = []
    docs = list(read_documents([archive], date_field="published", on_skip=skipped.append))
    news = str(archive / "2025" / "may" / "news.jsonl")
    assert [(source, on) for source, _, on in docs] == [
        (str(archive / "a.txt"), None),
        (str(archive / "2025" / "b.md"), None),
        ("n1", MAY_2),
        (f"{news}:4", datetime.date(2015, 1, 15)),  # no id: path and line
        ("7", None),  # a null date is no date
        ("w1", None),
    ]
    assert docs[0][1] == SEED  # the byte-order mark is dropped
    assert docs[1][1].endswith("tenge).\r\n")  # line endings kept: offsets index the file
    assert docs[5][1] == "₸350 million"
    reasons = [(os.path.relpath(s.path, archive), s.line, s.reason.split(" (")[0]) for s in skipped]
    assert reasons == [
        ("broken.txt", None, "not UTF-8"),
        (os.path.join("2025", "may", "news.jsonl"), 3, "not JSON"),
        (os.path.join("2025", "may", "news.jsonl"), 5, "no field 'text'"),
        (os.path.join("2025", "may", "news.jsonl"), 6, "not a JSON object but list"),
        (os.path.join("2025", "may", "news.jsonl"), 7, "field 'published' is 'last Tuesday', not an ISO date"),
        (os.path.join("2025", "may", "wire.jsonl.gz"), 2, "not UTF-8"),
    ]
    assert count_documents([archive]) == len(docs) + len(skipped)


def test_a_truncated_gzip_keeps_the_lines_before_the_damage(tmp_path: Path) -> None:
    whole = gzip.compress(b"".join(json.dumps({"text": f"${i} million"}).encode() + b"\n" for i in range(1, 2000)))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    skipped: list[Skipped] = []
    docs = list(read_documents([path], on_skip=skipped.append))
    assert 0 < len(docs) < 1999
    assert [d[1] for d in docs] == [f"${i} million" for i in range(1, len(docs) + 1)]
    [s] = skipped
    assert s.line == len(docs) + 1 and "truncated or corrupt" in s.reason


# --------------------------------------------------------------------------
# kzuk-figures scan
# --------------------------------------------------------------------------


def scan(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["scan", *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_scan_writes_one_report_per_document_in_jsonl(
    archive: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    status, out, err = scan([str(archive), "--jobs", jobs, "--date", "2025-05-02",
                             "--date-field", "published"], capsys)  # fmt: skip
    reports = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in reports] == [
        str(archive / "a.txt"), str(archive / "2025" / "b.md"), "n1",
        f"{archive / '2025' / 'may' / 'news.jsonl'}:4", "7", "w1",
    ]  # fmt: skip
    for r in reports:
        assert list(r) == list(SCHEMA["report"])
        for f in r["figures"]:
            assert list(f) == list(SCHEMA["figure"])
        for c in r["checks"]:
            assert list(c) == list(SCHEMA["check"])
    by_source = {r["source"]: r for r in reports}
    assert by_source["7"]["checks"][0]["verdict"] == "consistent"  # no date of its own: --date
    old = by_source[f"{archive / '2025' / 'may' / 'news.jsonl'}:4"]["checks"][0]
    assert (old["date"], old["verdict"], old["diagnosis"]) == ("2015-01-15", "inconsistent", "other_period")
    # undecodable file and malformed lines: named on stderr with path and line, and exit status 1
    assert status == 1
    assert f"{archive / 'broken.txt'}: not UTF-8" in err
    assert f"{archive / '2025' / 'may' / 'news.jsonl'}:3: not JSON" in err
    assert f"{archive / '2025' / 'may' / 'wire.jsonl.gz'}:2: not UTF-8" in err
    assert err.count("skipped") == 6


def test_scan_in_parallel_writes_what_the_serial_scan_writes(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outputs = []
    for jobs in ("1", "2"):
        status, out, err = scan([str(archive), "--jobs", jobs, "--date", "2025-05-02", "--format", "csv"], capsys)
        outputs.append((status, out, err))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == 1


def test_scan_exits_0_when_nothing_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(SEED, "utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "text": "$5m"}) + "\n\n", "utf-8")
    status, out, err = scan([str(tmp_path), "--date", "2025-05-02", "-j", "2"], capsys)
    assert (status, err) == (0, "")
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(tmp_path / "a.txt"), "b"]


def test_scan_misuse_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = scan([str(tmp_path / "missing")], capsys)
    assert (status, out) == (2, "") and "missing: no such file or directory" in err
    status, _, err = scan([str(tmp_path), "--rates", "nonsense"], capsys)
    assert status == 2 and "nonsense" in err
    for bad in (["--jobs", "0"], ["--format", "xml"], ["--date", "May 2"]):
        with pytest.raises(SystemExit) as exit_:
            main(["scan", str(tmp_path), *bad])
        assert exit_.value.code == 2
    capsys.readouterr()


def test_scan_csv_has_one_row_per_figure(archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "figures.csv"
    status, out, _ = scan([str(archive / "a.txt"), str(archive / "2025"), "--format", "csv",
                           "--output", str(out_file), "--date", "2025-05-02", "-j", "2"], capsys)  # fmt: skip
    assert (status, out) == (1, "")  # the output went to the file
    with open(out_file, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(FRAME_COLUMNS)
    seed = [r for r in rows if r["document"] == str(archive / "a.txt")]
    assert [(r["text"], r["value"], r["low"], r["role"], r["verdict"]) for r in seed] == [
        ("3.5 billion tenge", "3500000000", "3450000000", "source", "consistent"),
        ("US$6.7 million", "6700000", "6650000", "target", "consistent"),
    ]
    # every digit survives: the string is the Decimal the check used
    reference = kf.check(SEED, date=MAY_2)[0].reference_rate
    assert reference is not None and seed[0]["reference_rate"] == str(reference.value)
    assert seed[0]["reference_rate"].startswith("523.74289804837615854118")
    expected = sum(len(figure_rows(kf.report(text, date=MAY_2, source=source)))
                   for source, text, _ in read_documents([archive / "a.txt", archive / "2025"], on_skip=print))  # fmt: skip
    assert len(rows) == expected


def test_scan_parquet(archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from kzuk_figures.batch import arrow_schema

    out_file = tmp_path / "figures.parquet"
    status, _, _ = scan([str(archive), "--format", "parquet", "-o", str(out_file), "--date", "2025-05-02"], capsys)
    table = pq.read_table(out_file)
    assert status == 1
    assert table.schema.equals(arrow_schema())
    rows = table.to_pylist()
    seed = [r for r in rows if r["document"] == str(archive / "a.txt")]
    assert [(r["value"], r["check"], r["verdict"]) for r in seed] == [
        ("3500000000", 0, "consistent"), ("6700000", 0, "consistent")
    ]  # fmt: skip
    dollars = [r for r in rows if r["currency_text"] == "$"]
    assert dollars and all("CAD" in r["candidates"] and r["currency_inferred"] for r in dollars)
    assert all(r["check"] is None for r in rows if r["role"] is None)


def test_scan_parquet_without_pyarrow_names_the_extra(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    status, out, err = scan([str(archive), "--format", "parquet", "-o", str(tmp_path / "x.parquet")], capsys)
    assert (status, out) == (2, "")
    assert "pip install 'kzuk-figures[parquet]'" in err
    assert not (tmp_path / "x.parquet").exists()


def _run_cli(args: list[str], **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "kzuk_figures", "scan", *args], timeout=120, check=False, **kw)  # type: ignore[call-overload,no-any-return]


def test_piped_stderr_gets_no_progress_bar(archive: Path) -> None:
    proc = _run_cli([str(archive), "--date", "2025-05-02", "--date-field", "published", "-j", "2"],
                    capture_output=True)
    assert proc.returncode == 1
    assert len(proc.stdout.splitlines()) == 6
    err = proc.stderr.decode()
    assert "docs/s" not in err and "\r" not in err and "\x1b" not in err
    assert err.count("skipped") == 6


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_a_terminal_gets_a_progress_bar(archive: Path, tmp_path: Path) -> None:
    import fcntl
    import pty
    import select
    import struct
    import termios

    leader, follower = pty.openpty()
    # a terminal has a size (a new pseudo-terminal's is 0x0, which tqdm draws nothing in)
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    with open(tmp_path / "out.jsonl", "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "kzuk_figures", "scan", str(archive), "--date", "2025-05-02",
             "--date-field", "published", "-j", "2"],
            stdout=out, stderr=follower,
        )  # fmt: skip
        os.close(follower)
        seen = b""
        while True:  # read the terminal until the program closes it
            ready, _, _ = select.select([leader], [], [], 60)
            if not ready:
                break
            try:
                data = os.read(leader, 4096)
            except OSError:  # EIO: the other end is closed
                break
            if not data:
                break
            seen += data
        proc.wait(timeout=60)
    os.close(leader)
    shown = seen.decode()
    assert proc.returncode == 1
    assert "docs/s" in shown and "\r" in shown
    assert "broken.txt: not UTF-8" in shown  # messages still reach the terminal, between redraws
    assert len((tmp_path / "out.jsonl").read_bytes().splitlines()) == 6


def _last_frame(drawn: str) -> str:
    """What a terminal would show last of a progress bar drawn with carriage returns."""
    return drawn.replace("\n", "\r").rstrip("\r").rsplit("\r", 1)[-1]


def test_progress_forced_on_counts_every_document(archive: Path, tmp_path: Path) -> None:
    err = io.StringIO()  # not a terminal: progress=True draws the bar all the same
    status = run_scan([str(archive)], date=MAY_2, date_field="published", jobs=2, progress=True,
                      output=str(tmp_path / "out.jsonl"), stderr=err)  # fmt: skip
    drawn = err.getvalue()
    assert status == 1
    assert "\r" in drawn and "docs/s" in drawn
    # 6 reports and 6 skipped: the bar ends at 12, of 12 once the background count is in
    assert re.search(r"(^|\| )12(/12)? ?(docs)? ?\[", _last_frame(drawn)), _last_frame(drawn)
    assert "broken.txt: not UTF-8" in drawn  # messages are written between redraws


def test_progress_is_off_when_stderr_is_not_a_terminal(archive: Path, tmp_path: Path) -> None:
    err = io.StringIO()
    status = run_scan([str(archive)], date=MAY_2, date_field="published", jobs=1, output=str(tmp_path / "out.jsonl"),
                      stderr=err)  # fmt: skip
    assert status == 1
    assert "docs/s" not in err.getvalue() and "\r" not in err.getvalue()
    assert err.getvalue().count("skipped") == 6


def test_scan_many_shows_a_progress_bar_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    docs = numbered(40)
    assert len(list(scan_many(docs, workers=1, chunksize=4))) == 40
    assert capsys.readouterr().err == ""  # off unless asked
    reports = list(scan_many(docs, workers=2, chunksize=4, progress=True))
    assert amounts(reports) == [str((i + 1) * 1_000_000) for i in range(40)]
    frame = _last_frame(capsys.readouterr().err)
    assert "100%" in frame and "40/40" in frame  # a list has a length: the bar has a total
    list(scan_many(iter(docs[:7]), workers=1, progress=True))
    assert _last_frame(capsys.readouterr().err).startswith("7 docs [")  # a generator has none
    with pytest.raises(InvalidArgumentError):
        scan_many(docs, progress="yes")  # type: ignore[arg-type]


# --------------------------------------------------------------------------
# Signals, the output file, --resume
# --------------------------------------------------------------------------


def corpus(path: Path, n: int) -> list[str]:
    """A JSON-lines file of ``n`` documents with two figures each; their ids."""
    ids = [f"d{i}" for i in range(n)]
    with path.open("w", encoding="utf-8") as fh:
        for i, doc_id in enumerate(ids):
            text = f"Document {i}: it paid ${i + 1} million and £{i + 2} million."
            fh.write(json.dumps({"id": doc_id, "text": text}) + "\n")
    return ids


def documents_in(path: Path, fmt: str) -> list[str]:
    """The document of every row (jsonl: of every report) in an output, in order."""
    if fmt == "jsonl":
        return [json.loads(line)["source"] for line in path.read_text("utf-8").splitlines()]
    if fmt == "csv":
        with path.open(newline="", encoding="utf-8") as fh:
            return [row["document"] for row in csv.DictReader(fh)]
    pq = pytest.importorskip("pyarrow.parquet")
    return list(pq.read_table(path).column("document").to_pylist())


def rows_per_document(fmt: str) -> int:
    return 1 if fmt == "jsonl" else 2  # one report, or one row per figure


def leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.part"))


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_resume_skips_the_documents_done_and_adds_the_rest(tmp_path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    ids = corpus(tmp_path / "all.jsonl", 60)
    first = tmp_path / "first.jsonl"  # the first 25 documents: what an earlier run got through
    first.write_text("".join((tmp_path / "all.jsonl").read_text("utf-8").splitlines(True)[:25]), "utf-8")
    out = tmp_path / f"out.{fmt}"
    assert main(["scan", str(first), "--format", fmt, "-o", str(out), "-j", "1"]) == 0
    before = documents_in(out, fmt)
    assert main(["scan", str(tmp_path / "all.jsonl"), "--format", fmt, "-o", str(out), "-j", "2", "--resume"]) == 0
    after = documents_in(out, fmt)
    assert after[: len(before)] == before  # what was done is kept, first
    assert collections.Counter(after) == {i: rows_per_document(fmt) for i in ids}
    assert after == sorted(after, key=lambda d: int(d[1:]))  # still in input order
    assert leftovers(tmp_path) == []
    # once more: nothing is left to do, and nothing is written twice
    assert main(["scan", str(tmp_path / "all.jsonl"), "--format", fmt, "-o", str(out), "--resume"]) == 0
    assert documents_in(out, fmt) == after


def test_resume_without_an_output_runs_from_the_start(tmp_path: Path) -> None:
    ids = corpus(tmp_path / "all.jsonl", 5)
    out = tmp_path / "out.jsonl"
    assert main(["scan", str(tmp_path / "all.jsonl"), "-o", str(out), "--resume", "-j", "1"]) == 0
    assert documents_in(out, "jsonl") == ids


def test_resume_misuse_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus(tmp_path / "all.jsonl", 3)
    assert main(["scan", str(tmp_path / "all.jsonl"), "--resume"]) == 2  # to stdout: nothing to go on from
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "--resume needs --output FILE" in err
    theirs = tmp_path / "theirs.csv"
    theirs.write_text("name,amount\nx,5\n", "utf-8")
    assert main(["scan", str(tmp_path / "all.jsonl"), "--format", "csv", "-o", str(theirs), "--resume"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"cannot resume from {theirs}" in err and "header" in err
    assert theirs.read_text("utf-8") == "name,amount\nx,5\n"  # left as it was
    assert leftovers(tmp_path) == []


def test_a_jsonl_output_cut_off_mid_line_resumes_from_its_last_whole_line(tmp_path: Path) -> None:
    ids = corpus(tmp_path / "all.jsonl", 8)
    out = tmp_path / "out.jsonl"
    assert main(["scan", str(tmp_path / "all.jsonl"), "-o", str(out), "-j", "1"]) == 0
    lines = out.read_text("utf-8").splitlines(True)
    out.write_text("".join(lines[:3]) + lines[3][:40], "utf-8")  # as an earlier version left it when killed
    assert main(["scan", str(tmp_path / "all.jsonl"), "-o", str(out), "-j", "1", "--resume"]) == 0
    assert documents_in(out, "jsonl") == ids


class _FailingStderr(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")


def test_a_failed_run_leaves_the_previous_output_as_it_was(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"source": "earlier run"}\n', "utf-8")
    with pytest.raises(OSError, match="No space"):  # the first skipped file's message fails
        run_scan([str(archive)], output=str(out), jobs=2, stderr=_FailingStderr())
    assert out.read_text("utf-8") == '{"source": "earlier run"}\n'
    assert leftovers(tmp_path) == []


def test_a_device_named_as_the_output_is_written_to_not_replaced(archive: Path) -> None:
    assert main(["scan", str(archive / "a.txt"), "-o", os.devnull, "-j", "1"]) == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


@pytest.fixture
def signals_raise_here() -> Iterator[None]:
    """SIGINT and SIGTERM raise in the test, not end pytest, unless the code under test takes them over."""

    class Caught(BaseException):
        pass

    def raise_(signum: int, frame: object) -> None:
        raise Caught(signal.Signals(signum).name)

    before = {s: signal.signal(s, raise_) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in before.items():
            signal.signal(s, handler)


@pytest.mark.usefixtures("signals_raise_here")
@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_while_a_document_is_written_waits_for_the_whole_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    signum: int, status: int,
) -> None:  # fmt: skip
    ids = corpus(tmp_path / "all.jsonl", 30)
    out = tmp_path / "out.csv"
    write = batch._CsvWriter.write
    written = 0

    def write_with_a_signal_halfway(self: object, rows: list[dict[str, object]]) -> None:
        nonlocal written
        written += 1
        write(self, rows[:1])  # type: ignore[arg-type]
        if written == 10:
            os.kill(os.getpid(), signum)
        write(self, rows[1:])  # type: ignore[arg-type]

    monkeypatch.setattr(batch._CsvWriter, "write", write_with_a_signal_halfway)
    assert main(["scan", str(tmp_path / "all.jsonl"), "--format", "csv", "-o", str(out), "-j", "1"]) == status
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{out} holds every document finished" in err
    assert collections.Counter(documents_in(out, "csv")) == {i: 2 for i in ids[:10]}  # the 10th whole
    monkeypatch.undo()
    assert main(["scan", str(tmp_path / "all.jsonl"), "--format", "csv", "-o", str(out), "--resume"]) == 0
    assert collections.Counter(documents_in(out, "csv")) == {i: 2 for i in ids}


def _children(pid: int) -> list[int]:
    try:
        import psutil
    except ImportError:  # Linux without psutil: read the parent of every process
        return [int(entry) for entry in os.listdir("/proc") if entry.isdigit() and _stat(int(entry))[1:] == [str(pid)]]
    return [c.pid for c in psutil.Process(pid).children(recursive=True)]


def _running(pid: int) -> bool:
    """True while ``pid`` is a process that has not exited (a zombie has)."""
    try:
        import psutil
    except ImportError:
        return _stat(pid)[:1] not in ([], ["Z"], ["X"])
    try:
        return bool(psutil.Process(pid).status() != psutil.STATUS_ZOMBIE)
    except psutil.NoSuchProcess:
        return False


def _stat(pid: int) -> list[str]:
    """[state, parent's pid] from /proc/PID/stat; [] when there is no such process."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[:2]
    except OSError:
        return []


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX")
@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_sigterm_ends_the_workers_keeps_a_readable_output_and_resume_completes_it(
    tmp_path: Path, fmt: str
) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    ids = corpus(tmp_path / "all.jsonl", 16_000)  # a few seconds' work for two workers
    out = tmp_path / f"out.{fmt}"
    args = [sys.executable, "-m", "kzuk_figures", "scan", str(tmp_path / "all.jsonl"), "--jobs", "2",
            "--format", fmt, "--output", str(out)]  # fmt: skip
    errors = tmp_path / "stderr.txt"  # a file, not a pipe: a full pipe would stall the scan
    with errors.open("wb") as err_file:
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err_file)
    try:
        deadline = time.monotonic() + 30
        workers: list[int] = []
        # Until the workers run and the first reports reach the file (Parquet's
        # rows wait in memory for a row group to fill: there, the file's magic
        # number is all there is to see, and the workers get a moment more).
        while len(workers) < 2 or not any(f.stat().st_size for f in [*leftovers(tmp_path), out] if f.exists()):
            assert time.monotonic() < deadline and proc.poll() is None, errors.read_text()[-2000:]
            time.sleep(0.05)
            workers = _children(proc.pid)
        if fmt == "parquet":
            time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=5)
    finally:
        proc.kill()
    err = errors.read_text()
    assert proc.returncode == 143, err[-2000:]
    assert "Traceback" not in err and err.count("\n") == 1 and "terminated" in err
    assert not [pid for pid in workers if _running(pid)], "worker processes outlived the scan"
    done = documents_in(out, fmt)  # readable: every jsonl line parses, Parquet opens
    assert 0 < len(done) < len(ids) * rows_per_document(fmt)
    assert leftovers(tmp_path) == []
    finished = subprocess.run([*args, "--resume"], capture_output=True, timeout=60, check=False)
    assert finished.returncode == 0, finished.stderr.decode()
    after = documents_in(out, fmt)
    assert after[: len(done)] == done
    assert collections.Counter(after) == {i: rows_per_document(fmt) for i in ids}


CLAIMED = "Exports rose 25% to $2.1 billion from $1.8 billion. It paid 3.5 billion tenge (US$6.7 million)."


@pytest.mark.parametrize("workers", [1, 2])
def test_scan_many_checks_the_stated_arithmetic_unless_told_not_to(workers: int) -> None:
    on = datetime.date(2025, 5, 2)
    with_claims = list(kf.scan_many([CLAIMED], workers=workers, date=on))
    without = list(kf.scan_many([CLAIMED], workers=workers, date=on, claims=False))
    assert [(c.claim, c.verdict) for c in with_claims[0].checks] == [("change", "inconsistent"), ("conversion", "consistent")]
    assert [(c.claim, c.verdict) for c in without[0].checks] == [("conversion", "consistent")]
    assert with_claims[0].figures == without[0].figures


def test_scan_many_claims_must_be_a_bool() -> None:
    with pytest.raises(kf.InvalidArgumentError, match="claims 'no' must be True or False"):
        kf.scan_many(["$5m"], workers=1, claims="no")  # type: ignore[arg-type]


def test_scan_no_claims_leaves_the_stated_arithmetic_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(CLAIMED, "utf-8")
    kinds = {}
    for flag in ([], ["--no-claims"]):
        status, out, err = scan([str(tmp_path), "--date", "2025-05-02", "-j", "1", *flag], capsys)
        assert (status, err) == (0, "")
        kinds[tuple(flag)] = [c["claim"] for c in json.loads(out)["checks"]]
    assert kinds == {(): ["change", "conversion"], ("--no-claims",): ["conversion"]}
