"""Many documents at once: :func:`scan_many`, and the parts of ``kzuk-figures scan``.

:func:`scan_many` runs :func:`~kzuk_figures.report.report` over an iterable
of documents in worker processes and yields the reports in input order.  It
streams: documents are read from the iterable only as workers become free
(at most ``2 * workers`` chunks are in flight), so an archive larger than
memory goes through in constant memory.  A document whose processing raises
is handed to ``on_error`` as a :class:`Failure` and skipped; the run goes on.
Even a worker process that dies (killed, out of memory) loses only the
document it was reading: the pool is rebuilt and the documents that were in
flight are retried one at a time, so the culprit is found and every other
document still gets its report.

:func:`read_documents` turns files and folders into ``(source, text, date)``
tuples for it: ``.txt`` and ``.md`` files are one document each, ``.jsonl``
and ``.jsonl.gz`` files one per line.  What cannot be read (a file that is not
UTF-8, a line that is not JSON) is handed to ``on_skip`` as a :class:`Skipped`.

:func:`figure_rows` flattens a report into one row per figure, the columns of
:meth:`Report.to_pandas() <kzuk_figures.report.Report.to_pandas>`
(:data:`~kzuk_figures.report.FRAME_COLUMNS`) with every amount and rate as a
string, for CSV, Parquet (:func:`arrow_schema`), Dask (:data:`FIGURE_DTYPES`)
and Spark (:data:`SPARK_SCHEMA`).

>>> import kzuk_figures as kf
>>> docs = [("a", "It paid over 3.5 billion tenge (US$6.7 million)."), ("b", "No figures.")]
>>> [(r.source, len(r.figures)) for r in kf.scan_many(docs, workers=1)]
[('a', 2), ('b', 0)]
"""

from __future__ import annotations

import datetime
import json
import os
import pickle
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import IO, TYPE_CHECKING, Any, NamedTuple, cast

from .errors import ArgumentTypeError, InvalidArgumentError
from .report import FRAME_COLUMNS, Report, report
from .types import exact

if TYPE_CHECKING:  # pragma: no cover
    from concurrent.futures import Future, ProcessPoolExecutor

    import pyarrow  # type: ignore[import-untyped]

# concurrent.futures, logging, gzip, zlib and traceback are imported where
# they are used: `import kzuk_figures` stays cheap (STYLE.md, habit 3).

__all__ = [
    "COLUMN_TYPES",
    "DEFAULT_CHUNKSIZE",
    "FIGURE_DTYPES",
    "SPARK_SCHEMA",
    "Failure",
    "Skipped",
    "arrow_schema",
    "count_documents",
    "figure_rows",
    "input_files",
    "read_documents",
    "scan_many",
]

#: Documents per task sent to a worker process.  A task is also closed once
#: it holds this many characters, so one huge document does not sit in a
#: chunk with thirty others.
DEFAULT_CHUNKSIZE = 32
_CHUNK_CHARS = 1 << 20
#: Chunks in flight per worker: one being read, one waiting.
_IN_FLIGHT_PER_WORKER = 2


# --------------------------------------------------------------------------
# What goes wrong
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Failure:
    """A document :func:`scan_many` could not report on; it was skipped.

    ``index`` is the document's position in the input (from 0), ``source``
    its name when the input gave one, ``error`` the exception's type name,
    ``message`` its text and ``traceback`` where it was raised.
    """

    index: int
    source: str | None
    error: str
    message: str
    traceback: str = ""

    def __str__(self) -> str:
        where = self.source if self.source is not None else f"document {self.index}"
        return f"{where}: {self.error}: {self.message}"


@dataclass(frozen=True, slots=True)
class Skipped:
    """Input :func:`read_documents` could not read: a file, or one line of one."""

    path: str
    #: The line number in a JSON-lines file (from 1); None for a whole file.
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}; skipped"


# --------------------------------------------------------------------------
# scan_many
# --------------------------------------------------------------------------

#: One input item with its position: (index, item).
_Item = tuple[int, object]


def scan_many(
    texts: Iterable[object],
    *,
    workers: int | None = None,
    date: datetime.date | None = None,
    rates: object | None = None,
    tolerance: Decimal | int | str | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    on_error: Callable[[Failure], object] | None = None,
) -> Iterator[Report]:
    """:func:`~kzuk_figures.report.report` on every document, in parallel, in input order.

    ``texts`` is any iterable (a generator is best: it is read lazily) of
    texts, ``(source, text)`` or ``(source, text, date)`` tuples; ``source``
    names the document in its report, and a tuple's ``date`` (None for
    none) overrides ``date``.  ``workers`` processes do the work (default
    ``os.cpu_count()``; ``1`` runs in this process, with no pool);
    ``chunksize`` documents go to a worker at a time.  ``rates`` (a
    provider, pickled once to each worker) and ``tolerance`` are as for
    :func:`~kzuk_figures.check.check`.

    A document whose processing raises is skipped and handed to
    ``on_error`` as a :class:`Failure`.  Without ``on_error`` it is logged
    as a warning on the ``kzuk_figures.batch`` logger, which Python prints
    on stderr unless logging is configured otherwise.  Misuse (a bad
    argument to ``scan_many`` itself) raises at once.

    >>> import datetime
    >>> docs = ["It paid over 3.5 billion tenge (US$6.7 million).", None, "About $22 billion."]
    >>> failed = []
    >>> reports = scan_many(docs, workers=1, date=datetime.date(2025, 5, 2), on_error=failed.append)
    >>> [[c.verdict for c in r.checks] for r in reports]
    [['consistent'], []]
    >>> [(f.index, f.error) for f in failed]
    [(1, 'ArgumentTypeError')]
    """
    if isinstance(texts, (str, bytes)) or not isinstance(texts, Iterable):
        raise ArgumentTypeError(
            f"scan_many() needs an iterable of documents, not {type(texts).__name__}; "
            "for one text use kzuk_figures.report(text)"
        )
    if on_error is not None and not callable(on_error):
        raise InvalidArgumentError(f"on_error {on_error!r} is not callable")
    settings = _settings(workers, date, rates, tolerance, chunksize)
    return _reports(texts, settings, on_error or _warn)


def _warn(problem: Failure | Skipped) -> None:
    import logging

    logging.getLogger(__name__).warning("skipped %s", problem)


def _reports(
    texts: Iterable[object], settings: _Settings, on_error: Callable[[Failure], object]
) -> Iterator[Report]:
    for outcome in _outcomes(texts, settings, None):
        if isinstance(outcome, Failure):
            on_error(outcome)
        else:
            yield outcome


class _Settings(NamedTuple):
    workers: int
    date: datetime.date | None
    rates: object | None
    tolerance: Decimal | None
    chunksize: int


def _settings(
    workers: object, date: object, rates: object, tolerance: object, chunksize: object
) -> _Settings:
    """Every argument checked here, so misuse raises before any work starts."""
    if workers is None:
        workers = os.cpu_count() or 1
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise InvalidArgumentError(f"workers {workers!r} must be a whole number, at least 1")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise InvalidArgumentError(f"chunksize {chunksize!r} must be a whole number, at least 1")
    if date is not None and not isinstance(date, datetime.date):
        raise InvalidArgumentError(f"date {date!r} is not a datetime.date")
    if isinstance(date, datetime.datetime):
        date = date.date()
    if rates is not None and not callable(getattr(rates, "rate", None)):
        raise InvalidArgumentError(f"rates {rates!r} has no rate(base, quote, on) method")
    tol = None if tolerance is None else exact(tolerance, "tolerance")
    if tol is not None and not (0 <= tol < 1):
        raise InvalidArgumentError(f"tolerance {tol!r} must be at least 0 and below 1")
    if workers > 1 and rates is not None:
        try:
            pickle.dumps(rates)
        except Exception as exc:
            raise InvalidArgumentError(
                f"rates {rates!r} cannot be sent to worker processes ({exc}); "
                "pass workers=1, or a provider that pickles"
            ) from exc
    return _Settings(workers, date, rates, tol, chunksize)


#: What a worker returns for one document: a Report (or what ``render`` made
#: of it), or a Failure.
_Outcome = Any
_Render = Callable[[Report], Any] | None


def _outcomes(
    texts: Iterable[object], settings: _Settings, render: _Render
) -> Generator[_Outcome, None, None]:
    """One outcome per document, in input order; ``render`` runs in the worker."""
    items = enumerate(texts)
    if settings.workers == 1:
        job = _Job(settings.date, settings.rates, settings.tolerance, render)
        for item in items:
            yield job.run(item)
        return
    yield from _Pool(settings, render).run(items)


class _Job(NamedTuple):
    """What every document is processed with; sent once to each worker process."""

    date: datetime.date | None
    rates: object | None
    tolerance: Decimal | None
    render: _Render

    def run(self, item: _Item) -> _Outcome:
        index, given = item
        source: str | None = None
        try:
            source, text, on = _unpack(given)
            made = report(
                text,  # type: ignore[arg-type]
                date=on if on is not None else self.date,  # type: ignore[arg-type]
                rates=self.rates,
                tolerance=self.tolerance,
                source=source,
            )
            return made if self.render is None else self.render(made)
        except Exception as exc:  # noqa: BLE001 - a document is skipped, never the run
            import traceback

            return Failure(
                index=index,
                source=source,
                error=type(exc).__name__,
                message=str(exc),
                traceback="".join(traceback.format_exception(exc)),
            )

    def run_chunk(self, chunk: Sequence[_Item]) -> list[_Outcome]:
        return [self.run(item) for item in chunk]


def _unpack(given: object) -> tuple[str | None, object, object]:
    if isinstance(given, tuple):
        if len(given) == 2:
            source, text = given
            on = None
        elif len(given) == 3:
            source, text, on = given
        else:
            raise InvalidArgumentError(
                f"a document is a text, (source, text) or (source, text, date), "
                f"not a tuple of {len(given)}"
            )
        return (None if source is None else str(source)), text, on
    return None, given, None


# The worker process's job, set once by the pool's initializer.
_worker_job: _Job | None = None


def _init_worker(job: _Job) -> None:
    global _worker_job
    _worker_job = job


def _run_chunk(chunk: Sequence[_Item]) -> list[_Outcome]:
    assert _worker_job is not None, "the pool's initializer did not run"
    return _worker_job.run_chunk(chunk)


def _size(given: object) -> int:
    """About how many characters a document holds, to cap a chunk's size."""
    if isinstance(given, tuple) and len(given) >= 2:
        given = given[1]
    return len(given) if isinstance(given, str) else 1


def _chunks(items: Iterator[_Item], chunksize: int) -> Iterator[list[_Item]]:
    chunk: list[_Item] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += _size(item[1])
        if len(chunk) >= chunksize or chars >= _CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


class _Pool:
    """A process pool that yields outcomes in order and survives a dying worker."""

    def __init__(self, settings: _Settings, render: _Render) -> None:
        self.settings = settings
        self.job = _Job(settings.date, settings.rates, settings.tolerance, render)
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(
            max_workers=self.settings.workers, initializer=_init_worker, initargs=(self.job,)
        )

    def _restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()

    def run(self, items: Iterator[_Item]) -> Iterator[_Outcome]:
        limit = _IN_FLIGHT_PER_WORKER * self.settings.workers
        pending: deque[tuple[list[_Item], Future[list[_Outcome]]]] = deque()
        try:
            for chunk in _chunks(items, self.settings.chunksize):
                pending.append((chunk, self._submit(chunk)))
                while len(pending) >= limit:
                    yield from self._next(pending)
            while pending:
                yield from self._next(pending)
        finally:
            self.executor.shutdown(wait=True, cancel_futures=True)

    def _submit(self, chunk: list[_Item]) -> Future[list[_Outcome]]:
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.executor.submit(_run_chunk, chunk)
        except BrokenProcessPool as exc:
            # The pool died before its result was collected: hand the chunk
            # on as failed, and _next recovers it with the others in flight.
            broken: Future[list[_Outcome]] = Future()
            broken.set_exception(exc)
            return broken

    def _next(self, pending: deque[tuple[list[_Item], Future[list[_Outcome]]]]) -> Iterator[_Outcome]:
        from concurrent.futures.process import BrokenProcessPool

        chunk, future = pending.popleft()
        try:
            yield from future.result()
            return
        except BrokenProcessPool:
            # A worker died, and with it the pool: every chunk in flight is a
            # suspect.  Keep what finished; retry the rest one document at a
            # time on a new pool, so only the document that kills a worker is lost.
            suspects = [(chunk, future), *pending]
            pending.clear()
            self._restart()
            for chunk, future in suspects:
                if future.exception() is None:
                    yield from future.result()
                else:
                    yield from self._one_by_one(chunk)
        except Exception:  # noqa: BLE001
            # The chunk itself could not travel (an input that does not pickle).
            yield from self._one_by_one(chunk)

    def _one_by_one(self, chunk: list[_Item]) -> Iterator[_Outcome]:
        from concurrent.futures.process import BrokenProcessPool

        for item in chunk:
            try:
                yield from self._submit([item]).result()
            except BrokenProcessPool:
                self._restart()
                yield _failed(item, "BrokenProcessPool",
                              "the worker process died reading this document "
                              "(killed, out of memory, or a crash outside Python)")  # fmt: skip
            except Exception as exc:  # noqa: BLE001 - as in _Job.run: skip the document, not the run
                yield _failed(item, type(exc).__name__, str(exc))


def _failed(item: _Item, error: str, message: str) -> Failure:
    index, given = item
    source = given[0] if isinstance(given, tuple) and given else None
    return Failure(index, None if source is None else str(source), error, message)


# --------------------------------------------------------------------------
# Rows: one per figure, amounts as strings
# --------------------------------------------------------------------------

_INT_COLUMNS = frozenset({"figure", "start", "end", "check"})

#: The type of each column of :func:`figure_rows`: ``"str"``, ``"int"``,
#: ``"bool"`` or ``"list[str]"``.  Amounts and rates are ``"str"``: exact
#: decimal strings, to be read with ``Decimal``.
COLUMN_TYPES: Mapping[str, str] = MappingProxyType({
    name: "int" if name in _INT_COLUMNS
    else "bool" if name == "currency_inferred"
    else "list[str]" if name == "candidates"
    else "str"
    for name in FRAME_COLUMNS
})  # fmt: skip

#: pandas dtypes of :func:`figure_rows`' columns, for a Dask ``meta``
#: (``bag.to_dataframe(meta=FIGURE_DTYPES)``): ``string`` for text and
#: amounts, ``int64``, nullable ``Int64`` for ``check``, ``bool``, and
#: ``object`` for the ``candidates`` lists.
FIGURE_DTYPES: Mapping[str, str] = MappingProxyType({
    name: {"str": "string", "bool": "bool", "list[str]": "object"}.get(kind, "int64")
    if name != "check" else "Int64"
    for name, kind in COLUMN_TYPES.items()
})  # fmt: skip

_SPARK_TYPES = {"str": "string", "int": "bigint", "bool": "boolean", "list[str]": "array<string>"}

#: :func:`figure_rows`' columns as a Spark DDL schema string, for
#: ``DataFrame.mapInPandas(fn, schema=SPARK_SCHEMA)``.
SPARK_SCHEMA: str = ", ".join(f"`{name}` {_SPARK_TYPES[kind]}" for name, kind in COLUMN_TYPES.items())


def figure_rows(rep: Report) -> list[dict[str, Any]]:
    """One dict per figure of ``rep``, keys :data:`~kzuk_figures.report.FRAME_COLUMNS`.

    The rows of :meth:`Report.to_pandas() <kzuk_figures.report.Report.to_pandas>`
    as plain data, without pandas: each figure joined to the check of its
    stated conversion, amounts and rates as exact decimal strings,
    ``candidates`` a list, missing values None.

    >>> import datetime
    >>> from kzuk_figures import report
    >>> rows = figure_rows(report("It paid 3.5 billion tenge (US$6.7 million).",
    ...                           date=datetime.date(2025, 5, 2), source="a"))
    >>> [(r["document"], r["text"], r["value"], r["role"], r["verdict"]) for r in rows]
    [('a', '3.5 billion tenge', '3500000000', 'source', 'consistent'), ('a', 'US$6.7 million', '6700000', 'target', 'consistent')]
    """
    # the very rows Report.to_pandas() builds, so the two cannot drift apart
    return [{name: _plain(row[name]) for name in FRAME_COLUMNS} for row in rep._frame_rows()]


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def arrow_schema() -> pyarrow.Schema:
    """:func:`figure_rows`' columns as a ``pyarrow.Schema`` (needs pyarrow:
    ``pip install 'kzuk-figures[parquet]'``)."""
    pa = _pyarrow()
    types = {"str": pa.string(), "int": pa.int64(), "bool": pa.bool_(), "list[str]": pa.list_(pa.string())}
    required = ("figure", "start", "end")
    return pa.schema(
        [pa.field(name, types[kind], nullable=name not in required) for name, kind in COLUMN_TYPES.items()]
    )


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as exc:
        raise ImportError("Parquet output needs pyarrow: pip install 'kzuk-figures[parquet]'") from exc
    return pyarrow


# --------------------------------------------------------------------------
# Reading files and folders
# --------------------------------------------------------------------------

_TEXT_SUFFIXES = (".txt", ".md")
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")

#: A document read from disk: (source, text, date).
Document = tuple[str, str, datetime.date | None]


def _kind(path: str) -> str:
    name = path.lower()
    if name.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    return "text"


def input_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """The files ``paths`` name, folders walked recursively: a folder's files in
    name order, then its subfolders in name order.

    In a folder, ``.txt``, ``.md``, ``.jsonl`` and ``.jsonl.gz`` files are
    taken and hidden files and folders (names starting with ``.``) are not;
    a file named directly is taken whatever its name (as text unless it ends
    in ``.jsonl`` or ``.jsonl.gz``).  A path that does not exist raises
    FileNotFoundError before any file is yielded.
    """
    given = [os.fspath(p) for p in paths]
    for p in given:
        if not os.path.exists(p):
            raise FileNotFoundError(2, "No such file or directory", p)
    for p in given:
        if not os.path.isdir(p):
            yield p
            continue
        for folder, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and name.lower().endswith(_TEXT_SUFFIXES + _JSONL_SUFFIXES):
                    yield os.path.join(folder, name)


def read_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    field: str = "text",
    date_field: str | None = None,
    id_field: str | None = "id",
    on_skip: Callable[[Skipped], object] | None = None,
) -> Iterator[Document]:
    """``(source, text, date)`` for every document in ``paths``, lazily, for :func:`scan_many`.

    A ``.txt`` or ``.md`` file is one document, its source the path and its
    date None.  Each non-blank line of a ``.jsonl`` or ``.jsonl.gz`` file is
    a JSON object and one document: the text is its ``field``; the source
    its ``id_field`` when it has one, else ``path:line``; the date its
    ``date_field`` (``"2025-05-02"`` or an ISO date-time), None when that is
    absent or null.  Text is decoded as UTF-8 (a leading byte-order mark is
    dropped; line endings are kept, so offsets index the file's text).

    What cannot be read is handed to ``on_skip`` as a :class:`Skipped` (by
    default, logged as a warning) and the reading goes on: a file that is
    not UTF-8, a line that is not UTF-8 or not a JSON object, a record
    without a string ``field`` or with a ``date_field`` that is not a date,
    the rest of a truncated ``.gz`` file.  Folders are walked as
    :func:`input_files` says.
    """
    skip = on_skip or _warn
    for path in input_files(paths):
        if _kind(path) == "jsonl":
            yield from _jsonl_documents(path, field, date_field, id_field, skip)
            continue
        try:
            with open(path, "rb") as fh:
                raw = fh.read()
        except OSError as exc:
            skip(Skipped(path, None, f"cannot be read ({exc.strerror or exc})"))
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            skip(Skipped(path, None, f"not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})"))
            continue
        yield path, text.removeprefix("\ufeff"), None


def _open_lines(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz"):
        import gzip

        return cast(IO[bytes], gzip.open(path, "rb"))
    return open(path, "rb")


def _read_errors() -> tuple[type[BaseException], ...]:
    """What reading a damaged file raises: OSError (gzip.BadGzipFile is one),
    EOFError (a truncated .gz), zlib.error (a corrupt one)."""
    import zlib

    return OSError, EOFError, zlib.error


def _jsonl_documents(
    path: str,
    field: str,
    date_field: str | None,
    id_field: str | None,
    skip: Callable[[Skipped], object],
) -> Iterator[Document]:
    lineno = 0
    errors = _read_errors()
    try:
        with _open_lines(path) as fh:
            for lineno, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                try:
                    record = _record(raw, lineno, field, date_field)
                except ValueError as exc:
                    skip(Skipped(path, lineno, str(exc)))
                    continue
                text, on, given_id = record[field], record.get("__date__"), None
                if id_field is not None:
                    given_id = record.get(id_field)
                source = f"{path}:{lineno}" if given_id is None else str(given_id)
                yield source, text, on
    except errors as exc:
        if lineno == 0:
            skip(Skipped(path, None, f"cannot be read ({exc})"))
        else:  # the lines before were read and kept
            skip(Skipped(path, lineno + 1, f"truncated or corrupt from here on ({exc})"))


def _record(raw: bytes, lineno: int, field: str, date_field: str | None) -> dict[str, Any]:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})") from None
    if lineno == 1:
        line = line.removeprefix("\ufeff")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        # ValueError means "a malformed line" here: content, not misuse
        raise ValueError(f"not a JSON object but {type(record).__name__}")  # noqa: TRY004
    if not isinstance(record.get(field), str):
        what = "no" if field not in record else f"a {type(record[field]).__name__}, not a string, as"
        raise ValueError(f"{what} field {field!r}")  # noqa: TRY004 - as above
    if date_field is not None:
        record["__date__"] = _record_date(record.get(date_field), date_field)
    return record


def _record_date(value: object, name: str) -> datetime.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
        try:
            return datetime.datetime.fromisoformat(value).date()
        except ValueError:
            pass
    raise ValueError(f"field {name!r} is {value!r}, not an ISO date")


def count_documents(paths: Iterable[str | os.PathLike[str]]) -> int:
    """How many documents :func:`read_documents` will read from ``paths``,
    counting a JSON-lines file's non-blank lines without parsing them
    (so malformed lines count too: they are reported as they are skipped)."""
    total = 0
    for path in input_files(paths):
        if _kind(path) != "jsonl":
            total += 1
            continue
        try:
            with _open_lines(path) as fh:
                total += sum(1 for line in fh if line.strip())
        except _read_errors():
            continue
    return total


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------


def _render_json(rep: Report) -> str:
    return rep.to_json()


class _JsonLinesWriter:
    """One report per line, ``Report.to_dict()`` as JSON."""

    render = staticmethod(_render_json)

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, line: str) -> None:
        self.out.write(line + "\n")

    def close(self) -> None:
        self.out.flush()


class _CsvWriter:
    """One row per figure, :data:`FRAME_COLUMNS`; candidates joined by spaces."""

    render = staticmethod(figure_rows)

    def __init__(self, out: IO[str]) -> None:
        import csv

        self.out = out
        self.csv = csv.writer(out, lineterminator="\n")
        self.csv.writerow(FRAME_COLUMNS)

    def write(self, rows: list[dict[str, Any]]) -> None:
        self.csv.writerows([_csv_cell(row[name]) for name in FRAME_COLUMNS] for row in rows)

    def close(self) -> None:
        self.out.flush()


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(value)
    return value


class _ParquetWriter:
    """One row per figure, :func:`arrow_schema`, a row group every ``batch`` rows."""

    render = staticmethod(figure_rows)

    def __init__(self, out: IO[bytes], batch: int = 16384) -> None:
        pa = _pyarrow()
        import pyarrow.parquet as pq  # type: ignore[import-untyped]

        self.pa = pa
        self.schema = arrow_schema()
        self.writer = pq.ParquetWriter(out, self.schema)
        self.rows: list[dict[str, Any]] = []
        self.batch = batch

    def write(self, rows: list[dict[str, Any]]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= self.batch:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


# --------------------------------------------------------------------------
# Progress on a terminal
# --------------------------------------------------------------------------


class _Progress:
    """A one-line progress display: documents, documents/s, and an ETA once
    the total is known.  Redrawn at most ten times a second."""

    def __init__(self, stream: IO[str], total: int | None = None) -> None:
        self.stream = stream
        self.total = total
        self.done = 0
        self.started = time.monotonic()
        self.drawn = 0.0
        self.lock = threading.Lock()

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.drawn >= 0.1:
            self.drawn = now
            self._draw(now)

    def message(self, text: str) -> None:
        with self.lock:
            self.stream.write("\r\x1b[K" + text + "\n")
        self._draw(time.monotonic())

    def close(self) -> None:
        self._draw(time.monotonic())
        with self.lock:
            self.stream.write("\n")
            self.stream.flush()

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        words = f"{self.done:,} documents  {rate:,.1f} docs/s"
        total = self.total
        if total:
            share = min(self.done / total, 1.0)
            bar = "#" * int(share * 24)
            left = max(total - self.done, 0) / rate if rate > 0 else None
            eta = "--:--" if left is None else _clock(left)
            words = f"[{bar:<24}] {share:4.0%}  {self.done:,}/{total:,} documents  {rate:,.1f} docs/s  ETA {eta}"
        return words + f"  {_clock(elapsed)} elapsed"

    def _draw(self, now: float) -> None:
        with self.lock:
            self.stream.write("\r\x1b[K" + self.line(now))
            self.stream.flush()


def _clock(seconds: float) -> str:
    s = int(seconds + 0.5)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


# --------------------------------------------------------------------------
# kzuk-figures scan
# --------------------------------------------------------------------------

FORMATS = ("jsonl", "csv", "parquet")


def run_scan(
    paths: Sequence[str],
    *,
    field: str = "text",
    date_field: str | None = None,
    id_field: str | None = "id",
    jobs: int | None = None,
    fmt: str = "jsonl",
    output: str = "-",
    date: datetime.date | None = None,
    rates: object | None = None,
    tolerance: Decimal | str | None = None,
    progress: bool | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """``kzuk-figures scan``: 0 when every document was reported on, 1 when
    something was skipped (reported on stderr), 2 for misuse."""
    err = stderr if stderr is not None else sys.stderr
    if fmt not in FORMATS:
        raise InvalidArgumentError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")
    for p in paths:
        if not os.path.exists(p):
            print(f"kzuk-figures: {p}: no such file or directory", file=err)
            return 2
    if fmt == "parquet":
        try:
            _pyarrow()
        except ImportError as exc:
            print(f"kzuk-figures: {exc}", file=err)
            return 2
        if output == "-" and sys.stdout.isatty():
            print("kzuk-figures: Parquet is binary; write it to a file with --output FILE", file=err)
            return 2
    show = err.isatty() if progress is None else progress
    bar = _Progress(err) if show else None
    skipped = 0

    def say(problem: object) -> None:
        nonlocal skipped
        skipped += 1
        text = f"kzuk-figures: {problem}"
        if isinstance(problem, Failure):
            text += "; skipped"
        if bar is not None:
            bar.message(text)
            bar.advance()  # a skipped document counts towards the total too
        else:
            print(text, file=err)

    docs = read_documents(paths, field=field, date_field=date_field, id_field=id_field, on_skip=say)
    settings = _settings(jobs, date, rates, tolerance, DEFAULT_CHUNKSIZE)
    writer_class = {"jsonl": _JsonLinesWriter, "csv": _CsvWriter, "parquet": _ParquetWriter}[fmt]
    try:
        with _output(output, binary=fmt == "parquet", csv=fmt == "csv") as out:
            writer = writer_class(out)
            counter: threading.Thread | None = None
            outcomes = _outcomes(docs, settings, writer.render)
            try:
                for outcome in outcomes:
                    if bar is not None and counter is None:
                        # Counted only now, once the worker processes have started:
                        # no thread of ours is running when the pool forks them.
                        counter = threading.Thread(target=_count_into, args=(bar, paths), daemon=True)
                        counter.start()
                    if isinstance(outcome, Failure):
                        say(outcome)
                        continue
                    writer.write(outcome)
                    if bar is not None:
                        bar.advance()
            finally:
                outcomes.close()
                if bar is not None:
                    bar.close()
                writer.close()
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as other filters do,
        # and keep Python from complaining when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return 1 if skipped else 0


def _count_into(bar: _Progress, paths: Sequence[str]) -> None:
    try:
        bar.total = count_documents(paths)
    except Exception:  # noqa: BLE001 - the count only feeds the ETA; without it the rate shows alone
        bar.total = None


class _output:
    """``-`` for stdout, else the file; text is UTF-8."""

    def __init__(self, name: str, *, binary: bool, csv: bool) -> None:
        self.name, self.binary, self.csv = name, binary, csv
        self.fh: IO[Any] | None = None

    def __enter__(self) -> IO[Any]:
        if self.name == "-":
            return sys.stdout.buffer if self.binary else sys.stdout
        if self.binary:
            self.fh = open(self.name, "wb")
        else:
            self.fh = open(self.name, "w", encoding="utf-8", newline="" if self.csv else None)
        return self.fh

    def __exit__(self, *exc: object) -> None:
        if self.fh is not None:
            self.fh.close()
