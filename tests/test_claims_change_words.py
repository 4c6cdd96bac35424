"""Wording the round-5 lexicon fixer added. Made-up companies and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon
from caibao.claims.model import OTHER

REF = date(2024, 4, 20)


def test_a_group_word_before_a_name_describes_it():
    lex = Lexicon({"康达药业": "ACME"})
    got = extract_claims(
        "国内中药龙头药企康达药业（08123）昨日公布年度业绩，营业收入12.5亿元，同比增长8%。",
        "ACME",
        REF,
        lex,
    )
    assert [c.subject for c in got] == ["ACME", "ACME"]
    # a group word on its own is still another subject
    got = extract_claims("康达药业2023年营收增长8%。同期上市药企营收平均增长3%。", "ACME", REF, lex)
    assert [c.subject for c in got] == ["ACME", OTHER]


def test_a_registrant_name_without_its_possessive_apostrophe():
    lex = Lexicon({"Smiths Kitchens": "SMK", "Smiths": "SMK", "Bobs Burgers": "BOB"})
    for text in ("Smith's said sales rose 4%.", "Smith’s Kitchens said sales rose 4%."):
        got = extract_claims(text, "SMK", REF, lex)
        assert [c.subject for c in got] == ["SMK"], text
    assert lex.company("Bob's Burgers") == "BOB"
    # a name in capitals is the registrant's own spelling, and 'ss' is no possessive
    assert "SMITH'S" not in Lexicon({"SMITHS": "SMK"}).companies
    assert "Bos's" not in Lexicon({"Boss": "BOS"}).companies


def test_a_national_industry_is_not_the_company():
    got = extract_claims(
        "公司2024年营收增长5%。同期全国化学制造业营收同比下降1.2%（国家统计局）。", "ACME", REF
    )
    assert [c.subject for c in got] == ["ACME", OTHER]


def test_a_legal_form_before_another_does_not_end_the_sentence():
    lex = Lexicon({"Acme": "ACME"})
    got = extract_claims(
        "Acme's revenue rose 5% in 2023. Rival Baxo Pharma Group Co. Ltd. reported 2023 revenue "
        "of 12.1 billion yuan.",
        "ACME",
        REF,
        lex,
    )
    assert [c.subject for c in got][-1] == OTHER


def _got(text):
    return [(c.concept, c.measure, c.value) for c in extract_claims(text, "ACME", REF)]


def test_us_line_items_as_the_chinese_press_names_them():
    got = _got(
        "2023年运营利润为12.5亿美元，运营利润率为21%；一般及行政支出3.6亿美元，营销费用9.6亿美元。"
    )
    assert [c for c, _m, _v in got] == [
        "operating_profit",
        "operating_margin",
        "admin_expense",
        "selling_expense",
    ]
    got = _got("截至2023年末，负债率为68.5%，较年初下降0.5个百分点；净负债率为40%。")
    assert [c for c, _m, _v in got] == ["debt_ratio", "debt_ratio", "kpi_net_gearing"]


def test_english_line_items_and_per_share_wording():
    got = _got("In 2023 earnings from operations rose 8% and G&A expenses fell 3%.")
    assert [c for c, _m, _v in got] == ["operating_profit", "admin_expense"]
    got = _got("Net income excluding nonrecurring items rose 15% to 3.1 billion yuan in 2023.")
    assert {c for c, _m, _v in got} == {"np_parent_recurring"}
    got = _got("In 2023 same-store sales rose 4.8 percent.")
    assert [c for c, _m, _v in got] == ["kpi_comparable_sales"]
    got = _got("The loss per share was 0.31 yuan in 2023.")
    assert got[0][0] == "eps_basic" and got[0][2] < 0
    got = _got("Acme said 2023 profit fell to 45 cents a share on a diluted basis.")
    assert [c for c, _m, _v in got] == ["eps_diluted"]
    # a change said of the figure per share after it is the EPS's change
    got = _got("For 2023, diluted earnings were unchanged at $1.35 a share.")
    assert [(c, m) for c, m, _v in got] == [("eps_diluted", "change_pct"), ("eps_diluted", "value")]
    got = _got("Acme's 2023 profit rose 5% to 42 cents a share.")
    assert [c for c, _m, _v in got] == ["eps_basic", "eps_basic"]


def _full(text):
    return [(c.concept, c.measure, c.value, c.qualifier) for c in extract_claims(text, "ACME", REF)]


def test_pct_in_chinese_copy_is_percentage_points():
    got = _full("2023年销售毛利率为51.3%，同比+0.92pct。")
    assert got[-1][:3] == ("gross_margin", "change_pp", Decimal("0.92"))
    # in English copy "pct" stays per cent
    assert _full("In 2023 Acme revenue rose 7 pct.")[0][1] == "change_pct"


def test_a_company_cuts_or_raises_a_figure_by_a_fraction():
    got = _full("In 2023 Acme slashed its capital spending by almost a third.")
    assert got == [("capex", "change_pct", Decimal("-33.33"), "approaching")]
    got = _full("In 2023 the company trimmed R&D by 4.5% to $120m.")
    assert [(c, m, v) for c, m, v, _q in got] == [
        ("rd_expense", "change_pct", Decimal("-4.5")),
        ("rd_expense", "value", Decimal("120000000")),
    ]
    got = _full("Sales fell 31.4% in 2023, a decline of more than a quarter.")
    assert got[-1] == ("revenue", "change_pct", Decimal("-25"), "more_than")
    got = _full("In 2023 the net margin was 8.1%, a 1.7-point slide.")
    assert got[-1][:3] == ("net_margin", "change_pp", Decimal("-1.7"))
    got = _full("In 2023 the annual dividend was raised by a fifth to 30 cents a share.")
    assert [(c, m) for c, m, _v, _q in got] == [
        ("dividend_per_share", "change_pct"),
        ("dividend_per_share", "value"),
    ]


def test_chinese_multiples_and_thresholds():
    got = _full("2023年公司净利润翻了一番还多。")
    assert got == [("np_parent", "change_pct", Decimal("100"), "more_than")]
    got = _full("2023年公司扣非净利润增长了一倍半。")
    assert got[0][:3] == ("np_parent_recurring", "change_pct", Decimal("150"))
    got = _full("2023年公司营收稳定在百亿美元以上。")
    assert got == [("revenue", "value", Decimal("10000000000"), "more_than")]
    assert _full("2023年公司瞄准百亿级市场。") == []


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


def test_recurring_profit_shorthand_and_cost_of_sales():
    got = _full(
        "2023年归母净利润12.3亿，同比+8.1%；扣非11.9亿，同比+9.4%；四季度扣非后亏损320万元。"
    )
    assert [c for c, _m, _v, _q in got][2:] == ["np_parent_recurring"] * 3
    assert got[-1][2] == Decimal("-3200000")
    got = _full("2023年销售成本为45.2亿美元。")
    assert got[0][0] == "operating_cost"


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


def test_a_sign_in_words_and_a_comparison_that_names_nothing_new():
    got = _full(
        "In 2023 return on equity, however, was minus 2.4 per cent, worse than minus 1.1 per "
        "cent in 2022."
    )
    assert [(c, v) for c, _m, v, _q in got] == [
        ("roe_weighted", Decimal("-2.4")),
        ("roe_weighted", Decimal("-1.1")),
    ]
    got = _full("In 2023 free cash flow was negative $0.8 billion.")
    assert got[0][0] == "free_cash_flow" and got[0][2] == Decimal("-800000000.0")


def test_a_chinese_payout_per_ten_shares():
    got = _full("2023年度利润分配方案：每10股派4.5元（含税），每股派发现金0.2元。")
    assert [(c, v) for c, _m, v, _q in got] == [
        ("dividend_per_share", Decimal("0.45")),
        ("dividend_per_share", Decimal("0.2")),
    ]


def test_the_year_before_per_share_said_like_this_years():
    got = extract_claims(
        "In the 2023 fourth quarter profit fell to 41 cents a share on a diluted basis from $0.52 "
        "a year earlier. Net income was $2.3 billion, or 55 cents a share, down 4% from "
        "$2.4 billion, or 58 cents.",
        "ACME",
        REF,
    )
    assert [(c.concept, c.value) for c in got if c.unit == "USD/share"] == [
        ("eps_diluted", Decimal("0.41")),
        ("eps_diluted", Decimal("0.52")),
        ("eps_basic", Decimal("0.55")),
        ("eps_basic", Decimal("0.58")),
    ]


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


def test_a_rate_compared_with_an_earlier_rate_and_a_balance_out_of_a_deficit():
    got = extract_claims(
        "In the 2023 fourth quarter gross profit of $2.1 billion came to 41.3% of sales, up from "
        "40.8% a year earlier.",
        "ACME",
        REF,
    )
    assert [(c.concept, c.measure, c.value) for c in got][1:] == [
        ("gross_margin", "value", Decimal("41.3")),
        ("gross_margin", "value", Decimal("40.8")),
    ]
    lex = Lexicon({"Acme": "ACME"})
    got = extract_claims(
        "Acme filed its 2023 report.\n\nStockholders' equity swung to $40m at the end of 2023 "
        "from a deficit of $25m.",
        "ACME",
        REF,
        lex,
    )
    assert [(c.subject, c.concept, c.value) for c in got] == [
        ("ACME", "total_equity", Decimal("40000000")),
        ("ACME", "total_equity", Decimal("-25000000")),
    ]


def test_restaurants_and_countries_are_counted_and_a_place_of_sales_is_not_the_metric():
    got = _full("At the end of 2023 Acme ran more than 4,100 restaurants in 38 countries.")
    assert got == [
        ("kpi_stores", "value", Decimal("4100"), "more_than"),
        ("kpi_countries", "value", Decimal("38"), None),
    ]
    got = _full("In 2023 sales at its franchised restaurants rose 6% to $2.2 billion.")
    assert {c for c, _m, _v, _q in got} == {"revenue"}


def test_the_total_payout_is_the_years():
    got = _full(
        "For 2023 the total payout reaches 8.5 yuan per 10 shares, or 0.9 billion yuan, equal to "
        "40% of net profit."
    )
    assert [(c, v) for c, _m, v, _q in got][:2] == [
        ("dividend_per_share_year", Decimal("0.85")),
        ("dividend_cash_year", Decimal("900000000.0")),
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


def test_a_share_quote_does_not_reach_back_over_another_figure():
    got = extract_claims(
        "In 2023 support revenue rose 6.2% to $3.17bn and now makes up more than 60% of revenue.",
        "ACME",
        REF,
    )
    assert got[-1].quote == "more than 60%" and got[-1].measure == "share_pct"
