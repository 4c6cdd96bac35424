"""A prior-year value implied by the next year's value and its printed growth (verify.py
``_implied_from_next``) is a second source only where it differs from the printed value: worked
out on the same figure, it implies that figure again, and a claim off by a rounding step from it
stays contradicted."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

Y = "CNY"


def _rows(growth_2024):
    return [
        ("total_assets", "2023-12-31", "1504850172100", Y, "value", None, "B1"),
        ("total_assets", "2022-12-31", "1757124444200", Y, "value", None, "B1"),
        ("total_assets", "2024-12-31", "1286259859800", Y, "value", None, "B1"),
        ("total_assets", "2024-12-31", growth_2024, "%", "change_pct", None, "M1"),
    ]


def _verdicts(rows):
    text = "样例药业2023年末总资产为1.51万亿元。"
    claims = checked_claims(rows, text, date(2024, 3, 29))
    return [c.verdict.verdict for c in claims if c.claim.measure == "value"]


def test_growth_on_the_same_figure_is_no_second_source():
    # 1,286.26 / (1 - 14.526%) = 1,504.85bn: the printed 1.50tn again
    assert _verdicts(_rows("-14.526")) == ["contradicted"]


def test_growth_on_a_restated_figure_is_a_second_source():
    # 1,286.26 / (1 - 15%) = 1,513.25bn: a restated base the claim's 1.51tn fits
    assert _verdicts(_rows("-15.0")) == ["sources_disagree"]
