"""The year's figure the lowest or highest in N years (the lowest in five years, 创五年来新低,
近六年最低): read as a claim over the N years up to it, supported when every other year's figure
is above (below) it, unverifiable when the store lacks a year (streaks.toml [extremes],
verify_years)."""

from __future__ import annotations

from datetime import date

import pytest

from inline_store import checked_claims

Y = "CNY"
ROWS = [
    ("revenue", f"{year}FY", value, Y, "value", None, "S1")
    for year, value in (
        (2020, "4000000000"),
        (2021, "4500000000"),
        (2022, "5000000000"),
        (2023, "5500000000"),
        (2024, "3900000000"),
    )
]


def extremes(text):
    claims = checked_claims(ROWS, text, date(2025, 3, 25))
    return [
        (c.claim.measure, int(c.claim.value), c.verdict.verdict)
        for c in claims
        if c.claim.measure.startswith("streak")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sales slid to 3.9 billion yuan in 2024, their lowest level in five years.",
            [("streak_lowest", 5, "supported")],
        ),
        (
            "Sales slid to 3.9 billion yuan in 2024, their highest in three years.",
            [("streak_highest", 3, "contradicted")],
        ),
        ("2024年营业收入39亿元，创五年来新低。", [("streak_lowest", 5, "supported")]),
        ("2024年营业收入39亿元，为近六年最低。", [("streak_lowest", 6, "unverifiable")]),
    ],
)
def test_lowest_and_highest_in_n_years(text, want):
    assert extremes(text) == want
