"""Verdicts on shares and ratios of a whole, on small inline stores: a quarter as a share of its
unquoted year, a named ratio of a quarter (not a share of its year), a segment's amount in
percent of the company's, a ratio to a whole said as a quotient, a share of profit in a sentence
about the dividend (the payout ratio); and a per-share figure printed in its currency alone."""

from __future__ import annotations

from datetime import date

import pytest

from caibao.claims.checker import Checker
from inline_store import checked_claims as _checked
from inline_store import inline_store
from inline_store import sample_verdicts as verdicts

CODE = "600998"
Y = "CNY"


@pytest.fixture(scope="module")
def quarters():
    store = inline_store(
        [
            ("revenue", "2024FY", "3431000000", Y, "value", None, "S1"),
            ("revenue", "2024Q1-Q3", "2198000000", Y, "value", None, "S1"),
            ("np_parent", "2024FY", "-4950000000", Y, "value", None, "S2"),
            ("np_parent", "2024Q1-Q3", "-1800000000", Y, "value", None, "S2"),
        ],
        CODE,
        "样例药业",
    )
    yield Checker(store)
    store.close()


def test_a_quarter_as_a_share_of_its_unquoted_year(quarters):
    text = "Yangli's fourth-quarter sales accounted for roughly 36% of the year."
    assert verdicts(quarters, text)[-1][2].verdict == "supported"
    text = "Yangli's fourth-quarter sales accounted for roughly 46% of the year."
    assert verdicts(quarters, text)[-1][2].verdict == "contradicted"
    text = (
        "Yangli's net loss for the fourth quarter came to 3.15 billion yuan, more than "
        "three-fifths of the 4.95 billion yuan lost over the year."
    )
    share = [v for q, _p, v in verdicts(quarters, text) if "three-fifths" in q]
    assert share and share[0].verdict == "supported", share


def test_a_named_ratio_of_a_quarter_is_not_a_share_of_its_year():
    store = inline_store(
        [
            ("sga_expense", "2024Q3", "2870000000", "USD", "value", None, "S3"),
            ("sga_expense", "2023Q3", "3190000000", "USD", "value", None, "S3"),
            ("revenue", "2024Q3", "27400000000", "USD", "value", None, "S3"),
            ("revenue", "2024FY", "99000000000", "USD", "value", None, "S3"),
        ],
        CODE,
        "样例药业",
    )
    try:
        text = (
            "In the third quarter of 2024 Yangli's selling, general and administrative expenses "
            "fell 10% to $2.87 billion, or roughly 10.5% of revenue."
        )
        got = Checker(store).check(text, CODE, date(2024, 11, 25)).claims
        share = [c.verdict for c in got if c.claim.quote.endswith("10.5%")]
        assert share and share[0].verdict == "supported", got
    finally:
        store.close()


def test_a_segments_amount_in_percent_is_its_share_of_the_company():
    store = inline_store(
        [
            ("operating_profit", "2024FY", "1220000000", Y, "value", None, "S3"),
            ("operating_profit", "2024FY", "2280000000", Y, "value", "云服务", "S3"),
        ],
        CODE,
        "样例药业",
    )
    try:
        checker = Checker(store)
        text = "2024年，样例药业云服务业务营业利润22.8亿元，贡献了公司全部营业利润的186%。"
        assert verdicts(checker, text)[-1][2].verdict == "supported"
        text = text.replace("186%", "150%")
        assert verdicts(checker, text)[-1][2].verdict == "contradicted"
    finally:
        store.close()


def test_a_ratio_to_a_whole_said_as_its_quotient():
    rows = [
        ("cash_from_sales", "2024FY", "5040000000", Y, "value", None, "S1"),
        ("revenue", "2024FY", "4800000000", Y, "value", None, "S1"),
    ]
    text = "2024年样例药业销售商品、提供劳务收到的现金50.4亿元，与营业收入之比为105%。"
    got = _checked(rows, text, date(2025, 3, 25))
    assert got[-1].verdict.verdict == "supported", got
    got = _checked(rows, text.replace("105%", "95%"), date(2025, 3, 25))
    assert got[-1].verdict.verdict == "contradicted", got


def test_a_share_of_profit_in_a_sentence_about_the_dividend_is_the_payout_ratio():
    rows = [
        ("np_parent", "2024FY", "3000000000", Y, "value", None, "S1"),
        ("dividend_payout_ratio", "2024FY", "40.5", "%", "value", None, "S4"),
    ]
    text = (
        "Yangli's net profit attributable to shareholders was 3 billion yuan in 2024. The board "
        "proposed a payout of 12.15 yuan per 10 shares, equivalent to 40.5% of net profit."
    )
    got = _checked(rows, text, date(2025, 3, 25))
    assert got[-1].verdict.verdict == "supported", got
    got = _checked(rows, text.replace("40.5%", "45.0%"), date(2025, 3, 25))
    assert got[-1].verdict.verdict == "contradicted", got


def test_a_per_share_figure_printed_in_its_currency_alone_is_per_share():
    rows = [
        ("eps_diluted", "2024FY", "2.35", "USD/share", "value", None, "S1"),
        ("eps_diluted", "2023FY", "2.05", "USD/share", "value", None, "S1"),
    ]
    text = (
        "# Yangli 2024 results\n\n| Metric | 2024 | 2023 |\n|---|---|---|\n"
        "| Diluted EPS | $2.35 | $2.05 |\n"
    )
    got = _checked(rows, text, date(2025, 3, 25))
    eps = [c.verdict.verdict for c in got if c.claim.concept == "eps_diluted"]
    assert eps == ["supported", "supported"], got
    got = _checked(rows, text.replace("2.35", "2.53"), date(2025, 3, 25))
    eps = [c.verdict.verdict for c in got if c.claim.concept == "eps_diluted"]
    assert eps[0] == "contradicted", got
