"""A filer with preferred stock prints net income applicable to common stock as its bottom line:
a profit said plainly stands on it when no attributable net income is stored, and can only
support (claims.verify, verify.toml [stand_in])."""

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
            ("np_common", "2024Q2", "412000000", "USD", "value", None, "S1"),
            ("np_common", "2023Q2", "500000000", "USD", "value", None, "S1"),
        ],
        CODE,
        "样例药业",
    )
    yield Checker(store)
    store.close()


def verdicts(checker, text):
    result = checker.check(text, CODE, date(2024, 8, 5))
    return [c.verdict.verdict for c in result.claims if c.claim.concept == "np_parent"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In the second quarter the company made a net profit of $412 million.", "supported"),
        ("In the second quarter the company made a net profit of $455 million.", "unverifiable"),
    ],
)
def test_income_applicable_to_common_stock_stands_in(checker, text, want):
    assert verdicts(checker, text) == [want]
