"""English names a figure's period after it, even past what the figure counts ($X of buybacks in
1H08), over a period said in the clause before."""

from __future__ import annotations

from datetime import date

from claim_periods import periods

REF = date(2010, 8, 4)


def test_period_after_what_the_figure_counts():
    text = (
        "Second-quarter revenue rose 8% to $3.4bn. Dividends stopped in the half, after "
        "$420m of payouts in 1H09."
    )
    assert ("$420m", "2009H1") in periods(text, REF)


def test_period_said_right_after_still_wins():
    text = (
        "Second-quarter revenue rose 8% to $3.4bn. It paid nothing this half, after $0.9bn in 2H09."
    )
    assert ("$0.9bn", "2009H2") in periods(text, REF)
