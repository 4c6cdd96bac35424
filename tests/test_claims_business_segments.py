"""A filing that tags a business segment's figures on the business segments axis alone (a
conglomerate's Manufacturing group and Finance group: BusinessSegments=SegmentFinanceGroup;):
segment facts named by the member in words, found in an article ("the Finance group lost…", a
table row "Manufacturing group long-term debt"). Made-up company and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caibao.claims.checker import Checker
from caibao.sources.sec_fsds import business_segment, read_fsds
from caibao.store import Store
from fsds_archive import fsds_archive
from test_claims_printed_lines import NUM_HEAD, SUB, A

PARENT = ["LegalEntity=ParentCompany;", "ParentCompany"]
FINANCE = ["BusinessSegments=SegmentFinanceGroup;", ""]
MAKING = ["BusinessSegments=SegmentManufacturingGroup;", ""]


def _row(tag, ddate, qtrs, value, where):
    return [A, tag, "us-gaap/2008", ddate, qtrs, "USD", *where, value, ""]


NUM = [
    NUM_HEAD,
    _row("Revenues", "20090630", "1", "2612000000", PARENT),
    _row("Revenues", "20080630", "1", "3684000000", PARENT),
    _row("NetIncomeLoss", "20090630", "1", "-58000000", PARENT),
    _row("Assets", "20090630", "0", "19844000000", PARENT),
    _row("Assets", "20081231", "0", "20022000000", PARENT),
    _row("NetIncomeLoss", "20090630", "2", "-118000000", FINANCE),
    _row("NetIncomeLoss", "20080630", "2", "35000000", FINANCE),
    _row("DebtAndCapitalLeaseObligations", "20090630", "0", "7057000000", FINANCE),
    _row("DebtAndCapitalLeaseObligations", "20081231", "0", "7388000000", FINANCE),
    _row("LongTermDebtAndCapitalLeaseObligations", "20090630", "0", "3354000000", MAKING),
    _row("LongTermDebtAndCapitalLeaseObligations", "20081231", "0", "1693000000", MAKING),
    _row(
        "NetIncomeLoss", "20090630", "2", "146000000", ["BusinessSegments=SegmentConsolidated;", ""]
    ),
]


@pytest.mark.parametrize(
    "segments, name",
    [
        ("BusinessSegments=SegmentManufacturingGroup;", "Manufacturing Group"),
        ("BusinessSegments=SegmentFinanceAndFinancialProducts;", "Finance and Financial Products"),
        ("BusinessSegments=ExplorationProduction_;", "Exploration Production"),
        ("BusinessSegments=SegmentConsolidated;", None),  # the whole company
        ("BusinessSegments=Retail;ClassOfStock=A;", None),  # another axis beside it
        ("LegalEntity=ParentCompany;", None),
    ],
)
def test_a_business_segments_member_is_named_in_words(segments, name):
    assert business_segment(segments) == name


def test_business_segment_rows_are_segment_facts_beside_the_parents(tmp_path):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM})
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period, f.segment): f.value for f in reading.facts}
    assert got[("revenue", "2009Q2", None)] == Decimal("2612000000")
    assert got[("np_parent", "2009Q2", None)] == Decimal("-58000000")
    assert got[("np_parent", "2009H1", "Finance Group")] == Decimal("-118000000")
    assert got[("total_debt", "2009-06-30", "Finance Group")] == Decimal("7057000000")
    assert got[("long_term_debt", "2008-12-31", "Manufacturing Group")] == Decimal("1693000000")
    assert ("np_parent", "2009H1", None) not in got  # (SegmentConsolidated: no segment's)


TEXT = """Acme results

Total revenue for the quarter ended July 4 fell 29% to $2.61 billion.

Credit is still the sore spot: the Finance group lost $118 million in the first half, compared with a profit of $35 million a year ago.

Debt, by group ($ millions)

                                   Jul 4 2009   Jan 3 2009
Manufacturing group long-term debt      3,354        1,693
Finance group debt                      7,507        7,388
"""


def test_an_article_names_the_groups_in_prose_and_in_a_table(tmp_path):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM})
    store = Store(":memory:")
    for reading in read_fsds(path):
        store.add(reading)
    try:
        claims = Checker(store).check(TEXT, "ACP", date(2009, 8, 3)).claims
    finally:
        store.close()
    got = {c.claim.printed: (c.claim.segment, c.claim.period, c.verdict.verdict) for c in claims}
    # the group's loss is its net loss: it tags no operating income
    assert got["$118 million"] == ("Finance Group", "2009H1", "supported")
    assert got["$35 million"] == ("Finance Group", "2008H1", "supported")
    assert got["3,354"] == ("Manufacturing Group", "2009-06-30", "supported")
    assert got["1,693"] == ("Manufacturing Group", "2008-12-31", "supported")
    assert got["7,507"] == ("Finance Group", "2009-06-30", "contradicted")
    assert got["7,388"] == ("Finance Group", "2008-12-31", "supported")
