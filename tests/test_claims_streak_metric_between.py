"""A streak whose metric sits between its years and its direction (连续三年营业收入增长) and an
English streak counted by an ordinal in digits (for a 4th straight year) or said "running" (for
three years running): read, and checked against an inline store (streaks.py)."""

from __future__ import annotations

from datetime import date

import pytest

from inline_store import checked_claims

Y = "CNY"
ROWS = [
    ("revenue", "2021FY", "4000000000", Y, "value", None, "S1"),
    ("revenue", "2022FY", "5000000000", Y, "value", None, "S1"),
    ("revenue", "2023FY", "5500000000", Y, "value", None, "S1"),
    ("revenue", "2024FY", "6000000000", Y, "value", None, "S1"),
    ("ocf", "2022FY", "300000000", Y, "value", None, "S1"),
    ("ocf", "2023FY", "-100000000", Y, "value", None, "S1"),
    ("ocf", "2024FY", "200000000", Y, "value", None, "S1"),
]


def streaks(text):
    claims = checked_claims(ROWS, text, date(2025, 3, 25))
    return [
        (c.claim.concept, c.claim.measure, int(c.claim.value), c.verdict.verdict)
        for c in claims
        if c.claim.measure.startswith("streak")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "2024年公司营业收入60亿元，连续三年营业收入增长。",
            [("revenue", "streak_up", 3, "supported")],
        ),
        (
            "2024年公司经营现金流净额2亿元，已连续三年经营现金流为正。",
            [("ocf", "streak_positive", 3, "contradicted")],
        ),
        (
            "Revenue rose to 6 billion yuan in 2024, growing for a 3rd straight year.",
            [("revenue", "streak_up", 3, "supported")],
        ),
        (
            "Revenue rose to 6 billion yuan in 2024, and has now grown for three years running.",
            [("revenue", "streak_up", 3, "supported")],
        ),
    ],
)
def test_streak_words(text, want):
    assert streaks(text) == want
