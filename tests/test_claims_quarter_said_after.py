"""A quarter said after a cash-flow figure (… in the quarter, 本季度…) names it as the quarter's
as much as one said before it; a change apposed to the figure (…, up about 23 percent) is of the
same period; "from" inside a metric's name (cash from operating activities was…) is no base word
of a compared figure (claims.verify, claims.sentence_periods)."""

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
            ("revenue", "2024H1", "9000000000", "CNY", "value", None, "S1"),
        ],
        CODE,
        "样例药业",
    )
    yield Checker(store)
    store.close()


def ocf(checker, text):
    result = checker.check(text, CODE, date(2024, 8, 20))
    return [(c.claim.period, c.verdict.verdict) for c in result.claims if c.claim.concept == "ocf"]


@pytest.mark.parametrize(
    "text",
    [
        "Sample Pharma's revenue was 5.0 billion yuan. It generated operating cash flow of 1.23 "
        "billion yuan in the quarter, up about 23 percent.",
        "样例药业上半年营收90亿元。本季度经营性现金流净额12.3亿元，同比增长23%。",
        # (after a half-year sentence: the quarter said after the figure is its period)
        "For the first half, revenue reached 9.0 billion yuan. Cash from operating activities was "
        "1.23 billion yuan in the quarter, up 23 percent.",
    ],
)
def test_year_to_date_figure_said_to_be_the_quarters_is_contradicted(checker, text):
    assert ocf(checker, text) == [("2024Q2", "contradicted")] * 2


def test_a_quarter_of_another_clause_leaves_the_year_to_date_standing(checker):
    text = "Revenue was 5.0 billion yuan in the quarter; operating cash flow was 1.23 billion yuan."
    assert [v for _p, v in ocf(checker, text)] == ["supported"]
