"""The people who sell are no sales (the number of active sales representatives climbed 11
percent), and 总支出 is a US filer's "Total expenses" as the Chinese press renders it."""

from datetime import date

from caibao.claims.extract import extract_claims

DAY = date(2009, 8, 4)


def _concepts(text):
    return {c.printed: c.concept for c in extract_claims(text, "X", DAY)}


def test_sales_representatives_are_no_sales():
    got = _concepts("The number of active sales representatives climbed 11 percent.")
    assert got.get("11 percent") != "revenue"
    assert _concepts("Sales rose 11 percent.")["11 percent"] == "revenue"


def test_total_spending_is_the_total_of_costs_and_expenses():
    got = _concepts("2009年二季度，公司总支出27.13亿美元，同比减少11.5%。")
    assert got["27.13亿美元"] == "total_operating_costs"
