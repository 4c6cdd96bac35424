"""A year ending in January named by the year it starts in (Target, Home Depot: fiscal 2009 ends
January 2010) or by the year it ends in (Walmart, Dell: fiscal 2010 ends January 2010): the
article's own usage decides which of the store's years (named for the year it starts in) it means."""

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.fiscal import fiscal_year_named, in_fiscal_frame, names_year_by_start

JANUARY = -1  # a fiscal year ending in January: its frame is one month earlier


def test_a_quarter_printed_with_its_end_date_tells_the_usage():
    assert names_year_by_start(
        "截至2009年5月2日的2009财年第一季度，营收下降。", date(2009, 6, 5), JANUARY
    )
    assert not names_year_by_start(
        "截至2009年5月1日的2010财年第一季度，营收下降。", date(2009, 6, 5), JANUARY
    )
    assert names_year_by_start(
        "The first quarter of fiscal 2009, ended May 2, 2009, was weak.", date(2009, 6, 5), JANUARY
    )
    assert not names_year_by_start(
        "In the fiscal 2010 first quarter, ended May 1, 2009, sales fell.",
        date(2009, 6, 5),
        JANUARY,
    )


def test_a_quarter_that_would_end_after_the_article_is_named_by_the_year_it_ends_in():
    # in June 2009 the first quarter of a year starting February 2010 has not happened yet
    assert not names_year_by_start("Q1 FY10 sales fell 4%.", date(2009, 6, 5), JANUARY)
    assert not names_year_by_start(
        "Sales in the first quarter of fiscal 2010 fell 4%.", date(2009, 6, 5), JANUARY
    )
    # an ended quarter either way leans to the latest reading, the year it starts in
    assert names_year_by_start("2009财年Q1营收下降4%。", date(2009, 6, 5), JANUARY)


def test_guidance_and_articles_without_a_named_quarter_keep_the_year_it_ends_in():
    assert not names_year_by_start("The fiscal first quarter was weak.", date(2009, 6, 5), JANUARY)
    # a quarter to come named in guidance says nothing about the usage
    assert not names_year_by_start(
        "It expects sales in the fourth quarter of fiscal 2009 to fall.", date(2009, 6, 5), JANUARY
    )


def test_the_store_year_follows_the_usage():
    assert fiscal_year_named(2010, JANUARY, by_start=False) == 2009
    assert fiscal_year_named(2009, JANUARY, by_start=True) == 2009
    assert fiscal_year_named(2010, 3, by_start=False) == 2010  # Apple: the year it ends in
    with in_fiscal_frame(JANUARY, "截至2009年8月1日的2009财年第二季度", date(2009, 8, 29)):
        assert fiscal_year_named(2009, JANUARY) == 2009


def test_claims_of_a_retailer_naming_its_year_by_the_start():
    text = "一家零售商截至2009年8月1日的2009财年第二季度净利润5.94亿元，2009财年上半年营收300亿元。"
    periods = {c.period for c in extract_claims(text, "X", date(2009, 8, 29), fiscal_shift=JANUARY)}
    assert "2009Q2" in periods and "2008Q2" not in periods
    text = "一家零售商截至2009年7月31日的2010财年第二季度净利润14.7亿元。"
    periods = {c.period for c in extract_claims(text, "X", date(2009, 9, 10), fiscal_shift=JANUARY)}
    assert periods == {"2009Q2"}


def test_a_headlines_outlook_does_not_make_the_next_bullets_quarter_guidance():
    # a year ending in January: the second quarter of fiscal 2009 ended in July 2009
    head = "Retailco profit falls, but outlook lifts shares\n\n"
    bullet = " * Second-quarter fiscal 2009 EPS 50 cents\n"
    assert names_year_by_start(head + bullet, date(2009, 8, 20), JANUARY)


def test_a_named_fiscal_half_tells_the_usage_like_its_last_quarter():
    # in September 2009 the first half of a year starting February 2010 has not happened yet
    assert not names_year_by_start(
        "For the first half of fiscal 2010, sales fell.", date(2009, 9, 9), JANUARY
    )
    # a half ended either way leans to the year it starts in
    assert names_year_by_start(
        "For the first half of fiscal 2009, sales fell.", date(2009, 9, 9), JANUARY
    )
