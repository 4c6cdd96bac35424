"""Words of US filers' stories: "pretax results" is the pre-tax profit (lexicon.toml
total_profit); "from" inside a metric's name is no base of its move (signs.py); holders and jobs
counted after an adjective (numbers.py); "As a share of Y, X …" is a ratio (ratio_names.py); a
dividend "now" in force (current_rates.py)."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

ROWS = [
    ("total_profit", "2024H1", "-544000000", "USD", "value", None, "S1"),
    ("total_profit", "2023H1", "1268000000", "USD", "value", None, "S1"),
]


def verdicts(rows, text):
    claims = checked_claims(rows, text, date(2024, 8, 5))
    return [(c.claim.concept, c.claim.printed, c.verdict.verdict) for c in claims]


def test_pretax_results_are_the_pretax_profit():
    got = verdicts(ROWS, "In the first half, pretax results fell 143%.")
    assert got == [("total_profit", "143%", "misleading")]


def test_from_in_a_metric_s_name_is_no_base():
    """Read: "Equity income from partially owned affiliates rose to $30 million" where it was $37
    million a year before: the level holds but the move is false; "from" here is part of the
    name, not the base the move is measured from."""
    rows = [
        ("investment_income_associates", "2024H1", "30000000", "USD", "value", None, "S1"),
        ("investment_income_associates", "2023H1", "37000000", "USD", "value", None, "S1"),
    ]
    text = "In the first half, equity income from partially owned affiliates rose to $30 million."
    assert verdicts(rows, text) == [("investment_income_associates", "$30 million", "contradicted")]


def test_counted_holders_and_jobs():
    """Read: "30,700 ordinary shareholders" counts the holders (an adjective between the number and
    its noun); "cut 19,000 jobs" is a count the reports do not give, still a claim."""
    from caibao.claims.extract import extract_claims

    def read(text):
        return [(c.concept, c.printed) for c in extract_claims(text, "X", date(2009, 8, 10))]

    assert read("Acme had about 30,700 ordinary shareholders at the end of June.") == [
        ("kpi_shareholders", "30,700 ordinary shareholders")
    ]
    assert read("Acme has cut about 19,000 jobs since last fall.") == [(None, "19,000 jobs")]


def test_a_sentence_opening_with_as_a_share_of_names_a_ratio():
    """Read: "As a share of loans, the reserve climbed 35% to 2.19%": the reserve over the loans."""
    from caibao.claims.extract import extract_claims

    text = "The reserve rose 34%. As a share of loans, the reserve climbed 35% to 2.19%."
    got = [(c.concept, c.printed) for c in extract_claims(text, "X", date(2009, 8, 10))]
    assert got == [
        ("loan_loss_allowance", "34%"),
        ("allowance_to_loans", "35%"),
        ("allowance_to_loans", "2.19%"),
    ]


def test_a_dividend_said_as_the_rate_now_in_force():
    """Read: "The quarterly dividend is now 15 cents" where the period paid 47 cents: a cut declared
    since, which the period's figure neither supports nor contradicts; without "now" the
    period's figure contradicts it."""
    rows = [
        ("dividend_per_share", "2024Q2", "0.47", "USD/share", "value", None, "S1"),
        ("dividend_per_share", "2024H1", "0.94", "USD/share", "value", None, "S1"),
    ]
    got = verdicts(rows, "In the second quarter, the quarterly dividend is now 15 cents a share.")
    assert got == [("dividend_per_share", "15 cents", "unverifiable")]
    got = verdicts(rows, "In the second quarter, the quarterly dividend was 15 cents a share.")
    assert got == [("dividend_per_share", "15 cents", "contradicted")]
