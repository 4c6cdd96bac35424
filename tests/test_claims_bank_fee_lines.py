"""A bank's lines in wire copy: fee revenue and its parts, an extraordinary charge (not the
tax), the income before it and its figure per share. Made-up companies and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon

REF = date(2009, 10, 20)
LEX = Lexicon({"Harbour Trust": "HBT"})


def claims(text: str):
    return [(c.concept, c.measure, c.value) for c in extract_claims(text, "HBT", REF, LEX)]


def test_fee_revenue_and_its_lines():
    got = claims(
        "In the third quarter Harbour Trust's fee income rose 6% to $1.1 billion; trust fees "
        "climbed 4.5%, and investment management fees were $310 million."
    )
    assert [c[0] for c in got] == [
        "fee_and_commission_income",
        "fee_and_commission_income",
        "servicing_fees",
        "management_fees",
    ]


def test_an_extraordinary_after_tax_charge_is_no_tax():
    got = claims(
        "Harbour Trust took an extraordinary after-tax charge of $900 million in the third quarter."
    )
    assert got == [("extraordinary_item", "value", Decimal("900000000"))]


def test_the_figure_per_share_before_the_extraordinary_item():
    got = claims(
        "In the third quarter earnings before the extraordinary charge fell 3% to $410 million, "
        "or 88 cents a diluted share."
    )
    assert [c[0] for c in got] == [
        "np_before_extraordinary",
        "np_before_extraordinary",
        "eps_before_extraordinary_diluted",
    ]
    # without the item, the per-share figure is the EPS
    got = claims("In the third quarter net income was $410 million, or 88 cents a diluted share.")
    assert got[-1][0] == "eps_diluted"
