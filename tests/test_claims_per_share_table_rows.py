"""A results table in millions whose dividend row says it is per share by its unit ($/sh, /share,
per-share): the row is the dividend per share, in the currency with no scale, not the total
dividend in millions. Made-up figures."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

ROWS = [
    ("np_parent", "2024Q2", "26500000", "USD", "value", None, "S1"),
    ("np_parent", "2023Q2", "313500000", "USD", "value", None, "S2"),
    ("dividend_per_share", "2024Q2", "0.18", "USD/share", "value", None, "S3"),
    ("dividend_per_share", "2023Q2", "0.18", "USD/share", "value", None, "S4"),
]

TEXT = """Quarterly snapshot (US$ million, except per share)

Line item                 Q2 2024    Q2 2023    Change
Net income                   26.5      313.5    -91.5%
Dividend declared ($/sh)     0.18       0.18      0.0%
"""


def test_a_dividend_row_per_share_by_its_unit():
    claims = checked_claims(ROWS, TEXT, date(2024, 8, 31))
    got = {
        (c.claim.printed, c.claim.period): (c.claim.concept, c.verdict.verdict)
        for c in claims
        if "Dividend" in c.claim.quote or c.claim.printed == "0.0%"
    }
    assert got == {
        ("0.18", "2024Q2"): ("dividend_per_share", "supported"),
        ("0.18", "2023Q2"): ("dividend_per_share", "supported"),
        ("0.0%", "2024Q2"): ("dividend_per_share", "supported"),
    }
