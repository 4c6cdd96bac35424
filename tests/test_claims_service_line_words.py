"""A line of revenue named Services said in the singular (service revenue fell) is that line's
revenue; a segment's name as the second word of a compound before a noun (an oilfield-services
company) describes the company's trade, not the segment the figure is of; a segment's bare
percentage "of the total" is its share of the figure the sentence gave it (checker._line_named,
structures._ascii_segments_re, total_shares). Made-up figures."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

ROWS = [
    ("revenue", "2024H1", "2000000000", "USD", "value", None, "S1"),
    ("revenue", "2024H1", "1340000000", "USD", "value", "Services", "S2"),
    ("revenue", "2024H1", "660000000", "USD", "value", "Products", "S3"),
    ("sales_services", "2024H1", "1340000000", "USD", "value", None, "S2"),
    ("np_parent", "2024H1", "42000000", "USD", "value", None, "S4"),
]


def verdicts(text):
    claims = checked_claims(ROWS, text, date(2024, 8, 5))
    return [(c.claim.segment, c.claim.printed, c.verdict.verdict) for c in claims]


def test_service_revenue_is_the_services_line():
    got = verdicts("In the first half, service revenue was $1.34 billion.")
    assert got == [("Services", "$1.34 billion", "supported")]


def test_a_segment_word_in_a_compound_describes_the_company():
    got = verdicts("The oilfield-services company reported first-half net income of $42 million.")
    assert got == [(None, "$42 million", "supported")]


def test_a_segments_percentage_of_the_total_is_its_share():
    claims = checked_claims(
        ROWS,
        "In the first half, service revenue was $1.34 billion, leaving services at about 67% of"
        " the total.",
        date(2024, 8, 5),
    )
    got = [(c.claim.concept, c.claim.measure, c.verdict.verdict) for c in claims]
    assert got[-1] == ("revenue", "share_pct", "supported")
    # of the total workforce: another whole, named
    claims = checked_claims(
        ROWS,
        "In the first half, service revenue was $1.34 billion, with services at about 67% of"
        " the total workforce.",
        date(2024, 8, 5),
    )
    assert claims[-1].claim.measure != "share_pct"
