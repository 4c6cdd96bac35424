"""A sum that names no metric, of an earlier period, after a change whose own complement runs
long (up 22% on last year's first half, after an outflow of X in the first quarter): the
figure compared with is still the changed metric's. Made-up company and figures."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

Y = "CNY"
DAY = date(2022, 8, 31)
ROWS = [
    ("ocf", "2022H1", "8288020500", Y, "value", None, "S1"),
    ("ocf", "2022Q1", "-13259189900", Y, "value", None, "S1"),
    ("ocf", "2021H1", "6790000000", Y, "value", None, "S1"),
]


def test_an_outflow_after_a_long_change_is_the_changed_metrics():
    text = (
        "Yangli's operating cash flow was 8.29 billion yuan in the first half, up 22% on last "
        "year's first half, after an outflow of 13.26 billion yuan in the first quarter."
    )
    got = [(c.claim.printed, c.verdict.verdict) for c in checked_claims(ROWS, text, DAY)]
    assert got[-1] == ("13.26 billion yuan", "supported")
