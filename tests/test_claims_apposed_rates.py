"""A figure compared after a rate of a whole (…, or 2.77 percent of loans, from $3.92 billion,
or 2.32 percent, at the end of 2008): the base is the first figure's, not the whole's, and the
rate apposed to the base is the same ratio, of the base's period. Made-up bank."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims

TEXT = (
    "Riverton Bancorp said profit fell 20 percent in the second quarter of 2009. The allowance "
    "for loan and lease losses rose to $2.10 billion, or 3.15 percent of loans, from $1.80 "
    "billion, or 2.60 percent, at the end of 2008."
)


def _claims():
    got = extract_claims(TEXT, "X", date(2009, 8, 11))
    return {c.printed: (c.concept, c.period, c.value) for c in got}


def test_the_base_after_a_rate_of_a_whole_is_the_first_figures():
    assert _claims()["$1.80 billion"] == ("loan_loss_allowance", "2008-12-31", Decimal("1.80E9"))


def test_a_rate_apposed_to_the_base_is_the_same_ratio_of_the_bases_period():
    assert _claims()["3.15 percent"][:2] == ("allowance_to_loans", "2009-06-30")
    assert _claims()["2.60 percent"][:2] == ("allowance_to_loans", "2008-12-31")
