"""A change said in words (more than doubled) on the quarter before, named by its months (from
the January-March period) or its number: a sequential change, as a rate would be. Made-up
figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims


def _measures(text: str) -> list[tuple[str, str]]:
    return [(c.quote, c.measure) for c in extract_claims(text, "X", date(2009, 8, 10))]


def test_a_doubling_from_the_quarter_before_is_sequential():
    lead = "In the second quarter of 2009, revenue fell. "
    got = _measures(lead + "Net income more than doubled from the January-March period.")
    assert got[-1][1] == "change_qoq_pct"
    got = _measures(lead + "Net income more than doubled from the first quarter.")
    assert got[-1][1] == "change_qoq_pct"
    # the same months of a year named: the year before's quarter, no sequential change
    got = _measures(lead + "Net income more than doubled from the April-June quarter of 2008.")
    assert got[-1][1] == "change_pct"
