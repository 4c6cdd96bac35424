"""A retailer's 52/53-week year: spans counted in weeks (the 13 weeks ended May 2, the 26 weeks,
39-week), and an analyst's compact quarter (3Q10, 1H09, Q4'10) of a year ending in January, whose
year is the fiscal year as the article names it (the store names it by the year it starts in)."""

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.fiscal import names_year_by_start, shift_phrase, snap_instant
from caibao.claims.period_phrases import find_periods, resolve_phrase
from caibao.periods import Period

JANUARY = -1  # a fiscal year ending in January: its frame is one month earlier


def _periods(text: str, day: date, shift: int = JANUARY) -> dict[str, str]:
    return {c.quote: c.period for c in extract_claims(text, "X", day, fiscal_shift=shift)}


def test_weeks_are_the_spans_of_a_52_week_year():
    # a calendar company's 13 weeks to late March: its first quarter
    assert str(resolve_phrase("the 13 weeks ended March 28, 2009", None, None)) == "2009Q1"
    assert str(resolve_phrase("26-week", None, _q(2009, 2))) == "2009H1"
    assert str(resolve_phrase("the 39 weeks", None, _q(2009, 3))) == "2009Q1-Q3"
    assert [p for _a, _b, p in find_periods("the 26 weeks ended June 27, 2009")] == [
        "the 26 weeks ended June 27, 2009"
    ]
    # a share price's 52-week high is no period of figures
    assert not find_periods("the stock hit a 52-week high")


def _q(year: int, quarter: int) -> Period:
    return Period.q(year, quarter)


def test_a_january_year_in_weeks_is_its_fiscal_quarter_not_a_balance_date():
    text = (
        "For its second quarter (the 13 weeks ended August 2, 2008), the chain earned $120 "
        "million. In the 26 weeks, it earned $210 million."
    )
    got = _periods(text, date(2008, 9, 3))
    assert set(got.values()) == {"2008Q2", "2008H1"}


def test_a_quarter_in_weeks_after_its_fiscal_name_tells_the_usage():
    # a look back a year on: both readings have ended, and the dates in weeks decide
    text = (
        "A year ago, in the fiscal 2010 first quarter (the 13 weeks ended May 2, 2009), sales fell."
    )
    assert not names_year_by_start(text, date(2010, 6, 1), JANUARY)
    text = (
        "A year ago, in the fiscal 2009 first quarter (the 13 weeks ended May 2, 2009), sales fell."
    )
    assert names_year_by_start(text, date(2010, 6, 1), JANUARY)


def test_an_analysts_compact_quarter_follows_the_articles_fiscal_year():
    # a note of December 2009 on 3Q10: a quarter not yet begun by the year it starts in
    assert not names_year_by_start("| Revenue | 3Q10 | 3Q09 |", date(2009, 12, 1), JANUARY)
    # a note of December 2009 on 3Q09: ended either way, the latest reading
    assert names_year_by_start("| Revenue | 3Q09 | 3Q08 |", date(2009, 12, 1), JANUARY)
    # named by the year it ends in, the store's year is the one before; by the start, as printed
    assert shift_phrase("3Q10", JANUARY) == "3Q09"
    assert shift_phrase("Q4'10", JANUARY) == "Q4'09"
    assert shift_phrase("3Q10", 3) == "3Q10"  # a September year: named as the store names it


def test_a_compact_quarter_in_a_table_of_a_january_year():
    text = (
        "Quarter at a glance\n\n"
        "| $ millions | 3Q10 | 3Q09 |\n|---|---|---|\n| Net sales | 2,100.0 | 2,000.0 |\n\n"
        "Net sales were $2.1 billion in the 13 weeks ended October 31, 2009."
    )
    periods = set(_periods(text, date(2009, 12, 1)).values())
    assert periods == {"2009Q3", "2008Q3"}


def test_a_grocers_12_and_16_week_quarters_and_28_week_half():
    # a year ending in January whose first quarter has 16 weeks: its second quarter ends in mid
    # August, half a month after the month its fiscal frame's quarter ends in
    text = (
        "在截至2009年8月15日的12周里（即公司2009财年第二季度），公司实现销售额177.35亿美元。"
        "2009财年前28周，公司销售额为405.34亿美元。"
        "在截至5月23日的16周第一财季，净利润为4.35亿美元。"
    )
    got = _periods(text, date(2009, 9, 24))
    assert got["销售额177.35亿美元"] == "2009Q2"
    assert got["销售额为405.34亿美元"] == "2009H1"
    assert got["净利润为4.35亿美元"] == "2009Q1"
    assert str(resolve_phrase("the 12 weeks ended October 3, 2009", None, None)) == "2009Q3"
    assert str(resolve_phrase("the 16 weeks ended April 18, 2009", None, None)) == "2009Q1"
    assert str(resolve_phrase("the 40 weeks", None, _q(2009, 3))) == "2009Q1-Q3"
    assert str(resolve_phrase("the 24 weeks", None, _q(2009, 2))) == "2009H1"


def test_a_balance_date_half_a_month_from_the_data_sets_month_end():
    # the SEC data sets date a balance of 15 August by the nearest month's end, 31 July
    assert snap_instant("2009-08-15", [date(2009, 7, 31), date(2009, 1, 31)]) == "2009-07-31"
    assert snap_instant("2009-06-30", [date(2009, 7, 31)]) == "2009-06-30"
