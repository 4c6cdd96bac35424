"""A ratio where lower is better (a railroad's operating ratio, a cost ratio) that "improved"
fell, and one "two points better" is two points lower; an aside in dashes or brackets right after
the ratio's name that defines it (operating expenses as a share of revenue) names its parts, not
what the figure after it measures (lexicon.toml [changes] improve/worsen, verify.toml [direction]
judged, attribution's asides)."""

from __future__ import annotations

from datetime import date

import pytest

from inline_store import checked_claims

# operating ratio 2024Q2: 1,480 / 2,000 = 74.0%; 2023Q2: 1,710 / 2,250 = 76.0%
ROWS = [
    ("total_operating_costs", "2024Q2", "1480000000", "USD", "value", None, "S1"),
    ("revenue", "2024Q2", "2000000000", "USD", "value", None, "S1"),
    ("total_operating_costs", "2023Q2", "1710000000", "USD", "value", None, "S1"),
    ("revenue", "2023Q2", "2250000000", "USD", "value", None, "S1"),
]


def verdicts(text):
    claims = checked_claims(ROWS, text, date(2024, 8, 5))
    return [(c.claim.concept, c.claim.printed, c.verdict.verdict) for c in claims]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In the second quarter the operating ratio improved to 74.0%.",
            [("operating_ratio", "74.0%", "supported")],
        ),
        (
            "In the second quarter the operating ratio deteriorated to 74.0%.",
            [("operating_ratio", "74.0%", "contradicted")],
        ),
        (
            "Its second-quarter operating ratio was 74.0%, two percentage points better than a year ago.",
            [
                ("operating_ratio", "74.0%", "supported"),
                ("operating_ratio", "two percentage points", "supported"),
            ],
        ),
        (
            "Its second-quarter operating ratio was 74.0%, two percentage points worse than a year ago.",
            [
                ("operating_ratio", "74.0%", "supported"),
                ("operating_ratio", "two percentage points", "contradicted"),
            ],
        ),
        (
            "The second-quarter operating ratio -- costs as a portion of sales, the railroad's"
            " favourite gauge -- came in at 74.0%.",
            [("operating_ratio", "74.0%", "supported")],
        ),
        (
            "The second-quarter operating ratio (costs as a portion of sales) came in at 74.0%.",
            [("operating_ratio", "74.0%", "supported")],
        ),
    ],
)
def test_lower_is_better_ratio_words(text, want):
    assert verdicts(text) == want
