"""Net interest expense is interest expense less interest income: a filer that tags the net of
the two (us-gaap InterestIncomeExpenseNet, below zero when the expense is the larger) gives it
negated; a filer that prints one interest line ("Interest expense, net") prints it
(definitions.toml [net_interest_expense])."""

from __future__ import annotations

from datetime import date

import pytest

from inline_store import checked_claims

NETTED = [
    ("net_interest_income", "2024Q2", "-45000000", "USD", "value", None, "S1"),
    ("net_interest_income", "2023Q2", "-20000000", "USD", "value", None, "S1"),
]
ONE_LINE = [
    ("interest_expense", "2024Q2", "45000000", "USD", "value", None, "S1"),
    ("interest_expense", "2023Q2", "20000000", "USD", "value", None, "S1"),
]


def verdicts(rows, text):
    claims = checked_claims(rows, text, date(2024, 8, 5))
    return [(c.claim.concept, c.claim.printed, c.verdict.verdict) for c in claims]


@pytest.mark.parametrize(
    ("rows", "text", "want"),
    [
        (
            NETTED,
            "In the second quarter, net interest costs more than doubled to $45 million.",
            [
                ("net_interest_expense", "doubled", "supported"),
                ("net_interest_expense", "$45 million", "supported"),
            ],
        ),
        (
            NETTED,
            "Second-quarter net interest expense was $54 million.",
            [("net_interest_expense", "$54 million", "contradicted")],
        ),
        (
            ONE_LINE,
            "Second-quarter net interest expense was $45 million.",
            [("net_interest_expense", "$45 million", "supported")],
        ),
        (
            ONE_LINE,
            "Net interest expense fell 10% in the second quarter.",
            [("net_interest_expense", "10%", "contradicted")],
        ),
    ],
)
def test_net_interest_expense(rows, text, want):
    assert verdicts(rows, text) == want
