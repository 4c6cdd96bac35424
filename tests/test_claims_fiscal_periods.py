"""Analysts' compact and fiscal periods (3Q 2011, 2QFY12, 1H FY12, FY 12), a two-digit fiscal
year named as the store names it (a year ending in January is named for the year it starts in),
broker table columns of quarters and fiscal years, and a table header naming a span and a date
(flows take the span, balances the date)."""

from datetime import date

import pytest

from caibao.claims.article_periods import main_period
from caibao.claims.column_periods import column_period
from caibao.claims.extract import extract_claims
from caibao.claims.fiscal import in_fiscal_frame, shift_phrase, to_frame
from caibao.periods import Period, resolve
from claim_periods import periods


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


def test_an_analysts_fiscal_quarter_names_the_report_and_its_table_columns():
    # a year ending in June (shift 6): 3Q FY12 is January-March 2012, the store's 2012Q3
    text = (
        "Acme Corp (ACME) - 3Q FY12 results: services strong\n\n"
        "| US$ m | 3Q FY12 | 3Q FY11 | y/y |\n"
        "|---|---|---|---|\n"
        "| Revenue | 2,310 | 2,120 | +9.0% |\n\n"
        "Gross margin rose in the quarter. Our FY12 estimate stays.\n"
    )
    with in_fiscal_frame(6):
        assert str(main_period(text, to_frame(date(2012, 4, 20), 6))[0]) == "2012Q3"
    got = periods(text, date(2012, 4, 20), shift=6)
    assert ("2,310", "2012Q3") in got and ("2,120", "2011Q3") in got
    # a year ending in January, named by the store for the year it starts in
    with in_fiscal_frame(-1):
        assert str(main_period(text, to_frame(date(2011, 11, 20), -1))[0]) == "2011Q3"


def test_a_header_naming_a_span_and_a_date_gives_flows_the_span_and_balances_the_date():
    text = (
        "示例公司2024年上半年主要数据（亿元）：\n\n"
        "| 项目 | 2024年上半年/6月末 | 变动 |\n|---|---|---|\n"
        "| 营业收入 | 50.2 | -3.5% |\n| 总资产 | 310.4 | 2.2% |\n"
    )
    got = {
        c.printed: (c.concept, str(c.period))
        for c in extract_claims(text, "ACME", date(2024, 8, 30))
    }
    assert got["50.2"] == ("revenue", "2024H1")
    assert got["-3.5%"] == ("revenue", "2024H1")
    assert got["310.4"] == ("total_assets", "2024-06-30")
