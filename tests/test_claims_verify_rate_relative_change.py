"""A rate's change said in digits of % that match its relative change (毛利率由40.0%升至50.0%，
提升了25%) reads as points, so it misleads; its change in points holds, and a relative change said
in words (halved, fell by a third) is not judged here."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

Y = "CNY"
ROWS = [
    ("revenue", "2025H1", "1000000000", Y, "value", None, "I1"),
    ("operating_cost", "2025H1", "500000000", Y, "value", None, "I1"),
    ("revenue", "2024H1", "1000000000", Y, "value", None, "I1"),
    ("operating_cost", "2024H1", "600000000", Y, "value", None, "I1"),
]
MID = date(2025, 8, 28)


def _changes(text):
    got = checked_claims(ROWS, text, MID)
    return [c.verdict.verdict for c in got if c.claim.measure in ("change_pct", "change_pp")]


def test_a_rates_relative_change_in_percent_misleads():
    assert _changes("样例药业上半年毛利率由上年同期的40.0%升至50.0%，提升了25%。") == ["misleading"]


def test_a_rates_change_in_points_holds():
    text = "样例药业上半年毛利率由上年同期的40.0%升至50.0%，提升了10个百分点。"
    assert _changes(text) == ["supported"]
