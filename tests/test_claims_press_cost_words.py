"""The press's everyday words for statement lines: 运营成本 (operating costs, a US filer's cost of
revenue) and its share of revenue, 库存 (a retailer's inventory; 库存股 is treasury stock), and
core / organic revenue (a management measure no statement prints, not the revenue). Made-up
companies and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon

REF = date(2009, 8, 20)
LEX = Lexicon({"Acme Tools": "ACME", "艾克美": "ACME"})


def claims(text: str):
    return [
        (c.concept, c.period, c.measure, c.value) for c in extract_claims(text, "ACME", REF, LEX)
    ]


def test_operating_costs_and_their_share_of_revenue():
    got = claims("艾克美二季度营运成本占营收的比重为58.1%。")
    assert got == [("operating_cost/revenue", "2009Q2", "value", Decimal("58.1"))]


def test_inventory_in_everyday_words_and_treasury_stock():
    got = claims("截至6月30日，艾克美库存12.5亿美元，库存股3.2亿美元。")
    assert [c[0] for c in got] == ["inventory", "treasury_shares"]


def test_core_revenue_is_no_revenue():
    got = claims("In the second quarter organic sales rose 2%, while revenue fell 5%.")
    assert [c[0] for c in got] == ["kpi_organic_revenue", "revenue"]


def test_product_revenue_in_chinese_unless_a_product_line_names_it():
    got = claims("艾克美二季度产品收入7.91亿美元，同比增长15.6%。")
    assert [c[0] for c in got] == ["sales_goods", "sales_goods"]
    # a product line's revenue (骨科类产品收入) is that line's, not the whole product revenue
    got = claims("艾克美上半年骨科类产品收入4.74亿元。")
    assert got[0][0] != "sales_goods"


def test_a_grocers_operating_and_administrative_expense_is_its_operating_expenses():
    got = claims("In the second quarter operating and administrative expense took 24.8% of sales.")
    assert got == [("operating_expenses/revenue", "2009Q2", "value", Decimal("24.8"))]
