"""The quarter an article is about, when it names others too: a headline's bare "2Q" (DJ Acme
10-Q: 2Q Sales Down 32%) votes for the second quarter, and "the first quarter-on-quarter
increase" is an ordinal, not the first quarter."""

from datetime import date

from caibao.claims.article_periods import main_period
from claim_periods import periods

_TEXT = (
    "DJ Acme 10-Q: 2Q Sales Down 32%\n\n"
    "Acme filed its quarterly report on Tuesday.\n\n"
    "Sales rose about 3% sequentially from the first quarter, the first quarter-on-quarter "
    "increase since last summer. The gross margin was 24.5%.\n\n"
    "The net loss for the half followed a first-quarter loss of about $50 million.\n"
)


def test_a_headline_2q_and_an_ordinal_first_leave_the_second_quarter():
    period, _ = main_period(_TEXT, date(2009, 8, 4))
    assert str(period) == "2009Q2"
    got = periods(_TEXT, date(2009, 8, 4))
    assert ("24.5%", "2009Q2") in got
