"""A rate's basis in brackets (毛利率（按商品销售收入计）): the line it is measured on is the rate's
segment, and the line's revenue word names no figure after the brackets; a retailer's
merchandise sales (商品销售收入) and credit card revenues (信用卡业务收入) are its Sales and
Credit card lines."""

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import segment_in_store

SEGMENTS = ("Sales", "Credit card")


def _read(text):
    claims = extract_claims(text, "X", date(2009, 8, 29), segments=SEGMENTS)
    return [(c.printed, c.concept, c.segment, c.measure) for c in claims]


def test_a_margin_measured_on_a_line_is_that_lines_margin():
    got = _read("二季度毛利率（按商品销售收入计）同比提升0.77个百分点至31.9%。")
    assert [(concept, segment) for _p, concept, segment, _m in got] == [
        ("gross_margin", "Sales"),
        ("gross_margin", "Sales"),
    ]


def test_merchandise_and_credit_card_revenue_are_the_retailers_lines():
    assert segment_in_store("商品", SEGMENTS) == "Sales"
    assert segment_in_store("信用卡业务", SEGMENTS) == "Credit card"
    assert segment_in_store("商品", ("Products",)) == "商品"  # only where the store has it
    got = _read("其中商品销售收入145.7亿元，同比下滑2.7%；信用卡业务收入5亿元。")
    assert [(p, s) for p, _c, s, _m in got] == [
        ("145.7亿元", "Sales"),
        ("2.7%", "Sales"),
        ("5亿元", "Credit card"),
    ]
