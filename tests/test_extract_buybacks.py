"""Shares bought back: the count a Shanghai report's 股份回购在报告期的具体实施情况 table prints
(已回购数量(股)), and an article's "repurchased N shares" judged by it. Made-up figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.extract.buybacks import read_buybacks
from inline_store import checked_claims


def test_the_count_bought_back_is_read_and_plans_add_up():
    text = (
        "股份回购在报告期的具体实施情况√适用□不适用单位：万元币种：人民币回购股份方案名称关于以集中竞价"
        "交易方式回购股份方案拟回购金额7500-15000万元已回购数量(股)20,557,582已回购数量占股权激励"
        "计划所涉及的标的股票的比例(%)（如有）不适用回购股份方案名称第二期回购方案已回购数量（万股）12.50"
    )
    (fact,) = read_buybacks(text, "2024FY", lambda printed: None)
    assert (fact.concept, fact.period, fact.value, fact.unit) == (
        "kpi_shares_repurchased",
        "2024FY",
        Decimal(20682582),
        "count",
    )


def test_repurchased_shares_said_as_a_count_are_the_count_bought_back():
    rows = [("kpi_shares_repurchased", "2024FY", "20557582", "count", "value", None, "B1")]
    text = "样例药业 said revenue edged up in 2024. It repurchased 20.56mn shares during the year."
    got = [
        (c.claim.printed, c.verdict.verdict) for c in checked_claims(rows, text, date(2025, 4, 28))
    ]
    assert ("20.56mn", "supported") in got or ("20.56mn shares", "supported") in got
