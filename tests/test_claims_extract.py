"""Claim extraction: the grammar on small inline articles, and property tests — a sentence built
from any fact (Chinese or English, any unit and qualifier) comes back with its concept, period
and value."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from caibao.claims.extract import extract_claims
from caibao.claims.text import read_text
from caibao.periods import Period

REF = date(2025, 4, 25)


def claims(text, company="002230", reference=REF, **kw):
    return extract_claims(text, company, reference, **kw)


def one(text, **kw):
    got = claims(text, **kw)
    assert len(got) == 1, got
    return got[0]


# -- reading the text -------------------------------------------------------------------------


def test_hard_wrapped_number_and_original_offsets():
    text = "经营性现金流净额24.95亿\n元，同比增长613.39%。"
    c = claims(text)
    assert c[0].value == Decimal("2495000000.00") and c[0].concept == "ocf"
    assert text[c[0].start : c[0].end] == c[0].quote and c[0].quote.endswith("亿\n元")
    assert c[1].measure == "change_pct" and c[1].value == Decimal("613.39")


def test_line_break_inside_a_word():
    c = one("2024年科大讯飞开发超过294万款生产级AI应\n用。")
    assert c.concept == "kpi_apps" and c.qualifier == "more_than" and c.unit == "count"


def test_full_width_digits_and_html():
    c = one("<p>科大讯飞2024年<b>营收</b>&nbsp;２３３.４３亿元</p>")
    assert c.value == Decimal("23343000000.00") and c.concept == "revenue"
    assert c.period == "2024FY"
    t = read_text("<p>a &amp; b</p><script>x=1</script>")
    assert "x=1" not in t.norm and "a & b" in t.norm


# -- what is not a claim ----------------------------------------------------------------------


def test_dates_sections_models_and_bare_numbers_are_not_claims():
    text = (
        "1.\n\n澳洲幸运10冠军计划\n\n4月21日，讯飞星火X1升级，对标OpenAI o1和DeepSeek R1，"
        "形成“1+N”布局，星火发布于2023年5月6日。"
    )
    assert claims(text) == []


# -- the grammar ------------------------------------------------------------------------------


def test_base_period_and_growth_of_the_main_period():
    c = claims("2024年实现营业收入233.43亿元，较2023年同期的196.50亿元增长18.79%。")
    assert [(x.period, x.measure) for x in c] == [
        ("2024FY", "value"),
        ("2023FY", "value"),
        ("2024FY", "change_pct"),
    ]
    assert all(x.concept == "revenue" for x in c)


def test_growth_to_a_level():
    c = claims("扣非净利润同比增长59.36%至1.88亿元。", reference=REF)
    assert [(x.measure, x.value) for x in c] == [
        ("change_pct", Decimal("59.36")),
        ("value", Decimal("188000000.00")),
    ]
    assert c[0].period == "2024FY"  # an article of April 2025 is about FY2024


def test_respectively_with_metrics_and_segments():
    c = claims("今年第一季度归母净利润、扣非净利润分别同比增长35.68%和48.29%。")
    assert [(x.concept, x.period, x.value) for x in c] == [
        ("np_parent", "2025Q1", Decimal("35.68")),
        ("np_parent_recurring", "2025Q1", Decimal("48.29")),
    ]
    text = (
        "公司在汽车、医疗、企业AI解决方案业务上均取得突破。2024年，上述三大板块对应收入分别为"
        "9.89亿元、6.92亿元、6.43亿元，分别同比增长42.16%、28.18%、122.56%。"
    )
    c = claims(text)
    assert [x.segment for x in c] == ["汽车", "医疗", "企业AI解决方案"] * 2
    assert [x.measure for x in c] == ["value"] * 3 + ["change_pct"] * 3


def test_a_second_respectively_list_is_about_the_same_segments():
    text = (
        "公司的业务分为配电业务和发电业务两大板块，前者规模较大。二季度，上述两大业务收入分别为17.82亿元和17.13亿元，"
        "同比分别下降12.6%和17.9%。"
    )
    c = claims(text)
    assert [x.segment for x in c] == [
        "配电业务",
        "发电",
    ] * 2  # (the last name without 业务, as before)
    assert [x.measure for x in c] == ["value"] * 2 + ["change_pct"] * 2


def test_respectively_after_metrics_each_with_its_own_figure():
    for join in ("，", "、"):
        c = claims(f"上半年营业收入34.99亿元{join}净利润1.95亿元，同比分别下降12.8%和8.0%。")
        assert [(x.concept, x.measure, x.segment) for x in c] == [
            ("revenue", "value", None),
            ("np_parent", "value", None),
            ("revenue", "change_pct", None),
            ("np_parent", "change_pct", None),
        ]


def test_a_conjunction_before_revenue_is_no_segment():
    c = claims("由于收入萎缩更快，SG&A占销售额的比重从30.4%升至33.5%，上升3.1个百分点。")
    assert [(x.concept, x.segment) for x in c] == [("sga_ratio", None)] * 3


def test_a_business_named_with_its_english_segment_name_in_brackets():
    c = claims(
        "其核心业务油漆门店集团（Paint Stores Group）二季度销售额约12.2亿美元。", company="SHW"
    )
    assert [(x.concept, x.segment) for x in c] == [("revenue", "Paint Stores Group")]


def test_share_rank_and_segment():
    c = claims("开放平台及消费者业务板块实现营业收入78.86亿元，营收占比近34%，已成为第一大业务。")
    assert [x.measure for x in c] == ["value", "share_pct", "rank"]
    assert {x.segment for x in c} == {"开放平台及消费者业务"}
    assert c[1].qualifier == "approaching"


def test_other_company_is_not_the_subject():
    c = one("去年微软、谷歌、亚马逊和 Meta 四大科技巨头的总投资就超过了2000亿美元。")
    assert c.subject == "other" and c.unit == "USD" and c.qualifier == "more_than"


def test_loss_decline_points_and_multiples():
    assert one("2025年一季度归母净利润亏损1.93亿元。").value == Decimal("-193000000.00")
    assert one("2024年营收同比下降5.2%。").value == Decimal("-5.2")
    c = one("2024年毛利率同比提升2.12个百分点。")
    assert (c.concept, c.measure, c.value) == ("gross_margin", "change_pp", Decimal("2.12"))
    c = one("2024年经营性现金流同比增长超6倍。")
    assert (c.measure, c.qualifier, c.unit) == ("times", "more_than", "times")


def test_unknown_metric_is_not_taken_for_a_known_one():
    c = claims("2024年营收233亿元。中标项目数达91个、中标金额达8.48亿元，补贴金额达1.2亿元。")
    assert [x.concept for x in c] == ["revenue", "kpi_tender_wins", "kpi_tender_value", None]


def test_english_sentences():
    c = claims(
        "iFlytek's revenue rose 18.79% year on year to RMB 23.34 billion in 2024, while net "
        "profit attributable to shareholders was about RMB 560 million."
    )
    assert [(x.concept, x.measure, x.period) for x in c] == [
        ("revenue", "change_pct", "2024FY"),
        ("revenue", "value", "2024FY"),
        ("np_parent", "value", "2024FY"),
    ]
    assert c[1].value == Decimal("23340000000.00") and c[2].qualifier == "approx"


# -- property tests ---------------------------------------------------------------------------

_CONCEPTS = {
    "revenue": (["营业收入", "营收"], ["revenue"]),
    "np_parent": (
        ["归母净利润", "归属于上市公司股东的净利润"],
        ["net profit attributable to shareholders"],
    ),  # noqa: E501
    "np_parent_recurring": (["扣非净利润"], ["recurring net profit"]),
    "ocf": (["经营活动产生的现金流量净额", "经营性现金流净额"], ["operating cash flow"]),
    "total_assets": (["总资产"], ["total assets"]),
    "rd_expense": (["研发费用"], ["R&D expenses"]),
}
_PERIODS_ZH = {
    "FY": ("{y}年", "{y}FY"),
    "H1": ("{y}年上半年", "{y}H1"),
    "Q1": ("{y}年第一季度", "{y}Q1"),
    "Q3": ("{y}年第三季度", "{y}Q3"),
    "YTD": ("{y}年前三季度", "{y}Q1-Q3"),
}
_PERIODS_EN = {
    "FY": ("in {y}", "{y}FY"),
    "H1": ("in the first half of {y}", "{y}H1"),
    "Q1": ("in the first quarter of {y}", "{y}Q1"),
    "YTD": ("in the first nine months of {y}", "{y}Q1-Q3"),
}
_QUAL_ZH = {None: "", "approx": "约", "approaching": "近", "more_than": "超过", "less_than": "不足",
            "reached": "达"}  # fmt: skip
_QUAL_EN = {None: "", "approx": "about ", "approaching": "nearly ", "more_than": "more than ",
            "less_than": "less than "}  # fmt: skip
_SCALES_ZH = {"亿元": 10**8, "万元": 10**4, "元": 1}
_SCALES_EN = {"billion": 10**9, "million": 10**6}

_BALANCES = {"total_assets"}


def _expected_period(concept: str, notation: str) -> str:
    """A balance (总资产) is at the end of the period the sentence names."""
    if concept in _BALANCES:
        return str(Period.parse(notation).end_instant())
    return notation


_amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2)


@settings(max_examples=150, deadline=None)
@given(
    concept=st.sampled_from(sorted(_CONCEPTS)),
    word=st.integers(0, 1),
    kind=st.sampled_from(sorted(_PERIODS_ZH)),
    year=st.integers(2010, 2030),
    amount=_amounts,
    scale=st.sampled_from(sorted(_SCALES_ZH)),
    qualifier=st.sampled_from(list(_QUAL_ZH)),
    company=st.sampled_from(["科大讯飞", "讯飞", ""]),
    template=st.integers(0, 2),
)
def test_property_chinese_sentence_round_trip(
    concept, word, kind, year, amount, scale, qualifier, company, template
):
    words = _CONCEPTS[concept][0]
    metric = words[word % len(words)]
    phrase, notation = _PERIODS_ZH[kind]
    period = phrase.format(y=year)
    printed = f"{_QUAL_ZH[qualifier]}{amount}{scale}"
    sentence = [
        f"{company}{period}{metric}{printed}。",
        f"{period}，{company}实现{metric}{printed}，同比增长12.5%。",
        f"据公告，{company}{period}的{metric}为{printed}。",
    ][template]
    got = [c for c in claims(sentence, reference=None) if c.measure == "value"]
    assert len(got) == 1, (sentence, got)
    c = got[0]
    expected = _expected_period(concept, notation.format(y=year))
    assert (c.concept, c.period, c.qualifier) == (concept, expected, qualifier)
    assert c.value == amount * _SCALES_ZH[scale], sentence
    assert sentence[c.start : c.end] == c.quote


@settings(max_examples=120, deadline=None)
@given(
    concept=st.sampled_from(sorted(_CONCEPTS)),
    kind=st.sampled_from(sorted(_PERIODS_EN)),
    year=st.integers(2010, 2030),
    amount=_amounts,
    scale=st.sampled_from(sorted(_SCALES_EN)),
    qualifier=st.sampled_from(list(_QUAL_EN)),
    template=st.integers(0, 1),
)
def test_property_english_sentence_round_trip(
    concept, kind, year, amount, scale, qualifier, template
):  # noqa: E501
    metric = _CONCEPTS[concept][1][0]
    period = _PERIODS_EN[kind][0].format(y=year)
    printed = f"{_QUAL_EN[qualifier]}RMB {amount} {scale}"
    sentence = [
        f"iFlytek's {metric} was {printed} {period}.",
        f"{period[0].upper()}{period[1:]}, iFlytek reported {metric} of {printed}.",
    ][template]
    got = [c for c in claims(sentence, reference=None) if c.measure == "value"]
    assert len(got) == 1, (sentence, got)
    c = got[0]
    expected = _expected_period(concept, _PERIODS_EN[kind][1].format(y=year))
    assert (c.concept, c.period) == (concept, expected), sentence
    assert c.qualifier == qualifier, sentence
    assert c.value == amount * _SCALES_EN[scale], sentence


@settings(max_examples=80, deadline=None)
@given(
    concept=st.sampled_from(sorted(_CONCEPTS)),
    year=st.integers(2010, 2030),
    growth=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999.99"), places=2),
    down=st.booleans(),
)
def test_property_growth_round_trip(concept, year, growth, down):
    metric = _CONCEPTS[concept][0][0]
    verb = "下降" if down else "增长"
    c = one(f"{year}年{metric}同比{verb}{growth}%。", reference=None)
    expected = _expected_period(concept, f"{year}FY")
    assert (c.concept, c.period, c.measure) == (concept, expected, "change_pct")
    assert c.value == (-growth if down else growth)


def test_prior_year_named_after_the_period_is_a_comparison():
    c = claims("2024年营收233.43亿元，上年为196.5亿元，同比增长18.79%。")
    assert [(x.period, x.measure) for x in c] == [
        ("2024FY", "value"),
        ("2023FY", "value"),
        ("2024FY", "change_pct"),
    ]
    c = claims("2024年末总资产100亿元，较上年末增长5%，上年末为95.24亿元。")
    assert [x.period for x in c] == ["2024-12-31", "2024-12-31", "2023-12-31"]


def test_compact_and_fiscal_year_periods():
    assert one("2024财年营收233.43亿元。").period == "2024FY"
    c = claims("2025年Q1营收46.58亿元，2025H1营收100亿元，截至6月末总资产500亿元。")
    assert [x.period for x in c] == ["2025Q1", "2025H1", "2025-06-30"]


def test_quarter_on_quarter_and_digressions():
    c = claims("2025年第二季度营收79.57亿元，环比增长16.09%，同比增长16.8%。")
    assert [x.measure for x in c] == ["value", "change_qoq_pct", "change_pct"]
    c = claims("前三季度营收100亿元。其中，第三季度单季营收40亿元。净利润5亿元。")
    assert [x.period for x in c] == ["2024Q1-Q3", "2024Q3", "2024Q1-Q3"]


def test_markdown_and_html_tables():
    md = (
        "华润三九发布2025年半年度报告。\n\n"
        "| 指标 | 2025年上半年 | 2024年上半年 | 同比增减 |\n|---|---|---|---|\n"
        "| 营业收入 | 148.10亿元 | 141.06亿元 | 4.99% |\n"
        "| 总资产 | 572.60亿元 | 400.82亿元 | 42.86% |\n"
    )
    c = claims(md, reference=None)
    assert [(x.concept, x.period, x.measure) for x in c] == [
        ("revenue", "2025H1", "value"),
        ("revenue", "2024H1", "value"),
        ("revenue", "2025H1", "change_pct"),
        ("total_assets", "2025-06-30", "value"),
        ("total_assets", "2024-06-30", "value"),
        ("total_assets", "2025-06-30", "change_pct"),
    ]
    html = (
        "<p>华润三九发布2025年半年度报告。</p><table><tr><th>指标</th><th>2025年上半年</th>"
        "<th>同比增减</th></tr><tr><td>归母净利润</td><td>18.15亿元</td><td>-24.31%</td></tr></table>"
    )
    c = claims(html, reference=None)
    assert [(x.concept, x.period, x.measure, x.value) for x in c] == [
        ("np_parent", "2025H1", "value", Decimal("1815000000.00")),
        ("np_parent", "2025H1", "change_pct", Decimal("-24.31")),
    ]
    assert all(html[x.start : x.end] == x.quote for x in c)


def test_english_comparisons_and_dates():
    c = claims(
        "Ginwa reported net profit attributable to shareholders of RMB 74.61 million for 2024, "
        "compared with a loss of RMB 42.89 million a year earlier, and revenue of RMB 585 "
        "million, up 3.55%. Total assets stood at RMB 1.97 billion as of December 31, 2024."
    )
    assert [(x.concept, x.period, x.measure) for x in c] == [
        ("np_parent", "2024FY", "value"),
        ("np_parent", "2023FY", "value"),
        ("revenue", "2024FY", "value"),
        ("revenue", "2024FY", "change_pct"),
        ("total_assets", "2024-12-31", "value"),
    ]
    assert c[1].value == Decimal("-42890000.00")


def test_respectively_in_english_segments_and_year_ranges():
    c = claims(
        "In the first half of 2025, revenue and net profit were RMB 14.81 billion and "
        "RMB 1.82 billion, respectively."
    )
    assert [(x.concept, x.period) for x in c] == [("revenue", "2025H1"), ("np_parent", "2025H1")]
    c = claims("2024年，公司医药工业、医药商业收入分别为5.85亿元、82.31万元。")
    assert [x.segment for x in c] == ["医药工业", "医药商业"]
    c = claims("2022年至2024年，公司营收分别为57.94亿元、56.54亿元、58.55亿元。")
    assert [x.period for x in c] == ["2022FY", "2023FY", "2024FY"]
    c = claims("Revenue from the smart education business rose 29.94% to RMB 7.23 billion in 2024.")
    assert {x.segment for x in c} == {"smart education"}


def test_rates_over_a_denominator_forecasts_and_base_years():
    c = claims("研发投入合计3232.91万元，占营业收入的5.52%，较上年增加1723.93万元。")
    assert [(x.concept, x.measure) for x in c] == [
        ("rd_investment", "value"),
        ("rd_intensity", "value"),
        ("rd_investment", "change_abs"),
    ]
    c = claims("公司营业收入为5.85亿元，较2023年的5.65亿元增加2006万元。")
    assert [x.period for x in c] == ["2024FY", "2023FY", "2024FY"]
    c = claims("公司2025年营收目标为65亿元，预计净利润将达1亿元。")
    assert all(x.forecast for x in c)


def test_subject_is_the_clause_company_else_the_sentence_subject():
    c = claims(
        "科大讯飞和华为紧密合作，2024年营收233.43亿元。华为2024年营收8600亿元，而科大讯飞营收233亿元。"
    )
    assert [x.subject for x in c] == ["002230", "other", "002230"]


def test_change_word_after_the_rate():
    c = one("2024年，科大讯飞营收实现18.79%的增长。")
    assert (c.concept, c.measure, c.value) == ("revenue", "change_pct", Decimal("18.79"))
    c = claims(
        "iFlytek posted a 18.79% increase in revenue in 2024, and a 14.78% decline in net profit."
    )  # noqa: E501
    assert [(x.concept, x.measure, x.value) for x in c] == [
        ("revenue", "change_pct", Decimal("18.79")),
        ("np_parent", "change_pct", Decimal("-14.78")),
    ]


def test_a_metric_carries_to_the_next_sentence_only_for_a_bare_change():
    c = claims("2024年营收233亿元。同比增长18.79%。截至发稿，公司涨3.5%。市场规模达到500亿元。")
    assert [x.concept for x in c] == ["revenue", "revenue", None, None]


def test_traditional_characters():
    text = "科大訊飛2024年營業收入233.43億元，同比增長18.79%；歸母淨利潤5.6億元。"
    c = claims(text, company=None)
    assert [(x.concept, x.measure) for x in c] == [
        ("revenue", "value"),
        ("revenue", "change_pct"),
        ("np_parent", "value"),
    ]
    assert c[0].quote == "營業收入233.43億元"
