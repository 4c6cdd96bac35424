"""A US filer's lines said word by word in Chinese: 净赚取保费 (net premiums earned, not 净赚,
a profit), 理赔及理赔费用支出 (claims and claim adjustment expenses) and 营业外收支合计 (total
other income)."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.text import read_text


def _first(text):
    return extract_claims(read_text(text), "TRV", date(2009, 8, 6))[0]


def test_net_premiums_earned_word_by_word():
    c = _first("二季度净赚取保费53.53亿美元，与上年同期基本持平。")
    assert c.concept == "premiums_earned"


def test_claims_and_claim_adjustment_expenses_word_by_word():
    c = _first("二季度，公司的理赔及理赔费用支出为33.35亿美元，同比增长7.9%。")
    assert c.concept == "medical_costs"


def test_total_other_income_as_the_chinese_press_writes_it():
    c = _first("此外，营业外收支合计实现净收益2300万美元。")
    # (the total of the section below operating income, NonoperatingIncomeExpense, not its "Other")
    assert c.concept == "non_operating_income"
