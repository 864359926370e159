"""pint's on-disk cache may cost start-up time, never a result (pint issue #1572).

Every check runs the library in a fresh process whose HOME and XDG_CACHE_HOME
are temporary folders, so the real user's cache is never read or written.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pint
import pytest

from kzuk_figures.units import _cache_folder

CONVERT = """
import json
import kzuk_figures as kf
from kzuk_figures.units import registry

f = kf.extract("It shipped 1.5 million tonnes.")[0]
kg = f.to("kilogram")
print(json.dumps({
    "value": str(kg.value),
    "type": type(kg.value).__name__,
    "quantity": str(f.quantity.to("kg").magnitude),
    "cache": str(registry().cache_folder),
}))
"""

# pint alone, as kzuk_figures used to build it: shows a damaged cache really breaks pint
PLAIN_PINT = """
import sys
from decimal import Decimal
import pint
pint.UnitRegistry(non_int_type=Decimal, cache_folder=sys.argv[1])
"""


def environment(home: Path | None, xdg: Path | None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("HOME", "XDG_CACHE_HOME", "PYTHONPATH")}
    if home is not None:
        env["HOME"] = str(home)
    if xdg is not None:
        env["XDG_CACHE_HOME"] = str(xdg)
    return env | extra


def run(env: dict[str, str], script: str = CONVERT, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def converts(env: dict[str, str]) -> str:
    """Run the conversion in a new process, check the result, return the cache it used."""
    proc = run(env)
    assert proc.returncode == 0, proc.stderr
    return checked(proc.stdout)


def checked(stdout: str) -> str:
    out = json.loads(stdout.strip().splitlines()[-1])
    assert out["type"] == "Decimal"
    assert Decimal(out["value"]) == Decimal(out["quantity"]) == Decimal(1500000000)
    return str(out["cache"])


def keyed_folder(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> Path:
    for name in ("HOME", "XDG_CACHE_HOME"):
        if name in env:
            monkeypatch.setenv(name, env[name])
        else:
            monkeypatch.delenv(name, raising=False)
    folder = _cache_folder()
    assert folder is not None
    return folder


def pickles(folder: Path) -> dict[str, tuple[int, int]]:
    """Each cached pickle, loaded to prove it whole, by name: its inode and mtime."""
    found = {}
    for p in sorted(folder.glob("*.pickle")):
        with p.open("rb") as f:
            pickle.load(f)
        st = p.stat()
        found[p.name] = (st.st_ino, st.st_mtime_ns)
    assert found, f"no cache in {folder}"
    return found


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "home").mkdir()
    return environment(tmp_path / "home", tmp_path / "xdg")


def test_a_cache_from_a_deleted_environment_is_never_read(
    tmp_path: Path, env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = keyed_folder(monkeypatch, env)
    # Another environment: a copy of pint at another path, later deleted.
    doomed = tmp_path / "doomed-venv"
    shutil.copytree(
        Path(pint.__file__).parent, doomed / "pint", ignore=shutil.ignore_patterns("testsuite", "__pycache__")
    )
    other = env | {"PYTHONPATH": str(doomed)}
    other_folder = converts(other)
    assert Path(other_folder).parent == folder.parent and Path(other_folder) != folder
    # The worst case: the other pint's cache in pint's shared folder and in ours.
    stale_pint = Path(env["HOME"], ".cache", "pint")
    for target in (stale_pint, folder):
        assert run(other, PLAIN_PINT, str(target)).returncode == 0
    shutil.rmtree(doomed)
    stale_before = pickles(stale_pint)
    broken = run(env, PLAIN_PINT, str(folder))
    assert broken.returncode != 0 and "FileNotFoundError" in broken.stderr  # the fault is real

    assert converts(env) == str(folder)  # converted correctly, and rewrote the cache
    healed = pickles(folder)
    assert converts(env) == str(folder)
    assert pickles(folder) == healed  # read, not written again
    assert pickles(stale_pint) == stale_before  # pint's own cache is left alone


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda b: b[: len(b) // 2], id="truncated"),
        pytest.param(lambda b: b"", id="empty"),
        pytest.param(lambda b: b"\x00garbage\xff" * 50, id="garbage"),
        # a pickle of a class from a module that no longer exists
        pytest.param(lambda b: b"\x80\x04cvanished_env.pint\nParsedProject\n)\x81.", id="missing-module"),
    ],
)
def test_a_damaged_cache_is_replaced(env: dict[str, str], monkeypatch: pytest.MonkeyPatch, damage: object) -> None:
    folder = keyed_folder(monkeypatch, env)
    assert converts(env) == str(folder)
    for p in folder.glob("*.pickle"):
        p.write_bytes(damage(p.read_bytes()))  # type: ignore[operator]

    assert converts(env) == str(folder)
    healed = pickles(folder)
    assert converts(env) == str(folder)
    assert pickles(folder) == healed


def unusable_home(tmp_path: Path, case: str) -> dict[str, str]:
    """An environment whose cache cannot be kept, and the check that nothing was written."""
    if case == "read-only HOME":
        if os.geteuid() == 0:  # root writes through chmod: a HOME that does not exist instead
            assert not Path("/nonexistent").exists()
            return environment(Path("/nonexistent"), None)
        home = tmp_path / "home"
        home.mkdir(mode=0o500)
        return environment(home, None)
    if case == "HOME unset":
        return environment(None, None)
    if case == "HOME is a file":
        (tmp_path / "file").write_text("")
        return environment(tmp_path / "file", None)
    assert case == "XDG_CACHE_HOME cannot be created"
    (tmp_path / "file").write_text("")
    (tmp_path / "home").mkdir()
    return environment(tmp_path / "home", tmp_path / "file" / "cache")


@pytest.mark.parametrize("case", ["read-only HOME", "HOME unset", "HOME is a file", "XDG_CACHE_HOME cannot be created"])
def test_no_usable_cache_folder_costs_only_time(tmp_path: Path, case: str) -> None:
    env = unusable_home(tmp_path, case)
    try:
        assert converts(env) == "None"
        assert not Path("/nonexistent").exists()
        assert not (tmp_path / "home" / ".cache").exists()
    finally:
        if (tmp_path / "home").exists():
            (tmp_path / "home").chmod(0o700)


def test_sixteen_processes_at_once_on_an_empty_cache(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = keyed_folder(monkeypatch, env)
    procs = [
        subprocess.Popen([sys.executable, "-c", CONVERT], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(16)
    ]
    for p in procs:
        stdout, stderr = p.communicate(timeout=120)
        assert p.returncode == 0, stderr
        checked(stdout)

    # no staging left over, of pint's cache or of the prepared copies beside it
    assert sorted(q.name for q in folder.parent.iterdir()) == sorted([folder.name, "lexicon.json", "cldr-units.json"])
    written = pickles(folder)
    assert converts(env) == str(folder)
    assert pickles(folder) == written
