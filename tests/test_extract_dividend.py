"""The profit-distribution plan (利润分配预案): on the corpus reports, and the wordings on small
inline texts."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from caibao.concepts import concept
from caibao.extract import read_report
from caibao.extract.dividend import PlanReader, agreement_checks
from caibao.model import Reading
from caibao.validate import validate


@cache
def _reading(path: Path) -> Reading:
    return read_report(path)


def _plan(corpus: Path, rel: str) -> list:
    return [f for f in _reading(corpus / "cn" / rel).facts if f.source.table == "利润分配预案"]


def _values(facts, cid: str, period: str) -> set[Decimal]:
    return {f.value for f in facts if f.concept == cid and f.period == period}


def _text(text: str, period: str = "2024FY", page: int = 1) -> list:
    return PlanReader(period, "000000").read({page: text})


def _one(facts, cid: str, period: str) -> Decimal:
    values = _values(facts, cid, period)
    assert len(values) == 1, (cid, period, values)
    return values.pop()


# -- the corpus ---------------------------------------------------------------------------------


def test_shenzhen_annual_summary_per_10_shares(corpus):
    facts = _plan(corpus, "000999/华润三九：2022年年度报告摘要.pdf")
    dps = [f for f in facts if f.concept == "dividend_per_share"]
    assert [(f.period, f.value, f.scale, f.source.text, f.source.page) for f in dps] == [
        ("2022FY", Decimal(1), "每10股", "10", 1)
    ]
    assert "每10股派发现金红利10元" in dps[0].source.row_label
    assert _one(facts, "dividend_share_base", "2022FY") == Decimal(988346000)
    assert _one(facts, "dividend_bonus_shares_per10", "2022FY") == 0
    assert _one(facts, "dividend_capitalisation_per10", "2022FY") == 0
    assert concept("dividend_per_share").unit == "CNY/share"


def test_shenzhen_half_year_plan(corpus):
    facts = _plan(corpus, "000999/华润三九：2025年半年度报告摘要.pdf")
    assert _one(facts, "dividend_per_share", "2025H1") == Decimal("0.45")
    assert _one(facts, "dividend_capitalisation_per10", "2025H1") == 0
    assert {f.period for f in facts} == {"2025H1"}


def test_interim_distribution_and_year_totals(corpus):
    """The 2024 plan (每10股派3.2元, 转增3股) and, in the same 重要提示, the 前三季度 distribution
    already paid and the year's totals with the payout ratio."""
    facts = _plan(corpus, "000999/华润三九：2024年年度报告摘要.pdf")
    assert _one(facts, "dividend_per_share", "2024FY") == Decimal("0.32")
    assert _one(facts, "dividend_capitalisation_per10", "2024FY") == 3
    assert _one(facts, "dividend_per_share", "2024Q1-Q3") == Decimal(1)
    assert _one(facts, "dividend_cash", "2024Q1-Q3") == Decimal("1284298685.00")
    assert _one(facts, "dividend_per_share_year", "2024FY") == Decimal("1.32")
    assert _one(facts, "dividend_cash_year", "2024FY") == Decimal("1695274264.20")
    assert _one(facts, "dividend_payout_ratio", "2024FY") == Decimal("50.34")
    assert not _values(facts, "dividend_cash", "2024FY")  # not printed for the final plan


def test_shanghai_annual_report_plan_printed_three_times(corpus):
    rel = "600080/600080_20250425_LXGH.pdf"
    facts = _plan(corpus, rel)
    dps = [f for f in facts if f.concept == "dividend_per_share"]
    assert {f.source.page for f in dps} == {2, 47, 48}  # 重要提示, the sentence, the table
    assert {(f.period, f.value, f.source.text) for f in dps} == {("2024FY", Decimal("0.03"), "0.3")}
    assert _one(facts, "dividend_cash", "2024FY") == Decimal("10581381.09")
    assert _one(facts, "dividend_share_base", "2024FY") == Decimal(352712703)
    assert _one(facts, "dividend_bonus_shares_per10", "2024FY") == 0
    assert _one(facts, "dividend_capitalisation_per10", "2024FY") == 0
    ratio = [f for f in facts if f.concept == "dividend_payout_ratio"]
    assert [(f.value, f.unit, f.source.page) for f in ratio] == [(Decimal("14.18"), "%", 48)]
    # a table row is cited by its printed label, a sentence by the sentence
    assert (
        ratio[0].source.row_label
        == "现金分红金额占合并报表中归属于上市公司普通股股东的净利润的比率(%)"
    )
    assert {f.source.row_label for f in dps if f.source.page == 48} == {"每10股派息数(元)(含税)"}
    assert all("每10股派发现金红利0.3元" in f.source.row_label for f in dps if f.source.page < 48)
    reading = _reading(corpus / "cn" / rel)
    checks = [c for c in validate(reading) if c.name.startswith("dividend_plan:")]
    assert len(checks) >= 8 and all(c.passed for c in checks), [c.detail for c in checks]
    assert not [w for w in reading.warnings if "利润分配预案" in w]  # 0.03 × base = total


@pytest.mark.parametrize(
    ("rel", "period"),
    [
        ("600080/600080_20240427_W39O.pdf", "2023FY"),  # 本年度拟不实施利润分配
        ("600080/600080_20230428_MMWM.pdf", "2022FY"),  # 拟不进行利润分配，不派发现金红利
        ("600080/600080_20250822_ODWZ.pdf", "2025H1"),  # 不进行利润分配 + a table of zeros
        ("000999/华润三九：2024年半年度报告摘要.pdf", "2024H1"),  # 计划半年度不派发现金红利
    ],
)
def test_no_dividend_is_a_zero(corpus, rel, period):
    facts = _plan(corpus, rel)
    assert _values(facts, "dividend_per_share", period) == {0}
    assert _values(facts, "dividend_bonus_shares_per10", period) == {0}
    assert _values(facts, "dividend_capitalisation_per10", period) == {0}
    # (2021年度不进行利润分配 is not this report's; what the parent has to distribute is a balance)
    assert {f.period for f in facts if f.concept != "distributable_profit_parent"} == {period}


def test_quarterly_reports_have_no_plan(corpus):
    quarterlies = [
        p
        for p in sorted((corpus / "cn").rglob("*.pdf"))
        if _reading(p).document.kind in ("q1", "q3")
    ]
    assert len(quarterlies) >= 8
    for path in quarterlies:
        assert not [f for f in _reading(path).facts if f.source.table == "利润分配预案"], path


def test_a_disagreeing_copy_fails_the_check(corpus):
    reading = _reading(corpus / "cn" / "600080/600080_20250425_LXGH.pdf")
    facts = list(reading.facts)
    i = next(
        i
        for i, f in enumerate(facts)
        if f.concept == "dividend_cash" and f.source.page == 48 and f.source.table == "利润分配预案"
    )
    facts[i] = replace(facts[i], value=Decimal("10581381.00"))
    failed = [c for c in agreement_checks(Reading(reading.document, facts)) if not c.passed]
    assert [c.name for c in failed] == ["dividend_plan:dividend_cash"]
    assert "10581381.09" in failed[0].detail and "p48" in failed[0].detail


# -- wordings -----------------------------------------------------------------------------------

HEAD = "五、董事会决议通过的本报告期利润分配预案或公积金转增股本预案"


def test_per_share_wording_and_total_in_yi():
    facts = _text(
        HEAD + "公司拟向全体股东每股派发现金红利0.15元（含税），合计派发现金红利约9.88亿元。"
    )
    dps = _one(facts, "dividend_per_share", "2024FY")
    assert dps == Decimal("0.15")
    cash = [f for f in facts if f.concept == "dividend_cash"]
    assert [(f.value, f.scale, f.source.text) for f in cash] == [
        (Decimal("988000000.00"), "亿元", "9.88")
    ]


def test_full_width_digits_and_payout_ratio():
    facts = _text(
        HEAD + "以总股本１,０００,０００,０００股为基数，每１０股派发现金红利３元（含税），"
        "合计拟派发现金红利300,000,000.00元，占本年度归属于上市公司股东净利润的比例为40.12%。"
    )
    assert _one(facts, "dividend_per_share", "2024FY") == Decimal("0.3")
    assert _one(facts, "dividend_share_base", "2024FY") == Decimal(1000000000)
    assert _one(facts, "dividend_cash", "2024FY") == Decimal("300000000.00")
    assert _one(facts, "dividend_payout_ratio", "2024FY") == Decimal("40.12")


def test_bonus_and_capitalisation_shares():
    facts = _text(
        HEAD + "每10股派发现金红利2元（含税），每10股送红股2股，以资本公积金每10股转增4股。"
    )
    assert _one(facts, "dividend_bonus_shares_per10", "2024FY") == 2
    assert _one(facts, "dividend_capitalisation_per10", "2024FY") == 4


def test_half_year_plan_of_nothing():
    facts = _text(
        "董事会审议的报告期利润分配预案或公积金转增股本预案□适用√不适用"
        "公司计划不派发现金红利，不送红股，不以公积金转增股本。",
        period="2025H1",
    )
    zeros = {(f.concept, f.period, f.value) for f in facts}
    assert zeros == {
        ("dividend_per_share", "2025H1", Decimal(0)),
        ("dividend_cash", "2025H1", Decimal(0)),
        ("dividend_bonus_shares_per10", "2025H1", Decimal(0)),
        ("dividend_capitalisation_per10", "2025H1", Decimal(0)),
    }


def test_another_years_plan_and_other_totals_are_not_read():
    facts = _text(
        "十、利润分配或资本公积金转增预案（一）现金分红政策的制定、执行或调整情况"
        "报告期内，公司实施了2023年度利润分配方案，每10股派发现金红利15元（含税）。"
        "截至2024年12月31日，母公司可供股东分配的利润合计为563,436,934.21元。"
        "上年度不进行利润分配。"
    )
    assert facts == []


def test_the_plan_itself_is_not_the_year_total():
    facts = _text(HEAD + "本年度合计拟派发现金红利120,000,000.00元（含税）。")
    assert _one(facts, "dividend_cash", "2024FY") == Decimal("120000000.00")
    assert not _values(facts, "dividend_cash_year", "2024FY")


def test_shenzhen_full_report_table():
    facts = _text(
        "本报告期利润分配及资本公积金转增股本情况适用□不适用每10股送红股数（股）0"
        "每10股派息数（元）（含税）15.00每10股转增数（股）3分配预案的股本基数（股）988,184,000"
        "现金分红金额（元）（含税）1,482,276,000.00以其他方式（如回购股份）现金分红金额（元）0.00"
        "现金分红总额（含其他方式）（元）1,482,276,000.00可分配利润（元）5,000,000,000.00"
        "现金分红总额（含其他方式）占利润分配总额的比例100.00%"
    )
    assert _one(facts, "dividend_per_share", "2024FY") == Decimal("1.5")
    assert _one(facts, "dividend_capitalisation_per10", "2024FY") == 3
    assert _one(facts, "dividend_share_base", "2024FY") == Decimal(988184000)
    assert _one(facts, "dividend_cash", "2024FY") == Decimal("1482276000.00")
    assert not _values(facts, "dividend_payout_ratio", "2024FY")


def test_plan_over_a_page_break():
    pages = {
        3: "公司2025年半年度利润分配预案为：以实施权益分派股权登记日的总股本为基数，每10股派发现",
        4: "金红利4.5元（含税）。第二节公司基本情况",
    }
    facts = PlanReader("2025H1", "000000").read(pages, scan=[3])
    dps = [f for f in facts if f.concept == "dividend_per_share"]
    assert [(f.period, f.value, f.source.page) for f in dps] == [("2025H1", Decimal("0.45"), 3)]


def test_share_base_times_dividend_must_equal_the_total():
    reader = PlanReader("2024FY", "000000")
    reader.read(
        {1: HEAD + "以100,000股为基数，每10股派发现金红利1元，合计拟派发现金红利20,000.00元。"}
    )
    assert any("≠" in w for w in reader.warnings)


def test_totals_said_in_other_ways():
    plan = _text(HEAD + "本次拟派发现金红利188,123,456.00元（含税）。")
    assert _one(plan, "dividend_cash", "2024FY") == Decimal("188123456.00")
    year = _text(
        HEAD + "2024年度公司拟派发现金红利总额（包括中期已分配的现金红利）为500,000,000.00元，"
        "占本年度归属于上市公司股东净利润的比例为35.50%。"
    )
    assert _one(year, "dividend_cash_year", "2024FY") == Decimal("500000000.00")
    assert _one(year, "dividend_payout_ratio", "2024FY") == Decimal("35.50")
    assert not _values(year, "dividend_cash", "2024FY")
    summed = _text(HEAD + "本次利润分配后，2024年度公司累计现金分红总额为700,000,000.00元。")
    assert _one(summed, "dividend_cash_year", "2024FY") == Decimal("700000000.00")


def test_a_rule_of_the_dividend_policy_is_not_a_plan():
    facts = _text(
        "十、利润分配或资本公积金转增预案（一）现金分红政策的制定、执行或调整情况"
        "《公司章程》规定，公司存在下列情形之一的，可以不进行利润分配：当年经营性现金流量净额为负。"
    )
    assert facts == []


def test_new_shanghai_template_with_buy_backs():
    """The Shanghai summary wording since 2024: a per-share plan, the year's dividends including
    the interim one, and a share of net profit that counts buy-backs (not the payout ratio)."""
    facts = _text(
        "5董事会决议通过的本报告期利润分配预案或公积金转增股本预案"
        "本次利润分配方案如下：1.公司拟向全体股东每股派发现金红利0.35元（含税）。截至2024年12月31日，"
        "公司总股本1,000,000,000股，以此计算合计拟派发现金红利350,000,000.00元（含税）。"
        "本年度公司现金分红（包括中期已分配的现金红利）总额550,000,000.00元；本年度以现金为对价，"
        "采用集中竞价方式已实施的股份回购金额100,000,000.00元，现金分红和回购金额合计650,000,000.00元，"
        "占本年度归属于上市公司股东净利润的比例65.00%。第二节公司基本情况"
    )
    assert _one(facts, "dividend_per_share", "2024FY") == Decimal("0.35")
    assert _one(facts, "dividend_cash", "2024FY") == Decimal("350000000.00")
    assert _one(facts, "dividend_cash_year", "2024FY") == Decimal("550000000.00")
    assert not _values(facts, "dividend_payout_ratio", "2024FY")


def test_a_plan_carried_out_is_read_only_with_its_period():
    carried_out = _text(
        "十、公司利润分配及资本公积金转增股本情况报告期内，公司实施了利润分配方案："
        "以总股本为基数，每10股派发现金红利15元（含税）。"
    )
    assert carried_out == []
    named = _text(
        HEAD + "同时，公司于2024年11月完成2024年前三季度利润分派，每10股派送现金10元（含税）。"
    )
    assert _one(named, "dividend_per_share", "2024Q1-Q3") == Decimal(1)


def test_the_parents_distributable_profit_is_a_balance_at_the_periods_end():
    text = (
        "5董事会决议通过的本报告期利润分配预案或公积金转增股本预案经某会计师事务所审计,2023年度归属于"
        "上市公司股东的净利润-42,890,580.25元,母公司净利润-20,290,434.95元,截止2023年12月31日,"
        "母公司期末可供股东分配利润为501,429,883.92元。鉴于公司2023年度归属于上市公司股东的净利润为负，"
        "本年度拟不实施利润分配。"
    )
    facts = _text(text, "2023FY")
    assert _one(facts, "distributable_profit_parent", "2023-12-31") == Decimal("501429883.92")
    assert not _values(facts, "dividend_cash", "2023FY") - {0}
