"""Phrases of English wire copy and broker notes that name what a figure measures or how it
changed: a sum "of" a metric (after $40 million of capital spending), an apposition set off by
dashes, a verb of change before its object (trimmed its short-term debt by $650 million), a
fraction of a point (by roughly half a point), a quarter named by its month and year (the
September quarter of 2023), X as a percentage of Y, a balance line whose name holds a
segment's (premiums receivable), a line named without the filing's serial comma, and the change
set after a share (now 84% of sales, up 6%: the share's change)."""

from __future__ import annotations

from datetime import date

import pytest

from inline_store import checked_claims

FLOWS = [
    ("ocf", "2024Q2", "500000000", "USD", "value", None, "CF1"),
    ("capex", "2024Q2", "40000000", "USD", "value", None, "CF2"),
    ("ocf", "2023Q2", "450000000", "USD", "value", None, "CF1"),
    ("capex", "2023Q2", "50000000", "USD", "value", None, "CF2"),
]
BALANCES = [
    ("short_term_borrowings", "2024-06-30", "150000000", "USD", "value", None, "BS1"),
    ("short_term_borrowings", "2023-12-31", "800000000", "USD", "value", None, "BS1"),
    ("deferred_revenue", "2024-06-30", "1950000000", "USD", "value", None, "BS2"),
    ("deferred_revenue", "2023-12-31", "2000000000", "USD", "value", None, "BS2"),
    ("premiums_receivable", "2024-06-30", "900000000", "USD", "value", None, "BS3"),
    ("premiums_receivable", "2023-12-31", "600000000", "USD", "value", None, "BS3"),
    # an insurer's revenue line named Premiums (a segment of the store)
    ("revenue", "2024Q2", "7000000000", "USD", "value", "Premiums", "IS9"),
]
INCOME = [
    ("revenue", "2024Q2", "8000000000", "USD", "value", None, "IS1"),
    ("revenue", "2023Q2", "7500000000", "USD", "value", None, "IS1"),
    ("sga_expense", "2024Q2", "1000000000", "USD", "value", None, "IS2"),
    ("sga_expense", "2023Q2", "900000000", "USD", "value", None, "IS2"),
    ("np_parent", "2024Q2", "300000000", "USD", "value", None, "IS3"),
    ("np_parent", "2023Q2", "200000000", "USD", "value", None, "IS3"),
    ("eps_basic", "2024Q2", "0.30", "USD/share", "value", None, "IS4"),
    ("eps_basic", "2023Q2", "0.20", "USD/share", "value", None, "IS4"),
]


LINES = [
    ("revenue", "2024Q2", "1000000000", "USD", "value", None, "IS1"),
    ("revenue", "2023Q2", "1100000000", "USD", "value", None, "IS1"),
    ("revenue", "2024Q2", "850000000", "USD", "value", "Products, support, and services", "IS2"),
    ("revenue", "2023Q2", "880000000", "USD", "value", "Products, support, and services", "IS2"),
    ("revenue", "2024Q2", "150000000", "USD", "value", "Licenses", "IS3"),
    ("revenue", "2023Q2", "220000000", "USD", "value", "Licenses", "IS3"),
]


def verdicts(rows, text):
    claims = checked_claims(rows, text, date(2024, 8, 5))
    return [(c.claim.concept, c.claim.measure, c.claim.period, c.verdict.verdict) for c in claims]


@pytest.mark.parametrize(
    ("rows", "text", "want"),
    [
        (
            # a sum "of" a metric is that metric's, not the clause subject's
            FLOWS,
            "In the second quarter, free cash flow after $40 million of capital spending was "
            "about $460 million.",
            [
                ("capex", "value", "2024Q2", "supported"),
                ("free_cash_flow", "value", "2024Q2", "supported"),
            ],
        ),
        (
            # … but cash is what a flow is paid in, not a measure of the sum
            FLOWS,
            "In the second quarter, operations provided $500 million of cash.",
            [("ocf", "value", "2024Q2", "supported")],
        ),
        (
            # an apposition set off by dashes names no metric of its own
            BALANCES,
            "At the end of June, deferred revenue -- the best gauge of future sales -- was "
            "$1.95 billion.",
            [("deferred_revenue", "value", "2024-06-30", "supported")],
        ),
        (
            # a verb of change before its object: the sum after "by" is the change
            BALANCES,
            "In the first half the company trimmed its short-term debt by $650 million.",
            [("short_term_borrowings", "change_abs", "2024-06-30", "supported")],
        ),
        (
            # … unless a level follows it: cut spending by 10% to $X is a level
            BALANCES,
            "In the first half the company cut its short-term debt by 81% to $150 million.",
            [
                ("short_term_borrowings", "change_pct", "2024-06-30", "supported"),
                ("short_term_borrowings", "value", "2024-06-30", "supported"),
            ],
        ),
        (
            # a quarter's balance line named with a segment's word (premiums) is that line
            BALANCES,
            "Premiums receivable jumped 50% from the end of December to $900 million at June 30.",
            [
                ("premiums_receivable", "change_pct", "2024-06-30", "supported"),
                ("premiums_receivable", "value", "2024-06-30", "supported"),
            ],
        ),
        (
            # X as a percentage of Y is the ratio of the two; a fraction of a point is in points
            INCOME,
            "In the second quarter, SG&A as a percentage of revenues was 12.5%, up by about "
            "half a percentage point.",
            [
                ("sga_ratio", "value", "2024Q2", "supported"),
                ("sga_ratio", "change_pp", "2024Q2", "supported"),
            ],
        ),
        (
            INCOME,
            "SG&A as a percentage of total revenues rose by a quarter of a point in the second "
            "quarter.",
            [("sga_ratio", "change_pp", "2024Q2", "contradicted")],
        ),
        (
            # a quarter named by its last month and its year: each figure said with it
            INCOME,
            "The company reported its results for the second quarter of 2024 on Tuesday. "
            "Second-quarter net income rose to $300 million, or 30 cents a share, from "
            "$200 million, or 20 cents, in the June quarter of 2023.",
            [
                ("np_parent", "value", "2024Q2", "supported"),
                ("eps_basic", "value", "2024Q2", "supported"),
                ("np_parent", "value", "2023Q2", "supported"),
                ("eps_basic", "value", "2023Q2", "supported"),
            ],
        ),
    ],
)
def test_wire_phrases(rows, text, want):
    assert verdicts(rows, text) == want


def test_a_line_named_without_the_serial_comma_and_its_share_change():
    text = (
        "The company reported its second-quarter results on Tuesday. Products, support and "
        "services now make up 85% of revenue, up 5% from a year earlier."
    )
    assert verdicts(LINES, text) == [
        ("revenue", "share_pct", "2024Q2", "supported"),
        ("revenue_share", "change_pct", "2024Q2", "misleading"),
    ]


def test_table_row_as_a_percentage_of():
    text = (
        "Second quarter 2024\n\n"
        "| Line item | Q2 24 | Q2 23 | y/y |\n"
        "|---|---|---|---|\n"
        "| SG&A as % of revenues | 12.5% | 12.0% | +50 bp |\n"
    )
    got = verdicts(INCOME, text)
    assert got == [
        ("sga_ratio", "value", "2024Q2", "supported"),
        ("sga_ratio", "value", "2023Q2", "supported"),
        ("sga_ratio", "change_pp", "2024Q2", "supported"),
    ]


@pytest.mark.parametrize(("said", "want"), [("12.5", "supported"), ("20", "contradicted")])
def test_a_multiple_of_the_metric_named_after_it(said, want):
    # a figure as a multiple of another metric, named right after "times"
    text = f"In the second quarter, operating cash flow was about {said} times capital spending."
    got = checked_claims(FLOWS, text, date(2024, 8, 5))
    assert [(c.claim.concept, c.verdict.verdict) for c in got] == [("ocf", want)]
    assert "ocf[2024Q2] / capex[2024Q2]" in got[0].verdict.reason
