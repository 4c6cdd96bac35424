"""A wire's grammar: a long headline above a blank line (its "Net" is net income), a change
year-over-year then one sequentially with a comparative between (11% lower sequentially), and
the object of a clause with its own subject and verb (after the company sold $2 billion of
notes), which the metric the sentence opened with does not measure."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims

REF = date(2009, 7, 25)


def _claims(text: str):
    return {c.printed: c for c in extract_claims(text, "X", REF)}


def test_a_long_wire_headline_names_net_income():
    got = _claims(
        "Acme Oilfield 2Q Net Down 31%; Revenue Slides 18% As Gulf Of Mexico Rig Count Falls\n\n"
        "Acme Oilfield said on Tuesday its second-quarter results were weak."
    )
    assert got["31%"].concept == "np_parent"


def test_a_change_year_over_year_then_one_lower_sequentially():
    got = _claims(
        "Acme reported second-quarter results.\n\n- Sales: $2.1 billion, up 4% year-over-year "
        "and 6% higher sequentially."
    )
    assert got["6%"].concept == "revenue"
    assert got["6%"].measure == "change_qoq_pct"


def test_the_object_of_a_clause_of_its_own_is_not_the_opening_metric():
    got = _claims(
        "Acme reported second-quarter results. Interest expense rose to $40 million as the "
        "company issued $1.5 billion of bonds in March."
    )
    assert got["$40 million"].concept == "interest_expense"
    assert got["$1.5 billion"].concept is None


def test_a_hedge_before_the_change_keeps_the_level_after_it():
    got = _claims(
        "Acme reported second-quarter results.\n\n- Sales for the quarter, which ended June 27, "
        "slid roughly 12% to $1.9 billion."
    )
    assert got["$1.9 billion"].concept == "revenue"


def test_a_compared_profit_and_its_per_share_apposition_in_a_period_said_after_them():
    got = _claims(
        "Acme reported second-quarter results. For the first half, net income sank 80% to $20 "
        "million, or $0.05 per share, down from $100 million, or $0.26 per diluted share, in the "
        "first half of 2008."
    )
    assert (got["$100 million"].concept, got["$100 million"].period) == ("np_parent", "2008H1")
    assert got["$0.26"].period == "2008H1"


def test_revenue_per_available_room_is_no_revenue():
    got = _claims(
        "Acme Hotels reported second-quarter results. Revenue per available room fell 22%."
    )
    assert got["22%"].concept == "kpi_revpar"


def test_a_wires_per_share_abbreviation():
    got = _claims("UPDATE 1-Acme Q2 profit slips to 41 cents/shr; sales fall 3%\n\nAcme reported.")
    assert got["41 cents"].concept in ("eps_basic", "eps_diluted")


def test_the_noun_after_a_changes_noun_names_it():
    got = _claims(
        "Acme reported second-quarter results. Lower inventories offset a 4 percent decline in "
        "revenue."
    )
    assert got["4 percent"].concept == "revenue"


def test_millions_after_a_share_word_are_no_share_price():
    got = _claims(
        "Acme reported second-quarter results. It spent $30 million buying back its own shares in "
        "the first half, compared with $400 million a year earlier."
    )
    assert got["$400 million"].concept != "kpi_share_price"


def test_the_date_a_figure_was_reported_on_is_not_its_period():
    text = (
        "The 10-Q, filed on Friday, confirms the 2Q09 numbers Acme reported on 21 July: diluted "
        "EPS of $0.74, up 12% y/y."
    )
    got = {c.printed: c for c in extract_claims(text, "X", date(2009, 8, 3))}
    assert got["$0.74"].period == "2009Q2"
    assert got["12%"].period == "2009Q2"
