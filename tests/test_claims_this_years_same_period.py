"""今年同期 (the same period this year), said after a sentence opened by a year-ago period: the
period discussed again, not a year before that one; the figures after it are this year's."""

from datetime import date

from caibao.periods import Period, resolve
from claim_periods import periods

DAY = date(2009, 8, 7)  # an article on the second quarter of 2009


def test_this_years_same_period_is_the_context_in_this_year():
    assert resolve("今年同期", DAY, Period.parse("2008Q2")) == Period.parse("2009Q2")
    assert resolve("去年同期", DAY, Period.parse("2009Q2")) == Period.parse("2008Q2")
    assert resolve("同期", DAY, Period.parse("2009Q2")) == Period.parse("2008Q2")


def test_this_years_same_period_brings_back_the_period_discussed():
    text = (
        "样例公司二季度净利润3.03亿美元。\n\n"
        "2008年二季度，公司录得9.08亿美元出售投资收益，而今年同期该项仅为1.02亿美元。"
        "财务费用则有所减轻，二季度利息支出3.83亿美元，同比减少18.3%。"
    )
    got = periods(text, DAY)
    assert ("9.08亿美元", "2008Q2") in got
    assert ("1.02亿美元", "2009Q2") in got
    assert ("3.83亿美元", "2009Q2") in got
