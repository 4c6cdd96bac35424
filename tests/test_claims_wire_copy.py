"""A newswire's layout and shorthand: the double-dash items of a key-figures list, a headline's
digit span (9-Month Net Profit)."""

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.text import read_text


def _claims(text: str, day: date) -> dict[str, tuple[str | None, str | None]]:
    return {c.printed: (c.concept, c.period) for c in extract_claims(text, "X", day)}


def test_a_double_dash_item_starts_its_own_line_and_its_dashes_are_markup():
    norm = read_text(
        "Highlights:\n-- Sales rose 4% to $2.1 billion.\n-- Net income was $90 million."
    ).norm
    assert "billion.\n" in norm and "--" not in norm


def test_a_figure_ending_one_double_dash_item_is_not_read_as_the_next_items_metric():
    text = (
        "Acme Corp. reported its third-quarter results.\n\n"
        "-- Operating profit rose 9% to 1.3 billion yuan for the nine months; in the third "
        "quarter it grew 5.6% to 90.2 million yuan.\n"
        "-- Third-quarter earnings per share were 0.12 yuan.\n"
    )
    assert _claims(text, date(2024, 10, 28))["90.2 million yuan"][0] == "operating_profit"


def test_a_digit_span_in_a_headline_names_the_year_to_date():
    text = (
        "Acme 6-Month Revenue Up 11%; Q2 Slows\n\n"
        "Acme said second-quarter revenue rose 2% to 3.1 billion yuan."
    )
    claims = _claims(text, date(2024, 8, 20))
    assert claims["11%"][1] == "2024H1"


def test_a_headline_naming_nine_months_first_decides_a_tie_with_the_third_quarter():
    text = (
        "Acme 9-Month Profit Up 5%; Q3 Flat\n\n"
        "Acme's third-quarter revenue rose 2% and its third-quarter profit rose 1%. Its revenue "
        "for the nine months rose 9%.\n\nSelling expenses rose 12%."
    )
    claims = _claims(text, date(2024, 10, 28))
    assert claims["5%"][1] == claims["12%"][1] == "2024Q1-Q3"
