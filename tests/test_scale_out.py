"""Scaling out: values and rate providers travel to worker processes by pickle,
nothing depends on state a fresh process lacks, and the Dask and PySpark
recipes of docs/scaling.md run."""

from __future__ import annotations

import datetime
import multiprocessing
import os
import pickle
import re
import shutil
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import kzuk_figures as kf
from kzuk_figures import errors
from kzuk_figures.batch import FIGURE_DTYPES, figure_rows
from kzuk_figures.rates import (
    ChainedRates,
    DefaultRates,
    EcbRates,
    ForexPythonRates,
    HmrcRates,
    NbkRates,
    TableRates,
    default_rates,
)
from kzuk_figures.report import FRAME_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
MAY_2 = datetime.date(2025, 5, 2)
SEED = "Since 2022 the company has invested over 3.5 billion tenge (US$6.7 million)."
PAIRS = [("USD", "KZT", MAY_2), ("EUR", "USD", datetime.date(2025, 5, 3)), ("GBP", "JPY", datetime.date(2016, 6, 24))]


def roundtrip(obj: Any) -> Any:
    return pickle.loads(pickle.dumps(obj))


# --------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------


def test_report_and_its_figures_checks_and_rates_pickle() -> None:
    rep = kf.report(SEED, date=MAY_2, source="seed")
    check = rep.checks[0]
    assert check.window is not None and check.evidence  # the richest kind of Check
    for obj in (rep, rep.figures[0], check, check.reference_rate, *check.evidence):
        back = roundtrip(obj)
        assert back == obj and type(back) is type(obj)
    assert roundtrip(rep).to_dict() == rep.to_dict()


# --------------------------------------------------------------------------
# Rate providers
# --------------------------------------------------------------------------


class RecordedFetch:
    """NBK's answer for one day, recorded; a module-level class, so it pickles."""

    def __call__(self, url: str, timeout: float) -> bytes:
        assert "fdate=02.05.2025" in url
        return (b"<rates><date>02.05.2025</date>"
                b"<item><title>USD</title><description>512.8</description><quant>1</quant></item>"
                b"<item><title>JPY</title><description>355.24</description><quant>100</quant></item>"
                b"</rates>")  # fmt: skip


class FakeForexClient:
    def get_rate(self, base: str, quote: str, date_obj: datetime.date | None = None) -> Decimal:
        return Decimal("1.1343") if (base, quote) == ("EUR", "USD") else Decimal("0.8816")


def providers(tmp_path: Path) -> list[Any]:
    csv = tmp_path / "rates.csv"
    csv.write_text("base,quote,rate,date\nUSD,KZT,512.8,2025-05\nUSD,KZT,500,\n", "utf-8")
    return [
        default_rates(),
        DefaultRates(),
        EcbRates(),
        HmrcRates(),
        TableRates({("USD", "KZT", "2025-05"): Decimal("512.8"), ("EUR", "USD"): "1.13"}, name="desk"),
        TableRates.from_csv(csv),
        ChainedRates(TableRates({("USD", "KZT"): 500}), HmrcRates(), name="mine"),
        NbkRates(cache_dir=tmp_path / "nbk", fetch=RecordedFetch()),
        ForexPythonRates(client=FakeForexClient(), timeout=5),
    ]


def answers(provider: object, asked: list[tuple[str, str, datetime.date]]) -> list[object]:
    """Each pair's rate, or the type of the RateNotFoundError it raised."""
    out: list[object] = []
    for base, quote, on in asked:
        try:
            out.append(provider.rate(base, quote, on))  # type: ignore[attr-defined]
        except kf.RateNotFoundError as exc:
            out.append(type(exc))
    return out


def test_every_provider_pickles_and_answers_as_before(tmp_path: Path) -> None:
    for provider in providers(tmp_path):
        asked = [p for p in PAIRS if p[2] == MAY_2] if isinstance(provider, NbkRates) else PAIRS
        before = answers(provider, asked)
        back = roundtrip(provider)  # after use: the caches are full
        assert type(back) is type(provider) and back.name == provider.name and repr(back) == repr(provider)
        assert back.coverage() == provider.coverage()
        after = answers(back, asked)
        assert after == before, provider
        assert any(isinstance(r, kf.Rate) for r in after), provider


def test_a_pickled_provider_leaves_its_caches_behind() -> None:
    ecb = EcbRates()
    ecb.rate("EUR", "USD", MAY_2)  # loads ECB's whole history
    assert len(pickle.dumps(ecb)) < 1000
    back = roundtrip(ecb)
    assert back._answer.cache_info().currsize == 0  # a fresh answer cache in the new process
    back.rate("EUR", "USD", MAY_2)
    back.rate("EUR", "USD", MAY_2)
    assert back._answer.cache_info().hits == 1
    assert ecb._answer.cache_info().currsize == 1  # and the original keeps its own


@pytest.mark.parametrize(
    "error",
    [
        errors.RateNotFoundError("USD", "KZT", MAY_2, "HMRC", (datetime.date(2014, 2, 1), MAY_2), "why"),
        errors.RateSourceError("USD", "KZT", None, "NBK", reason="timed out"),
        errors.FloatAmountError(6.7, "amount"),
        errors.UnknownCurrencyError("XXQ", ("XXX",)),
        errors.InvalidArgumentError("workers 0 must be at least 1"),
        errors.ArgumentTypeError("check() needs a str, not bytes"),
    ],
)
def test_errors_pickle_with_their_fields(error: Exception) -> None:
    # A worker's exception reaches the parent by pickle (Dask, Spark, futures);
    # one that cannot be rebuilt there breaks the whole pool.
    back = roundtrip(error)
    assert type(back) is type(error)
    assert str(back) == str(error)
    assert vars(back) == vars(error)


# --------------------------------------------------------------------------
# A fresh process
# --------------------------------------------------------------------------


def test_a_spawned_process_gives_the_same_report() -> None:
    """A spawned interpreter shares nothing with this one: every cache, table
    and lexicon is rebuilt there, and the answers must not change."""
    table = TableRates({("USD", "KZT", "2025-05"): Decimal(524)}, name="desk")
    texts = [SEED, "It paid £60 million (roughly 41.7 billion tenge).", "Вложено более 3,5 млрд тенге."]
    here = [kf.report(t, date=MAY_2, rates=r) for t in texts for r in (None, table)]
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        there = [pool.submit(kf.report, t, date=MAY_2, rates=r).result() for t in texts for r in (None, table)]
        rate_there = pool.submit(default_rates().rate, "USD", "KZT", MAY_2).result()
    assert there == here
    assert rate_there == default_rates().rate("USD", "KZT", MAY_2)


@pytest.mark.parametrize("method", [m for m in ("spawn", "forkserver") if m in multiprocessing.get_all_start_methods()])
def test_scan_many_under_every_start_method(method: str) -> None:
    """scan_many uses Python's default start method: fork on Linux today,
    spawn on macOS and Windows, forkserver from Python 3.14.  Its worker
    entry points and settings must survive the ones that share nothing."""
    code = f"""
import datetime, multiprocessing, sys
multiprocessing.set_start_method({method!r})
import kzuk_figures as kf
from kzuk_figures.rates import TableRates
from decimal import Decimal
docs = [(f"d{{i}}", f"Item {{i}}: over 3.5 billion tenge (US$6.7 million); ${{i + 1}} million.") for i in range(40)]
docs.insert(7, ("bad", b"bytes"))
failed = []
rates = TableRates({{("USD", "KZT", "2025-05"): Decimal(524)}}, name="desk")
reports = list(kf.scan_many(docs, workers=2, chunksize=3, date=datetime.date(2025, 5, 2), rates=rates,
                            on_error=failed.append))
assert [r.source for r in reports] == [f"d{{i}}" for i in range(40)], [r.source for r in reports]
assert {{c.reference_rate.source for r in reports for c in r.checks}} == {{"desk"}}
assert [(f.index, f.source) for f in failed] == [(7, "bad")]
print("ok", multiprocessing.get_start_method())
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.split() == ["ok", method]


# --------------------------------------------------------------------------
# Dask
# --------------------------------------------------------------------------


def documents(n: int) -> list[dict[str, Any]]:
    return [
        {"id": f"doc-{i}", "date": MAY_2,
         "text": f"Item {i}: over 3.5 billion tenge (US$6.7 {'million' if i % 4 else 'billion'}); ${i + 1} million."}
        for i in range(n)
    ]  # fmt: skip


def test_dask_bag_of_reports_to_a_dataframe_of_figures() -> None:
    pd = pytest.importorskip("pandas")
    db = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("dask.distributed")
    docs = documents(12)
    expected = [row for d in docs for row in figure_rows(kf.report(d["text"], date=d["date"], source=d["id"]))]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):  # fmt: skip
        figures = (
            db.from_sequence(docs, npartitions=4)
            .map(lambda d: kf.report(d["text"], date=d["date"], source=d["id"]))
            .map(figure_rows)
            .flatten()
            .to_dataframe(meta=dict(FIGURE_DTYPES))
        )
        assert list(figures.columns) == list(FRAME_COLUMNS)
        frame = figures.compute()
        verdicts = figures[figures.role == "source"].groupby("verdict").document.count().compute()
        workers = {w["id"] for w in distributed.get_client().scheduler_info()["workers"].values()}
    assert len(workers) == 2
    assert len(frame) == len(expected) == 36
    assert frame["document"].tolist() == [r["document"] for r in expected]
    assert frame["value"].tolist() == [r["value"] for r in expected]
    assert [None if pd.isna(v) else v for v in frame["diagnosis"]] == [
        r["diagnosis"] for r in expected
    ]
    assert verdicts.sort_index().to_dict() == {"consistent": 9, "inconsistent": 3}
    assert str(frame["check"].dtype) == "Int64" and str(frame["value"].dtype) == "string"


# --------------------------------------------------------------------------
# PySpark: the recipe in docs/scaling.md, exactly as written there
# --------------------------------------------------------------------------


def spark_recipe() -> str:
    page = (ROOT / "docs" / "scaling.md").read_text("utf-8")
    section = page[page.index("## PySpark"):]
    code: str = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)[0]
    return code


def test_the_spark_recipe_is_in_the_docs() -> None:
    code = spark_recipe()
    compile(code, "docs/scaling.md", "exec")
    assert "mapInPandas(figures_of, schema=SPARK_SCHEMA)" in code


def test_pyspark_map_in_pandas() -> None:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("Spark needs java on the PATH")
    namespace: dict[str, Any] = {"__name__": "spark_recipe"}
    saved = os.environ.get("PYSPARK_PYTHON")
    try:
        code = spark_recipe().replace(".show()", ".collect()")  # the test reads the rows instead
        exec(compile(code, "docs/scaling.md", "exec"), namespace)  # noqa: S102 - the documented recipe, run as written
        figures = namespace["figures"]
        # sorted here: orderBy would shuffle through spark.sql.shuffle.partitions (200)
        rows = sorted((r.asDict() for r in figures.collect()), key=lambda r: (r["document"], r["figure"]))
    finally:
        if "spark" in namespace:
            namespace["spark"].stop()
        if saved is None:
            os.environ.pop("PYSPARK_PYTHON", None)
        else:
            os.environ["PYSPARK_PYTHON"] = saved
    assert [(r["document"], r["text"], r["value"], r["role"], r["verdict"], r["diagnosis"]) for r in rows] == [
        ("a", "3.5 billion tenge", "3500000000", "source", "consistent", None),
        ("a", "US$6.7 million", "6700000", "target", "consistent", None),
        ("b", "3.5 billion tenge", "3500000000", "source", "inconsistent", "decimal_point"),
        ("b", "US$67 million", "67000000", "target", "inconsistent", "decimal_point"),
    ]
    assert rows[0]["check"] == 0 and rows[0]["candidates"] == [] and rows[0]["currency_inferred"] is False
    reference = kf.check("over 3.5 billion tenge (US$6.7 million)", date=MAY_2)[0].reference_rate
    assert reference is not None and Decimal(rows[0]["reference_rate"]) == reference.value

