"""A Chinese streak of quarters (连续两个季度亏损): each quarter's own sign, the profit named by
the sign word when the metric before it is in another clause (营收暴跌65%，连续两个季度亏损)."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

Y = "CNY"
ROWS = [
    ("revenue", "2025Q2", "800000000", Y, "value", None, "I1"),
    ("revenue", "2024Q2", "1500000000", Y, "value", None, "I1"),
    ("np_parent", "2025Q2", "-120000000", Y, "value", None, "I1"),
    ("np_parent", "2025H1", "-300000000", Y, "value", None, "I1"),
]
MID = date(2025, 8, 20)


def _streaks(rows, text):
    got = checked_claims(rows, text, MID)
    return [(c.claim.concept, c.claim.period, c.verdict.verdict) for c in got
            if c.claim.measure.startswith("streak_")]  # fmt: skip


def test_two_quarters_of_losses():
    text = "样例药业二季度营收同比下降46.7%，连续两个季度亏损。"
    assert _streaks(ROWS, text) == [("np_parent", "2025Q2", "supported")]
    profit_in_q1 = [r for r in ROWS if r[1] != "2025H1"] + [
        ("np_parent", "2025H1", "50000000", Y, "value", None, "I1")
    ]
    assert _streaks(profit_in_q1, text) == [("np_parent", "2025Q2", "contradicted")]
