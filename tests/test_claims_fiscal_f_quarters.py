"""An analyst's fiscal quarter written with an F before it (FQ3 2009, F3Q09, FQ2'10): the
quarter of that fiscal year, as Q3 FY2009 is, in a headline's vote as in a table's column."""

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.period_pattern import PERIOD_RE

OCTOBER = 2  # a fiscal year ending in October: its frame is two months later


def test_the_phrases_are_found():
    text = "FQ3 2009 sales; F3Q09 margin; FQ2'10 outlook; the FQ3 total"
    assert [m.group() for m in PERIOD_RE.finditer(text)] == ["FQ3 2009", "F3Q09", "FQ2'10"]


def test_a_headlines_fiscal_quarter_dates_the_story():
    text = (
        "Hewlett-Packard: FQ3 2009 results\n\n"
        "Hewlett-Packard posted earnings of 67 cents a share, against 80 cents.\n\n"
        "| (US$ mn) | FQ3 2009 | FQ3 2008 |\n|---|---|---|\n| Revenue | 27,451.0 | 28,032.0 |\n"
    )
    claims = extract_claims(text, "HPQ", date(2009, 9, 9), fiscal_shift=OCTOBER)
    assert [c.period for c in claims] == ["2009Q3", "2008Q3", "2009Q3", "2008Q3"]
