"""Verdicts on a quarter said as a share of the year that holds it (四季度单季营收约3.8亿元，占了
全年的近四成): the quarter's figure over the year's, in %."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

Y = "CNY"


def test_a_quarter_as_a_share_of_the_year_that_holds_it():
    rows = [
        ("revenue", "2024FY", "1000000000", Y, "value", None, "I1"),
        ("revenue", "2024Q1-Q3", "620000000", Y, "value", None, "I1"),
    ]
    text = "样例药业2024年营收10亿元。四季度单季营收约3.8亿元，占了全年的近四成。"
    got = checked_claims(rows, text, date(2025, 3, 30))
    shares = [c.verdict.verdict for c in got if c.claim.unit == "%"]
    assert shares == ["supported"]  # 3.8 / 10 = 38%
    got = checked_claims(rows, text.replace("近四成", "逾四成"), date(2025, 3, 30))
    assert [c.verdict.verdict for c in got if c.claim.unit == "%"] == ["contradicted"]
