"""Wording the round-3 lexicon fixer added: cents, a US company's segments named by the press
(their Chinese renderings, a segment as a sentence's subject), capital spending said by what it
bought, a rate of two concepts no definition names. Made-up companies and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import segment_in_store
from caibao.claims.measures import ratio_of
from caibao.numbers import find_amounts

REF = date(2024, 2, 10)
SEGMENTS = ("North America", "International", "Cloud", "Advertising services", "Other")


def claims(text, segments=SEGMENTS):
    return extract_claims(text, "ACME", REF, segments=segments)


def test_cents_are_dollars():
    got = [(a.value, a.unit) for _x, _y, a in find_amounts("earned 37 cents a share", "USD")]
    assert got == [(Decimal("0.37"), "USD")]
    got = [a.value for _x, _y, a in find_amounts("its 12.5-cent quarterly dividend", "USD")]
    assert got == [Decimal("0.125")]
    assert [a.unit for _x, _y, a in find_amounts("up 4 per cent", "USD")] == ["%"]


def test_a_chinese_segment_name_with_its_suffix_is_the_store_segment():
    assert segment_in_store("北美分部", SEGMENTS) == "North America"
    assert segment_in_store("国际业务", SEGMENTS) == "International"
    assert segment_in_store("广告", SEGMENTS) == "Advertising services"  # a shortened name
    assert segment_in_store("广告", ("Advertising", "Advertising services")) == "Advertising"
    assert segment_in_store("欧洲市场", SEGMENTS) == "欧洲市场"  # no such segment


def test_a_segment_as_the_subject_is_its_revenue_and_its_loss_its_operating_income():
    got = claims("In 2023 the Cloud business, its fastest grower, jumped 31% to $41.2 billion.")
    assert [(c.concept, c.segment, c.measure) for c in got] == [
        ("revenue", "Cloud", "change_pct"),
        ("revenue", "Cloud", "value"),
    ]
    got = claims("In 2023 the International segment lost $2.1 billion.")
    assert [(c.concept, c.segment, c.value) for c in got] == [
        ("operating_profit", "International", Decimal("-2100000000.0"))
    ]
    # a common word that is also a segment's name (Other) names no segment
    got = claims("In 2023 Other income rose 5% to $1.2 billion.")
    assert all(c.concept != "revenue" for c in got)


def test_capital_spending_said_by_what_it_bought():
    got = claims("In 2023 the group spent $9.4 billion on property and equipment.", ())
    assert [c.concept for c in got] == ["capex"]
    got = claims("2023年购置物业和设备支出94亿美元。", ())
    assert [c.concept for c in got] == ["capex"]


def test_a_rate_of_two_concepts_without_a_definition_is_their_quotient():
    assert ratio_of("investment_income", "total_profit") == "investment_income/total_profit"
    assert ratio_of("revenue", "revenue") is None
    assert ratio_of("revenue", None) is None
