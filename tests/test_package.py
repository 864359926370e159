"""The package's own namespace: what ``import kzuk_figures`` loads, and what its names are."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

import kzuk_figures as kf


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_the_import_loads_no_stage_of_the_pipeline() -> None:
    loaded = _run("import sys, kzuk_figures; print(sorted(m for m in sys.modules if m.startswith('kzuk_figures')))")
    assert loaded == "['kzuk_figures', 'kzuk_figures.errors']"


def test_extract_loads_neither_the_checker_nor_the_claims() -> None:
    code = (
        "import sys, kzuk_figures as kf; kf.extract('3.5 billion tenge (US$6.7 million)');"
        "print(*(m in sys.modules for m in ('kzuk_figures.check', 'kzuk_figures.claims', 'kzuk_figures.report')))"
    )
    assert _run(code) == "False False False"


@pytest.mark.parametrize("name", ["check", "convert", "link", "report"])
@pytest.mark.parametrize("first", ["check", "convert", "link", "report", "html", "strategies", "batch"])
def test_a_function_named_like_its_module_stays_the_function(name: str, first: str) -> None:
    # Loading a module binds it on the package; whichever loads first, kf.check is the function.
    code = f"import kzuk_figures.{first}; import kzuk_figures as kf; f = kf.{name}; print(callable(f), f.__module__)"
    assert _run(code) == f"True kzuk_figures.{name}"


def test_every_public_name_resolves_and_star_import_gives_them_all() -> None:
    namespace: dict[str, object] = {}
    exec("from kzuk_figures import *", namespace)
    assert set(kf.__all__) <= set(namespace)
    assert set(kf.__all__) <= set(dir(kf))
    assert kf.Figure.__module__ == "kzuk_figures.types" and kf.scan_many.__module__ == "kzuk_figures.batch"


def test_a_submodule_is_reachable_as_an_attribute() -> None:
    assert kf.rates.default_rates().name  # type: ignore[attr-defined]
    assert _run("import kzuk_figures as kf; print(kf.rates.EcbRates.__name__)") == "EcbRates"


@pytest.mark.parametrize("name", ["nope", "_private", "__wrapped__"])
def test_a_name_the_package_does_not_have_is_an_attribute_error(name: str) -> None:
    with pytest.raises(AttributeError, match=f"has no attribute {name!r}"):
        getattr(kf, name)


def test_the_package_pickles_by_name_as_a_module_does() -> None:
    assert pickle.loads(pickle.dumps(kf)) is kf
