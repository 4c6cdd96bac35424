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


@pytest.fixture(scope="module")
def lines_checker():
    store = inline_store(
        [
            ("sales_goods", "2024Q2", "6100000000", "USD", "value", None, "S1"),
            ("sales_services", "2024Q2", "1400000000", "USD", "value", None, "S1"),
            ("revenue", "2024Q2", "7500000000", "USD", "value", None, "S1"),
        ],
        CODE,
        "样例药业",
    )
    yield Checker(store)
    store.close()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In the second quarter, sales of products were $6.1 billion.",
            ("sales_goods", "supported"),
        ),
        ("Second-quarter service sales came to $1.4 billion.", ("sales_services", "supported")),
        ("Second-quarter services sales came to $1.6 billion.", ("sales_services", "contradicted")),
    ],
)
def test_product_and_service_sales_are_their_own_lines(lines_checker, text, want):
    result = lines_checker.check(text, CODE, date(2024, 8, 5))
    assert [(c.claim.concept, c.verdict.verdict) for c in result.claims] == [want]
