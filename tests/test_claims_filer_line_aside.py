"""A filer's line named before an aside that holds another metric's word ("Regulatory
assessments, mostly deposit-insurance premiums including a special fee the Federal Deposit
Insurance Corp. imposed, jumped to …"): the line is the figure's (claims/printed_lines.py).
Made-up company and figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.checker import Checker
from caibao.ingest import ingest_file
from caibao.store import Store
from fsds_archive import fsds_archive

A = "0000000079-09-000079"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "79", "ACME BANCORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090807",
     "abc-20090630.xml"],
]  # fmt: skip
NUM_HEAD = ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "x"]
PRE_HEAD = ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "neg"]


def _archive(tmp_path):
    num = [
        NUM_HEAD,
        [A, "Revenues", "us-gaap/2008", "20090630", "1", "USD", "", "", "2160000000", ""],
        [A, "RegulatoryAssessments", A, "20090630", "1", "USD", "", "", "148675000", ""],
        [A, "RegulatoryAssessments", A, "20080630", "1", "USD", "", "", "10921000", ""],
    ]
    pre = [
        PRE_HEAD,
        [A, "1", "3", "IS", "0", "H", "Revenues", "us-gaap/2008", "Total revenue", "0"],
        [A, "1", "52", "IS", "0", "H", "RegulatoryAssessments", A, "Regulatory assessments", "0"],
    ]
    return fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": num, "pre.txt": pre})


def test_a_line_named_before_an_aside(tmp_path):
    store = Store(":memory:")
    ingest_file(_archive(tmp_path), store)
    text = (
        "Acme Bancorp's second-quarter revenue came to $2.16 billion. Regulatory assessments, "
        "mostly deposit-insurance premiums including a special fee the Federal Deposit Insurance "
        "Corp. imposed on every bank, jumped to $148.7 million from $10.9 million."
    )
    result = Checker(store).check(text, day=date(2009, 8, 10))
    got = {c.claim.printed: (c.claim.segment, c.verdict.verdict) for c in result.claims}
    assert got["$148.7 million"] == ("Regulatory assessments", "supported")
    assert got["$10.9 million"] == ("Regulatory assessments", "supported")


def test_a_line_named_inside_the_aside_is_not_the_subject(tmp_path):
    store = Store(":memory:")
    ingest_file(_archive(tmp_path), store)
    text = (
        "Acme Bancorp's second quarter was mixed. Total revenue, net of the regulatory "
        "assessments, came to $2.16 billion."
    )
    result = Checker(store).check(text, day=date(2009, 8, 10))
    got = {c.claim.printed: (c.claim.concept, c.verdict.verdict) for c in result.claims}
    assert got["$2.16 billion"] == ("revenue", "supported")
