"""A streak of quarters named by the adjective (the second straight quarterly decline): each
quarter against the same quarter a year before, like "the third consecutive quarter of decline"
(streaks.py)."""

from __future__ import annotations

from datetime import date

import pytest

from inline_store import checked_claims

Y = "USD"
ROWS = [
    ("revenue", "2023Q4", "900", Y, "value", None, "S1"),
    ("revenue", "2024Q4", "850", Y, "value", None, "S1"),
    ("revenue", "2024Q1", "1000", Y, "value", None, "S1"),
    ("revenue", "2025Q1", "950", Y, "value", None, "S1"),
]


def streaks(text):
    claims = checked_claims(ROWS, text, date(2025, 5, 25))
    return [
        (c.claim.measure, c.claim.period, int(c.claim.value), c.verdict.verdict)
        for c in claims
        if c.claim.measure.startswith("streak")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sales slipped 5% to $950 in the first quarter, a second consecutive quarterly drop.",
            [("streak_down", "2025Q1", 2, "supported")],
        ),
        (
            "Sales slipped 5% to $950 in the first quarter, the third straight quarterly decline.",
            [("streak_down", "2025Q1", 3, "unverifiable")],
        ),
    ],
)
def test_quarterly_streaks(text, want):
    assert streaks(text) == want
