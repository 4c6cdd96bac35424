"""Financial statement data sets: a filer that prints its statements by sector under its own
elements named by the sector (AutomotiveAssets "Total Automotive assets",
AutomotiveOperatingIncomeLoss, IncomeLossBeforeIncomeTaxesAutomotive) gives that sector's facts,
never the company's; a sector's name in an article right before a whole-company metric's word
(Automotive cash and short-term investments) names that sector's figure. Made up."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.sources.sec_fsds import read_fsds

A = "0000000012-09-000012"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "12", "DEARBORN WAGONS CO", "10-Q", "20090630", "2009", "Q2", "1231", "20090805"],
]
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "Revenues", "us-gaap/2009", "20090630", "1", "USD", "", "", "5000.0000", ""],
    [A, "Assets", "us-gaap/2009", "20090630", "0", "USD", "", "", "9000.0000", ""],
    [A, "AutomotiveAssets", A, "20090630", "0", "USD", "", "", "4000.0000", ""],
    [A, "AutomotiveOperatingIncomeLoss", A, "20090630", "1", "USD", "", "", "-160.0000", ""],
    [A, "IncomeLossBeforeIncomeTaxesAutomotive", A, "20090630", "1", "USD", "", "", "180.0000", ""],
    [A, "AutomotiveCashCashEquivalentsAndShortTermInvestments", A, "20090630", "0", "USD", "", "",
     "2100.0000", ""],
    [A, "OtherAssets", A, "20090630", "0", "USD", "", "", "300.0000", ""],
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "1", "1", "IS", "0", "H", "Revenues", "us-gaap/2009", "Total sales and revenues", "0"],
    [A, "2", "1", "UN", "0", "H", "AutomotiveOperatingIncomeLoss", A, "Operating income/(loss)",
     "0"],
    [A, "2", "2", "UN", "0", "H", "IncomeLossBeforeIncomeTaxesAutomotive", A,
     "Income/(Loss) before income taxes - Automotive", "0"],
    [A, "3", "1", "BS", "0", "H", "AutomotiveCashCashEquivalentsAndShortTermInvestments", A,
     "Total cash and marketable securities", "0"],
    [A, "3", "2", "BS", "0", "H", "AutomotiveAssets", A, "Total Automotive assets", "0"],
    [A, "3", "3", "BS", "0", "H", "OtherAssets", A, "Other assets", "0"],
    [A, "3", "4", "BS", "0", "H", "Assets", "us-gaap/2009", "Total assets", "0"],
]  # fmt: skip


def _tsv(rows):
    return "".join("\t".join(r) + "\n" for r in rows)


def test_a_sectors_own_lines_are_its_facts(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE}.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.segment, f.period): f.value for f in reading.facts}
    assert got[("operating_profit", "Automotive", "2009Q2")] == Decimal("-160.00")
    assert got[("total_profit", "Automotive", "2009Q2")] == Decimal("180.00")
    assert got[("cash_and_securities", "Automotive", "2009-06-30")] == Decimal("2100.00")
    assert got[("total_assets", "Automotive", "2009-06-30")] == Decimal("4000.00")
    assert got[("total_assets", None, "2009-06-30")] == Decimal("9000.00")
    assert not any(f.segment == "Other" for f in reading.facts)  # (Other assets: no sector)
    assert ("operating_profit", None, "2009Q2") not in got


def test_a_sectors_name_before_a_whole_company_metric_names_its_figure():
    claims = extract_claims(
        "Acme's second quarter. Automotive cash and short-term investments stood at $21.6 "
        "billion at the end of June, up from $15.7 billion at the start of the year.",
        "ACME",
        date(2009, 8, 6),
        segments=("Automotive", "Financial Services"),
    )
    got = {c.printed: (c.concept, c.segment) for c in claims}
    assert got["$21.6 billion"] == ("cash_and_securities", "Automotive")
    assert got["$15.7 billion"] == ("cash_and_securities", "Automotive")
