"""A US filer's figures as the Chinese press writes them: a dividend per share in US cents
(每股63.5美分), a change said after a figure per share (每股派发股息0.25美元，较上年同期提高11.1%), a
balance as a multiple of its opening (现金余额是年初的7倍), the pension plans' contributions and
obligations named with the other benefit plans, a label's note of fair value, and a loss word
after comprehensive income (its sign), a year-ago figure after continuing EPS, and a part of the
figure before named after its sum (净利润中包含3120万美元的终止经营业务收益)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.numbers import find_amounts
from caibao.sources.us_gaap import label_key

REF = date(2025, 8, 10)


def _claims(text: str, company: str = "600080"):
    return extract_claims(text, company, REF)


def test_us_cents_in_chinese_are_hundredths_of_a_dollar():
    found = [(x.value, x.unit) for _, _, x in find_amounts("由每股63.5美分下调至38.5美分")]
    assert found == [(Decimal("0.635"), "USD"), (Decimal("0.385"), "USD")]


def test_a_change_after_a_dividend_per_share_is_per_share():
    got = _claims("金花股份二季度每股派发股息0.25美元，较上年同期提高11.1%。")
    assert [(c.concept, c.measure) for c in got] == [
        ("dividend_per_share", "value"),
        ("dividend_per_share", "change_pct"),
    ]
    got = _claims("金花股份将季度股息由每股63.5美分下调至38.5美分，降幅近四成。")
    assert [(c.concept, c.value) for c in got] == [
        ("dividend_per_share", Decimal("0.635")),
        ("dividend_per_share", Decimal("0.385")),
        ("dividend_per_share", Decimal("-40")),
    ]


def test_a_balance_as_a_multiple_of_its_opening_keeps_its_metric():
    got = _claims("截至6月30日，金花股份期末现金余额是年初的7倍有余。")
    assert [(c.concept, c.measure) for c in got] == [("cash", "times")]


def test_pension_plans_named_with_the_other_benefit_plans():
    got = _claims(
        "上半年金花股份向养老金及其他福利计划缴款2.893亿美元。截至6月末，公司养老金及其他福利负债降至3.176亿美元。"
    )
    assert [c.concept for c in got] == ["pension_contributions", "pension_liabilities"]
    got = _claims("上半年金花股份养老金及其他退休福利缴款达1.789亿美元。")
    assert [c.concept for c in got] == ["pension_contributions"]


def test_a_note_of_fair_value_is_no_part_of_a_label():
    assert (
        label_key("Long-term debt (fair value: 2009-$780,802 ; 2008-$515,249)") == "long term debt"
    )


def test_a_loss_word_after_comprehensive_income_is_its_sign():
    got = _claims("金花股份二季度综合收益总额升至6.56亿美元，而上年同期为亏损615万美元。")
    assert [(c.concept, c.value) for c in got] == [
        ("total_comprehensive_income", Decimal("656000000.00")),
        ("total_comprehensive_income", Decimal("-6150000")),
    ]


def test_a_year_ago_figure_after_continuing_eps_is_continuing_eps():
    got = _claims("金花股份二季度持续经营业务摊薄每股收益1.51美元，上年同期为1.43美元。")
    assert [(c.concept, c.period) for c in got] == [
        ("eps_continuing_diluted", "2025Q2"),
        ("eps_continuing_diluted", "2024Q2"),
    ]


def test_a_part_of_the_figure_before_named_after_its_sum():
    got = _claims("金花股份二季度净利润中包含3120万美元的终止经营业务收益。")
    assert [c.concept for c in got] == ["np_discontinued"]
