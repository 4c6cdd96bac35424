"""A rate opening a bracket right after a rate (to 23.7% (19.9% in the 2008 quarter)) is the
compared level of the period the bracket names, not the quarter discussed."""

from datetime import date

from claim_periods import periods


def test_a_bracketed_rate_after_a_rate_is_of_the_period_it_names():
    got = periods(
        "Acme's second-quarter results. The operating margin widened nearly four percentage "
        "points, to 23.7% (19.9% in the 2008 quarter).",
        date(2009, 8, 3),
    )
    assert ("23.7%", "2009Q2") in got
    assert ("19.9%", "2008Q2") in got
