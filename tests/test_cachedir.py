"""The prepared copies in the user's cache folder cost time when missing or
bad, never a result: every test points the folder at a temporary one."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Any

import pytest

from kzuk_figures import lexicon as lexicon_module
from kzuk_figures.cachedir import prepared_json


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "kzuk_figures"


class Builder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> Any:
        self.calls += 1
        return {"answer": [42, "сорок два"], "calls": self.calls}


def test_a_copy_is_read_until_an_input_changes(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "source.txt"
    source.write_text("one")
    build = Builder()
    first = prepared_json("value.json", [str(source)], build)
    again = prepared_json("value.json", [str(source)], build)
    assert first == again == {"answer": [42, "сорок два"], "calls": 1} and build.calls == 1
    assert (cache / "value.json").is_file()
    source.write_text("one more")  # another size, another time: another key
    assert prepared_json("value.json", [str(source)], build)["calls"] == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[:-5] + b"00000",  # the body changed: its CRC-32 says so
        lambda b: b[: len(b) // 2],  # cut short
        lambda b: b"",
        lambda b: b"\xff\xfe not json\n{}",
        lambda b: b.replace(b'"crc"', b'"crc_"', 1),
    ],
)
def test_a_damaged_copy_is_built_again_and_replaced(cache: Path, tmp_path: Path, damage: Any) -> None:
    source = tmp_path / "source.txt"
    source.write_text("one")
    build = Builder()
    prepared_json("value.json", [str(source)], build)
    copy = cache / "value.json"
    copy.write_bytes(damage(copy.read_bytes()))
    assert prepared_json("value.json", [str(source)], build) == {"answer": [42, "сорок два"], "calls": 2}
    assert prepared_json("value.json", [str(source)], build)["calls"] == 2  # the replacement is read


def test_without_a_cache_folder_the_value_is_built_each_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "no such home"))
    source = tmp_path / "source.txt"
    source.write_text("one")
    build = Builder()
    assert [prepared_json("v.json", [str(source)], build)["calls"] for _ in range(2)] == [1, 2]
    assert not (tmp_path / "no such home").exists()


def test_a_cache_folder_that_cannot_be_written_costs_only_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a file").write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "a file"))
    source = tmp_path / "source.txt"
    source.write_text("one")
    build = Builder()
    assert [prepared_json("v.json", [str(source)], build)["calls"] for _ in range(2)] == [1, 2]


def test_an_input_that_is_gone_builds_without_a_copy(cache: Path, tmp_path: Path) -> None:
    build = Builder()
    assert prepared_json("v.json", [str(tmp_path / "gone.txt")], build)["calls"] == 1
    assert not cache.exists()


def fields(lex: Any) -> dict[str, Any]:
    # in order: the order of symbols and names builds the scanner's alternations
    return {
        f.name: list(v.items()) if hasattr(v := getattr(lex, f.name), "items") else v
        for f in dataclasses.fields(lex)
        if f.name != "dollar_prefixes"  # filled in part from a frozenset: its order varies with the hash seed
    } | {"dollar_prefixes": dict(lex.dollar_prefixes)}


def test_the_lexicon_read_from_its_copy_is_the_lexicon_built(cache: Path) -> None:
    built = lexicon_module._build(lexicon_module._shipped_cldr(), lexicon_module._home_symbols())
    written = lexicon_module.lexicon.__wrapped__()  # type: ignore[attr-defined]
    assert (cache / "lexicon.json").is_file()
    read = lexicon_module.lexicon.__wrapped__()  # type: ignore[attr-defined]
    assert fields(written) == fields(read) == fields(built)
    head = json.loads((cache / "lexicon.json").read_bytes().partition(b"\n")[0])
    # keyed by the tables and the modules it is made from
    assert {os.path.basename(path) for path, _, _ in head["key"]} >= {
        "cldr_currencies.json", "lexicon.py", "en.py", "ru.py", "kk.py",
    }  # fmt: skip


def test_the_unit_words_read_from_their_copy_are_the_words_read_from_cldr(cache: Path) -> None:
    from kzuk_figures import units

    built = units._read_cldr_surfaces()
    written = units._cldr_surfaces.__wrapped__()  # type: ignore[attr-defined]
    assert (cache / "cldr-units.json").is_file()
    read = units._cldr_surfaces.__wrapped__()  # type: ignore[attr-defined]
    assert list(written.items()) == list(read.items()) == list(built.items())
    assert read["км"] == "kilometer" and read["тонн"] == "metric_ton"
