"""A figure the reports give only for the year (an annual report's return on equity), in a
fourth quarter's story with no quarter named in its own words, is read as the year's when the
year's figure agrees (claims.verify); a quarter named for it keeps it the quarter's."""

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
            ("roe_weighted", "2024FY", "12.40", "%", "value", None, "S1"),
            ("roe_weighted", "2023FY", "11.10", "%", "value", None, "S1"),
            ("revenue", "2024Q4", "3000000000", "CNY", "value", None, "S2"),
            ("revenue", "2023Q4", "2500000000", "CNY", "value", None, "S2"),
        ],
        CODE,
        "样例药业",
    )
    yield Checker(store)
    store.close()


def roe(checker, text):
    result = checker.check(text, CODE, date(2025, 3, 20))
    return [c.verdict.verdict for c in result.claims if c.claim.concept == "roe_weighted"]


def test_a_yearly_ratio_in_a_fourth_quarter_story_is_the_years(checker):
    text = (
        "Sample Pharma's fourth-quarter revenue rose 20% to 3.0 billion yuan. Its return on "
        "equity climbed to 12.4%."
    )
    assert roe(checker, text) == ["supported"]


def test_a_figure_the_year_does_not_match_stays_unverifiable(checker):
    text = "样例药业第四季度营收30亿元，同比增长20%。净资产收益率为15.8%。"
    assert roe(checker, text) == ["unverifiable"]


@pytest.mark.parametrize(
    "said", ["fourth-quarter return on equity", "return on equity in the quarter"]
)
def test_the_quarter_named_keeps_it_the_quarters(checker, said):
    text = f"Sample Pharma's fourth-quarter revenue rose 20%. Its {said} was 12.4%."
    assert roe(checker, text) == ["unverifiable"]
