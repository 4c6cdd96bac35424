"""A year-ago frame opening a sentence or a part (上年同期，公司三季度营收…): the period the part
names after it, a year earlier, dates its figures. Made-up companies and figures."""

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
