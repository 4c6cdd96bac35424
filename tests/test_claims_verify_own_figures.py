"""Verdicts worked out from the article's own figures or from two growth rates, on small inline
stores: a multiple set between two amounts the article prints (royalties of $2.4 billion were
about three times the $0.8 billion of a year before) when the store has neither; a gap in points
between two growth rates (净利润增速高于营收约5个百分点) as the difference of the two rates."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

Y = "CNY"
ROWS = [
    ("revenue", "2024FY", "11500000000", Y, "value", None, "S1"),
    ("revenue", "2023FY", "10000000000", Y, "value", None, "S1"),
    ("np_parent", "2024FY", "1200000000", Y, "value", None, "S1"),
    ("np_parent", "2023FY", "1000000000", Y, "value", None, "S1"),
]
SPRING = date(2025, 4, 25)


def _one(text, measure):
    got = [c for c in checked_claims(ROWS, text, SPRING) if c.claim.measure == measure]
    assert len(got) == 1, got
    return got[0].verdict


def test_a_multiple_between_two_printed_amounts_is_checked_on_them():
    text = (
        "In 2024 Yangli Pharma's royalty receipts of 2.4 billion yuan were about three times "
        "the 0.8 billion yuan of 2023."
    )
    assert _one(text, "times").verdict == "supported"
    text = text.replace("about three times", "about four times")
    assert _one(text, "times").verdict == "contradicted"


def test_a_gap_between_two_growth_rates_is_their_difference():
    # net profit +20%, revenue +15%: five points
    text = "样例药业2024年年报：净利润增速高于营收约5个百分点。"
    assert _one(text, "change_pp").verdict == "supported"
    text = "样例药业2024年年报：营收增速低于净利润约5个百分点。"
    assert _one(text, "change_pp").verdict == "supported"
    text = "样例药业2024年年报：净利润增速高于营收约9个百分点。"
    assert _one(text, "change_pp").verdict == "contradicted"
