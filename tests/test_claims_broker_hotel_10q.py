"""A US quarterly story on a hotel owner or an insurance broker: dates (June 30, 2009, a dateline)
are no vote for a full year; a period inside an "after …" aside is not the sentence's; a plain
table whose header sits over the figures alone, its dates abbreviated (Dec. 31, 2008). Made up."""

from __future__ import annotations

from datetime import date

from caibao.claims.article_periods import main_period
from caibao.claims.column_periods import column_period
from caibao.claims.extract import extract_claims
from caibao.claims.plain_tables import plain_rows
from caibao.periods import Period

DAY = date(2009, 8, 10)


def test_dates_do_not_make_a_quarterly_story_annual():
    text = (
        "Harborview's Quarter\n\nBy A. WRITER | August 10, 2009\n\nHarborview had a fine second "
        "quarter. Revenue in the three months to June 30 fell 22.5%. For the first six months, "
        "revenue fell 23.1%. Cash flow in the first half fell, after heavy buying in the first "
        "half of 2008. Cash was $79 million on June 30, 2009, against $398 million on Dec. 31, "
        "2008. Sales fell 43.8% in the quarter. The outlook for 2009 is dim."
    )
    assert main_period(text, DAY)[0] == Period.parse("2009Q2")


def test_a_period_in_an_after_aside_is_not_the_sentences():
    text = (
        "Harborview generated $224 million of operating cash flow in the first half. It bought "
        "back no stock, after heavy repurchases in the first half of 2008, and dividend payments "
        "came to $172 million."
    )
    got = [(c.printed, c.period) for c in extract_claims(text, "HOT", DAY)]
    assert got[-1] == ("$172 million", "2009H1"), got


def test_a_plain_table_header_over_the_figures_alone():
    norm = (
        "The balance sheet:\n\nJune 30, 2009    Dec. 31, 2008\n"
        "Cash and cash equivalents       $79 million     $398 million\n"
        "Long-term debt                 $3.42 billion    $3.50 billion\n"
    )
    rows = list(plain_rows(norm).values())
    assert [r.header for r in rows] == [["", "June 30, 2009", "Dec. 31, 2008"]] * 2
    assert rows[0].caption == "The balance sheet:"
    assert column_period("Dec. 31, 2008", DAY, None)[0] == Period.parse("2008-12-31")
    assert column_period("Sept. 30, 2009", DAY, None)[0] == Period.parse("2009-09-30")
