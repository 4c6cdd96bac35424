"""A deal's stake: the share of another company a report says the company bought (购买…28%的股份),
and the same said in an article, judged by it. Made-up text."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.extract.deals import read_stakes
from inline_store import checked_claims


def test_the_stake_a_deal_bought_is_read():
    text = (
        "以支付现金的方式向某医药集团有限公司和某集团股份有限公司购买其合计所持有的某药集团28%的股份。"
        "本次总交易价款为29.02亿元，对应每股转让价格13.67元。"
    )
    assert read_stakes(text) == [Decimal(28)]


def test_an_articles_stake_bought_is_judged_by_the_reports():
    rows = [("kpi_deal_stake", "2024FY", "28", "%", "value", None, "D1")]
    text = "2024年，样例药业以支付现金的方式向某集团购买其合计所持某药集团28%的股份，另有一笔收购某公司51%股权。"
    got = [(c.claim.printed, c.claim.concept, c.verdict.verdict)
           for c in checked_claims(rows, text, date(2025, 4, 28))]  # fmt: skip
    assert got[0] == ("28%", "kpi_deal_stake", "supported")
    assert got[1][:2] == ("51%", "kpi_deal_stake")
