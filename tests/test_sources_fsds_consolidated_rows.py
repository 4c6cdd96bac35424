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


def test_a_parent_filing_with_business_segment_rows_is_still_the_parents(tmp_path):
    # (the only rows without a co-registrant are the groups': they do not make the parent's rows
    # a subsidiary's)
    parent = ["LegalEntity=ParentCompany;", "ParentCompany"]
    num = [
        NUM_HEAD,
        [A, "Revenues", "us-gaap/2008", "20090630", "1", "USD", *parent, "2610", ""],
        [A, "Revenues", "us-gaap/2008", "20090630", "1", "USD",
         "BusinessSegments=SegmentManufacturingGroup;", "", "2530", ""],
    ]  # fmt: skip
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": num})
    (reading,) = list(read_fsds(path))
    got = [f.value for f in reading.facts if f.concept == "revenue" and not f.segment]
    assert got == [Decimal("2610")]


def test_credit_balances_filed_negative_are_read_with_their_sign_turned(tmp_path):
    # (a balance sheet whose liabilities and equity total is the negative of its assets)
    num = [
        NUM_HEAD,
        _num("Assets", "20090630", "0", "36485"),
        _num("LiabilitiesAndStockholdersEquity", "20090630", "0", "-36485"),
        _num("StockholdersEquity", "20090630", "0", "-8766"),
        _num("LongTermDebtNoncurrent", "20090630", "0", "-10184"),
        _num("Assets", "20081231", "0", "36616"),
        _num("LiabilitiesAndStockholdersEquity", "20081231", "0", "36616"),
        _num("StockholdersEquity", "20081231", "0", "-50"),
    ]
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": num})
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("total_assets", "2009-06-30")] == Decimal("36485")
    assert got[("total_liabilities_and_equity", "2009-06-30")] == Decimal("36485")
    assert got[("equity_parent", "2009-06-30")] == Decimal("8766")
    # a date whose totals agree keeps its signs: a deficit is a deficit
    assert got[("equity_parent", "2008-12-31")] == Decimal("-50")
