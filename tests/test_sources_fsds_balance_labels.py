"""Financial statement data sets: a balance sheet's lines the press names by their printed label
(a utility's own "Total common stock equity", a "Notes payable" line tagged as long-term notes). A
made-up filing."""

from __future__ import annotations

from decimal import Decimal

from caibao.sources.sec_fsds import read_fsds
from fsds_archive import fsds_archive

A = "0000000011-09-000011"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "11", "BRIGHTWATER POWER CO", "10-Q", "20090630", "2009", "Q2", "1231", "20090730"],
]
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "Revenues", "us-gaap/2009", "20090630", "1", "USD", "", "", "900.0000", ""],
    [A, "TotalCommonStockEquity", A, "20090630", "0", "USD", "", "", "9289.0000", ""],
    [A, "LongTermNotesPayable", "us-gaap/2009", "20090630", "0", "USD", "", "", "1531.0000", ""],
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "1", "1", "IS", "0", "H", "Revenues", "us-gaap/2009", "Revenues", "0"],
    [A, "2", "1", "BS", "0", "H", "TotalCommonStockEquity", A, "Total common stock equity", "0"],
    [A, "2", "2", "BS", "0", "H", "LongTermNotesPayable", "us-gaap/2009", "Notes payable", "0"],
]  # fmt: skip


def test_balance_lines_by_their_printed_labels(tmp_path):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE})
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("equity_parent", "2009-06-30")] == Decimal("9289.00")
    assert got[("notes_payable", "2009-06-30")] == Decimal("1531.00")
    assert got[("long_term_debt", "2009-06-30")] == Decimal(
        "1531.00"
    )  # (its element's own concept too)
