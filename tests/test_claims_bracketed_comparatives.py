"""A broker note's compared figure in brackets after its period and a colon ((Q2 2008: 15.3%),
(H1 2008: $192.3 million)): the figure of the period discussed in that year, also right after
"in the half"; and a segment named at the head of a sentence by "X segment" (Truck segment gross
margin fell …), and the parts segments contributed of a figure named before "of which". Made-up
figures."""

from __future__ import annotations

from datetime import date

import pytest

from inline_store import checked_claims

TRUCKS = "Truck and Other"
ROWS = [
    ("revenue", "2024Q2", "1602300000", "USD", "value", TRUCKS, "S1"),
    ("operating_cost", "2024Q2", "1492800000", "USD", "value", TRUCKS, "S2"),
    ("revenue", "2023Q2", "3782000000", "USD", "value", TRUCKS, "S3"),
    ("operating_cost", "2023Q2", "3202200000", "USD", "value", TRUCKS, "S4"),
    ("revenue", "2024Q2", "243500000", "USD", "value", "Financial Services", "S5"),
    ("kpi_share_repurchases", "2024H1", "0", "USD", "value", None, "S6"),
    ("kpi_share_repurchases", "2023H1", "192300000", "USD", "value", None, "S7"),
    ("kpi_dividends_paid", "2024H1", "166700000", "USD", "value", None, "S8"),
    ("kpi_dividends_paid", "2023H1", "498600000", "USD", "value", None, "S9"),
]


def verdicts(text):
    claims = checked_claims(ROWS, text, date(2024, 8, 31))
    return [
        (c.claim.printed, c.claim.segment, c.claim.period, c.verdict.verdict)
        for c in claims
        if c.claim.subject is not None
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In the second quarter:\n\n- Truck segment gross margin fell to 6.8% (Q2 2023: 15.3%).",
            [
                ("6.8%", TRUCKS, "2024Q2", "supported"),
                ("15.3%", TRUCKS, "2023Q2", "supported"),
            ],
        ),
        (
            "Dividends paid were $166.7 million in the first half (H1 2023: $498.6 million).",
            [
                ("$166.7 million", None, "2024H1", "supported"),
                ("$498.6 million", None, "2023H1", "supported"),
            ],
        ),
        (
            "No shares were repurchased in the first half (H1 2023: $192.3 million).",
            [("$192.3 million", None, "2023H1", "supported")],
        ),
    ],
)
def test_a_bracketed_comparative_and_a_segment_heading_the_sentence(text, want):
    assert verdicts(text) == want


def test_the_parts_a_segment_contributed_of_the_figure_before():
    rows = [
        *ROWS,
        ("total_profit", "2024Q2", "27900000", "USD", "value", None, "P1"),
        ("total_profit", "2024Q2", "15600000", "USD", "value", "Financial Services", "P2"),
        ("total_profit", "2024Q2", "7400000", "USD", "value", TRUCKS, "P3"),
    ]
    text = (
        "In the second quarter pre-tax income was $27.9 million, of which Financial Services "
        "contributed $15.6 million and Truck and Other $7.4 million."
    )
    claims = checked_claims(rows, text, date(2024, 8, 31))
    got = [(c.claim.printed, c.claim.concept, c.claim.segment, c.verdict.verdict) for c in claims]
    assert got == [
        ("$27.9 million", "total_profit", None, "supported"),
        ("$15.6 million", "total_profit", "Financial Services", "supported"),
        ("$7.4 million", "total_profit", TRUCKS, "supported"),
    ]


def test_a_segments_assets_named_after_its_name():
    rows = [
        *ROWS,
        ("total_assets", "2024-06-30", "14922500000", "USD", "value", None, "A1"),
        ("total_assets", "2024-06-30", "8818000000", "USD", "value", "Financial Services", "A2"),
        ("total_assets", "2023-12-31", "10030400000", "USD", "value", "Financial Services", "A3"),
    ]
    text = "At June 30, 2024, Financial Services assets were $8.82 billion."
    claims = checked_claims(rows, text, date(2024, 8, 31))
    got = [(c.claim.printed, c.claim.concept, c.claim.segment, c.verdict.verdict) for c in claims]
    assert got == [("$8.82 billion", "total_assets", "Financial Services", "supported")]


@pytest.mark.parametrize(
    ("text", "segment"),
    [
        # (group revenue after a comma: the whole company's, not the segment named before)
        (
            "In the second quarter, including Financial Services revenue of $243.5 million, "
            "group revenue was about $1.85 billion.",
            None,
        ),
        (
            "In the second quarter, Financial Services revenue was $1.85 billion.",
            "Financial Services",
        ),
    ],
)
def test_group_revenue_after_a_segments_is_the_companys(text, segment):
    claims = checked_claims(ROWS, text, date(2024, 8, 31))
    got = {c.claim.printed: c.claim.segment for c in claims}
    assert got["$1.85 billion"] == segment


def test_a_segment_named_with_group_keeps_it():
    rows = [("revenue", "2024Q2", "2612000000", "USD", "value", "Manufacturing Group", "M1")]
    text = "In the second quarter, Manufacturing group revenue was $2.61 billion."
    claims = checked_claims(rows, text, date(2024, 8, 31))
    assert [(c.claim.segment, c.verdict.verdict) for c in claims] == [
        ("Manufacturing Group", "supported")
    ]
