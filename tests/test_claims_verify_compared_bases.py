"""Verdicts on changes measured from a compared base, on small inline stores: a change over
several years, after "from A to B", a bare multiple of an earlier year, a base named with its
year or quarter, a named earlier figure after "rose N% to", a bare sum of an earlier period, a
change after a quarter-on-quarter word, 较Q1 after a table of bare figures, a size narrowing
from a signed figure, a later quarter's cash flow read from the year to date, and a balance
compared with the start of a fiscal year not ending in December."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caibao.claims.checker import Checker
from caibao.metrics import Metrics
from caibao.model import CHANGE_PCT
from inline_store import checked_claims as _checked
from inline_store import inline_store
from inline_store import sample_verdicts as verdicts

CODE = "600998"
Y = "CNY"


@pytest.fixture(scope="module")
def years():
    store = inline_store(
        [
            ("ocf", "2024FY", "812000000", Y, "value", None, "S3"),
            ("ocf", "2023FY", "700000000", Y, "value", None, "S3"),
            ("ocf", "2022FY", "410000000", Y, "value", None, "S3"),
            ("ocf", "2021FY", "300000000", Y, "value", None, "S3"),
            ("revenue", "2024FY", "2400000000", Y, "value", None, "S1"),
            ("revenue", "2022FY", "1500000000", Y, "value", None, "S1"),
        ],
        CODE,
        "样例药业",
    )
    yield Checker(store)
    store.close()


def test_a_change_over_several_years_is_from_the_first_of_them(years):
    # either count of the years: 2022→2024 (+98%) or 2021→2024 (+171%)
    assert verdicts(years, "样例药业经营现金流三年几乎翻了一番")[-1][2].verdict == "supported"
    assert verdicts(years, "样例药业2024年经营现金流三年增长了约170%")[-1][2].verdict == "supported"
    assert verdicts(years, "样例药业经营现金流两年增长三成")[-1][2].verdict == "contradicted"


def test_a_change_after_from_a_to_b_takes_their_metric_and_base(years):
    text = "样例药业经营活动现金流净额由2022年的4.1亿元升至2024年的8.12亿元，两年间接近翻番。"
    got = verdicts(years, text)
    assert got[-1][2].verdict == "supported" and "2022FY" in got[-1][2].reason, got


def test_a_bare_multiple_of_an_earlier_year_is_of_the_level(years):
    got = verdicts(years, "样例药业2024年营收24亿元，约为2022年的1.6倍。")
    assert got[-1][2].verdict == "supported", got
    got = verdicts(years, "样例药业2024年营收24亿元，约为2022年的2.6倍。")
    assert got[-1][2].verdict == "contradicted", got


def test_an_english_change_in_apposition_to_a_level_is_that_levels():
    store = inline_store(
        [
            ("cash", "2024-06-30", "19522000000", Y, "value", None, "S3"),
            ("cash", "2023-12-31", "19523000000", Y, "value", None, "S3"),
        ],
        CODE,
        "样例药业",
    )
    try:
        text = (
            "Yangli's cash and equivalents were 19.5 billion yuan at end-June 2024, virtually "
            "unchanged from the end of 2023."
        )
        got = Checker(store).check(text, CODE, date(2024, 8, 25)).claims
        assert [c.verdict.verdict for c in got] == ["supported", "supported"], got
    finally:
        store.close()


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


def test_a_rates_change_in_points_from_a_named_quarter_is_measured_from_it():
    rows = [
        ("revenue", "2025Q2", "2000000000", Y, "value", None, "S1"),
        ("gross_profit", "2025Q2", "920000000", Y, "value", None, "S1"),
        ("revenue", "2025Q1", "1800000000", Y, "value", None, "S1"),
        ("gross_profit", "2025Q1", "702000000", Y, "value", None, "S1"),
        ("revenue", "2024Q2", "1900000000", Y, "value", None, "S1"),
        ("gross_profit", "2024Q2", "950000000", Y, "value", None, "S1"),
    ]
    # 46.0% against 39.0% in the first quarter (and 50.0% a year before): +7.0 points
    text = "样例药业2025年二季度毛利率46.0%，较一季度的39.0%回升7.0个百分点。"
    got = [c for c in _checked(rows, text, date(2025, 8, 28)) if c.claim.measure == "change_pp"]
    assert [c.verdict.verdict for c in got] == ["supported"], got
    text = text.replace("回升7.0个百分点", "回升4.0个百分点")
    got = [c for c in _checked(rows, text, date(2025, 8, 28)) if c.claim.measure == "change_pp"]
    assert [c.verdict.verdict for c in got] == ["contradicted"], got


def test_a_figure_after_a_clause_break_is_no_base_of_the_change_before_it():
    rows = [
        ("revenue", "2024FY", "2000000000", Y, "value", None, "S1"),
        ("gross_profit", "2024FY", "920000000", Y, "value", None, "S1"),
        ("revenue", "2023FY", "2000000000", Y, "value", None, "S1"),
        ("gross_profit", "2023FY", "960000000", Y, "value", None, "S1"),
        ("revenue", "2022FY", "2000000000", Y, "value", None, "S1"),
        ("gross_profit", "2022FY", "1040000000", Y, "value", None, "S1"),
    ]
    text = "Yangli Pharma's 2024 gross margin was 46.0%, a 2.0-point drop; it was 52.0% in 2022."
    got = [c for c in _checked(rows, text, date(2025, 4, 25)) if c.claim.measure == "change_pp"]
    assert [c.verdict.verdict for c in got] == ["supported"], got
