"""Verdicts on multiples, on small inline stores: a multiple of an amount (not of a rate between),
of the same figure at another date, "N times the figure" as a level, English "-fold", a multiple
of a period named with the whole, a second change "in the same breath" (按季大增3倍), a multiple
naming its whole, a loss as a multiple of last year's profit, an analyst's "3.1x" cover ratio;
and an outflow "consumed"."""

from __future__ import annotations

from datetime import date

import pytest

from caibao.claims.checker import Checker
from inline_store import checked_claims as _checked
from inline_store import inline_store
from inline_store import sample_verdicts as verdicts

CODE = "600998"
Y = "CNY"


@pytest.fixture(scope="module")
def checker():
    store = inline_store(
        [
            ("revenue", "2024FY", "12000000000", Y, "value", None, "S1"),
            ("selling_expense", "2024FY", "4500000000", Y, "value", None, "S1"),
            ("rd_expense", "2024FY", "300000000", Y, "value", None, "S1"),
            ("contract_liabilities", "2024-12-31", "920000000", Y, "value", None, "S2"),
            ("contract_liabilities", "2023-12-31", "80000000", Y, "value", None, "S2"),
            ("ocf", "2024FY", "2400000000", Y, "value", None, "S3"),
            ("ocf", "2023FY", "190000000", Y, "value", None, "S3"),
            ("icf", "2024FY", "-6960000000", Y, "value", None, "S3"),
        ],
        CODE,
        "样例药业",
    )
    yield Checker(store)
    store.close()


def test_a_multiple_of_an_amount_is_of_the_amount_not_the_rate_between(checker):
    got = verdicts(checker, "样例药业2024年销售费用45亿元，销售费用率37.5%，是研发费用的15倍。")
    assert got[-1][2].verdict == "supported", got
    got = verdicts(checker, "样例药业2024年销售费用45亿元，销售费用率37.5%，是研发费用的9倍。")
    assert got[-1][2].verdict == "contradicted", got


def test_a_multiple_of_the_same_figure_at_another_date(checker):
    got = verdicts(checker, "截至2024年末，样例药业合同负债9.2亿元，是年初的11倍有余。")
    assert got[-1][2].verdict == "supported", got
    got = verdicts(checker, "截至2024年末，样例药业合同负债9.2亿元，是年初的13倍有余。")
    assert got[-1][2].verdict == "contradicted", got


def test_n_times_the_figure_is_the_level_only(checker):
    text = (
        "Yangli's operating cash flow reached 2.4 billion yuan in 2024, about 12.6 times the "
        "190 million yuan a year earlier."
    )
    got = verdicts(checker, text)
    times = next(v for q, _p, v in got if "12.6" in q)
    assert times.verdict == "supported", got
    text = text.replace("12.6 times", "11.6 times")
    times = next(v for q, _p, v in verdicts(checker, text) if "11.6" in q)
    assert times.verdict == "contradicted"


def test_consumed_is_an_outflow(checker):
    got = verdicts(checker, "In 2024 Yangli's investing activities consumed 7.0 billion yuan.")
    assert [v.verdict for _q, _p, v in got] == ["supported"], got


def test_an_analysts_x_ratio_without_growth_is_no_growth_multiple(checker):
    text = "At the end of 2024 Yangli's operating cash flow covered its short-term debt by 3.1x."
    got = [v for q, _p, v in verdicts(checker, text) if "3.1x" in q]
    assert got and got[0].verdict == "unverifiable", got


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
