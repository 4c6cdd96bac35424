"""A percentage of an amount right before "to" and the amount's level is the change that reached
the level, whatever verb (or none) was read: not a share of a total (claims.verify)."""

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
            ("revenue", "2024FY", "13200000000", "CNY", "value", None, "S1"),
            ("revenue", "2023FY", "12030000000", "CNY", "value", None, "S1"),
            ("operating_profit", "2024FY", "660000000", "CNY", "value", None, "S1"),
            ("operating_profit", "2023FY", "1000000000", "CNY", "value", None, "S1"),
        ],
        CODE,
        "样例药业",
    )
    yield Checker(store)
    store.close()


def percents(checker, text):
    result = checker.check(text, CODE, date(2025, 4, 25))
    return [(c.claim.value, c.verdict) for c in result.claims if c.claim.unit == "%"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In 2024 Sample Pharma grew revenue nearly 10% to 13.2 billion yuan.", "supported"),
        ("In 2024 Sample Pharma grew revenue 25% to 13.2 billion yuan.", "contradicted"),
        # a fall in a verb the lexicon may not know: the size is checked
        ("In 2024 Sample Pharma's operating profit cratered 34% to 660 million yuan.", "supported"),
    ],
)
def test_percent_before_the_level_it_reached_is_the_change(checker, text, verdict):
    got = percents(checker, text)
    assert len(got) == 1
    assert got[0][1].verdict == verdict, got[0][1].reason
    assert "× 100" not in got[0][1].reason  # not a share of anything
