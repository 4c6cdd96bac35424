"""The final three months, the final quarter, the last quarter of the year: the fourth quarter of
the year discussed (an annual story's quarterly split); the last quarter alone is not one (it is
as often the quarter before the one discussed)."""

from datetime import date

from caibao.periods import Period, resolve
from claim_periods import periods

DAY = date(2025, 3, 18)  # an article on the year 2024


def test_the_final_three_months_of_a_year_story_are_its_fourth_quarter():
    text = (
        "Acme's net profit for 2024 rose 2% to Rmb3.37bn. Net profit in the final three months "
        "fell to Rmb408mn."
    )
    assert ("Rmb408mn", "2024Q4") in periods(text, DAY)


def test_final_and_last_quarter_phrases_resolve_to_the_fourth():
    year = Period.fy(2024)
    assert str(resolve("the final quarter of 2024", DAY, year)) == "2024Q4"
    assert str(resolve("the last quarter of the year", DAY, year)) == "2024Q4"
    assert str(resolve("final three months", DAY, year)) == "2024Q4"
