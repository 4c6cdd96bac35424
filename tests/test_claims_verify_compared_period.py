"""An English change or multiple that took its period from the compared figure named after it
("more than twice the first-quarter profit of ...") is of the period discussed just before, and
is measured against the compared figure's (claims.verify_bases)."""

from __future__ import annotations

from datetime import date

import pytest

from caibao.claims.checker import Checker
from inline_store import inline_store

CODE = "600998"


@pytest.fixture(scope="module")
def checker():
    store = inline_store(
        [
            ("np_parent", "2024Q2", "900000000", "CNY", "value", None, "S1"),
            ("np_parent", "2024Q1", "400000000", "CNY", "value", None, "S1"),
            ("np_parent", "2023Q2", "850000000", "CNY", "value", None, "S1"),
            ("revenue", "2023FY", "24740000000", "CNY", "value", None, "S1"),
            ("revenue", "2022FY", "18080000000", "CNY", "value", None, "S1"),
        ],
        CODE,
        "样例药业",
    )
    yield Checker(store)
    store.close()


def multiples(checker, text):
    result = checker.check(text, CODE, date(2024, 8, 20))
    return [(c.claim.period, c.verdict) for c in result.claims if c.claim.unit == "times"]


def test_multiple_of_the_named_earlier_quarter(checker):
    # the multiple follows a clause about the same quarter a year before, and its base is named
    # after it: it is the second quarter's profit over the first quarter's
    text = (
        "In the three months to June, Sample Pharma earned 900 million yuan, slightly more than "
        "the 850 million yuan profit of the same quarter last year and about 2.2 times the "
        "first-quarter profit of 400 million yuan."
    )
    got = multiples(checker, text)
    assert len(got) == 1
    assert got[0][1].verdict == "supported", got[0][1].reason
    assert "2024Q2 against 2024Q1" in got[0][1].reason


def test_level_reached_after_to_keeps_the_period(checker):
    result = checker.check(
        "Sample Pharma's revenue jumped 36.8% in 2023 to 24.74 billion yuan.", CODE,
        date(2024, 4, 20),
    )  # fmt: skip
    change = [c for c in result.claims if c.claim.measure == "change_pct"]
    assert [(c.claim.period, c.verdict.verdict) for c in change] == [("2023FY", "supported")]
