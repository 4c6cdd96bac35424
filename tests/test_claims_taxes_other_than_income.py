"""Taxes other than income taxes (production, severance and property taxes: us-gaap
TaxesOtherThanIncomeExciseProductionAndPropertyTaxes, CAS 税金及附加), as the press names them
(除所得税外的其他税费, taxes other than income): not the income tax (us_gaap.toml, lexicon.toml).
Made up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caibao.sources.sec_fsds import read_fsds
from fsds_archive import fsds_archive
from inline_store import checked_claims

A = "0000000014-09-000014"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "14", "MESA GAS PRODUCERS INC", "10-Q", "20090630", "2009", "Q2", "1231", "20090805"],
]
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "Revenues", "us-gaap/2009", "20090630", "1", "USD", "", "", "861.0000", ""],
    [A, "TaxesOtherThanIncomeExciseProductionAndPropertyTaxes", "us-gaap/2008", "20090630", "1",
     "USD", "", "", "23.4920", ""],
]  # fmt: skip


def test_taxes_other_than_income_are_read(tmp_path):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM})
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("taxes_and_surcharges", "2009Q2")] == Decimal("23.492")


ROWS = [
    ("taxes_and_surcharges", "2024Q2", "23492000", "USD", "value", None, "S1"),
    ("taxes_and_surcharges", "2023Q2", "95345000", "USD", "value", None, "S1"),
    ("income_tax", "2024Q2", "-7000000", "USD", "value", None, "S2"),
    ("income_tax", "2023Q2", "90000000", "USD", "value", None, "S2"),
]


@pytest.mark.parametrize(
    "text",
    [
        "二季度，除所得税外的其他税费同比下降75.4%。",
        "Second-quarter taxes other than income fell 75.4%.",
    ],
)
def test_taxes_other_than_income_are_not_the_income_tax(text):
    claims = checked_claims(ROWS, text, date(2024, 8, 5))
    got = [(c.claim.concept, c.verdict.verdict) for c in claims]
    assert got == [("taxes_and_surcharges", "supported")]
