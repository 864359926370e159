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


ARITHMETIC = (
    "date 2025-05-02\nExports rose 25% to $2.1 billion from $1.8 billion.\n"
    "Of the 120 billion tenge, 70 billion goes to roads and 50 billion to schools.\n"
)


def test_check_prints_each_claim_with_its_kind_and_roles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = tmp_path / "arithmetic.txt"
    p.write_text(ARITHMETIC, encoding="utf-8")
    assert main(["check", str(p)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "INCONSISTENT  change: stated 25%, from $1.8 billion, to $2.1 billion"
    assert out[1].strip().startswith("A rise of “25%” from $1.8 billion to $2.1 billion; the figures give +16.67%")
    assert out[2].startswith("CONSISTENT    sum: ") and "total 120 billion tenge" in out[2]
    assert len(out) == 4
    assert main(["check", "--json", str(p)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["claim"], r["verdict"], r["relation"]["kind"]) for r in rows] == [
        ("change", "inconsistent", "change"), ("sum", "consistent", "sum")]


def test_no_claims_checks_the_conversions_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = tmp_path / "both.txt"
    p.write_text(ARITHMETIC + TEXT, encoding="utf-8")
    assert main(["check", "--json", str(p)]) == 0
    assert [json.loads(line)["claim"] for line in capsys.readouterr().out.splitlines()] == [
        "change", "sum", "conversion"]
    assert main(["check", "--no-claims", "--json", str(p)]) == 0
    assert [json.loads(line)["claim"] for line in capsys.readouterr().out.splitlines()] == ["conversion"]
    q = tmp_path / "arithmetic.txt"
    q.write_text(ARITHMETIC, encoding="utf-8")
    assert main(["check", "--no-claims", str(q)]) == 0
    assert capsys.readouterr().out == "No stated currency conversions found.\n"


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


# The same Russian sentence in cp1251, which UTF-8 cannot read: "П" is the byte 0xcf.
RUSSIAN = (
    "[Kazinform] По словам министра, фонд направил на ремонт сельских школ "
    "свыше 3,5 млрд тенге (около 6,7 млн долларов США)."
)
FRENCH = "Le café coûtait 5 euros."  # in Latin-1, "é" is the byte 0xe9


@pytest.fixture
def cp1251_file(tmp_path: Path) -> Path:
    p = tmp_path / "новости.txt"
    p.write_bytes(RUSSIAN.encode("cp1251"))
    return p


@pytest.mark.parametrize("command", ["extract", "check"])
@pytest.mark.parametrize(
    ("text", "encoding", "byte", "offset"),
    [(RUSSIAN, "cp1251", "0xcf", 12), (FRENCH, "latin-1", "0xe9", 6)],
    ids=["cp1251", "latin-1"],
)
def test_a_file_that_is_not_utf8_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, text: str, encoding: str, byte: str, offset: int
) -> None:
    p = tmp_path / "article.txt"
    p.write_bytes(text.encode(encoding))
    assert main([command, str(p)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    assert err.count("\n") == 1
    assert err.startswith(f"kzuk-figures: {p}: not UTF-8 (byte {byte} at offset {offset})")
    assert "--encoding" in err  # and how to read it


def test_extract_reads_the_encoding_given(cp1251_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--json", "--encoding", "cp1251", str(cp1251_file)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["text"], r["value"], r["currency"], r["qualifier"]) for r in rows] == [
        ("3,5 млрд тенге", "3500000000", "KZT", "over"),
        ("6,7 млн долларов США", "6700000", "USD", "about"),
    ]
    assert RUSSIAN[rows[0]["start"] : rows[0]["end"]] == "3,5 млрд тенге"  # offsets index the decoded text


def test_check_reads_the_encoding_given(cp1251_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", "--date", "2025-05-02", "--encoding", "cp1251", str(cp1251_file)]) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["verdict"] == "consistent"


def test_stdin_is_read_in_the_encoding_given(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def stdin() -> io.TextIOWrapper:
        return io.TextIOWrapper(io.BytesIO(RUSSIAN.encode("cp1251")), encoding="utf-8")

    monkeypatch.setattr("sys.stdin", stdin())
    assert main(["extract", "-"]) == 2
    assert capsys.readouterr().err.startswith("kzuk-figures: stdin: not UTF-8 (byte 0xcf at offset 12)")
    monkeypatch.setattr("sys.stdin", stdin())
    assert main(["extract", "--json", "--encoding", "cp1251", "-"]) == 0
    assert "3500000000" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["extract", "check", "scan"])
def test_an_unknown_encoding_is_one_line_and_exit_2(
    cp1251_file: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    assert main([command, "--encoding", "klingon", str(cp1251_file)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == "kzuk-figures: unknown encoding 'klingon'\n"
    assert main([command, "--encoding", "base64", str(cp1251_file)]) == 2  # a codec, but not of text
    assert capsys.readouterr().err == "kzuk-figures: unknown encoding 'base64'\n"


def test_scan_reads_every_input_in_the_encoding_given(
    cp1251_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wire = tmp_path / "wire.jsonl"
    record = json.dumps({"id": "w1", "text": "Свыше 2 млрд тенге."}, ensure_ascii=False)
    wire.write_bytes(record.encode("cp1251") + b"\n")
    assert main(["scan", str(cp1251_file), str(wire), "-j", "1"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{cp1251_file}: not UTF-8 (byte 0xcf at offset 12); skipped" in err
    assert f"{wire}:1: not UTF-8 (byte 0xd1 at column 23); skipped" in err
    assert main(["scan", str(cp1251_file), str(wire), "-j", "1", "--encoding", "cp1251"]) == 0
    reports = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [[f["value"] for f in r["figures"]] for r in reports] == [["3500000000", "6700000"], ["2000000000"]]
