"""A change said after the compared figures and their year-earlier period (down from $274
million, or $2.00, in the second quarter of 2008 -- a 25.7% decline) is the change of the period
discussed; the period dates the compared figures only. Made-up figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims


def test_a_change_after_the_compared_figures_period_is_the_period_discussed():
    text = (
        "In the second quarter of 2009, revenue fell. Net income came to $218 million, or $1.95 "
        "a diluted share, down from $274 million, or $2.00, in the second quarter of 2008 -- a "
        "20.4% decline."
    )
    got = {c.printed: c.period for c in extract_claims(text, "X", date(2009, 8, 10))}
    assert got["$218 million"] == "2009Q2"
    assert got["$274 million"] == "2008Q2"
    assert got["$2.00"] == "2008Q2"
    assert got["20.4%"] == "2009Q2"
