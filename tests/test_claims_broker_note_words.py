"""A broker's twelve-month target is a share-price target, a market figure no report carries;
a figure followed right away by "attributable to noncontrolling interests" is the minority's
share of the profit, whatever profit the sentence opened with (lexicon.toml kpi_share_price,
minority_profit; attribution)."""

from __future__ import annotations

from datetime import date

import pytest

from inline_store import checked_claims

ROWS = [
    ("net_profit", "2024H1", "730000000", "USD", "value", None, "S1"),
    ("np_parent", "2024H1", "700000000", "USD", "value", None, "S1"),
    ("minority_profit", "2024H1", "30000000", "USD", "value", None, "S1"),
    ("total_equity", "2024-06-30", "5100000000", "USD", "value", None, "S1"),
]


def verdicts(text):
    claims = checked_claims(ROWS, text, date(2024, 8, 5))
    return [(c.claim.concept, c.claim.printed, c.verdict.verdict) for c in claims]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Rating: Buy | 12-month price target: $64\n\nFirst-half net income was $700 million.",
            [
                ("kpi_share_price", "$64", "unverifiable"),
                ("np_parent", "$700 million", "supported"),
            ],
        ),
        (
            "First-half net income of $730 million includes $30 million attributable to"
            " non-controlling interests.",
            [
                ("np_parent", "$730 million", "supported"),
                ("minority_profit", "$30 million", "supported"),
            ],
        ),
    ],
)
def test_broker_note_words(text, want):
    assert verdicts(text) == want
