"""Statement lines named in full: 营业外收入 (not 收入, the revenue), the cash paid for goods and
services, 财务费用 as "finance costs", and the non-recurring table's bargain-purchase line quoted
without its head (lexicon.toml); and a deal's total price, which reports print in prose."""

from __future__ import annotations

from datetime import date

import pytest

from inline_store import checked_claims

Y = "CNY"
ROWS = [
    ("revenue", "2025H1", "19740286995.36", Y, "value", None, "I1"),
    ("revenue", "2024H1", "18608005954.15", Y, "value", None, "I1"),
    ("non_operating_income", "2025H1", "108551686.15", Y, "value", None, "I2"),
    ("non_operating_income", "2024H1", "27199068.90", Y, "value", None, "I2"),
    ("non_operating_expense", "2025H1", "5000000", Y, "value", None, "I3"),
    ("finance_expense", "2025H1", "-2272118.13", Y, "value", None, "I4"),
    ("cash_paid_for_goods", "2025H1", "79090331.59", Y, "value", None, "C1"),
    ("cash_paid_for_goods", "2024H1", "25759713.03", Y, "value", None, "C1"),
    ("nr_bargain_purchase", "2025H1", "73272901.79", Y, "value", None, "N1"),
]


def verdicts(text):
    claims = checked_claims(ROWS, text, date(2025, 8, 28))
    return [(c.claim.concept, c.claim.measure, c.verdict.verdict) for c in claims]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "样例药业上半年营业外收入1.09亿元。",
            [("non_operating_income", "value", "supported")],
        ),
        (
            "样例药业上半年营业外支出500万元。",
            [("non_operating_expense", "value", "supported")],
        ),
        (
            "In the first half, payments for goods and services more than tripled to 79.09 "
            "million yuan.",
            [
                ("cash_paid_for_goods", "change_pct", "supported"),
                ("cash_paid_for_goods", "value", "supported"),
            ],
        ),
        (
            # 财务费用 is a net finance income of 2.27m: "costs rose to" it drops the sign
            "In the first half, finance costs rose to 2.27 million yuan.",
            [("finance_expense", "value", "contradicted")],
        ),
        (
            "上半年，公司确认了约7327万元的投资成本小于应享有被投资单位可辨认净资产公允价值产生的收益。",
            [("nr_bargain_purchase", "value", "supported")],
        ),
    ],
)
def test_statement_lines_named_in_full(text, want):
    assert verdicts(text) == want


def test_a_deals_total_price_is_the_reports():
    rows = [("kpi_deal_consideration", "2025H1", "6211844129.70", Y, "value", None, "P1")]
    claims = checked_claims(
        rows, "样例药业拟收购某公司28%股份，总交易价款约62.12亿元。", date(2025, 8, 28)
    )
    got = [(c.claim.concept, c.verdict.verdict) for c in claims if c.claim.unit == Y]
    assert got == [("kpi_deal_consideration", "supported")]
