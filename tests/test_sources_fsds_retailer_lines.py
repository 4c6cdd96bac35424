"""Financial statement data sets: a retailer's own cost-of-sales line, its label carrying a note
after a comma ("Cost of sales, including buying and occupancy costs"), is its cost of goods sold,
an amount spent (positive) even where the filer tagged it negated. Made-up filing."""

from __future__ import annotations

import zipfile
from decimal import Decimal

from caibao.sources.sec_fsds import read_fsds
from caibao.sources.us_gaap import label_key

A = "0000000031-09-000031"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "31", "BARGAIN BARN STORES INC", "10-Q", "20090731", "2009", "Q2", "0131", "20090902"],
]
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "Revenues", "us-gaap/2009", "20090731", "1", "USD", "", "", "2000000000", ""],
    [A, "CostOfMerchandiseSoldInclOccupancy", A, "20090731", "1", "USD", "", "", "-1480000000",
     ""],
    [A, "Assets", "us-gaap/2009", "20090731", "0", "USD", "", "", "5000000000", ""],
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "2", "3", "IS", "0", "X", "Revenues", "us-gaap/2009", "Net sales", "0"],
    [A, "2", "4", "IS", "0", "X", "CostOfMerchandiseSoldInclOccupancy", A,
     "Cost of goods sold, including related buying, distribution and occupancy costs", "1"],
]  # fmt: skip


def _tsv(rows):
    return "".join("\t".join(r) + "\n" for r in rows)


def test_a_note_after_a_comma_is_left_out_of_the_label():
    assert label_key("Cost of sales, including buying and occupancy costs") == "cost of sales"
    assert label_key("Cost of products sold, excluding depreciation") == "cost of products sold"
    # a comma inside the line's own name stays
    assert label_key("Selling, general and administrative expenses") == (
        "selling, general and administrative expenses"
    )


def test_a_retailers_own_cost_of_sales_line_is_its_cost_of_goods_sold(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE}.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    got = {f.concept: f.value for f in reading.facts}
    assert got["cost_goods"] == Decimal("1480000000")
    assert got["operating_cost"] == Decimal("1480000000")


def test_a_food_makers_realignment_charges_are_its_restructuring_charges(tmp_path):
    b = "0000000032-09-000032"
    sub = [SUB[0], [b, "32", "COCOA HILLS FOODS CO", "10-Q", "20090630", "2009", "Q2", "1231",
                    "20090806"]]  # fmt: skip
    num = [
        NUM[0],
        [b, "RealignmentChargesNet", b, "20090630", "1", "USD", "", "", "12500000", ""],
        [b, "Assets", "us-gaap/2009", "20090630", "0", "USD", "", "", "900000000", ""],
    ]
    pre = [
        PRE[0],
        [b, "2", "5", "IS", "0", "X", "RealignmentChargesNet", b,
         "Business realignment and impairment charges, net", "0"],
    ]  # fmt: skip
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": sub, "num.txt": num, "pre.txt": pre}.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    assert {f.concept: f.value for f in reading.facts}["restructuring_charges"] == Decimal(
        "12500000"
    )


def test_a_grocers_operating_general_and_administrative_line_is_its_sga(tmp_path):
    c = "0000000033-09-000033"
    sub = [SUB[0], [c, "33", "CORNER GROCERS CO", "10-Q", "20090731", "2009", "Q2", "0131",
                    "20090923"]]  # fmt: skip
    num = [
        NUM[0],
        [c, "OperatingGeneralAndAdministrativeExpense", c, "20090731", "1", "USD", "", "",
         "3088000000", ""],
        [c, "Assets", "us-gaap/2009", "20090731", "0", "USD", "", "", "23000000000", ""],
    ]  # fmt: skip
    pre = [
        PRE[0],
        [c, "2", "5", "IS", "0", "X", "OperatingGeneralAndAdministrativeExpense", c,
         "Operating, general and administrative", "0"],
    ]  # fmt: skip
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": sub, "num.txt": num, "pre.txt": pre}.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    assert {f.concept: f.value for f in reading.facts}["sga_expense"] == Decimal("3088000000")


def test_total_capital_expenditures_line_and_the_payments_without_one(tmp_path):
    c = "0000000035-09-000035"
    d = "0000000036-09-000036"
    sub = [SUB[0]] + [
        [x, x[7:10], name, "10-Q", "20090731", "2009", "Q2", "0131", "20090923"]
        for x, name in ((c, "CORNER GROCERS CO"), (d, "PLAIN STORES INC"))
    ]
    num = [NUM[0]] + [
        [x, "PaymentsToAcquireProductiveAssets", "us-gaap/2009", "20090731", "2", "USD", "", "",
         "1210000000", ""]
        for x in (c, d)
    ] + [
        [c, "CapitalExpenditures", c, "20090731", "2", "USD", "", "", "-1255000000", ""],
        [c, "Assets", "us-gaap/2009", "20090731", "0", "USD", "", "", "23000000000", ""],
        [d, "Assets", "us-gaap/2009", "20090731", "0", "USD", "", "", "23000000000", ""],
    ]  # fmt: skip
    pre = [PRE[0]] + [
        [x, "4", "24", "CF", "0", "X", "PaymentsToAcquireProductiveAssets", "us-gaap/2009",
         "Payments for capital expenditures", "1"]
        for x in (c, d)
    ] + [
        [c, "4", "48", "CF", "0", "X", "CapitalExpenditures", c, "Total capital expenditures", "0"],
    ]  # fmt: skip
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": sub, "num.txt": num, "pre.txt": pre}.items():
            archive.writestr(name, _tsv(rows))
    got = {r.document.company.name: {f.concept: f.value for f in r.facts} for r in read_fsds(path)}
    grocer, plain = got["CORNER GROCERS CO"], got["PLAIN STORES INC"]
    assert grocer["capex_total"] == Decimal("1255000000")
    assert grocer["capex"] == Decimal("1210000000")
    assert plain["capex_total"] == Decimal("1210000000")


def test_a_cost_of_sales_joined_to_its_buying_and_occupancy_costs_is_the_cost_of_goods(tmp_path):
    c = "0000000033-09-000033"
    sub = [SUB[0], [c, "33", "UPSCALE STORES INC", "10-Q", "20090731", "2009", "Q2", "0131",
                    "20090909"]]  # fmt: skip
    num = [
        NUM[0],
        [c, "SalesRevenueNet", "us-gaap/2009", "20090731", "1", "USD", "", "", "2145000000", ""],
        [c, "CostOfSalesAndRelatedBuyingAndOccupancyCosts", c, "20090731", "1", "USD", "", "",
         "1418000000", ""],
        [c, "Assets", "us-gaap/2009", "20090731", "0", "USD", "", "", "6340000000", ""],
    ]  # fmt: skip
    pre = [
        PRE[0],
        [c, "2", "3", "IS", "0", "X", "SalesRevenueNet", "us-gaap/2009", "Net sales", "0"],
        [c, "2", "4", "IS", "0", "X", "CostOfSalesAndRelatedBuyingAndOccupancyCosts", c,
         "Cost of sales and related buying and occupancy costs", "1"],
    ]  # fmt: skip
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": sub, "num.txt": num, "pre.txt": pre}.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    assert {f.concept: f.value for f in reading.facts}["cost_goods"] == Decimal("1418000000")
