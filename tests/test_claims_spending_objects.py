"""A sum after a verb of spending is what it bought, named right after it (spent $735m on
acquisitions), whatever metric the clause opened with (debt rose … after the company spent)."""

from __future__ import annotations

from datetime import date

import pytest

from caibao.claims.extract import extract_claims

REF = date(2009, 8, 10)


@pytest.mark.parametrize(
    ("text", "printed", "concept"),
    [
        ("Long-term debt climbed to $3.9bn in the half as the group laid out $410m on "
         "acquisitions.", "$410m", "cash_paid_for_subsidiaries"),
        ("The miner did not buy any stock in the quarter after spending $640 million on buybacks in "
         "2008.", "$640 million", "kpi_share_repurchases"),
        # (the level before the verb keeps the clause's metric)
        ("Long-term debt climbed to $3.9bn in the half as the group laid out $410m on "
         "acquisitions.", "$3.9bn", "long_term_debt"),
    ],
)  # fmt: skip
def test_the_object_of_spending_names_the_sum(text, printed, concept):
    got = {c.printed: c.concept for c in extract_claims(text, "X", REF)}
    assert got[printed] == concept, got
