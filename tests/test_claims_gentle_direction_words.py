"""A level after a gentle word of direction (crept up to, inched down to) whose figure moved the
other way is contradicted, as one after "rose to" is (verify.toml [direction])."""

from __future__ import annotations

from datetime import date

import pytest

from inline_store import checked_claims

# the provision for bad debts fell: 165.4 million in the first half, 167.6 million a year before
ROWS = [
    ("credit_impairment_loss", "2024H1", "165400000", "USD", "value", None, "S1"),
    ("credit_impairment_loss", "2023H1", "167600000", "USD", "value", None, "S1"),
]


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("crept up to", "contradicted"),
        ("inched up to", "contradicted"),
        ("ticked up to", "contradicted"),
        ("edged down to", "supported"),
        ("inched down to", "supported"),
    ],
)
def test_a_gentle_direction_word_is_checked_against_the_year_before(word, want):
    text = f"For the first half, the provision for bad debts {word} $165.4 million."
    claims = checked_claims(ROWS, text, date(2024, 8, 5))
    got = [c.verdict.verdict for c in claims if c.claim.printed == "$165.4 million"]
    assert got == [want]
