"""Round-5 verification cases (claims.verify, wholes, multiples; metrics bases) on small inline
stores: English "-fold" multiplies the level; a balance of a fiscal year not ending in December
is compared with that year's start."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.checker import Checker
from caibao.metrics import Metrics
from caibao.model import CHANGE_PCT
from inline_store import inline_store

CODE = "600998"
Y = "CNY"


def _checked(rows, text, day):
    store = inline_store(rows, CODE, "样例药业")
    try:
        return Checker(store).check(text, CODE, day).claims
    finally:
        store.close()


def test_an_english_fold_multiplies_the_level():
    rows = [
        ("cash", "2024-12-31", "6000000000", Y, "value", None, "S2"),
        ("cash", "2023-12-31", "1000000000", Y, "value", None, "S2"),
    ]
    text = "Yangli's cash holdings swelled sixfold in 2024 to 6.0 billion yuan."
    got = _checked(rows, text, date(2025, 3, 25))
    fold = [c.verdict.verdict for c in got if c.claim.quote.endswith("sixfold")]
    assert fold == ["supported"], got
    # read as the increase only (five times more) it holds one way: misleading, not supported
    got = _checked(rows, text.replace("sixfold", "fivefold"), date(2025, 3, 25))
    fold = [c.verdict.verdict for c in got if c.claim.quote.endswith("fivefold")]
    assert fold == ["misleading"], got


def test_a_balance_is_compared_with_the_start_of_a_fiscal_year_ending_in_another_month():
    # a retailer's quarterly balance sheet dated 31 October prints the year-end of 31 January
    store = inline_store(
        [
            ("total_assets", "2009-10-31", "53500000000", "USD", "value", None, "S1"),
            ("total_assets", "2009-01-31", "50000000000", "USD", "value", None, "S1"),
            ("inventory", "2009-10-31", "1100", "USD", "value", None, "S1"),
            ("inventory", "2008-12-31", "1000", "USD", "value", None, "S1"),
            ("inventory", "2009-01-31", "900", "USD", "value", None, "S1"),
        ],
        CODE,
        "样例药业",
    )
    try:
        m = Metrics(store, CODE)
        growth = m.value("total_assets", "2009-10-31", measure=CHANGE_PCT)
        assert growth.value == Decimal(7) and "2009-01-31" in growth.formula
        # 31 December, where the store has it, stays the first base
        assert "2008-12-31" in m.value("inventory", "2009-10-31", measure=CHANGE_PCT).formula
    finally:
        store.close()


def test_a_tables_bare_figures_do_not_make_a_chinese_article_english():
    # a broker's note: a table of bare figures, then 较Q1的…下降约24% — the compared figure
    # is named before the change, as Chinese does, however many bare cells the table has
    rows = [
        ("np_parent", "2024Q1", "1364000000", Y, "value", None, "S1"),
        ("np_parent", "2024H1", "2399000000", Y, "value", None, "S1"),
        ("np_parent", "2023Q1", "1151000000", Y, "value", None, "S1"),
        ("np_parent", "2023H1", "1877000000", Y, "value", None, "S1"),
        ("revenue", "2024H1", "14000000000", Y, "value", None, "S1"),
        ("revenue", "2023H1", "13000000000", Y, "value", None, "S1"),
    ]
    text = (
        "样例药业2024年中报点评\n\n| 指标 | 2024H1 | 2023H1 | 同比 |\n|---|---|---|---|\n"
        "| 营业收入（亿元） | 140.00 | 130.00 | +7.69% |\n"
        "| 归母净利润（亿元） | 23.99 | 18.77 | +27.81% |\n\n"
        "二季度归母净利润较Q1的13.64亿元下降约24%，主要系一季度为旺季。\n"
    )
    got = _checked(rows, text, date(2024, 8, 25))
    assert got[-1].verdict.verdict == "supported" and "2024Q1" in got[-1].verdict.reason, got
    got = _checked(rows, text.replace("约24%", "约12%"), date(2024, 8, 25))
    assert got[-1].verdict.verdict == "contradicted" and "2024Q1" in got[-1].verdict.reason, got


def test_a_per_share_figure_printed_in_its_currency_alone_is_per_share():
    rows = [
        ("eps_diluted", "2024FY", "2.35", "USD/share", "value", None, "S1"),
        ("eps_diluted", "2023FY", "2.05", "USD/share", "value", None, "S1"),
    ]
    text = (
        "# Yangli 2024 results\n\n| Metric | 2024 | 2023 |\n|---|---|---|\n"
        "| Diluted EPS | $2.35 | $2.05 |\n"
    )
    got = _checked(rows, text, date(2025, 3, 25))
    eps = [c.verdict.verdict for c in got if c.claim.concept == "eps_diluted"]
    assert eps == ["supported", "supported"], got
    got = _checked(rows, text.replace("2.35", "2.53"), date(2025, 3, 25))
    eps = [c.verdict.verdict for c in got if c.claim.concept == "eps_diluted"]
    assert eps[0] == "contradicted", got


def test_a_bare_sum_of_an_earlier_period_after_a_metric_is_that_metrics():
    rows = [
        ("np_parent", "2024FY", "6000000000", Y, "value", None, "S1"),
        ("np_parent", "2023FY", "5000000000", Y, "value", None, "S1"),
        ("np_parent", "2021FY", "11800000000", Y, "value", None, "S1"),
    ]
    text = (
        "Yangli's net profit attributable to shareholders was 6 billion yuan in 2024, up 20%. "
        "That is barely half of 2021's 11.8 billion."
    )
    got = _checked(rows, text, date(2025, 3, 25))
    assert got[-1].verdict.verdict == "supported", got
    got = _checked(rows, text.replace("11.8 billion", "12.8 billion"), date(2025, 3, 25))
    assert got[-1].verdict.verdict == "contradicted", got


def test_an_english_change_to_a_level_from_a_named_earlier_figure_is_measured_from_it():
    # rose N% to <its level> from <a figure of another period>: the base is the last figure
    rows = [
        ("revenue", "2024Q3", "12000000000", Y, "value", None, "S1"),
        ("revenue", "2024Q2", "10000000000", Y, "value", None, "S1"),
        ("revenue", "2023Q3", "11500000000", Y, "value", None, "S1"),
    ]
    text = (
        "Yangli's revenue climbed 20% to 12 billion yuan in the third quarter of 2024 from "
        "10 billion yuan in the second quarter."
    )
    got = _checked(rows, text, date(2024, 10, 28))
    change = [c for c in got if c.claim.measure == "change_pct"]
    assert change and change[0].verdict.verdict == "supported", got
    assert "2024Q2" in change[0].verdict.reason, got


def test_a_multiple_of_the_same_metric_in_a_period_named_with_the_whole():
    # 单季利润是一季度净利润的3倍多: the quarter's figure over the first quarter's
    rows = [
        ("np_parent", "2024Q1-Q3", "900000000", Y, "value", None, "S1"),
        ("np_parent", "2024H1", "250000000", Y, "value", None, "S1"),
        ("np_parent", "2024Q1", "150000000", Y, "value", None, "S1"),
    ]
    text = (
        "样例药业2024年第三季度实现归母净利润6.5亿元，同比大增，单季利润已相当于一季度"
        "归母净利润的4倍多。"
    )
    got = _checked(rows, text, date(2024, 10, 28))
    assert got[-1].verdict.verdict == "supported" and "2024Q1" in got[-1].verdict.reason, got
    got = _checked(rows, text.replace("4倍多", "5倍多"), date(2024, 10, 28))
    assert got[-1].verdict.verdict == "contradicted", got


def test_a_ratio_to_a_whole_said_as_its_quotient():
    rows = [
        ("cash_from_sales", "2024FY", "5040000000", Y, "value", None, "S1"),
        ("revenue", "2024FY", "4800000000", Y, "value", None, "S1"),
    ]
    text = "2024年样例药业销售商品、提供劳务收到的现金50.4亿元，与营业收入之比为105%。"
    got = _checked(rows, text, date(2025, 3, 25))
    assert got[-1].verdict.verdict == "supported", got
    got = _checked(rows, text.replace("105%", "95%"), date(2025, 3, 25))
    assert got[-1].verdict.verdict == "contradicted", got


def test_a_size_narrowing_from_a_signed_figure_has_its_sign():
    rows = [
        ("ocf", "2024FY", "-30000000", Y, "value", None, "S1"),
        ("ocf", "2023FY", "-120000000", Y, "value", None, "S1"),
    ]
    text = (
        "Yangli's operating cash flow showed a net outflow of 30 million yuan in 2024, "
        "narrowing from 120 million yuan a year earlier."
    )
    got = _checked(rows, text, date(2025, 3, 25))
    last = [c for c in got if "120" in c.claim.printed]
    assert last and last[0].verdict.verdict == "supported", got
    # without the word of comparison the size stands as printed
    got = _checked(rows, text.replace("narrowing from", "against"), date(2025, 3, 25))
    last = [c for c in got if "120" in c.claim.printed]
    assert last and last[0].verdict.verdict != "supported", got


def test_a_share_of_profit_in_a_sentence_about_the_dividend_is_the_payout_ratio():
    rows = [
        ("np_parent", "2024FY", "3000000000", Y, "value", None, "S1"),
        ("dividend_payout_ratio", "2024FY", "40.5", "%", "value", None, "S4"),
    ]
    text = (
        "Yangli's net profit attributable to shareholders was 3 billion yuan in 2024. The board "
        "proposed a payout of 12.15 yuan per 10 shares, equivalent to 40.5% of net profit."
    )
    got = _checked(rows, text, date(2025, 3, 25))
    assert got[-1].verdict.verdict == "supported", got
    got = _checked(rows, text.replace("40.5%", "45.0%"), date(2025, 3, 25))
    assert got[-1].verdict.verdict == "contradicted", got


def test_a_later_quarters_cash_flow_is_read_from_the_year_to_date():
    # a quarterly filing's cash flow statement is cumulative: no second quarter of its own
    rows = [
        ("capex", "2024H1", "700000000", Y, "value", None, "S3"),
        ("capex", "2023H1", "1000000000", Y, "value", None, "S3"),
        ("revenue", "2024H1", "9000000000", Y, "value", None, "S1"),
        ("revenue", "2023H1", "8000000000", Y, "value", None, "S1"),
    ]
    text = "In the second quarter of 2024 Yangli cut its capital expenditure by about 30%."
    got = _checked(rows, text, date(2024, 8, 25))
    assert got[-1].verdict.verdict == "supported" and "2024H1" in got[-1].verdict.reason, got
    got = _checked(rows, text.replace("30%", "50%"), date(2024, 8, 25))
    assert got[-1].verdict.verdict == "contradicted", got
    # an income-statement figure has quarters of its own: no such reading
    text = "In the second quarter of 2024 Yangli's revenue rose about 12.5%."
    assert _checked(rows, text, date(2024, 8, 25))[-1].verdict.verdict == "unverifiable"


def test_a_second_change_in_the_same_breath_is_of_the_first_ones_metric():
    rows = [
        ("np_parent", "2024H1", "1000000000", Y, "value", None, "S1"),
        ("np_parent", "2024Q1", "200000000", Y, "value", None, "S1"),
        ("np_parent", "2023H1", "1300000000", Y, "value", None, "S1"),
        ("np_parent", "2023Q1", "300000000", Y, "value", None, "S1"),
    ]
    # Q2 8亿: −20% on the year's second quarter (10亿), 4× the first quarter (+300%)
    text = "样例药业第二季度归母净利润8亿元，按年下降20%，按季则大增3倍。"
    got = _checked(rows, text, date(2024, 8, 25))
    assert got[-1].verdict.verdict == "misleading" and "300.00%" in got[-1].verdict.reason, got
    got = _checked(rows, text.replace("3倍", "6倍"), date(2024, 8, 25))
    assert got[-1].verdict.verdict == "contradicted", got


def test_a_multiple_naming_its_whole_is_no_second_change():
    rows = [
        ("ocf", "2024FY", "3900000000", Y, "value", None, "S3"),
        ("ocf", "2023FY", "3700000000", Y, "value", None, "S3"),
        ("np_parent", "2024FY", "3000000000", Y, "value", None, "S1"),
    ]
    text = "2024年样例药业经营活动现金流净额39亿元，同比增长5.4%，约为归母净利润的1.3倍。"
    assert _checked(rows, text, date(2025, 3, 25))[-1].verdict.verdict == "supported"


def test_a_loss_as_a_multiple_of_the_profit_a_year_before_compares_sizes():
    rows = [
        ("np_parent", "2024FY", "-9000000000", Y, "value", None, "S1"),
        ("np_parent", "2023FY", "3000000000", Y, "value", None, "S1"),
        ("np_parent", "2024FY", "-400", "%", "change_pct", None, "S1"),
    ]
    text = (
        "Yangli swung to a net loss attributable to shareholders of 9 billion yuan in 2024. "
        "The loss was about three times what it had earned a year earlier."
    )
    got = _checked(rows, text, date(2025, 3, 25))
    assert got[-1].verdict.verdict == "supported" and "profit" in got[-1].verdict.reason, got
    got = _checked(rows, text.replace("three times", "five times"), date(2025, 3, 25))
    assert got[-1].verdict.verdict == "contradicted", got


def test_a_bare_change_after_a_quarter_on_quarter_word_is_on_the_quarter_before():
    rows = [
        ("revenue", "2024H1", "14500000000", Y, "value", None, "S1"),
        ("revenue", "2024Q1", "6500000000", Y, "value", None, "S1"),
        ("revenue", "2023H1", "13500000000", Y, "value", None, "S1"),
        ("revenue", "2023Q1", "6220000000", Y, "value", None, "S1"),
    ]
    # Q2 80亿: +9.9% on 2023Q2 (72.8亿), +23.1% on 2024Q1 (65亿)
    text = "样例药业二季度营收80亿元，同比+9.9%，环比+23.1%，单季营收创新高。"
    got = [c for c in _checked(rows, text, date(2024, 8, 25)) if c.claim.unit == "%"]
    assert [c.verdict.verdict for c in got] == ["supported", "supported"], got


def test_a_change_from_a_base_named_with_its_year_is_measured_from_it():
    rows = [
        ("total_assets", "2024-12-31", "2300000000", Y, "value", None, "S2"),
        ("total_assets", "2023-12-31", "2200000000", Y, "value", None, "S2"),
        ("total_assets", "2022-12-31", "2000000000", Y, "value", None, "S2"),
    ]
    text = "截至2024年末，样例药业总资产23亿元，较2022年末增长15%。"
    got = _checked(rows, text, date(2025, 3, 25))
    assert got[-1].verdict.verdict == "supported" and "2022-12-31" in got[-1].verdict.reason, got
    got = _checked(rows, text.replace("较2022年末", "较上年末"), date(2025, 3, 25))
    assert got[-1].verdict.verdict == "contradicted", got  # +4.5% on the usual base
    # the digits of a compared amount are no year (较上年末的2000.0万元…)
    rows = [
        ("cash", "2024-12-31", "21000000", Y, "value", None, "S2"),
        ("cash", "2023-12-31", "20105000", Y, "value", None, "S2"),
    ]
    text = "截至2024年末，样例药业货币资金2100万元，较上年末的2010.5万元增长约4.5%。"
    assert _checked(rows, text, date(2025, 3, 25))[-1].verdict.verdict == "supported"


def test_a_change_from_a_quarter_named_in_the_quote_is_on_that_quarter():
    rows = [
        ("revenue", "2024H1", "14500000000", Y, "value", None, "S1"),
        ("revenue", "2024Q1", "6500000000", Y, "value", None, "S1"),
        ("revenue", "2023H1", "13500000000", Y, "value", None, "S1"),
        ("revenue", "2023Q1", "6220000000", Y, "value", None, "S1"),
    ]
    text = "样例药业二季度营收80亿元，同比增长9.9%；营收较一季度增长23.1%。"
    got = [c for c in _checked(rows, text, date(2024, 8, 25)) if c.claim.unit == "%"]
    assert got[-1].verdict.verdict == "supported" and "2024Q1" in got[-1].verdict.reason, got


def test_a_streak_without_the_level_before_it_uses_the_first_years_printed_growth():
    rows = [
        ("revenue", "2022FY", "5000000000", Y, "value", None, "S1"),
        ("revenue", "2023FY", "5500000000", Y, "value", None, "S1"),
        ("revenue", "2024FY", "6000000000", Y, "value", None, "S1"),
        ("revenue", "2022FY", "8.5", "%", "change_pct", None, "S1"),
    ]
    text = "Yangli's revenue rose to 6 billion yuan in 2024, its third straight year of growth."
    got = [c for c in _checked(rows, text, date(2025, 3, 25)) if "straight" in c.claim.quote]
    assert got and got[0].verdict.verdict == "supported", got
    rows[-1] = ("revenue", "2022FY", "-2.5", "%", "change_pct", None, "S1")
    got = [c for c in _checked(rows, text, date(2025, 3, 25)) if "straight" in c.claim.quote]
    assert got and got[0].verdict.verdict == "contradicted", got
