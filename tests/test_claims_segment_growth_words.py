"""A segment's figures in Chinese: 整体 right after its name is the segment as a whole (医药工业
整体毛利率), not the company; a rate of change ranked in the clause before its figure (增速最快，
达35.87%) is a change; a segment's growth with no metric named is its revenue's; a part said
with where it came from (约2965万元来自非经常性损益) is the source's figure."""

from datetime import date

from caibao.claims.extract import extract_claims

_SEGMENTS = ("医药工业", "酒店业", "骨科类", "华北大区", "西南大区")


def _read(text):
    claims = extract_claims(text, "600080", date(2023, 4, 29), segments=_SEGMENTS)
    return [(c.printed, c.concept, c.segment, c.measure) for c in claims]


def test_whole_right_after_a_segments_name_is_that_segment_as_a_whole():
    got = _read("医药工业整体毛利率77.35%，较上年提升0.16个百分点。")
    assert ("77.35%", "gross_margin", "医药工业", "value") in got
    assert ("0.16个百分点", "gross_margin", "医药工业", "change_pp") in got
    # (公司整体 after another clause is the company again)
    got = _read("医药工业收入5亿元，公司整体毛利率77.35%。")
    assert ("77.35%", "gross_margin", None, "value") in got


def test_a_ranked_rate_of_change_before_its_figure_is_a_change_of_revenue():
    got = _read("从区域看，华北大区仍是第一大市场；西南大区增速最快，达35.87%。")
    assert ("35.87%", "revenue", "西南大区", "change_pct") in got
    got = _read("骨科类产品同比增长10%。")
    assert ("10%", "revenue", "骨科类", "change_pct") in got


def test_a_part_said_with_where_it_came_from_is_the_sources_figure():
    got = _read("归母净利润中约2965万元来自非经常性损益。")
    assert got == [("2965万元", "non_recurring", None, "value")]
    # (a share of revenue from a market stays a share of revenue)
    got = _read("营收中约70%来自海外市场。")
    assert got[0][1] == "revenue"
