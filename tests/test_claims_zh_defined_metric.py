"""A metric defined in brackets by its parts (自由现金流（经营现金流减资本开支）): the figure is
the defined metric's, and the 减 of the definition is no fall. Made-up company and figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.checker import Checker
from caibao.ingest import ingest_file
from caibao.store import Store
from fsds_archive import fsds_archive

A = "0000000079-09-000079"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "79", "ACME TELECOM CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090731",
     "atc-20090630.xml"],
]  # fmt: skip
NUM_HEAD = ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "x"]
PRE_HEAD = ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "neg"]
G = "us-gaap/2008"
OCF = "NetCashProvidedByUsedInOperatingActivities"
CAPEX = "PaymentsToAcquirePropertyPlantAndEquipment"


def test_free_cash_flow_defined_in_brackets(tmp_path):
    num = [NUM_HEAD]
    for ddate, ocf, capex in (("20090630", "1662000000", "682000000"),
                              ("20080630", "1297000000", "950000000")):  # fmt: skip
        num += [[A, OCF, G, ddate, "2", "USD", "", "", ocf, ""],
                [A, CAPEX, G, ddate, "2", "USD", "", "", capex, ""]]  # fmt: skip
    pre = [
        PRE_HEAD,
        [A, "4", "1", "CF", "0", "H", OCF, G, "Cash provided by operating activities", "0"],
        [A, "4", "2", "CF", "0", "H", CAPEX, G, "Expenditures for property and equipment", "1"],
    ]
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": num, "pre.txt": pre})
    store = Store(":memory:")
    ingest_file(path, store)
    text = (
        "Acme Telecom上半年经营活动产生的现金净流入16.62亿美元。"
        "据此计算，上半年自由现金流（经营现金流减资本开支）约为上年同期的2.8倍。"
    )
    result = Checker(store).check(text, day=date(2009, 8, 1))
    got = {c.claim.quote[-4:]: (c.claim.concept, c.verdict.verdict) for c in result.claims}
    assert got["2.8倍"] == ("free_cash_flow", "supported")


def test_total_other_income_beside_its_other_line(tmp_path):
    # a filer that prints "Other" and "Total other income (expense)": 营业外收支合计 is the total
    a = "0000000080-09-000080"
    sub = [SUB[0], [a, "80", "ACME ASSET CORP", "10-Q", "20090630", "2009", "Q2", "1231",
                    "20090731", "aac-20090630.xml"]]  # fmt: skip
    num = [NUM_HEAD]
    for ddate, other, total in (("20090630", "46400000", "22390000"),
                                ("20080630", "1000000", "-286762000")):  # fmt: skip
        num += [[a, "OtherNonoperatingIncomeExpense", G, ddate, "1", "USD", "", "", other, ""],
                [a, "NonoperatingIncomeExpense", G, ddate, "1", "USD", "", "", total, ""]]  # fmt: skip
    pre = [
        PRE_HEAD,
        [a, "2", "1", "IS", "0", "H", "OtherNonoperatingIncomeExpense", G, "Other", "0"],
        [a, "2", "2", "IS", "0", "H", "NonoperatingIncomeExpense", G,
         "Total other income (expense)", "0"],
    ]  # fmt: skip
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": sub, "num.txt": num, "pre.txt": pre})
    store = Store(":memory:")
    ingest_file(path, store)
    text = "Acme Asset二季度营业外收支合计录得收益2239万美元，而上年同期为净损失2.87亿美元。"
    result = Checker(store).check(text, day=date(2009, 8, 1))
    got = {c.claim.quote[-9:]: c.verdict.verdict for c in result.claims}
    assert list(got.values()) == ["supported", "supported"], got


def test_other_income_net_is_the_sections_total_too(tmp_path):
    # "Investment and other income" beside "Other income (expenses), net", the section's total:
    # 其他收入（净额） and its multiple hold on the total
    a = "0000000081-09-000081"
    sub = [SUB[0], [a, "81", "ACME FUNDS INC", "10-Q", "20090630", "2009", "Q2", "1231",
                    "20090731", "afi-20090630.xml"]]  # fmt: skip
    num = [NUM_HEAD]
    for ddate, other, total in (("20090630", "60000000", "87734000"),
                                ("20080630", "39000000", "21677000")):  # fmt: skip
        num += [[a, "OtherNonoperatingIncome", G, ddate, "1", "USD", "", "", other, ""],
                [a, "NonoperatingIncomeExpense", G, ddate, "1", "USD", "", "", total, ""]]  # fmt: skip
    pre = [
        PRE_HEAD,
        [a, "2", "1", "IS", "0", "H", "OtherNonoperatingIncome", G,
         "Investment and other income (losses), net", "0"],
        [a, "2", "2", "IS", "0", "H", "NonoperatingIncomeExpense", G,
         "Other income (expenses), net", "0"],
    ]  # fmt: skip
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": sub, "num.txt": num, "pre.txt": pre})
    store = Store(":memory:")
    ingest_file(path, store)
    text = "Acme Funds二季度其他收入（净额）达8773万美元，同比增长4倍。"
    result = Checker(store).check(text, day=date(2009, 8, 1))
    got = [c.verdict.verdict for c in result.claims]
    assert got == ["supported", "misleading"], got


def test_a_figure_as_a_share_of_the_quarters_operating_profit(tmp_path):
    # 相当于当季营业利润的56%以上: the quarter's operating profit is the whole, the interest the part
    a = "0000000082-09-000082"
    sub = [SUB[0], [a, "82", "ACME WIRE CORP", "10-Q", "20090630", "2009", "Q2", "1231",
                    "20090731", "awc-20090630.xml"]]  # fmt: skip
    num = [NUM_HEAD,
           [a, "OperatingIncomeLoss", G, "20090630", "1", "USD", "", "", "491000000", ""],
           [a, "InterestExpense", G, "20090630", "1", "USD", "", "", "276000000", ""]]  # fmt: skip
    pre = [
        PRE_HEAD,
        [a, "2", "1", "IS", "0", "H", "OperatingIncomeLoss", G, "Operating income", "0"],
        [a, "2", "2", "IS", "0", "H", "InterestExpense", G, "Interest expense", "0"],
    ]
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": sub, "num.txt": num, "pre.txt": pre})
    store = Store(":memory:")
    ingest_file(path, store)
    text = "Acme Wire二季度利息支出2.76亿美元，相当于当季营业利润的56%以上。"
    result = Checker(store).check(text, day=date(2009, 8, 1))
    got = {c.claim.quote[-5:]: c.verdict.verdict for c in result.claims}
    assert got["56%以上"] == "supported", got
