"""A metric word inside a clause of cause after a figure (dropped 43 percent to $458 million as
intangible assets from the merger wore down) is not what the figure measures; "the operating
line" is the operating result, as "the bottom line" is net income."""

from datetime import date

from caibao.claims.extract import extract_claims


def _concepts(text):
    return {c.printed: c.concept for c in extract_claims(text, "ACME", date(2009, 8, 4))}


def test_a_noun_opening_a_clause_of_cause_names_no_figure_before_it():
    got = _concepts(
        "Acme's second-quarter revenue fell 10 percent. Amortization charges dropped 43 percent "
        "to $458 million from $689 million as intangible assets from the merger wore down."
    )
    assert got["$458 million"] != "intangible_assets"
    assert got["$689 million"] != "intangible_assets"


def test_the_operating_line_is_the_operating_result():
    got = _concepts(
        "In the second quarter a $315mn goodwill impairment pushed the operating line to a loss "
        "of $21mn."
    )
    assert got["$21mn"] == "operating_profit"
