"""Figures in a row, each named by the noun said right after it ($2.97 billion in cash plus
$9.0 billion of marketable securities), and a total of the two said after them (-- nearly $12
billion in all: the metric defined as their sum)."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims

REF = date(2009, 8, 10)


def _concepts(text: str) -> dict[str, str | None]:
    return {c.printed: c.concept for c in extract_claims(text, "X", REF)}


def test_each_figure_is_the_noun_after_it_and_the_total_their_sum():
    got = _concepts(
        "The drugmaker filed its second-quarter report. At the end of June it held $1.4 billion "
        "of cash and cash equivalents and $5.2 billion in marketable securities, or $6.6 billion "
        "altogether."
    )
    assert got["$1.4 billion"] == "cash"
    assert got["$5.2 billion"] == "marketable_securities"
    assert got["$6.6 billion"] == "cash_and_securities"


def test_a_total_of_parts_no_definition_sums_is_left_as_it_was():
    got = _concepts(
        "The drugmaker filed its second-quarter report. Revenue was $3 billion and net income "
        "$1 billion, or $4 billion in all."
    )
    assert got["$4 billion"] != "cash_and_securities"
