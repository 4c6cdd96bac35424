"""A period that dates an event in a sentence without figures (the prices a company raised last
year, the plant that it shut in 2008): the event's time, which does not become the period the
next sentences' figures are of."""

from datetime import date

from claim_periods import periods

DAY = date(2009, 8, 12)  # an article on the second quarter of 2009


def test_a_relative_clause_dating_an_event_keeps_the_period_discussed():
    text = (
        "Acme's second quarter was strong. Why? The price rises Acme put through last year held. "
        "Net sales grew 4% to $1.32 billion."
    )
    assert periods(text, DAY) == [("4%", "2009Q2"), ("$1.32 billion", "2009Q2")]
    text = (
        "Acme's second quarter of 2009 was strong, helped by the plant that it closed in 2008. "
        "Net sales grew 4% to $1.32 billion."
    )
    assert ("$1.32 billion", "2009Q2") in periods(text, DAY)


def test_a_period_framing_a_figureless_sentence_still_sets_the_period():
    text = (
        "Acme's second quarter was strong. Last year was different. Net sales fell to $1.1 billion."
    )
    assert ("$1.1 billion", "2008FY") in periods(text, DAY)


DAY_H1 = date(2025, 8, 25)  # an article on the first half of 2025


def test_the_year_ago_period_inside_a_figureless_sentence_keeps_the_period_discussed():
    text = (
        "Acme's first-half profit fell 30%. The company blamed a tough comparison: in the first "
        "half of 2024 it booked a gain on the sale of a hotel. Investment income fell 38.6% to "
        "11.35 million yuan from 29.4 million yuan."
    )
    got = periods(text, DAY_H1)
    assert ("11.35 million yuan", "2025H1") in got
    assert ("29.4 million yuan", "2024H1") in got


def test_the_year_ago_period_opening_a_figureless_sentence_frames_the_next():
    text = (
        "Acme's first-half profit fell 30%. In the first half of 2024 things were different. "
        "Investment income rose to 29.4 million yuan."
    )
    assert ("29.4 million yuan", "2024H1") in periods(text, DAY_H1)


def test_a_month_this_year_dates_an_event_not_the_figures():
    # 今年3月: when the cut was made, as 2009年3月 would be; 从每股X削减至Y: X is the rate before
    text = (
        "样例公司二季度净亏损4.54亿美元。\n\n"
        "公司今年3月启动了增发融资，同时将季度股息从每股0.17美元削减至0.03美元。"
    )
    got = periods(text, DAY)
    assert ("0.03美元", "2009Q2") in got
    assert ("0.17美元", "2008Q2") in got


DAY_Q2 = date(2009, 8, 10)  # a Chinese article on the second quarter of 2009


def test_a_year_after_cong_that_a_level_or_a_change_follows_is_where_prices_moved_from():
    # 从去年的高位回落: last year is where the prices fell from, not the period of the figures
    text = (
        "ACME二季度净销售额为47.27亿美元。随着原材料价格从去年的高位回落，公司毛利润同比增长6%"
        "至15.73亿美元。"
    )
    assert periods(text, DAY_Q2)[-2:] == [("6%", "2009Q2"), ("15.73亿美元", "2009Q2")]
