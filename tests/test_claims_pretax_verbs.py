"""A profit verb whose figure is said "before taxes" (the finance arm earned $595 million before
taxes, compared with a loss of $2.4 billion a year earlier) names the pre-tax profit, the compared
loss too; "the finance arm" is the company's one finance segment."""

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims


def _read(text, segments=()):
    claims = extract_claims(text, "ACME", date(2009, 8, 6), segments=segments)
    return {c.printed: (c.concept, c.segment, c.value) for c in claims}


def test_earned_before_taxes_is_the_pretax_profit():
    got = _read(
        "Acme's second quarter. Acme earned $595 million before taxes, compared with a loss of "
        "$2.4 billion a year earlier."
    )
    assert got["$595 million"] == ("total_profit", None, Decimal("595000000"))
    assert got["$2.4 billion"][0] == "total_profit"
    assert got["$2.4 billion"][2] < 0


def test_the_finance_arm_is_the_finance_segment():
    got = _read(
        "Acme's second quarter. Acme Credit helped too: the finance arm earned $595 million "
        "before taxes, compared with a loss of $2.4 billion a year earlier.",
        segments=("Automotive", "Financial Services"),
    )
    assert got["$595 million"][:2] == ("total_profit", "Financial Services")
    assert got["$2.4 billion"][:2] == ("total_profit", "Financial Services")
