"""A sentence that names no metric and compares back ("That compares with $750 million, or $1.44
per share, a year earlier") gives the figures of the metric the sentence before it named; a change
from a sum in millions after a figure per share is the profit's, not the EPS's; a balance's
level after an aside and the date its change is counted from is still that balance's."""

from __future__ import annotations

from datetime import date

import pytest

from inline_store import checked_claims

ROWS = [
    ("np_parent", "2024Q2", "690000000", "USD", "value", None, "S1"),
    ("np_parent", "2023Q2", "750000000", "USD", "value", None, "S1"),
    ("eps_diluted", "2024Q2", "1.34", "USD/share", "value", None, "S1"),
    ("eps_diluted", "2023Q2", "1.44", "USD/share", "value", None, "S1"),
    ("revenue", "2024Q2", "2100000000", "USD", "value", None, "S1"),
    ("revenue", "2023Q2", "2000000000", "USD", "value", None, "S1"),
]


def verdicts(text):
    claims = checked_claims(ROWS, text, date(2024, 8, 5))
    return [(c.claim.concept, c.claim.printed, c.verdict.verdict) for c in claims]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The company earned $690 million, or $1.34 per share, in the three months ended "
            "June 30. That compares with $750 million, or $1.44 per share, a year earlier.",
            [
                ("np_parent", "$690 million", "supported"),
                ("eps_diluted", "$1.34", "supported"),
                ("np_parent", "$750 million", "supported"),
                ("eps_diluted", "$1.44", "supported"),
            ],
        ),
        (
            "Revenue was $2.1 billion in the second quarter. This compares to $2.0 billion in "
            "the same quarter last year.",
            [("revenue", "$2.1 billion", "supported"), ("revenue", "$2.0 billion", "supported")],
        ),
    ],
)
def test_compares_back(text, want):
    got = [(c if c != "eps_basic" else "eps_diluted", p, v) for c, p, v in verdicts(text)]
    assert got == want


def test_change_from_a_sum_after_per_share_is_the_profits():
    # (earned X, or $1.34 per share, down 8 percent from $750 million: the profit's change)
    text = (
        "In the second quarter the company earned $690 million, or $1.34 per share, down 8 "
        "percent from $750 million a year earlier."
    )
    got = [(c.claim.concept, c.claim.printed) for c in checked_claims(ROWS, text, date(2024, 8, 5))]
    assert ("np_parent", "8 percent") in got


def test_balance_since_a_date_after_an_aside_keeps_its_metric():
    # (the aside ends the clause; the date counted from names no other thing)
    rows = [
        ("long_term_debt", "2024-06-30", "8500000000", "USD", "value", None, "S1"),
        ("long_term_debt", "2023-12-31", "7800000000", "USD", "value", None, "S1"),
    ]
    text = "Long-term debt, less the current portion, rose 9 percent since Dec. 31 to $8.5 billion."
    claims = checked_claims(rows, text, date(2024, 8, 5))
    got = [(c.claim.concept, c.claim.printed, c.verdict.verdict) for c in claims]
    assert got == [
        ("long_term_debt", "9 percent", "supported"),
        ("long_term_debt", "$8.5 billion", "supported"),
    ]
