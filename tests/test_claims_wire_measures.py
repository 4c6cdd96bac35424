"""Wire copy's measures: a share of a total named with "total" (half of total assets: a ratio
of two balances, at a date), a change said as "N% more/less on" a sum, a per-share amount in
words (a penny a share), a clause of cause after a figure (as lower equity markets…) naming no
metric of it. Made-up companies and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon

REF = date(2009, 8, 20)
LEX = Lexicon({"Acme Tools": "ACME"})


def claims(text: str):
    return [
        (c.concept, c.period, c.measure, c.value) for c in extract_claims(text, "ACME", REF, LEX)
    ]


def test_a_share_of_total_assets_is_a_ratio_of_balances_at_the_date():
    got = claims("At June 30 intangible assets made up 12% of total assets.")
    assert got == [("intangible_assets/total_assets", "2009-06-30", "value", Decimal("12"))]


def test_n_percent_more_on_a_sum_is_its_change():
    got = claims("In the first half Acme spent 28% more on capital expenditures than a year ago.")
    assert got == [("capex", "2009H1", "change_pct", Decimal("28"))]
    got = claims("In the first half Acme spent 15% less on capital expenditures than in 2008.")
    assert got[0][2:] == ("change_pct", Decimal("-15"))


def test_a_penny_a_share_is_a_per_share_amount():
    got = claims("In the second quarter Acme cut its quarterly dividend to a nickel a share.")
    assert got == [("dividend_per_share", "2009Q2", "value", Decimal("0.05"))]
    assert claims("Acme's second-quarter earnings were a penny short of forecasts.") == []


def test_a_clause_of_cause_after_a_figure_names_no_metric_of_it():
    got = claims(
        "In the second quarter net sales, which the recession hit, declined 9% to $2.1 billion "
        "as weaker equity markets hurt demand."
    )
    assert [c[0] for c in got] == ["revenue", "revenue"]
