"""Line items named in press wording, English and Chinese: capital spending said by what it bought,
items with commas in their names, bullet lines, a dash aside, a department's sales, recurring
profit's shorthand (扣非), cost of sales, costs applicable to sales, a clause that only says who
recorded a figure. Made-up companies and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from claim_periods import concept_measure_value_qualifier as _full
from claim_periods import concept_measure_value_unit_qualifier as _one
from claim_periods import segment_claims as claims

REF = date(2024, 2, 10)


def test_capital_spending_said_by_what_it_bought():
    got = claims("In 2023 the group spent $9.4 billion on property and equipment.", ())
    assert [c.concept for c in got] == ["capex"]
    got = claims("2023年购置物业和设备支出94亿美元。", ())
    assert [c.concept for c in got] == ["capex"]


def test_spending_on_fixed_assets_and_a_clause_that_only_says_who_recorded_it():
    got = _full(
        "In 2023 spending on fixed assets rose to 88.1 million yuan from 40.2 million yuan."
    )
    assert {c for c, _m, _v, _q in got} == {"capex"}
    got = _full(
        "Operating cash flow was 12.1 million yuan in the fourth quarter of 2023, but for the "
        "year the company still recorded a net outflow of 3.3 million yuan."
    )
    assert [c for c, _m, _v, _q in got] == ["ocf", "ocf"]


def test_line_items_with_a_comma_and_other_names():
    got = _one(
        "In 2023 selling, general and administrative expenses rose 4% to $2.2 billion, and "
        "research, development and engineering fell to $310 million."
    )
    assert [g[0] for g in got] == ["sga_expense", "sga_expense", "rd_expense"]
    assert _one("2023年稀释后每股收益1.21元。")[0][0] == "eps_diluted"
    assert _one("2023年末每股净资产8.56元。")[0][0] == "bps"
    assert _one("Book value per share was 8.56 yuan at the end of 2023.")[0][0] == "bps"
    assert _one("2023年营业亏损3.2亿元。")[0][:1] == ("operating_profit",)


def test_bullet_lines_stand_apart_and_more_line_items():
    text = "【核心数据】\n▪ 营业收入：20.1亿元，同比+3.2%\n▪ 归母净利润：2.2亿元，同比-8.1%\n"
    got = [(c.concept, c.value) for c in claims(text, ())]
    assert got == [
        ("revenue", Decimal("2010000000.0")),
        ("revenue", Decimal("3.2")),
        ("np_parent", Decimal("220000000.0")),
        ("np_parent", Decimal("-8.1")),
    ]
    got = claims("2023年归母净利率9.1%，年末流动负债12.3亿元，非流动负债4.1亿元。", ())
    assert [c.concept for c in got] == [
        "np_parent/revenue",
        "total_current_liabilities",
        "total_noncurrent_liabilities",
    ]


def test_more_line_item_names_a_department_and_a_sector():
    got = claims("2023年二季度制药部门销售额约55亿美元。公司税前利润42.6亿美元。", ())
    assert [(c.concept, c.segment) for c in got] == [
        ("revenue", "制药"),
        ("total_profit", None),
    ]
    got = claims("2023年末现金及现金等价物11.7亿元，研发费用约占销售额的10.7%。", ())
    assert [c.concept for c in got] == ["cash", "rd_intensity"]
    assert _one("Acme's first-quarter profit halve in 2023")[0][1:3] == ("change_pct", -50)
    got = extract_claims(
        "2023年公司营收5亿元。当日中药板块整体上涨1.2%。",
        "ACME",
        REF,
        companies=[],
    )
    assert got[-1].subject != "ACME" or got[-1].value != Decimal("1.2")


def test_an_english_compared_figure_and_a_made_verb_name_nothing_new():
    got = _one(
        "Net profit was 90 million yuan in April-June 2023, down 7% from 97 million yuan a year "
        "earlier and 12% below the first quarter's 102 million yuan."
    )
    assert [g[0] for g in got] == ["np_parent"] * 5
    got = _one(
        "Cash flow from operations was strong in 2023: the year brought in 3.1 billion yuan."
    )
    assert got[-1][0] == "ocf"


def test_recurring_profit_shorthand_and_cost_of_sales():
    got = _full(
        "2023年归母净利润12.3亿，同比+8.1%；扣非11.9亿，同比+9.4%；四季度扣非后亏损320万元。"
    )
    assert [c for c, _m, _v, _q in got][2:] == ["np_parent_recurring"] * 3
    assert got[-1][2] == Decimal("-3200000")
    got = _full("2023年销售成本为45.2亿美元。")
    assert got[0][0] == "operating_cost"


def test_a_figure_then_expected_is_a_forecast_and_costs_applicable_to_sales():
    got = claims("Revenue for 2023: $4.1 billion vs. $4.0 billion expected", ())
    assert [c.forecast for c in got] == [False, True]
    got = claims("In 2023 costs applicable to copper sales rose to $512 million.", ())
    assert [c.concept for c in got] == ["operating_cost"]
