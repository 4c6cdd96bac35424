"""The debt a US filer took on and paid back in the period (us-gaap ProceedsFromIssuanceOfLongTermDebt,
RepaymentsOfLongTermDebt: CAS 取得借款收到的现金 / 偿还债务支付的现金), and the parent's equity of a
filer that tags only its total equity and no non-controlling interest (us_gaap.toml,
lexicon.toml). The press says the flows as 新借入长期债务 / 偿还了X长期借款: flows, not the debt
owed at the end. Made up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caibao.sources.sec_fsds import read_fsds
from fsds_archive import fsds_archive
from inline_store import checked_claims

A = "0000000013-09-000013"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "13", "RIVERBEND PETROLEUM INC", "10-Q", "20090630", "2009", "Q2", "1231", "20090805"],
]


def _num(tag, value, qtrs="2"):
    return [A, tag, "us-gaap/2009", "20090630", qtrs, "USD", "", "", value, ""]


NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    _num("Revenues", "5000.0000"),
    _num("ProceedsFromIssuanceOfLongTermDebt", "900.0000"),
    _num("RepaymentsOfLongTermDebt", "-37.0000"),
    _num(
        "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", "13414.0000", "0"
    ),
]


def test_debt_flows_and_total_equity_are_read(tmp_path):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM})
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("cash_from_borrowings", "2009H1")] == Decimal("900.00")
    assert got[("cash_paid_for_debt", "2009H1")] == Decimal("37.00")
    assert got[("equity_parent", "2009-06-30")] == Decimal("13414.00")


ROWS = [
    ("cash_from_borrowings", "2024H1", "900000000", "USD", "value", None, "S1"),
    ("cash_paid_for_debt", "2024H1", "500000000", "USD", "value", None, "S2"),
    ("long_term_borrowings", "2024-06-30", "5920000000", "USD", "value", None, "S3"),
]


def verdicts(text):
    claims = checked_claims(ROWS, text, date(2024, 8, 5))
    return [(c.claim.concept, c.claim.value, c.verdict.verdict) for c in claims]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "为弥补资金缺口，公司上半年新借入长期债务9亿美元。",
            [("cash_from_borrowings", Decimal("900000000"), "supported")],
        ),
        (
            "上半年公司偿还了5亿美元长期借款。",
            [("cash_paid_for_debt", Decimal("500000000"), "supported")],
        ),
    ],
)
def test_debt_flows_are_checked(text, want):
    assert verdicts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In the first half Riverbend repaid $500 million of long-term debt.",
            [("cash_paid_for_debt", Decimal("500000000"), "supported")],
        ),
        (
            "Riverbend borrowed $900 million of long-term debt in the first half.",
            [("cash_from_borrowings", Decimal("900000000"), "supported")],
        ),
    ],
)
def test_debt_flows_in_english(text, want):
    assert verdicts(text) == want
