"""A business line an article names in English without the store's segments: as a sentence's
subject with no metric word its figure is its revenue, a lexicon segment name needs no
"business" after it, "products and" names no line, and the company's period expenses stay the
whole company's. Made-up companies and figures."""

from __future__ import annotations

from decimal import Decimal

from claim_periods import concept_segment_value as claims


def test_a_business_line_as_the_subject_is_its_revenue():
    got = claims(
        "In 2023 the property services business, its steadiest unit, generated 81.5 million yuan."
    )
    assert got == [("revenue", "property services", Decimal("81500000.0"))]
    # a lexicon segment name needs no business/segment after it
    got = claims("In 2023 hotel operations fell 12% to 9.1 million yuan.")
    assert [(c, s is not None and s.lower()) for c, s, _v in got] == [("revenue", "hotel")] * 2
    # a sentence on no segment and no metric stays unrecognised
    assert claims("In 2023 it spent 3.2 million yuan.") == [(None, None, Decimal("3200000.0"))]


def test_products_and_is_no_segment_name():
    got = claims("In 2023 phones and related products and services brought in 12 billion yuan.")
    assert all(s is None or not s.lower().endswith(("and", "related")) for _c, s, _v in got)


def test_period_expenses_are_the_whole_companys_and_the_liabilities_assets_ratio():
    got = claims(
        "In 2023 the newly bought Acme Herbal business diluted margins, but selling expenses "
        "of 800 million yuan fell to 20.5 percent of revenue."
    )
    assert [(c, s) for c, s, _v in got] == [
        ("selling_expense", None),
        ("selling_expense_ratio", None),
    ]
    got = claims("At end-2023 the liabilities/assets ratio was 70.2%.")
    assert [c for c, _s, _v in got] == ["debt_ratio"]
