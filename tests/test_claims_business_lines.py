"""Wording the round-4 lexicon fixer added: an English business line as a sentence's subject
with no metric word (its revenue), the lexicon's English segment names without business/segment
after them, and "products and" that names no segment. Made-up companies and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims

REF = date(2024, 4, 20)


def claims(text, segments=()):
    return [
        (c.concept, c.segment, c.value)
        for c in extract_claims(text, "ACME", REF, segments=segments)
    ]


def test_a_business_line_as_the_subject_is_its_revenue():
    got = claims(
        "In 2023 the property services business, its steadiest unit, generated 81.5 million yuan."
    )
    assert got == [("revenue", "property services", Decimal("81500000.0"))]
    # a lexicon segment name needs no business/segment after it
    got = claims("In 2023 hotel operations fell 12% to 9.1 million yuan.")
    assert [(c, s is not None and s.lower()) for c, s, _v in got] == [("revenue", "hotel")] * 2
    # a sentence on no segment and no metric stays unrecognised
    assert claims("In 2023 it spent 3.2 million yuan.") == [(None, None, Decimal("3200000.0"))]


def test_products_and_is_no_segment_name():
    got = claims("In 2023 phones and related products and services brought in 12 billion yuan.")
    assert all(s is None or not s.lower().endswith(("and", "related")) for _c, s, _v in got)


def test_on_a_diluted_basis_is_diluted_eps():
    got = claims("Its EPS came to 0.82 yuan on a fully diluted basis in 2023, against 0.7 yuan.")
    assert [c for c, _s, _v in got] == ["eps_diluted", "eps_diluted"]
    got = claims("2023年每股收益（摊薄）0.82元。")
    assert [c for c, _s, _v in got] == ["eps_diluted"]


def test_a_change_on_the_quarter_before_said_around_it():
    from caibao.claims.model import CHANGE_QOQ_PCT

    def measures(text):
        return [c.measure for c in extract_claims(text, "ACME", REF)]

    assert measures(
        "In the fourth quarter of 2023 sales were 7% lower than in the third quarter."
    ) == [CHANGE_QOQ_PCT]
    assert measures("Against the previous quarter, 2023 fourth-quarter sales slid 4%.") == [
        CHANGE_QOQ_PCT
    ]


def test_a_signed_rate_after_a_base_or_in_brackets_is_a_change():
    def got(text):
        return [
            (c.concept, str(c.period), c.measure, c.value)
            for c in extract_claims(text, "ACME", REF)
        ]

    assert got("2023年末，总负债88.5亿元，较年初-4.10%。")[1] == (
        "total_liabilities",
        "2023-12-31",
        "change_pct",
        Decimal("-4.10"),
    )
    assert got("2023年归母净利润9亿元（+15.5%）。")[1][2:] == ("change_pct", Decimal("15.5"))
    assert got("In 2023 its net margin was -1.5%.")[0][2] == "value"  # a level, signed


def test_made_up_is_a_share_and_improved_a_change():
    def got(text):
        return [c.measure for c in extract_claims(text, "ACME", REF)]

    assert got(
        "Second-quarter profit of 2 billion yuan in 2023 made up 30% of the annual total."
    ) == [
        "value",
        "share_pct",
    ]
    assert got("In 2023 its net margin improved 2.5% to 11.3%.") == ["change_pct", "value"]


def test_shareholders_counted_at_a_date():
    def got(text):
        return [(c.concept, str(c.period), c.value) for c in extract_claims(text, "ACME", REF)]

    assert got("At 31 December 2023 there were 41,380 shareholders on the register.") == [
        ("kpi_shareholders", "2023-12-31", Decimal("41380"))
    ]
    assert got("截至2023年末，公司股东户数为18,204户。") == [
        ("kpi_shareholders", "2023-12-31", Decimal("18204"))
    ]
    # profit attributable to shareholders stays profit
    assert (
        got("In 2023 profit attributable to shareholders was 3 billion yuan.")[0][0] == "np_parent"
    )


def test_that_was_up_after_a_per_share_aside_is_the_profit():
    got = claims(
        "For 2023 the group posted net profit of 640 million yuan, or 0.52 yuan per diluted share. "
        "That was 9% higher than a year earlier."
    )
    assert [c for c, _s, _v in got] == ["np_parent", "eps_diluted", "np_parent"]


def test_period_expenses_are_the_whole_companys_and_the_liabilities_assets_ratio():
    got = claims(
        "In 2023 the newly bought Acme Herbal business diluted margins, but selling expenses "
        "of 800 million yuan fell to 20.5 percent of revenue."
    )
    assert [(c, s) for c, s, _v in got] == [
        ("selling_expense", None),
        ("selling_expense_ratio", None),
    ]
    got = claims("At end-2023 the liabilities/assets ratio was 70.2%.")
    assert [c for c, _s, _v in got] == ["debt_ratio"]


def test_a_header_naming_a_span_and_a_date_gives_flows_the_span_and_balances_the_date():
    text = (
        "示例公司2024年上半年主要数据（亿元）：\n\n"
        "| 项目 | 2024年上半年/6月末 | 变动 |\n|---|---|---|\n"
        "| 营业收入 | 50.2 | -3.5% |\n| 总资产 | 310.4 | 2.2% |\n"
    )
    got = {
        c.printed: (c.concept, str(c.period))
        for c in extract_claims(text, "ACME", date(2024, 8, 30))
    }
    assert got["50.2"] == ("revenue", "2024H1")
    assert got["-3.5%"] == ("revenue", "2024H1")
    assert got["310.4"] == ("total_assets", "2024-06-30")
