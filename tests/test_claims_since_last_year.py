"""去年起 / 去年开始 (since last year) dates when something began, not a figure's period: a 当季
(this quarter) after it is still the quarter the story is about."""

from datetime import date

from caibao.claims.extract import extract_claims


def test_since_last_year_leaves_the_quarter_under_discussion():
    text = (
        "公司2009年第二季度实现营业收入42.40亿元。公司从去年起关闭和合并了一批工厂。"
        "当季综合毛利率约35.3%，与上年同期的35.5%基本持平。"
    )
    got = {c.printed: c.period for c in extract_claims(text, "ACME", date(2009, 8, 20))}
    assert got["35.3%"] == "2009Q2"
    assert got["35.5%"] == "2008Q2"
