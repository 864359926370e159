"""The ``kzuk-figures`` command, run in-process through ``main``."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from kzuk_figures.cli import main

TEXT = "date 2025-05-02\nIt invested over 3.5 billion tenge (US$6.7 million) in 2022.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "article.txt"
    p.write_text(TEXT, encoding="utf-8")
    return p


def test_extract_prints_a_table(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(article)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["figure", "kind", "value", "currency", "qualifier", "interval"]
    assert "3.5 billion tenge" in out[2] and "3500000000" in out[2] and "over" in out[2]
    assert "US$6.7 million" in out[3] and "6650000 – 6750000" in out[3]
    assert len(out) == 4  # "in 2022" is not a figure


def test_extract_json_lines_keep_amounts_as_strings(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--json", str(article)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["text"], r["value"], r["currency"]) for r in rows] == [
        ("3.5 billion tenge", "3500000000", "KZT"),
        ("US$6.7 million", "6700000", "USD"),
    ]
    assert TEXT[rows[0]["start"] : rows[0]["end"]] == rows[0]["text"]


def test_extract_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("It cost £5m."))
    assert main(["extract", "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["currency"] == "GBP"


def test_check_prints_verdict_and_explanation(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(article)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("CONSISTENT")
    assert "HMRC's May 2025 rate" in out


def test_check_json_and_date_option(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", "--date", "2015-01-15", str(article)]) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["verdict"] == "inconsistent"
    assert row["date"] == "2015-01-15" and row["date_reason"] == "given"


def test_check_with_a_csv_of_rates(article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "rates.csv"
    csv.write_text("base,quote,rate,date\nUSD,KZT,400,2025-01-01\n", encoding="utf-8")
    assert main(["check", "--json", "--rates", str(csv), str(article)]) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["verdict"] == "inconsistent"
    assert Decimal(row["reference_rate"]["value"]) == 400


def test_convert(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "3.5 billion tenge", "--to", "USD", "--on", "2025-05-02"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3.5 billion tenge = USD 6,68")


def test_rate(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rate", "USD", "EUR", "--on", "2025-05-03"]) == 0
    out = capsys.readouterr().out
    assert "(ECB, 2025-05-02)" in out and "Saturday" in out


def test_misuse_exits_2_with_a_message(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["rate", "USD", "XYZ", "--on", "2025-05-02"]) == 2
    assert "XYZ" in capsys.readouterr().err
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2
    assert main(["convert", "no money here", "--to", "USD", "--on", "2025-05-02"]) == 2
    with pytest.raises(SystemExit):
        main(["rate", "USD", "EUR", "--on", "May 2"])
