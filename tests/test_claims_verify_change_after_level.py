"""A change said right after a level, of an earlier period of the same length (jumped 42% to 1.03
billion yuan, after an 18.5% rise in the first quarter): that metric's change then."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caibao.claims.checker import Checker
from caibao.model import Company, Document, Fact, Reading, Source
from caibao.store import Store

CODE = "000999"
ROWS = [
    ("np_parent", "2024Q1", "1363825963.61", "q1.pdf"),
    ("np_parent", "2023Q1", "1151030150.88", "q1.pdf"),
    ("np_parent", "2024H1", "2398360138.02", "h1.pdf"),
    ("np_parent", "2023H1", "1877124660.02", "h1.pdf"),
]


@pytest.fixture(scope="module")
def store():
    s = Store(":memory:")
    for file, kind, period in (
        ("q1.pdf", "report_q1", "2024Q1"),
        ("h1.pdf", "report_h1", "2024H1"),
    ):
        facts = [
            Fact(CODE, c, p, Decimal(v), "CNY", Source(f, "sha-" + f, 1, "主要会计数据", c, p, v))
            for c, p, v, f in ROWS
            if f == file
        ]
        s.add(
            Reading(Document("sha-" + file, file, kind, Company(CODE, "样例药业"), period), facts)
        )
    yield s
    s.close()


def test_a_change_of_the_quarter_before_said_after_the_level(store):
    text = (
        "Sample Pharma's first-half results. Net income in the second quarter jumped 42% to "
        "1.03 billion yuan, after an 18.5% rise in the first quarter."
    )
    got = Checker(store).check(text, CODE, date(2024, 8, 24)).claims
    verdicts = {c.claim.printed: (c.claim.period, c.verdict.verdict) for c in got}
    assert verdicts["18.5%"] == ("2024Q1", "supported"), got
