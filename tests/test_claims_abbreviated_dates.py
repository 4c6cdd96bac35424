"""A balance date a wire writes with an abbreviated month and no year (at Aug. 1, the $72 million
it held at Jan. 31): each figure's own date, the latest by the article's date, and a multiple
between them the level over the earlier one."""

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.period_phrases import find_periods


def test_an_abbreviated_month_after_at_is_a_balance_date():
    assert [p for _a, _b, p in find_periods("cash of $72 million at Jan. 31.")] == ["at Jan. 31"]
    assert [p for _a, _b, p in find_periods("cash at Sept. 30 was")] == ["at Sept. 30"]
    # a date with its year is the full date's business, not this rule's
    assert [p for _a, _b, p in find_periods("cash at Jan. 31, 2009 was")] != ["at Jan. 31"]


def test_each_figure_takes_its_own_date():
    text = (
        "That left the company with $519 million in cash and equivalents at Aug. 1, more than "
        "seven times the $72 million it held at Jan. 31."
    )
    got = [(c.printed, c.period) for c in extract_claims(text, "X", date(2009, 9, 10))]
    assert got == [
        ("$519 million", "2009-08-01"),
        ("seven times", "2009-08-01"),
        ("$72 million", "2009-01-31"),
    ]
