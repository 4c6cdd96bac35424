"""Financial statement data sets: total debt of a filer printing its short-term borrowings and
the current portion of its long-term debt as two lines, a charge printed in the income statement
and added back in the cash-flow statement under two elements, a balance's change from a year
earlier, a multiple of an earlier quarter's figure, a change from the quarter before as an
amount, a multiple of another metric said before the quote, and a profit put on continuing
operations by the clause before it. Made-up company and figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.checker import Checker
from caibao.sources.sec_fsds import read_fsds
from caibao.store import Store
from fsds_archive import fsds_archive

A = "0000000031-09-000031"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "31", "LARKSPUR COATINGS CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090730",
     "lkc-20090630.xml"],
]  # fmt: skip
G = "us-gaap/2008"


def _num(tag, ddate, qtrs, value, version=G):
    return [A, tag, version, ddate, qtrs, "USD", "", "", value, ""]


NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    _num("Revenues", "20090630", "1", "1000000000"),
    _num("Revenues", "20080630", "1", "1100000000"),
    _num("Revenues", "20090630", "2", "1990000000"),
    _num("Revenues", "20080630", "2", "2150000000"),
    _num("NetIncomeLoss", "20090630", "1", "160000000"),
    _num("NetIncomeLoss", "20080630", "1", "170000000"),
    _num("NetIncomeLoss", "20090630", "2", "200000000"),
    _num("NetIncomeLoss", "20080630", "2", "260000000"),
    _num("IncomeLossFromContinuingOperations", "20090630", "1", "160000000"),
    _num("IncomeLossFromContinuingOperations", "20080630", "1", "200000000"),
    _num("PaymentsOfDividends", "20090630", "2", "250000000"),
    _num("ImpairmentTrademarksGoodwill", "20080630", "1", "23912000", A),
    _num("ImpairmentTrademarksGoodwill", "20080630", "2", "23912000", A),
    _num("ImpairmentTrademarksGoodwill", "20090630", "1", "0", A),
    _num("ImpairmentTrademarksGoodwillCF", "20080630", "2", "23912000", A),
    _num("ShortTermBorrowings", "20090630", "0", "393000000"),
    _num("LongTermDebtAndCapitalLeaseObligationsCurrent", "20090630", "0", "692000000"),
    _num("LongTermDebtAndCapitalLeaseObligations", "20090630", "0", "4022000000"),
    _num("InventoryNet", "20090630", "0", "770000000"),
    _num("InventoryNet", "20081231", "0", "864200000"),
    _num("InventoryNet", "20080630", "0", "920600000"),
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "2", "3", "IS", "0", "H", "Revenues", G, "Net sales", "0"],
    [A, "2", "10", "IS", "0", "H", "ImpairmentTrademarksGoodwill", A,
     "Impairment of trademarks and goodwill", "0"],
    [A, "2", "16", "IS", "0", "H", "NetIncomeLoss", G, "Net income", "0"],
    [A, "2", "14", "IS", "0", "H", "IncomeLossFromContinuingOperations", G,
     "Income from continuing operations", "0"],
    [A, "3", "16", "BS", "0", "H", "ShortTermBorrowings", G, "Short-term debt", "0"],
    [A, "3", "17", "BS", "0", "H", "LongTermDebtAndCapitalLeaseObligationsCurrent", G,
     "Current portion of long-term debt", "0"],
    [A, "3", "20", "BS", "0", "H", "LongTermDebtAndCapitalLeaseObligations", G,
     "Long-term debt", "0"],
    [A, "4", "8", "CF", "0", "H", "ImpairmentTrademarksGoodwillCF", A,
     "Impairment of trademarks and goodwill", "0"],
]  # fmt: skip


def _check(tmp_path, text):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE})
    store = Store(tmp_path / "s.duckdb")
    for reading in read_fsds(path):
        store.add(reading)
    res = Checker(store).check(text, day=date(2009, 7, 31))
    return {c.claim.printed: (c.claim.concept, c.claim.period, c.verdict.verdict)
            for c in res.claims}  # fmt: skip


def test_debt_parts_a_charge_and_bases_said_in_words(tmp_path):
    text = (
        "Larkspur Coatings said second-quarter profit fell. Total debt, counting short-term "
        "borrowings and the current portion of long-term debt, came to about $5.1 billion at "
        "June 30. Inventories were $770 million at June 30, down 16.4 percent from a year "
        "earlier. Results in the year-earlier quarter included a $23.9 million charge for "
        "impairment of trademarks and goodwill. Second-quarter profit was more than three "
        "times the $40 million earned in the first three months of the year."
    )
    got = _check(tmp_path, text)
    assert got["$5.1 billion"] == ("total_debt", "2009-06-30", "supported"), got
    assert got["16.4 percent"] == ("inventory", "2009-06-30", "supported"), got
    assert got["$23.9 million"] == ("filer_line", "2008Q2", "supported"), got
    assert got["$40 million"] == ("np_parent", "2009Q1", "supported"), got
    assert got["three times"][2] == "supported", got


def test_chinese_bases_scopes_and_multiples_said_before_the_quote(tmp_path):
    text = (
        "Larkspur Coatings二季度营收10亿美元。若只看持续经营业务，二季度利润同比降幅达20%。"
        "二季度营收较一季度仅增加1000万美元。上半年公司支付股息2.5亿美元，相当于净利润的1.2倍以上。"
    )
    got = _check(tmp_path, text)
    assert got["20%"] == ("np_continuing", "2009Q2", "supported"), got
    assert got["1000万美元"][2] == "supported", got
    assert got["1.2倍"][2] == "supported", got
