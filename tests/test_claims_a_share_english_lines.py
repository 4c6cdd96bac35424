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


def test_a_net_loss_of_the_non_recurring_items_named_is_theirs():
    got = _concepts(
        "Non-recurring items produced a net loss of 16.63 million yuan in the nine months."
    )
    assert ("16.63 million yuan", "non_recurring", "value") in got
    got = _concepts("非经常性损益亏损1663万元。")
    assert ("1663万元", "non_recurring", "value") in got


def test_taxes_paid_and_a_gain_a_figure_leans_on():
    got = _concepts("It was helped by a 58% drop in taxes paid in the nine months.")
    assert ("58%", "taxes_paid", "change_pct") in got
    got = _concepts(
        "The nine-month figure leans on a 32.01 million yuan gain on disposing of non-current "
        "assets, mainly the sale of a hotel."
    )
    assert ("32.01 million yuan", "nr_disposal_of_noncurrent_assets", "value") in got


def test_a_profit_said_without_its_non_recurring_items_is_the_recurring_profit():
    got = _concepts(
        "Excluding non-recurring items, the company earned 20.02 million yuan in the first nine "
        "months, down 36.9 percent."
    )
    assert ("20.02 million yuan", "np_parent_recurring", "value") in got
