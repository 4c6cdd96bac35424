"""A stockholders' deficiency is negative equity, as a deficit is: "turned positive at X, from a
deficiency of Y" gives the balance before as -Y. Made up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from inline_store import checked_claims

ROWS = [
    ("equity_parent", "2024-06-30", "285600000", "USD", "value", None, "S1"),
    ("equity_parent", "2023-12-31", "-8100000", "USD", "value", None, "S1"),
]


def test_a_deficiency_is_negative_equity():
    text = (
        "Stockholders' equity turned positive at $285.6 million, from a deficiency of $8.1 "
        "million at year-end."
    )
    claims = checked_claims(ROWS, text, date(2024, 8, 5))
    got = [(c.claim.concept, c.claim.value, c.verdict.verdict) for c in claims]
    assert ("equity_parent", Decimal("-8100000.0"), "supported") in got
