"""``Report``: the ``to_dict()`` schema (documented in ``SCHEMA``, pinned here) and ``to_pandas()``.

The key sets below are written out by hand on purpose: a field that goes away
or changes name must fail here, not just move ``SCHEMA`` along with the code.
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import kzuk_figures as kf
from kzuk_figures.rates import TableRates

report_module = sys.modules["kzuk_figures.report"]
SCHEMA = report_module.SCHEMA
FRAME_COLUMNS = report_module.FRAME_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
MAY_2 = datetime.date(2025, 5, 2)
SEED = (ROOT / "seeds" / "example.txt").read_text(encoding="utf-8")

REPORT_KEYS = ["schema_version", "source", "date", "figures", "checks"]
FIGURE_KEYS = [
    "kind", "start", "end", "text", "value", "low", "high", "currency", "unit",
    "qualifier", "numeral", "scale", "currency_text", "currency_inferred",
    "candidates", "locale", "counted",
]
CHECK_KEYS = [
    "source", "target", "verdict", "pair", "base", "quote", "implied_rate",
    "implied_low", "implied_high", "reference_rate", "reference_low",
    "reference_high", "deviation", "tolerance", "date", "date_reason", "window",
    "diagnosis", "explanation", "evidence", "claim", "relation",
]
CLAIM_KEYS = [
    "kind", "figures", "roles", "measure", "stated", "stated_low", "stated_high",
    "cue", "start", "end", "direction", "stated_text",
]
RATE_KEYS = [
    "base", "quote", "value", "source", "period", "start", "end", "requested",
    "note", "via",
]


def seed() -> kf.Report:
    return kf.report(SEED, date=MAY_2, source="seeds/example.txt")


def varied() -> list[kf.Report]:
    """Reports that between them fill every nullable field both ways."""
    return [
        seed(),
        # a named period that explains a miss: two evidence rates
        kf.report("In 2015 it paid 2 billion tenge (US$10.8 million).", date=MAY_2),
        # inconsistent with a diagnosis
        kf.report("It paid 3.5 billion tenge (US$6.7 billion).", date=MAY_2),
        # unverifiable: no reference rate
        kf.report("It paid 3.5 billion tenge (US$6.7 million).", date=datetime.date(1990, 5, 2)),
        # a fallback rate: the table only has April, asked for May
        kf.report(
            "It paid 3.5 billion tenge (US$6.7 million).",
            date=MAY_2,
            rates=TableRates({("USD", "KZT", "2025-04"): Decimal("520")}, name="mine"),
        ),
        # no conversion: date is null; a range; a percentage; an inferred dollar; a count
        kf.report("Sales rose 7% to $5-7 million at 340 shops."),
        kf.report(""),
        hand_made(),
        # stated arithmetic: a change (with a direction) and a share (without)
        kf.report("Exports rose 25% to $2.1 billion from $1.8 billion, or 12% of the $17.5 billion total, "
                  "about $2.1 billion.", date=MAY_2),
    ]


def hand_made() -> kf.Report:
    """Nulls the pipeline does not produce but the types allow: a figure without a
    value, a check without a date, a rate nobody asked a date for."""
    blank = kf.Figure(kind="number", start=0, end=3, text="one", value=None, low=None, high=None)
    a = kf.Figure(kind="money", start=4, end=6, text="$1", value=Decimal(1), low=Decimal("0.5"),
                  high=Decimal("1.5"), currency="USD")
    b = kf.Figure(kind="money", start=8, end=10, text="£1", value=Decimal(1), low=Decimal("0.5"),
                  high=Decimal("1.5"), currency="GBP")
    rate = kf.Rate(base="GBP", quote="USD", value=Decimal("1.25"), source="mine", period="undated",
                   start=datetime.date.min, end=datetime.date.max)
    check = kf.Check(
        source=a, target=b, verdict="consistent", base="GBP", quote="USD",
        implied_rate=Decimal(1), implied_low=Decimal("0.33"), implied_high=Decimal(3),
        reference_rate=rate, reference_low=rate.value, reference_high=rate.value,
        deviation=Decimal("-0.2"), tolerance=Decimal("0.03"), date=None, date_reason="",
        window=None, diagnosis=None, explanation="fits", evidence=(rate,),
    )
    return kf.Report(text="one $1 (£1)", figures=(blank, a, b), checks=(check,), date=None)


# ---------------------------------------------------------------- the schema


def test_schema_documents_exactly_the_pinned_fields_in_order() -> None:
    assert list(SCHEMA) == ["report", "figure", "check", "claim", "rate"]
    assert list(SCHEMA["report"]) == REPORT_KEYS
    assert list(SCHEMA["figure"]) == FIGURE_KEYS
    assert list(SCHEMA["check"]) == CHECK_KEYS
    assert list(SCHEMA["claim"]) == CLAIM_KEYS
    assert list(SCHEMA["rate"]) == RATE_KEYS
    for fields in SCHEMA.values():
        for name, (kind, meaning) in fields.items():
            assert kind and len(meaning) > 10, name


def test_schema_is_read_only() -> None:
    with pytest.raises(TypeError):
        SCHEMA["report"]["extra"] = ("str", "x")  # type: ignore[index]
    with pytest.raises(TypeError):
        SCHEMA["new"] = {}  # type: ignore[index]


def test_module_docstring_lists_every_field() -> None:
    doc = report_module.__doc__ or ""
    for obj, fields in SCHEMA.items():
        for name, (kind, meaning) in fields.items():
            assert f"{name:<17} {kind:<20} {meaning}" in doc, (obj, name)


def test_schema_version_is_4() -> None:
    assert kf.report("").to_dict()["schema_version"] == 4
    assert report_module.SCHEMA_VERSION == 4
    assert seed().to_dict()["schema_version"] == 4


def test_exact_key_sets_and_order() -> None:
    d = seed().to_dict()
    assert list(d) == REPORT_KEYS
    assert d["figures"] and d["checks"]
    for f in d["figures"]:
        assert list(f) == FIGURE_KEYS
    for c in d["checks"]:
        assert list(c) == CHECK_KEYS
        assert list(c["source"]) == FIGURE_KEYS
        assert list(c["target"]) == FIGURE_KEYS
        assert list(c["reference_rate"]) == RATE_KEYS
        assert c["evidence"]
        for r in c["evidence"]:
            assert list(r) == RATE_KEYS


def _is(kind: str, v: object) -> bool:
    """Whether ``v`` is a value of the documented ``kind``."""
    if kind.endswith(" | null"):
        return v is None or _is(kind[: -len(" | null")], v)
    if kind.startswith("list[") and kind.endswith("]"):
        return isinstance(v, list) and all(_is(kind[5:-1], x) for x in v)
    if kind == "[date, date]":
        return isinstance(v, list) and len(v) == 2 and all(_is("date", x) for x in v) and v[0] <= v[1]
    if kind in SCHEMA:
        return isinstance(v, dict) and _conforms(kind, v)
    if kind == "int":
        return type(v) is int
    if kind == "bool":
        return type(v) is bool
    if kind == "str":
        return type(v) is str
    if kind == "decimal":
        # a string that is exactly a finite Decimal's own str()
        return type(v) is str and Decimal(v).is_finite() and str(Decimal(v)) == v
    if kind == "date":
        return type(v) is str and datetime.date.fromisoformat(v).isoformat() == v
    raise AssertionError(f"SCHEMA uses an undocumented type {kind!r}")


def _conforms(obj: str, d: dict) -> bool:
    assert list(d) == list(SCHEMA[obj]), obj
    for name, (kind, _) in SCHEMA[obj].items():
        assert _is(kind, d[name]), (obj, name, kind, d[name])
    return True


@pytest.mark.parametrize("n", range(len(varied())))
def test_every_value_has_its_documented_type(n: int) -> None:
    assert _conforms("report", varied()[n].to_dict())


def test_the_varied_reports_fill_every_nullable_field_both_ways() -> None:
    """So the type test above saw nulls and values alike."""
    seen: dict[tuple[str, str], set[bool]] = {}

    def walk(obj: str, d: dict) -> None:
        for name, (kind, _) in SCHEMA[obj].items():
            seen.setdefault((obj, name), set()).add(d[name] is None)
            for sub in SCHEMA:
                if kind.startswith(sub) and d[name] is not None:
                    walk(sub, d[name])
                elif kind == f"list[{sub}]":
                    for x in d[name]:
                        walk(sub, x)

    for r in varied():
        walk("report", r.to_dict())
    nullable = {k for k, (kind, _) in ((k, SCHEMA[k[0]][k[1]]) for k in seen) if kind.endswith("| null")}
    missing = {k for k in nullable if seen[k] != {True, False}}
    assert missing == set()


def test_amounts_and_rates_are_strings_that_read_back_exactly() -> None:
    r = seed()
    d = r.to_dict()
    for f, fd in zip(r.figures, d["figures"]):
        assert fd["value"] == str(f.value) and Decimal(fd["value"]) == f.value
        assert Decimal(fd["low"]) == f.low and Decimal(fd["high"]) == f.high
        assert Decimal(fd["scale"]) == f.scale
    c, cd = r.checks[0], d["checks"][0]
    assert cd["implied_rate"] == "525.714286"
    assert Decimal(cd["implied_rate"]) == c.implied_rate
    assert c.reference_rate is not None
    assert Decimal(cd["reference_rate"]["value"]) == c.reference_rate.value
    assert cd["pair"] == "KZT/USD"
    assert d["figures"][1]["value"] == "18400000000"


def test_json_round_trip_and_no_json_number_is_a_float() -> None:
    for r in varied():
        text = r.to_json()

        def refuse(s: str) -> None:
            raise AssertionError(f"a float in the JSON: {s}")

        assert json.loads(text, parse_float=refuse) == r.to_dict()
    # non-ASCII text stays as written (ensure_ascii=False)
    assert "£60 million" in seed().to_json()


def test_to_json_passes_options_through() -> None:
    assert seed().to_json(indent=2).startswith('{\n  "schema_version": 4')


# ---------------------------------------------------------------- to_pandas


def frame(r: kf.Report):  # type: ignore[no-untyped-def]
    """``r.to_pandas()``; the test is skipped where pandas (in the test extra) is missing."""
    pytest.importorskip("pandas")
    return r.to_pandas()


def test_frame_has_one_row_per_figure_and_the_documented_columns() -> None:
    r = seed()
    df = frame(r)
    assert tuple(df.columns) == FRAME_COLUMNS
    assert len(df) == len(r.figures) == 6
    assert list(df["figure"]) == list(range(6))
    assert list(df["text"]) == [f.text for f in r.figures]
    assert set(df["document"]) == {"seeds/example.txt"}


def test_frame_joins_each_conversion_to_its_two_figures() -> None:
    import pandas as pd

    r = seed()
    df = frame(r).set_index("text")
    src, tgt = df.loc["18.4 billion tenge"], df.loc["US$35 million"]
    c = r.checks[0]
    assert (src["role"], tgt["role"]) == ("source", "target")
    assert src["check"] == tgt["check"] == 0
    assert (src["counterpart"], tgt["counterpart"]) == ("US$35 million", "18.4 billion tenge")
    for row in (src, tgt):
        assert row["verdict"] == "consistent"
        assert row["pair"] == "KZT/USD"
        assert row["implied_rate"] == c.implied_rate
        assert row["reference_rate"] == c.reference_rate.value  # type: ignore[union-attr]
        assert row["reference_source"] == "HMRC" and row["reference_period"] == "2025-05"
        assert row["explanation"] == c.explanation
        assert row["deviation"] == c.deviation
    assert df.loc["41.7 billion tenge", "check"] == 1
    assert df.loc["41.7 billion tenge", "role"] == "target"
    # figures outside any conversion: missing values, not empty strings
    for text in ("7.5%", "£150 million"):
        row = df.loc[text]
        assert pd.isna(row["check"]) and pd.isna(row["role"]) and pd.isna(row["verdict"])
        assert row["implied_rate"] is None and row["reference_rate"] is None


def test_frame_amounts_are_decimals_in_object_columns_never_floats() -> None:
    df = frame(seed())
    for name in ("value", "low", "high", "scale", "implied_rate", "implied_low",
                 "implied_high", "reference_rate", "reference_low", "reference_high", "deviation"):
        assert df[name].dtype == object, name
        assert all(v is None or type(v) is Decimal for v in df[name]), name
        assert not any(isinstance(v, float) for v in df[name]), name
    assert df.loc[1, "value"] == Decimal("18400000000")
    # arithmetic stays exact
    total = df.loc[df["currency"] == "KZT", "value"].sum()
    assert type(total) is Decimal and total == Decimal("60100000000")
    # the reference rate keeps all its digits
    assert df.loc[1, "reference_rate"] == Decimal("523.7428980483761585411800167")


def test_frame_dtypes_are_stable() -> None:
    df = frame(seed())
    assert str(df["figure"].dtype) == "int64" and str(df["start"].dtype) == "int64"
    assert str(df["check"].dtype) == "Int64"
    assert df["currency_inferred"].dtype == bool
    for name in ("text", "kind", "currency", "role", "verdict", "diagnosis", "explanation", "unit"):
        assert str(df[name].dtype) == "string", name
    # the same dtypes when a column is wholly missing, so frames concatenate
    empty = frame(kf.report("No figures here."))
    assert tuple(empty.columns) == FRAME_COLUMNS and len(empty) == 0
    assert dict(empty.dtypes.astype(str)) == dict(df.dtypes.astype(str))


def test_frame_inconsistent_and_unverifiable_rows() -> None:
    import pandas as pd

    bad = frame(kf.report("It paid 3.5 billion tenge (US$6.7 billion).", date=MAY_2))
    assert list(bad["verdict"]) == ["inconsistent", "inconsistent"]
    assert list(bad["diagnosis"]) == ["scale_slip", "scale_slip"]
    old = frame(kf.report("It paid 3.5 billion tenge (US$6.7 million).", date=datetime.date(1990, 5, 2)))
    assert list(old["verdict"]) == ["unverifiable", "unverifiable"]
    assert old.loc[0, "reference_rate"] is None
    assert pd.isna(old.loc[0, "reference_source"])
    assert old.loc[0, "implied_rate"] == Decimal("522.388060")


def test_a_figure_with_two_equivalents_gets_a_row_per_conversion() -> None:
    r = kf.report("It paid 3.5 billion tenge (US$6.7 million; £5.3 million) there.", date=MAY_2)
    assert len(r.figures) == 3 and len(r.checks) == 2
    df = frame(r)
    assert len(df) == 4
    src = df[df["figure"] == 0]
    assert list(src["check"]) == [0, 1]
    assert list(src["role"]) == ["source", "source"]
    assert list(src["counterpart"]) == ["US$6.7 million", "£5.3 million"]
    assert df["figure"].nunique() == len(r.figures)


def test_frames_of_several_reports_concatenate() -> None:
    import pandas as pd

    a = kf.report("It paid 3.5 billion tenge (US$6.7 million).", date=MAY_2, source="a")
    b = kf.report("Sales rose 7%.", source="b")
    df = pd.concat([frame(a), frame(b)], ignore_index=True)
    assert list(df["document"]) == ["a", "a", "b"]
    assert str(df["check"].dtype) == "Int64"
    assert type(df.loc[0, "value"]) is Decimal


def test_to_pandas_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match=r"kzuk-figures\[pandas\]") as info:
        seed().to_pandas()
    assert isinstance(info.value.__cause__, ImportError)


def test_importing_and_reporting_does_not_import_pandas_or_the_html_module() -> None:
    code = (
        "import sys, kzuk_figures as kf; r = kf.report('3.5 billion tenge (US$6.7 million)'); "
        "r.to_json(); print(sorted(m for m in ('pandas', 'kzuk_figures.html') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"


def test_a_figure_checked_in_one_of_its_candidate_currencies_still_joins_its_check() -> None:
    # "som" is KGS by default, but the check reads it as UZS, which the figures fit:
    # a different Figure from the extracted one.  The frame, the plain rows and
    # the HTML notes match figures to checks by span.
    from kzuk_figures.batch import figure_rows

    rep = kf.report("The flat cost 1 million som ($78).", date=MAY_2)
    assert rep.checks[0].source.currency == "UZS" and rep.figures[0].currency == "KGS"
    assert [(r["text"], r["role"], r["verdict"]) for r in figure_rows(rep)] == [
        ("1 million som", "source", "consistent"),
        ("$78", "target", "consistent"),
    ]
    assert list(rep.to_pandas()["role"]) == ["source", "target"]
    html = rep._repr_html_()
    mark = html[html.index("<mark") : html.index("</mark>")]
    assert "read as UZS" in mark  # the source figure's own note names the check


def test_report_claims_false_keeps_the_conversions_alone() -> None:
    text = "Exports rose 25% to $2.1 billion from $1.8 billion. It paid 3.5 billion tenge (US$6.7 million)."
    on = datetime.date(2025, 5, 2)
    assert [c.claim for c in kf.report(text, date=on).checks] == ["change", "conversion"]
    only = kf.report(text, date=on, claims=False)
    assert [c.claim for c in only.checks] == ["conversion"]
    assert only.figures == kf.report(text, date=on).figures
