"""Verdicts on changes against a named period, halves of a year, signed sizes and approximate
rates (claims.verify, metrics.derive), on a small inline store."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caibao.claims.checker import Checker
from caibao.claims.model import Claim
from caibao.claims.verify import verify
from inline_store import inline_store

CODE = "600998"
Y = "CNY"


@pytest.fixture(scope="module")
def checker():
    store = inline_store(
        [
            ("revenue", "2024FY", "12000000000", Y, "value", None, "S1"),
            ("revenue", "2024H1", "5000000000", Y, "value", None, "S1"),
            ("revenue", "2020FY", "9000000000", Y, "value", None, "S1"),
            ("operating_profit", "2024Q3", "-100000000", Y, "value", None, "S1"),
            ("operating_profit", "2024Q4", "-150000000", Y, "value", None, "S1"),
            ("np_parent", "2024Q1", "800000000", Y, "value", None, "S2"),
            ("np_parent", "2024Q2", "600000000", Y, "value", None, "S2"),
            ("np_parent", "2024Q3", "500000000", Y, "value", None, "S2"),
            ("np_parent", "2024Q4", "480000000", Y, "value", None, "S2"),
            ("np_parent", "2025Q1", "300000000", Y, "value", None, "S2"),
            ("icf", "2024FY", "-1203000000", Y, "value", None, "S3"),
            ("fincf", "2024FY", "350000000", Y, "value", None, "S3"),
            ("np_parent_recurring", "2024FY", "900000000", Y, "value", None, "S3"),
            ("investment_income", "2024FY", "300000000", Y, "value", None, "S6"),
            ("total_profit", "2024FY", "1500000000", Y, "value", None, "S6"),
            ("gross_margin", "2024FY", "40.18", "%", "value", None, "S4"),
            ("selling_expense", "2024FY", "4512000000", Y, "value", None, "S5"),
            ("cash_from_sales", "2024FY", "13080000000", Y, "value", None, "S5"),
        ],
        CODE,
        "样例药业",
    )
    yield Checker(store)
    store.close()


def verdicts(checker, text):
    result = checker.check(text, CODE, date(2025, 4, 25))
    return [(c.claim.quote, c.claim.period, c.verdict) for c in result.claims]


def test_second_half_is_the_year_less_the_first_half(checker):
    got = verdicts(checker, "样例药业2024年下半年营收70亿元。")
    assert [(p, v.verdict) for _q, p, v in got] == [("2024H2", "supported")]
    assert "2024FY" in got[0][2].reason or got[0][2].sources


def test_first_half_is_the_sum_of_printed_quarters(checker):
    got = verdicts(checker, "样例药业2024年上半年归母净利润14亿元。")
    assert [(p, v.verdict) for _q, p, v in got] == [("2024H1", "supported")]


def test_a_change_against_a_named_quarter(checker):
    got = verdicts(checker, "样例药业2024年第四季度归母净利润4.8亿元，较第一季度的8亿元下降40%。")
    by_value = {q: v for q, _p, v in got}
    change = next(v for q, v in by_value.items() if "40%" in q)
    assert change.verdict == "supported", got
    assert "2024Q1" in change.reason
    wrong = verdicts(checker, "样例药业2024年第四季度归母净利润4.8亿元，较第一季度的8亿元下降25%。")
    assert next(v for q, _p, v in wrong if "25%" in q).verdict == "contradicted"


def test_a_size_with_a_word_of_outflow_is_negative(checker):
    text = "In 2024, Yangli's investing activities used 1.20 billion yuan."
    got = verdicts(checker, text)
    assert got[0][2].verdict == "supported", got
    # a financing inflow said to have gone out is contradicted
    got = verdicts(checker, "In 2024, 350 million yuan went out in financing activities at Yangli.")
    assert got and got[-1][2].verdict == "contradicted", got
    # the name of an item that holds a sign word (gains and losses) gives no sign
    text = (
        "In 2024 Yangli's net profit after deducting non-recurring gains and losses was 900 "
        "million yuan, and its profit and loss account showed 900 million yuan of it."
    )
    got = verdicts(checker, text)
    assert got[0][2].verdict == "supported", got


def test_an_approximate_rate_is_held_to_its_printed_digits(checker):
    assert verdicts(checker, "样例药业2024年毛利率约40.1%。")[0][2].verdict == "supported"
    # 3% of 39.2 would allow 1.2 points: a rate printed to a tenth does not
    assert verdicts(checker, "样例药业2024年毛利率约39.2%。")[0][2].verdict == "contradicted"


def test_quarter_on_quarter_said_after_the_change(checker):
    text = "In the fourth quarter of 2024, Yangli's net profit was down 4% quarter on quarter."
    got = verdicts(checker, text)
    assert [(p, v.verdict) for _q, p, v in got] == [("2024Q4", "supported")], got
    text = "Yangli's net profit for the fourth quarter of 2024 fell 10% QoQ."
    assert verdicts(checker, text)[-1][2].verdict == "contradicted"


def test_quarter_on_quarter_of_a_loss_is_the_change_of_its_size(checker):
    text = "Yangli's operating loss for the fourth quarter of 2024 widened 50% quarter on quarter."
    got = verdicts(checker, text)
    assert got[-1][2].verdict == "supported", got
    assert verdicts(checker, text.replace("50%", "20%"))[-1][2].verdict == "contradicted"


def test_a_level_after_a_compared_figure_is_their_difference(checker):
    text = "样例药业2024年第四季度归母净利润比第三季度的5亿元少了约0.2亿元。"
    got = verdicts(checker, text)
    assert got[-1][2].verdict == "supported", got
    assert "2024Q3" in got[-1][2].reason
    text = "样例药业2024年第四季度归母净利润比第三季度的5亿元少了约1亿元。"
    assert verdicts(checker, text)[-1][2].verdict == "contradicted"


def test_a_percentage_of_a_whole_is_the_figure_before_over_it(checker):
    text = "In 2024 Yangli spent 4.51 billion yuan on selling expenses, which swallowed 38% of revenue."
    got = verdicts(checker, text)
    assert got[-1][2].verdict == "supported", got
    assert "selling_expense[2024FY] / revenue[2024FY]" in got[-1][2].reason
    text = "In 2024 Yangli spent 4.51 billion yuan on selling expenses, which swallowed 45% of revenue."
    assert verdicts(checker, text)[-1][2].verdict == "contradicted"
    text = "In 2024 Yangli spent 4.51 billion yuan on selling expenses, 38% of the year's revenue."
    assert verdicts(checker, text)[-1][2].verdict == "supported"


def test_a_quarter_as_a_fraction_of_another_quarter(checker):
    # claims built by hand as the extractor reads "…earnings were only about 62% of the 480
    # million yuan booked in the fourth quarter of 2024" (the second quote runs over the first)
    text = "earnings were only about 62% of the 480 million yuan"
    share = Claim(0, 28, text[:28], CODE, "np_parent", None, "2025Q1", "value", Decimal(62), "%",
                  Decimal("0.5"), "approx", "", "earnings", "62%")  # fmt: skip
    base = Claim(0, len(text), text, CODE, "np_parent", None, "2024Q4", "value",
                 Decimal(480000000), "CNY", Decimal(500000), None, "million", "earnings",
                 "480 million yuan")  # fmt: skip
    m = checker.metrics(CODE)
    v = verify(share, m, [share, base], checker.lexicon.kinds)
    assert v.verdict == "supported", v
    assert "np_parent[2025Q1] / np_parent[2024Q4]" in v.reason
    wrong = share.with_(value=Decimal(80), quote=text[:28].replace("62", "80"), printed="80%")
    wrong_base = base.with_(quote=text.replace("62", "80"))
    assert verify(wrong, m, [wrong, wrong_base], checker.lexicon.kinds).verdict == "contradicted"


def test_a_threshold_crossed_compares_the_level(checker):
    # revenue 2024: 120亿 — above 100亿, not below 150亿
    assert verdicts(checker, "样例药业2024年营收突破百亿元。")[-1][2].verdict == "supported"
    got = verdicts(checker, "样例药业2024年营收同比下降，跌破150亿元。")
    assert got[-1][2].verdict == "supported", got
    got = verdicts(checker, "样例药业2024年营收同比下降，跌破100亿元。")
    assert got[-1][2].verdict == "contradicted", got


def test_a_change_without_a_metric_takes_the_compared_figures(checker):
    text = (
        "Yangli's net profit for the fourth quarter of 2024 was 480 million yuan, about 40% "
        "below the 800 million yuan earned in the first quarter."
    )
    got = verdicts(checker, text)
    change = next(v for q, _p, v in got if q.endswith("40%") or "40%" in q and "800" not in q)
    assert change.verdict == "supported" and "2024Q1" in change.reason, got


def test_one_figure_as_a_multiple_of_another(checker):
    got = verdicts(checker, "样例药业2024年销售商品收到的现金130.8亿元，是营收的1.09倍。")
    assert got[-1][2].verdict == "supported", got
    got = verdicts(checker, "样例药业2024年销售商品收到的现金130.8亿元，是营收的1.3倍。")
    assert got[-1][2].verdict == "contradicted", got


def test_any_ratio_of_two_concepts_is_computed(checker):
    # the extractor names a ratio no definition has as "numerator/denominator" (投资收益…占利润总额
    # 比重约20%): the engine computes it with both figures' provenance
    claim = Claim(0, 4, "约20%", CODE, "investment_income/total_profit", None, "2024FY", "value",
                  Decimal(20), "%", Decimal("0.5"), "approx", "", "投资收益", "20%")  # fmt: skip
    m = checker.metrics(CODE)
    v = verify(claim, m, [claim], checker.lexicon.kinds)
    assert (
        v.verdict == "supported" and "investment_income[2024FY] / total_profit[2024FY]" in v.reason
    )
    assert {s.table for s in v.sources} == {"S6"}
    wrong = claim.with_(value=Decimal(35), printed="35%", quote="约35%")
    assert verify(wrong, m, [wrong], checker.lexicon.kinds).verdict == "contradicted"


def test_a_change_from_a_base_years_back(checker):
    text = "样例药业2024年营收120亿元，与2020年的90亿元相比增长逾三成。"
    got = verdicts(checker, text)
    assert got[-1][2].verdict == "supported" and "2020FY" in got[-1][2].reason, got
    got = verdicts(checker, text.replace("逾三成", "逾五成"))
    assert got[-1][2].verdict == "contradicted", got


@pytest.fixture(scope="module")
def apple(corpus, tmp_path_factory):
    from caibao.ingest import ingest_file
    from caibao.store import Store

    store = Store(tmp_path_factory.mktemp("aapl") / "aapl.duckdb")
    ingest_file(corpus / "us" / "xbrl" / "aapl" / "10k_2023" / "aapl-20230930_htm.xml", store)
    yield store
    store.close()


def test_us_free_cash_flow_and_english_figures(apple):
    from caibao.metrics import Metrics

    m = Metrics(apple, "AAPL")
    fcf = m.value("free_cash_flow", "2023FY")
    ocf, capex = m.value("ocf", "2023FY"), m.value("capex", "2023FY")
    assert fcf is not None and fcf.unit == "USD"
    assert fcf.value == ocf.value - capex.value and len(fcf.sources) >= 2
    checker = Checker(apple)
    text = "Apple's revenue fell 2.8% to $383.3 billion in fiscal 2023."
    got = checker.check(text, "AAPL", date(2023, 11, 3)).claims
    level = next(c for c in got if c.claim.unit == "USD")
    assert level.verdict.verdict == "supported", level
    assert level.verdict.expected.startswith("$383.") and "billion" in level.verdict.expected
    assert "亿" not in level.verdict.reason


def test_streaks_are_checked_year_by_year():
    rows = [
        ("revenue", f"{y}FY", v, Y, "value", None, "S1")
        for y, v in ((2020, "90"), (2021, "80"), (2022, "70"), (2023, "75"), (2024, "60"))
    ] + [("ocf", f"{y}FY", "5", Y, "value", None, "S1") for y in (2022, 2023, 2024)]
    store = inline_store(rows, "600997", "连贯科技")
    checker = Checker(store)

    def streak(text):
        got = checker.check(text, "600997", date(2025, 4, 25)).claims
        return next(c for c in got if c.claim.measure.startswith("streak_"))

    # 2023 rose: three years of decline to 2024 do not hold; two to 2022 do
    c = streak("2024年，连贯科技营业收入60元，已连续三年下滑。")
    assert (c.claim.measure, c.claim.value, c.verdict.verdict) == ("streak_down", 3, "contradicted")
    assert "2023" in c.verdict.reason
    c = streak("2022年，连贯科技营业收入70元，连续两年下降。")
    assert c.verdict.verdict == "supported", c
    c = streak(
        "Lianguan's operating cash flow was 5 yuan in 2024, positive for three straight years."
    )
    assert c.verdict.verdict == "supported", c
    c = streak(
        "Lianguan's operating cash flow in 2024 has been positive in each of the past five years."
    )
    assert c.verdict.verdict == "unverifiable", c
    store.close()


def test_growth_by_a_multiple_beside_last_years_level_stays_ambiguous(checker):
    # revenue 2020 90亿 → 2024 120亿 is not in question here: 增长N倍 is growth, never the ratio
    # of the two levels printed beside it
    got = verdicts(checker, "样例药业2024年营收120亿元，较2020年的90亿元增长2倍。")
    assert "against" not in got[-1][2].reason and got[-1][2].verdict != "contradicted", got
