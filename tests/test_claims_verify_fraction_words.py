"""A fraction said in words and followed by "of" a whole (one-off gains made up about half of
the quarter's profit) is a share, not a change, unless a word of change leads up to it (profit
fell by half)."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

Y = "CNY"
ROWS = [
    ("non_recurring", "2025Q1", "2300000", Y, "value", None, "N1"),
    ("np_parent", "2025Q1", "4700000", Y, "value", None, "P1"),
    ("np_parent", "2024Q1", "9400000", Y, "value", None, "P1"),
]
DAY = date(2025, 4, 28)


def _verdicts(text):
    got = checked_claims(ROWS, text, DAY)
    return [c.verdict.verdict for c in got if c.claim.unit == "%"]


def test_a_fraction_of_a_whole_is_a_share():
    text = (
        "Yangli Pharma's first-quarter non-recurring gains of 2.3 million yuan made up about "
        "half of the quarter's profit."
    )
    assert _verdicts(text) == ["supported"]  # 2.3 / 4.7 = 49%
    assert _verdicts(text.replace("about half", "about a third")) == ["contradicted"]


def test_a_fraction_after_a_change_word_stays_a_change():
    text = "Yangli Pharma's first-quarter net profit fell by half of its year-earlier level."
    assert _verdicts(text) == ["supported"]  # -50%
