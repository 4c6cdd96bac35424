"""A rank said in English by what it ranks by (the country's second-largest developer by sales,
its third-biggest market by revenue) is a claim of rank: among companies it is unverifiable (the
reports do not carry the peers' figures); a descriptor without "by" (the largest developer) is
no claim of rank."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

ROWS = [
    ("revenue", "2024FY", "600", "CNY", "value", None, "IS1"),
    ("revenue", "2023FY", "700", "CNY", "value", None, "IS1"),
]


def ranks(text):
    claims = checked_claims(ROWS, text, date(2025, 4, 25))
    return [(c.claim.quote, c.claim.value, c.verdict.verdict) for c in claims if c.claim.unit == "rank"]  # fmt: skip


def test_rank_among_companies():
    text = (
        "The drugmaker, the country's third-biggest maker of cold remedies by revenue, said "
        "sales fell 14% in 2024."
    )
    assert ranks(text) == [("third-biggest", 3, "unverifiable")]


def test_descriptor_without_by_is_no_rank():
    assert ranks("The largest drugmaker in the province said sales fell 14% in 2024.") == []
