"""A rate's change said as its relative change in % with 达 (营业利润率由11.4%提升至14.1%，增幅达24%):
misleading, as without it (a rate's change is said in points); and a utility's fuel line named as
the press names it (发电燃料支出)."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims
from inline_store import checked_claims

_ROWS = [
    ("revenue", "2024FY", "842.5", "CNY", "value", None, "IS"),
    ("operating_profit", "2024FY", "119.2", "CNY", "value", None, "IS"),
    ("revenue", "2023FY", "945.4", "CNY", "value", None, "IS"),
    ("operating_profit", "2023FY", "107.9", "CNY", "value", None, "IS"),
]


def test_a_rate_change_reached_in_percent_is_misleading():
    text = "样例药业2024年营业利润率由上年的11.4%提升至14.1%，增幅达24%。"
    claims = checked_claims(_ROWS, text, date(2025, 4, 25))
    got = {c.claim.printed: c.verdict.verdict for c in claims}
    assert got["24%"] == "misleading"


def test_fuel_used_in_generation():
    got = extract_claims(
        "金花股份上半年发电燃料支出17.80亿美元，同比增长21.7%。", "600080", date(2025, 8, 10)
    )
    assert [c.concept for c in got] == ["fuel_cost", "fuel_cost"]
