"""The Chinese press on a US life insurer's and a regional bank's lines: continuing and
discontinued operations' results said with a bare loss word, realized investment losses (a loss
named by 损失 is negative), 保险费收入, 赔付支出, a lender's 贷款损失拨备, 归属普通股股东的净亏损 without
于, and the filers' own lines read by their labels (Total realized loss, Income (loss) from
continuing operations)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caibao.claims.extract import extract_claims
from caibao.sources.us_gaap import label_key, mapping

REF = date(2025, 8, 10)


def _claims(text: str):
    return [(c.concept, c.value) for c in extract_claims(text, "600080", REF)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二季度持续经营业务仅亏损100万美元，基本打平。", [("np_continuing", Decimal("-1000000"))]),
        ("拖累业绩的主要是已终止经营业务，该部分单季亏损1.60亿美元。",
         [("np_discontinued", Decimal("-160000000.00"))]),
        ("二季度已实现投资损失合计4.41亿美元。", [("realized_investment_gains", Decimal("-441000000.00"))]),
        ("二季度传统保险费收入为5.42亿美元。", [("premiums_earned", Decimal("542000000.00"))]),
        ("二季度赔付支出5.83亿美元。", [("medical_costs", Decimal("583000000.00"))]),
        ("二季度计提贷款损失拨备9.21亿美元。", [("credit_impairment_loss", Decimal("921000000.00"))]),
        ("二季度归属普通股股东的净亏损为2.44亿美元。", [("np_common", Decimal("-244000000.00"))]),
    ],
)  # fmt: skip
def test_insurer_and_bank_words(text, expected):
    assert _claims(text) == expected, text


def test_impairment_losses_stay_positive_charges():
    assert _claims("二季度信用减值损失为3亿美元。") == [("credit_impairment_loss", 300000000)]


@pytest.mark.parametrize(
    ("label", "concept"),
    [
        ("Total realized loss", "realized_investment_gains"),
        ("Income (loss) from continuing operations", "np_continuing"),
    ],
)
def test_filer_lines_named_by_their_labels(label, concept):
    assert mapping().label_fallbacks[("IS", label_key(label))] == concept


def test_a_change_after_a_rate_named_as_a_share_is_the_rate_s():
    got = extract_claims("贷款损失准备占贷款总额的比例升至2.37%，较年初上升0.5%。", "600080", REF)
    assert [(c.concept, c.measure) for c in got] == [
        ("allowance_to_loans", "value"),
        ("allowance_to_loans", "change_pct"),
    ]


def test_an_impairment_of_intangibles_is_the_filer_s_line_where_no_charge_is_held():
    from caibao.claims.printed_lines import LineNames, name_lines

    names = LineNames([("Impairment of intangibles", "filer_line", "Impairment of intangibles")])
    text = "公司上半年计提无形资产减值6.02亿美元。"
    claims = extract_claims(text, "600080", REF)
    (c,) = name_lines(text, claims, "600080", names, lambda concept: False)
    assert (c.concept, c.segment, c.period) == ("filer_line", "Impairment of intangibles", "2025H1")
    # where the store holds the lexicon's concept, its full name keeps it
    (c,) = name_lines(text, claims, "600080", names, lambda concept: True)
    assert c.concept == "asset_impairment_loss"


def test_line_words_of_an_insurer_and_a_bank():
    import re

    from caibao.claims.printed_lines import chinese_pattern

    assert re.fullmatch(chinese_pattern(["securities", "gains"]), "出售证券实现收益")
    assert re.fullmatch(chinese_pattern(["impairment", "of", "intangibles"]), "无形资产减值")


def test_separate_account_assets_are_a_balance():
    got = extract_claims("截至6月30日，独立账户资产610.91亿美元，较年初增长近一成。", "600080", REF)
    assert [(c.concept, c.measure) for c in got] == [
        ("separate_account_assets", "value"),
        ("separate_account_assets", "change_pct"),
    ]
    assert mapping().by_element["us-gaap:SeparateAccountAssets"][0][0] == "separate_account_assets"


def test_a_change_after_a_level_and_its_share_is_the_level_s():
    got = extract_claims(
        "一季度销售费用为6521.83万元，约占营业收入的56%，同比增加5.3%。", "600080", REF
    )
    assert got[-1].concept == "selling_expense"


def test_a_loss_said_to_widen_after_a_profit_is_not_judged_on_the_year_before():
    from inline_store import checked_claims

    rows = [
        ("np_common", "2024Q2", "-244000000", "USD", "value", None, "S1"),
        ("np_common", "2023Q2", "206000000", "USD", "value", None, "S1"),
    ]
    claims = checked_claims(
        rows, "二季度，归属普通股股东的净亏损扩大至2.44亿美元。", date(2024, 8, 5)
    )
    assert [c.verdict.verdict for c in claims] == ["supported"]
