"""Financial statement data sets: the 2008 taxonomy's name of a balance sheet's non-current
pension line (PensionAndOtherPostretirementDefinedBenefitPlansNoncurrentLiabilities, printed
"Pension and other postretirement benefit obligations") is the pension liabilities the press
calls pension obligations. Made up."""

from __future__ import annotations

from datetime import date

from caibao.claims.checker import Checker
from caibao.sources.sec_fsds import read_fsds
from caibao.store import Store
from fsds_archive import fsds_archive

A = "0000000017-09-000017"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "17", "KESTREL FORGE CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090803",
     "kfc-20090630.xml"],
]  # fmt: skip
TAG = "PensionAndOtherPostretirementDefinedBenefitPlansNoncurrentLiabilities"
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, TAG, "us-gaap/2008", "20090630", "0", "USD", "", "", "217700000", ""],
    [A, TAG, "us-gaap/2008", "20081231", "0", "USD", "", "", "328400000", ""],
    [A, "Assets", "us-gaap/2008", "20090630", "0", "USD", "", "", "6957100000", ""],
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "2", "29", "BS", "0", "H", TAG, "us-gaap/2008",
     "Pension and other postretirement benefit obligations", "0"],
    [A, "2", "30", "BS", "0", "H", "Assets", "us-gaap/2008", "Total assets", "0"],
]  # fmt: skip


def test_pension_obligations_of_the_2008_taxonomy_are_read_and_checked(tmp_path):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE})
    store = Store(tmp_path / "s.duckdb")
    for reading in read_fsds(path):
        store.add(reading)
    text = "Kestrel Forge's pension obligations were $217.7 million at the end of June."
    res = Checker(store).check(text, day=date(2009, 8, 4))
    got = {c.claim.printed: (c.claim.concept, c.verdict.verdict) for c in res.claims}
    assert got["$217.7 million"] == ("pension_liabilities", "supported"), got


def test_a_line_on_the_balance_sheet_is_not_its_total_assets(tmp_path):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE})
    store = Store(tmp_path / "s.duckdb")
    for reading in read_fsds(path):
        store.add(reading)
    text = "Kestrel Forge's pension obligations on the balance sheet were $217.7 million at the end of June."
    res = Checker(store).check(text, day=date(2009, 8, 4))
    got = {c.claim.printed: (c.claim.concept, c.verdict.verdict) for c in res.claims}
    assert got["$217.7 million"] == ("pension_liabilities", "supported"), got
