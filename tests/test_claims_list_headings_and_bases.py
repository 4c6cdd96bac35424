"""A list's heading with a comma that ends on its colon (Second quarter, derived from …:) frames
the list after it; the base right after a change said quarter on quarter is the quarter
before's; the writer's own reckoning before a revenue word (可以算出四季度单季营收) names no
segment; The Economist's "trn" is a trillion; in an A-share company's story a paragraph naming no
period goes on with the year to date the one before turned to."""

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.numbers import parse_amount
from claim_periods import periods


def test_a_list_heading_with_a_comma_ending_on_its_colon_sets_the_period():
    text = (
        "Acme reported first-half results.\n\n"
        "- Revenue: 14.11 billion yuan, up 7.3% year-on-year\n\n"
        "Second quarter, derived from the first-quarter report:\n"
        "- Revenue roughly 6.81 billion yuan\n"
    )
    got = periods(text, date(2024, 8, 31))
    assert ("14.11 billion yuan", "2024H1") in got
    assert ("6.81 billion yuan", "2024Q2") in got


def test_a_base_after_a_change_said_quarter_on_quarter_is_the_quarter_befores():
    text = (
        "Second quarter:\n"
        "- Revenue roughly 6.81 billion yuan, down 6.6% quarter-on-quarter from 7.29 billion yuan\n"
    )
    got = periods(text, date(2024, 8, 31))
    assert ("7.29 billion yuan", "2024Q1") in got
    # (a change said year on year keeps the same quarter a year before as its base)
    text = "In the second quarter revenue fell 6.6% year-on-year from 7.29 billion yuan."
    assert ("7.29 billion yuan", "2023Q2") in periods(text, date(2024, 8, 31))


def test_the_writers_reckoning_before_a_revenue_word_is_no_segment():
    text = "用全年数据减去前三季度累计数，可以算出四季度单季营收61.31亿元，同比增长12.25%。"
    claims = extract_claims(text, "600000", date(2024, 3, 21))
    got = [(c.concept, c.segment, c.period) for c in claims]
    assert ("revenue", None, "2023Q4") in got


def test_trn_is_a_trillion():
    assert parse_amount("1.14trn yuan").value == Decimal("1.14E12")


def test_a_paragraph_naming_no_period_goes_on_with_the_year_to_date_before():
    text = (
        "Acme said third-quarter revenue fell 10% to 147 million yuan.\n\n"
        "For the first nine months of the year, revenue declined 4.18% to 402.8 million yuan.\n\n"
        "Operating profit fell 39.7% to 20.56 million yuan.\n\n"
        "Gross margin was 76.9%, up from 76.5% a year earlier.\n\n"
        "In the third quarter alone, costs were 5 million yuan."
    )
    got = periods(text, date(2023, 10, 30))
    assert ("147 million yuan", "2023Q3") in got
    assert ("20.56 million yuan", "2023Q1-Q3") in got
    assert ("76.9%", "2023Q1-Q3") in got and ("76.5%", "2022Q1-Q3") in got
    assert ("5 million yuan", "2023Q3") in got
    # (a US filer's story goes back to the quarter: its quarterly report prints the quarter)
    us = extract_claims(text, "ACME", date(2023, 10, 30))
    assert ("20.56 million yuan", "2023Q3") in [(c.printed, c.period) for c in us]
