"""A change in % of a figure that crossed zero (profit to loss, inflow to outflow) is no
percentage: said in the direction it moved (下降, fell) it misleads; said the other way (增长
of a figure that turned to a loss) it asserts the wrong direction and is contradicted."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

Y = "CNY"
ROWS = [
    ("ocf", "2024FY", "-34000000", Y, "value", None, "C1"),
    ("ocf", "2023FY", "24000000", Y, "value", None, "C1"),
]
SPRING = date(2025, 4, 25)


def _change(text):
    got = checked_claims(ROWS, text, SPRING)
    return [c.verdict.verdict for c in got if c.claim.measure == "change_pct"]


def test_a_rise_said_of_a_figure_that_turned_negative_is_contradicted():
    assert _change("样例药业2024年经营活动现金流量净额同比增长约42%。") == ["contradicted"]


def test_a_fall_said_of_a_figure_that_turned_negative_misleads():
    assert _change("样例药业2024年经营活动现金流量净额同比下降约242%。") == ["misleading"]


def test_an_increase_said_of_the_loss_that_followed_a_profit_only_misleads():
    rows = [
        ("np_parent", "2024FY", "-43000000", Y, "value", None, "P1"),
        ("np_parent", "2023FY", "33000000", Y, "value", None, "P1"),
    ]
    text = "Yangli Pharma posted a 2024 net loss of 43 million yuan, a 230% increase on a year ago."
    got = [c for c in checked_claims(rows, text, SPRING) if c.claim.measure == "change_pct"]
    assert [c.verdict.verdict for c in got] == ["misleading"], got
