"""Wording the round-3 lexicon fixer added: cents, a US company's segments named by the press
(their Chinese renderings, a segment as a sentence's subject), capital spending said by what it
bought, a rate of two concepts no definition names. Made-up companies and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import segment_in_store
from caibao.claims.measures import ratio_of
from caibao.numbers import find_amounts

REF = date(2024, 2, 10)
SEGMENTS = ("North America", "International", "Cloud", "Advertising services", "Other")


def claims(text, segments=SEGMENTS):
    return extract_claims(text, "ACME", REF, segments=segments)


def test_cents_are_dollars():
    got = [(a.value, a.unit) for _x, _y, a in find_amounts("earned 37 cents a share", "USD")]
    assert got == [(Decimal("0.37"), "USD")]
    got = [a.value for _x, _y, a in find_amounts("its 12.5-cent quarterly dividend", "USD")]
    assert got == [Decimal("0.125")]
    assert [a.unit for _x, _y, a in find_amounts("up 4 per cent", "USD")] == ["%"]


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


def test_capital_spending_said_by_what_it_bought():
    got = claims("In 2023 the group spent $9.4 billion on property and equipment.", ())
    assert [c.concept for c in got] == ["capex"]
    got = claims("2023年购置物业和设备支出94亿美元。", ())
    assert [c.concept for c in got] == ["capex"]


def test_a_rate_of_two_concepts_without_a_definition_is_their_quotient():
    assert ratio_of("investment_income", "total_profit") == "investment_income/total_profit"
    assert ratio_of("revenue", "revenue") is None
    assert ratio_of("revenue", None) is None


def _one(text, **kw):
    return [(c.concept, c.measure, c.value, c.unit, c.qualifier) for c in claims(text, ())]


def test_value_words_of_multiples_fractions_and_points():
    got = _one("In 2023 the deficit of 12 billion yuan was roughly four times the 3 billion.")
    assert ("np_parent", "times", Decimal(4), "times", "approx") in got
    got = _one("In 2023 the operating margin shrank to 8.2%, a squeeze of three percentage points.")
    assert got[-1] == ("operating_margin", "change_pp", Decimal(-3), "pp", None)
    got = _one("In 2023 the net margin was 4.1 percent, a decline of 0.8 points.")
    assert got[-1] == ("net_margin", "change_pp", Decimal("-0.8"), "pp", None)
    got = _one("In 2023 sales jumped nearly a third, to 5.2 billion yuan.")
    assert got[0] == ("revenue", "change_pct", Decimal("33.33"), "%", "approaching")
    got = _one("Fourth-quarter loss was 6 billion yuan, more than two-fifths of the annual loss.")
    assert got[-1][1:] == ("share_pct", Decimal(40), "%", "more_than")
    got = _one("In 2023 net profit was 88 million yuan, more than double the 40 million of 2022.")
    assert ("np_parent", "times", Decimal(2), "times", "more_than") in got
    assert _one("In 2023 it reported double-digit growth.") == []


def test_a_dividend_without_a_scale_is_per_share():
    got = _one("In the third quarter of 2023 it lifted its quarterly dividend to 52 cents a share.")
    assert got == [("dividend_per_share", "value", Decimal("0.52"), "USD/share", None)]
    got = _one("In 2023 it paid $3.1 billion in dividends.")
    assert got[0][0] == "dividend_cash"


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


def test_a_range_has_a_lower_and_an_upper_bound():
    got = _one("近年来净利润一直在2亿元至3亿元之间。")
    assert [g[4] for g in got] == ["more_than", "less_than"]
    got = _one("In 2023 revenue was between $1.1 billion and $1.3 billion.")
    assert [g[4] for g in got] == ["more_than", "less_than"]
    got = _one("In 2023 revenue rose to $1.3 billion from $1.1 billion.")
    assert [g[4] for g in got] == [None, None]


def test_no_segment_in_a_span_of_years_or_a_share_being_taken():
    got = claims("三年来营收始终在5亿元以上。", ())
    assert got and all(c.segment is None for c in got)
    got = claims("2023年广告收入37亿元，已占到总营收的7%以上。", ())
    assert all(c.segment != "已占到总" for c in got)


def test_commodity_prices_and_a_ticker_named_rival_are_not_the_company_s():
    from caibao.claims.checker import Checker
    from inline_store import inline_store

    rows = [("revenue", "2023FY", "5000000000", "USD", "value", None, "S1")]
    store = inline_store(rows, "600998", "Minco")
    checker = Checker(store)
    text = (
        "In 2023 Minco said revenue rose 8% to $5 billion, with gold averaging $1,940 an ounce and copper "
        "at $3.85 a pound. Few miners turn $1,900-plus gold into cash. For comparison, Orecorp "
        "(NYSE: ORC) reported earnings of $0.42 a share for 2023."
    )
    result = checker.check(text, company="600998", day=date(2024, 2, 10))
    quotes = [c.claim.quote for c in result.claims]
    assert not any("1,940" in q or "3.85" in q or "1,900" in q for q in quotes), quotes
    eps = [c.claim for c in result.claims if "0.42" in c.claim.quote]
    assert eps and eps[0].subject == "other", eps


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


def test_a_dash_aside_keeps_the_subject_and_balance_sheet_words():
    got = _one("In 2023 cloud revenue — which covers storage, compute and networking — rose 9%.")
    assert got == [("revenue", "change_pct", Decimal(9), "%", None)]
    got = _one(
        "At the end of 2023 liabilities fell by 3 billion yuan; the quick ratio was 0.8 times."
    )
    assert [g[0] for g in got] == ["total_liabilities", "quick_ratio"]
    assert _one("At about 0.7 times book value, it looks cheap.")[0][0] == "kpi_pb"


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


def test_a_change_restated_round_and_hong_kong_wording():
    got = _one("2023年净利润9.1亿元，同比下降28.6%，近三成。")
    assert got[-1] == ("np_parent", "change_pct", Decimal(-30), "%", "approaching")
    got = _one("2023年首三季賺約12億人幣，投資活動現金淨流出3.5億元。")
    assert [(g[0], g[3]) for g in got] == [("np_parent", "CNY"), ("icf", "CNY")]
    assert got[-1][2] < 0


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


def test_a_figure_then_expected_is_a_forecast_and_costs_applicable_to_sales():
    got = claims("Revenue for 2023: $4.1 billion vs. $4.0 billion expected", ())
    assert [c.forecast for c in got] == [False, True]
    got = claims("In 2023 costs applicable to copper sales rose to $512 million.", ())
    assert [c.concept for c in got] == ["operating_cost"]
