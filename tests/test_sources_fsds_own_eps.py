"""Financial statement data sets: an early 2009 filer's own copies of the per-share elements,
named EarningsPerShareBasic/DilutedAttributableToParentCommonShareholders (version = its own
accession number), are read as basic and diluted EPS."""

from __future__ import annotations

from caibao.sources.fsds_rows import element
from caibao.sources.us_gaap import mapping

ADSH = "0000000000-09-000001"


def test_own_eps_attributable_to_parent_is_read_as_eps():
    by = mapping().by_element
    basic = element("EarningsPerShareBasicAttributableToParentCommonShareholders", ADSH)
    diluted = element("EarningsPerShareDilutedAttributableToParentCommonShareholders", ADSH)
    assert basic and by[basic][0][0] == "eps_basic"
    assert diluted and by[diluted][0][0] == "eps_diluted"
