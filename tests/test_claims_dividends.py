"""Dividends in the press: an amount per share without a scale, a payout per 10 shares (in yuan
or spelt out as bonus shares), the year's total payout, a plan announced with fourth-quarter
results is the year's, and the payout as a share of the year's profit. Made-up companies and
figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from claim_periods import ACME_FOODS as LEX
from claim_periods import acme_foods_claims as claims
from claim_periods import concept_measure_value_qualifier as _full
from claim_periods import concept_measure_value_unit_qualifier as _one


def test_a_dividend_without_a_scale_is_per_share():
    got = _one("In the third quarter of 2023 it lifted its quarterly dividend to 52 cents a share.")
    assert got == [("dividend_per_share", "value", Decimal("0.52"), "USD/share", None)]
    got = _one("In 2023 it paid $3.1 billion in dividends.")
    assert got[0][0] == "dividend_cash"


def test_a_chinese_payout_per_ten_shares():
    got = _full("2023年度利润分配方案：每10股派4.5元（含税），每股派发现金0.2元。")
    assert [(c, v) for c, _m, v, _q in got] == [
        ("dividend_per_share", Decimal("0.45")),
        ("dividend_per_share", Decimal("0.2")),
    ]


def test_the_total_payout_is_the_years():
    got = _full(
        "For 2023 the total payout reaches 8.5 yuan per 10 shares, or 0.9 billion yuan, equal to "
        "40% of net profit."
    )
    assert [(c, v) for c, _m, v, _q in got][:2] == [
        ("dividend_per_share_year", Decimal("0.85")),
        ("dividend_cash_year", Decimal("900000000.0")),
    ]


def test_a_share_of_the_years_profit_and_bonus_shares_spelt_out():
    got = claims(
        "The 2023 payout of 800 million yuan is about half of the year's profit, and holders get "
        "a bonus issue of two shares for every 10 they own."
    )
    assert got == [
        ("dividend_cash", "value", Decimal("800000000")),
        ("dividend_payout_ratio", "value", Decimal("50")),
        ("dividend_bonus_shares_per10", "value", Decimal("2")),
    ]
    # the first half of the year is still no share
    assert claims("In the first half of the year revenue rose 4%.") == [
        ("revenue", "change_pct", Decimal("4"))
    ]


def test_a_yuan_distribution_plan_with_fourth_quarter_results_is_the_years():
    text = (
        "In the fourth quarter profit rose 7% to 1 billion yuan. Directors recommend a payout of "
        "6 yuan per 10 shares and a bonus issue of four shares for every 10 held."
    )
    got = [(c.concept, c.period) for c in extract_claims(text, "ACME", date(2024, 3, 20), LEX)]
    assert got[-2:] == [("dividend_per_share", "2023FY"), ("dividend_bonus_shares_per10", "2023FY")]
    # a dollar quarterly dividend stays the quarter's
    text = "In the fourth quarter Acme Foods declared a quarterly dividend of $0.25 per share."
    got = [(c.concept, c.period) for c in extract_claims(text, "ACME", date(2024, 3, 20), LEX)]
    assert got == [("dividend_per_share", "2023Q4")]


def test_a_figure_then_its_share_of_another_is_their_ratio():
    got = claims(
        "2023年归母净利润8亿元，占营业收入的12.5%；年度合计每10股派现4.80元，占归母净利润的三成。"
    )
    assert [(c[0], c[2]) for c in got] == [
        ("np_parent", Decimal("800000000")),
        ("net_margin", Decimal("12.5")),
        ("dividend_per_share_year", Decimal("0.48")),
        ("dividend_payout_ratio", Decimal("30")),
    ]
