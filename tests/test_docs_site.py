"""The documentation site: every example on every page runs, and the site builds
with ``mkdocs build --strict`` (warnings are errors), as CI runs it."""

from __future__ import annotations

import doctest
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))
#: Guide pages (not the API reference, whose examples are the docstrings'
#: own doctests) must show working code.
GUIDE = [p for p in PAGES if not p.startswith("reference/")]


def test_every_guide_page_is_checked() -> None:
    assert {"index.md", "quickstart.md", "detection.md", "checking.md", "claims.md", "rates.md", "cli.md",
            "strategies.md", "scaling.md"} <= set(GUIDE)  # fmt: skip


@pytest.mark.parametrize("page", PAGES)
def test_page_examples_run(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # examples name files as the repository holds them: seeds/example.txt
    result = doctest.testfile(
        str(DOCS / page), module_relative=False, optionflags=doctest.ELLIPSIS, encoding="utf-8"
    )
    assert result.failed == 0
    if page in GUIDE:
        assert result.attempted >= 3, f"{page} has no runnable examples"


def test_site_builds_strictly(tmp_path: Path) -> None:
    site = tmp_path / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(ROOT / "mkdocs.yml"),
         "--site-dir", str(site)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},  # mkdocs-material's notice about its successor
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-5000:]
    assert "WARNING" not in proc.stderr, proc.stderr[-5000:]
    assert (site / "img" / "report.png").stat().st_size > 1000
    batch = (site / "reference" / "batch" / "index.html").read_text("utf-8")
    assert "scan_many" in batch and "Failure" in batch
    # doctest blocks in docstrings become code blocks, and roles plain code
    report = (site / "reference" / "report" / "index.html").read_text("utf-8")
    assert ":class:" not in report and "&gt;&gt;&gt;" in report
    assert not (site / "_ext").exists()
