"""Periods of claims, round 5: analysts' compact fiscal periods (1Q FY10, 1H FY11), a quarterly
figure (the quarterly dividend), a period said after a figure across a comma, Hong Kong interim
wording, a year named only as a comparison's (与2021年同期相比), the year to date."""

from datetime import date

import pytest

from caibao.claims.column_periods import column_period
from caibao.claims.extract import extract_claims
from caibao.claims.fiscal import in_fiscal_frame, shift_phrase, to_frame
from caibao.periods import Period, resolve


def periods(text, reference, shift=0):
    return [
        (c.printed, c.period) for c in extract_claims(text, "600000", reference, fiscal_shift=shift)
    ]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("3Q 2011", "2011Q3"),
        ("2Q12", "2012Q2"),
        ("4Q FY12", "2012Q4"),
        ("2QFY12", "2012Q2"),
        ("FY12 3Q", "2012Q3"),
        ("Q4 FY2012", "2012Q4"),
        ("2H FY12", "2012H2"),
        ("1H FY12", "2012H1"),
        ("FY 12", "2012FY"),
    ],
)
def test_compact_analyst_periods(phrase, expected):
    assert str(resolve(phrase, date(2013, 2, 1), Period.q(2012, 4))) == expected


def test_a_two_digit_fiscal_year_is_named_as_the_store_names_it():
    # a year ending in January, named by the store for the year it starts in: FY12 is its 2011
    assert shift_phrase("3Q FY12", -1) == "3Q FY11"
    assert shift_phrase("2QFY12", -1) == "2QFY11"
    assert shift_phrase("FY12", 6) == "FY12"  # a year ending in June: named for its end
    assert shift_phrase("CFY12", -1) == "CFY12"  # not a fiscal year's mark


@pytest.mark.parametrize(
    ("shift", "title", "expected"),
    [
        (0, "3Q FY12", "2012Q3"),
        (0, "Q4 2011", "2011Q4"),
        (0, "2Q 2011", "2011Q2"),
        (0, "1H FY12E", "2012H1"),
        (6, "3Q FY12", "2012Q3"),
        (6, "FY12", "2012FY"),
        (-1, "3Q FY12", "2011Q3"),
        (-1, "FY12", "2011FY"),
        (-1, "FY2012 Q3", "2011Q3"),
    ],
)
def test_broker_table_columns_of_quarters_and_fiscal_years(shift, title, expected):
    with in_fiscal_frame(shift):
        period, _estimate = column_period(title, to_frame(date(2012, 5, 2), shift), None)
    assert str(period) == expected


def test_a_quarterly_dividend_is_one_quarters_figure():
    got = periods(
        "For the first half, sales rose 4 percent to $8.1 billion. The quarterly dividend was "
        "lifted to 30 cents a share from 25 cents, the company said in a quarterly filing.",
        date(2012, 8, 2),
    )
    assert ("$8.1 billion", "2012H1") in got
    assert ("30 cents", "2012Q2") in got
    assert ("25 cents", "2011Q2") in got
    listed = periods(
        "Six months to June: revenue $5.2bn.\n\n- Quarterly payout: 12 cents, up 20% from 10 cents",
        date(2012, 8, 2),
    )
    assert ("12 cents", "2012Q2") in listed and ("10 cents", "2011Q2") in listed


def test_a_period_after_a_figure_across_a_comma_is_still_that_figures():
    got = periods(
        "Over the nine months, sales were 512 million yuan. Free cash flow reached 41.2 million "
        "yuan in the third quarter, barely changed from a year earlier.",
        date(2012, 10, 28),
    )
    assert ("512 million yuan", "2012Q1-Q3") in got
    assert ("41.2 million yuan", "2012Q3") in got
