"""Depreciation, depletion and amortization: an expense, its amount positive whatever sign the
filer gave it (a producer that tags its accumulated depreciation's current charge, a credit,
files it negative and prints it negated), and the press's "depreciation charges". Made up."""

from __future__ import annotations

from decimal import Decimal

from caibao.claims.lexicon import Lexicon
from caibao.sources.sec_fsds import read_fsds
from fsds_archive import fsds_archive

A = "0000000013-09-000013"
TAG = "AccumulatedDepreciationDepletionAndAmortizationExpensePropertyPlantAndEquipmentCurrentCharge"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "13", "MESA BASIN GAS CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090806"],
]
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "Revenues", "us-gaap/2009", "20090630", "1", "USD", "", "", "2273000000", ""],
    [A, TAG, "us-gaap/2009", "20090630", "1", "USD", "", "", "-783000000", ""],
]
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "2", "13", "IS", "0", "H", TAG, "us-gaap/2009", "Depreciation, depletion and amortization",
     "1"],
]  # fmt: skip


def test_a_depreciation_line_filed_negative_is_an_expense_positive(tmp_path):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE})
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("depreciation_amortization", "2009Q2")] == Decimal("783000000")


def test_depreciation_charges_name_the_expense():
    lexicon = Lexicon()
    for words in ("depreciation charges", "DD&A"):
        assert lexicon.metric(words).concept == "depreciation_amortization", words
