"""Figures of an index or a group of companies, named the way the press shortens them (道指, 纳指,
the Dow) or as a group's median, are not the article's company's."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caibao.claims.extract import extract_claims
from caibao.claims.model import OTHER

REF = date(2025, 3, 1)


@pytest.mark.parametrize(
    "text",
    [
        "金花股份2024年营收增长3%，当日纳指收跌1.1%。",
        "金花股份2024年营收增长3%。同日恒指收涨2.1%至20100点。",
        "Ginwa's revenue rose 3% in 2024, while the Dow lost 1.4% on the day.",
        "2024年医药行业上市公司净利润中位数下降4.2%。",
    ],
)
def test_an_index_or_a_groups_median_is_not_the_company(text):
    rates = {Decimal(x) for x in ("1.1", "2.1", "1.4", "4.2")}
    got = [c for c in extract_claims(text, "600080", REF) if abs(c.value) in rates]
    assert got and all(c.subject == OTHER for c in got), text


def test_dow_chemical_is_a_company_not_the_index():
    text = "Ginwa's revenue rose 3% in 2024; the Dow Chemical unit grew 5%."
    got = [c for c in extract_claims(text, "600080", REF) if c.value == Decimal(5)]
    assert got and all(c.subject != OTHER for c in got)
