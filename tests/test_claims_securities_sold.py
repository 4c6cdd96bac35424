"""Securities the company sold (sold $869 million of stock, sold $745 million of long-term
debt): the proceeds of the issue, a cash flow of the period, not a market figure or the debt owed
at its end. Made-up company and figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims


def _concepts(text: str) -> dict[str, str | None]:
    return {c.printed: c.concept for c in extract_claims(text, "ACME", date(2009, 8, 3))}


def test_stock_sold_is_the_proceeds_of_the_issue():
    got = _concepts("Acme sold $869 million of stock in June to bolster capital.")
    assert got["$869 million"] == "cash_from_common_stock_issuance"


def test_debt_sold_is_debt_taken_on():
    got = _concepts("In the first half, Acme sold $745 million of long-term debt.")
    assert got["$745 million"] == "cash_from_borrowings"


def test_dividends_paid_said_per_share_are_the_dividend_per_share():
    got = extract_claims(
        "Acme paid dividends of 68 cents a share in the quarter, up 9.7 percent from a year "
        "earlier. Acme paid dividends of $120 million in the half.",
        "ACME",
        date(2009, 8, 3),
    )
    concepts = {c.printed: c.concept for c in got}
    assert concepts["68 cents"] == "dividend_per_share"
    assert concepts["9.7 percent"] == "dividend_per_share"
    assert concepts["$120 million"] == "kpi_dividends_paid"
