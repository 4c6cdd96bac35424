"""A rate set against another with "vs." and the period after the second ("74.2% vs. 74.7% in
2Q08": the period is the compared figure's), a change said as a noun after the metric the rate is
of ("a ~4% sales gain", "a 1% sales decline"), and a utility's "Total expenses" in Chinese
(总费用). Made-up figures."""

from __future__ import annotations

from datetime import date

import pytest

from caibao.claims.lexicon import Lexicon
from inline_store import checked_claims

ROWS = [
    ("revenue", "2009Q2", "1184000000", "USD", "value", None, "S1"),
    ("revenue", "2008Q2", "1136000000", "USD", "value", None, "S1"),
    ("gross_profit", "2009Q2", "878500000", "USD", "value", None, "S1"),
    ("gross_profit", "2008Q2", "848600000", "USD", "value", None, "S1"),
]


def _got(text):
    claims = checked_claims(ROWS, text, date(2009, 8, 13))
    return [
        (c.claim.period, c.claim.measure, str(c.claim.value), c.verdict.verdict) for c in claims
    ]


@pytest.mark.parametrize("word", ["vs.", "vs", "versus"])
def test_the_period_after_a_compared_rate_is_its_own(word):
    got = _got(f"Gross margin: 74.2% {word} 74.7% in 2Q08.")
    assert got == [
        ("2009Q2", "value", "74.2", "supported"),
        ("2008Q2", "value", "74.7", "supported"),
    ]


def test_a_change_noun_after_the_metric():
    got = _got("In 2Q09 a lower tax rate turned a ~4% sales gain into double-digit EPS growth.")
    assert got == [("2009Q2", "change_pct", "4", "supported")]
    got = _got("In 2Q08 the company posted a 4% sales decline.")
    assert got[0][1:3] == ("change_pct", "-4")


def test_total_expenses_in_chinese():
    lexicon = Lexicon()
    assert lexicon.metric_words["总费用"].concept == "total_operating_costs"


PROFIT_ROWS = [
    ("rd_investment", "2009Q2", "161600000", "USD", "value", None, "S1"),
    ("rd_investment", "2008Q2", "213400000", "USD", "value", None, "S1"),
    ("sales_goods", "2009Q2", "1118700000", "USD", "value", None, "S1"),
    ("np_parent", "2009H1", "220800000", "USD", "value", None, "S1"),
    ("np_parent", "2008H1", "251100000", "USD", "value", None, "S1"),
    ("np_parent", "2009Q1", "44700000", "USD", "value", None, "S1"),
    ("np_parent", "2008Q1", "107700000", "USD", "value", None, "S1"),
]


def _read(text):
    claims = checked_claims(PROFIT_ROWS, text, date(2009, 8, 15))
    return {c.claim.quote: (c.claim.concept, c.claim.period, c.verdict.verdict) for c in claims}


def test_a_dash_sets_off_an_aside_about_the_figure():
    got = _read(
        "In the second quarter research and development spending fell 24%, to $161.6 million "
        "-- still 14% of product sales."
    )
    assert got["$161.6 million"] == ("rd_investment", "2009Q2", "supported")


def test_a_period_that_dates_a_charge_is_not_the_figures():
    got = _read(
        "For the first half, the picture is less flattering, thanks to restructuring charges "
        "booked in the first quarter: net earnings fell 12%."
    )
    assert got["earnings fell 12%"] == ("np_parent", "2009H1", "supported")


def test_an_acronym_before_revenue_names_a_product_line():
    rows = [*ROWS, ("revenue", "2009Q2", "300000000", "USD", "value", "Vascular", "S1")]
    claims = checked_claims(rows, "In 2Q09 ICD revenue grew about 6%.", date(2009, 8, 13))
    got = [(c.claim.segment, c.verdict.verdict) for c in claims]
    assert got == [("ICD", "unverifiable")]
    claims = checked_claims(rows, "In 2Q09 GAAP revenue grew about 4%.", date(2009, 8, 13))
    assert [(c.claim.segment, c.verdict.verdict) for c in claims] == [(None, "supported")]
    claims = checked_claims(rows, "2Q09 revenue grew about 4%.", date(2009, 8, 13))
    assert [(c.claim.segment, c.verdict.verdict) for c in claims] == [(None, "supported")]


def test_a_strip_of_labelled_figures_is_no_table_row():
    from caibao.claims.plain_tables import plain_rows

    text = (
        "U.S. Medical Technology | Equity Research | August 13, 2009\n"
        "Price (Aug 12 close): $38.47 | 12-month price target: $46 | Market cap: ~$13.4bn\n"
    )
    assert plain_rows(text) == {}
    table = "Line item | 2Q09 | 2Q08\nNet sales | 1,184.4 | 1,135.8\n"
    assert len(plain_rows(table)) == 1
