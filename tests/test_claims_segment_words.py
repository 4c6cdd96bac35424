"""Words for segments and round figures. An English article names a report's Chinese segment
by its field's noun as well as its adjective: orthopaedics (骨科类) as orthopaedic, paediatrics
(儿童药) as paediatric. A digit's thousands of 亿 crossed (破三千亿) is a lower bound."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

_ROWS = [
    ("revenue", "2024FY", "1000000000", "CNY", "value", None, "S1"),
    ("revenue", "2024FY", "612000000", "CNY", "value", "骨科类", "G1"),
    ("revenue", "2024FY", "205000000", "CNY", "value", "儿童药", "G2"),
]


def _verdicts(text):
    return [
        (c.claim.quote, c.verdict.verdict) for c in checked_claims(_ROWS, text, date(2025, 4, 2))
    ]


def test_a_fields_noun_names_its_segment():
    got = _verdicts(
        "In 2024 Sample Pharma's orthopedics line brought in 612 million yuan of sales."
    )
    assert got[-1][1] == "supported", got
    got = _verdicts("In 2024 Sample Pharma's paediatrics business had sales of 205 million yuan.")
    assert got[-1][1] == "supported", got
    got = _verdicts(
        "In 2024 Sample Pharma's orthopedics line brought in 712 million yuan of sales."
    )
    assert got[-1][1] == "contradicted", got


def test_a_digits_thousands_of_yi_crossed_is_a_lower_bound():
    rows = [("revenue", "2024FY", "312000000000", "CNY", "value", None, "S1")]
    got = checked_claims(rows, "样例药业2024年营收首次破三千亿。", date(2025, 4, 2))
    assert [c.verdict.verdict for c in got] == ["supported"], got
    got = checked_claims(rows, "样例药业2024年营收突破四千亿元。", date(2025, 4, 2))
    assert [c.verdict.verdict for c in got] == ["contradicted"], got
    assert not checked_claims(rows, "样例药业瞄准三千亿级市场。", date(2025, 4, 2))


def test_double_digit_growth_is_a_rise_of_at_least_ten_percent():
    rows = [
        ("revenue", "2024FY", "12.6", "%", "change_pct", None, "S1"),
        ("np_parent", "2024FY", "4.2", "%", "change_pct", None, "S1"),
    ]
    got = checked_claims(rows, "样例药业2024年营收实现两位数增长。", date(2025, 4, 2))
    assert [c.verdict.verdict for c in got] == ["supported"], got
    got = checked_claims(
        rows, "Sample Pharma's 2024 net profit posted double-digit growth.", date(2025, 4, 2)
    )
    assert [c.verdict.verdict for c in got] == ["contradicted"], got
    assert not checked_claims(rows, "Sample Pharma's shares rose double digits.", date(2025, 4, 2))
    aim = "In 2025 Sample Pharma aims for double-digit revenue growth."
    assert [c.verdict.verdict for c in checked_claims(rows, aim, date(2025, 4, 2))] == [
        "unverifiable"
    ]
