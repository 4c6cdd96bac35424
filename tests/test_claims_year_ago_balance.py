"""A balance's change said against the same date a year before: the words after the change."""

from caibao.claims.verify_bases import _YEAR_AGO_AFTER


def test_a_comparative_before_than_a_year_ago_names_the_year_ago_balance():
    assert _YEAR_AGO_AFTER.match(" from a year earlier")
    assert _YEAR_AGO_AFTER.match(" lower than a year ago")
    assert _YEAR_AGO_AFTER.match(" higher than the year before")
    assert not _YEAR_AGO_AFTER.match(" lower than at the start of the year")
