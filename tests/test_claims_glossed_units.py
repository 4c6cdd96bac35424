"""A unit named and glossed as the company's (Hill's Pet Nutrition, its specialty pet-food arm,
grew sales 2%) is the segment of the figure after it, not the company."""

from datetime import date

from caibao.claims.extract import extract_claims


def test_a_unit_glossed_as_its_arm_is_the_figures_segment():
    claims = extract_claims(
        "Acme's second quarter. Management said Hill's Pet Nutrition, its specialty pet-food "
        "arm, grew sales 2% in the quarter. Sales fell 5%.",
        "ACME",
        date(2009, 8, 3),
    )
    got = {c.printed: c.segment for c in claims}
    assert got["2%"] == "Hill's Pet Nutrition"
    assert got["5%"] is None
