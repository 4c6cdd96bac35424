"""A broker note writes millions as "mm" ($314mm, a table captioned ($mm)): the scale of the
figure, not millimetres (numbers._SCALES, claims.table_units)."""

from __future__ import annotations

from datetime import date

from caibao.numbers import parse_amount
from inline_store import checked_claims

ROWS = [
    ("np_parent", "2024Q2", "314000000", "USD", "value", None, "S1"),
    ("np_parent", "2023Q2", "1301000000", "USD", "value", None, "S1"),
    ("revenue", "2024Q2", "2090000000", "USD", "value", None, "S1"),
    ("revenue", "2023Q2", "3548000000", "USD", "value", None, "S1"),
]


def verdicts(text):
    claims = checked_claims(ROWS, text, date(2024, 8, 5))
    return [(c.claim.printed, c.verdict.verdict) for c in claims if c.claim.concept]


def test_parse_mm():
    assert parse_amount("$314mm").value == 314_000_000
    assert parse_amount("$3,645 MM").value == 3_645_000_000


def test_mm_in_prose():
    got = verdicts("In the second quarter of 2024, net earnings were $314mm.")
    assert ("$314mm", "supported") in got


def test_mm_table_caption():
    text = "2Q24 results ($mm)\n| Line item | 2Q24 | 2Q23 |\n| Revenues | 2,090 | 3,548 |\n"
    got = verdicts(text)
    assert [v for _, v in got] and all(v == "supported" for _, v in got), got
