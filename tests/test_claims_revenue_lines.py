"""A line of revenue named with "service revenue" or "product revenue" (Broadband service revenue,
Handset product revenue) is the line's revenue when the store holds that line: a filer breaks its
revenue into lines, not each line into goods and services again."""

from __future__ import annotations

from datetime import date

import pytest

from caibao.claims.checker import Checker
from inline_store import inline_store

CODE = "EXCO"
DAY = date(2025, 3, 1)


@pytest.fixture(scope="module")
def checker():
    store = inline_store(
        [
            ("revenue", "2024FY", "9000000000", "USD", "value", None, "S1"),
            ("revenue", "2024FY", "4200000000", "USD", "value", "Broadband service", "S1"),
            ("revenue", "2024FY", "4800000000", "USD", "value", "Equipment", "S1"),
            ("sales_services", "2024FY", "5000000000", "USD", "value", None, "S1"),
        ],
        CODE,
        "Example Cable Co",
    )
    yield Checker(store)
    store.close()


@pytest.mark.parametrize(
    ("text", "segment", "verdict"),
    [
        ("Example Cable's Broadband service revenue was $4.2 billion in 2024.",
         "Broadband service", "supported"),
        ("Example Cable's Broadband service revenue was $5.0 billion in 2024.",
         "Broadband service", "contradicted"),
    ],
)  # fmt: skip
def test_a_lines_service_revenue_is_the_lines_revenue(checker, text, segment, verdict):
    (found,) = [c for c in checker.check(text, CODE, DAY).claims if c.claim.unit == "USD"]
    assert (found.claim.concept, found.claim.segment) == ("revenue", segment)
    assert found.verdict.verdict == verdict, found.verdict.reason


def test_service_revenue_of_no_line_stays_the_filers_services(checker):
    text = "Example Cable's service revenue was $5.0 billion in 2024."
    (found,) = checker.check(text, CODE, DAY).claims
    assert found.claim.concept == "sales_services"  # never the Broadband service line's $4.2bn
    assert found.verdict.verdict != "contradicted", found.verdict.reason


def test_a_sales_line_beside_services_in_chinese():
    """销售 is the line a filer prints as "Sales" beside its "Services" (hardware and software)."""
    store = inline_store(
        [
            ("revenue", "2024FY", "9000000000", "USD", "value", None, "S1"),
            ("revenue", "2024FY", "4200000000", "USD", "value", "Services", "S1"),
            ("revenue", "2024FY", "4800000000", "USD", "value", "Sales", "S1"),
        ],
        CODE,
        "Example Cable Co",
    )
    try:
        text = (
            "Example Cable 2024年业绩：\n- 服务收入42亿美元；\n- 销售收入（设备与软件）48亿美元。"
        )
        got = [
            (c.claim.segment, c.verdict.verdict)
            for c in Checker(store).check(text, CODE, DAY).claims
        ]
        assert got == [("Services", "supported"), ("Sales", "supported")], got
    finally:
        store.close()


def test_a_line_printed_in_full_is_not_another_its_words_fit():
    """ "revenues from equipment" inside the line "Finco revenues from equipment" names that line,
    not "Sales of equipment", which the words alone would fit best."""
    store = inline_store(
        [
            ("revenue", "2024FY", "4800000000", "USD", "value", None, "S1"),
            (
                "revenue",
                "2024FY",
                "1800000000",
                "USD",
                "value",
                "Finco revenues from equipment",
                "S1",
            ),
            ("revenue", "2024FY", "3000000000", "USD", "value", "Sales of equipment", "S1"),
        ],
        CODE,
        "Example Cable Co",
    )
    try:
        text = "Example Cable said Finco revenues from equipment were $1.8 billion in 2024."
        (found,) = Checker(store).check(text, CODE, DAY).claims
        assert found.claim.segment == "Finco revenues from equipment"
        assert found.verdict.verdict == "supported", found.verdict.reason
    finally:
        store.close()
