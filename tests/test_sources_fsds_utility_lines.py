"""Financial statement data sets: a utility's purchased power under the utilities taxonomy's
element, its income from continuing operations printed twice (before and after noncontrolling
interests) under the label "… After Income Taxes", and a filer's own element for its goodwill and
intangible write-downs printed with a note "(See Note 7)". Made-up filings."""

from __future__ import annotations

import zipfile
from decimal import Decimal

from caibao.sources.sec_fsds import read_fsds
from caibao.sources.us_gaap import label_key

A = "0000000041-09-000041"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "41", "KEYSTONE POWER CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090805"],
]
NUM_HEAD = ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value",
            "footnote"]  # fmt: skip
PRE_HEAD = ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel",
            "negating"]  # fmt: skip
CONTINUING = "IncomeLossFromContinuingOperations"
WITH_NCI = "IncomeLossFromContinuingOperationsIncludingPortionAttributableToNoncontrollingInterest"
NUM = [
    NUM_HEAD,
    [A, "UtilitiesOperatingExpensePurchasedPower", "us-gaap/2009", "20090630", "1", "USD", "", "",
     "615000000", ""],
    [A, WITH_NCI, "us-gaap/2009", "20090630", "1", "USD", "", "", "29000000", ""],
    [A, CONTINUING, "us-gaap/2009", "20090630", "1", "USD", "", "", "25000000", ""],
]  # fmt: skip
LABEL = "Income from Continuing Operations After Income Taxes"
PRE = [
    PRE_HEAD,
    [A, "1", "16", "IS", "0", "X", NUM[1][1], "us-gaap/2009", "Realized", "0"],
    [A, "1", "30", "IS", "0", "X", WITH_NCI, "us-gaap/2009", LABEL, "0"],
    [A, "1", "36", "IS", "0", "X", CONTINUING, "us-gaap/2009", LABEL, "0"],
]  # fmt: skip


def _facts(tmp_path, sub, num, pre):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": sub, "num.txt": num, "pre.txt": pre}.items():
            archive.writestr(name, "".join("\t".join(r) + "\n" for r in rows))
    (reading,) = list(read_fsds(path))
    return {(f.concept, f.period): f.value for f in reading.facts if f.segment is None}


def test_a_utilitys_purchased_power_and_its_income_from_continuing_operations(tmp_path):
    got = _facts(tmp_path, SUB, NUM, PRE)
    assert got[("purchased_power", "2009Q2")] == Decimal("615000000")
    # (printed twice: the stockholders' line, after the noncontrolling interests)
    assert got[("np_continuing", "2009Q2")] == Decimal("25000000")


B = "0000000042-09-000042"
SUB_B = [
    SUB[0],
    [B, "42", "SENTINEL SECURITY LTD", "10-Q", "20090630", "2009", "Q3", "0930", "20090730"],
]
NUM_B = [
    NUM_HEAD,
    [B, "GoodwillAndIntangibleAssetImpairments", B, "20090630", "3", "USD", "", "", "2705000000",
     ""],
]  # fmt: skip
PRE_B = [
    PRE_HEAD,
    [B, "1", "9", "IS", "0", "X", NUM_B[1][1], B,
     "Goodwill and intangible asset impairments (See Note 7)", "0"],
]  # fmt: skip


def test_an_own_line_of_goodwill_and_intangible_impairments_is_the_impairment_charge(tmp_path):
    got = _facts(tmp_path, SUB_B, NUM_B, PRE_B)
    assert got[("asset_impairment_loss", "2009Q1-Q3")] == Decimal("2705000000")


def test_a_see_note_reference_is_no_part_of_a_label():
    assert label_key("Goodwill impairments (See Note 7)") == "goodwill impairments"
