"""An insurer's revenue lines and claims as US filers tag them and the press names them: net
investment income (a life insurer's NetInvestmentIncome, a property insurer's interest and
dividends, InterestAndDividendIncomeOperating), realized investment gains or losses, net (a loss
negative), a life insurer's policy fees, a property insurer's losses and loss adjustment expenses
(its benefits and claims, the numerator of its loss ratio) and the AOCI balance (us_gaap.toml,
accounts.toml, lexicon.toml). Made up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caibao.sources.sec_fsds import read_fsds
from fsds_archive import fsds_archive
from inline_store import checked_claims

A = "0000000012-09-000012"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "12", "HARBORVIEW MUTUAL INC", "10-Q", "20090630", "2009", "Q2", "1231", "20090805"],
]


def _num(tag, value):
    return [A, tag, "us-gaap/2009", "20090630", "1", "USD", "", "", value, ""]


NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    _num("Revenues", "5000.0000"),
    _num("NetInvestmentIncome", "900.0000"),
    _num("RealizedInvestmentGainsLosses", "-44.6000"),
    _num("UniversalLifeAndInvestmentTypeProductPolicyFees", "120.0000"),
    _num("IncurredClaimsPropertyCasualtyAndLiability", "2460.0000"),
]


def test_an_insurers_lines_are_read(tmp_path):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM})
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("investment_income", "2009Q2")] == Decimal("900.00")
    assert got[("realized_investment_gains", "2009Q2")] == Decimal("-44.60")
    assert got[("policy_fees", "2009Q2")] == Decimal("120.00")
    assert got[("medical_costs", "2009Q2")] == Decimal("2460.00")


ROWS = [
    ("investment_income", "2024Q2", "122100000", "USD", "value", None, "S1"),
    ("realized_investment_gains", "2024Q2", "15900000", "USD", "value", None, "S2"),
    ("realized_investment_gains", "2023Q2", "-44600000", "USD", "value", None, "S3"),
    ("medical_costs", "2024Q2", "2462600000", "USD", "value", None, "S4"),
    ("premiums_earned", "2024Q2", "3441400000", "USD", "value", None, "S5"),
    ("policy_fees", "2024Q2", "1216000000", "USD", "value", None, "S6"),
    ("accumulated_oci", "2024-06-30", "-202000000", "USD", "value", None, "S7"),
]


def verdicts(text):
    claims = checked_claims(ROWS, text, date(2024, 8, 5))
    return [(c.claim.concept, c.claim.value, c.verdict.verdict) for c in claims]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In the second quarter, investment income was $122.1 million.",
            [("investment_income", Decimal("122100000.0"), "supported")],
        ),
        (
            "The insurer booked net realized gains on securities of $15.9 million in the second "
            "quarter. A year earlier it posted net realized losses of $44.6 million.",
            [
                ("realized_investment_gains", Decimal("15900000.0"), "supported"),
                ("realized_investment_gains", Decimal("-44600000.0"), "supported"),
            ],
        ),
        (
            "Second-quarter losses and loss adjustment expenses came to $2.46 billion.",
            [("medical_costs", Decimal("2460000000.00"), "supported")],
        ),
        (
            "二季度损失及损失费用24.63亿美元。",
            [("medical_costs", Decimal("2463000000.00"), "supported")],
        ),
        (
            "二季度已实现投资净收益1590万美元。",
            [("realized_investment_gains", Decimal("15900000"), "supported")],
        ),
        (
            "Second-quarter policy fees were $1.22 billion.",
            [("policy_fees", Decimal("1220000000.00"), "supported")],
        ),
        (
            "截至6月30日，累计其他综合亏损为2.02亿美元。",
            [("accumulated_oci", Decimal("-202000000.00"), "supported")],
        ),
    ],
)
def test_insurer_lines(text, want):
    assert verdicts(text) == want


def _extracted(text: str, day: date = date(2009, 8, 5)):
    from caibao.claims.extract import extract_claims

    return [(c.concept, c.period, c.measure, c.value) for c in extract_claims(text, "600080", day)]


def test_a_gloss_listing_parts_names_no_metric():
    # 投资收入（利息及股息）: the brackets list what the income is made of, not the dividends
    got = _extracted("二季度投资收入（利息及股息）4.08亿美元，同比下降6.8%。")
    assert [c[:3] for c in got] == [
        ("investment_income", "2009Q2", "value"),
        ("investment_income", "2009Q2", "change_pct"),
    ]
    # (one line's whole name in brackets is still the line it is)
    got = _extracted("二季度运营成本（销售、一般及管理费用）为30.37亿美元。")
    assert [c[0] for c in got] == ["sga_expense"]


def test_a_net_loss_in_chinese_is_negative():
    got = _extracted("二季度已实现投资净收益2700万美元，上年同期为净损失7600万美元。")
    assert [(c[1], c[3]) for c in got] == [
        ("2009Q2", Decimal("27000000")),
        ("2008Q2", Decimal("-76000000")),
    ]


def test_premiums_and_premiums_written():
    got = _extracted("Net premiums written grew 4% in June. Premiums were $6.58 billion.")
    assert [c[0] for c in got] == ["kpi_premiums_written", "premiums_earned"]


def test_other_net_investment_losses_are_their_own_line():
    got = _extracted("Other net investment losses came to $3.50bn in the second quarter.")
    assert [(c[0], c[3]) for c in got] == [("other_investment_gains", Decimal("-3500000000.00"))]


def test_a_bracketed_change_in_a_table_is_negative():
    text = (
        "Selected 2Q09 income statement items (US$ m)\n"
        "| Line item | 2Q09 | 2Q08 | y/y |\n"
        "| Net investment income | 3,731 | 4,319 | (13.6%) |\n"
    )
    got = _extracted(text)
    assert got[-1] == ("investment_income", "2009Q2", "change_pct", Decimal("-13.6"))


def test_the_period_after_a_compared_figure_and_its_per_share_apposition():
    # versus net income of $946m, or $1.26, in 2Q08: 2Q08 is the compared figures' period, not
    # the one discussed (the change after it and the quarter before are 2009's)
    got = _extracted(
        "Net loss was $1.40bn in 2Q09, or $(1.74) per diluted share, versus net income of "
        "$946m, or $1.26, in 2Q08 — a 248% decline. The loss widened from $544m in 1Q09."
    )
    assert [(c[1], c[2]) for c in got] == [
        ("2009Q2", "value"),
        ("2009Q2", "value"),
        ("2008Q2", "value"),
        ("2008Q2", "value"),
        ("2009Q2", "change_pct"),
        ("2009Q1", "value"),
    ]


def test_a_dividend_paid_is_the_cash_flow_line():
    rows = [("kpi_dividends_paid", "2023H1", "98300000", "USD", "value", None, "S1")]
    claims = checked_claims(
        rows,
        "The insurer paid no dividend in the period after paying out $98.3 million in the "
        "first half of 2023.",
        date(2024, 8, 5),
    )
    assert [c.verdict.verdict for c in claims] == ["supported"]


def test_a_ratio_to_premiums_its_year_before_level_and_its_improvement():
    # 71.6% of earned premiums, compared with 72.4% …, an improvement of 0.9%: the loss ratio's
    # level a year before and its change (a fall: lower is better), not the premiums'
    got = _extracted(
        "Losses and loss adjustment expenses came to $2.46 billion in the second quarter, equal "
        "to 71.6% of earned premiums, compared with 72.4% in the year-earlier quarter, an "
        "improvement of 0.9%."
    )
    assert got[1:] == [
        ("medical_cost_ratio", "2009Q2", "value", Decimal("71.6")),
        ("medical_cost_ratio", "2008Q2", "value", Decimal("72.4")),
        ("medical_cost_ratio", "2009Q2", "change_pct", Decimal("-0.9")),
    ]


def test_impairments_of_securities():
    # OTTI gross, the part moved to other comprehensive income, the net charged to earnings
    got = _extracted(
        "OTTI on fixed maturities was $566m gross in the second quarter, of which $234m was "
        "moved to OCI. The bank took $13 million of impairment charges on securities in the "
        "quarter."
    )
    assert [(c[0], c[3]) for c in got] == [
        ("securities_impairments_gross", Decimal("566000000")),
        ("securities_impairments_in_oci", Decimal("234000000")),
        ("securities_impairments", Decimal("13000000")),
    ]


def test_impairments_moved_to_oci_by_a_filers_own_line(tmp_path):
    own = (
        "OtherThanTemporaryImpairmentsOnFixedMaturitySecuritiesTransferredToOtherComprehensiveLoss"
    )
    num = [*NUM, [A, own, A, "20090630", "1", "USD", "", "", "234.0000", ""]]
    pre = [
        ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
        [A, "4", "1", "IS", "0", "H", "Revenues", "us-gaap/2009", "Total revenues", "0"],
        [A, "4", "2", "IS", "0", "H", own, A, "Other-than-temporary impairments on fixed maturity "
         "securities transferred to other comprehensive loss", "0"],
    ]  # fmt: skip
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": num, "pre.txt": pre})
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("securities_impairments_in_oci", "2009Q2")] == Decimal("234.00")


def test_a_multiple_of_a_figure_compared_after_it():
    # more than quadruple the $12.4 million recorded in the first six months of 2008: the base
    # figure is the same metric's (a loss, negative), its period is the base's, the multiple's
    # the half discussed
    got = _extracted(
        "For the first half, net realized losses on securities totaled $75.5 million, more than "
        "quadruple the $12.4 million recorded in the first six months of 2008."
    )
    assert got == [
        ("realized_investment_gains", "2009H1", "value", Decimal("-75500000.0")),
        ("realized_investment_gains", "2009H1", "times", Decimal("4")),
        ("realized_investment_gains", "2008H1", "value", Decimal("-12400000.0")),
    ]
    got = _extracted(
        "For the first half, revenue totaled $75.5 million, four times the $12.4 million in the "
        "first six months of 2008."
    )
    assert [(c[0], c[1]) for c in got] == [
        ("revenue", "2009H1"),
        ("revenue", "2009H1"),
        ("revenue", "2008H1"),
    ]


def test_equity_said_per_share_is_book_value_per_share():
    for text in (
        "At June 30, shareholders' equity was $4.93 billion, or $7.24 a share.",
        "At June 30, shareholders' equity was $4.93 billion, or $7.24 for each of the 680 "
        "million common shares outstanding.",
    ):
        got = _extracted(text)
        assert got[1][:2] == ("bps", "2009-06-30"), text
