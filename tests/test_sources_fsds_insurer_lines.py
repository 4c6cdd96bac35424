"""Financial statement data sets: a life insurer's own pre-tax line, named before its
equity-method earnings ("Income (loss) from continuing operations before income taxes and equity
in earnings of operating joint ventures"), is its pre-tax profit; a balance sheet's "Short-term
debt" printed as the taxonomy's DebtCurrent is its short-term borrowings; its "Total benefits and
expenses" (BenefitsLossesAndExpenses) are its total operating costs. Made-up filing."""

from __future__ import annotations

from decimal import Decimal

from caibao.sources.sec_fsds import read_fsds
from fsds_archive import fsds_archive

A = "0000000041-09-000041"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "41", "HARBORSIDE LIFE INC", "10-Q", "20090630", "2009", "Q2", "1231", "20090807"],
]
PRETAX = "IncomeLossFromContinuingOperationsBeforeIncomeTaxesAndOperatingJointVentures"
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, PRETAX, A, "20090630", "1", "USD", "", "", "-8000000", ""],
    [A, PRETAX, A, "20080630", "1", "USD", "", "", "628000000", ""],
    [A, "DebtCurrent", "us-gaap/2008", "20090630", "0", "USD", "", "", "3643000000", ""],
    [A, "BenefitsLossesAndExpenses", "us-gaap/2008", "20090630", "1", "USD", "", "", "6914000000",
     ""],
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "3", "20", "IS", "0", "X", PRETAX, A,
     "INCOME (LOSS) FROM CONTINUING OPERATIONS BEFORE INCOME TAXES AND EQUITY IN EARNINGS OF "
     "OPERATING JOINT VENTURES", "0"],
    [A, "1", "30", "BS", "0", "X", "DebtCurrent", "us-gaap/2008", "Short-term debt", "0"],
]  # fmt: skip


def _facts(tmp_path):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE})
    (reading,) = list(read_fsds(path))
    return {(f.concept, f.period): f.value for f in reading.facts}


def test_pretax_line_before_equity_in_joint_ventures_is_the_pretax_profit(tmp_path):
    got = _facts(tmp_path)
    assert got[("total_profit", "2009Q2")] == Decimal("-8000000")
    assert got[("total_profit", "2008Q2")] == Decimal("628000000")


def test_debt_current_is_read_for_the_short_term_debt(tmp_path):
    # (claims on short-term borrowings reach it through verify.toml's stand-ins)
    assert _facts(tmp_path)[("debt_current", "2009-06-30")] == Decimal("3643000000")


def test_total_benefits_and_expenses_are_the_total_operating_costs(tmp_path):
    assert _facts(tmp_path)[("total_operating_costs", "2009Q2")] == Decimal("6914000000")
