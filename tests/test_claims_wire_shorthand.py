"""Wire and filing-story shorthand: a newswire's "EPS 95c Vs 96c" (cents written c). Made-up
companies and figures."""

from __future__ import annotations

from decimal import Decimal

from caibao.numbers import find_amounts
from claim_periods import concept_segment_value as claims


def test_cents_written_c_are_dollars():
    got = [(a.value, a.unit) for _x, _y, a in find_amounts("Diluted EPS 95c Vs 96c", "USD")]
    assert got == [(Decimal("0.95"), "USD"), (Decimal("0.96"), "USD")]
    # a capital C after a figure is no cent (2C业务: to consumers)
    assert [a.unit for _x, _y, a in find_amounts("2C业务", "CNY")] != ["USD"]


def test_wire_eps_in_cents_is_per_share():
    got = claims("Key figures: -- Diluted EPS 41c Vs 38c")
    assert [(c, v) for c, _s, v in got] == [
        ("eps_diluted", Decimal("0.41")),
        ("eps_diluted", Decimal("0.38")),
    ]
