"""A US company's segments and revenue lines as the store names them, named by the press in other
words: their Chinese renderings, a shortened or British spelling, a line in a broker's table, a
segment as a sentence's subject (its revenue, its loss its operating income), a line's share of
revenue; and words that name no segment (a span of years, a share being taken, a common word
that is also a segment's name). Made-up companies and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import segment_in_store
from claim_periods import SEGMENTS
from claim_periods import concept_measure_value_qualifier as _full
from claim_periods import segment_claims as claims

REF = date(2024, 4, 20)


def test_a_chinese_segment_name_with_its_suffix_is_the_store_segment():
    assert segment_in_store("北美分部", SEGMENTS) == "North America"
    assert segment_in_store("国际业务", SEGMENTS) == "International"
    assert segment_in_store("广告", SEGMENTS) == "Advertising services"  # a shortened name
    assert segment_in_store("广告", ("Advertising", "Advertising services")) == "Advertising"
    assert segment_in_store("欧洲市场", SEGMENTS) == "欧洲市场"  # no such segment


def test_a_segment_as_the_subject_is_its_revenue_and_its_loss_its_operating_income():
    got = claims("In 2023 the Cloud business, its fastest grower, jumped 31% to $41.2 billion.")
    assert [(c.concept, c.segment, c.measure) for c in got] == [
        ("revenue", "Cloud", "change_pct"),
        ("revenue", "Cloud", "value"),
    ]
    got = claims("In 2023 the International segment lost $2.1 billion.")
    assert [(c.concept, c.segment, c.value) for c in got] == [
        ("operating_profit", "International", Decimal("-2100000000.0"))
    ]
    # a common word that is also a segment's name (Other) names no segment
    got = claims("In 2023 Other income rose 5% to $1.2 billion.")
    assert all(c.concept != "revenue" for c in got)


def test_no_segment_in_a_span_of_years_or_a_share_being_taken():
    got = claims("三年来营收始终在5亿元以上。", ())
    assert got and all(c.segment is None for c in got)
    got = claims("2023年广告收入37亿元，已占到总营收的7%以上。", ())
    assert all(c.segment != "已占到总" for c in got)


def test_a_us_revenue_line_named_in_other_words():
    from caibao.claims.lexicon import segment_in_store

    lines = ("Cloud licenses and maintenance", "Hardware products", "Other income", "Net sales")
    assert segment_in_store("Cloud licences", lines) == "Cloud licenses and maintenance"
    assert segment_in_store("hardware", lines) == "Hardware products"
    # one word of a longer name names no line on its own
    assert segment_in_store("maintenance", lines) == "maintenance"
    got = extract_claims(
        "In the 2023 fourth quarter, Licence and maintenance revenue rose 4% to $2.1bn.",
        "ACME",
        REF,
        segments=lines,
    )
    assert {c.segment for c in got} == {"Cloud licenses and maintenance"}
    got = extract_claims("2023年第四季度，净销售额为52.1亿美元。", "ACME", REF, segments=lines)
    assert [c.segment for c in got] == ["Net sales"]


def test_a_broker_table_in_millions_with_a_per_share_row_and_a_y_y_column():
    lines = ("Cloud licenses and maintenance", "Hardware products")
    text = (
        "Acme 2023 results.\n\n"
        "| US$ m                    | 2023  | 2022  | y/y    |\n"
        "|--------------------------|-------|-------|--------|\n"
        "| Cloud licences           | 2,480 | 2,310 | +7.4%  |\n"
        "| Diluted EPS (US$)        | 0.57  | 0.52  | +9.6%  |\n"
    )
    got = [
        (c.concept, c.segment, c.measure, c.value, c.unit)
        for c in extract_claims(text, "ACME", REF, segments=lines)
    ]
    assert got == [
        ("revenue", lines[0], "value", Decimal("2480000000"), "USD"),
        ("revenue", lines[0], "value", Decimal("2310000000"), "USD"),
        ("revenue", lines[0], "change_pct", Decimal("7.4"), "%"),
        ("eps_diluted", None, "value", Decimal("0.57"), "USD"),
        ("eps_diluted", None, "value", Decimal("0.52"), "USD"),
        ("eps_diluted", None, "change_pct", Decimal("9.6"), "%"),
    ]
    # pct in a Chinese table's row is percentage points
    got = _full(
        "2023年主要指标：\n\n| 指标 | 2023年 | 2022年 | 同比 |\n|---|---|---|---|\n"
        "| 毛利率 | 41.2% | 40.1% | +1.1pct |\n"
    )
    assert got[-1][:3] == ("gross_margin", "change_pp", Decimal("1.1"))


def test_a_revenue_line_is_not_the_subject_of_profit_and_franchisees_are_not_forecasts():
    lines = ("Revenues from franchised shops", "Sales by company-operated shops", "Net sales")
    got = extract_claims(
        "In the 2023 fourth quarter sales at company-operated shops fell 3%, while revenue "
        "from franchisees rose 2% to $1.1 billion.",
        "ACME",
        REF,
        segments=lines,
    )
    assert [(c.segment, c.forecast) for c in got] == [
        (lines[1], False),
        (lines[0], False),
        (lines[0], False),
    ]
    got = extract_claims(
        "2023年第四季度按净销售额计算，毛利率为24.1%；运营利润12.2亿美元。",
        "ACME",
        REF,
        segments=lines,
    )
    assert [(c.concept, c.segment) for c in got] == [
        ("gross_margin", "Net sales"),
        ("operating_profit", None),
    ]


def test_a_line_that_contributed_a_share_of_revenue():
    got = extract_claims(
        "2023年第四季度，服务收入增长6%至12.1亿美元，贡献了总营收的三成以上。"
        "按净销售额减去销售成本30.2亿美元计算，毛利率为41%。",
        "ACME",
        REF,
        segments=("Services", "Net sales"),
    )
    assert [(c.concept, c.segment, c.measure) for c in got][2:] == [
        ("revenue", "Services", "share_pct"),
        ("operating_cost", None, "value"),  # a line of revenue has no cost of its own
        ("gross_margin", "Net sales", "value"),
    ]


def test_a_line_of_fees_named_in_fewer_words():
    lines = (
        "Investment advisory performance fees",
        "Investment advisory and administration base and performance fees",
        "Distribution fees",
    )
    got = extract_claims(
        "In the 2023 fourth quarter, performance fees, the icing of good years, dropped 70% to "
        "just $17 million.",
        "ACME",
        REF,
        segments=lines,
    )
    assert [(c.concept, c.segment) for c in got] == [
        ("revenue", "Investment advisory performance fees")
    ] * 2


def test_a_line_named_by_its_capitalised_words_as_the_subject():
    lines = ("BlackRock Solutions and advisory", "Distribution fees", "Other third parties")
    got = extract_claims(
        "In the 2023 fourth quarter, BlackRock Solutions, the advisory arm, was the bright spot: "
        "its revenue rose 16% to $116 million.",
        "ACME",
        REF,
        segments=lines,
    )
    assert {(c.concept, c.segment) for c in got} == {
        ("revenue", "BlackRock Solutions and advisory")
    }
    # capitalised words that are not all the line's name no line (Bear Stearns)
    got = extract_claims(
        "In the 2023 fourth quarter, Bear Stearns Solutions revenue rose 16% to $116 million.",
        "ACME",
        REF,
        segments=lines,
    )
    assert {c.segment for c in got} == {None}
    # a figure inside the apposition after the line's name is not the line's
    got = extract_claims(
        "In the 2023 fourth quarter, BlackRock Solutions, the arm hired to unwind the $29 billion "
        "Bear Stearns portfolio, was the bright spot.",
        "ACME",
        REF,
        segments=lines,
    )
    assert [c.concept for c in got] == [None]


def test_net_before_the_sales_word_is_the_words_not_a_segments_name():
    """累计净销售额, 二季度的净销售额: 净 is net sales' (the total's), no segment "累计净" / "的净"."""
    lines = ("Net sales, related party",)
    for text in (
        "2023年，公司累计净销售额16.8亿美元，同比下降19.3%。",
        "2023年第四季度，公司的净销售额约合人民币153.7亿元。",
    ):
        got = extract_claims(text, "ACME", REF, segments=lines)
        assert got and all(c.segment is None for c in got), [(c.quote, c.segment) for c in got]
