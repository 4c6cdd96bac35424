"""A filer's own line printed under a negated label with a negative value (a utility's
"Amortization of Gain": -55.1 in the data sets, 55.1 on the page) is read as the positive figure
printed; a negated label over a positive value keeps its value. Made-up company and figures."""

from __future__ import annotations

from decimal import Decimal

from caibao.sources.sec_fsds import read_fsds
from fsds_archive import fsds_archive

A = "0000000078-09-000078"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "78", "LAKESHORE ENERGY CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090807",
     "lke-20090630.xml"],
]  # fmt: skip
NUM_HEAD = ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "x"]
PRE_HEAD = [
    "adsh",
    "report",
    "line",
    "stmt",
    "inpth",
    "rfile",
    "tag",
    "version",
    "plabel",
    "negating",
]


def _num(tag, ddate, value, version=A):
    return [A, tag, version, ddate, "1", "USD", "", "", value, ""]


def test_a_negated_label_prints_the_size(tmp_path):
    num = [
        NUM_HEAD,
        _num("Revenues", "20090630", "900000000", "us-gaap/2008"),
        _num("AmortizationOfSaleGain", "20090630", "-55100000"),
        _num("AmortizationOfSaleGain", "20080630", "-87000000"),
        _num("FeesPaidAway", "20090630", "12000000"),
    ]
    pre = [
        PRE_HEAD,
        [A, "2", "4", "IS", "0", "H", "Revenues", "us-gaap/2008", "Total revenues", "0"],
        [A, "2", "11", "IS", "0", "H", "AmortizationOfSaleGain", A, "Amortization of Gain", "1"],
        [A, "2", "12", "IS", "0", "H", "FeesPaidAway", A, "Fees paid away", "1"],
    ]  # fmt: skip
    archive = fsds_archive(
        tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": num, "pre.txt": pre}
    )
    (reading,) = list(read_fsds(archive))
    lines = {(f.segment, f.period): f.value for f in reading.facts if f.concept == "filer_line"}
    assert lines[("Amortization of Gain", "2009Q2")] == Decimal("55100000")
    assert lines[("Amortization of Gain", "2008Q2")] == Decimal("87000000")
    assert lines[("Fees paid away", "2009Q2")] == Decimal("12000000")
