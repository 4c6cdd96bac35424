"""A rate said as a fraction in words of the same rate in another period ("a third of the 18%
it made in 2022") is the rate over the store's value then (claims.wholes)."""

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
            ("roe_weighted", "2024FY", "6.0", "%", "value", None, "S1"),
            ("roe_weighted", "2022FY", "18.0", "%", "value", None, "S1"),
            ("roe_weighted", "2021FY", "12.0", "%", "value", None, "S1"),
        ],
        CODE,
        "样例药业",
    )
    yield Checker(store)
    store.close()


def fraction_verdict(checker, text):
    result = checker.check(text, CODE, date(2025, 4, 25))
    return next(c.verdict for c in result.claims if c.claim.printed == "a third")


def test_fraction_of_an_earlier_rate_is_measured_in_the_store(checker):
    text = (
        "Sample Pharma's return on equity was 6.0% in 2024, a third of the 18.0% it made in 2022."
    )
    v = fraction_verdict(checker, text)
    assert v.verdict == "supported", v.reason
    assert "2022FY" in v.reason


def test_fraction_against_a_wrong_earlier_rate_is_contradicted(checker):
    # the earlier rate printed is 2022's, but the year named is 2021 (12%): 6/12 is a half
    text = (
        "Sample Pharma's return on equity was 6.0% in 2024, a third of the 18.0% it made in 2021."
    )
    v = fraction_verdict(checker, text)
    assert v.verdict == "contradicted", v.reason
