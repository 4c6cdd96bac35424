"""The results' document or event named by "earnings" (the earnings release, the earnings call) is
no net income: a figure after it is not the profit (lexicon.toml [metric_stops])."""

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon

LEX = Lexicon({"Acme Funds": "ACME"})


def test_an_earnings_release_names_no_profit():
    text = (
        "Acme Funds' assets under management ended June at $391.3 billion, according to the "
        "company's earnings release, up from $332.2 billion at the end of March."
    )
    got = {c.printed: c.concept for c in extract_claims(text, "ACME", date(2009, 7, 27), LEX, ())}
    assert got["$332.2 billion"] != "np_parent"
    text = "Acme Funds' second-quarter earnings rose 12% to $1.2 billion."
    got = {c.printed: c.concept for c in extract_claims(text, "ACME", date(2009, 7, 27), LEX, ())}
    assert got["$1.2 billion"] == "np_parent"
