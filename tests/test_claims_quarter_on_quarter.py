"""A change against the quarter before: quarter on quarter, quarter over quarter, q/q, 环比."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims


def measures(text):
    return [(c.printed, c.measure) for c in extract_claims(text, "600000", date(2010, 8, 5))]


def test_quarter_over_quarter_after_the_change():
    text = (
        "Second-quarter net sales edged up 1.8% quarter over quarter, and rose 6% from a year ago."
    )
    got = measures(text)
    assert ("1.8%", "change_qoq_pct") in got
    assert ("6%", "change_pct") in got


def test_quarter_on_quarter_still_read():
    assert ("3.1%", "change_qoq_pct") in measures(
        "Second-quarter revenue fell 3.1% quarter-on-quarter."
    )
