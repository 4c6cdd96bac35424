"""A segment named after what it serves (主要服务制药和生物科技客户的SAFC部门, 面向高校的研究业务):
its name is what follows the last 的, not the clause before it."""

from datetime import date

from caibao.claims.extract import extract_claims


def _segments(text):
    return [(c.concept, c.segment) for c in extract_claims(text, "ACME", date(2009, 8, 4))]


def test_a_segment_after_a_clause_of_what_it_serves():
    text = "分部门看，主要服务制药和生物科技客户的SAFC部门表现最差，销售额同比下滑约19%。"
    assert _segments(text) == [("revenue", "SAFC")]


def test_a_business_after_whom_it_serves():
    assert _segments("面向高校的研究业务收入增长5%。") == [("revenue", "研究业务")]
