"""Line names the press writes in another word order or with "related"/"and oil", and the
money verbs that name a line (bought back, operations consumed). Made-up companies and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon

REF = date(2024, 8, 20)
LEX = Lexicon({"Acme Foods": "ACME"})


def concepts(text: str) -> list[str | None]:
    return [c.concept for c in extract_claims(text, "ACME", REF, LEX)]


def test_sga_in_another_word_order():
    assert concepts("Selling, administrative and general expenses rose 3% to $410 million.") == [
        "sga_expense",
        "sga_expense",
    ]
    assert concepts("In the half marketing, selling and administrative expense fell 1.2%.") == [
        "sga_expense"
    ]


def test_fuel_related_cost_is_the_fuel_line():
    assert concepts("上半年公司燃油相关成本为3.1亿元，同比下降12%。") == ["fuel_cost", "fuel_cost"]
    assert concepts("Fuel and oil expense fell 18% to $510 million in the quarter.")[0] == (
        "fuel_cost"
    )


def test_doubtful_receivables_provision_is_a_credit_charge_not_the_receivables():
    got = concepts("In the half the provision for doubtful accounts tripled to $42 million.")
    assert got and set(got) == {"credit_impairment_loss"}


def test_cash_from_customers_is_the_cash_not_a_customer_count():
    got = concepts("Cash received from customers climbed 9% to 5.2 billion yuan in the half.")
    assert got and set(got) == {"cash_from_sales"}


def test_stock_bought_back_is_a_repurchase_not_a_share_price():
    got = concepts("In the half Acme bought back $40 million of its shares, against $95 million.")
    assert got == ["kpi_share_repurchases", "kpi_share_repurchases"]
    assert concepts("It used cash to buy back about $700 million of stock in the half.") == [
        "kpi_share_repurchases"
    ]


def test_operations_consumed_is_the_operating_flow():
    assert concepts("In the half operations consumed 2.1 billion yuan.") == ["ocf"]


def test_net_of_cash_acquired_is_the_acquisition_payment():
    assert concepts("公司上半年斥资5.6亿元（扣除所获现金）完成对某公司的收购。") == [
        "cash_paid_for_subsidiaries"
    ]


def test_earnings_applicable_to_common_shareholders():
    assert concepts(
        "Earnings applicable to common shareholders were $120 million in the half."
    ) == ["np_common"]


def test_recurring_basic_eps_is_its_own_line():
    assert concepts("上半年扣除非经常性损益后的基本每股收益为0.12元，同比增长8%。") == [
        "eps_recurring",
        "eps_recurring",
    ]
    assert concepts("上半年基本每股收益为0.12元。") == ["eps_basic"]


def test_other_receivables_is_its_own_line():
    got = concepts("截至6月末，货币资金降至2.1亿元；其他应收款增至0.9亿元，较年初增长逾3倍。")
    assert got[0] == "cash"
    assert got[1:] and set(got[1:]) == {"other_receivables"}


def test_a_wire_headlines_net_is_net_income():
    text = "Acme 2Q Net Slides 31% On Weak Demand\n\nAcme Foods reported its results on Tuesday."
    assert concepts(text) == ["np_parent"]
    # a verb that says the change by itself (2Q Net Halves)
    text = "Acme 2Q Net Halves; Holders Post Loss\n\nAcme Foods reported its results on Tuesday."
    assert concepts(text) == ["np_parent"]
    # in running text "net" alone names nothing
    assert concepts("Acme 2Q results\n\nIn the half, net fell 31%.") == [None]


def test_operations_consumed_is_an_outflow():
    from caibao.claims.signs import _signed

    (claim,) = extract_claims("In the half operations consumed 2.1 billion yuan.", "ACME", REF, LEX)
    assert _signed(claim).value < 0


def test_a_tables_unit_in_the_heading_above_it_with_a_per_share_exception():
    text = (
        "二、上半年数据（单位：亿美元，每股收益单位为美元）\n\n"
        "| 项目 | 2024H1 | 2023H1 |\n|---|---|---|\n"
        "| 营业收入 | 25.10 | 23.40 |\n| 基本每股收益 | 1.35 | 1.20 |\n"
    )
    got = [(c.concept, c.value, c.unit) for c in extract_claims(text, "ACME", REF, LEX)]
    assert ("revenue", Decimal("2510000000"), "USD") in got
    assert ("eps_basic", Decimal("1.35"), "USD") in got
