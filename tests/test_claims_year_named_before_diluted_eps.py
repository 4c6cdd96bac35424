"""A year named right before "diluted EPS" is that figure's period (guided to 2009 diluted EPS
of $2.75 to $2.80), whatever the sentence before said. Made-up company and figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon

LEX = Lexicon({"Acme Tools": "ACME"})


def test_a_year_before_diluted_eps_dates_it():
    text = (
        "Acme Tools earned 71 cents a share in the second quarter. It has guided to 2009 diluted "
        "EPS of $2.75 to $2.80."
    )
    got = [(c.printed, c.period) for c in extract_claims(text, "ACME", date(2009, 9, 8), LEX)]
    assert ("$2.75", "2009FY") in got, got
