"""The Chinese press's words for a US filer's lines and the grammar around them: comprehensive
income, an insurer's benefits and claims and their ratio to premiums said with its year-before
level, a broker's pay over its net revenues, a dividend named after its figure, bare 现金 as the
balance only where its figure follows, the spoken comparatives 少了/多了, revenue lines rendered in
Chinese, comparison words that name no segment, and a table whose corner names the period."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import segment_in_store

REF = date(2025, 8, 10)


def _claims(text: str, company: str = "600080", segments: tuple[str, ...] = ()):
    return extract_claims(text, company, REF, segments=segments)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("金花股份上半年综合收益总额为3.1亿美元。", "total_comprehensive_income"),
        ("上半年其他综合收益为-2.4亿元。", "oci_net"),
        ("上半年金花股份的福利和理赔支出为12.3亿美元。", "medical_costs"),
        ("金花股份上半年薪酬开支为8.8亿美元。", "staff_cost"),
        ("金花股份上半年营业费用总额为6.2亿美元。", "total_operating_costs"),
        ("上半年诉讼拨备为300万美元。", "litigation_charges"),
        ("截至6月底，公司股东总户数为31250户。", "kpi_shareholders"),
        ("上半年归属于普通股股东的净利润为2.2亿美元。", "np_common"),
        ("上半年金花股份为收购支付现金3.3亿美元。", "cash_paid_for_subsidiaries"),
        ("金花股份当前股息率为3.5%。", "kpi_dividend_yield"),
    ],
)  # fmt: skip
def test_line_words(text, concept):
    assert [c.concept for c in _claims(text)] == [concept], text


def test_a_dividend_named_after_its_figure_is_per_share():
    got = _claims("二季度金花股份派发每股0.22美元的季度股息，上半年合计每股0.44美元。")
    assert [(c.concept, c.value) for c in got] == [
        ("dividend_per_share", Decimal("0.22")),
        ("dividend_per_share", Decimal("0.44")),
    ]


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        ("截至6月末，应收账款8亿美元；现金3.2亿美元，较年初增加约两成。", ["accounts_receivable", "cash", "cash"]),
        ("总资产增至90亿美元，现金则跌至4亿美元。", ["total_assets", "cash"]),
        # paid, received or bought with cash: flows, not the balance
        # (not the cash balance: the price of the deal, 6亿元收购)
        ("公司以现金6亿元收购一家药企。", ["kpi_deal_consideration"]),
        ("上半年公司收到的现金7亿元。", [None]),
    ],
)  # fmt: skip
def test_bare_cash_is_the_balance_only_before_its_figure(text, concepts):
    assert [c.concept for c in _claims(text)] == concepts, text


def test_spoken_comparatives_are_changes():
    got = _claims("6月末应收账款42亿元，比年初少了约5亿元；存货比年初多了3亿元。")
    assert [(c.concept, c.measure, c.value) for c in got][1:] == [
        ("accounts_receivable", "change_abs", -500000000),
        ("inventory", "change_abs", 300000000),
    ]


def test_a_ratio_to_premiums_its_year_before_level_and_its_change():
    got = _claims("上半年福利及理赔支出50亿美元，占保费收入的71.5%，较上年同期的73.0%下降1.5%。")
    assert [(c.concept, c.measure, c.period) for c in got] == [
        ("medical_costs", "value", "2025H1"),
        ("medical_cost_ratio", "value", "2025H1"),
        ("medical_cost_ratio", "value", "2024H1"),
        ("medical_cost_ratio", "change_pct", "2025H1"),
    ]


def test_pay_over_net_revenues_is_the_compensation_ratio():
    got = _claims("上半年薪酬支出占净收入的比例为48.2%。")
    assert [c.concept for c in got] == ["staff_cost/revenue"]


@pytest.mark.parametrize(
    "text",
    [
        "上半年营业成本18亿美元，低于收入，毛利率为10.1%。",
        "销售费用2亿元，同比下降3%，而占营收比重仍近五成；研发费用900万元，同比增长约三成。",
        # (an adverb before the comparison: 明显低于收入增速)
        "销售费用47.51亿元，同比微增0.3%，明显低于收入增速；销售费用率为24.07%，较上年同期下降1.6%。",
    ],
)
def test_comparison_and_conjunction_words_name_no_segment(text):
    assert all(c.segment is None for c in _claims(text, segments=("医药工业",))), text


@pytest.mark.parametrize(
    ("said", "line"),
    [("投资银行", "Investment banking"), ("交易", "Trading"), ("数据处理", "Data processing")],
)
def test_revenue_lines_rendered_in_chinese(said, line):
    lines = ("Investment banking", "Trading", "Data processing", "Service")
    assert segment_in_store(said, lines) == line


def test_a_table_corner_names_the_period_of_its_columns():
    text = (
        "金花股份2025年半年报点评。\n\n"
        "| 项目（2025年第二季度） | 金额（亿元） | 同比 |\n|---|---|---|\n"
        "| 营业收入 | 1.30 | +4.1% |\n"
    )
    got = [(c.concept, c.period, c.measure) for c in _claims(text) if c.concept == "revenue"]
    assert got == [("revenue", "2025Q2", "value"), ("revenue", "2025Q2", "change_pct")]


@pytest.mark.parametrize(
    ("text", "value"),
    [("上半年收现比为1.2倍。", 120), ("上半年收现比约0.95倍。", 95)],
)
def test_a_rate_said_as_a_multiple_is_the_rate_in_percent(text, value):
    got = _claims(text)
    assert [(c.concept, c.measure, c.value, c.unit) for c in got] == [
        ("collection_ratio", "value", value, "%")
    ]


def test_a_multiple_of_the_year_before_stays_a_multiple():
    got = _claims("上半年收现比是上年同期的1.2倍。")
    assert [c.measure for c in got] == ["times"]


def test_a_figure_set_against_revenue_names_no_segment():
    text = "销售商品、提供劳务收到的现金与营业收入之比（收现比）为104%。"
    assert [(c.concept, c.segment) for c in _claims(text)] == [("collection_ratio", None)]


@pytest.mark.parametrize(
    ("text", "true", "holds"),
    [
        ("上半年销售费用占营收比重逾六成。", "57.3", False),
        ("上半年销售费用占营收比重逾六成。", "60.4", True),
        ("上半年研发费用占营收比重不足一成。", "11.5", False),
        # (nearly: the tenth's own slack, 近一成 of 8.6%)
        ("上半年长期借款较年初增加近一成。", "8.6", True),
    ],
)
def test_a_bound_in_tenths_is_the_round_tenth(text, true, holds):
    (claim,) = _claims(text)
    assert claim.agrees(Decimal(true)) is holds, (text, true)


@pytest.mark.parametrize(
    "text", ["上半年息税前利润为6.4亿美元。", "First-half EBIT was $640 million at Ginwa."]
)
def test_ebit_is_not_the_pre_tax_profit_inside_its_name(text):
    assert [c.concept for c in _claims(text)] == ["ebit"], text


@pytest.mark.parametrize(
    ("text", "value"),
    [("二季度归母净利润增速回落至8%。", 8), ("二季度营收降幅收窄至2.5%。", Decimal("-2.5"))],
)
def test_the_level_a_rate_of_change_moved_to_is_a_change(text, value):
    (claim,) = _claims(text)
    assert (claim.measure, claim.value) == ("change_pct", value)


def test_a_table_row_of_a_part_is_the_companys_line():
    text = (
        "| 指标 | 2025年二季度 | 2024年二季度 |\n|---|---|---|\n"
        "| 总营收（亿美元） | 80.20 | 82.00 |\n"
        "| 其中：销售额（亿美元） | 77.10 | 79.40 |\n"
    )
    got = _claims(text, "TGT", segments=("Sales", "Credit card"))
    assert [(c.concept, c.segment) for c in got] == [("revenue", None)] * 2 + [
        ("revenue", "Sales")
    ] * 2


@pytest.mark.parametrize(
    ("text", "n"), [("公司运营约320架客机。", 320), ("船队共有45艘油轮。", 45)]
)
def test_a_fleet_counted_is_a_figure(text, n):
    got = _claims(text)
    assert [(c.value, c.unit) for c in got] == [(n, "count")]
