"""Financial statement data sets: a filer's own revenue line printed by one word under a heading
the data sets leave out (PPL's "Realized" under "Wholesale energy marketing") named as its
element's name says it whole; and the cost of revenue of a filer that prints revenue as product
sales and service revenue with a cost of each and no total (Tyco): their sum. Made-up filings."""

from __future__ import annotations

import zipfile
from decimal import Decimal

from caibao.claims.printed_lines import segment_in_english
from caibao.sources.fsds_rows import in_full
from caibao.sources.sec_fsds import read_fsds

NUM_HEAD = ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value",
            "footnote"]  # fmt: skip
PRE_HEAD = ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel",
            "negating"]  # fmt: skip
SUB_HEAD = ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"]


def _reading(tmp_path, sub, num, pre):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": sub, "num.txt": num, "pre.txt": pre}.items():
            archive.writestr(name, "".join("\t".join(r) + "\n" for r in rows))
    (reading,) = list(read_fsds(path))
    return reading


def test_a_one_word_own_line_is_named_by_its_element():
    own = "0000000043-09-000043"
    assert in_full("Realized", "WholesaleEnergyMarketingRealized", own) == (
        "Wholesale energy marketing realized"
    )
    # (a taxonomy element, a label of more words, a name not ending with the label: as printed)
    assert in_full("Realized", "UtilitiesOperatingExpensePurchasedPower", "us-gaap/2009") == (
        "Realized"
    )
    assert in_full("Net sales", "NetSales", own) == "Net sales"
    assert in_full("Realized", "RealizedGains", own) == "Realized"


A = "0000000043-09-000043"
SUB = [SUB_HEAD, [A, "43", "KEYSTONE POWER CORP", "10-Q", "20090630", "2009", "Q2", "1231",
                  "20090805"]]  # fmt: skip
NUM = [
    NUM_HEAD,
    [A, "WholesaleEnergyMarketingRealized", A, "20090630", "1", "USD", "", "", "760000000", ""],
    [A, "ElectricalTransmissionAndDistributionRevenue", "us-gaap/2009", "20090630", "1", "USD",
     "", "", "881000000", ""],
    [A, "RegulatedAndUnregulatedOperatingRevenue", "us-gaap/2009", "20090630", "1", "USD", "", "",
     "1641000000", ""],
]  # fmt: skip
PRE = [
    PRE_HEAD,
    [A, "1", "4", "IS", "0", "X", NUM[2][1], "us-gaap/2009", "Utility", "0"],
    [A, "1", "7", "IS", "0", "X", NUM[1][1], A, "Realized", "0"],
    [A, "1", "11", "IS", "0", "X", NUM[3][1], "us-gaap/2009", "Total Operating Revenues", "0"],
]  # fmt: skip


def test_a_realized_revenue_line_under_a_heading(tmp_path):
    reading = _reading(tmp_path, SUB, NUM, PRE)
    got = {(f.concept, f.segment): f.value for f in reading.facts if f.period == "2009Q2"}
    assert got[("revenue", "Wholesale energy marketing realized")] == Decimal("760000000")
    # (批发能源营销已实现收入: the Chinese segment ends where 实现收入 is read as the verb)
    names = ["Wholesale energy marketing realized", "Utility"]
    assert segment_in_english("批发能源营销已", names) == "Wholesale energy marketing realized"


B = "0000000044-09-000044"
SUB_B = [SUB_HEAD, [B, "44", "SENTINEL SECURITY LTD", "10-Q", "20090630", "2009", "Q3", "0930",
                    "20090730"]]  # fmt: skip
LINES_B = [
    ("SalesRevenueGoodsNet", "Revenue from product sales", "2541000000"),
    ("SalesRevenueServicesNet", "Service revenue", "1699000000"),
    ("Revenues", "Net revenue", "4240000000"),
    ("CostOfGoodsSold", "Cost of product sales", "1852000000"),
    ("CostOfServices", "Cost of services", "893000000"),
]
NUM_B = [NUM_HEAD] + [
    [B, tag, "us-gaap/2008", "20090630", "1", "USD", "", "", value, ""]
    for tag, _label, value in LINES_B
]
PRE_B = [PRE_HEAD] + [
    [B, "1", str(i), "IS", "0", "X", tag, "us-gaap/2008", label, "0"]
    for i, (tag, label, _value) in enumerate(LINES_B, 1)
]


def test_the_cost_of_product_sales_and_of_services_make_the_cost_of_revenue(tmp_path):
    reading = _reading(tmp_path, SUB_B, NUM_B, PRE_B)
    got = {(f.concept, f.period): f.value for f in reading.facts if f.segment is None}
    assert got[("operating_cost", "2009Q3")] == Decimal("2745000000")


def test_no_cost_of_revenue_where_revenue_has_a_third_part(tmp_path):
    num = [row if row[1] != "Revenues" else [*row[:8], "4300000000", ""] for row in NUM_B]
    reading = _reading(tmp_path, SUB_B, num, PRE_B)
    assert not any(f.concept == "operating_cost" for f in reading.facts)
