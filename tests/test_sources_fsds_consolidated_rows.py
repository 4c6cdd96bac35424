"""Which rows of the SEC data sets are the consolidated company's: a comparative given only as
restated, and a combined filing's parent. Made-up company and figures."""

from __future__ import annotations

from decimal import Decimal

from caibao.sources.sec_fsds import read_fsds
from fsds_archive import fsds_archive
from test_claims_printed_lines import NUM_HEAD, SUB, A, _num


def test_a_comparative_given_only_as_restated_is_the_printed_one(tmp_path):
    num = [
        NUM_HEAD,
        _num("Revenues", "20090630", "1", "2000000000"),
        [A, "Revenues", "us-gaap/2008", "20080630", "1", "USD",
         "Scenario=AdjustedNewAccountingTreatment;", "", "1900000000", ""],
        [A, "Revenues", "us-gaap/2008", "20090630", "1", "USD",
         "Scenario=AdjustedNewAccountingTreatment;", "", "1", ""],
        [A, "Revenues", "us-gaap/2008", "20080630", "1", "USD", "BusinessSegments=Retail;", "",
         "500000000", ""],
    ]  # fmt: skip
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": num})
    (reading,) = list(read_fsds(path))
    got = {f.period: f.value for f in reading.facts if f.concept == "revenue" and not f.segment}
    # the plain figure wins where there is one; a business segment is never the company's
    assert got == {"2009Q2": Decimal("2000000000"), "2008Q2": Decimal("1900000000")}


def test_a_combined_filing_whose_every_figure_names_a_co_registrant(tmp_path):
    # (the parent's rows are the registrant's own; a subsidiary's never are)
    num = [  # fmt: skip
        NUM_HEAD,
        [
            A,
            "Revenues",
            "us-gaap/2008",
            "20090630",
            "1",
            "USD",
            "LegalEntity=ParentCompany;",
            "ParentCompany",
            "2000",
            "",
        ],
        [A, "Revenues", "us-gaap/2008", "20090630", "1", "USD", "", "GasUtility", "900", ""],
    ]
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": num})
    (reading,) = list(read_fsds(path))
    assert [f.value for f in reading.facts if f.concept == "revenue"] == [Decimal("2000")]
