"""Round-4 verification cases (claims.verify, wholes, multiples, signs) on a small inline store:
a multiple of the amount before (not of a rate between), of the same figure at another date,
"N times the figure" as a level, an outflow "consumed"."""

from __future__ import annotations

from datetime import date

import pytest

from caibao.claims.checker import Checker
from inline_store import inline_store

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


def verdicts(checker, text):
    result = checker.check(text, CODE, date(2025, 4, 25))
    return [(c.claim.quote, c.claim.period, c.verdict) for c in result.claims]


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


@pytest.fixture(scope="module")
def quarters():
    store = inline_store(
        [
            ("revenue", "2024FY", "3431000000", Y, "value", None, "S1"),
            ("revenue", "2024Q1-Q3", "2198000000", Y, "value", None, "S1"),
            ("np_parent", "2024FY", "-4950000000", Y, "value", None, "S2"),
            ("np_parent", "2024Q1-Q3", "-1800000000", Y, "value", None, "S2"),
        ],
        CODE,
        "样例药业",
    )
    yield Checker(store)
    store.close()


def test_a_quarter_as_a_share_of_its_unquoted_year(quarters):
    text = "Yangli's fourth-quarter sales accounted for roughly 36% of the year."
    assert verdicts(quarters, text)[-1][2].verdict == "supported"
    text = "Yangli's fourth-quarter sales accounted for roughly 46% of the year."
    assert verdicts(quarters, text)[-1][2].verdict == "contradicted"
    text = (
        "Yangli's net loss for the fourth quarter came to 3.15 billion yuan, more than "
        "three-fifths of the 4.95 billion yuan lost over the year."
    )
    share = [v for q, _p, v in verdicts(quarters, text) if "three-fifths" in q]
    assert share and share[0].verdict == "supported", share


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


def test_a_segments_amount_in_percent_is_its_share_of_the_company():
    store = inline_store(
        [
            ("operating_profit", "2024FY", "1220000000", Y, "value", None, "S3"),
            ("operating_profit", "2024FY", "2280000000", Y, "value", "云服务", "S3"),
        ],
        CODE,
        "样例药业",
    )
    try:
        checker = Checker(store)
        text = "2024年，样例药业云服务业务营业利润22.8亿元，贡献了公司全部营业利润的186%。"
        assert verdicts(checker, text)[-1][2].verdict == "supported"
        text = text.replace("186%", "150%")
        assert verdicts(checker, text)[-1][2].verdict == "contradicted"
    finally:
        store.close()


def test_an_analysts_x_ratio_without_growth_is_no_growth_multiple(checker):
    text = "At the end of 2024 Yangli's operating cash flow covered its short-term debt by 3.1x."
    got = [v for q, _p, v in verdicts(checker, text) if "3.1x" in q]
    assert got and got[0].verdict == "unverifiable", got


def test_a_named_ratio_of_a_quarter_is_not_a_share_of_its_year():
    store = inline_store(
        [
            ("sga_expense", "2024Q3", "2870000000", "USD", "value", None, "S3"),
            ("sga_expense", "2023Q3", "3190000000", "USD", "value", None, "S3"),
            ("revenue", "2024Q3", "27400000000", "USD", "value", None, "S3"),
            ("revenue", "2024FY", "99000000000", "USD", "value", None, "S3"),
        ],
        CODE,
        "样例药业",
    )
    try:
        text = (
            "In the third quarter of 2024 Yangli's selling, general and administrative expenses "
            "fell 10% to $2.87 billion, or roughly 10.5% of revenue."
        )
        got = Checker(store).check(text, CODE, date(2024, 11, 25)).claims
        share = [c.verdict for c in got if c.claim.quote.endswith("10.5%")]
        assert share and share[0].verdict == "supported", got
    finally:
        store.close()
