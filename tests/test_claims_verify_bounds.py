"""Verdicts on bounds said in words on a multiple (more than doubled, 超过翻倍): the bound is
exact, while the word alone (doubled, 翻倍) keeps its usual slack (claims.verify)."""

from __future__ import annotations

from datetime import date

import pytest

from caibao.claims.checker import Checker
from inline_store import inline_store

CODE = "600998"
Y = "CNY"


@pytest.fixture(scope="module")
def checker():
    store = inline_store(
        [
            ("accounts_receivable", "2024-12-31", "3920000000", Y, "value", None, "S1"),
            ("accounts_receivable", "2023-12-31", "2000000000", Y, "value", None, "S1"),
            ("revenue", "2024FY", "12100000000", Y, "value", None, "S1"),
            ("revenue", "2023FY", "4000000000", Y, "value", None, "S1"),
        ],
        CODE,
        "样例药业",
    )
    yield Checker(store)
    store.close()


def verdicts(checker, text):
    result = checker.check(text, CODE, date(2025, 4, 25))
    return [(c.claim.quote, c.verdict.verdict) for c in result.claims if c.claim.measure != "value"]


def test_more_than_doubled_short_of_double_is_contradicted(checker):
    # +96%: "doubled" alone is loose enough, "more than doubled" is not
    got = verdicts(checker, "Sample Pharma's receivables more than doubled in 2024.")
    assert [v for _q, v in got] == ["contradicted"]
    got = verdicts(checker, "样例药业2024年末应收账款超过翻倍。")
    assert [v for _q, v in got] == ["contradicted"]


def test_word_multiple_alone_keeps_its_slack(checker):
    got = verdicts(checker, "Sample Pharma's receivables doubled in 2024.")
    assert [v for _q, v in got] == ["supported"]


def test_more_than_tripled_above_the_bound_holds(checker):
    # +202.5%
    got = verdicts(checker, "Sample Pharma's revenue more than tripled in 2024.")
    assert [v for _q, v in got] == ["supported"]


def test_more_than_a_fraction_short_of_it_is_contradicted(checker):
    # a fall of 31.9%: "by a third" holds, "by more than a third" does not
    store = inline_store(
        [
            ("revenue", "2024FY", "6810000000", Y, "value", None, "S1"),
            ("revenue", "2023FY", "10000000000", Y, "value", None, "S1"),
        ],
        CODE,
        "样例药业",
    )
    try:
        other = Checker(store)
        got = verdicts(other, "Sample Pharma's revenue fell by more than a third in 2024.")
        assert [v for _q, v in got] == ["contradicted"]
        got = verdicts(other, "Sample Pharma's revenue fell by a third in 2024.")
        assert [v for _q, v in got] == ["supported"]
    finally:
        store.close()


def test_more_than_a_figure_is_of_its_order(checker):
    # revenue 121亿: "more than 100亿" holds, "more than 10亿" is another figure
    result = checker.check("样例药业2024年营收超过100亿元。", CODE, date(2025, 4, 25))
    assert [c.verdict.verdict for c in result.claims] == ["supported"]
    result = checker.check("样例药业2024年营收超过10亿元。", CODE, date(2025, 4, 25))
    assert [c.verdict.verdict for c in result.claims] == ["contradicted"]
