"""A business unit pointed back at (sales in that unit, the division's profit) is a segment's
figure, not the company's: the checker compares it with that unit's figures only. Made-up
company and figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims


def _segments(text: str) -> dict[str, str | None]:
    return {c.printed: c.segment for c in extract_claims(text, "ACME", date(2009, 8, 3))}


def test_sales_in_that_unit_are_the_units():
    got = _segments(
        "Acme's second-quarter sales fell 17% to $1.74 billion. Spirits held up best; "
        "management said sales in that unit slipped about 6%."
    )
    assert got["$1.74 billion"] is None
    assert got["6%"] == "that unit"


def test_the_divisions_profit_is_the_divisions():
    got = _segments("The division's operating profit rose 5% to $30 million.")
    assert got["$30 million"] == "The division"


def test_a_sentence_opening_on_a_continuing_basis_dates_its_eps_to_continuing_operations():
    claims = extract_claims(
        "Acme's second-quarter sales fell 17% to $1.74 billion. On a continuing basis, "
        "per-share earnings nearly quadrupled from 17 cents.",
        "ACME",
        date(2009, 8, 3),
    )
    got = {c.printed: c.concept for c in claims}
    assert got["quadrupled"] == "eps_continuing"
    assert got["17 cents"] == "eps_continuing"


def test_a_regions_sales_are_a_segments():
    got = _segments(
        "Acme's sales fell 3.4 percent. International sales, hit by currency swings, fell "
        "11 percent."
    )
    assert got["3.4 percent"] is None
    assert got["11 percent"] == "International"
