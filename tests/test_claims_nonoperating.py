"""A US filer's total non-operating income (expense), below its operating income: named by the
press as non-operating income, its loss a year before said as "against a $4 million loss", and
read from the SEC data sets' NonoperatingGainsLosses. Made-up company and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon
from caibao.sources.sec_fsds import read_fsds
from fsds_archive import fsds_archive

LEX = Lexicon({"Acme Asset": "ACME"})


def test_non_operating_income_and_its_loss_a_year_before():
    text = (
        "In the second quarter of 2009, Acme Asset booked non-operating income of $77 million, "
        "against a $4 million loss a year earlier."
    )
    got = [(c.concept, c.period) for c in extract_claims(text, "ACME", date(2009, 8, 10), LEX)]
    assert got == [("non_operating_income", "2009Q2"), ("non_operating_income", "2008Q2")]


def test_the_data_sets_nonoperating_gains_and_losses_are_non_operating_income(tmp_path):
    a = "0000000034-09-000034"
    sub = [
        ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
        [
            a,
            "34",
            "ACME ASSET MANAGEMENT INC",
            "10-Q",
            "20090630",
            "2009",
            "Q2",
            "1231",
            "20090807",
        ],
    ]
    num = [
        ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
        [a, "NonoperatingGainsLosses", "us-gaap/2008", "20090630", "1", "USD", "", "", "77000000", ""],
        [a, "Assets", "us-gaap/2008", "20090630", "0", "USD", "", "", "900000000", ""],
    ]  # fmt: skip
    pre = [
        ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
        [a, "2", "28", "IS", "0", "X", "NonoperatingGainsLosses", "us-gaap/2008",
         "Total non-operating income (expense)", "0"],
    ]  # fmt: skip
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": sub, "num.txt": num, "pre.txt": pre})
    (reading,) = list(read_fsds(path))
    got = {f.concept: f.value for f in reading.facts}
    assert got["non_operating_income"] == Decimal("77000000")


def test_the_change_named_as_a_noun_goes_on_with_the_figure_before():
    text = (
        "In the second quarter of 2009, Acme Asset booked non-operating income of $77 million, "
        "against a $4 million loss a year earlier. That swing, an improvement of more than "
        "2,000%, flatters the headline."
    )
    got = [(c.concept, c.measure) for c in extract_claims(text, "ACME", date(2009, 8, 10), LEX)]
    assert got[-1] == ("non_operating_income", "change_pct")
