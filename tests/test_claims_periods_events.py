"""A period that dates an event in a sentence without figures (the prices a company raised last
year, the plant that it shut in 2008): the event's time, which does not become the period the
next sentences' figures are of."""

from datetime import date

from claim_periods import periods

DAY = date(2009, 8, 12)  # an article on the second quarter of 2009


def test_a_relative_clause_dating_an_event_keeps_the_period_discussed():
    text = (
        "Acme's second quarter was strong. Why? The price rises Acme put through last year held. "
        "Net sales grew 4% to $1.32 billion."
    )
    assert periods(text, DAY) == [("4%", "2009Q2"), ("$1.32 billion", "2009Q2")]
    text = (
        "Acme's second quarter of 2009 was strong, helped by the plant that it closed in 2008. "
        "Net sales grew 4% to $1.32 billion."
    )
    assert ("$1.32 billion", "2009Q2") in periods(text, DAY)


def test_a_period_framing_a_figureless_sentence_still_sets_the_period():
    text = (
        "Acme's second quarter was strong. Last year was different. Net sales fell to $1.1 billion."
    )
    assert ("$1.1 billion", "2008FY") in periods(text, DAY)
