"""A table's or a headline's short forms of an English metric's name ("&" for "and", the press's
abbreviations) name the same metric."""

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon


def test_an_ampersand_and_an_abbreviation_name_the_same_metric():
    lex = Lexicon()
    found = {
        text: lex.metric(lex.metrics_re.search(text).group()).concept
        for text in ("Depreciation & amortization", "Selling, general & admin. expenses")
    }
    assert list(found.values()) == ["depreciation_amortization", "sga_expense"]
    assert lex.metric("depreciation & amort").concept == "depreciation_amortization"
    assert (
        lex.metric("research & development").concept
        == lex.metric("research and development").concept
    )


def test_a_table_row_labelled_in_short_forms_is_read():
    text = (
        "The driller reported second-quarter results.\n\n"
        "| US$ m | 2Q09 | 2Q08 |\n|---|---|---|\n| Depreciation & amort. | 1,204 | 1,116 |\n"
    )
    claims = extract_claims(text, "X", date(2009, 8, 5))
    assert {c.concept for c in claims if c.printed.startswith("1,204")} == {
        "depreciation_amortization"
    }
