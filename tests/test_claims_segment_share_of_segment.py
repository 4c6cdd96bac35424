"""A segment's share of another segment (骨科类产品实现收入4.74亿元，…，占医药工业收入的比重达81.09%):
the product line's revenue over the industry's named after 占, not the industry's share of the
company. Made-up figures."""

from datetime import date

from inline_store import checked_claims

_ROWS = [
    ("revenue", "2024FY", "600000000", "CNY", "value", None, "IS"),
    ("revenue", "2024FY", "585000000", "CNY", "value", "医药工业", "SEG"),
    ("revenue", "2024FY", "474000000", "CNY", "value", "骨科类", "SEG"),
    ("revenue", "2024FY", "67000000", "CNY", "value", "免疫类", "SEG"),
]


def _verdict(text: str, printed: str) -> tuple:
    claims = checked_claims(_ROWS, text, date(2025, 4, 25))
    c = next(c for c in claims if c.claim.printed == printed)
    return c.verdict.verdict, c.verdict.expected


def test_a_product_lines_share_of_its_industry():
    text = "2024年，样例药业骨科类产品实现收入4.74亿元，占医药工业收入的比重达81.03%。"
    assert _verdict(text, "81.03%")[0] == "supported"
    text = "2024年，样例药业骨科类产品实现收入4.74亿元，占医药工业收入的比重达79.00%。"
    assert _verdict(text, "79.00%")[0] == "contradicted"


def test_a_segments_share_of_the_company_stays():
    text = "2024年，样例药业医药工业收入5.85亿元，占营业收入的比重达97.50%。"
    assert _verdict(text, "97.50%")[0] == "supported"
