"""A year-ago frame opening a sentence or a part (上年同期，公司三季度营收…): the period the part
names after it, a year earlier, dates its figures (one named with its year is its own); and a
paragraph that goes on about "the quarter" the paragraph before named keeps that quarter.
Made-up companies and figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims


def _periods(text: str) -> list[tuple[str, str | None]]:
    claims = extract_claims(text, "600998", date(2024, 10, 26))
    return [(c.printed, c.period) for c in claims]


def test_a_year_ago_frame_before_the_quarter_it_dates():
    text = (
        "样例药业前三季度实现营业收入197.40亿元。单季度看，三季度公司实现营收56.34亿元，同比增长3.16%。"
        "上年同期，公司三季度营收和归母净利润分别为54.62亿元和5.25亿元。"
    )
    got = dict(_periods(text))
    assert got["54.62亿元"] == "2023Q3"
    assert got["5.25亿元"] == "2023Q3"


def test_a_year_ago_frame_alone_dates_the_figure_in_the_period_discussed():
    text = "样例药业上半年营收130亿元。而去年同期，公司营收仅为120亿元。"
    assert dict(_periods(text))["120亿元"] == "2023H1"


def test_a_period_named_with_its_year_after_the_frame_is_its_own():
    text = "样例药业2025年上半年营收148.10亿元。对比去年同期，公司2024年上半年营收为141.06亿元，净利润23.98亿元。"
    claims = extract_claims(text, "600998", date(2025, 8, 21))
    got = {c.printed: c.period for c in claims}
    assert got["141.06亿元"] == "2024H1"
    assert got["23.98亿元"] == "2024H1"


_QUARTER_STORY = (
    "Yangli's nine-month profit doubled\n\n"
    "Yangli's net profit for the three months to Sept. 30 reached 21.31 million yuan, up 60%.\n\n"
    "Stripping out one-off items, net profit came to 7.34 million yuan, up 181.78%.{tail}\n\n"
    "For the first nine months, revenue rose 4% to 418.93 million yuan. Nine-month net profit "
    "rose 8% to 30.77 million yuan. Recurring profit for the nine months was 17.37 million yuan.\n"
)


def test_a_paragraph_going_on_about_the_quarter_named_before():
    tail = " Non-recurring gains in the quarter totaled 13.97 million yuan."
    claims = extract_claims(_QUARTER_STORY.format(tail=tail), "600998", date(2024, 10, 30))
    got = {c.printed: c.period for c in claims}
    assert got["7.34 million yuan"] == "2024Q3"
    assert got["418.93 million yuan"] == "2024Q1-Q3"
    # (no "in the quarter": the paragraph is on the article's own period)
    claims = extract_claims(_QUARTER_STORY.format(tail=""), "600998", date(2024, 10, 30))
    assert {c.printed: c.period for c in claims}["7.34 million yuan"] == "2024Q1-Q3"
