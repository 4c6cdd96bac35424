"""Verdicts on small inline stores: each verdict, its reason, expected value and sources."""

from __future__ import annotations

from datetime import date

import pytest

from caibao.claims.checker import Checker
from caibao.errors import UnknownCompanyError
from caibao.model import CHANGE_PCT
from inline_store import inline_store

CODE = "600999"


def _store(rows):
    """rows: (concept, period, value, unit, measure, segment, source key)"""
    return inline_store(rows, CODE, "示例科技")


@pytest.fixture(scope="module")
def checker():
    y = "CNY"
    store = _store(
        [
            ("revenue", "2024FY", "12000000000", y, "value", None, "S1"),
            ("revenue", "2023FY", "10000000000", y, "value", None, "S1"),
            ("revenue", "2024FY", "20", "%", CHANGE_PCT, None, "S1"),
            ("revenue", "2024FY", "3000000000", y, "value", "云服务", "S1"),
            ("revenue", "2024FY", "9000000000", y, "value", "硬件", "S1"),
            ("np_parent", "2025Q1", "-193000000", y, "value", None, "S2"),
            ("np_parent", "2025Q1", "35.68", "%", CHANGE_PCT, None, "S2"),
            ("np_parent", "2024FY", "500000000", y, "value", None, "S1"),
            ("np_parent", "2023FY", "-200000000", y, "value", None, "S1"),
            ("ocf", "2024FY", "2495000000", y, "value", None, "S1"),
            ("ocf", "2024FY", "613.40", "%", CHANGE_PCT, None, "S1"),
            ("collection_ratio", "2024FY", "98.14", "%", "value", None, "S7"),
            ("collection_ratio", "2024FY", "97.20", "%", "value", None, "S6"),
            ("gross_margin", "2024FY", "40.18", "%", "value", None, "S3"),
            ("gross_margin", "2024FY", "2.12", "pp", "change_pp", None, "S3"),
        ]
    )
    yield Checker(store)
    store.close()


def verdicts(checker, text):
    result = checker.check(text, CODE, date(2025, 4, 25))
    return [(c.claim.quote, c.verdict) for c in result.claims]


def only(checker, text):
    got = verdicts(checker, text)
    assert len(got) == 1, got
    return got[0][1]


def test_supported_with_expected_and_sources(checker):
    v = only(checker, "2024年示例科技营收120亿元。")
    assert v.verdict == "supported" and v.expected == "120.00亿元"
    assert [s.table for s in v.sources] == ["S1"]


def test_contradicted_names_the_sources(checker):
    v = only(checker, "2024年示例科技营收125亿元。")
    assert v.verdict == "contradicted" and "S1" in v.reason and v.expected == "120.00亿元"


def test_precision_and_qualifiers(checker):
    assert only(checker, "2024年营收120.00亿元。").verdict == "supported"
    assert only(checker, "2024年营收120.004亿元。").verdict == "contradicted"  # ±0.0005亿
    assert only(checker, "2024年营收120.1亿元。").verdict == "contradicted"
    assert only(checker, "2024年营收近121亿元。").verdict == "supported"
    assert only(checker, "2024年营收近119亿元。").verdict == "contradicted"
    assert only(checker, "2024年营收超过110亿元。").verdict == "supported"
    assert only(checker, "2024年营收不足110亿元。").verdict == "contradicted"
    assert only(checker, "2024年营收约118亿元。").verdict == "supported"


def test_sources_disagree(checker):
    v = only(checker, "2024年回款率达到了98.14%。")
    assert v.verdict == "sources_disagree"
    assert {s.table for s in v.sources} == {"S6", "S7"}


def test_growth_of_a_loss_is_misleading(checker):
    v = only(checker, "2025年一季度归母净利润同比增长35.68%。")
    assert v.verdict == "misleading" and "loss" in v.reason
    v = only(checker, "2024年归母净利润同比增长350%。")  # from a loss of 2亿 to a profit of 5亿
    assert v.verdict == "misleading" and "扭亏" in v.reason


def test_ambiguous_times(checker):
    assert only(checker, "2024年经营性现金流暴涨6倍。").verdict == "misleading"
    assert only(checker, "2024年经营性现金流同比增长超6倍。").verdict == "supported"
    assert only(checker, "2024年经营性现金流同比增长超8倍。").verdict == "contradicted"


def test_rate_change_in_per_cent_instead_of_points(checker):
    assert only(checker, "2024年毛利率提升2.12个百分点。").verdict == "supported"
    assert only(checker, "2024年毛利率同比增长2.12%。").verdict == "misleading"


def test_last_digit_rounding_of_a_rate(checker):
    v = only(checker, "2024年经营性现金流同比增长613.39%。")
    assert v.verdict == "supported" and "rounding" in v.reason


def test_shares_and_ranks(checker):
    got = verdicts(checker, "2024年，硬件业务收入90亿元，营收占比75%，是第一大业务。")
    assert [v.verdict for _q, v in got] == ["supported", "supported", "supported"]
    got = verdicts(checker, "2024年，云服务业务收入30亿元，营收占比30%，是第一大业务。")
    assert [v.verdict for _q, v in got] == ["supported", "contradicted", "contradicted"]


def test_the_articles_own_arithmetic(checker):
    # no store figures for this segment: the article's two levels decide the growth
    got = verdicts(checker, "2024年，咨询业务收入12.00亿元，较2023年的10.00亿元增长25%。")
    assert [v.verdict for _q, v in got] == ["unverifiable", "unverifiable", "contradicted"]
    got = verdicts(checker, "2024年，咨询业务收入12.00亿元，较2023年的10.00亿元增长20%。")
    assert got[2][1].verdict == "supported"
    # printed to the 亿 only, 12亿 over 10亿 can be anything from 9.5% to 31.6%
    got = verdicts(checker, "2024年，咨询业务收入12亿元，较2023年的10亿元增长25%。")
    assert got[2][1].verdict == "supported"


def test_unverifiable_cases(checker):
    assert only(checker, "2024年微软的总投资超过了2000亿美元。").verdict == "unverifiable"
    assert only(checker, "2024年示例科技新增专利3000项。").verdict == "unverifiable"
    assert only(checker, "2024年智能家居业务收入5亿元。").verdict == "unverifiable"


def test_unknown_company(checker):
    with pytest.raises(UnknownCompanyError):
        checker.check("营收3亿元", "no-such-company")


def test_multiples_against_the_articles_own_growth(checker):
    got = verdicts(
        checker, "2024年，咨询业务收入同比增长613.39%，同比增长超6倍，暴涨6倍，增长8倍。"
    )
    assert [v.verdict for _q, v in got] == [
        "unverifiable",
        "supported",
        "misleading",
        "contradicted",
    ]
    assert "the article" in got[1][1].reason


def test_an_increase_against_the_two_levels(checker):
    text = "2024年，咨询业务收入12.00亿元，上年为10.00亿元，同比增加2.00亿元；培训业务收入5.00亿元，上年为4.00亿元，同比增加2.00亿元。"  # noqa: E501
    got = [v.verdict for _q, v in verdicts(checker, text)]
    assert got[2] == "supported" and got[5] == "contradicted"


def test_loss_and_outflow_wording_without_a_prior_level(checker):
    # np_parent 2025Q1 is -1.93亿 with a printed change of +35.68% (the loss 35.68% smaller)
    got = verdicts(checker, "2025年第一季度归母净利润亏损1.93亿元，亏损同比收窄35.68%。")
    assert [v.verdict for _q, v in got] == ["supported", "supported"]
    got = verdicts(checker, "2025年第一季度归母净利润亏损1.93亿元，亏损同比扩大35.68%。")
    assert got[1][1].verdict == "contradicted"
