"""Chinese grammar of what a figure measures: a clause opened by 规模 or 这一数字 speaks of the
figure before it; a cause after 原因是 is measured by the noun after its figure, not by the metric
whose change it explains; a rate defined by a quotient in brackets (（A/B）) is what the figures
after it measure, not B."""

from __future__ import annotations

from datetime import date

import pytest

from caibao.claims.extract import extract_claims

REF = date(2025, 8, 10)


def _got(text):
    return [(c.concept, c.measure) for c in extract_claims(text, "600080", REF)]


@pytest.mark.parametrize(
    "text",
    [
        "上半年公司回购股票2.1亿元，规模同比增长一倍。",
        "上半年经营活动现金流净额3.3亿元，去年同期因收回保证金，这一数字为8.8亿元。",
    ],
)
def test_a_clause_opened_by_a_back_reference_keeps_the_metric(text):
    got = _got(text)
    assert len({concept for concept, _ in got}) == 1 and got[0][0] is not None, got


def test_a_thing_of_its_own_is_not_a_back_reference():
    assert _got("上半年公司营收3亿元，行业市场规模达到800亿元。")[1] == (None, "value")


def test_the_figure_of_a_cause_is_the_noun_after_it():
    got = _got("净利润下降的主要原因是计提了1.2亿元的诉讼相关费用。")
    assert got == [("litigation_charges", "value")]


def test_a_rate_defined_by_a_quotient_owns_the_figures_after_it():
    got = _got("上半年赔付率（福利及理赔支出/保费收入）为66.1%，同比下降1.2个百分点。")
    assert got == [("loss_ratio", "value"), ("loss_ratio", "change_pp")]


def test_a_company_named_for_the_time_of_its_spin_off_is_not_the_subject():
    text = "去年同期包含了华润医药（CRP）分拆前的已终止经营业务利润3.2亿元。"
    (claim,) = extract_claims(text, "600080", REF, companies=None)
    assert claim.concept == "np_discontinued"


def test_a_figure_named_after_it_as_from_discontinued_operations():
    got = _got("上年同期包含1.5亿元来自已终止经营业务的利润。")
    assert got == [("np_discontinued", "value")]


def test_premiums_are_a_line_of_their_own_not_a_segment():
    text = "上半年保费收入30亿美元；赔付率（福利及理赔支出/保费收入）为66.1%。"
    got = extract_claims(text, "AFL", REF, segments=("Japan", "U.S."))
    assert [(c.concept, c.segment) for c in got] == [
        ("premiums_earned", None),
        ("loss_ratio", None),
    ]


def test_a_figure_pointed_back_at_takes_the_year_named_before_it():
    got = extract_claims("2024年公司毛利率为31.2%，而2023年这一数字为35.0%。", "600080", REF)
    assert [(c.concept, c.period) for c in got] == [
        ("gross_margin", "2024FY"),
        ("gross_margin", "2023FY"),
    ]
