"""``kzuk-figures``: the library from a terminal.

    kzuk-figures extract [FILE|-] [--json] [--encoding utf-8]
    kzuk-figures check [FILE|-] [--date D] [--rates default|ecb|hmrc|nbk|forex|FILE.csv] [--json]
                       [--no-claims] [--encoding utf-8]
    kzuk-figures convert "3.5 billion tenge" --to USD --on 2025-05-02
    kzuk-figures rate KZT USD --on 2025-05
    kzuk-figures scan PATH... [--field text] [--date-field F] [--id-field id] [--jobs N]
                      [--format jsonl|csv|parquet] [--output FILE|-] [--resume] [--date D]
                      [--rates ...] [--no-claims] [--encoding utf-8]
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from .errors import InvalidArgumentError, KzukFiguresError

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except KzukFiguresError as exc:
        print(f"kzuk-figures: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"kzuk-figures: {exc}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kzuk-figures",
        description="Find monetary figures in text and check the conversions and arithmetic it states.",
    )
    sub = p.add_subparsers(required=True, metavar="COMMAND")

    e = sub.add_parser("extract", help="list the figures in a text")
    e.add_argument("file", nargs="?", default="-", help="a text file, or - for stdin")
    e.add_argument("--json", action="store_true", help="one JSON object per figure")
    e.add_argument("--encoding", default="utf-8", help=_ENCODING_HELP)
    e.add_argument("--default-dollar", default="USD", help="what a bare $ means (default USD)")
    e.set_defaults(run=_extract)

    c = sub.add_parser("check", help="check every stated currency conversion, change, share, sum and ratio")
    c.add_argument("file", nargs="?", default="-", help="a text file, or - for stdin")
    c.add_argument("--encoding", default="utf-8", help=_ENCODING_HELP)
    c.add_argument("--date", type=_date, help="the text's date, YYYY-MM-DD (else read from it)")
    c.add_argument("--rates", default="default", help="default, ecb, hmrc, nbk, forex or a CSV file")
    c.add_argument("--tolerance", default=None, help="relative tolerance, e.g. 0.03")
    c.add_argument("--json", action="store_true", help="one JSON object per check")
    c.add_argument("--no-claims", dest="claims", action="store_false", help=_NO_CLAIMS_HELP)
    c.set_defaults(run=_check)

    v = sub.add_parser("convert", help="convert an amount written as text")
    v.add_argument("amount", help='e.g. "3.5 billion tenge" or "US$6.7 million"')
    v.add_argument("--to", required=True, help="ISO 4217 code to convert to")
    v.add_argument("--on", type=_date, required=True, help="date, YYYY-MM-DD")
    v.add_argument("--rates", default="default")
    v.set_defaults(run=_convert)

    r = sub.add_parser("rate", help="show a reference rate and where it comes from")
    r.add_argument("base")
    r.add_argument("quote")
    r.add_argument("--on", type=_date, required=True, help="YYYY-MM-DD, or YYYY-MM for a month")
    r.add_argument("--rates", default="default")
    r.set_defaults(run=_rate)

    s = sub.add_parser(
        "scan",
        help="report on many documents in parallel: files, folders, JSON lines",
        description=(
            "Report on every document under PATH: a .txt or .md file is one document, each line "
            "of a .jsonl or .jsonl.gz file is one (a JSON object; its --field is the text). "
            "Folders are walked recursively. Writes JSON lines (one report per document, the "
            "schema of kzuk_figures.report.SCHEMA), CSV or Parquet (one row per figure). "
            "What cannot be read is reported on stderr and skipped. An output file is written "
            "under a temporary name and renamed into place, also when SIGINT or SIGTERM stops "
            "the run: it then holds every document finished, and --resume goes on from there. "
            "Exit status: 0 when every document was reported on, 1 when something was skipped, "
            "2 for misuse, 130 after SIGINT (Ctrl-C), 143 after SIGTERM."
        ),
    )
    s.add_argument("paths", nargs="+", metavar="PATH", help="files and folders")
    s.add_argument("--field", default="text", help="JSON lines: the field holding the text (default text)")
    s.add_argument("--date-field", default=None, help="JSON lines: a field holding the document's date")
    s.add_argument("--id-field", default="id", help="JSON lines: the field naming the document (default id; else path:line)")
    s.add_argument("--jobs", "-j", type=_jobs, default=None, help="worker processes (default: all cores)")
    s.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl", help="default jsonl")
    s.add_argument("--output", "-o", default="-", help="a file, or - for stdout (default)")
    s.add_argument(
        "--resume", action="store_true",
        help="go on from an earlier run's --output: skip the documents it holds, add the rest",
    )  # fmt: skip
    s.add_argument("--encoding", default="utf-8", help="of every input file " + _ENCODING_HELP)
    s.add_argument("--date", type=_date, help="date of documents that give none, YYYY-MM-DD (else read from each)")
    s.add_argument("--rates", default="default", help="default, ecb, hmrc, nbk, forex or a CSV file")
    s.add_argument("--tolerance", default=None, help="relative tolerance, e.g. 0.03")
    s.add_argument("--no-claims", dest="claims", action="store_false", help=_NO_CLAIMS_HELP)
    s.set_defaults(run=_scan)
    return p


_ENCODING_HELP = "(default utf-8; e.g. cp1251, latin-1)"
_NO_CLAIMS_HELP = "check the stated conversions alone, not the changes, shares, sums and ratios"


def _jobs(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{s!r} is not a number of processes (1 or more)")
    return n


def _date(s: str) -> datetime.date:
    try:
        if len(s) == 7:  # a month: its first day
            return datetime.date.fromisoformat(s + "-01")
        return datetime.date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{s!r} is not a date (YYYY-MM-DD or YYYY-MM)") from None


def _read(path: str, encoding: str) -> str:
    """The text of ``path`` (``-``: stdin) as ``kzuk-figures scan`` reads a
    file: a leading byte-order mark dropped, line endings kept."""
    from .batch import _decode, _text_encoding

    _text_encoding(encoding)  # an unknown name is misuse, said before stdin is read
    if path == "-":
        if not hasattr(sys.stdin, "buffer"):  # already text (a test's StringIO)
            return sys.stdin.read()
        name, raw = "stdin", sys.stdin.buffer.read()
    else:
        with open(path, "rb") as fh:
            name, raw = path, fh.read()
    try:
        return _decode(raw, encoding).removeprefix("\ufeff")
    except ValueError as exc:
        raise InvalidArgumentError(f"{name}: {exc}; name its encoding with --encoding") from None


def _extract(args: argparse.Namespace) -> int:
    from .scan import extract

    figures = extract(_read(args.file, args.encoding), default_dollar=args.default_dollar)
    if args.json:
        _json_lines((f.to_dict() for f in figures), sys.stdout)
        return 0
    rows = [
        (
            f.text,
            f.kind,
            _plain(f.value),
            f.currency or f.unit or "",
            f.qualifier or "",
            f"{_plain(f.low)} – {_plain(f.high)}",
        )
        for f in figures
    ]
    _table(("figure", "kind", "value", "currency", "qualifier", "interval"), rows, sys.stdout)
    return 0


def _check(args: argparse.Namespace) -> int:
    from .check import check
    from .rates import provider_from_name

    checks = check(
        _read(args.file, args.encoding), date=args.date, rates=provider_from_name(args.rates),
        tolerance=args.tolerance, claims=args.claims,
    )
    if args.json:
        _json_lines((c.to_dict() for c in checks), sys.stdout)
        return 0
    if not checks:
        print("No stated currency conversions" + (" or arithmetic" if args.claims else "") + " found.")
        return 0
    for c in checks:
        if c.relation is None:
            print(f"{c.verdict.upper():<13} {c.source.text}  →  {c.target.text}")
        else:
            figures = zip(c.relation.roles, c.relation.figures, strict=True)
            print(f"{c.verdict.upper():<13} {c.claim}: " + ", ".join(f"{role} {f.text}" for role, f in figures))
        print(f"              {c.explanation}")
    return 0


def _convert(args: argparse.Namespace) -> int:
    from .convert import convert
    from .rates import provider_from_name
    from .scan import extract

    money = [f for f in extract(args.amount) if f.kind == "money"]
    if len(money) != 1:
        print(f"kzuk-figures: {args.amount!r} is not one amount of money", file=sys.stderr)
        return 2
    out = convert(money[0], args.to.upper(), on=args.on, rates=provider_from_name(args.rates))
    assert out.value is not None
    # the library keeps every digit; a person reading a terminal wants cents
    print(f"{money[0].text} = {out.currency} {out.value:,.2f}  (at {_rate_words(out, money[0])})")
    return 0


def _rate(args: argparse.Namespace) -> int:
    from .rates import provider_from_name

    r = provider_from_name(args.rates).rate(args.base.upper(), args.quote.upper(), args.on)
    via = f", crossed via {r.via}" if r.via else ""
    print(f"1 {r.base} = {r.value} {r.quote}  ({r.source}, {r.period}{via})")
    if r.note:
        print(r.note)
    return 0


def _scan(args: argparse.Namespace) -> int:
    from .batch import run_scan
    from .rates import provider_from_name

    # The default provider is left to each worker process to load for itself.
    rates = None if args.rates.strip().lower() == "default" else provider_from_name(args.rates)
    try:
        return run_scan(
            args.paths, field=args.field, date_field=args.date_field, id_field=args.id_field,
            jobs=args.jobs, fmt=args.format, output=args.output, date=args.date, rates=rates,
            tolerance=args.tolerance, encoding=args.encoding, resume=args.resume, claims=args.claims,
        )
    except KeyboardInterrupt:  # Ctrl-C before run_scan took SIGINT over, or after
        print("kzuk-figures: interrupted", file=sys.stderr)
        return 130


def _rate_words(out: Any, src: Any) -> str:
    rate = out.value / src.value
    return f"{rate:.6g} {out.currency} per {src.currency}"


def _plain(d: Any) -> str:
    return "" if d is None else f"{d:f}"


def _json_lines(objs: Any, out: TextIO) -> None:
    for obj in objs:
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], out: TextIO) -> None:
    if not rows:
        out.write("No figures found.\n")
        return
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        out.write("  ".join(str(cell).ljust(w) for cell, w in zip(row, widths)).rstrip() + "\n")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
