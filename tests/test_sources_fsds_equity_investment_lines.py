"""Financial statement data sets: a filer's own line "Equity in losses of unconsolidated
investments and other, net" is its share of investees' results (investment_income_associates),
which the press calls losses from equity investments. Made up."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.sources.sec_fsds import read_fsds

A = "0000000013-09-000013"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "13", "OVERLAND WIRELESS CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090805"],
]
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "Revenues", "us-gaap/2009", "20090630", "1", "USD", "", "", "8000.0000", ""],
    [A, "IncomeLossFromEquityMethodInvestmentsAndOtherNet", A, "20090630", "1", "USD", "", "",
     "-146.0000", ""],
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "1", "1", "IS", "0", "H", "Revenues", "us-gaap/2009", "Net operating revenues", "0"],
    [A, "1", "2", "IS", "0", "H", "IncomeLossFromEquityMethodInvestmentsAndOtherNet", A,
     "Equity in losses of unconsolidated investments and other, net", "0"],
]  # fmt: skip


def _tsv(rows):
    return "".join("\t".join(r) + "\n" for r in rows)


def test_equity_in_losses_of_unconsolidated_investments_is_the_investees_share(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE}.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("investment_income_associates", "2009Q2")] == Decimal("-146.00")


def test_losses_from_equity_investments_name_that_line():
    claims = extract_claims(
        "Acme's second quarter. Losses from equity investments swelled to $146 million from "
        "$21 million.",
        "ACME",
        date(2009, 8, 4),
    )
    got = {c.printed: (c.concept, c.value) for c in claims}
    assert got["$146 million"] == ("investment_income_associates", Decimal("-146000000"))
