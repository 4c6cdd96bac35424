"""A cash-flow figure of a later quarter (a 10-Q's statement runs from the start of the year):
the year to date stands in for the article's quarter, but a year-to-date figure called the
quarter's in so many words is a figure of the wrong period (claims.verify)."""

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
            ("ocf", "2024H1", "1230000000", "CNY", "value", None, "S1"),
            ("ocf", "2023H1", "1000000000", "CNY", "value", None, "S1"),
            ("revenue", "2024Q2", "5000000000", "CNY", "value", None, "S1"),
        ],
        CODE,
        "样例药业",
    )
    yield Checker(store)
    store.close()


def verdicts(checker, text):
    result = checker.check(text, CODE, date(2024, 8, 20))
    return [(c.claim.concept, c.claim.period, c.verdict.verdict) for c in result.claims]


@pytest.mark.parametrize(
    "text",
    [
        "样例药业第二季度营收50亿元；第二季度经营性现金流净额12.3亿元。",
        "Sample Pharma's second-quarter revenue was 5.0 billion yuan. Its second-quarter "
        "operating cash flow was 1.23 billion yuan.",
    ],
)
def test_year_to_date_figure_called_the_quarter_is_contradicted(checker, text):
    got = [g for g in verdicts(checker, text) if g[0] == "ocf"]
    assert got == [("ocf", "2024Q2", "contradicted")]


def test_year_to_date_stands_in_when_no_quarter_is_named(checker):
    text = "样例药业第二季度营收50亿元，经营性现金流净额12.3亿元。"
    got = [g for g in verdicts(checker, text) if g[0] == "ocf"]
    assert [v for _c, _p, v in got] == ["supported"]
