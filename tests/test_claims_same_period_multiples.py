"""A multiple of the same figure a year before (是上年同期的1.5倍) keeps the figure's metric (dated,
as every multiple said with 是…的, by the figure it is a multiple of): not one figure as a
multiple of another (约为归母净利润的1.3倍)."""

from datetime import date

from caibao.claims.extract import extract_claims


def _read(text):
    claims = extract_claims(text, "X", date(2009, 8, 29))
    return [(c.printed, c.concept, c.period, c.measure) for c in claims]


def test_a_multiple_of_the_same_period_a_year_before_is_the_figures():
    got = _read("二季度公司净利润为10.04亿元，是上年同期的1.5倍。")
    assert got[1] == ("1.5倍", "np_parent", "2008Q2", "times")
    got = _read("截至二季度末，公司坏账准备余额为10.04亿元，是上年同期的1.5倍。")
    assert got[1][1:] == ("loan_loss_allowance", "2008-06-30", "times")


def test_a_multiple_of_another_figure_stays_unnamed():
    got = _read("上半年公司经营现金流约为归母净利润的1.3倍。")
    assert got[-1][1] is None
