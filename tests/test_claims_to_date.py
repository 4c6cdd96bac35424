"""A figure of a second or third quarter the reports give only to date is read as the year to
date's: a Chinese third-quarter report's income and cash flow statements run January to
September (only revenue and profit have a column for the quarter alone), so an article on the
quarter that quotes its selling expenses or margin, naming no quarter for them, quotes the nine
months'. A quarter named in the figure's own words keeps it the quarter's: a match with the nine
months' is then the wrong period."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

Q3_REPORT = [
    ("revenue", "2024Q3", "5000000000", "CNY", "value", None, "K1"),
    ("revenue", "2023Q3", "4000000000", "CNY", "value", None, "K1"),
    ("revenue", "2024Q1-Q3", "15000000000", "CNY", "value", None, "IS1"),
    ("revenue", "2023Q1-Q3", "11000000000", "CNY", "value", None, "IS1"),
    ("operating_cost", "2024Q1-Q3", "7500000000", "CNY", "value", None, "IS2"),
    ("operating_cost", "2023Q1-Q3", "5000000000", "CNY", "value", None, "IS2"),
    ("selling_expense", "2024Q1-Q3", "3000000000", "CNY", "value", None, "IS3"),
    ("selling_expense", "2023Q1-Q3", "2000000000", "CNY", "value", None, "IS3"),
]


def verdicts(text):
    claims = checked_claims(Q3_REPORT, text, date(2024, 10, 30))
    return [(c.claim.printed, c.claim.period, c.verdict.verdict) for c in claims]


def test_figures_given_only_to_date():
    text = (
        "Third-quarter revenue rose 25% to 5 billion yuan, the drugmaker said.\n\n"
        "Selling expenses climbed 50% to 3 billion yuan, while gross margin narrowed to 50%."
    )
    got = verdicts(text)
    assert got[2:] == [
        ("50%", "2024Q3", "supported"),
        ("3 billion yuan", "2024Q3", "supported"),
        ("50%", "2024Q3", "supported"),
    ]


def test_quarter_named_keeps_the_quarter():
    text = (
        "Third-quarter revenue rose 25% to 5 billion yuan, the drugmaker said.\n\n"
        "Selling expenses in the third quarter were 3 billion yuan."
    )
    got = verdicts(text)
    assert got[2] == ("3 billion yuan", "2024Q3", "contradicted")
