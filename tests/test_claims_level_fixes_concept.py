"""A change said with its own level (net income rose 7.1% to $675 million) is of the concept
that level is: the neighbouring concept a loose word may mean (net income with minority
interests) does not rescue a wrong rate. Made-up figures."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

ROWS = [
    ("np_parent", "2024H1", "675000000", "USD", "value", None, "S1"),
    ("np_parent", "2023H1", "627000000", "USD", "value", None, "S1"),
    ("net_profit", "2024H1", "672000000", "USD", "value", None, "S1"),
    ("net_profit", "2023H1", "627000000", "USD", "value", None, "S1"),
]


def verdicts(text):
    claims = checked_claims(ROWS, text, date(2024, 8, 5))
    return {c.claim.printed: c.verdict.verdict for c in claims}


def test_the_level_said_with_a_change_fixes_its_concept():
    got = verdicts("For the first half, net income rose 7.1 percent to $675 million.")
    assert got["7.1 percent"] == "contradicted"
    assert got["$675 million"] == "supported"


def test_without_a_level_the_neighbouring_concept_still_holds():
    got = verdicts("For the first half, net income rose 7.1 percent.")
    assert got["7.1 percent"] == "supported"
