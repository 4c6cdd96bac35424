"""Financial statement data sets: a payment (businesses bought, shares bought back, dividends
paid) is an amount paid, positive, and so is an expense (interest expense, SG&A, R&D), whether
the filer tagged it positive or negated as its statement prints it. Made-up filing."""

from __future__ import annotations

import zipfile
from decimal import Decimal

from caibao.sources.sec_fsds import read_fsds

A = "0000000021-09-000021"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "21", "GEARWORKS CONTROLS INC", "10-Q", "20090630", "2009", "Q3", "0930", "20090805"],
]
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "PaymentsToAcquireBusinessesNetOfCashAcquired", "us-gaap/2009", "20090630", "3", "USD",
     "", "", "-412000000", ""],
    [A, "PaymentsForRepurchaseOfCommonStock", "us-gaap/2009", "20090630", "3", "USD", "", "",
     "-95000000", ""],
    [A, "PaymentsOfDividendsCommonStock", "us-gaap/2009", "20090630", "3", "USD", "", "",
     "310000000", ""],
    # an expense tagged negated, as the statement prints it in brackets
    [A, "InterestExpense", "us-gaap/2009", "20090630", "1", "USD", "", "", "-57000000", ""],
]  # fmt: skip


def _tsv(rows):
    return "".join("\t".join(r) + "\n" for r in rows)


def test_payments_tagged_negated_are_amounts_paid(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB, "num.txt": NUM, "pre.txt": NUM[:1]}.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    got = {f.concept: f.value for f in reading.facts}
    assert got["cash_paid_for_subsidiaries"] == Decimal("412000000")
    assert got["kpi_share_repurchases"] == Decimal("95000000")
    assert got["kpi_dividends_paid"] == Decimal("310000000")
    assert got["interest_expense"] == Decimal("57000000")
