"""Financial statement data sets: a custody bank's lines. Its fee revenue and the lines under it
(servicing fees, management fees, trading revenue), an extraordinary item stored as the amount
the press states, the income and EPS before it, its pre-tax income printed above the
extraordinary item (its own element, by its label) and its long-term debt printed as one line
(the taxonomy's LongTermDebt, by its label). Made-up filing."""

from __future__ import annotations

import zipfile
from decimal import Decimal

from caibao.sources.sec_fsds import read_fsds

A = "0000000041-09-000041"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "41", "HARBOUR TRUST CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090807"],
]
_ROW = [A, "", "us-gaap/2008", "20090630", "1", "USD", "", "", "", ""]


def _num(tag, value, version="us-gaap/2008", qtrs="1"):
    row = list(_ROW)
    row[1], row[2], row[4], row[8] = tag, version, qtrs, value
    return row


NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    _num("FeesAndCommissions", "900000000"),
    _num("FeesAndCommissionsFiduciaryAndTrustActivities", "500000000"),
    _num("AssetManagementFees", "120000000"),
    _num("ExtraordinaryItemNetOfTax", "-1500000000"),
    _num("IncomeLossBeforeExtraordinaryItemsAndCumulativeEffectOfChangeInAccountingPrinciple",
         "300000000"),
    _num("IncomeLossBeforeExtraordinaryItemsAndCumulativeEffectOfChangeInAccountingPrinciple"
         "PerDilutedShare", "0.61"),
    _num("IncomeBeforeTaxAndExtraordinaryOfOurOwn", "420000000", version=A),
    _num("LongTermDebt", "6100000000", qtrs="0"),
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "1", "20", "IS", "0", "H", "IncomeBeforeTaxAndExtraordinaryOfOurOwn", A,
     "Income before income tax expense and extraordinary loss", "0"],
    [A, "2", "29", "BS", "0", "H", "LongTermDebt", "us-gaap/2008", "Long-term debt", "0"],
]  # fmt: skip


# (the taxonomy says LongTermDebt is a balance at a date: a balance sheet line may be read by label)
TAG = [
    ["tag", "version", "custom", "abstract", "datatype", "iord", "crdr", "tlabel", "doc"],
    ["LongTermDebt", "us-gaap/2008", "0", "0", "monetary", "I", "C", "Long-term Debt", ""],
]


def _tsv(rows):
    return "".join("\t".join(r) + "\n" for r in rows)


def test_a_custody_banks_lines(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE, "tag.txt": TAG}.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("fee_and_commission_income", "2009Q2")] == Decimal("900000000")
    assert got[("servicing_fees", "2009Q2")] == Decimal("500000000")
    assert got[("management_fees", "2009Q2")] == Decimal("120000000")
    # a charge the filer tags negative, the amount the press states
    assert got[("extraordinary_item", "2009Q2")] == Decimal("1500000000")
    assert got[("np_before_extraordinary", "2009Q2")] == Decimal("300000000")
    assert got[("eps_before_extraordinary_diluted", "2009Q2")] == Decimal("0.61")
    assert got[("total_profit", "2009Q2")] == Decimal("420000000")
    assert got[("long_term_debt", "2009-06-30")] == Decimal("6100000000")


B = "0000000042-09-000042"
SUB_B = [
    SUB[0],
    [B, "42", "CURBSIDE HAULING INC", "10-Q", "20090630", "2009", "Q2", "1231", "20090730"],
]
NUM_B = [
    NUM[0],
    [B, "Revenues", "us-gaap/2009", "20090630", "1", "USD", "", "", "3000000000", ""],
    [B, "Operating", B, "20090630", "1", "USD", "", "", "1800000000", ""],
]  # fmt: skip
PRE_B = [
    PRE[0],
    [B, "1", "3", "IS", "0", "H", "Revenues", "us-gaap/2009", "Operating revenues", "0"],
    [B, "1", "5", "IS", "0", "H", "Operating", B, "Operating", "0"],
]  # fmt: skip


def test_a_service_companys_own_operating_line_is_its_operating_cost(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB_B, "num.txt": NUM_B, "pre.txt": PRE_B}.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("operating_cost", "2009Q2")] == Decimal("1800000000")


C = "0000000043-09-000043"
SUB_C = [
    SUB[0],
    [C, "43", "PALISADE BROKERAGE CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090806"],
]
NUM_C = [
    NUM[0],
    [C, "FeesAndCommissions", "us-gaap/2008", "20090630", "1", "USD", "", "", "486000000", ""],
    [C, "NetOtherThanTemporaryImpairments", C, "20090630", "1", "USD", "", "", "13000000", ""],
]  # fmt: skip
PRE_C = [
    PRE[0],
    [C, "1", "4", "IS", "0", "H", "FeesAndCommissions", "us-gaap/2008",
     "Asset management and administration fees", "0"],
    [C, "1", "12", "IS", "0", "H", "NetOtherThanTemporaryImpairments", C,
     "Net impairment losses on securities", "1"],
]  # fmt: skip


def test_a_brokers_fee_line_by_its_label_and_its_own_impairments_of_securities(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB_C, "num.txt": NUM_C, "pre.txt": PRE_C}.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    # the broader element stays what it is, and is the line its label names too
    assert got[("fee_and_commission_income", "2009Q2")] == Decimal("486000000")
    assert got[("management_fees", "2009Q2")] == Decimal("486000000")
    assert got[("securities_impairments", "2009Q2")] == Decimal("13000000")


def test_a_label_gives_no_second_figure_where_the_concepts_own_element_is_printed(tmp_path):
    num = [*NUM_C, [C, "AssetManagementFees", "us-gaap/2008", "20090630", "1", "USD", "", "",
                    "450000000", ""]]  # fmt: skip
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB_C, "num.txt": num, "pre.txt": PRE_C}.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    got = [f.value for f in reading.facts if f.concept == "management_fees"]
    assert got == [Decimal("450000000")]
