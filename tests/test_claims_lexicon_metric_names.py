"""Metric names and bare multiples the press writes: which concept a figure is read against.
Made-up companies and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon

REF = date(2024, 8, 20)
LEX = Lexicon({"Acme Foods": "ACME"})


def claims(text: str):
    return [(c.concept, c.measure, c.value) for c in extract_claims(text, "ACME", REF, LEX)]


def test_cash_from_operating_activities_is_the_flow_not_the_balance():
    got = claims("In 2023 cash from operating activities slid 12 percent to $2.3 billion.")
    assert [c[0] for c in got] == ["ocf", "ocf"]


def test_cash_on_the_balance_sheet_is_the_cash():
    got = claims("By the end of 2023 cash on the balance sheet tripled to $900 million.")
    assert [c[0] for c in got] == ["cash", "cash"]
    # the balance sheet alone is still its total
    assert claims("In 2023 the balance sheet grew 8% to $40 billion.")[0][0] == "total_assets"


def test_a_lines_name_without_its_noun():
    assert claims("In 2023 selling and marketing rose 4.1%.") == [
        ("selling_expense", "change_pct", Decimal("4.1"))
    ]
    assert claims("In 2023 sales rose 4.1%.") == [("revenue", "change_pct", Decimal("4.1"))]


def test_shareowners_equity_is_the_parents():
    got = claims("At the end of 2023 total Acme shareowners' equity was $8.4 billion.")
    assert got == [("equity_parent", "value", Decimal("8400000000"))]


def test_a_multiple_without_its_unit_after_a_verb_or_at_a_sentence_end():
    assert claims("At the end of 2023 the current ratio edged up to 1.25.") == [
        ("current_ratio", "value", Decimal("1.25"))
    ]
    assert claims("At the end of 2023 the quick ratio was 0.8, against 0.7 a year before.")[0] == (
        "quick_ratio",
        "value",
        Decimal("0.8"),
    )
    assert claims("2023年末速动比率下降至0.95。") == [("quick_ratio", "value", Decimal("0.95"))]


def test_a_metric_verb_after_another_metrics_name_is_its_change():
    assert claims("In 2023 the operating margin lost 140bp.") == [
        ("operating_margin", "change_pp", Decimal("-1.4"))
    ]
    # alone the verb still names the net loss
    assert claims("Acme Foods lost 900 million yuan in 2023.") == [
        ("np_parent", "value", Decimal("-900000000"))
    ]


def test_cash_received_from_sales_named_after_the_figure():
    got = claims("In 2023 Acme Foods took in 7.4 billion yuan from the sale of goods and services.")
    assert got[0][0] == "cash_from_sales"
    got = claims("In 2023 revenue from sales of goods and services grew 3%.")
    assert got == [("revenue", "change_pct", Decimal("3"))]


def test_a_change_after_a_dividend_given_per_share_is_per_share():
    got = claims(
        "For 2023 Acme Foods paid a dividend of 48 cents a share, versus 40 cents a year before, "
        "an increase of a fifth."
    )
    assert [c[0] for c in got] == ["dividend_per_share"] * 3
    assert got[-1][1:] == ("change_pct", Decimal("20"))


def test_a_halving_after_its_base_is_the_change_since_the_base():
    got = claims("截至2024年6月末，公司存货8.2亿元，较年初腰斩。")
    assert got[-1][:2] == ("inventory", "change_pct") and got[-1][2] == Decimal("-50")
    assert [
        str(c.period)
        for c in extract_claims("2024年上半年公司分红3亿元，较上年同期腰斩。", "ACME", REF, LEX)
    ] == [
        "2024H1",
        "2024H1",
    ]


def test_a_halving_is_about_half_not_a_bound():
    (claim,) = extract_claims("2023年公司净利润近乎腰斩。", "ACME", REF, LEX)
    assert claim.qualifier != "more_than" and claim.precision >= Decimal("5")


def test_a_rate_a_profit_verb_follows_is_the_subjects_rate():
    got = claims("In 2023 return on equity was 3.1%, down from the 14.2% it earned in 2021.")
    assert [c[0] for c in got] == ["roe_weighted", "roe_weighted"]
    # an amount it earned is still the profit
    got = claims("In 2023 revenue was 3 billion yuan, and the 200 million yuan it earned rose 5%.")
    assert got[1][0] == "np_parent"


def test_a_pronoun_carries_the_subject_on_and_an_aside_says_how_a_figure_is_made():
    got = claims(
        "In 2023 operating profit rose 12% to $800 million; in the fourth quarter alone it was up 3.2%."
    )
    assert got[-1] == ("operating_profit", "change_pct", Decimal("3.2"))
    got = claims("In 2023 net margin, worked out from net income and revenue, eased to 8.1%.")
    assert got == [("net_margin", "value", Decimal("8.1"))]


def test_cash_paid_for_acquisitions_goes_with_a_verb_of_spending():
    assert claims("In 2023 acquisitions consumed $640 million of cash.") == [
        ("cash_paid_for_subsidiaries", "value", Decimal("640000000"))
    ]
    assert claims("In 2023 revenue from acquisitions rose 5%.")[0][0] == "revenue"
