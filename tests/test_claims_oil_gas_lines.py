"""An oil and gas producer's own lines, as a broker note names them: lease operating expenses
(us-gaap LeaseOperatingExpense, not the total operating expenses) and a full-cost ceiling-test
write-down, "reduction of carrying value" (us-gaap ImpairmentOfOilAndGasProperties), an asset
impairment (lexicon.toml, us_gaap.toml, accounts.toml)."""

from __future__ import annotations

from datetime import date

import pytest

from caibao.claims.lexicon import Lexicon
from caibao.concepts import accounts
from caibao.sources.us_gaap import mapping
from inline_store import checked_claims


@pytest.fixture(scope="module")
def lexicon():
    return Lexicon()


@pytest.mark.parametrize(
    ("sentence", "concept"),
    [
        ("Lease operating expenses fell 5.0% to $510mm", "lease_operating_expense"),
        (
            "including the $6.52bn reduction of carrying value of oil and gas properties",
            "asset_impairment_loss",
        ),
    ],
)
def test_words_name_the_lines(lexicon, sentence, concept):
    found = [lexicon.metric_words[m.group().lower()] for m in lexicon.metrics_re.finditer(sentence)]
    assert found and max(found, key=lambda w: len(w.text)).concept == concept


def test_the_lines_are_mapped():
    chart, rules = accounts(), mapping().rules
    assert "lease_operating_expense" in chart
    assert "us-gaap:LeaseOperatingExpense" in rules["lease_operating_expense"].elements
    assert "us-gaap:ImpairmentOfOilAndGasProperties" in rules["asset_impairment_loss"].elements


ROWS = [
    ("lease_operating_expense", "2024Q2", "510000000", "USD", "value", None, "S1"),
    ("lease_operating_expense", "2023Q2", "537000000", "USD", "value", None, "S1"),
    ("operating_expenses", "2024Q2", "1900000000", "USD", "value", None, "S1"),
]


def test_lease_operating_expenses_checked():
    claims = checked_claims(
        ROWS,
        "In the second quarter of 2024 lease operating expenses fell 5.0% to $510 million.",
        date(2024, 8, 5),
    )
    got = [(c.claim.concept, c.verdict.verdict) for c in claims]
    assert got == [("lease_operating_expense", "supported")] * 2


# A filer that prints its current debt as one line (DebtCurrent): total debt is it and the
# long-term debt; debt-to-capitalization is that over debt plus equity (metrics total_debt,
# debt_to_capital), both balances at a date
DEBT_ROWS = [
    ("debt_current", "2024-06-30", "1508000000", "USD", "value", None, "S1"),
    ("long_term_debt", "2024-06-30", "5849000000", "USD", "value", None, "S1"),
    ("total_equity", "2024-06-30", "13682000000", "USD", "value", None, "S1"),
]


def test_total_debt_and_debt_to_capitalization():
    claims = checked_claims(
        DEBT_ROWS,
        "Total debt stood at $7.36bn on June 30, 2024, and debt-to-capitalization was 35%.",
        date(2024, 8, 5),
    )
    got = [(c.claim.concept, c.claim.period, c.verdict.verdict) for c in claims]
    assert got == [
        ("total_debt", "2024-06-30", "supported"),
        ("debt_to_capital", "2024-06-30", "supported"),
    ]


def test_no_total_debt_from_borrowings_alone():
    rows = [
        ("short_term_borrowings", "2024-06-30", "100000000", "USD", "value", None, "S1"),
        ("long_term_debt", "2024-06-30", "5849000000", "USD", "value", None, "S1"),
    ]
    claims = checked_claims(rows, "Total debt stood at $5.95bn on June 30, 2024.", date(2024, 8, 5))
    assert [c.verdict.verdict for c in claims] == ["unverifiable"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("production at 664 MBoe/d", "664"), ("2.1 million boe/d", "2100000"), ("3.2 Bcf/d", "3.2")],
)
def test_daily_volumes_are_counted(text, value):
    # (an operating figure: counted, its M a thousand that is part of the unit, not a scale)
    from decimal import Decimal

    from caibao.numbers import find_amounts

    got = [(a.value, a.unit) for *_, a in find_amounts(text)]
    assert got == [(Decimal(value), "count")]
