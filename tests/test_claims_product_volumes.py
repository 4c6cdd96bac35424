"""A product's volume said by the verb of selling or making before a count of packs (金天格胶囊
全年销售1461万盒), and the product named with its pack in full-width brackets (金天格胶囊（24粒/盒）
for the report's 金天格胶囊(24粒/盒)). Made-up figures."""

from datetime import date

from caibao.claims.extract import extract_claims
from inline_store import checked_claims

_ROWS = [
    ("sales_volume", "2024FY", "14610000", "count", "value", "金天格胶囊(24粒/盒)", "PV"),
    ("production_volume", "2024FY", "15770000", "count", "value", "金天格胶囊(24粒/盒)", "PV"),
]


def test_a_count_of_packs_after_the_verb_of_selling_is_the_sales_volume():
    claims = extract_claims(
        "2024年，金天格胶囊全年销售1461万盒，生产1577万盒。", "X", date(2025, 4, 25)
    )
    assert [(c.concept, c.unit) for c in claims] == [
        ("sales_volume", "count"),
        ("production_volume", "count"),
    ]


def test_a_product_named_with_its_pack_in_full_width_brackets():
    claims = checked_claims(
        _ROWS, "产销数据显示，金天格胶囊（24粒/盒）全年销售1461万盒。", date(2025, 4, 25)
    )
    c = next(c for c in claims if c.claim.printed.startswith("1461"))
    assert (c.claim.segment, c.verdict.verdict) == ("金天格胶囊（24粒/盒）", "supported")
