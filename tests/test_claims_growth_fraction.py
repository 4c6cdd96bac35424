"""One metric's change said as a fraction of another's, in words (销售和管理费用的降幅已接近收入降
幅的一半): the first change over the claim's own, not a 50% change of revenue."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caibao.claims.checker import Checker
from caibao.model import Company, Document, Fact, Reading, Source
from caibao.store import Store

CODE = "600997"
ROWS = [
    ("revenue", "2025Q3", "4240000000"),
    ("revenue", "2024Q3", "5215000000"),
    ("sga_expense", "2025Q3", "1124000000"),
    ("sga_expense", "2024Q3", "1234000000"),
]


@pytest.fixture(scope="module")
def store():
    s = Store(":memory:")
    facts = [
        Fact(CODE, c, p, Decimal(v), "CNY", Source("q3.pdf", "sha-f", 2, "合并利润表", c, "", v))
        for c, p, v in ROWS
    ]
    doc = Document("sha-f", "q3.pdf", "report_q3", Company(CODE, "样例实业"), "2025Q1-Q3")
    s.add(Reading(doc, facts))
    yield s
    s.close()


def _verdicts(store, text):
    got = Checker(store).check(text, CODE, date(2025, 10, 28)).claims
    return [(c.claim.printed, c.verdict.verdict) for c in got]


def test_a_change_nearly_half_of_another(store):
    # (SG&A -8.91%, revenue -18.70%: 0.48 of it, nearly half)
    text = "样例实业三季度营收42.40亿元。销售和管理费用的降幅已接近收入降幅的一半。"
    assert ("一半", "supported") in _verdicts(store, text)


def test_a_change_said_as_a_fraction_it_is_not(store):
    text = "样例实业三季度营收42.40亿元。销售和管理费用的降幅已接近收入降幅的三分之一。"
    assert ("三分之一", "contradicted") in _verdicts(store, text)
