"""A level compared with "last year" in a story on a quarter (against 35.7% last year, double
last year's 36%, flat with 47.5% a year ago) is the same quarter a year before; a loss word that
names an item of an expense line (claims, losses and settlement expenses) says no sign.
Made-up company and figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims

_LEAD = "Acme's second-quarter revenue rose 5% to $1.2 billion. "


def _read(text: str) -> dict[str, tuple]:
    claims = extract_claims(_LEAD + text, "ACME", date(2009, 8, 3))
    return {c.printed: (c.concept, c.period, c.value) for c in claims}


def test_a_rate_against_last_year_is_the_quarter_a_year_before():
    got = _read("Gross margin came in at 33.5%, against 35.7% last year, a drop of 2.2 points.")
    assert got["35.7%"][:2] == ("gross_margin", "2008Q2")


def test_a_sum_compared_with_last_year_is_the_quarter_a_year_before():
    got = _read("Net income was $90 million, compared with $80 million last year.")
    assert got["$80 million"][1] == "2008Q2"


def test_last_year_after_a_full_year_figure_is_the_year_before():
    claims = extract_claims(
        "Acme's revenue rose 5% to $1.2 billion in 2009, compared with $1.1 billion last year.",
        "ACME",
        date(2010, 2, 3),
    )
    assert {c.printed: c.period for c in claims}["$1.1 billion"] == "2008FY"


def test_last_years_rate_is_the_quarter_a_year_before():
    got = _read("The effective tax rate was about 72%, roughly double last year's 36%.")
    assert got["36%"][:2] == ("kpi_tax_rate", "2008Q2")


def test_a_rate_flat_with_one_a_year_ago_keeps_the_metric():
    got = _read("Gross margin was about 47.4%, essentially flat with 47.5% a year ago.")
    assert got["47.5%"][:2] == ("gross_margin", "2008Q2")


def test_losses_named_in_an_expense_line_say_no_sign():
    got = _read(
        "Benefits, claims, losses and settlement expenses almost doubled to $587 million "
        "from $294 million. Losses and loss adjustment expenses were $300 million."
    )
    assert got["$587 million"][2] > 0
    assert got["$294 million"][2] > 0
    assert got["$300 million"][2] > 0


def test_last_years_figure_in_a_sentence_without_figures_keeps_the_period():
    got = _read(
        "But last year's figure was flattered by income from discontinued operations. "
        "On a continuing basis, per-share earnings nearly quadrupled from 17 cents."
    )
    assert got["17 cents"][1] == "2008Q2"
    assert got["quadrupled"][1] == "2009Q2"


def test_a_year_in_an_aside_on_the_companys_history_is_not_the_period():
    text = (
        "Acme Profit Falls 55%\n\nAcme Financial Inc., the planning firm spun off from Big "
        "Express Co. in 2005, said second-quarter profit fell 55 percent.\n\n"
        "Net income dropped to $95 million in the three months ended June 30."
    )
    claims = extract_claims(text, "ACME", date(2009, 8, 5))
    assert {c.printed: c.period for c in claims}["55 percent"] == "2009Q2"


def test_earned_a_percentage_more_in_a_period_is_a_change():
    claims = extract_claims(
        "Acme Co., the largest cereal maker, earned 13 percent more in the second quarter as "
        "cost cuts offset lower sales.",
        "ACME",
        date(2009, 8, 5),
    )
    got = {c.printed: (c.concept, c.measure) for c in claims}
    assert got["13 percent"] == ("np_parent", "change_pct")
