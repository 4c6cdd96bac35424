"""A change said as "more than in" the quarter before, named by its months (almost 40 per cent
more than in the July-September period): on the quarter before, not a year before. Made-up
company and figures."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

Y = "CNY"
ROWS = [
    ("revenue", "2024Q4", "7876324777", Y, "value", None, "S1"),
    ("revenue", "2024Q3", "5634274230", Y, "value", None, "S1"),
    ("revenue", "2023Q4", "7000000000", Y, "value", None, "S1"),
]


def test_more_than_in_the_months_of_the_quarter_before():
    text = (
        "Yangli's fourth-quarter revenue did rebound, to Rmb7.88bn, almost 40 per cent more "
        "than in the July-September period."
    )
    got = checked_claims(ROWS, text, date(2025, 3, 20))
    rate = [c for c in got if c.claim.unit == "%"]
    assert [(c.claim.measure, c.verdict.verdict) for c in rate] == [("change_qoq_pct", "supported")]
