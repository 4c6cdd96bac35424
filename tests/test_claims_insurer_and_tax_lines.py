"""An income tax benefit is the tax line below zero said as a size (a benefit of $2.4 billion
where the filer tags -2.4 billion of income tax); a health insurer's costs payable are a balance
of its own, not the period's medical costs (definitions.toml income_tax_benefit, lexicon.toml
medical_costs_payable, us_gaap.toml)."""

from __future__ import annotations

from datetime import date

import pytest

from inline_store import checked_claims

ROWS = [
    ("income_tax", "2024Q2", "-2400000000", "USD", "value", None, "S1"),
    ("medical_costs", "2024Q2", "6100000000", "USD", "value", None, "S1"),
    ("medical_costs_payable", "2024-06-30", "2800000000", "USD", "value", None, "S1"),
]


def verdicts(text):
    claims = checked_claims(ROWS, text, date(2024, 8, 5))
    return [(c.claim.concept, c.claim.printed, c.verdict.verdict) for c in claims]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In the second quarter the company booked a tax benefit of $2.4 billion.",
            [("income_tax_benefit", "$2.4 billion", "supported")],
        ),
        (
            "二季度公司确认了24亿美元的所得税收益。",
            [("income_tax_benefit", "24亿美元", "supported")],
        ),
        (
            "At the end of June, medical costs payable stood at $2.8 billion.",
            [("medical_costs_payable", "$2.8 billion", "supported")],
        ),
        (
            "截至6月末，应付医疗费用为61亿美元。",
            [("medical_costs_payable", "61亿美元", "contradicted")],
        ),
    ],
)
def test_insurer_and_tax_lines(text, want):
    assert verdicts(text) == want
