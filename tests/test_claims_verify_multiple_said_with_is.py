"""Verdicts on a Chinese multiple said with 是/为 (X是上年同期Y的7倍): the level over the earlier
level, with no second reading; said with a verb of growth (增长了7倍) it stays ambiguous."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

Y = "CNY"
ROWS = [
    ("admin_expense", "2025H1", "420000000", Y, "value", None, "I1"),
    ("admin_expense", "2024H1", "60000000", Y, "value", None, "I1"),
]
MID = date(2025, 8, 28)


def _times(text):
    return [
        c.verdict.verdict for c in checked_claims(ROWS, text, MID) if c.claim.measure == "times"
    ]


def test_a_multiple_said_with_is_is_of_the_level():
    assert _times("样例药业上半年管理费用4.2亿元，是上年同期6000万元的7倍。") == ["supported"]
    assert _times("样例药业上半年管理费用4.2亿元，约为上年同期的6倍。") == ["contradicted"]


def test_a_multiple_said_with_a_verb_of_growth_stays_ambiguous():
    assert _times("样例药业上半年管理费用4.2亿元，同比增长了7倍。") == ["misleading"]
