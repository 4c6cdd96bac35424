"""English names a figure's period after it, even past what the figure counts ($X of buybacks in
1H08), over a period said in the clause before."""

from __future__ import annotations

from datetime import date

from claim_periods import periods

REF = date(2010, 8, 4)


def test_period_after_what_the_figure_counts():
    text = (
        "Second-quarter revenue rose 8% to $3.4bn. Dividends stopped in the half, after "
        "$420m of payouts in 1H09."
    )
    assert ("$420m", "2009H1") in periods(text, REF)


def test_period_said_right_after_still_wins():
    text = (
        "Second-quarter revenue rose 8% to $3.4bn. It paid nothing this half, after $0.9bn in 2H09."
    )
    assert ("$0.9bn", "2009H2") in periods(text, REF)


def test_period_after_a_change_on_it_is_the_base_not_the_level_before():
    text = (
        "Third-quarter sales fell 3% to $6.1bn, and nine-month sales fell 2%. Free cash flow of "
        "$2.2bn was 12% down on the first nine months of 2009, the company said."
    )
    got = periods(text, date(2010, 11, 5))
    assert ("$2.2bn", "2010Q1-Q3") in got
    # (the change is the nine months' against the base said after it)
    assert ("12%", "2010Q1-Q3") in got
    assert ("2%", "2010Q1-Q3") in got  # nine-month sales: the span as an adjective


def test_a_year_named_only_as_a_change_base_is_not_the_articles_year():
    text = "Second-quarter sales fell 3%. Cash flow of $2.2bn was up 9% on the first half of 2009."
    assert ("3%", "2010Q2") in periods(text, date(2010, 8, 5))


def test_span_adjective():
    text = "Second-quarter sales fell 3% to $6.1bn; six-month profit rose 4% to $1.1bn."
    assert ("$1.1bn", "2010H1") in periods(text, date(2010, 8, 5))


def test_a_compared_rate_with_its_year_does_not_become_the_period_discussed():
    for compared in ("down from the 14.2%", "less than half of the 14.2%", "a third of the 14.2%"):
        text = (
            f"Acme's 2010 sales were $5bn. Its margin was 4.1%, {compared} it posted in 2007. "
            "The tax rate was about 28%."
        )
        got = periods(text, date(2011, 3, 20))
        assert ("14.2%", "2007FY") in got, compared
        assert ("28%", "2010FY") in got, compared


def test_a_year_after_a_compared_figure_with_decimals_is_not_the_articles_year():
    text = "Quarterly sales rose 6% to $3.4bn. No buyback this year, against $0.75bn of buybacks in 2009."
    got = periods(text, date(2010, 8, 4))
    assert ("$3.4bn", "2010Q2") in got and ("$0.75bn", "2009FY") in got


def test_a_change_on_an_earlier_half_is_the_half_a_year_later():
    text = "Second-quarter sales fell 3%. Free cash flow of $2.2bn was up 9% on the first half of 2009."
    got = periods(text, date(2010, 8, 5))
    assert ("9%", "2010H1") in got
    # (a change on the quarter before, in a quarter's story, stays the quarter's)
    assert ("2%", "2010Q2") in periods(
        "Second-quarter sales fell 3%, up 2% on the first quarter.", date(2010, 8, 5)
    )
