"""A truck maker's cash flows as a broker note words them: capital expenditure named with what it
bought (capital expenditure on property, plant and equipment: the spending, not the balance), the
spending on a cash-flow line of purchases ("Acquisition of equipment for operating leases"),
cash put into the pension plans, a finance arm's provision for losses, medium-term notes issued
and the debt repaid (the verb before the sum), and a year that names the rules taking effect in
it (ahead of 2010 EPA emissions rules), which is no period. Made-up figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caibao.claims.period_phrases import find_periods
from inline_store import checked_claims

LEASES = "Acquisition of equipment for operating leases"
ROWS = [
    ("capex", "2024H1", "30200000", "USD", "value", None, "S1"),
    ("capex", "2023H1", "201000000", "USD", "value", None, "S2"),
    ("fixed_assets", "2024-06-30", "1733200000", "USD", "value", None, "S3"),
    # (a tagged filing's row label: the printed label and the element)
    ("filer_line", "2024H1", "298800000", "USD", "value", LEASES, f"{LEASES} [us-gaap:X]"),
    ("filer_line", "2023H1", "481500000", "USD", "value", LEASES, f"{LEASES} [us-gaap:X]"),
    ("pension_contributions", "2024H1", "155200000", "USD", "value", None, "S6"),
    ("credit_impairment_loss", "2024H1", "54100000", "USD", "value", None, "S7"),
    ("credit_impairment_loss", "2023H1", "41800000", "USD", "value", None, "S8"),
    ("cash_from_borrowings", "2024H1", "954900000", "USD", "value", None, "S9"),
    ("cash_paid_for_debt", "2024H1", "1177600000", "USD", "value", None, "S10"),
]


def verdicts(text):
    claims = checked_claims(ROWS, text, date(2024, 8, 31))
    return [(c.claim.concept, c.claim.period, c.claim.value, c.verdict.verdict) for c in claims]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In the first half, capital expenditure on property, plant and equipment was cut "
            "to $30.2 million.",
            [("capex", "2024H1", Decimal("30200000"), "supported")],
        ),
        (
            "In the first half, spending on equipment for operating leases fell to $298.8 million "
            "from $481.5 million.",
            [
                ("filer_line", "2024H1", Decimal("298800000"), "supported"),
                ("filer_line", "2023H1", Decimal("481500000"), "supported"),
            ],
        ),
        (
            "In the first half the company also put $155.2 million into its pension plans.",
            [("pension_contributions", "2024H1", Decimal("155200000"), "supported")],
        ),
        (
            "The provision for losses was $54.1 million in the first half.",
            [("credit_impairment_loss", "2024H1", Decimal("54100000"), "supported")],
        ),
        (
            "In the first half the company issued $954.9 million of medium-term notes and repaid "
            "$1.18 billion.",
            [
                ("cash_from_borrowings", "2024H1", Decimal("954900000"), "supported"),
                ("cash_paid_for_debt", "2024H1", Decimal("1180000000"), "supported"),
            ],
        ),
    ],
)
def test_a_finance_arms_flows_are_read(text, want):
    assert verdicts(text) == want


def test_a_year_naming_rules_is_no_period():
    text = (
        "Upside risks: a pre-buy ahead of 2010 EPA emissions rules; losses were high in the half."
    )
    assert [p for _, _, p in find_periods(text)] == ["the half"]
    assert [p for _, _, p in find_periods("Revenue in 2010 rose under rules.")] == ["in 2010"]


def test_a_base_right_after_a_figure_dated_after_it_is_that_period_a_year_earlier():
    # (the sentence before names the year as a whole; the half named after the first figure
    # dates the figure it is compared with too)
    text = (
        "Consensus EPS for 2024 is $0.45, rising to $1.40 in 2025. Risks: credit losses (the "
        "provision for losses was $54.1 million in the half, up from $41.8 million)."
    )
    got = [v for v in verdicts(text) if v[0] == "credit_impairment_loss"]
    assert got == [
        ("credit_impairment_loss", "2024H1", Decimal("54100000"), "supported"),
        ("credit_impairment_loss", "2023H1", Decimal("41800000"), "supported"),
    ]
