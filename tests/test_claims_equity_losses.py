"""A share of equity-method investees' losses (a filer's line "Equity (losses) earnings, net of
taxes"), which the press calls equity losses: that line, never shareholders' equity."""

from datetime import date

from caibao.claims.extract import extract_claims


def test_equity_losses_are_the_share_of_investees_results():
    text = (
        "The paper maker reported its second-quarter results. Equity losses, largely from a "
        "joint venture in Russia, came to $32 million."
    )
    claims = extract_claims(text, "X", date(2009, 8, 11))
    got = {c.printed: c.concept for c in claims}
    assert got["$32 million"] == "investment_income_associates"
