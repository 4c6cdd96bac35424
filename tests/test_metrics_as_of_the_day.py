"""An article reads a company's figures as first reported: a later report's restatement of the
same figure (one filed after the article's day) is set aside where an earlier report gives it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.checker import Checker
from caibao.metrics import Metrics
from caibao.model import Company, Document, Fact, Reading, Source
from caibao.store import Store

CODE = "600998"


def _report(store, sha, period, rows):
    facts = [
        Fact(
            CODE,
            concept,
            p,
            Decimal(v),
            "CNY",
            Source(f"{sha}.xml", sha, None, "is", "is", f"line {i}", v),
            scale="元",
        )  # fmt: skip
        for i, (concept, p, v) in enumerate(rows)
    ]
    doc = Document(sha, f"{sha}.xml", "xbrl", Company(CODE, "样例药业"), period)
    store.add(Reading(doc, facts))


def _store():
    store = Store(":memory:")
    _report(store, "q1", "2024Q1", [("revenue", "2024Q1", "100"), ("revenue", "2023Q1", "80")])
    # the next year's report restates the quarter (a new accounting rule applied backwards)
    _report(store, "fy", "2025FY", [("revenue", "2024Q1", "130"), ("revenue", "2025FY", "600")])
    return store


def test_a_later_reports_restatement_is_set_aside_before_it_was_filed():
    store = _store()
    try:
        before = Metrics(store, CODE, day=date(2024, 5, 10))
        assert [f.value for f in before.facts("revenue", "2024Q1")] == [Decimal("100")]
        # a figure only the later report gives stays
        assert [f.value for f in before.facts("revenue", "2025FY")] == [Decimal("600")]
        assert len(Metrics(store, CODE).facts("revenue", "2024Q1")) == 2
    finally:
        store.close()


def test_an_article_of_the_day_checks_the_figures_as_first_reported():
    store = _store()
    try:
        text = "样例药业2024年第一季度营业收入100元，同比增长25%。"
        claims = Checker(store).check(text, CODE, date(2024, 5, 10)).claims
        assert {c.claim.printed: c.verdict.verdict for c in claims} == {
            "100元": "supported",
            "25%": "supported",
        }
    finally:
        store.close()
