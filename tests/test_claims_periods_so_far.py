"""No claim's period ends after the article's date when an earlier one fits: "this year" said
of a balance in an article on a part of the year is the year so far."""

from datetime import date

from caibao.claims.extract import extract_claims


def _periods(text: str, day: date) -> dict[str, str | None]:
    return {c.printed: c.period for c in extract_claims(text, "X", day)}


def test_this_year_of_a_balance_in_a_half_year_story_is_the_half_year_end():
    text = "The group published its interim results. Inventories have risen 12 per cent this year to Rmb80bn."
    assert _periods(text, date(2024, 8, 30))["Rmb80bn"] == "2024-06-30"


def test_the_whole_year_to_come_stays_the_year():
    text = "公司发布半年报。公司预计全年营收将达到500亿元。"
    assert _periods(text, date(2024, 8, 30))["500亿元"] == "2024FY"


def test_a_year_already_over_is_kept():
    text = (
        "The company published its annual report. Total assets rose 5 per cent this year to $9bn."
    )
    assert _periods(text, date(2025, 3, 30))["$9bn"] != "2025-06-30"


def test_earlier_this_year_dates_a_rate_set_not_the_rate_paid_now():
    text = (
        "The railroad reported third-quarter results. It lifted its quarterly dividend 10 percent "
        "to 33 cents a share earlier this year. The payout had risen to 30 cents from 28 cents "
        "earlier in the year."
    )
    periods = _periods(text, date(2011, 10, 20))
    assert periods["33 cents"] == "2011Q3"
    assert periods["28 cents"] == "2011Q2"  # a base's period: the quarter before
