"""A fiscal first quarter story (a year ending in March: the quarter ended June 28) is about its
first quarter, though the month is a calendar second quarter's and a rival's second quarter is
named once near the end."""

from caibao.claims.article_periods import _part_counts

TEXT = (
    "Maker Corp Q1 profit falls 13 pct\n\n"
    "Maker Corp posted a 13 percent fall in quarterly profit, according to a quarterly filing. "
    "For the fiscal first quarter ended June 28, net income fell to $240.4 million. Capital "
    "expenditures rose to $77.6 million from $47.7 million in the year-earlier quarter. "
    "Rival Other Inc last month reported a 46 percent drop in second-quarter sales."
)


def test_a_fiscal_first_quarter_ended_in_june_outvotes_a_rivals_second_quarter():
    counts = _part_counts(TEXT)
    assert max(counts, key=counts.get) == "Q1"


def test_a_quarter_ended_in_june_without_its_number_still_votes_for_the_second_quarter():
    counts = _part_counts("Sales for the quarter ended June 30 rose 5 percent to $1.2 billion.")
    assert max(counts, key=counts.get) == "Q2"
