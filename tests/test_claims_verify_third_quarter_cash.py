"""The third quarter's cash flow in a Chinese Q3 report: its 主要会计数据 prints a dash for the
quarter's operating cash flow (本报告期 —), so the quarter's figure is the nine months less the
first half, not "no value"; a ratio of a cash flow (the collection ratio) or a difference of
cash flows (free cash flow) in a quarter piece is of the year to date the statement covers; "inflow net of outflow" is a net, not an outflow."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caibao.claims.checker import Checker
from caibao.metrics import Metrics
from caibao.model import Company, Document, Fact, Reading, Source
from caibao.store import Store

CODE = "600998"
Y = "CNY"
ROWS = [
    ("ocf", "2025Q1-Q3", "3050000000", "合并现金流量表"),
    ("ocf", "2025H1", "1770000000", "主要会计数据"),
    ("ocf", "2025Q3", None, "主要会计数据"),  # printed "—"
    ("cash_from_sales", "2025Q1-Q3", "20150000000", "合并现金流量表"),
    ("capex", "2025Q1-Q3", "1000000000", "合并现金流量表"),
    ("revenue", "2025Q1-Q3", "18610000000", "合并利润表"),
    ("revenue", "2025Q3", "5200000000", "合并利润表"),
]


@pytest.fixture(scope="module")
def store():
    s = Store(":memory:")
    facts = []
    for concept, period, value, table in ROWS:
        src = Source("q3.pdf", "sha-q3", 2, table, concept, "本报告期", value or "—")
        facts.append(Fact(CODE, concept, period, Decimal(value) if value else None, Y, src))
    doc = Document("sha-q3", "q3.pdf", "report_q3", Company(CODE, "样例药业"), "2025Q1-Q3")
    s.add(Reading(doc, facts))
    yield s
    s.close()


def test_a_dash_printed_for_the_quarter_leaves_the_quarter_to_the_year_to_date(store):
    got = Metrics(store, CODE).value("ocf", "2025Q3")
    assert got is not None and got.value == Decimal("1280000000"), got


def test_the_quarters_cash_flow_said_as_inflow_net_of_outflow_is_the_derived_quarter(store):
    text = (
        "Sample Pharma's third-quarter results. In the three months to September, operating "
        "cash inflow net of outflow came to about 1.3 billion yuan."
    )
    got = Checker(store).check(text, CODE, date(2025, 10, 28)).claims
    assert [(c.claim.value > 0, c.verdict.verdict) for c in got] == [(True, "supported")], got


def test_a_cash_ratio_in_a_quarter_piece_is_of_the_year_to_date(store):
    text = "样例药业三季度营收52亿元。销售商品收到的现金201.5亿元，相当于营收的108%。"
    got = Checker(store).check(text, CODE, date(2025, 10, 28)).claims
    ratio = [c for c in got if c.claim.unit == "%"]
    assert [c.verdict.verdict for c in ratio] == ["supported"], got


def test_free_cash_flow_in_a_quarter_piece_is_of_the_year_to_date(store):
    text = "样例药业发布三季报，三季度营收52亿元。公司自由现金流为20.5亿元。"
    got = Checker(store).check(text, CODE, date(2025, 10, 28)).claims
    fcf = [c for c in got if c.claim.concept == "free_cash_flow"]
    assert [c.verdict.verdict for c in fcf] == ["supported"], got
