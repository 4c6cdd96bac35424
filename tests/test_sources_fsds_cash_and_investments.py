"""Financial statement data sets: "cash and investments" adds a filer's long-term marketable
securities to its cash and short-term ones where the sum of the two alone does not give the
figure; "cash and marketable securities" stays the current sum. Made up."""

from __future__ import annotations

from datetime import date

from caibao.claims.checker import Checker
from caibao.sources.sec_fsds import read_fsds
from caibao.store import Store
from fsds_archive import fsds_archive

A = "0000000016-09-000016"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "16", "COASTLINE CHIPWORKS CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090724",
     "ccw-20090630.xml"],
]  # fmt: skip


def _bs(tag, value):
    return [A, tag, "us-gaap/2008", "20090630", "0", "USD", "", "", value, ""]


NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    _bs("CashAndCashEquivalentsAtCarryingValue", "1506518000.0000"),
    _bs("MarketableSecuritiesCurrent", "700585000.0000"),
    _bs("MarketableSecuritiesNoncurrent", "92699000.0000"),
]
PRE = [["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"]]


def test_cash_and_investments_counts_long_term_securities(tmp_path):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE})
    store = Store(tmp_path / "s.duckdb")
    for reading in read_fsds(path):
        store.add(reading)
    text = (
        "Coastline Chipworks ended June with cash and investments of about $2.3 billion. "
        "Its cash and marketable securities came to $2.21 billion."
    )
    res = Checker(store).check(text, day=date(2009, 7, 24))
    got = [(c.claim.printed, c.verdict.verdict) for c in res.claims]
    assert got == [("$2.3 billion", "supported"), ("$2.21 billion", "supported")], got
