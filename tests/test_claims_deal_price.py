"""What a deal is paid in (buy X for about $13.5 billion in cash and stock) is no figure of the
company's cash; its cash at a date still is. Made-up figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims


def _concepts(text: str) -> list[str | None]:
    return [c.concept for c in extract_claims(text, "X", date(2009, 8, 10))]


def test_a_deal_paid_in_cash_and_stock_is_not_the_cash_balance():
    assert _concepts(
        "In June, Acme agreed to buy Beta for about $13.5 billion in cash and stock."
    ) == [None]
    assert _concepts("Acme sold its bank unit for $2 billion in cash.") == [None]
    assert _concepts("Acme ended June with $2.3 billion in cash.") == ["cash"]
