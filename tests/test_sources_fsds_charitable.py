"""Financial statement data sets: a gift to charity printed as its own income-statement line (a
filer's own element labelled "Charitable contribution") is the concept charitable_contributions,
and an article's "a $50 million charitable contribution" is checked against it. Made up."""

from __future__ import annotations

from datetime import date

from caibao.claims.checker import Checker
from caibao.sources.sec_fsds import read_fsds
from caibao.store import Store
from fsds_archive import fsds_archive

A = "0000000015-09-000015"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "15", "COASTLINE CHIPWORKS CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090724",
     "ccw-20090630.xml"],
]  # fmt: skip
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "Revenues", "us-gaap/2009", "20090630", "1", "USD", "", "", "1000000000.0000", ""],
    [A, "CharitableContribution", A, "20090630", "1", "USD", "", "", "50000000.0000", ""],
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "1", "1", "IS", "0", "H", "Revenues", "us-gaap/2009", "Net revenue", "0"],
    [A, "1", "7", "IS", "0", "H", "CharitableContribution", A, "Charitable contribution", "0"],
]  # fmt: skip


def test_a_charitable_contribution_line_is_read_and_checked(tmp_path):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE})
    store = Store(tmp_path / "s.duckdb")
    for reading in read_fsds(path):
        store.add(reading)
    text = (
        "Coastline Chipworks said a $50 million charitable contribution weighed on its "
        "second-quarter profit."
    )
    res = Checker(store).check(text, day=date(2009, 7, 24))
    got = [(c.claim.concept, c.verdict.verdict) for c in res.claims]
    assert got == [("charitable_contributions", "supported")], got
