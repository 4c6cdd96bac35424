"""Single quarters and spans worked out from what a third-quarter and a first-quarter report
print together: the first half is the nine months less the third quarter, and the second quarter
that half less the first."""

from __future__ import annotations

from decimal import Decimal

from caibao.metrics import Metrics
from inline_store import inline_store


def _metrics(rows):
    store = inline_store([(c, p, v, "CNY", "value", None, "利润表") for c, p, v in rows],
                         "600001", "测试公司")  # fmt: skip
    return store, Metrics(store, "600001")


def test_the_second_quarter_from_the_nine_months_the_third_and_the_first():
    store, m = _metrics(
        [
            ("revenue", "2024Q1-Q3", "300"),
            ("revenue", "2024Q3", "110"),
            ("revenue", "2024Q1", "85"),
        ]
    )
    try:
        half = m.value("revenue", "2024H1")
        assert half.value == Decimal("190")
        assert half.formula == "revenue[2024Q1-Q3] - revenue[2024Q3]"
        assert m.value("revenue", "2024Q2").value == Decimal("105")
        # a balance is no flow: nothing worked out
        assert m.value("total_assets", "2024H1") is None
    finally:
        store.close()


def test_no_half_without_the_third_quarter_printed():
    store, m = _metrics([("revenue", "2024Q1-Q3", "300"), ("revenue", "2024Q1", "85")])
    try:
        assert m.value("revenue", "2024H1") is None
        assert m.value("revenue", "2024Q2") is None
    finally:
        store.close()
