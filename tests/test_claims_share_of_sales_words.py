"""A rate said "as a share of sales" of the figure before it is that figure's concept over the
whole (marketing costs rose, but as a percentage of revenue they fell to 8.0%), not a share of
sales of sales (claims.verify_share_words)."""

from __future__ import annotations

from datetime import date

import pytest

from caibao.claims.checker import Checker
from inline_store import inline_store

CODE = "600998"


@pytest.fixture(scope="module")
def checker():
    store = inline_store(
        [
            ("selling_expense", "2024Q2", "400000000", "USD", "value", None, "S1"),
            ("selling_expense", "2023Q2", "410000000", "USD", "value", None, "S1"),
            ("revenue", "2024Q2", "5000000000", "USD", "value", None, "S1"),
            ("revenue", "2023Q2", "4500000000", "USD", "value", None, "S1"),
        ],
        CODE,
        "样例药业",
    )
    yield Checker(store)
    store.close()


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("8.0% from 9.1%", ["supported", "supported"]),
        ("8.6% from 9.1%", ["contradicted", "supported"]),
    ],
)
def test_a_rate_as_a_share_of_revenue_is_the_earlier_figures(checker, said, want):
    text = (
        "In the second quarter, selling expenses eased to $400 million from $410 million, and as a "
        f"percentage of revenue they dropped to {said}."
    )
    result = checker.check(text, CODE, date(2024, 8, 5))
    got = [c.verdict.verdict for c in result.claims if c.claim.unit == "%"]
    assert got == want, [(c.claim.quote, c.claim.concept, c.verdict.reason) for c in result.claims]
