"""Shareholders' equity in the copy, on a small inline store: one name for both the parent's
share and the total with minority interests, so either holds unless the words say which
(total equity, attributable to shareholders)."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

Y = "CNY"
ROWS = [
    ("total_equity", "2025-06-30", "41200000000", Y, "value", None, "B1"),
    ("equity_parent", "2025-06-30", "38600000000", Y, "value", None, "B1"),
    ("total_equity", "2024-12-31", "40000000000", Y, "value", None, "B1"),
    ("equity_parent", "2024-12-31", "35000000000", Y, "value", None, "B1"),
]
DAY = date(2025, 8, 28)


def _verdicts(text):
    return [(c.claim.quote, c.verdict.verdict) for c in checked_claims(ROWS, text, DAY)]


def test_equity_without_total_or_attributable_holds_as_either():
    got = _verdicts("At June 30, 2025, Yangli Pharma's stockholders' equity was 38.6 billion yuan.")
    assert [v for _q, v in got] == ["supported"], got
    got = _verdicts("At June 30, 2025, Yangli Pharma's shareholders' equity was 41.2 billion yuan.")
    assert [v for _q, v in got] == ["supported"], got


def test_equity_named_total_is_the_total_only():
    got = _verdicts("At June 30, 2025, Yangli Pharma's total equity was 38.6 billion yuan.")
    assert [v for _q, v in got] == ["contradicted"], got
