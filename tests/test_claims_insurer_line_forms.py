"""An insurer's printed line named without "policy" ("Amortization of deferred policy acquisition
costs"), an asset manager's non-operating investment loss, cash and marketable securities with the
long-term ones (claims/line_forms.py, lexicon.toml, us_gaap.toml)."""

from caibao.claims.line_forms import forms


def test_deferred_acquisition_costs_without_policy():
    got = forms("Amortization of deferred policy acquisition costs")
    assert ["amortization", "of", "deferred", "acquisition", "costs"] in got


def test_a_non_operating_investment_loss():
    from datetime import date

    from caibao.claims.extract import extract_claims
    from caibao.claims.lexicon import Lexicon

    lex = Lexicon({"Acme Funds": "ACME"})
    text = "Acme Funds recorded a non-operating investment loss of $28.1 million in the half."
    (c,) = extract_claims(text, "ACME", date(2009, 7, 27), lex, ())
    assert (c.concept, c.value) == ("investment_income", -28100000)


def test_cash_and_marketable_securities_may_hold_the_long_term_ones():
    from caibao.claims.lexicon import alternatives
    from caibao.sources.us_gaap import mapping

    assert "cash_and_all_securities" in alternatives()["cash and marketable securities"]
    # (Apple's long-term marketable securities, tagged as available-for-sale debt securities)
    element = "us-gaap:AvailableForSaleSecuritiesDebtSecuritiesNoncurrent"
    assert mapping().by_element[element][0][0] == "marketable_securities_noncurrent"
