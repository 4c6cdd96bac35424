"""Ratios and counts named in the press: the liability (debt) ratio, net gearing, the quick ratio,
P/B, US line items and margins as the Chinese press names them, a rate of two concepts no
definition names, shareholders counted at a date, restaurants and countries counted. Made-up
companies and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.measures import ratio_of
from claim_periods import acme_foods_claims as claims
from claim_periods import concept_measure_value as _got
from claim_periods import concept_measure_value_qualifier as _full
from claim_periods import concept_measure_value_unit_qualifier as _one

REF = date(2024, 4, 20)


def test_a_rate_of_two_concepts_without_a_definition_is_their_quotient():
    assert ratio_of("investment_income", "total_profit") == "investment_income/total_profit"
    assert ratio_of("revenue", "revenue") is None
    assert ratio_of("revenue", None) is None


def test_us_line_items_as_the_chinese_press_names_them():
    got = _got(
        "2023年运营利润为12.5亿美元，运营利润率为21%；一般及行政支出3.6亿美元，营销费用9.6亿美元。"
    )
    assert [c for c, _m, _v in got] == [
        "operating_profit",
        "operating_margin",
        "admin_expense",
        "selling_expense",
    ]
    got = _got("截至2023年末，负债率为68.5%，较年初下降0.5个百分点；净负债率为40%。")
    assert [c for c, _m, _v in got] == ["debt_ratio", "debt_ratio", "kpi_net_gearing"]


def test_the_liability_ratio_and_a_line_named_with_commas():
    assert claims("At the end of June its liability ratio stood at 61.2%.") == [
        ("debt_ratio", "value", Decimal("61.2"))
    ]
    got = claims("In 2023 selling, administrative and other costs fell 12% to $4.1 billion.")
    assert [c[0] for c in got] == ["sga_expense", "sga_expense"]
    # a comma before other words still cuts the clause
    got = claims("In 2023 revenue rose 5%, administrative and other costs fell 3%.")
    assert [c[0] for c in got] == ["revenue", None]


def test_a_dash_aside_keeps_the_subject_and_balance_sheet_words():
    got = _one("In 2023 cloud revenue — which covers storage, compute and networking — rose 9%.")
    assert got == [("revenue", "change_pct", Decimal(9), "%", None)]
    got = _one(
        "At the end of 2023 liabilities fell by 3 billion yuan; the quick ratio was 0.8 times."
    )
    assert [g[0] for g in got] == ["total_liabilities", "quick_ratio"]
    assert _one("At about 0.7 times book value, it looks cheap.")[0][0] == "kpi_pb"


def test_shareholders_counted_at_a_date():
    def got(text):
        return [(c.concept, str(c.period), c.value) for c in extract_claims(text, "ACME", REF)]

    assert got("At 31 December 2023 there were 41,380 shareholders on the register.") == [
        ("kpi_shareholders", "2023-12-31", Decimal("41380"))
    ]
    assert got("截至2023年末，公司股东户数为18,204户。") == [
        ("kpi_shareholders", "2023-12-31", Decimal("18204"))
    ]
    # profit attributable to shareholders stays profit
    assert (
        got("In 2023 profit attributable to shareholders was 3 billion yuan.")[0][0] == "np_parent"
    )


def test_restaurants_and_countries_are_counted_and_a_place_of_sales_is_not_the_metric():
    got = _full("At the end of 2023 Acme ran more than 4,100 restaurants in 38 countries.")
    assert got == [
        ("kpi_stores", "value", Decimal("4100"), "more_than"),
        ("kpi_countries", "value", Decimal("38"), None),
    ]
    got = _full("In 2023 sales at its franchised restaurants rose 6% to $2.2 billion.")
    assert {c for c, _m, _v, _q in got} == {"revenue"}
