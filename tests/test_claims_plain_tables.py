"""Results tables printed as plain text (columns set apart by runs of spaces, or by pipes
without the outer ones): each line is a row, its header names each column's period or measure.
Made-up companies and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon
from caibao.claims.plain_tables import is_table_line
from caibao.claims.text import read_text

REF = date(2010, 8, 5)
LEX = Lexicon({"Acme Tools": "ACME"})


def claims(text: str):
    return [
        (c.concept, c.period, c.measure, c.value)
        for c in extract_claims(text, "ACME", REF, LEX)
        if c.subject == "ACME"
    ]


def test_a_space_aligned_table_keeps_its_lines_and_its_columns_periods():
    text = (
        "Acme Tools reported its second quarter on Tuesday.\n\n"
        "Quarterly results (US$ millions)\n\n"
        "                    Q2 2010    Q2 2009    Chg\n"
        "Net sales           1,204.5    1,100.2    +9.5%\n"
        "Operating margin      11.4%      10.1%    +130 bp\n\n"
        "Demand improved in every region."
    )
    assert "Chg\nNet sales" in read_text(text).norm
    got = claims(text)
    assert ("revenue", "2010Q2", "value", Decimal("1204500000.0")) in got
    assert ("revenue", "2009Q2", "value", Decimal("1100200000.0")) in got
    assert ("revenue", "2010Q2", "change_pct", Decimal("9.5")) in got
    assert ("operating_margin", "2009Q2", "value", Decimal("10.1")) in got
    assert ("operating_margin", "2010Q2", "change_pp", Decimal("1.30")) in got


def test_a_table_with_inner_pipes_only_reads_like_a_markdown_table():
    text = (
        "Acme Tools filed its 10-Q on Monday.\n\n"
        "Item | 2Q10 | 2Q09 | YoY\n"
        "Gross margin | 35.2% | 33.0% | +220 bp\n"
        "Net income | $88.0 million | $70.4 million | +25.0%\n"
    )
    got = claims(text)
    assert ("gross_margin", "2009Q2", "value", Decimal("33.0")) in got
    assert ("np_parent", "2009Q2", "value", Decimal("70400000.0")) in got
    assert ("np_parent", "2010Q2", "change_pct", Decimal("25.0")) in got


def test_prose_with_a_typists_double_spaces_is_no_table():
    assert not is_table_line("Sales rose 5%.  Profit fell 3%.  Margins held.")
    assert is_table_line("Revenue     2,673.6     3,283.9")
    assert not is_table_line("By a staff reporter | June 3, 2010")
    text = "Acme Tools said sales rose 5% in the second quarter.  Profit\nfell 3%.  Margins held."
    assert "Profit fell" in read_text(text).norm


def test_a_change_cell_in_brackets_is_a_fall():
    text = (
        "Acme Tools filed its 10-Q on Monday.\n\n"
        "Item | 2Q10 | 2Q09 | Change\n"
        "Net income | $61.0 million | $77.5 million | (21%)\n"
        "Net sales   1,204.5   1,100.2   (4.5%)\n"
    )
    got = claims(text)
    assert ("np_parent", "2010Q2", "change_pct", Decimal("-21")) in got
    assert ("revenue", "2010Q2", "change_pct", Decimal("-4.5")) in got


def test_a_rate_in_brackets_in_a_sentence_keeps_its_sign():
    got = claims("Acme Tools said net income rose to $61.0 million (21%) in 2Q10.")
    assert all(v >= 0 for _, _, _, v in got), got


def test_a_corner_naming_a_span_over_year_columns_and_a_unit_noted_under_the_table():
    """Six months to June 30 | 2010 | 2009: each year column is that span of its year; "Dollars
    in millions." under the table scales its dollar cells."""
    text = (
        "Acme Tools filed its 10-Q on Monday.\n\n"
        "Six months to June 30 | 2010 | 2009 | Change\n"
        "Sales | $4,261 | $5,541 | (23.1%)\n"
        "Diluted EPS | $1.89 | $2.01 | (6.0%)\n\n"
        "Dollars in millions, except per share. Source: Acme 10-Q.\n"
    )
    got = claims(text)
    assert ("revenue", "2010H1", "value", Decimal("4261000000")) in got
    assert ("revenue", "2009H1", "value", Decimal("5541000000")) in got
    assert ("revenue", "2010H1", "change_pct", Decimal("-23.1")) in got
    assert ("eps_diluted", "2009H1", "value", Decimal("2.01")) in got


def test_places_counted_with_a_word_before_them():
    got = claims("Acme Tools runs more than 3,300 paint stores. In 2009 the stores lost money.")
    assert [(x[0], x[3]) for x in got if x[0] == "kpi_stores"] == [("kpi_stores", 3300)]
