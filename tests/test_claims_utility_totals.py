"""A US utility's 10-Q in the Chinese press: its "Total Operating Expenses" (us-gaap
UtilitiesOperatingExpense) said 营业总支出, and its "Cost of gas sold" said 天然气销售成本 (sold:
销售 as well as 出售). Made-up company."""

from __future__ import annotations

import re
from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.printed_lines import chinese_pattern
from caibao.sources.us_gaap import mapping

REF = date(2009, 8, 5)


def test_a_utility_total_operating_expenses_is_its_total_costs():
    assert "us-gaap:UtilitiesOperatingExpense" in mapping().rules["total_operating_costs"].elements
    got = extract_claims("二季度公司营业总支出为7.8亿美元。", "600080", REF)
    assert [c.concept for c in got] == ["total_operating_costs"]


def test_cost_of_gas_sold_in_chinese():
    pattern = chinese_pattern(["cost", "of", "gas", "sold"])
    assert pattern and re.fullmatch(pattern, "天然气销售成本")
