"""US wire copy's words for a dividend's rate on a class of shares (the quarterly rate of 40 cents
on the common stock, the quarterly dividend), for a balance sheet's short-term debt and for a ratio
named by its parts (the ratio of liabilities to assets): the payout per share, the short-term
borrowings line and the debt ratio, not a share price and not the metric before."""

from datetime import date

from caibao.claims.extract import extract_claims

DAY = date(2010, 2, 5)


def _read(text):
    return [(c.printed, c.concept, c.measure) for c in extract_claims(text, "X", DAY)]


def test_a_rate_on_the_common_stock_is_a_dividend_per_share_not_a_price():
    got = _read("The board held the quarterly rate at 40 cents on its common stock.")
    assert got == [("40 cents", "dividend_per_share", "value")]
    got = _read("The quarterly dividend was raised to 22 cents.")
    assert [c for _p, c, _m in got] == ["dividend_per_share"]
    # the stock's own price stays a market figure
    got = _read("The stock closed at $52.10.")
    assert [c for _p, c, _m in got] == ["kpi_share_price"]


def test_short_term_debt_is_the_short_term_borrowings_line():
    text = (
        "Capital spending fell to $80 million. Short-term debt dropped by a third, to $410 million."
    )
    got = _read(text)
    assert ("$410 million", "short_term_borrowings", "value") in got
    assert all(c != "capex" for p, c, _m in got if p != "$80 million")


def test_a_ratio_named_by_its_parts_is_the_debt_ratio():
    text = "Equity grew, and the ratio of total liabilities to total assets eased to 64.2%."
    assert ("64.2%", "debt_ratio", "value") in _read(text)


def test_business_realignment_charges_are_restructuring_charges():
    got = _read("Business realignment charges rose to $18.2 million.")
    assert ("$18.2 million", "restructuring_charges", "value") in [
        (p, c, m) for p, c, m in got if p == "$18.2 million"
    ]
