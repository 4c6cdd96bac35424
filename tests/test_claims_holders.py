"""Shareholders in reports and articles: the count at the period's end and the largest holder's
stake read from a report's 股东信息 page, the same named by role in an article (控股股东, the
controlling shareholder); and two pieces of a bulleted brief's grammar: a list marker is not a
minus sign, and a signed rate after a figure and a comma is that figure's change."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.text import read_text
from caibao.extract.holders import read_holders
from inline_store import checked_claims

_PAGE = (
    "二、股东信息（一）普通股股东总数和表决权恢复的优先股股东数量及前十名股东持股情况表单位：股"
    "报告期末普通股股东总数12,345报告期末表决权恢复的优先股股东总数（如有）0"
    "前10名股东持股情况（不含通过转融通出借股份）股东名称股东性质持股比例持股数量"
    "持有有限售条件的股份数量质押、标记或冻结情况股份状态数量"
    "某某集团有限公司国有法人51.20%512,000,0000不适用0"
    "香港中央结算有限公司境外法人3.05%30,500,0000不适用0"
)


def _cite(label, printed):
    return None


def test_the_count_and_the_top_holders_are_read_at_the_periods_end():
    facts = read_holders(_PAGE, "2025-09-30", _cite)
    got = {(f.concept, f.segment): f.value for f in facts}
    assert got[("kpi_shareholders", None)] == Decimal(12345)
    assert got[("kpi_top_holder_stake", None)] == Decimal("51.20")
    assert got[("kpi_holder_stake", "香港中央结算有限公司")] == Decimal("3.05")
    assert {f.period for f in facts} == {"2025-09-30"}


def test_count_printed_before_the_stake():
    # (股东名称 股东性质 持股数量 持股比例(%): the count in thousands groups touches the stake)
    page = (
        "报告期末普通股股东总数21,108报告期末表决权恢复的优先股股东总数（如有）0"
        "前10名股东持股情况（不含通过转融通出借股份）股东名称股东性质持股数量持股比例(%)"
        "持有有限售条件股份数量质押、标记或冻结情况股份状态数量"
        "某甲境内自然人73,272,54619.630质押53,270,000"
        "某某企业管理有限公司境内非国有法人18,663,5005.000无"
    )
    got = {(f.concept, f.segment): f.value for f in read_holders(page, "2025-03-31", _cite)}
    assert got[("kpi_top_holder_stake", None)] == Decimal("19.63")
    assert got[("kpi_holder_stake", "某某企业管理有限公司")] == Decimal("5.00")


def test_a_shanghai_summary_prints_the_nature_last():
    # (股东名称 报告期内增减 期末持股数量 比例(%) 持有有限售条件的股份数量 质押、标记或冻结情况 股东性质:
    # the header's two-line cells interleaved, each row ending with its holder's nature)
    page = (
        "截至报告期末普通股股东总数（户）25,761年度报告披露日前上一月末的普通股股东总数（户）23,104"
        "前10名股东持股情况股东名称（全称）报告期内增减期末持股数量比例(%)持有有限售条件的股份数量"
        "质押、标记或冻结情况股东股份性质状态数量"
        "某甲73,272,54619.63质押53,270,000境内自然人"
        "某某企业管理有限公司18,797,00018,797,0005.04无境内非国有法人"
        "某某合伙企业（有限合伙）-27,210,4006,238,4271.67无境内非国有法人"
    )
    got = {(f.concept, f.segment): f.value for f in read_holders(page, "2023-12-31", _cite)}
    assert got[("kpi_shareholders", None)] == Decimal(25761)
    assert got[("kpi_top_holder_stake", None)] == Decimal("19.63")
    assert got[("kpi_holder_stake", "某某企业管理有限公司")] == Decimal("5.04")
    assert got[("kpi_holder_stake", "某某合伙企业（有限合伙）")] == Decimal("1.67")


def test_shanghai_wording_of_the_count():
    facts = read_holders(
        "截至报告期末股东总数（户）9,876截至报告期末表决权恢复", "2024-06-30", _cite
    )
    assert [(f.concept, f.value) for f in facts] == [("kpi_shareholders", Decimal(9876))]


_ROWS = [
    ("kpi_shareholders", "2024-12-31", "41200", "count", "value", None, "H1"),
    ("kpi_top_holder_stake", "2024-12-31", "47.5", "%", "value", None, "H2"),
    ("np_parent_recurring", "2024FY", "800000000", "CNY", "value", None, "S1"),
    ("np_parent_recurring", "2024FY", "12.4", "%", "change_pct", None, "S1"),
]


def _verdicts(text):
    return [
        (c.claim.quote, c.verdict.verdict) for c in checked_claims(_ROWS, text, date(2025, 4, 2))
    ]


def test_the_controlling_holders_stake_is_checked_in_either_language():
    got = _verdicts("样例药业2024年报显示，第一大股东某某集团持股比例为47.5%，股东户数41,200户。")
    assert [v for _, v in got] == ["supported", "supported"], got
    got = _verdicts("At the end of 2024 Sample Pharma's largest shareholder held 45.7% of it.")
    assert got[-1][1] == "contradicted", got


def test_a_list_marker_is_not_a_minus_sign():
    text = "Sample Pharma, 2024 annual report:\n- 41,200 shareholders at year-end\n"
    assert _verdicts(text)[-1][1] == "supported"
    assert read_text("a\n  - 5 items").norm.endswith("  5 items")
    assert read_text("fell to\n-5.2%").norm.endswith("-5.2%")  # no space: a sign


def test_a_signed_rate_after_a_figure_and_a_comma_is_its_change():
    text = "Sample Pharma 2024: core profit excluding one-offs 800 million yuan, +12.4%"
    assert _verdicts(text)[-1][1] == "supported"
    assert _verdicts(text.replace("+12.4%", "+21.4%"))[-1][1] == "contradicted"


def test_a_holder_of_more_than_half_the_company_is_the_largest_holder():
    rows = [("kpi_top_holder_stake", "2025-06-30", "63.02", "%", "value", None, "H2")]
    text = (
        "样例药业 reported its interim results. Its parent, Some Holdings, held 63.02% of the "
        "company at the end of June. A fund held 5.02% of the company."
    )
    got = [(c.claim.printed, c.claim.concept, c.verdict.verdict)
           for c in checked_claims(rows, text, date(2025, 8, 18))]  # fmt: skip
    assert ("63.02%", "kpi_top_holder_stake", "supported") in got
    assert ("5.02%", None, "unverifiable") in got
