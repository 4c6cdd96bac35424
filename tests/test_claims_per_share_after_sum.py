"""A figure per share said after the sum it divides: by "or" alone it takes the sum's sign (a net
loss was $193mn, or $0.37 per diluted share); in brackets after the year-earlier sum it is that
year's figure per share (net income of $65mn ($0.12)). Made-up sentences."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims

REF = date(2010, 4, 25)


def _per_share(text):
    return [
        (c.concept, c.value) for c in extract_claims(text, "600080", REF) if c.unit == "USD/share"
    ]


def test_or_after_a_loss_gives_the_figure_per_share_its_sign():
    text = "In 2009 the net loss was $193mn, or $0.37 per diluted share."
    assert _per_share(text) == [("eps_diluted", Decimal("-0.37"))]
    text = "In 2009 net income was $193mn, or $0.37 per diluted share."
    assert _per_share(text) == [("eps_diluted", Decimal("0.37"))]


def test_a_bracketed_figure_after_the_year_earlier_sum_is_per_share():
    text = (
        "In 2009 net income was $193mn, or $0.37 per diluted share, against net income of"
        " $65mn ($0.12) in 2008."
    )
    assert _per_share(text) == [
        ("eps_diluted", Decimal("0.37")),
        ("eps_diluted", Decimal("0.12")),
    ]


def test_the_sign_is_the_sums_own_clauses_not_an_earlier_ones():
    text = (
        "In 2009 it lost $564 million, or $1.12 a share, compared with net income of"
        " $309 million, or 65 cents a share."
    )
    assert [v for _c, v in _per_share(text)] == [Decimal("-1.12"), Decimal("0.65")]
