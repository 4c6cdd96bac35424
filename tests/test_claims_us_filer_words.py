"""Words for the US filers' lines the store reads: a lender's provision for loan or credit losses
(its credit impairment loss), dividends per share and the common dividends paid in Chinese."""

from __future__ import annotations

from datetime import date

import pytest

from caibao.claims.extract import extract_claims

REF = date(2025, 3, 1)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Ginwa's provision for credit losses rose to $1.2 billion in 2024.",
         "credit_impairment_loss"),
        ("In 2024, loan-loss provisions at Ginwa climbed to $800 million.",
         "credit_impairment_loss"),
        ("金花股份2024年每股股息0.30美元。", "dividend_per_share"),
        ("金花股份2024年支付普通股股息12.5亿美元。", "kpi_dividends_paid"),
        ("In 2024 Ginwa's taxes on income came to $310 million.", "income_tax"),
        ("In 2024 Ginwa's research and engineering expenses were $95 million.", "rd_expense"),
    ],
)  # fmt: skip
def test_us_filer_line_words(text, concept):
    got = extract_claims(text, "600080", REF)
    assert [c.concept for c in got] == [concept], text
