"""A filer's own pre-tax line printed "before taxes and minority interest" (no "income" before
its taxes) is its pre-tax income, as the same label with "income taxes" is."""

from __future__ import annotations

import pytest

from caibao.sources.us_gaap import label_key, mapping


@pytest.mark.parametrize(
    "label",
    [
        "INCOME FROM CONTINUING OPERATIONS BEFORE TAXES AND MINORITY INTEREST",
        "Income before taxes and minority interests",
    ],
)
def test_pretax_line_before_taxes_and_minority_interest(label):
    assert mapping().label_fallbacks[("IS", label_key(label))] == "total_profit"
