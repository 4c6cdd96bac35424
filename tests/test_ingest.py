"""Ingest: the structured sources on the real files, idempotence, one transaction per document."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from caibao.errors import InputError, StoreError
from caibao.ingest import ingest_file, ingest_paths, ingest_reading
from caibao.model import Check, Company, Document, Fact, Reading, Source
from caibao.sources.facts_csv import read_facts_csv
from caibao.store import Store

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ROOT / "examples" / "iflytek-fy2024" / "figures.csv"


def _counts(store: Store) -> dict[str, int]:
    return {
        t: store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("companies", "documents", "facts", "checks")
    }


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "facts.duckdb") as s:
        yield s


def test_facts_csv_ingests_with_values_in_yuan(store):
    [result] = ingest_paths([FIGURES], store)
    assert result.status == "ingested", result.errors
    assert (result.company_code, result.company_name) == ("002230", "科大讯飞")
    assert (result.report_kind, result.period, result.facts) == ("facts_csv", "2024FY", 63)
    assert result.errors == []
    # Two sources disagree twice in the seed page: both figures are kept, the checks say so.
    assert sorted(c.name for c in result.checks_failed) == [
        "sources_disagree:collection_ratio",
        "sources_disagree:revenue",
    ]
    assert result.checks_passed == 1  # 智慧教育: 72.29 (S1) and 72.3 亿元 (S2) agree
    rows = store.facts(company="002230", concept="revenue", period="2024FY", measure="value")
    by_source = {f.source.table: f for f in rows if f.segment is None}
    assert by_source["S1"].value == Decimal("23343000000.00")
    assert by_source["S7"].value == Decimal("24950000000.00")
    assert by_source["S1"].source.text == "233.43" and by_source["S1"].scale == "亿元"
    [company] = store.companies()
    assert (company.code, company.name, company.exchange) == ("002230", "科大讯飞", "SZSE")


def test_cninfo_folder_ingests_every_answer(store, corpus):
    folder = corpus / "cn" / "000002-cninfo"
    results = ingest_paths([folder], store)
    assert [r.status for r in results] == ["ingested"] * 5
    assert sum(r.facts for r in results) == 220 + 60 + 0 + 120 + 255  # 255 main indicators
    assert all(r.checks_failed == [] for r in results)
    assert sum(r.checks_passed for r in results) >= 60  # 3 balance identities × 20 dates
    [revenue] = store.facts(
        company="000002", concept="total_revenue", period="2024FY", measure="value"
    )
    assert revenue.value == Decimal("343176440700.00")  # 34,317,644.07 万元
    [np_h1] = store.facts(company="000002", concept="np_parent", period="2025H1", measure="value")
    assert np_h1.value == Decimal("-11946573700.00")
    assert [(c.code, c.name) for c in store.companies()] == [("000002", "万科A")]


def test_ingesting_twice_changes_nothing(store, corpus):
    inputs = [FIGURES, corpus / "cn" / "000002-cninfo"]
    first = ingest_paths(inputs, store)
    before = _counts(store)
    again = ingest_paths(inputs, store)
    assert _counts(store) == before
    assert [r.status for r in again] == ["unchanged"] * len(first)
    # An unchanged file reports what the store holds for it.
    assert [(r.sha256, r.facts, r.checks_passed) for r in again] == [
        (r.sha256, r.facts, r.checks_passed) for r in first
    ]


def test_the_same_bytes_under_another_name_are_unchanged(store, tmp_path):
    copy = tmp_path / "copy.csv"
    shutil.copy(FIGURES, copy)
    ingest_paths([FIGURES], store)
    [result] = ingest_paths([copy], store)
    assert result.status == "unchanged" and result.company_code == "002230"


# -- one transaction per document --------------------------------------------------------------


def test_a_failure_inside_the_store_leaves_nothing_of_the_document(store):
    reading = read_facts_csv(FIGURES)
    # The store writes the document, then its facts, then its checks: the last write fails.
    bad_check = Check(reading.document.sha256, "broken", True, None)  # detail is NOT NULL
    with pytest.raises(Exception):  # noqa: B017 - DuckDB's own constraint error
        store.add(reading, [bad_check])
    assert _counts(store) == {"companies": 0, "documents": 0, "facts": 0, "checks": 0}


def test_a_reader_error_mid_document_leaves_nothing(store, tmp_path):
    reading = read_facts_csv(FIGURES)
    good = reading.facts[0]
    # The last fact is out of the store's range: 31 digits of yuan.
    huge = Fact(good.company, "revenue", "2024FY", Decimal("1" + "0" * 30), "CNY", good.source)
    broken = Reading(reading.document, [*reading.facts, huge])
    with pytest.raises(StoreError, match="nothing written"):
        ingest_reading(broken, store)
    assert _counts(store) == {"companies": 0, "documents": 0, "facts": 0, "checks": 0}
    # The same file, read whole, then goes in.
    assert ingest_file(FIGURES, store).status == "ingested"


def test_a_malformed_reading_is_refused_before_the_store(store):
    doc = Document("b" * 64, "x.pdf", "annual", Company("600000", "x"), "2024FY", 1)
    source = Source("x.pdf", "b" * 64, 1, "合并利润表", "营业收入", "2024年", "1.5")
    float_fact = Fact("600000", "revenue", "2024FY", 1.5, "CNY", source)  # float: a reader bug
    with pytest.raises(InputError, match="not a Decimal"):
        ingest_reading(Reading(doc, [float_fact]), store)
    bad_period = Fact("600000", "revenue", "FY2024", Decimal("1.5"), "CNY", source)
    with pytest.raises(InputError, match="period notation"):
        ingest_reading(Reading(doc, [bad_period]), store)
    assert _counts(store)["documents"] == 0


def test_a_bad_file_fails_alone(store, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        FIGURES.read_text(encoding="utf-8") + "002230,revenue,,2024FY,x,元,S9\n", "utf-8"
    )
    results = ingest_paths([bad, FIGURES], store)
    assert [r.status for r in results] == ["failed", "ingested"]
    assert "line 65" in results[0].errors[0] and "'x'" in results[0].errors[0]
    assert _counts(store)["documents"] == 1


def test_a_directory_skips_files_of_no_known_kind(store, tmp_path):
    folder = tmp_path / "inputs"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(FIGURES, folder / "figures.csv")
    shutil.copy(FIGURES, folder / "sub" / "deeper.csv")  # not read: only the folder's own files
    (folder / "notes.txt").write_text("not figures\n", encoding="utf-8")
    (folder / ".hidden.csv").write_text("x\n", encoding="utf-8")
    results = {Path(r.file).name: r for r in ingest_paths([folder], store)}
    assert set(results) == {"figures.csv", "notes.txt"}
    assert results["figures.csv"].status == "ingested"
    assert results["notes.txt"].status == "skipped" and results["notes.txt"].ok
