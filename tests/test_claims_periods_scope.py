"""How far a period named in an article reaches: the article's main period when two parts of a
year are named as often, an aside in brackets, a heading, a base named after 由/from, a period
of the change rather than of the compared figure."""

from datetime import date

from caibao.claims.article_periods import main_period
from caibao.periods import Period
from claim_periods import periods


def test_a_tie_between_parts_of_the_year_goes_to_the_part_named_first():
    # the lede names the quarter; the first half is named as often, later
    text = (
        "Acme's 10-Q for the second quarter is out. Sales in the three months to June slipped 4% "
        "to $2.10 billion. First-half sales were $4.30 billion, and first-half profit $0.52 "
        "billion.\n\nProfit fell 9% to $0.25 billion. Over the six months, cash rose."
    )
    assert main_period(text, date(2024, 8, 12))[0] == Period.q(2024, 2)
    got = periods(text, date(2024, 8, 12))
    assert ("$0.25 billion", "2024Q2") in got
    assert ("$4.30 billion", "2024H1") in got
    # named first, the half leads a half-year story that discusses its second quarter as often
    text = (
        "上半年，样例公司营收42.1亿元，净利润5.2亿元。上半年毛利率提升。二季度营收22.3亿元，"
        "二季度净利润2.9亿元，毛利率持平。"
    )
    assert main_period(text, date(2024, 8, 28))[0] == Period.h1(2024)
