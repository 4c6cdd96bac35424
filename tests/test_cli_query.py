"""``caibao facts|companies|documents`` with --json and --csv, on a store built by ingesting the
shipped iFlytek figures."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from caibao.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ROOT / "examples" / "iflytek-fy2024" / "figures.csv"


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "facts.duckdb")
    result = CliRunner().invoke(main, ["ingest", "--db", path, str(FIGURES)])
    assert result.exit_code == 0, result.output
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_facts_json_one_object_per_fact_with_its_source(db):
    rows = json.loads(run("facts", "--db", db, "--company", "002230", "--json"))
    assert len(rows) == 63
    revenue = [
        r
        for r in rows
        if (r["concept"], r["period"], r["segment"], r["measure"])
        == ("revenue", "2024FY", None, "value")
    ]
    assert {r["value"] for r in revenue} == {"23343000000.00", "24950000000.00"}
    s1 = next(r for r in revenue if r["source"]["text"] == "233.43")
    assert s1["unit"] == "CNY" and s1["scale"] == "亿元"
    assert s1["source"]["file"] == FIGURES.name and len(s1["source"]["sha256"]) == 64
    assert s1["source"]["page"] is None and s1["source"]["table"] == "S1"
    assert s1["source"]["row_label"].startswith("S1 https://")


def test_facts_filters_and_csv(db):
    out = run(
        "facts",
        "--db",
        db,
        "--company",
        "002230",
        "--concept",
        "revenue",
        "--segment",
        "智慧教育",
        "--csv",
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["value"], r["source.table"]) for r in rows if r["measure"] == "value"] == [
        ("7229000000.00", "S1"),
        ("7230000000.00", "S2"),
    ]
    assert {r["period"] for r in rows} == {"2024FY"}
    quarter = json.loads(
        run("facts", "--db", db, "--period", "2024Q1-Q3", "--concept", "ocf", "--json")
    )
    assert sorted((r["measure"], r["value"]) for r in quarter) == [
        ("change_pct", "29.93"),
        ("value", "-820935015.09"),
    ]


def test_facts_of_an_unknown_company_is_empty(db):
    assert json.loads(run("facts", "--db", db, "--company", "999999", "--json")) == []


def test_companies_json_and_csv(db):
    assert json.loads(run("companies", "--db", db, "--json")) == [
        {"code": "002230", "name": "科大讯飞", "exchange": "SZSE"}
    ]
    rows = list(csv.DictReader(io.StringIO(run("companies", "--db", db, "--csv"))))
    assert rows == [{"code": "002230", "name": "科大讯飞", "exchange": "SZSE"}]


def test_documents_json_and_csv(db):
    [doc] = json.loads(run("documents", "--db", db, "--json"))
    assert doc["file"] == FIGURES.name and doc["report_kind"] == "facts_csv"
    assert (doc["company_code"], doc["period"], doc["facts"]) == ("002230", "2024FY", 63)
    [row] = list(csv.DictReader(io.StringIO(run("documents", "--db", db, "--csv"))))
    assert row["sha256"] == doc["sha256"] and row["facts"] == "63"


def test_the_store_comes_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("CAIBAO_DB", db)
    assert json.loads(run("companies", "--json"))[0]["code"] == "002230"
