"""Round-5 verification cases (claims.verify, wholes, multiples; metrics bases) on small inline
stores: English "-fold" multiplies the level; a balance of a fiscal year not ending in December
is compared with that year's start."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.checker import Checker
from caibao.metrics import Metrics
from caibao.model import CHANGE_PCT
from inline_store import inline_store

CODE = "600998"
Y = "CNY"


def _checked(rows, text, day):
    store = inline_store(rows, CODE, "样例药业")
    try:
        return Checker(store).check(text, CODE, day).claims
    finally:
        store.close()


def test_an_english_fold_multiplies_the_level():
    rows = [
        ("cash", "2024-12-31", "6000000000", Y, "value", None, "S2"),
        ("cash", "2023-12-31", "1000000000", Y, "value", None, "S2"),
    ]
    text = "Yangli's cash holdings swelled sixfold in 2024 to 6.0 billion yuan."
    got = _checked(rows, text, date(2025, 3, 25))
    fold = [c.verdict.verdict for c in got if c.claim.quote.endswith("sixfold")]
    assert fold == ["supported"], got
    # read as the increase only (five times more) it holds one way: misleading, not supported
    got = _checked(rows, text.replace("sixfold", "fivefold"), date(2025, 3, 25))
    fold = [c.verdict.verdict for c in got if c.claim.quote.endswith("fivefold")]
    assert fold == ["misleading"], got


def test_a_balance_is_compared_with_the_start_of_a_fiscal_year_ending_in_another_month():
    # a retailer's quarterly balance sheet dated 31 October prints the year-end of 31 January
    store = inline_store(
        [
            ("total_assets", "2009-10-31", "53500000000", "USD", "value", None, "S1"),
            ("total_assets", "2009-01-31", "50000000000", "USD", "value", None, "S1"),
            ("inventory", "2009-10-31", "1100", "USD", "value", None, "S1"),
            ("inventory", "2008-12-31", "1000", "USD", "value", None, "S1"),
            ("inventory", "2009-01-31", "900", "USD", "value", None, "S1"),
        ],
        CODE,
        "样例药业",
    )
    try:
        m = Metrics(store, CODE)
        growth = m.value("total_assets", "2009-10-31", measure=CHANGE_PCT)
        assert growth.value == Decimal(7) and "2009-01-31" in growth.formula
        # 31 December, where the store has it, stays the first base
        assert "2008-12-31" in m.value("inventory", "2009-10-31", measure=CHANGE_PCT).formula
    finally:
        store.close()
