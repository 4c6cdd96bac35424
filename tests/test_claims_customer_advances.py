"""What customers paid ahead of delivery is a liability of its own: a US filer's customer
advances (and deposits), CAS's 预收款项 (lexicon.toml, us_gaap.toml advances_from_customers)."""

from __future__ import annotations

from datetime import date

import pytest

from inline_store import checked_claims

ROWS = [
    ("advances_from_customers", "2024-06-30", "3900000000", "USD", "value", None, "S1"),
    ("advances_from_customers", "2023-12-31", "4200000000", "USD", "value", None, "S1"),
]


def verdicts(text):
    claims = checked_claims(ROWS, text, date(2024, 8, 5))
    return [(c.claim.concept, c.claim.printed, c.verdict.verdict) for c in claims]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "At the end of June, advances from customers stood at $3.9 billion.",
            [("advances_from_customers", "$3.9 billion", "supported")],
        ),
        (
            "In the first half, customer advances fell $300 million.",
            [("advances_from_customers", "$300 million", "supported")],
        ),
        (
            "In the first half, customer advances fell $450 million.",
            [("advances_from_customers", "$450 million", "contradicted")],
        ),
    ],
)
def test_customer_advances(text, want):
    assert verdicts(text) == want


def test_fsds_maps_customer_advances():
    from caibao.sources.us_gaap import mapping

    rules = mapping().by_element
    assert {c for c, _ in rules["us-gaap:CustomerAdvancesAndDepositsCurrent"]} == {
        "advances_from_customers"
    }
