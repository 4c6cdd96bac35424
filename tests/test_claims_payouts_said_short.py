"""Figures said in few words: a dividend by its verb alone (paid 2 cents a share), a quarterly
dividend read in a sentence of the half year, a share in tenths and a half (四成半), a figure
recovering (回升), a balance date in a table column's short form (Jul 4 2009), a header over an
empty corner, and a margin taken on a segment's sales (the gross margin on manufacturing
revenues). Made up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.cash_flow_periods import per_quarter_period
from caibao.claims.column_periods import column_period
from caibao.claims.extract import extract_claims
from caibao.claims.plain_tables import plain_rows
from caibao.numbers import parse_amount
from caibao.periods import Period


def _claims(text, code="ACP", day=date(2009, 8, 3)):
    return [(c.printed, c.concept, c.period, c.unit) for c in extract_claims(text, code, day)]


def test_a_dividend_said_by_its_verb_per_share():
    got = _claims("Acme paid 2 cents a share in the quarter, versus 23 cents a year ago.")
    assert got == [
        ("2 cents", "dividend_per_share", "2009Q2", "USD/share"),
        ("23 cents", "dividend_per_share", "2008Q2", "USD/share"),
    ]


def test_a_quarterly_dividend_in_a_half_years_sentence_is_the_quarters():
    text = "上半年经营活动现金流净额为19.86亿美元。公司已将季度股息由上年同期的每股0.53美元削减至0.05美元。"
    claims = [c for c in extract_claims(text, "ACP", date(2009, 8, 27)) if c.unit == "USD/share"]
    assert [c.period for c in claims] == ["2008H1", "2009H1"]  # (the sentence before's span)
    assert [per_quarter_period(c).period for c in claims] == ["2008Q2", "2009Q2"]


def test_tenths_and_a_half_and_a_recovery():
    assert parse_amount("四成半").value == Decimal("45")
    got = [(c.measure, c.value) for c in extract_claims("6月末股东权益较年初回升四成半。", "ACP")]
    assert got == [("change_pct", Decimal("45"))]


def test_a_balance_date_in_a_columns_short_form():
    q2 = Period.q(2009, 2)
    assert str(column_period("Jul 4 2009", date(2009, 8, 3), q2)[0]) == "2009-07-04"
    assert str(column_period("Jan. 3, 2009", date(2009, 8, 3), q2)[0]) == "2009-01-03"


def test_a_header_over_an_empty_corner_heads_its_table():
    norm = (
        "Debt ($ millions)\n\nJul 4 2009   Jan 3 2009\n"
        "Manufacturing group long-term debt      3,354        1,693\n"
        "Finance group debt                      7,507        7,388\n"
    )
    rows = list(plain_rows(norm).values())
    assert [r.header for r in rows] == [["", "Jul 4 2009", "Jan 3 2009"]] * 2


def test_the_sales_a_margin_is_taken_on_are_its_base_not_the_metric():
    text = "The gross margin on manufacturing revenues came to 16.8%, versus 20.9% a year earlier."
    got = [
        (c.printed, c.concept, c.segment)
        for c in extract_claims(text, "ACP", date(2009, 8, 3), segments=("Manufacturing",))
    ]
    assert got == [
        ("16.8%", "gross_margin", "Manufacturing"),
        ("20.9%", "gross_margin", "Manufacturing"),
    ]


def test_a_tables_last_figure_takes_no_counted_noun_after_a_blank_line():
    # (7,388 ends the table; "Shareholders' equity rose…" opens the next paragraph)
    norm = (
        "Long-term debt       3,354   1,693\nFinance group debt   7,507   7,388\n\n"
        "Shareholders' equity rose 23%."
    )
    assert parse_amount("7,388").unit == ""
    got = [c.printed for c in extract_claims(norm, "ACP", date(2009, 8, 3))]
    assert all("\n\n" not in printed for printed in got)
