"""Words of a US filer's quarter (an exchange's): a diluted share count said in millions is a
count, not money (lexicon.toml kind); a filer's line named after another figure of the clause is
what the next figure is of, not the metric word the clause opened with (printed_lines); dividends
paid in money by a filer that prints no dividend plan are its cash flow statement's dividends paid
(verify.toml held_instead); cents "of every revenue dollar" are a rate said as money, no figure of
the company (checker); an exchange's market data revenue is its quotation data fees
(lexicon.toml [segments.synonyms]). Made-up figures."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

AMORT = "Amortization of purchased intangibles [us-gaap:AmortizationOfIntangibleAssets]"
ROWS = [
    ("revenue", "2024Q2", "650000000", "USD", "value", None, "Total revenues [us-gaap:Revenues]"),
    ("staff_cost", "2024Q2", "88000000", "USD", "value", None, "S2"),
    ("staff_cost", "2023Q2", "73600000", "USD", "value", None, "S2"),
    ("filer_line", "2024Q2", "30500000", "USD", "value", AMORT.split(" [")[0], AMORT),
    ("filer_line", "2023Q2", "17900000", "USD", "value", AMORT.split(" [")[0], AMORT),
    ("diluted_shares_weighted", "2024Q2", "66526000", "count", "value", None, "S3"),
    ("kpi_dividends_paid", "2024H1", "152600000", "USD", "value", None, "S4"),
    ("dividend_per_share", "2024H1", "2.30", "USD/share", "value", None, "S5"),
]


def verdicts(text):
    claims = checked_claims(ROWS, text, date(2024, 8, 5))
    return [(c.claim.concept, c.claim.printed, c.verdict.verdict) for c in claims]


def test_a_diluted_share_count_in_millions_is_a_count():
    got = verdicts("In the second quarter, diluted shares outstanding rose to 66.5 million.")
    assert got == [("diluted_shares_weighted", "66.5 million", "supported")]


def test_a_line_named_after_another_figure_is_the_next_figures():
    got = verdicts(
        "In the second quarter, compensation and benefits rose to $88.0 million and amortization"
        " of purchased intangibles climbed to $30.5 million from $17.9 million."
    )
    assert got == [
        ("staff_cost", "$88.0 million", "supported"),
        ("filer_line", "$30.5 million", "supported"),
        ("filer_line", "$17.9 million", "supported"),
    ]


def test_dividends_paid_by_a_filer_of_no_dividend_plan():
    got = verdicts(
        "In the first half the company paid $125.3 million in dividends, or $2.30 a share."
    )
    assert got == [
        ("kpi_dividends_paid", "$125.3 million", "contradicted"),
        ("dividend_per_share", "$2.30", "supported"),
    ]
    # a dividend no word says was paid (a deemed dividend) is not the cash flow's
    got = verdicts("In the first half the company booked a deemed dividend of $125.3 million.")
    assert got == [("dividend_cash", "$125.3 million", "unverifiable")]


def test_cents_of_every_dollar_are_no_figure():
    got = verdicts(
        "Second-quarter revenue was $650 million. Few businesses keep 60 cents of every revenue"
        " dollar as operating profit."
    )
    assert got == [("revenue", "$650 million", "supported")]


LINES = [
    ("revenue", "2024Q2", "647800000", "USD", "value", None, "S1"),
    ("revenue", "2024Q2", "536800000", "USD", "value", "Clearing and transaction fees", "S2"),
    ("revenue", "2024Q2", "82100000", "USD", "value", "Quotation data fees", "S3"),
]


def test_the_engine_of_the_business_names_no_segment():
    claims = checked_claims(
        LINES,
        "In the second quarter clearing and transaction fees, still the engine of the business,"
        " climbed to $536.8 million.",
        date(2024, 8, 5),
    )
    got = [(c.claim.segment, c.verdict.verdict) for c in claims]
    assert got == [("Clearing and transaction fees", "supported")]


def test_market_data_revenue_is_the_quotation_data_line():
    claims = checked_claims(
        LINES,
        "In the second quarter clearing and transaction fees climbed to $536.8 million, and"
        " market-data revenue rose to $82.1 million.",
        date(2024, 8, 5),
    )
    got = [(c.claim.segment, c.verdict.verdict) for c in claims]
    assert got == [
        ("Clearing and transaction fees", "supported"),
        ("Quotation data fees", "supported"),
    ]
