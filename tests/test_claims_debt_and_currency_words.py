"""A US balance sheet's debt lines as wire copy names them (total debt with the current portion in
an aside, the current debt line, net debt, the pension liabilities, a lessor's long-term finance
receivables, pension contributions paid into a plan), a change said as a currency's effect or
without it, and a growth multiple of a figure that changed sign."""

from datetime import date

from caibao.claims.extract import extract_claims
from inline_store import checked_claims

DAY = date(2009, 8, 4)


def _read(text):
    return [(c.printed, c.concept, c.period, c.forecast) for c in extract_claims(text, "X", DAY)]


def _concepts(text):
    return {p: c for p, c, _period, _f in _read(text)}


def test_total_debt_with_the_current_portion_in_an_aside_is_the_total():
    text = (
        "Total debt, including the current portion of long-term debt, fell to $8.04 billion on "
        "June 30 from $8.38 billion at the end of 2008."
    )
    got = _concepts(text)
    assert got["$8.04 billion"] == "total_debt"


def test_the_current_debt_line_is_not_the_long_term_debt():
    text = (
        "Short-term debt and the current portion of long-term debt dropped to $1.34 billion from "
        "$1.61 billion, while long-term debt was $6.7 billion."
    )
    got = _concepts(text)
    assert got["$1.34 billion"] == "debt_current"
    assert got["$6.7 billion"] == "long_term_debt"


def test_net_debt_is_a_balance_at_a_date():
    got = _read("Cash stood at $1.22 billion on June 30, leaving net debt at about $6.8 billion.")
    assert [(c, period) for _p, c, period, _f in got if c == "net_debt"] == [
        ("net_debt", "2009-06-30")
    ]


def test_pension_liabilities_and_long_term_finance_receivables_are_their_lines():
    got = _concepts("Pension and other benefit liabilities dropped 6 percent to $1.85 billion.")
    assert got["$1.85 billion"] == "pension_liabilities"
    text = (
        "Finance receivables due after one year -- the equipment leases it writes for its "
        "customers -- shrank to $4.14 billion."
    )
    assert _concepts(text)["$4.14 billion"] == "finance_receivables_noncurrent"


def test_paying_into_a_pension_plan_is_no_forecast():
    got = _read("当季公司向养老金计划缴款1.44亿美元。")
    assert [(c, f) for _p, c, _period, f in got] == [("pension_contributions", False)]


ROWS = [
    ("revenue", "2024FY", "1000000000", "CNY", "value", None, "IS"),
    ("revenue", "2023FY", "900000000", "CNY", "value", None, "IS"),
    ("ocf", "2024FY", "168000000", "CNY", "value", None, "CF"),
    ("ocf", "2023FY", "-14000000", "CNY", "value", None, "CF"),
]


def _verdicts(text):
    claims = checked_claims(ROWS, text, date(2025, 4, 25))
    return [(c.claim.printed, c.verdict.verdict) for c in claims]


def test_a_currency_effect_and_a_constant_currency_change_are_unverifiable():
    text = "2024年营业收入同比增长11.1%，汇率变动使营业收入减少约8.6%；若剔除汇率因素，营业收入同比增长约3%。"
    got = dict(_verdicts(text))
    assert got["11.1%"] == "supported"
    assert got["8.6%"] == "unverifiable"
    assert got["3%"] == "unverifiable"
    text = (
        "2024年营业收入同比增长11.1%。Excluding currency effects, revenue rose 4%. "
        "Sales rose 5% in constant currency."
    )
    got = dict(_verdicts(text))
    assert got["11.1%"] == "supported"
    assert got["4%"] == "unverifiable"
    assert got["5%"] == "unverifiable"


def test_a_growth_multiple_across_zero_is_misleading():
    got = dict(_verdicts("2024年经营活动产生的现金流量净额为1.68亿元，同比增长逾13倍。"))
    assert got["1.68亿元"] == "supported"
    assert got["13倍"] == "misleading"
