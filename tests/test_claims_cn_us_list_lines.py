"""A Chinese list of a US filer's key lines (- 销售收入：…, - 销货成本：…, - 终止经营业务亏损：…): the
revenue word opening a line names no segment, "cost of goods sold" word for word is the cost of
revenue, a discontinued business's loss is its own line, not the company's 亏损."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims

TEXT = (
    "样例公司二季度财报中的关键数据：\n\n"
    "- 销售收入：42.44亿美元，上年同期72.45亿美元；\n"
    "- 销货成本：39.66亿美元；\n"
    "- 终止经营业务亏损：1.42亿美元，上年同期为700万美元；\n"
)


def test_key_lines_of_a_list():
    claims = extract_claims(TEXT, "AA", date(2009, 7, 24))
    got = [(c.printed, c.concept, c.segment, str(c.value)) for c in claims]
    assert got == [
        ("42.44亿美元", "revenue", None, "4244000000.00"),
        ("72.45亿美元", "revenue", None, "7245000000.00"),
        ("39.66亿美元", "operating_cost", None, "3966000000.00"),
        ("1.42亿美元", "np_discontinued", None, "-142000000.00"),
        ("700万美元", "np_discontinued", None, "-7000000"),
    ]


def test_a_named_line_before_the_revenue_word_is_still_a_segment():
    claims = extract_claims("- 云服务收入：12.5亿美元；\n", "AA", date(2009, 7, 24))
    assert [c.segment for c in claims] == ["云服务"]


def test_the_revenue_word_opening_a_line_is_a_segment_the_store_has():
    # IBM's lines: Sales, Services, Financing (销售 renders Sales)
    claims = extract_claims(
        "- 销售收入（硬件与软件）91.98亿美元；\n",
        "IBM",
        date(2009, 7, 29),
        segments=("Sales", "Services", "Financing"),
    )
    assert [c.segment for c in claims] == ["Sales"]
