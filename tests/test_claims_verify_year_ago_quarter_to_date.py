"""A Chinese Q3 report prints its statements for January–September only: a year-ago quarter's
gross margin is the year-ago nine months' too (the quarter a year later has its own revenue
column), and the R&D spending it does not print (研发投入) is the R&D it expenses (研发费用)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caibao.claims.checker import Checker
from caibao.model import Company, Document, Fact, Reading, Source
from caibao.store import Store

CODE = "600998"
ROWS = [
    ("revenue", "2023Q1-Q3", "402800000", "合并利润表"),
    ("revenue", "2022Q1-Q3", "423150000", "合并利润表"),
    ("revenue", "2023Q3", "147400000", "主要会计数据"),
    ("operating_cost", "2023Q1-Q3", "92930000", "合并利润表"),
    ("operating_cost", "2022Q1-Q3", "99310000", "合并利润表"),
    ("rd_expense", "2023Q1-Q3", "8860000", "合并利润表"),
    ("rd_expense", "2022Q1-Q3", "6420000", "合并利润表"),
]


@pytest.fixture(scope="module")
def store():
    s = Store(":memory:")
    facts = []
    for concept, period, value, table in ROWS:
        src = Source("q3.pdf", "sha-q3", 2, table, concept, "年初至报告期末", value)
        facts.append(Fact(CODE, concept, period, Decimal(value), "CNY", src))
    doc = Document("sha-q3", "q3.pdf", "report_q3", Company(CODE, "样例药业"), "2023Q1-Q3")
    s.add(Reading(doc, facts))
    yield s
    s.close()


def _verdicts(store, text):
    got = Checker(store).check(text, CODE, date(2023, 10, 30)).claims
    return [(c.claim.printed, c.verdict.verdict) for c in got]


def test_a_year_ago_quarters_margin_is_of_the_year_ago_nine_months(store):
    got = _verdicts(
        store,
        "Sample Pharma's third-quarter revenue fell 10% to 147.4 million yuan. Gross margin was "
        "little changed at 76.9%, up from 76.5% a year earlier.",
    )
    assert ("76.5%", "supported") in got, got


def test_r_and_d_spending_of_a_quarterly_report_is_its_expensed_r_and_d(store):
    got = _verdicts(
        store,
        "Sample Pharma's third-quarter revenue fell 10% to 147.4 million yuan. Research and "
        "development spending jumped 38% to 8.86 million yuan.",
    )
    assert ("8.86 million yuan", "supported") in got, got
