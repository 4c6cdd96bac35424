"""An English article names a report's Chinese segment by its field's noun as well as its
adjective: orthopaedics (骨科类) as orthopaedic, paediatrics (儿童药) as paediatric."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

_ROWS = [
    ("revenue", "2024FY", "1000000000", "CNY", "value", None, "S1"),
    ("revenue", "2024FY", "612000000", "CNY", "value", "骨科类", "G1"),
    ("revenue", "2024FY", "205000000", "CNY", "value", "儿童药", "G2"),
]


def _verdicts(text):
    return [
        (c.claim.quote, c.verdict.verdict) for c in checked_claims(_ROWS, text, date(2025, 4, 2))
    ]


def test_a_fields_noun_names_its_segment():
    got = _verdicts(
        "In 2024 Sample Pharma's orthopedics line brought in 612 million yuan of sales."
    )
    assert got[-1][1] == "supported", got
    got = _verdicts("In 2024 Sample Pharma's paediatrics business had sales of 205 million yuan.")
    assert got[-1][1] == "supported", got
    got = _verdicts(
        "In 2024 Sample Pharma's orthopedics line brought in 712 million yuan of sales."
    )
    assert got[-1][1] == "contradicted", got
