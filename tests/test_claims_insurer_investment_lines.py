"""An insurer's revenue lines and claims as US filers tag them and the press names them: net
investment income (a life insurer's NetInvestmentIncome, a property insurer's interest and
dividends, InterestAndDividendIncomeOperating), realized investment gains or losses, net (a loss
negative), a life insurer's policy fees, a property insurer's losses and loss adjustment expenses
(its benefits and claims, the numerator of its loss ratio) and the AOCI balance (us_gaap.toml,
accounts.toml, lexicon.toml). Made up."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal

import pytest

from caibao.sources.sec_fsds import read_fsds
from inline_store import checked_claims

A = "0000000012-09-000012"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "12", "HARBORVIEW MUTUAL INC", "10-Q", "20090630", "2009", "Q2", "1231", "20090805"],
]


def _num(tag, value):
    return [A, tag, "us-gaap/2009", "20090630", "1", "USD", "", "", value, ""]


NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    _num("Revenues", "5000.0000"),
    _num("NetInvestmentIncome", "900.0000"),
    _num("RealizedInvestmentGainsLosses", "-44.6000"),
    _num("UniversalLifeAndInvestmentTypeProductPolicyFees", "120.0000"),
    _num("IncurredClaimsPropertyCasualtyAndLiability", "2460.0000"),
]


def _tsv(rows):
    return "".join("\t".join(r) + "\n" for r in rows)


def test_an_insurers_lines_are_read(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB, "num.txt": NUM}.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("investment_income", "2009Q2")] == Decimal("900.00")
    assert got[("realized_investment_gains", "2009Q2")] == Decimal("-44.60")
    assert got[("policy_fees", "2009Q2")] == Decimal("120.00")
    assert got[("medical_costs", "2009Q2")] == Decimal("2460.00")


ROWS = [
    ("investment_income", "2024Q2", "122100000", "USD", "value", None, "S1"),
    ("realized_investment_gains", "2024Q2", "15900000", "USD", "value", None, "S2"),
    ("realized_investment_gains", "2023Q2", "-44600000", "USD", "value", None, "S3"),
    ("medical_costs", "2024Q2", "2462600000", "USD", "value", None, "S4"),
    ("premiums_earned", "2024Q2", "3441400000", "USD", "value", None, "S5"),
    ("policy_fees", "2024Q2", "1216000000", "USD", "value", None, "S6"),
    ("accumulated_oci", "2024-06-30", "-202000000", "USD", "value", None, "S7"),
]


def verdicts(text):
    claims = checked_claims(ROWS, text, date(2024, 8, 5))
    return [(c.claim.concept, c.claim.value, c.verdict.verdict) for c in claims]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In the second quarter, investment income was $122.1 million.",
            [("investment_income", Decimal("122100000.0"), "supported")],
        ),
        (
            "The insurer booked net realized gains on securities of $15.9 million in the second "
            "quarter. A year earlier it posted net realized losses of $44.6 million.",
            [
                ("realized_investment_gains", Decimal("15900000.0"), "supported"),
                ("realized_investment_gains", Decimal("-44600000.0"), "supported"),
            ],
        ),
        (
            "Second-quarter losses and loss adjustment expenses came to $2.46 billion.",
            [("medical_costs", Decimal("2460000000.00"), "supported")],
        ),
        (
            "二季度损失及损失费用24.63亿美元。",
            [("medical_costs", Decimal("2463000000.00"), "supported")],
        ),
        (
            "二季度已实现投资净收益1590万美元。",
            [("realized_investment_gains", Decimal("15900000"), "supported")],
        ),
        (
            "Second-quarter policy fees were $1.22 billion.",
            [("policy_fees", Decimal("1220000000.00"), "supported")],
        ),
        (
            "截至6月30日，累计其他综合亏损为2.02亿美元。",
            [("accumulated_oci", Decimal("-202000000.00"), "supported")],
        ),
    ],
)
def test_insurer_lines(text, want):
    assert verdicts(text) == want
