"""A quarter named with the day it ended before it (截至2009年8月1日的2009财年第二季度): the date
dates the quarter; the figures after it are the quarter's, not balances at that date."""

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.period_phrases import find_periods

JANUARY = -1  # a fiscal year ending in January


def test_the_date_before_a_named_quarter_is_no_period_of_its_own():
    s = "在截至2009年8月1日的2009财年第二季度，公司实现净利润5.94亿元。"
    assert [p for _a, _b, p in find_periods(s)] == ["2009财年第二季度"]
    # a date on its own stays a balance date
    s = "截至2009年8月1日，公司总资产442.3亿元。"
    assert [p for _a, _b, p in find_periods(s)] == ["2009年8月1日"]


def test_figures_after_a_dated_quarter_and_a_comma_are_the_quarters():
    text = (
        "一家零售商提交的季报显示，在截至2009年8月1日的2009财年第二季度，公司实现净利润"
        "5.94亿元，同比下降6.3%；摊薄每股收益0.79元，上年同期为0.82元。"
    )
    got = [
        (c.printed, c.period)
        for c in extract_claims(text, "X", date(2009, 8, 29), fiscal_shift=JANUARY)
    ]
    assert got == [
        ("5.94亿元", "2009Q2"),
        ("6.3%", "2009Q2"),
        ("0.79元", "2009Q2"),
        ("0.82元", "2008Q2"),
    ]


def test_a_day_without_a_year_is_the_latest_by_the_articles_date():
    # an article of 29 August: 1 August of that year, though August has not ended
    text = "截至8月1日，公司总资产442.3亿元，较上年同期末下降2.0%。"
    for shift in (0, JANUARY):
        got = [c.period for c in extract_claims(text, "X", date(2009, 8, 29), fiscal_shift=shift)]
        assert got == ["2009-08-01", "2009-08-01"]
    # a day still to come is last year's
    text = "截至8月30日，公司总资产442.3亿元。"
    assert [c.period for c in extract_claims(text, "X", date(2009, 8, 29))] == ["2008-08-30"]
