"""Wording the lexicon fixer added: loss verbs and metaphors, recurring-profit phrasings, Hong Kong
and traditional-character wording, items named by a loss, shares said with 相当于. Inline sentences
with made-up companies and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.text import read_text

REF = date(2025, 4, 25)


def claims(text, company="600080"):
    return extract_claims(text, company, REF)


def first(text, **kw):
    got = claims(text, **kw)
    assert got, text
    return got[0]


def test_loss_verbs_and_metaphors_are_negative_net_profit():
    for text in (
        "The developer lost 3.2 billion yuan in 2024.",
        "It reported a 2.1 billion yuan deficit for 2024.",
        "The group is left with a ¥7bn hole for 2024.",
    ):
        c = first(text)
        assert c.concept == "np_parent" and c.value < 0, (text, c)


def test_earned_is_a_profit():
    c = first("The 512.3 million yuan it earned in 2024 beat forecasts of nobody.")
    assert c.concept == "np_parent" and c.value == Decimal("512300000.0")


def test_recurring_profit_wordings():
    for text, sign in (
        ("Net profit after deducting non-recurring items was 4.6 million yuan in 2024.", 1),
        ("It posted a recurring loss of 12.5 million yuan in 2024.", -1),
        ("Core profit reached 88 million yuan in 2024.", 1),
    ):
        c = first(text)
        assert c.concept == "np_parent_recurring" and (c.value > 0) == (sign > 0), (text, c)


def test_operating_losses_and_cash_outflow_from_operations():
    c = first("Operating losses widened to Rmb3.3bn in 2024.")
    assert c.concept == "operating_profit" and c.value < 0
    c = first("The cash outflow from operations shrank to 15.2 million yuan in 2024.")
    assert c.concept == "ocf"


def test_an_item_named_by_a_loss_keeps_its_sign():
    c = first("Credit impairment losses were 6.1 million yuan in 2024.")
    assert c.concept == "credit_impairment_loss" and c.value > 0


def test_traditional_characters_and_hong_kong_wording():
    text = "某某藥業去年股東應佔純利3,512萬元，按年增長12.5%；每股基本盈利0.21元。"
    assert "股东应占纯利" in read_text(text).norm
    got = claims(text)
    assert [c.concept for c in got] == ["np_parent", "np_parent", "eps_basic"]
    assert got[1].measure == "change_pct"
    c = first("2024年扣除非經常性損益後的純利為2,040萬元。")
    assert c.concept == "np_parent_recurring"


def test_chinese_short_forms():
    assert first("2024年销售商品收到的现金12.3亿元。").concept == "cash_from_sales"
    assert first("2024年所得税3.2亿元。").concept == "income_tax"
    assert first("2024年投资收益5,100万元。").concept == "investment_income"
    assert first("2024年末归母所有者权益85.2亿元。").concept == "equity_parent"


def test_a_share_said_with_xiangdangyu_is_a_rate_of_two_concepts():
    got = claims("2024年销售商品、提供劳务收到的现金8.8亿元，相当于营业收入的96%。")
    assert got[-1].concept == "collection_ratio" and got[-1].value == Decimal("96")


def test_a_number_never_runs_across_a_blank_line():
    from caibao.claims.checker import Checker

    class _NoStore:
        def companies(self):
            return []

    result = Checker(_NoStore()).check("记者 | 2023-11-02\n\n万科公布三季报。")
    assert not [c for c in result.claims if "\n" in c.claim.quote]


def test_table_unit_from_the_corner_cell_and_metric_rows():
    text = (
        "Table 2: FY24 summary\n\n"
        "| USD-free, RMB bn | FY24 | YoY |\n|---|---|---|\n"
        "| Sales | 12.40 | +5.0% |\n| Recurring NP | 1.10 | -3.0% |\n"
    )
    got = claims(text)
    values = [(c.concept, c.measure, c.value) for c in got]
    assert ("revenue", "value", Decimal("12400000000.00")) in values
    assert ("np_parent_recurring", "value", Decimal("1100000000.00")) in values
    assert all(c.segment is None for c in got)


def test_table_unit_from_the_caption_and_from_a_metric_column():
    text = "核心数据（单位：亿元）\n| 项目 | 2024年 |\n|---|---|\n| 营业收入 | 45.6 |\n"
    c = first(text)
    assert c.concept == "revenue" and c.value == Decimal("4560000000.0")
    text = (
        "| Division | Revenue (mn yuan) | YoY | Gross margin |\n|---|---|---|---|\n"
        "| Hotels | 120.5 | +3.1% | 41.20% |\n"
    )
    got = {c.printed: c for c in claims(text)}
    assert got["120.5"].concept == "revenue" and got["120.5"].value == Decimal("120500000.0")
    assert got["+3.1%"].concept == "revenue" and got["+3.1%"].measure == "change_pct"
    assert got["41.20%"].concept == "gross_margin" and got["41.20%"].segment == "Hotels"


def test_per_share_figure_is_eps_with_its_sign():
    got = claims("The builder swung to a loss in 2024. Per share, it lost Rmb1.26.")
    assert (got[-1].concept, got[-1].value, got[-1].unit) == (
        "eps_basic",
        Decimal("-1.26"),
        "CNY/share",
    )
    c = first("In 2024 it earned 0.37 yuan a share.")
    assert (c.concept, c.value) == ("eps_basic", Decimal("0.37"))


def test_a_rate_of_a_whole_named_after_it_and_the_ratio_of_two_concepts():
    got = claims("In 2024 selling expenses of 88.0 million yuan swallowed 41% of revenue.")
    assert got[-1].concept == "selling_expense_ratio" and got[-1].value == Decimal("41")
    c = claims("In 2024 the ratio of selling expenses to revenue fell to 30.2%.")[-1]
    assert c.concept == "selling_expense_ratio" and c.value == Decimal("30.2")


def test_targets_are_forecasts():
    assert first("The group has set a goal of revenue above 9 billion yuan by 2030.").forecast
    assert first("公司2026年力争实现营业收入12亿元。").forecast


def test_the_next_item_of_a_list_of_forecasts_is_a_forecast():
    got = claims("分析师平均预期二季度每股收益为1.28美元，销售额约为19.9亿美元。")
    assert [(c.concept, c.forecast) for c in got] == [("eps_basic", True), ("revenue", True)]
    got = claims("公司预计二季度营收10亿元，去年同期为8亿元。")
    assert [c.forecast for c in got] == [True, False]  # a figure of its own: not the list's


def test_additions_to_property_plant_and_equipment_are_capex():
    # (the comma inside the line's name does not end the clause)
    got = claims("Cash flow was $1.44 billion, while additions to property, plant and equipment "
                 "were $250.5 million.", company="EMC")  # fmt: skip
    assert [c.concept for c in got] == ["ocf", "capex"]


def test_us_vocabulary_and_chinese_names_of_us_companies_and_segments():
    from caibao.claims.lexicon import Lexicon, segment_in_store

    lex = Lexicon()
    assert lex.company("网飞") == "NFLX" and lex.company("苹果") == "AAPL"
    assert segment_in_store("大中华区", ("Americas", "Greater China")) == "Greater China"
    assert segment_in_store("services", ("Products", "Services")) == "Services"
    assert segment_in_store("大中华区", ("医药工业",)) == "大中华区"  # no such segment: kept
    got = claims("Total net sales were $52.1 billion in fiscal 2022.", company="MSFT")
    assert got[0].concept == "revenue" and got[0].unit == "USD"
    c = first("It earned $1.46 per diluted share in fiscal 2022.", company="MSFT")
    assert (c.concept, c.unit) == ("eps_diluted", "USD/share")
    c = first("Capital expenditures were $7.3 billion in fiscal 2022.", company="MSFT")
    assert c.concept == "capex"


def test_indexes_industries_and_peers_are_not_the_company():
    from caibao.claims.model import OTHER

    for text in (
        "Output at China's steel makers fell 3.1% in 2024, the statistics bureau said.",
        "Sales by the top 50 developers dropped 20% in 2024.",
        "The Hang Seng Index rose 1.2% on Friday.",
        "2024年中证医疗指数下跌约8%。",
        "2024年规模以上工业企业利润总额增长3.5%。",
    ):
        assert all(c.subject == OTHER for c in claims(text)), text
    got = claims(
        "Ginwa had a 70.1% gross margin in 2024. Acme Pharma reports a 61.2% gross margin."
    )
    assert [c.subject for c in got] == ["600080", OTHER]


def test_dividend_plan_words():
    got = claims(
        "2024年度利润分配预案：每10股派发现金红利2.5元，以资本公积金每10股转增3股，送红股1股。"
    )
    assert [(c.concept, c.value) for c in got] == [
        ("dividend_per_share", Decimal("0.25")),
        ("dividend_capitalisation_per10", Decimal("3")),
        ("dividend_bonus_shares_per10", Decimal("1")),
    ]
    got = claims("2024年全年现金分红总额3.6亿元，分红率约52%。")
    assert [c.concept for c in got] == ["dividend_cash_year", "dividend_payout_ratio"]


def test_notes_that_are_not_article_content():
    assert not claims("Revenue rose to 3.1 billion yuan in 2024.\n\n($1 = 7.1012 Chinese yuan)")[1:]
    assert not claims("（以上仅为个人观点。持仓：500股）")


def test_a_change_after_a_base_figure_and_shrinking_words():
    got = claims("2024年末货币资金2.05亿元，较年初的4.30亿元近乎腰斩。")
    assert (got[-1].concept, got[-1].measure) == ("cash", "change_pct")
    got = claims("2024年末存货5.1亿元，较年初缩水近四成。")
    assert (got[-1].concept, got[-1].measure, got[-1].value) == (
        "inventory",
        "change_pct",
        Decimal("-40"),
    )


def test_a_share_of_a_known_total_is_the_ratio_of_the_two():
    # no definition names investment income / total profit: the engine computes the id
    got = claims("2024年投资收益1,250万元，占利润总额比重约35%。")
    assert (got[-1].concept, got[-1].measure) == ("investment_income/total_profit", "value")


def test_an_english_dividend_per_10_shares_its_total_and_payout():
    text = (
        "For 2024 the board proposed a dividend of 6 yuan for every 10 shares, about 310 million "
        "yuan in all, equivalent to about 35% of the year's profit."
    )
    got = [(c.concept, c.value, c.unit) for c in claims(text)]
    assert got == [
        ("dividend_per_share", Decimal("0.6"), "CNY/share"),
        ("dividend_cash", Decimal("310000000"), "CNY"),
        ("dividend_payout_ratio", Decimal("35"), "%"),
    ]


def test_us_words_not_in_the_statements_are_named_still():
    got = [c.concept for c in claims("Netflix added 9.3 million paid memberships in 2024.")]
    assert got == ["kpi_paid_memberships"]
    assert first("Free cash flow was $6.9 billion in 2024.", company="NFLX").concept == (
        "free_cash_flow"
    )
    c = first("It returned $20 billion through share repurchases in 2024.", company="NFLX")
    assert c.concept == "kpi_share_repurchases"


def test_projects_the_noun_is_no_forecast():
    text = "In 2024 sales fell 9% as the group sold projects, and the debt ratio rose to 64.1%."
    assert not any(c.forecast for c in claims(text))
    assert first("The company projects revenue of 7 billion yuan in 2026.").forecast


def test_products_that_bring_in_a_share_of_revenue_are_a_segment():
    c = first("In 2023 cardiology drugs, led by one brand, brought in about a third of revenue.")
    assert (c.concept, c.segment, c.measure) == ("revenue", "cardiology", "share_pct")


def test_a_products_sales_volume_is_the_reports_volume_concept():
    got = claims("2024年某某胶囊销售量1,020万盒，同比增长8.2%。")
    assert [c.concept for c in got] == ["sales_volume", "sales_volume"]


def test_a_consensus_named_after_its_figure_is_a_forecast():
    got = claims("Diluted EPS of $0.70 came in ahead of the $0.66 consensus.")
    assert [(c.value, c.forecast) for c in got] == [
        (Decimal("0.70"), False),
        (Decimal("0.66"), True),
    ]
    got = claims("EPS of $0.63 was a penny ahead of the $0.62 Street consensus.")
    assert [c.forecast for c in got] == [False, True]


def test_a_tax_provision_is_the_income_tax():
    got = first("In 2024 the group booked a $102 million tax provision.", company="ACME")
    assert (got.concept, got.value) == ("income_tax", Decimal("102000000"))


def test_marketing_spending_loans_held_for_investment_and_non_cash():
    got = first("In 2024 marketing spending was slashed to $134 million.", company="ACME")
    assert got.concept == "selling_expense"
    got = first("Loans held for investment were $101.1 billion at Dec. 31, 2024.", company="ACME")
    assert got.concept == "loans"
    got = first("In 2024 Acme took a $2.82 billion non-cash write-down.", company="ACME")
    assert got.concept != "cash"
