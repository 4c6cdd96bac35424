"""Figures the checker derives when a report does not print them: a dividend plan's total from
the amount per share and the share base, its payout ratio, a share count from 股本 at par, and
a level's direction word against the prior period (claims.verify, metrics.engine)."""

from __future__ import annotations

from datetime import date

import pytest

from caibao.claims.checker import Checker
from inline_store import inline_store

CODE = "600777"
Y = "CNY"


@pytest.fixture(scope="module")
def checker():
    store = inline_store(
        [
            ("np_parent", "2024FY", "2000000000", Y, "value", None, "S1"),
            ("np_parent", "2023FY", "1800000000", Y, "value", None, "S1"),
            ("np_parent", "2024Q4", "900000000", Y, "value", None, "S1"),
            ("operating_profit", "2024H1", "-300000000", Y, "value", None, "S1"),
            ("operating_profit", "2023H1", "-50000000", Y, "value", None, "S1"),
            ("revenue", "2024FY", "20000000000", Y, "value", None, "S1"),
            ("revenue", "2023FY", "16000000000", Y, "value", None, "S1"),
            ("revenue", "2022FY", "12500000000", Y, "value", None, "S1"),
            ("dividend_per_share", "2024FY", "0.8", "CNY/share", "value", None, "S2"),
            ("dividend_share_base", "2024FY", "1500000000", "count", "value", None, "S2"),
            ("share_capital", "2024-12-31", "1500000000", Y, "value", None, "S3"),
            ("long_term_borrowings", "2025-06-30", "5200000000", Y, "value", None, "S3"),
            ("long_term_borrowings", "2024-12-31", "5600000000", Y, "value", None, "S3"),
            ("cash", "2025-06-30", "1000000000", Y, "value", None, "S3"),
            ("cash", "2024-12-31", "1800000000", Y, "value", None, "S3"),
            ("cash", "2022-12-31", "3000000000", Y, "value", None, "S3"),
            ("eps_basic", "2024FY", "1.33", "CNY/share", "value", None, "S1"),
            ("dividend_per_share_year", "2024FY", "1.2", "CNY/share", "value", None, "S2"),
            ("eps_diluted", "2024FY", "1.30", "CNY/share", "value", None, "S1"),
        ],
        CODE,
        "示例医药",
    )
    yield Checker(store)
    store.close()


def verdicts(checker, text):
    result = checker.check(text, CODE, date(2025, 4, 20))
    return [(c.claim.quote, c.verdict.verdict, c.verdict.reason) for c in result.claims]


def test_a_plans_total_dividend_is_per_share_times_the_share_base(checker):
    got = verdicts(checker, "示例医药2024年度拟派发现金红利合计约12亿元。")
    assert [v for _q, v, _r in got] == ["supported"]
    assert "dividend_share_base" in got[0][2]
    wrong = verdicts(checker, "示例医药2024年度拟派发现金红利合计约15亿元。")
    assert [v for _q, v, _r in wrong] == ["contradicted"]


def test_a_share_of_the_whole_the_quote_opens_on(checker):
    text = "示例医药2024年度现金分红总额12亿元，占当年归母净利润的比例为六成。"
    got = verdicts(checker, text)
    assert got[-1][1] == "supported", got
    text = "示例医药2024年度现金分红总额12亿元，占当年归母净利润的比例为八成。"
    assert verdicts(checker, text)[-1][1] == "contradicted"


def test_a_share_count_against_share_capital_at_par(checker):
    got = verdicts(checker, "截至2024年末，示例医药总股本15亿股。")
    assert [v for _q, v, _r in got] == ["supported"]


def test_a_quarters_share_of_the_full_year(checker):
    text = "Shiliyiyao: the October-December quarter alone represented 45% of the full-year profit."
    result = checker.check(text, CODE, date(2025, 4, 20))
    got = [(c.claim.period, c.verdict.verdict) for c in result.claims]
    assert got == [("2024Q4", "supported")], [(c.claim, c.verdict) for c in result.claims]
    text = text.replace("45%", "60%")
    result = checker.check(text, CODE, date(2025, 4, 20))
    assert [c.verdict.verdict for c in result.claims] == ["contradicted"]


def test_a_level_after_a_word_of_direction_that_moved_the_other_way(checker):
    # net margin 2024: 10%, 2023: 11.25%: the level is right, 'widened' is not
    text = "Shiliyiyao's net margin widened to 10% in 2024."
    result = checker.check(text, CODE, date(2025, 4, 20))
    assert [c.verdict.verdict for c in result.claims] == ["contradicted"]
    assert "2023FY" in result.claims[0].verdict.reason
    result = checker.check("示例医药2024年净利率降至10%。", CODE, date(2025, 4, 20))
    assert [c.verdict.verdict for c in result.claims] == ["supported"]
    # a base named before the word (较年内低点回升至): the move is from that base
    result = checker.check("示例医药2024年净利率较年内低点回升至10%。", CODE, date(2025, 4, 20))
    assert [c.verdict.verdict for c in result.claims][-1:] == ["supported"]


def test_a_balance_after_a_word_of_direction_moved_from_the_start_of_its_year(checker):
    # long-term borrowings 5.6bn at 2024-12-31, 5.2bn at 2025-06-30; an adverb may stand
    # between the verb and its "to"
    text = "At the end of June 2025, Shiliyiyao's long-term borrowings climbed modestly to 5.2 billion yuan."
    result = checker.check(text, CODE, date(2025, 8, 20))
    got = [(c.claim.period, c.verdict.verdict) for c in result.claims]
    assert got == [("2025-06-30", "contradicted")], got
    assert "2024-12-31" in result.claims[0].verdict.reason
    text = text.replace("climbed modestly", "eased")
    got = [c.verdict.verdict for c in checker.check(text, CODE, date(2025, 8, 20)).claims]
    assert got == ["supported"], got


def test_a_base_year_named_after_the_change(checker):
    # cash 1.0bn at 2025-06-30, 1.8bn at 2024-12-31, 3.0bn at 2022-12-31: since 2022 is -66.7%
    text = (
        "Shiliyiyao reported its first-half results. At the end of June its cash pile had "
        "fallen 67% since 2022, to 1.0 billion yuan."
    )
    day = date(2025, 8, 20)
    got = [(c.claim.measure, c.verdict.verdict) for c in checker.check(text, CODE, day).claims]
    assert ("change_pct", "supported") in got, got
    text = text.replace("67%", "44%")
    got = [(c.claim.measure, c.verdict.verdict) for c in checker.check(text, CODE, day).claims]
    assert ("change_pct", "contradicted") in got, got
    # a span against a bare year is the same span that year: revenue 2024 vs 2022 is +60%
    text = "Shiliyiyao's revenue for 2024 was up 60% on 2022."
    got = [(c.claim.period, c.verdict.verdict) for c in verdicts_of(checker, text)]
    assert got == [("2024FY", "supported")], got


def test_earnings_per_share_not_called_basic_or_diluted_may_be_either(checker):
    # basic 1.33, diluted 1.30 yuan for 2024
    text = "In 2024 Shiliyiyao earned 1.30 yuan a share."
    got = [(c.verdict.verdict, c.verdict.reason) for c in verdicts_of(checker, text)]
    assert got and got[0][0] == "supported" and "eps_diluted" in got[0][1], got
    text = "In 2024 Shiliyiyao's basic earnings per share were 1.30 yuan."
    got = [c.verdict.verdict for c in verdicts_of(checker, text)]
    assert got == ["contradicted"], got
    text = "示例医药2024年每股收益1.25元。"
    got = [c.verdict.verdict for c in verdicts_of(checker, text)]
    assert got == ["contradicted"], got


def test_a_dividend_per_share_may_be_the_plans_or_the_years(checker):
    # the final plan pays 0.8 yuan a share, the year (with an interim payout) 1.2
    for text, want in [
        ("示例医药2024年度每10股派发现金红利8元。", "supported"),
        ("示例医药2024年全年累计每10股派现12元。", "supported"),
        ("示例医药2024年度每10股派发现金红利10元。", "contradicted"),
    ]:
        got = [c.verdict.verdict for c in verdicts_of(checker, text)]
        assert got == [want], (text, got)


def test_a_share_of_the_year_whose_words_open_the_quote_after_zhan_quannian(checker):
    # np_parent 2024Q4 0.9bn of 2.0bn for 2024: 45%
    text = "示例医药2024年第四季度归母净利润9亿元，环比改善，占全年归母净利润的45%。"
    got = [(c.claim.period, c.verdict.verdict) for c in verdicts_of(checker, text)]
    assert (
        got[-1] == ("2024FY", "supported")
        and "2024Q4" in verdicts_of(checker, text)[-1].verdict.reason
    ), got
    got = [c.verdict.verdict for c in verdicts_of(checker, text.replace("45%", "60%"))]
    assert got[-1] == "contradicted", got


def test_a_loss_as_a_multiple_of_the_year_before_loss(checker):
    text = (
        "In the first half of 2024, Shiliyiyao's operating loss was 6 times the year-earlier loss."
    )
    got = {
        c.claim.measure: c.verdict.verdict
        for c in checker.check(text, CODE, date(2025, 8, 20)).claims
    }
    assert got.get("times") == "supported", got
    text = text.replace("6 times", "9 times")
    got = {
        c.claim.measure: c.verdict.verdict
        for c in checker.check(text, CODE, date(2025, 8, 20)).claims
    }
    assert got.get("times") == "contradicted", got


def test_a_change_after_a_from_to_pair_is_measured_from_the_first_level(checker):
    text = "示例医药营收由2022年的125亿元提高到2024年的200亿元，两年累计增长六成。"
    got = [
        (c.claim.measure, c.verdict.verdict, c.verdict.reason) for c in verdicts_of(checker, text)
    ]
    assert got[-1][:2] == ("change_pct", "supported"), got
    assert "2022FY" in got[-1][2]
    text = text.replace("六成", "两成")
    assert verdicts_of(checker, text)[-1].verdict.verdict == "contradicted"


def verdicts_of(checker, text):
    return checker.check(text, CODE, date(2025, 4, 20)).claims


def test_a_multiple_on_the_quarter_before_uses_a_first_quarter_derived_from_the_half():
    # no first-quarter report: Q1 = H1 - Q2 = 2.90亿; Q2 4.72亿 is 1.63× Q1 (+62.8%)
    store = inline_store(
        [
            ("np_parent", "2025H1", "762000000", Y, "value", None, "S1"),
            ("np_parent", "2025Q2", "472000000", Y, "value", None, "S1"),
            ("np_parent", "2024Q2", "616000000", Y, "value", None, "S1"),
        ],
        CODE,
        "示例医药",
    )
    text = "示例医药2025年二季度净利润环比上升1.6倍。"
    got = Checker(store).check(text, CODE, date(2025, 8, 20)).claims
    times = [c for c in got if c.claim.measure == "times"]
    assert [c.verdict.verdict for c in times] == ["misleading"], [c.verdict for c in got]
    assert "62.76%" in times[0].verdict.reason
    store.close()


def test_operating_margin_and_effective_tax_rate_are_computed():
    store = inline_store(
        [
            ("revenue", "2024FY", "8000000000", Y, "value", None, "S1"),
            ("operating_profit", "2024FY", "1000000000", Y, "value", None, "S1"),
            ("total_profit", "2024FY", "1200000000", Y, "value", None, "S1"),
            ("income_tax", "2024FY", "180000000", Y, "value", None, "S1"),
        ],
        CODE,
        "示例医药",
    )
    checker = Checker(store)
    text = "示例医药2024年营业利润率为12.5%，实际税率为15%。"
    got = [c.verdict.verdict for c in checker.check(text, CODE, date(2025, 4, 20)).claims]
    assert got == ["supported", "supported"]
    text = "示例医药2024年营业利润率为14.5%。"
    got = [c.verdict.verdict for c in checker.check(text, CODE, date(2025, 4, 20)).claims]
    assert got == ["contradicted"]
    store.close()


def test_a_segments_margin_from_the_segments_profit_and_revenue():
    store = inline_store(
        [
            ("revenue", "2024FY", "8000000000", Y, "value", None, "S1"),
            ("revenue", "2024FY", "2000000000", Y, "value", "云服务", "S2"),
            ("operating_profit", "2024FY", "600000000", Y, "value", "云服务", "S2"),
        ],
        CODE,
        "示例医药",
    )
    text = "示例医药2024年云服务业务营业利润率为30%。"
    got = Checker(store).check(text, CODE, date(2025, 4, 20)).claims
    assert [(c.claim.segment, c.verdict.verdict) for c in got] == [("云服务", "supported")], got
    store.close()


def test_net_profit_stands_in_for_a_missing_attributable_profit_only_to_support():
    store = inline_store(
        [
            ("net_profit", "2024FY", "1100000000", Y, "value", None, "S1"),
            ("net_profit", "2023FY", "1000000000", Y, "value", None, "S1"),
        ],
        CODE,
        "示例医药",
    )
    checker = Checker(store)
    text = "示例医药2024年归母净利润11亿元，同比增长10%。"
    got = checker.check(text, CODE, date(2025, 4, 20)).claims
    assert [c.verdict.verdict for c in got] == ["supported", "supported"]
    assert "net_profit" in got[0].verdict.reason
    text = "示例医药2024年归母净利润15亿元。"
    got = checker.check(text, CODE, date(2025, 4, 20)).claims
    assert [c.verdict.verdict for c in got] == ["unverifiable"]
    store.close()
