"""A results box's "label: figure" line gives a per-share figure printed without a unit
(Earnings per share: 0.0176), and the administrative expense line goes by its other English
nouns (administrative costs fell 15.9%). Made-up company and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from inline_store import checked_claims

Y = "CNY"
DAY = date(2025, 8, 28)
ROWS = [
    ("admin_expense", "2025H1", "20802448.96", Y, "value", None, "S1"),
    ("admin_expense", "2024H1", "24734000", Y, "value", None, "S1"),
    ("eps_basic", "2025H1", "0.0176", "CNY/share", "value", None, "S1"),
    ("eps_basic", "2024H1", "0.0261", "CNY/share", "value", None, "S1"),
]


def test_a_per_share_figure_after_a_label_and_colon():
    text = "Yangli results for the first half.\n\n  Earnings per share: 0.0176 (vs 0.0261)\n"
    got = [
        (c.claim.concept, c.claim.printed, c.verdict.verdict)
        for c in checked_claims(ROWS, text, DAY)
    ]
    assert ("eps_basic", "0.0176", "supported") in got


def test_administrative_costs_are_the_administrative_expense():
    text = "In the first half, Yangli's administrative costs fell 15.9% to 20.8 million yuan."
    got = [
        (c.claim.concept, c.claim.measure, c.verdict.verdict)
        for c in checked_claims(ROWS, text, DAY)
    ]
    assert got == [
        ("admin_expense", "change_pct", "supported"),
        ("admin_expense", "value", "supported"),
    ]


def test_a_per_share_figure_said_as_a_loss_is_the_per_share_loss():
    rows = [
        ("eps_basic", "2024FY", "-4.1734", "CNY/share", "value", None, "S1"),
        ("np_parent", "2024FY", "-49478000000", Y, "value", None, "S1"),
    ]
    text = "For 2024 as a whole, Yangli's basic EPS was a loss of RMB 4.17."
    got = checked_claims(rows, text, date(2025, 3, 31))
    assert [(c.claim.concept, c.claim.value, c.verdict.verdict) for c in got] == [
        ("eps_basic", -Decimal("4.17"), "supported")
    ]


def test_a_per_share_row_takes_the_currency_of_the_tables_corner_cell():
    rows = [
        ("eps_basic", "2025H1", "0.0176", "CNY/share", "value", None, "S1"),
        ("eps_basic", "2024H1", "0.0261", "CNY/share", "value", None, "S1"),
    ]
    text = (
        "Yangli's first half in figures.\n\n"
        "| Metric (RMB) | 1H25 | 1H24 |\n|---|---|---|\n| Basic EPS | 0.0176 | 0.0261 |\n"
    )
    got = checked_claims(rows, text, DAY)
    assert [(c.claim.period, c.claim.printed, c.verdict.verdict) for c in got] == [
        ("2025H1", "0.0176", "supported"),
        ("2024H1", "0.0261", "supported"),
    ]


def test_a_tax_credit_is_the_income_tax_below_zero():
    rows = [("income_tax", "2025H1", "-2249185.89", Y, "value", None, "S1")]
    text = (
        "In the first half, Yangli's pretax profit plunged 57.5% to 3.93 million yuan; a tax "
        "credit of 2.25 million yuan cushioned the bottom line."
    )
    got = [(c.claim.concept, c.verdict.verdict) for c in checked_claims(rows, text, DAY)]
    assert got[-1] == ("income_tax_benefit", "supported")
