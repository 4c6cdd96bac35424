"""A span named to a month's end (截至6月底的三个月) is the quarter or half to that day."""

from datetime import date

from claim_periods import periods


def test_three_months_to_a_month_end_is_the_quarter():
    got = dict(
        periods(
            "在截至6月底的三个月里，公司实现净销售额54.97亿美元，较上年同期的80.82亿美元下降32%。"
            "净利润为2600万美元，上年同期400万美元。",
            date(2009, 8, 27),
        )
    )
    assert got["54.97亿美元"] == "2009Q2"
    assert got["80.82亿美元"] == "2008Q2"
    assert got["2600万美元"] == "2009Q2"


def test_six_months_to_a_month_end_is_the_half_and_a_bare_month_end_a_date():
    got = dict(periods("截至2009年6月末止六个月，收入为8.8亿元。", date(2009, 8, 20)))
    assert got["8.8亿元"] == "2009H1"
    got = dict(periods("截至6月底，公司现金为3.2亿元。", date(2009, 8, 20)))
    assert got["3.2亿元"] == "2009-06-30"
