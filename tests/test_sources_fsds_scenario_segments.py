"""A filing that gives its business segments' columns on the scenario axis
(``Scenario=TruckAndOther;``, ``Scenario=FinancialServices;``) and not on the business segments
axis: those rows are the segments' facts, while the scenario axis's own members (a restatement, a
predecessor company) are no segments; a segment's line printed under a concept's whole-line label
whose element no concept takes (the finance arm's FinancialServicesRevenue "Revenues") is that
segment's figure of the concept. Made-up company and figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from caibao.sources.sec_fsds import business_segment, read_fsds
from fsds_archive import fsds_archive
from test_claims_printed_lines import NUM_HEAD, PRE_HEAD, SUB, A

TRUCKS = ["Scenario=TruckAndOther;", ""]
FINANCE = ["Scenario=FinancialServices;", ""]


@pytest.mark.parametrize(
    "segments, name",
    [
        ("Scenario=TruckAndOther;", "Truck and Other"),
        ("Scenario=TimberProperties;", "Timber Properties"),
        ("Scenario=PlantNutrition;", "Plant Nutrition"),  # (no plan)
        ("Scenario=ScenarioForecast;", None),
        ("Scenario=PredecessorCompany;", None),
        ("Scenario=SuccessorCompany;", None),
        ("Scenario=ScenarioPreviouslyReported;", None),
        ("Scenario=ScenarioAdjustment;", None),
        ("Scenario=AdjustedNewAccountingTreatment;", None),
        ("Scenario=FinancialServices;ClassOfStock=A;", None),
    ],
)
def test_a_scenario_member_is_a_segment_unless_it_is_a_scenario(segments, name):
    assert business_segment(segments) == name


def _row(tag, ddate, qtrs, value, where=("", "")):
    return [A, tag, "us-gaap/2008", ddate, qtrs, "USD", *where, value, ""]


NUM = [
    NUM_HEAD,
    _row("NetIncomeLoss", "20090630", "1", "26500000"),
    _row("Assets", "20090630", "0", "14922500000"),
    _row("Revenues", "20090630", "1", "1602300000", TRUCKS),
    _row("CostOfGoodsAndServicesSold", "20090630", "1", "1492800000", TRUCKS),
    _row("FinancialServicesRevenue", "20090630", "1", "243500000", FINANCE),
    _row("FinancialServicesRevenue", "20080630", "1", "330500000", FINANCE),
    _row("Assets", "20090630", "0", "8818000000", FINANCE),
    _row("Assets", "20081231", "0", "16249800000", ["Scenario=PredecessorCompany;", ""]),
]
PRE = [
    PRE_HEAD,
    [A, "1", "9", "IS", "0", "H", "Revenues", "us-gaap/2008", "Net sales and revenues", "0"],
    [A, "1", "11", "IS", "0", "H", "CostOfGoodsAndServicesSold", "us-gaap/2008",
     "Cost of sales and revenues", "0"],
    [A, "1", "12", "IS", "0", "H", "FinancialServicesRevenue", "us-gaap/2008", "Revenues", "0"],
    [A, "1", "23", "IS", "0", "H", "NetIncomeLoss", "us-gaap/2008", "Net income", "0"],
    [A, "2", "19", "BS", "0", "H", "Assets", "us-gaap/2008", "Total assets", "0"],
]  # fmt: skip


def test_scenario_segments_rows_are_the_segments_facts(tmp_path):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE})
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period, f.segment): f.value for f in reading.facts}
    assert got[("revenue", "2009Q2", "Truck and Other")] == Decimal("1602300000")
    assert got[("total_assets", "2009-06-30", "Financial Services")] == Decimal("8818000000")
    assert got[("total_assets", "2009-06-30", None)] == Decimal("14922500000")
    # the finance arm's "Revenues" column is its revenue; the company has no revenue of its own
    assert got[("revenue", "2009Q2", "Financial Services")] == Decimal("243500000")
    assert got[("revenue", "2008Q2", "Financial Services")] == Decimal("330500000")
    assert ("revenue", "2009Q2", None) not in got
    # (a predecessor company's figures are no segment's)
    assert not any(k[2] and "Predecessor" in k[2] for k in got)
