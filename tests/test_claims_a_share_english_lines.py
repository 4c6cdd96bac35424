"""An A-share report's lines as English copy names them (non-operating expenses, the balance
sheet's provisions, the disposal of non-current assets, spending on fixed and intangible assets),
and a metric's gloss in brackets set a space after its name."""

from datetime import date

from caibao.claims.extract import extract_claims


def _concepts(text):
    claims = extract_claims(text, "600000", date(2023, 10, 30))
    return [(c.printed, c.concept, c.measure) for c in claims]


def test_non_operating_expenses_are_not_operating_expenses():
    got = _concepts("Non-operating expenses jumped to 22.76 million yuan in the nine months.")
    assert ("22.76 million yuan", "non_operating_expense", "value") in got


def test_provisions_on_the_balance_sheet_are_its_provisions_not_its_total():
    got = _concepts(
        "Provisions on the balance sheet rose to 21.82 million yuan at the end of September."
    )
    assert ("21.82 million yuan", "provisions", "value") in got


def test_capex_as_spending_on_fixed_and_intangible_assets():
    got = _concepts(
        "Spending on fixed and intangible assets rose to 189.89 million yuan in the nine months."
    )
    assert ("189.89 million yuan", "capex", "value") in got


def test_a_gloss_in_brackets_after_a_space_does_not_name_the_figures():
    got = _concepts(
        "Recurring net profit (excluding non-recurring gains and losses) was 7.34 million yuan "
        "in the third quarter, up 181.78%."
    )
    assert ("181.78%", "np_parent_recurring", "change_pct") in got
