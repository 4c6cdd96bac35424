"""Financial statement data sets: a filer's own EBIT line (a company element labelled "Earnings
before interest and income taxes") is the concept ebit, never the pre-tax profit. Made up."""

from __future__ import annotations

import zipfile
from decimal import Decimal

from caibao.sources.sec_fsds import read_fsds

A = "0000000011-09-000011"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "11", "HARBORVIEW STORES INC", "10-Q", "20090630", "2009", "Q2", "1231", "20090805"],
]
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "Revenues", "us-gaap/2009", "20090630", "1", "USD", "", "", "5000.0000", ""],
    [A, "IncomeBeforeInterestAndIncomeTaxesOfOurOwn", A, "20090630", "1", "USD", "", "",
     "640.0000", ""],
    [A, "IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterestAndIncomeLossFromEquity"
     "MethodInvestments", "us-gaap/2009", "20090630", "1", "USD", "", "", "560.0000", ""],
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "1", "1", "IS", "0", "H", "Revenues", "us-gaap/2009", "Revenues", "0"],
    [A, "1", "6", "IS", "0", "H", "IncomeBeforeInterestAndIncomeTaxesOfOurOwn", A,
     "Income (loss) before interest and taxes", "0"],
]  # fmt: skip


def _tsv(rows):
    return "".join("\t".join(r) + "\n" for r in rows)


def test_an_own_ebit_line_is_ebit(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE}.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("ebit", "2009Q2")] == Decimal("640.00")
    assert got[("total_profit", "2009Q2")] == Decimal("560.00")
