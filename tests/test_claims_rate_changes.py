"""A rate's level, its change and the level it came from in one breath (to 38%, down about 350
basis points from 41.5%): the base level is the same rate; a cost ratio's improvement is a fall."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims

REF = date(2009, 8, 10)


def _claims(text: str):
    return {c.printed: c for c in extract_claims(text, "X", REF)}


def test_the_level_after_a_rates_change_is_that_rates_base():
    got = _claims(
        "The carrier filed its second-quarter report. Its operating margin came to 12.5%, a "
        "decline of 1.1 points from 13.6% in the year-earlier quarter."
    )
    assert got["13.6%"].concept == "operating_margin"
    assert got["13.6%"].period == "2008Q2"


def test_a_cost_ratios_improvement_is_a_fall():
    got = _claims(
        "The railroad filed its second-quarter report. Its operating ratio was 74.1 percent, an "
        "improvement of 1.8 points."
    )
    assert got["1.8 points"].concept == "operating_ratio"
    assert got["1.8 points"].value == Decimal("-1.8")
    # (a margin's improvement stays a rise)
    got = _claims(
        "The railroad filed its second-quarter report. Its operating margin was 25.9 percent, an "
        "improvement of 1.8 points."
    )
    assert got["1.8 points"].value == Decimal("1.8")


def test_a_change_in_points_after_a_rate_and_its_whole_is_that_rates():
    got = _claims(
        "The chain filed its second-quarter report. Selling, general and administrative expenses "
        "rose to $2.4 billion, or 24.1% of sales, a deleveraging of 95 basis points."
    )
    assert got["95 basis points"].concept in ("sga_ratio", "sga_expense/revenue")
    assert got["95 basis points"].value == Decimal("0.95")


def test_a_raise_said_as_a_noun_after_the_rate_is_a_change():
    got = _claims(
        "The chain filed its second-quarter report. It paid a dividend of 11 cents a share, up "
        "from 10 cents a year ago, a 10% raise."
    )
    assert got["10%"].measure == "change_pct"


def test_a_sentence_opening_sequentially_compares_every_change_in_it_with_the_quarter_before():
    got = _claims(
        "The railroad filed its second-quarter report. Sequentially, revenue slipped 2 percent, "
        "while operating income climbed 11 percent."
    )
    assert got["2 percent"].measure == "change_qoq_pct"
    assert got["11 percent"].measure == "change_qoq_pct"
