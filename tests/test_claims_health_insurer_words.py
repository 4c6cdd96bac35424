"""A health insurer's own words for its lines: its "benefit expense" and 医疗理赔支出 are its
medical costs, the "benefit expense ratio" its medical cost ratio, write-downs on securities its
impairments of securities, money spent "repurchasing shares" its buybacks; its "Premiums and fees"
(保费及服务费收入) one line of its own and its "Total benefits and expenses" (总福利及费用支出) its total
costs (lexicon.toml, us_gaap.toml, accounts.toml)."""

from __future__ import annotations

from datetime import date

import pytest

from caibao.concepts import accounts
from caibao.sources.us_gaap import mapping
from inline_store import checked_claims

ROWS = [
    ("medical_costs", "2024Q2", "5200000000", "USD", "value", None, "S1"),
    ("medical_costs", "2023Q2", "5000000000", "USD", "value", None, "S1"),
    ("premiums_earned", "2024Q2", "6400000000", "USD", "value", None, "S1"),
    ("securities_impairments", "2024Q2", "38000000", "USD", "value", None, "S1"),
    ("kpi_share_repurchases", "2024H1", "640000000", "USD", "value", None, "S1"),
]


def verdicts(text):
    claims = checked_claims(ROWS, text, date(2024, 8, 5))
    return [(c.claim.concept, c.claim.printed, c.verdict.verdict) for c in claims]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In the second quarter, benefit expense rose 4 percent to $5.2 billion.",
            [
                ("medical_costs", "4 percent", "supported"),
                ("medical_costs", "$5.2 billion", "supported"),
            ],
        ),
        (
            "二季度，公司医疗理赔支出为52亿美元。",
            [("medical_costs", "52亿美元", "supported")],
        ),
        (
            "In the second quarter the benefit expense ratio was 81.3 percent.",
            [("medical_cost_ratio", "81.3 percent", "supported")],
        ),
        (
            "In the second quarter the insurer took $38 million in write-downs on securities.",
            [("securities_impairments", "$38 million", "supported")],
        ),
        (
            "In the first half the insurer spent $640 million repurchasing shares.",
            [("kpi_share_repurchases", "$640 million", "supported")],
        ),
    ],
)
def test_health_insurer_words(text, want):
    assert verdicts(text) == want


def test_insurer_totals_are_mapped():
    rules = mapping().rules
    assert "us-gaap:PremiumsEarnedNetFeesAndCommissions" in rules["premiums_and_fees"].elements
    assert "us-gaap:BenefitsLossesAndExpenses" in rules["total_operating_costs"].elements
    assert "premiums_and_fees" in accounts()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "二季度，公司保费及服务费收入为61亿美元，总福利及费用支出为58亿美元。",
            [
                ("premiums_and_fees", "61亿美元", "supported"),
                ("total_operating_costs", "58亿美元", "supported"),
            ],
        ),
        (
            "Premiums and fees were $6.1 billion in the second quarter, and total benefits and "
            "expenses came to $5.8 billion.",
            [
                ("premiums_and_fees", "$6.1 billion", "supported"),
                ("total_operating_costs", "$5.8 billion", "supported"),
            ],
        ),
    ],
)
def test_insurer_totals(text, want):
    rows = [
        ("premiums_and_fees", "2024Q2", "6100000000", "USD", "value", None, "S1"),
        ("total_operating_costs", "2024Q2", "5800000000", "USD", "value", None, "S1"),
    ]
    claims = checked_claims(rows, text, date(2024, 8, 5))
    assert [(c.claim.concept, c.claim.printed, c.verdict.verdict) for c in claims] == want


def test_impairment_charges_of_a_holder_of_securities():
    # an insurer that prints no impairment of its own assets: its impairment charges are its
    # securities' (verify.toml stand_in)
    rows = [
        ("securities_impairments", "2024H1", "380000000", "USD", "value", None, "S1"),
        ("securities_impairments", "2023H1", "190000000", "USD", "value", None, "S1"),
    ]
    text = "Impairment charges for the first half doubled to $380 million."
    claims = checked_claims(rows, text, date(2024, 8, 5))
    assert [c.verdict.verdict for c in claims] == ["supported", "supported"]
