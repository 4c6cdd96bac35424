"""A lead clause that frames a sentence by a metric (从收入看，美国本土三季度贡献约40亿美元): the
figure of a later clause that names a part is that part's figure of the metric; 美国本土 is the
United States segment. Made-up figures."""

from datetime import date

from caibao.claims.extract import extract_claims


def test_a_metric_framed_by_a_lead_clause_carries_to_a_part_named_later():
    text = "样例公司三季度营收98.25亿美元。从收入看，美国本土三季度贡献约40亿美元。"
    claims = extract_claims(text, "X", date(2024, 10, 18), segments=("United States",))
    got = {c.printed: (c.concept, c.segment) for c in claims}
    assert got["40亿美元"] == ("revenue", "United States")
