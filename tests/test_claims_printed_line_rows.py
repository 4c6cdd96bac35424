"""A results table's row named by a filer's own line (Financial services income   124.0   106.8
+16.0%): every column is that line's, the year-ago level as well as this year's and the change.
Made-up company and figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.printed_lines import LineNames, name_lines

TEXT = (
    "Acme's quarter\n\n($ millions)                 Q2 2009    Q2 2008    Change\n"
    "Motorcycles net revenue      1,153.6    1,572.6    -26.6%\n"
    "Financial services income      124.0      106.8    +16.0%\n"
)


def test_each_column_of_a_lines_row_is_the_lines():
    claims = extract_claims(TEXT, "ACME", date(2009, 8, 3), segments=("Financial services income",))
    names = LineNames([("Financial services income", "filer_line", "Financial services income")])
    got = {c.printed: c.concept for c in name_lines(TEXT, claims, "ACME", names, lambda c: True)}
    assert got["124.0"] == "filer_line"
    assert got["106.8"] == "filer_line"
    assert got["+16.0%"] == "filer_line"
    assert got["1,572.6"] == "revenue"
