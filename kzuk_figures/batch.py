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
UTF-8, or not in the ``encoding`` given; a line that is not JSON) is handed to
``on_skip`` as a :class:`Skipped`.

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

import contextlib
import datetime
import functools
import json
import os
import pickle
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence, Sized
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

# concurrent.futures, logging, gzip, zlib, traceback and tqdm are imported
# where they are used: `import kzuk_figures` stays cheap (STYLE.md, habit 3).

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
    progress: bool = False,
    claims: bool = True,
) -> Iterator[Report]:
    """:func:`~kzuk_figures.report.report` on every document, in parallel, in input order.

    ``texts`` is any iterable (a generator is best: it is read lazily) of
    texts, ``(source, text)`` or ``(source, text, date)`` tuples; ``source``
    names the document in its report, and a tuple's ``date`` (None for
    none) overrides ``date``.  ``workers`` processes do the work (default
    ``os.cpu_count()``; ``1`` runs in this process, with no pool);
    ``chunksize`` documents go to a worker at a time.  ``rates`` (a
    provider, pickled once to each worker), ``tolerance`` and ``claims``
    (``False``: the stated conversions alone, not the changes, shares, sums
    and ratios) are as for :func:`~kzuk_figures.check.check`.

    A document whose processing raises is skipped and handed to
    ``on_error`` as a :class:`Failure`.  Without ``on_error`` it is logged
    as a warning on the ``kzuk_figures.batch`` logger, which Python prints
    on stderr unless logging is configured otherwise.  Misuse (a bad
    argument to ``scan_many`` itself) raises at once.

    ``progress=True`` shows a `tqdm <https://tqdm.github.io>`_ progress bar
    on stderr (a widget in a notebook): documents done, documents per
    second and, when ``texts`` has a length, an ETA.

    Stopping early (``break``, ``close()``, Ctrl-C while a report is awaited)
    ends the worker processes at once: the documents they were reading are
    not wanted any more.

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
    if not isinstance(progress, bool):
        raise InvalidArgumentError(f"progress {progress!r} must be True or False")
    settings = _settings(workers, date, rates, tolerance, chunksize, claims)
    return _reports(texts, settings, on_error or _warn, progress)


def _warn(problem: Failure | Skipped) -> None:
    import logging

    logging.getLogger(__name__).warning("skipped %s", problem)


def _reports(
    texts: Iterable[object],
    settings: _Settings,
    on_error: Callable[[Failure], object],
    progress: bool,
) -> Iterator[Report]:
    # made here, not in scan_many: the bar starts when the reading does
    bar = _progress_bar(None, len(texts) if isinstance(texts, Sized) else None) if progress else None
    try:
        for outcome in _outcomes(texts, settings, None):
            if bar is not None:
                bar.update()
            if isinstance(outcome, Failure):
                on_error(outcome)
            else:
                yield outcome
    finally:
        if bar is not None:
            bar.close()


class _Settings(NamedTuple):
    workers: int
    date: datetime.date | None
    rates: object | None
    tolerance: Decimal | None
    chunksize: int
    claims: bool = True


def _settings(
    workers: object, date: object, rates: object, tolerance: object, chunksize: object, claims: object = True
) -> _Settings:
    """Every argument checked here, so misuse raises before any work starts."""
    if workers is None:
        workers = os.cpu_count() or 1
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise InvalidArgumentError(f"workers {workers!r} must be a whole number, at least 1")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise InvalidArgumentError(f"chunksize {chunksize!r} must be a whole number, at least 1")
    if not isinstance(claims, bool):
        raise InvalidArgumentError(f"claims {claims!r} must be True or False")
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
    return _Settings(workers, date, rates, tol, chunksize, claims)


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
        job = _Job(settings.date, settings.rates, settings.tolerance, render, settings.claims)
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
    claims: bool = True

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
                claims=self.claims,
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
    # The parent decides when the run stops and ends its workers itself: a
    # Ctrl-C, which the terminal sends to every process, is the parent's to
    # handle; SIGTERM ends a worker at once, whatever handler it inherited.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # A parent killed outright (SIGKILL, the OOM killer) cannot end its
    # workers; they would wait for work forever.  Each watches for that.  (The
    # parent is this process's own: a forkserver's, where there is one.)
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True).start()


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


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
        self.job = _Job(settings.date, settings.rates, settings.tolerance, render, settings.claims)
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
        except BaseException:
            # Interrupted, or the caller stopped reading (GeneratorExit): what
            # the workers are doing is not wanted, so they are not waited for.
            self._end_workers()
            raise
        self.executor.shutdown(wait=True)

    def _end_workers(self) -> None:
        executor = self.executor
        # shutdown() forgets both; Python 3.14's terminate_workers() does what
        # the lines below do, with neither.
        processes = list((getattr(executor, "_processes", None) or {}).values())
        results = getattr(executor, "_result_queue", None)
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)
        # A worker ended halfway through sending a result leaves the pool's
        # reader thread waiting for the rest, and Python waits for that
        # thread at exit.  Closing this process's copy of the pipe's writing
        # end (the workers' copies went with them) gives it end-of-file instead.
        writer = getattr(results, "_writer", None)
        if writer is not None:
            writer.close()

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


def _text_encoding(name: str) -> str:
    """``name``, if Python can decode text with it; else InvalidArgumentError."""
    try:
        b"\n".decode(name)  # not b"": that decodes to "" without looking the name up
    except UnicodeDecodeError:
        pass  # a text encoding all the same: UTF-16 wants two bytes
    except (LookupError, ValueError):  # ValueError: a name with a NUL in it
        raise InvalidArgumentError(f"unknown encoding {name!r}") from None
    return name


def _decode(raw: bytes, encoding: str, *, at: str = "offset") -> str:
    """``raw`` as text, line endings kept.  Bytes that are not in ``encoding``
    raise ValueError with the one-line reason every reader of files gives:
    ``not UTF-8 (byte 0xfb at offset 12)``, or ``at column 13`` for a line."""
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        where = f"column {exc.start + 1}" if at == "column" else f"offset {exc.start}"
        name = "UTF-8" if _codec_name(encoding) == "utf-8" else encoding
        raise ValueError(f"not {name} (byte 0x{raw[exc.start]:02x} at {where})") from None


def _codec_name(encoding: str) -> str:
    import codecs

    return codecs.lookup(encoding).name


def read_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    field: str = "text",
    date_field: str | None = None,
    id_field: str | None = "id",
    on_skip: Callable[[Skipped], object] | None = None,
    encoding: str = "utf-8",
) -> Iterator[Document]:
    """``(source, text, date)`` for every document in ``paths``, lazily, for :func:`scan_many`.

    A ``.txt`` or ``.md`` file is one document, its source the path and its
    date None.  Each non-blank line of a ``.jsonl`` or ``.jsonl.gz`` file is
    a JSON object and one document: the text is its ``field``; the source
    its ``id_field`` when it has one, else ``path:line``; the date its
    ``date_field`` (``"2025-05-02"`` or an ISO date-time), None when that is
    absent or null.  Text is decoded as ``encoding``, UTF-8 unless given (a
    leading byte-order mark is dropped; line endings are kept, so offsets
    index the file's text); JSON lines are split at the byte ``\\n``, so
    their encoding must write a newline as that one byte (cp1251 and
    Latin-1 do, UTF-16 does not).  An unknown ``encoding`` raises
    InvalidArgumentError at once.

    What cannot be read is handed to ``on_skip`` as a :class:`Skipped` (by
    default, logged as a warning) and the reading goes on: a file that is
    not in ``encoding``, a line that is not in it or not a JSON object, a
    record without a string ``field`` or with a ``date_field`` that is not
    a date, the rest of a truncated ``.gz`` file.  Folders are walked as
    :func:`input_files` says.
    """
    _text_encoding(encoding)
    return _documents(paths, field, date_field, id_field, on_skip or _warn, encoding)


def _documents(
    paths: Iterable[str | os.PathLike[str]],
    field: str,
    date_field: str | None,
    id_field: str | None,
    skip: Callable[[Skipped], object],
    encoding: str,
) -> Iterator[Document]:
    for path in input_files(paths):
        if _kind(path) == "jsonl":
            yield from _jsonl_documents(path, field, date_field, id_field, skip, encoding)
            continue
        try:
            with open(path, "rb") as fh:
                raw = fh.read()
        except OSError as exc:
            skip(Skipped(path, None, f"cannot be read ({exc.strerror or exc})"))
            continue
        try:
            text = _decode(raw, encoding)
        except ValueError as exc:
            skip(Skipped(path, None, str(exc)))
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
    encoding: str,
) -> Iterator[Document]:
    lineno = 0
    errors = _read_errors()
    try:
        with _open_lines(path) as fh:
            for lineno, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                try:
                    record = _record(raw, lineno, field, date_field, encoding)
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


def _record(raw: bytes, lineno: int, field: str, date_field: str | None, encoding: str) -> dict[str, Any]:
    line = _decode(raw, encoding, at="column")
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


# Each writer takes ``previous``, the output of an earlier run to go on from
# (``--resume``): it writes that output's rows first and keeps the names of
# its documents in ``done``.  A previous output it cannot read as its own
# format raises InvalidArgumentError, and nothing is replaced.


def _not_ours(path: str, why: str) -> InvalidArgumentError:
    return InvalidArgumentError(f"cannot resume from {path}: {why}")


class _JsonLinesWriter:
    """One report per line, ``Report.to_dict()`` as JSON."""

    render = staticmethod(_render_json)

    def __init__(self, out: IO[str], previous: str | None = None) -> None:
        self.out = out
        self.done: set[str] = set()
        if previous is not None:
            self._go_on_from(previous)

    def _go_on_from(self, path: str) -> None:
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                try:
                    source = json.loads(line)["source"]
                except (ValueError, KeyError, TypeError):
                    if not line.endswith("\n"):
                        # The last line cut off mid-write (by a version that
                        # wrote in place): dropped, and its document done again.
                        break
                    raise _not_ours(path, f"line {lineno} is not a report") from None
                if source is not None:
                    self.done.add(str(source))
                self.out.write(line)

    def write(self, line: str) -> None:
        self.out.write(line + "\n")

    def close(self) -> None:
        self.out.flush()


class _CsvWriter:
    """One row per figure, :data:`FRAME_COLUMNS`; candidates joined by spaces."""

    render = staticmethod(figure_rows)

    def __init__(self, out: IO[str], previous: str | None = None) -> None:
        import csv

        self.out = out
        self.csv = csv.writer(out, lineterminator="\n")
        self.csv.writerow(FRAME_COLUMNS)
        self.done: set[str] = set()
        if previous is None:
            return
        with open(previous, encoding="utf-8", newline="") as fh:
            rows = csv.reader(fh)
            if next(rows, None) != list(FRAME_COLUMNS):
                raise _not_ours(previous, "its header is not the columns scan writes")
            document = FRAME_COLUMNS.index("document")
            for row in rows:
                if len(row) != len(FRAME_COLUMNS):
                    why = f"line {rows.line_num} has {len(row)} columns, not {len(FRAME_COLUMNS)}"
                    raise _not_ours(previous, why)
                self.done.add(row[document])
                self.csv.writerow(row)

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

    def __init__(self, out: IO[bytes], previous: str | None = None, batch: int = 16384) -> None:
        pa = _pyarrow()
        import pyarrow.parquet as pq  # type: ignore[import-untyped]

        self.pa, self.pq = pa, pq
        self.schema = arrow_schema()
        self.writer = pq.ParquetWriter(out, self.schema)
        self.rows: list[dict[str, Any]] = []
        self.batch = batch
        self.done: set[str] = set()
        if previous is not None:
            try:
                self._go_on_from(previous)
            except BaseException:
                self.writer.close()  # else pyarrow closes it when collected, onto a closed file
                raise

    def _go_on_from(self, path: str) -> None:
        # A Parquet file cannot be appended to: its rows are written again,
        # one row group at a time, so memory stays bounded.
        try:
            old = self.pq.ParquetFile(path)
            if not old.schema_arrow.equals(self.schema):
                raise _not_ours(path, "its columns are not the ones scan writes")
            for group in range(old.num_row_groups):
                table = old.read_row_group(group)
                self.done.update(d for d in table.column("document").to_pylist() if d is not None)
                self.writer.write_table(table)
        except self.pa.ArrowException as exc:
            raise _not_ours(path, f"not a Parquet file scan can read ({exc})") from None

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


_WRITERS = {"jsonl": _JsonLinesWriter, "csv": _CsvWriter, "parquet": _ParquetWriter}


# --------------------------------------------------------------------------
# Progress
# --------------------------------------------------------------------------


def _progress_bar(file: IO[str] | None, total: int | None) -> Any:
    """A tqdm bar counting documents, on ``file`` (None: stderr when it is made)."""
    return _bar_class()(total=total, file=file, unit=" docs", dynamic_ncols=True, disable=False)


@functools.cache
def _bar_class() -> Any:
    from tqdm.auto import tqdm  # type: ignore[import-untyped]

    class Bar(tqdm):  # type: ignore[misc]
        # tqdm's monitor thread would be running when the pool forks its
        # worker processes, and a fork copies no thread but every lock.
        monitor_interval = 0

    return Bar


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
    encoding: str = "utf-8",
    resume: bool = False,
    claims: bool = True,
) -> int:
    """``kzuk-figures scan``: 0 when every document was reported on, 1 when
    something was skipped (reported on stderr), 2 for misuse, 128 plus the
    signal's number when SIGINT (130) or SIGTERM (143) stopped it.

    A file ``output`` is written under a temporary name beside it and renamed
    into place at the end, also when a signal ends the run: the file then
    holds every document finished, and ``resume=True`` goes on from there.
    """
    err = stderr if stderr is not None else sys.stderr
    problem = _misuse(paths, fmt, output, encoding, resume)
    if problem is not None:
        print(f"kzuk-figures: {problem}", file=err)
        return 2
    settings = _settings(jobs, date, rates, tolerance, DEFAULT_CHUNKSIZE, claims)
    show = err.isatty() if progress is None else progress
    bar = _progress_bar(err, None) if show else None
    skipped = 0

    def say(problem: object) -> None:
        nonlocal skipped
        skipped += 1
        text = f"kzuk-figures: {problem}"
        if isinstance(problem, Failure):
            text += "; skipped"
        if bar is not None:
            bar.write(text, file=err)
            bar.update()  # a skipped document counts towards the total too
        else:
            print(text, file=err)

    target = _Target(output, binary=fmt == "parquet", newline="" if fmt == "csv" else None)
    writer: Any = None
    stopped: int | None = None
    with _Signals() as signals:
        try:
            with signals.held():  # a resumed output is copied whole, or not at all
                writer = _WRITERS[fmt](target.open(), target.previous() if resume else None)
            signals.check()
            docs: Iterator[Document] = read_documents(
                paths, field=field, date_field=date_field, id_field=id_field, on_skip=say, encoding=encoding
            )
            if writer.done:
                docs = (doc for doc in docs if doc[0] not in writer.done)
            outcomes = _outcomes(docs, settings, writer.render)
            _write_all(outcomes, writer, bar, say, signals, lambda: count_documents(paths) - len(writer.done))
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly, as other filters do,
            # and keep Python from complaining when it flushes stdout at exit.
            target.discard()
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return 1
        except KeyboardInterrupt as exc:
            stopped = getattr(exc, "signum", signal.SIGINT)
        except BaseException:
            with signals.held():
                _close_quietly(writer)
                target.discard()
            raise
        finally:
            if bar is not None:
                bar.close()
        with signals.held():
            _finish(writer, target)
        stopped = stopped or signals.caught
    if stopped is not None:
        what = "interrupted" if stopped == signal.SIGINT else "terminated"
        if target.path is not None:
            what += f"; {output} holds every document finished (--resume goes on from there)"
        print(f"kzuk-figures: {what}", file=err)
        return 128 + stopped
    return 1 if skipped else 0


def _misuse(paths: Sequence[str], fmt: str, output: str, encoding: str, resume: bool) -> str | None:
    """Why ``kzuk-figures scan`` cannot start, in a line, or None.  A bad
    format or encoding name raises InvalidArgumentError, as a bad argument does."""
    if fmt not in FORMATS:
        raise InvalidArgumentError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")
    _text_encoding(encoding)
    for p in paths:
        if not os.path.exists(p):
            return f"{p}: no such file or directory"
    if resume and output == "-":
        return "--resume needs --output FILE: it goes on from the rows already in that file"
    if fmt == "parquet":
        try:
            _pyarrow()
        except ImportError as exc:
            return str(exc)
        if output == "-" and sys.stdout.isatty():
            return "Parquet is binary; write it to a file with --output FILE"
    return None


def _write_all(
    outcomes: Generator[_Outcome, None, None],
    writer: Any,
    bar: Any,
    say: Callable[[object], None],
    signals: _Signals,
    count: Callable[[], int],
) -> None:
    counter: threading.Thread | None = None
    try:
        for outcome in outcomes:
            if bar is not None and counter is None:
                # Counted only now, once the worker processes have started:
                # no thread of ours is running when the pool forks them.
                counter = threading.Thread(target=_count_into, args=(bar, count), daemon=True)
                counter.start()
            if isinstance(outcome, Failure):
                say(outcome)
                continue
            with signals.held():  # a document's rows are written whole
                writer.write(outcome)
            if bar is not None:
                bar.update()
            signals.check()
    finally:
        outcomes.close()  # on an interruption, this ends the worker processes


def _count_into(bar: Any, count: Callable[[], int]) -> None:
    """The bar's total: the documents to read, less those a resumed run skips."""
    try:
        bar.total = max(count(), 0)
        bar.refresh()
    except Exception:  # noqa: BLE001 - the count only feeds the ETA; without it the rate shows alone
        bar.total = None


def _finish(writer: Any, target: _Target) -> None:
    """Close the output and put it in place; if either fails, keep the previous one."""
    if writer is None:  # interrupted before the output was begun
        target.discard()
        return
    try:
        writer.close()
        target.commit()
    except BaseException:
        target.discard()
        raise


def _close_quietly(writer: Any) -> None:
    # The output is being thrown away: an error closing it says nothing more.
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.close()


class _Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM, raised where the output holds whole documents."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _Signals:
    """While a scan runs, SIGINT and SIGTERM raise :class:`_Interrupted`, so
    both stop it as Ctrl-C does; inside ``held()`` (a document being
    written, the output being closed) the signal waits for the block to end
    and ``check()`` to raise it.  A second signal is ignored: the first one's
    cleanup is already under way (SIGKILL still ends the process)."""

    def __init__(self) -> None:
        self.caught: int | None = None
        self._raised = False
        self._holding = 0
        self._before: dict[int, Any] = {}

    def __enter__(self) -> _Signals:
        # Only the main thread may set handlers; elsewhere, none are set.
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                self._before[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self._before.items():
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)

    def _handle(self, signum: int, frame: object) -> None:
        if self.caught is None:
            self.caught = signum
            if not self._holding:
                self.check()

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        self._holding += 1
        try:
            yield
        finally:
            self._holding -= 1

    def check(self) -> None:
        if self.caught is not None and not self._raised:
            self._raised = True
            raise _Interrupted(self.caught)


class _Target:
    """Where the output goes: stdout, or a file.  A file is written under a
    temporary name beside it, ``.NAME.*.part`` (hidden, so a scan of the
    folder skips it; beside, so the rename stays on one file system), and
    :meth:`commit` renames it into place: the name only ever holds a whole
    output, and a failed run leaves the previous one as it was."""

    def __init__(self, name: str, *, binary: bool, newline: str | None) -> None:
        self.binary, self.newline = binary, newline
        # /dev/null, /dev/stdout, a named pipe: written to, never replaced
        self.special = name != "-" and os.path.exists(name) and not os.path.isfile(name)
        # A symbolic link's file is replaced, not the link.
        self.path = None if name == "-" else name if self.special else os.path.realpath(name)
        self.temp: str | None = None
        self.fh: IO[Any] | None = None

    def previous(self) -> str | None:
        """The output an earlier run left, for ``--resume``; None when there is none yet."""
        if self.path is not None and os.path.isfile(self.path) and os.path.getsize(self.path) > 0:
            return self.path
        return None

    def open(self) -> IO[Any]:
        if self.path is None:
            return sys.stdout.buffer if self.binary else sys.stdout
        if self.special:
            fd = os.open(self.path, os.O_WRONLY)
        else:
            self.temp, fd = _create_beside(self.path)
        if self.binary:
            self.fh = os.fdopen(fd, "wb")
        else:
            self.fh = os.fdopen(fd, "w", encoding="utf-8", newline=self.newline)
        return self.fh

    def commit(self) -> None:
        self._close()
        if self.temp is not None and self.path is not None:
            os.replace(self.temp, self.path)
            self.temp = None

    def discard(self) -> None:
        self._close()
        if self.temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.temp)
            self.temp = None

    def _close(self) -> None:
        if self.fh is not None:
            self.fh.close()
            self.fh = None


def _create_beside(path: str) -> tuple[str, int]:
    folder, name = os.path.split(path)
    while True:
        temp = os.path.join(folder, f".{name}.{os.urandom(4).hex()}.part")
        try:
            # mode 0o666 less the umask, as open() gives: not mkstemp's 0o600
            return temp, os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
