"""A growth rate that holds on the two levels the statements print, where the printed growth is
on a restated base (a data feed's indicators against the restated prior year, its income statement
with the prior year as first reported): supported, naming both (restated_growth.py)."""

from __future__ import annotations

from datetime import date

import pytest

from inline_store import checked_claims

ROWS = [
    ("np_parent", "2023FY", "12162684400", "CNY", "value", None, "IS"),
    ("np_parent", "2022FY", "22617778500", "CNY", "value", None, "IS"),
    # the indicators' growth, on a restated 2022 of 22.69bn
    ("np_parent", "2023FY", "-46.393", "%", "change_pct", None, "MI"),
]


def _verdict(text):
    claims = checked_claims(ROWS, text, date(2024, 3, 29))
    return [c.verdict.verdict for c in claims if c.claim.measure == "change_pct"]


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("46.2%", "supported"),  # 121.63 / 226.18 - 1 = -46.23%: on the printed levels
        ("46.4%", "supported"),  # the printed growth
        ("40%", "contradicted"),
    ],
)
def test_growth_on_the_printed_levels_holds(said, want):
    assert _verdict(f"样例药业2023年归母净利润121.63亿元，同比下降{said}。") == [want]
