"""A broker's fiscal-quarter columns (FQ3 09, F2Q10: the F marks the company's fiscal year, named
by the year it ends in), and a forecast year (FY10 EPS) that cannot be the subject of an article
written before it: the years whose figures could exist decide the article's period."""

from datetime import date

import pytest

from caibao.claims.article_periods import main_period
from caibao.claims.column_periods import column_period
from caibao.claims.fiscal import in_fiscal_frame, to_frame
from claim_periods import periods


@pytest.mark.parametrize(
    ("shift", "title", "expected"),
    [
        (2, "FQ2 10", "2010Q2"),  # a year ending in October
        (2, "F2Q10", "2010Q2"),
        (7, "FQ1'10", "2010Q1"),  # a year ending in May
        (0, "FQ4 11", "2011Q4"),
        (3, "F1H10E", "2010H1"),
        (-1, "FQ2 10", "2009Q2"),  # ends January 2010: the store's 2009
    ],
)
def test_a_fiscal_quarter_column_marked_f(shift, title, expected):
    with in_fiscal_frame(shift):
        period, _estimate = column_period(title, to_frame(date(2010, 3, 1), shift), None)
    assert str(period) == expected


def test_an_f_needs_a_part_after_it():
    assert column_period("FX10", date(2010, 3, 1), None)[0] is None


NOTE = (
    "RESEARCH NOTE | 12 August 2009\n\n"
    "Widget Co (WID): Fiscal Q3 - orders steady\n\n"
    "Widget's fiscal third quarter, the three months to July 31, was steady.\n\n"
    "| US$m | FQ3 09 | FQ3 08 | chg |\n"
    "|---|---|---|---|\n"
    "| Revenue | 1,210 | 1,340 | -9.7% |\n\n"
    "Order intake was the best since March 2008. Our FY10 EPS estimate is $1.40.\n"
)


def test_a_forecast_year_does_not_push_the_article_a_year_back():
    # a year ending in October (shift 2): the note of August 2009 is about fiscal 2009's Q3
    with in_fiscal_frame(2):
        assert str(main_period(NOTE, to_frame(date(2009, 8, 12), 2))[0]) == "2009Q3"
    got = periods(NOTE, date(2009, 8, 12), shift=2)
    assert ("1,210", "2009Q3") in got and ("1,340", "2008Q3") in got
    # a calendar year: the same note is about 2009's second quarter, not 2008
    assert str(main_period(NOTE.replace("Fiscal Q3", "Q2"), date(2009, 8, 12))[0]).startswith(
        "2009"
    )
