"""A segment's name inside "pre-tax … income" (pre-tax automotive income improved by $8.4
billion, to $1.8 billion) names the segment's pre-tax profit, not its revenue."""

from datetime import date

from caibao.claims.extract import extract_claims


def test_pretax_segment_income_is_the_segments_pretax_profit():
    claims = extract_claims(
        "Acme's second quarter. Thanks to it, pre-tax automotive income improved by $8.4 billion "
        "from a year ago, to $1.8 billion.",
        "ACME",
        date(2009, 8, 6),
        segments=("Automotive", "Financial Services"),
    )
    got = {c.printed: (c.concept, c.segment) for c in claims}
    assert got["$8.4 billion"] == ("total_profit", "Automotive")
    assert got["$1.8 billion"] == ("total_profit", "Automotive")
