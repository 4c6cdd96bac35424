"""Financial statement data sets: the 2009 taxonomy's name for income before taxes (and before
minority interest) is the pre-tax profit, so a tax rate can be worked out. Made-up filing."""

from __future__ import annotations

import zipfile
from decimal import Decimal

from caibao.sources.sec_fsds import read_fsds

A = "0000000031-09-000031"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "31", "DEEPWELL SERVICES NV", "10-Q", "20090630", "2009", "Q2", "1231", "20090729"],
]
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterest", "us-gaap/2009",
     "20090630", "1", "USD", "", "", "812000000", ""],
]  # fmt: skip


def test_income_before_taxes_and_minority_interest_is_the_pretax_profit(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB, "num.txt": NUM, "pre.txt": NUM[:1]}.items():
            archive.writestr(name, "".join("\t".join(r) + "\n" for r in rows))
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("total_profit", "2009Q2")] == Decimal("812000000")


B = "0000000032-09-000032"
SUB_B = [
    SUB[0],
    [B, "32", "RIVERTON BANCORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090810"],
]
NUM_B = [
    NUM[0],
    [B, "IncomeLossFromContinuingOperationsBeforeIncomeTaxesAndNoncontrollingInterest", B,
     "20090630", "1", "USD", "", "", "242000000", ""],
    [B, "IncomeTaxExpenseBenefit", "us-gaap/2008", "20090630", "1", "USD", "", "", "35000000", ""],
]  # fmt: skip
PRE_B = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [B, "1", "35", "IS", "0", "H", NUM_B[1][1], B,
     "Income before income taxes and noncontrolling interests", "0"],
]  # fmt: skip


def test_an_own_line_of_income_before_taxes_and_noncontrolling_interests_is_pretax(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB_B, "num.txt": NUM_B, "pre.txt": PRE_B}.items():
            archive.writestr(name, "".join("\t".join(r) + "\n" for r in rows))
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("total_profit", "2009Q2")] == Decimal("242000000")


C = "0000000033-09-000033"
SUB_C = [
    SUB[0],
    [C, "33", "HILLCREST LABORATORIES INC", "10-Q", "20090630", "2009", "Q2", "1231", "20090728"],
]
NUM_C = [
    NUM[0],
    [C, "IncomeFromContinuingOperationsBeforeTaxes", C, "20090630", "1", "USD", "", "", "321816000",
     ""],
]  # fmt: skip
PRE_C = [
    PRE_B[0],
    [C, "2", "39", "IS", "0", "X", NUM_C[1][1], C, "Income from continuing operations before taxes",
     "0"],
]  # fmt: skip


def test_an_own_line_of_income_from_continuing_operations_before_taxes_is_pretax(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB_C, "num.txt": NUM_C, "pre.txt": PRE_C}.items():
            archive.writestr(name, "".join("\t".join(r) + "\n" for r in rows))
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("total_profit", "2009Q2")] == Decimal("321816000")
