"""Figures the MD&A writes as sentences (extract/prose.py): segment revenue, cost and gross margin
with their changes, R&D investment, read with the sentence's own unit and the report's period,
and checked against the segment and R&D tables where both print a figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from caibao.extract import read_report
from caibao.extract.prose import SUMMARY_TABLE, agreement_checks, read_mentions, resolve_segment
from caibao.model import CHANGE_PCT, CHANGE_PP, VALUE

# -- the grammar, inline ---------------------------------------------------------------------------


def _m(text, **kw):
    return [(m.concept, m.segment, m.measure, m.value, m.unit) for m in read_mentions(text, **kw)]


def test_segment_revenue_and_its_change():
    got = _m(
        "报告期内，公司实现营业收入24,596.55万元，较上年同期减少3.68%，其中医药工业实现销售收入24,544.97万元，较上年同期减少2.75%。"
    )
    assert got == [
        ("revenue", "医药工业", VALUE, Decimal("245449700.00"), "CNY"),
        ("revenue", "医药工业", CHANGE_PCT, Decimal("-2.75"), "%"),
    ]  # the company's own revenue is the key table's, not read again


def test_segment_named_by_the_object_not_the_subsidiaries():
    got = _m("甲医药有限公司和乙医药有限公司实现医药商业销售收入38.16万元，较上年同期增加22.25%。")
    assert got[0][:2] == ("revenue", "医药商业") and got[1][3] == Decimal("22.25")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("其中：医药工业产品收入58,481.04万元，较上年同期增长4.43%。", Decimal("584810400.00")),
        ("家电业务营业收入为12.5亿元，同比下降8.1%。", Decimal("1250000000.0")),
        ("医药工业收入56,507.19万元。", Decimal("565071900.00")),
        ("软件业务实现收入1,234,567.89元。", Decimal("1234567.89")),
        ("海外业务收入为人民币1,520.5百万元。", Decimal("1520500000.0")),
    ],
)
def test_units_are_the_sentences_own(text, value):
    assert _m(text)[0][3] == value


def test_change_only_and_margin_in_percentage_points():
    assert _m("主要原因是报告期内骨科类收入比上期增加9.11%所致。") == [
        ("revenue", "骨科类", CHANGE_PCT, Decimal("9.11"), "%")
    ]
    got = _m(
        "其中医药工业毛利率为77.35%，较上年同期增加0.16%，酒店毛利率为30.26%，较上年同期下降9.52个百分点。"
    )
    assert got == [
        ("gross_margin", "医药工业", VALUE, Decimal("77.35"), "%"),
        ("gross_margin", "医药工业", CHANGE_PP, Decimal("0.16"), "pp"),
        ("gross_margin", "酒店", VALUE, Decimal("30.26"), "%"),
        ("gross_margin", "酒店", CHANGE_PP, Decimal("-9.52"), "pp"),
    ]


def test_a_clause_that_leaves_the_metric_out_names_another_segment():
    got = _m(
        "主要原因是报告期内骨科类收入比上期减少1.33%，免疫类比上期减少4.16%，销售费用较上年减少3.42%。"
    )
    assert got == [
        ("revenue", "骨科类", CHANGE_PCT, Decimal("-1.33"), "%"),
        ("revenue", "免疫类", CHANGE_PCT, Decimal("-4.16"), "%"),
    ]


def test_company_rd_investment_and_its_share_of_revenue():
    got = _m("报告期内，公司研发投入2,165.37万元，占本期营业收入3.74%，占母公司营业收入的3.83%。")
    assert got == [
        ("rd_investment", None, VALUE, Decimal("21653700.00"), "CNY"),
        ("rd_investment_ratio", None, VALUE, Decimal("3.74"), "%"),
    ]


def test_sales_collections():
    got = _m("报告期内公司实现销售回款52.3亿元，同比增长6.5%。")
    assert got == [
        ("cash_from_sales", None, VALUE, Decimal("5230000000.0"), "CNY"),
        ("cash_from_sales", None, CHANGE_PCT, Decimal("6.5"), "%"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "根据国家统计局数据，2024年全国规模以上医药制造业实现营业收入25,298.5亿元，与2023年持平；实现营业成本14,729.6亿元，同比增长2.0%。",
        "公司主营业务毛利率为76.19%，较上年同期增长1.32%。",  # the company's own margin
        "2024年该类产品营业收入占公司医药工业营业收入的81.09%。",  # a share, not an amount
        "上年同期医药工业实现销售收入25,238.47万元。",  # a prior period's figure
        "第三季度医药工业实现收入8,000.00万元。",  # a single quarter in a year-to-date report
        "免疫类比上期减少4.16%。",  # no metric word, none before it
        "报告期内利息收入123.45万元，同比增长5.00%。",  # income that is not revenue
        "营业外收入1,181.95万元。",
    ],
)
def test_not_segment_figures(text):
    assert _m(text) == []


def test_a_single_quarter_is_the_period_of_a_q1_report():
    assert _m("第一季度医药工业实现收入8,000.00万元。", period="2024Q1")
    assert not _m("第一季度医药工业实现收入8,000.00万元。", period="2024H1")


def test_another_years_figure_is_not_the_reports():
    assert not _m("2023年，医药工业实现收入8,000.00万元。", period="2024FY")
    assert _m("2024年，医药工业实现收入8,000.00万元，较2023年增长5.5%。", period="2024FY") == [
        ("revenue", "医药工业", VALUE, Decimal("80000000.00"), "CNY"),
        ("revenue", "医药工业", CHANGE_PCT, Decimal("5.5"), "%"),
    ]


def test_segment_share_of_revenue_and_other_wordings():
    got = _m(
        "报告期内，家电板块实现营业收入人民币45.6亿元，同比增幅为12.3%，占公司营业收入的62.30%。"
    )
    assert got == [
        ("revenue", "家电板块", VALUE, Decimal("4560000000.0"), "CNY"),
        ("revenue", "家电板块", CHANGE_PCT, Decimal("12.3"), "%"),
        ("revenue_share", "家电板块", VALUE, Decimal("62.30"), "%"),
    ]
    # a share of another segment's revenue is not a share of the company's
    assert [g[0] for g in _m("骨科类产品收入4.7亿元，占医药工业收入的81.09%。")] == ["revenue"]


def test_segment_names_follow_the_table():
    names = ["医药工业", "医药商业", "酒店业", "产品:其他", "行业:其他"]
    assert resolve_segment("酒店", names) == "酒店业"
    assert resolve_segment("医药工业", names) == "医药工业"
    assert resolve_segment("其他", names) == "其他"  # two table names: ambiguous, as printed
    assert resolve_segment("金花国际大酒店", names) == "金花国际大酒店"


# -- the real reports --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def half_2024(corpus):
    return read_report(corpus / "cn" / "600080" / "600080_20240817_5X5X.pdf")


@pytest.fixture(scope="module")
def annual_2022(corpus):
    return read_report(corpus / "cn" / "600080" / "600080_20230428_MMWM.pdf")


def _prose(reading, concept, segment, measure=VALUE):
    found = [
        f
        for f in reading.facts
        if (f.concept, f.segment, f.measure) == (concept, segment, measure)
        and f.source.column is None
        and f.source.table in ("管理层讨论与分析", "经营情况讨论与分析", SUMMARY_TABLE)
    ]
    assert len(found) == 1, found
    return found[0]


def test_half_year_segment_prose(half_2024):
    rev = _prose(half_2024, "revenue", "医药工业")
    assert (rev.value, rev.unit, rev.scale, rev.period) == (
        Decimal("245449700.00"),
        "CNY",
        "万元",
        "2024H1",
    )
    assert (rev.source.page, rev.source.text) == (8, "24,544.97")
    assert "医药工业实现销售收入24,544.97万元" in rev.source.row_label
    assert rev.source.file == "600080_20240817_5X5X.pdf"
    change = _prose(half_2024, "revenue", "医药工业", CHANGE_PCT)
    assert (change.value, change.source.text) == (Decimal("-2.75"), "减少2.75%")
    trade = _prose(half_2024, "revenue", "医药商业")
    assert trade.value == Decimal("381600.00")
    assert _prose(half_2024, "revenue", "医药商业", CHANGE_PCT).value == Decimal("22.25")


def test_industry_sentences_of_the_mdna_are_not_read(half_2024):
    # 我国医药制造业累计实现营业收入12352.7亿元 is on p6 of the same MD&A
    assert not [f for f in half_2024.facts if f.segment and "制造业" in f.segment]


def test_prose_and_table_agree_and_share_keys(annual_2022):
    hotel = _prose(annual_2022, "gross_margin", "酒店业")  # printed 酒店毛利率 in the prose
    assert hotel.value == Decimal("30.26") and hotel.source.page == 13
    rd = _prose(annual_2022, "rd_investment", None)
    assert (rd.value, rd.source.page) == (Decimal("21653700.00"), 25)
    checks = agreement_checks(annual_2022)
    assert len(checks) >= 8 and all(c.passed for c in checks), [
        c.detail for c in checks if not c.passed
    ]
    # the subsidiary 金花国际大酒店 whose figure is the table's 酒店业 line takes the table's name
    hotel_rev = _prose(annual_2022, "revenue", "酒店业")
    assert (
        hotel_rev.value == Decimal("14046200.00") and "金花国际大酒店" in hotel_rev.source.row_label
    )
    assert not [f for f in annual_2022.facts if f.segment == "金花国际大酒店"]
    immune = _prose(annual_2022, "revenue", "免疫类", CHANGE_PCT)  # printed 免疫类产品, elided
    assert immune.value == Decimal("23.5")
    names = {c.name for c in checks}
    assert {"prose_vs_table:revenue", "prose_vs_table:gross_margin"} <= names
    assert "prose_vs_table:rd_investment" in names


def test_a_disagreement_is_a_failed_check(annual_2022):
    from dataclasses import replace

    rev = _prose(annual_2022, "revenue", "医药工业")
    wrong = replace(rev, value=rev.value + 1000)
    reading = replace(annual_2022, facts=[*annual_2022.facts, wrong])
    failed = [c for c in agreement_checks(reading) if not c.passed]
    assert len(failed) == 1 and "≠" in failed[0].detail
    assert failed[0].sources[1] == wrong.source


def test_a_deals_total_price():
    got = _m(
        "公司拟以支付现金的方式购买天士力418,306,002股股份，总交易价款为6,211,844,129.70元。"
        "本次交易完成后，天士力将成为公司的控股子公司。"
    )
    assert got == [("kpi_deal_consideration", None, VALUE, Decimal("6211844129.70"), "CNY")]
    # (本次总交易价款: this deal's price, its 本次 no segment)
    got = _m("公司以支付现金的方式购买其合计所持某药28%的股份，本次总交易价款为29.02亿元。")
    assert got == [("kpi_deal_consideration", None, VALUE, Decimal("2902000000"), "CNY")]


def test_a_disposals_investment_income_only_after_its_clause():
    text = (
        "报告期内，公司实现归属母公司所有者的净利润7,461.13万元，主要原因是报告期内：①处置全资子公司"
        "某某酒店有限公司100%股权，确认投资收益3,432.99万元；公司按权益法确认投资收益12.00万元。"
    )
    got = [(m.concept, m.segment, m.value) for m in read_mentions(text, "2024FY")]
    assert got == [("investment_income_disposal", None, Decimal("34329900.00"))]
