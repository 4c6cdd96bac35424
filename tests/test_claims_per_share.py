"""Figures per share in the press: cents are dollars, diluted EPS said "on a diluted basis" or
"per diluted share", a loss per share, the year before's figure per share said like this year's,
and a change said after a per-share aside that is the profit's. Made-up companies and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.numbers import find_amounts
from claim_periods import concept_measure_value as _got
from claim_periods import concept_segment_value as claims

REF = date(2024, 4, 20)


def test_cents_are_dollars():
    got = [(a.value, a.unit) for _x, _y, a in find_amounts("earned 37 cents a share", "USD")]
    assert got == [(Decimal("0.37"), "USD")]
    got = [a.value for _x, _y, a in find_amounts("its 12.5-cent quarterly dividend", "USD")]
    assert got == [Decimal("0.125")]
    assert [a.unit for _x, _y, a in find_amounts("up 4 per cent", "USD")] == ["%"]


def test_on_a_diluted_basis_is_diluted_eps():
    got = claims("Its EPS came to 0.82 yuan on a fully diluted basis in 2023, against 0.7 yuan.")
    assert [c for c, _s, _v in got] == ["eps_diluted", "eps_diluted"]
    got = claims("2023年每股收益（摊薄）0.82元。")
    assert [c for c, _s, _v in got] == ["eps_diluted"]


def test_that_was_up_after_a_per_share_aside_is_the_profit():
    got = claims(
        "For 2023 the group posted net profit of 640 million yuan, or 0.52 yuan per diluted share. "
        "That was 9% higher than a year earlier."
    )
    assert [c for c, _s, _v in got] == ["np_parent", "eps_diluted", "np_parent"]


def test_english_line_items_and_per_share_wording():
    got = _got("In 2023 earnings from operations rose 8% and G&A expenses fell 3%.")
    assert [c for c, _m, _v in got] == ["operating_profit", "admin_expense"]
    got = _got("Net income excluding nonrecurring items rose 15% to 3.1 billion yuan in 2023.")
    assert {c for c, _m, _v in got} == {"np_parent_recurring"}
    got = _got("In 2023 same-store sales rose 4.8 percent.")
    assert [c for c, _m, _v in got] == ["kpi_comparable_sales"]
    got = _got("The loss per share was 0.31 yuan in 2023.")
    assert got[0][0] == "eps_basic" and got[0][2] < 0
    got = _got("Acme said 2023 profit fell to 45 cents a share on a diluted basis.")
    assert [c for c, _m, _v in got] == ["eps_diluted"]
    # a change said of the figure per share after it is the EPS's change
    got = _got("For 2023, diluted earnings were unchanged at $1.35 a share.")
    assert [(c, m) for c, m, _v in got] == [("eps_diluted", "change_pct"), ("eps_diluted", "value")]
    got = _got("Acme's 2023 profit rose 5% to 42 cents a share.")
    assert [c for c, _m, _v in got] == ["eps_basic", "eps_basic"]


def test_the_year_before_per_share_said_like_this_years():
    got = extract_claims(
        "In the 2023 fourth quarter profit fell to 41 cents a share on a diluted basis from $0.52 "
        "a year earlier. Net income was $2.3 billion, or 55 cents a share, down 4% from "
        "$2.4 billion, or 58 cents.",
        "ACME",
        REF,
    )
    assert [(c.concept, c.value) for c in got if c.unit == "USD/share"] == [
        ("eps_diluted", Decimal("0.41")),
        ("eps_diluted", Decimal("0.52")),
        ("eps_basic", Decimal("0.55")),
        ("eps_basic", Decimal("0.58")),
    ]


def test_per_share_said_before_the_profit_word_is_eps():
    # the press's inverted order: "per-share earnings", "per-share profit"
    got = _got("In 2023 Acme's per-share profit slipped 2% to 88 cents on a diluted basis.")
    assert [c for c, _m, _v in got] == ["eps_diluted", "eps_diluted"]
    got = _got("Per share earnings came to $3.05 in 2023.")
    assert [(c, v) for c, _m, v in got] == [("eps_basic", Decimal("3.05"))]


def test_a_change_from_a_sum_in_millions_is_the_profits_not_the_per_share_figures():
    got = claims(
        "For the first half of 2023, the company earned $423 million, or $0.36 per diluted "
        "share, down 29.5% from $600 million."
    )
    assert [c for c, _s, _v in got] == ["np_parent", "eps_diluted", "np_parent", "np_parent"]


def test_a_sentence_said_on_a_per_share_basis_is_eps():
    got = claims("On a per-share basis the half was a loss of $3.92, against earnings of $7.32.")
    assert [c for c, _s, _v in got] == ["eps_basic", "eps_basic"]


def test_the_profit_attributable_to_common_stock_named_after_its_figure():
    got = claims(
        "Acme returned to profit in 2023, earning $443.3 million attributable to common stock, "
        "or $1.31 per diluted share. Net income attributable to common shareholders was $1.3 "
        "billion."
    )
    assert [c for c, _s, _v in got] == ["np_common", "eps_diluted", "np_common"]


def test_a_metric_after_vs_names_the_compared_figure():
    got = claims("In 2023:\n- Diluted loss per share: $1.11 vs. earnings of $2.69")
    assert got[0][0] == "eps_diluted" and got[0][2] == Decimal("-1.11")


def test_that_works_out_to_a_figure_a_share_is_the_profit_before_per_share():
    got = claims("In 2023 net income reached $4.04 billion. That works out to $4.47 a share.")
    assert got[-1] == ("eps_basic", None, Decimal("4.47"))
