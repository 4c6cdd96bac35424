"""Financial statement data sets: a US balance sheet's "Short-term debt and current portion of
long-term debt" (DebtCurrent) and "Long-term debt" give the total and net debt the press quotes,
its pension liabilities and a lessor's own "Finance receivables due after one year, net" line are
read, pension contributions tagged negated are read as the amount paid, and debt said as a
multiple of the shareholders' equity is the one over the other. Made up."""

from __future__ import annotations

from datetime import date

from caibao.claims.checker import Checker
from caibao.sources.sec_fsds import read_fsds
from caibao.store import Store
from fsds_archive import fsds_archive

A = "0000000016-09-000016"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "16", "HARBORVIEW IMAGING CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090803",
     "hvi-20090630.xml"],
]  # fmt: skip


def _num(tag, version, ddate, qtrs, value):
    return [A, tag, version, ddate, qtrs, "USD", "", "", value, ""]


NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    _num("CashAndCashEquivalentsAtCarryingValue", "us-gaap/2009", "20090630", "0", "1221000000"),
    _num("CashAndCashEquivalentsAtCarryingValue", "us-gaap/2009", "20081231", "0", "1229000000"),
    _num("DebtCurrent", "us-gaap/2009", "20090630", "0", "1342000000"),
    _num("DebtCurrent", "us-gaap/2009", "20081231", "0", "1610000000"),
    _num("LongTermDebtNoncurrent", "us-gaap/2009", "20090630", "0", "6695000000"),
    _num("LongTermDebtNoncurrent", "us-gaap/2009", "20081231", "0", "6774000000"),
    _num("DefinedBenefitPensionPlanNoncurrentLiabilities", "us-gaap/2009", "20090630", "0",
         "1851000000"),
    _num("FinanceReceivablesDueAfterOneYearNet", A, "20090630", "0", "4413000000"),
    _num("PensionContributions", "us-gaap/2009", "20090630", "2", "-143989000"),
    _num("StockholdersEquity", "us-gaap/2009", "20090630", "0", "6629000000"),
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "2", "4", "BS", "0", "H", "CashAndCashEquivalentsAtCarryingValue", "us-gaap/2009",
     "Cash and cash equivalents", "0"],
    [A, "2", "11", "BS", "0", "H", "FinanceReceivablesDueAfterOneYearNet", A,
     "Finance receivables due after one year, net", "0"],
    [A, "2", "21", "BS", "0", "H", "DebtCurrent", "us-gaap/2009",
     "Short-term debt and current portion of long-term debt", "0"],
    [A, "2", "26", "BS", "0", "H", "LongTermDebtNoncurrent", "us-gaap/2009", "Long-term debt", "0"],
    [A, "2", "28", "BS", "0", "H", "DefinedBenefitPensionPlanNoncurrentLiabilities",
     "us-gaap/2009", "Pension and other benefit liabilities", "0"],
    [A, "4", "9", "CF", "0", "H", "PensionContributions", "us-gaap/2009",
     "Pension contributions", "0"],
]  # fmt: skip


def test_debt_pension_and_finance_receivable_lines_are_read_and_checked(tmp_path):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE})
    store = Store(tmp_path / "s.duckdb")
    for reading in read_fsds(path):
        store.add(reading)
    text = (
        "Harborview Imaging cut its borrowings by almost $350 million in the first half. Total "
        "debt, including the current portion of long-term debt, fell to $8.04 billion on June 30, "
        "leaving net debt at about $6.8 billion. Short-term debt and the current portion of "
        "long-term debt was $1.34 billion. Pension and other benefit liabilities were $1.85 "
        "billion. Finance receivables due after one year shrank to $4.41 billion. It paid "
        "pension contributions of $144 million in the first half. Debt equaled about 1.2 times "
        "Harborview shareholders' equity at the end of June."
    )
    res = Checker(store).check(text, day=date(2009, 8, 4))
    got = {c.claim.printed: (c.claim.concept, c.verdict.verdict) for c in res.claims}
    assert got["$350 million"] == ("total_debt", "supported"), got
    assert got["$8.04 billion"] == ("total_debt", "supported"), got
    assert got["$6.8 billion"] == ("net_debt", "supported"), got
    assert got["$1.34 billion"] == ("debt_current", "supported"), got
    assert got["$1.85 billion"] == ("pension_liabilities", "supported"), got
    assert got["$4.41 billion"] == ("finance_receivables_noncurrent", "supported"), got
    assert got["$144 million"] == ("pension_contributions", "supported"), got
    # debt as a multiple of the equity named after it, the company's name between
    assert got["1.2 times"] == ("total_debt", "supported"), got
