"""Financial statement data sets: a filer that prints its pension and postretirement plan
contributions as one cash flow line (PensionAndOtherPostretirementBenefitContributions, in
brackets) gives the pension contributions paid. Made up."""

from __future__ import annotations

from decimal import Decimal

from caibao.sources.sec_fsds import read_fsds
from fsds_archive import fsds_archive

A = "0000000017-09-000017"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "17", "LAKESIDE HYGIENE CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090807",
     "lkh-20090630.xml"],
]  # fmt: skip
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "PensionAndOtherPostretirementBenefitContributions", "us-gaap/2009", "20090630", "2",
     "USD", "", "", "63200000", ""],
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "5", "10", "CF", "0", "H", "PensionAndOtherPostretirementBenefitContributions",
     "us-gaap/2009", "Pension and postretirement plan contributions", "1"],
]  # fmt: skip


def test_pension_and_postretirement_contributions_are_pension_contributions(tmp_path):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE})
    facts = [f for r in read_fsds(path) for f in r.facts if f.concept == "pension_contributions"]
    assert [(str(f.period), f.value) for f in facts] == [("2009H1", Decimal("63200000"))]
