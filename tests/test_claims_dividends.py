"""Wording the round-6 lexicon fixer added. Made-up companies and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon
from caibao.claims.model import OTHER

REF = date(2024, 8, 20)
LEX = Lexicon({"Acme Foods": "ACME"})


def claims(text: str):
    return [(c.concept, c.measure, c.value) for c in extract_claims(text, "ACME", REF, LEX)]


def test_a_loss_by_its_ledger_colour_and_cash_burned():
    assert claims("Acme Foods posted 2.4 billion yuan of red ink in 2023.") == [
        ("np_parent", "value", Decimal("-2400000000"))
    ]
    assert claims("Acme Foods burnt 780 million yuan in 2023.") == [
        ("ocf", "value", Decimal("-780000000"))
    ]


def test_the_liability_ratio_and_a_line_named_with_commas():
    assert claims("At the end of June its liability ratio stood at 61.2%.") == [
        ("debt_ratio", "value", Decimal("61.2"))
    ]
    got = claims("In 2023 selling, administrative and other costs fell 12% to $4.1 billion.")
    assert [c[0] for c in got] == ["sga_expense", "sga_expense"]
    # a comma before other words still cuts the clause
    got = claims("In 2023 revenue rose 5%, administrative and other costs fell 3%.")
    assert [c[0] for c in got] == ["revenue", None]


def test_in_half_is_a_fall_by_half_but_in_half_of_is_a_part():
    assert claims("Acme Foods cut its inventories almost in half in 2023.") == [
        ("inventory", "change_pct", Decimal("-50"))
    ]
    assert claims("In 2023 revenue grew in half of its markets.") == []


def test_a_share_of_the_years_profit_and_bonus_shares_spelt_out():
    got = claims(
        "The 2023 payout of 800 million yuan is about half of the year's profit, and holders get "
        "a bonus issue of two shares for every 10 they own."
    )
    assert got == [
        ("dividend_cash", "value", Decimal("800000000")),
        ("dividend_payout_ratio", "value", Decimal("50")),
        ("dividend_bonus_shares_per10", "value", Decimal("2")),
    ]
    # the first half of the year is still no share
    assert claims("In the first half of the year revenue rose 4%.") == [
        ("revenue", "change_pct", Decimal("4"))
    ]


def test_a_loss_wider_or_narrower_than_before_is_a_change():
    got = claims("Acme Foods lost 3 billion yuan in 2023, a deficit 15% wider than in 2022.")
    assert ("np_parent", "change_pct", Decimal("15")) in got
    got = claims("Acme Foods lost 3 billion yuan in 2023, a deficit 15% narrower than in 2022.")
    assert ("np_parent", "change_pct", Decimal("-15")) in got


def test_a_yuan_distribution_plan_with_fourth_quarter_results_is_the_years():
    text = (
        "In the fourth quarter profit rose 7% to 1 billion yuan. Directors recommend a payout of "
        "6 yuan per 10 shares and a bonus issue of four shares for every 10 held."
    )
    got = [(c.concept, c.period) for c in extract_claims(text, "ACME", date(2024, 3, 20), LEX)]
    assert got[-2:] == [("dividend_per_share", "2023FY"), ("dividend_bonus_shares_per10", "2023FY")]
    # a dollar quarterly dividend stays the quarter's
    text = "In the fourth quarter Acme Foods declared a quarterly dividend of $0.25 per share."
    got = [(c.concept, c.period) for c in extract_claims(text, "ACME", date(2024, 3, 20), LEX)]
    assert got == [("dividend_per_share", "2023Q4")]


def test_a_figure_then_its_share_of_another_is_their_ratio():
    got = claims(
        "2023年归母净利润8亿元，占营业收入的12.5%；年度合计每10股派现4.80元，占归母净利润的三成。"
    )
    assert [(c[0], c[2]) for c in got] == [
        ("np_parent", Decimal("800000000")),
        ("net_margin", Decimal("12.5")),
        ("dividend_per_share_year", Decimal("0.48")),
        ("dividend_payout_ratio", Decimal("30")),
    ]


def test_a_base_named_by_the_report_that_printed_it_keeps_the_metric():
    got = claims("2023年稀释每股收益为1.15元，较2022年年度报告中披露的1.40元下降17.9%。")
    assert [c[0] for c in got] == ["eps_diluted"] * 3


def test_a_named_index_is_not_the_company():
    text = "Acme Foods shares rose 2% on Monday; the Bovespa Small Cap Index fell 1.1%."
    got = extract_claims(text, "ACME", REF, LEX)
    assert [c.subject for c in got if c.quote.endswith("1.1%")] == [OTHER]
