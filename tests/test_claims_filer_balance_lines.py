"""A US filer's own balance-sheet lines no concept maps (a utility's "Asset retirement
obligations"): read as ``filer_balance`` facts at their dates, named in English and, word by word,
in Chinese (资产退休义务), a figure said in a quarter's story at the quarter's end. Made-up company
and figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.checker import Checker
from caibao.ingest import ingest_file
from caibao.store import Store
from fsds_archive import fsds_archive

A = "0000000079-09-000079"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "79", "ACME POWER CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090731",
     "acp-20090630.xml"],
]  # fmt: skip
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "x"],
    [A, "Revenues", "us-gaap/2009", "20090630", "1", "USD", "", "", "2000000000", ""],
    [A, "AssetRetirementObligationsNoncurrent", "us-gaap/2009", "20090630", "0", "USD", "", "",
     "1518000000", ""],
    [A, "AssetRetirementObligationsNoncurrent", "us-gaap/2009", "20081231", "0", "USD", "", "",
     "1471000000", ""],
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "neg"],
    [A, "2", "1", "IS", "0", "H", "Revenues", "us-gaap/2009", "Operating revenues", "0"],
    [A, "3", "1", "BS", "0", "H", "AssetRetirementObligationsNoncurrent", "us-gaap/2009",
     "Asset retirement obligations", "0"],
]  # fmt: skip


def _checked(tmp_path, text):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE})
    store = Store(":memory:")
    ingest_file(path, store)
    result = Checker(store).check(text, day=date(2009, 8, 1))
    return {c.claim.printed: (c.claim.concept, c.claim.period, c.verdict.verdict)
            for c in result.claims}  # fmt: skip


def test_a_balance_sheet_line_at_its_dates(tmp_path):
    text = (
        "Acme Power reported its second quarter. Asset retirement obligations stood at $1.52 "
        "billion, up from $1.47 billion at the start of the year."
    )
    got = _checked(tmp_path, text)
    assert got["$1.52 billion"] == ("filer_balance", "2009-06-30", "supported")
    assert got["$1.47 billion"] == ("filer_balance", "2008-12-31", "supported")


def test_a_balance_sheet_line_in_chinese(tmp_path):
    text = "Acme Power二季度业绩公布。截至6月30日，公司资产退休义务为15.18亿美元，较年初的14.71亿美元增长3.2%。"
    got = _checked(tmp_path, text)
    assert got["15.18亿美元"] == ("filer_balance", "2009-06-30", "supported")
    assert got["14.71亿美元"] == ("filer_balance", "2008-12-31", "supported")
    assert got["3.2%"] == ("filer_balance", "2009-06-30", "supported")
