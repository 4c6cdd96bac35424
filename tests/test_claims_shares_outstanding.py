"""A US filer's common shares outstanding at a balance date (CommonStockSharesOutstanding) and the
press's "shares outstanding" (lexicon.toml, us_gaap.toml). Made-up company and figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.checker import Checker
from caibao.ingest import ingest_file
from caibao.store import Store
from fsds_archive import fsds_archive

A = "0000000080-09-000080"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "80", "ACME BANKS INC", "10-Q", "20090630", "2009", "Q2", "1231", "20090807",
     "abk-20090630.xml"],
]  # fmt: skip
NUM_HEAD = ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "x"]
PRE_HEAD = ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "neg"]


def _archive(tmp_path):
    num = [
        NUM_HEAD,
        [A, "Revenues", "us-gaap/2008", "20090630", "1", "USD", "", "", "2160000000", ""],
        [A, "CommonStockSharesOutstanding", "us-gaap/2008", "20090630", "0", "shares", "", "",
         "498786047", ""],
        [A, "CommonStockSharesOutstanding", "us-gaap/2008", "20081231", "0", "shares", "", "",
         "354515013", ""],
    ]  # fmt: skip
    pre = [
        PRE_HEAD,
        [A, "1", "3", "IS", "0", "H", "Revenues", "us-gaap/2008", "Total revenue", "0"],
        [A, "2", "46", "BS", "0", "H", "CommonStockSharesOutstanding", "us-gaap/2008",
         "Common shares outstanding", "0"],
    ]  # fmt: skip
    return fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": num, "pre.txt": pre})


def test_shares_outstanding(tmp_path):
    store = Store(":memory:")
    ingest_file(_archive(tmp_path), store)
    text = (
        "Acme Banks' second-quarter revenue came to $2.16 billion. It sold stock in the half, "
        "swelling shares outstanding to 498.8 million from 354.5 million at the end of 2008."
    )
    result = Checker(store).check(text, day=date(2009, 8, 10))
    got = {c.claim.printed: (c.claim.concept, c.verdict.verdict) for c in result.claims}
    assert got["498.8 million"] == ("share_count", "supported")
    assert got["354.5 million"] == ("share_count", "supported")
