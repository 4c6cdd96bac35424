"""Bare "taxes" is the income tax only as the subject of a sum (Taxes took $530 million), not in
"before taxes"."""

from datetime import date

from caibao.claims.extract import extract_claims


def test_taxes_took_a_sum_is_the_income_tax():
    claims = extract_claims(
        "Acme's third quarter. R&D rose 17% to $341 million. Taxes took $530 million. It earned "
        "$1.2 billion before taxes.",
        "ACME",
        date(2009, 7, 23),
    )
    got = {c.printed: c.concept for c in claims}
    assert got["$530 million"] == "income_tax"
    assert got["$1.2 billion"] != "income_tax"
