"""A balance's change measured from its level a year earlier, printed beside it (Total loans stood
at $70.8 billion at the end of June, down 6.7 percent from $75.9 billion a year earlier): not from
the year's start, the usual base of a balance. A rate's move said as its relative change in %
from a named level (3.53 percent of loans, up 50 percent from 2.36 percent): misleading, as it is
without the level. An insurer's benefits as a share of premiums, its level a year earlier and
the move in points said in % after a dash (an 18% jump). Made-up figures."""

from datetime import date

from caibao.claims.extract import extract_claims
from inline_store import checked_claims

_BANK = [
    ("loans", "2009-06-30", "70803", "CNY", "value", None, "BS"),
    ("loans", "2008-12-31", "76504", "CNY", "value", None, "BS"),
    ("loans", "2008-06-30", "75855", "CNY", "value", None, "BS"),
    ("loan_loss_allowance", "2009-06-30", "2499", "CNY", "value", None, "BS"),
    ("loan_loss_allowance", "2008-12-31", "1803", "CNY", "value", None, "BS"),
]


def test_a_balance_against_its_level_a_year_earlier_printed_beside_it():
    text = (
        "Sample Bank reported second-quarter results. Total loans stood at 70.8 billion yuan at "
        "the end of June 2009, down 6.7 percent from 75.9 billion yuan a year earlier."
    )
    got = {c.claim.printed: c.verdict for c in checked_claims(_BANK, text, date(2009, 8, 11))}
    assert got["6.7 percent"].verdict == "supported", got["6.7 percent"].reason
    assert "2008-06-30" in got["6.7 percent"].reason


def test_a_rate_moved_by_its_relative_change_from_a_named_level_is_misleading():
    text = (
        "Sample Bank reported second-quarter results. At the end of June 2009 the allowance for "
        "loan losses was 3.53 percent of loans, up 50 percent from 2.36 percent at the end of "
        "2008."
    )
    got = {c.claim.printed: c.verdict for c in checked_claims(_BANK, text, date(2009, 8, 11))}
    assert got["3.53 percent"].verdict == "supported"
    assert got["50 percent"].verdict == "misleading", got["50 percent"].reason


_INSURER = [
    ("medical_costs", "2009Q2", "1492", "CNY", "value", None, "IS"),
    ("medical_costs", "2008Q2", "1386", "CNY", "value", None, "IS"),
    ("premiums_earned", "2009Q2", "1502", "CNY", "value", None, "IS"),
    ("premiums_earned", "2008Q2", "1709", "CNY", "value", None, "IS"),
]
_BENEFITS = (
    "Sample Life reported second-quarter results. Benefits and other changes in policy reserves "
    "climbed 7.7%, equal to 99% of premiums, up from 81% a year earlier -- an 18% jump that "
    "underscores claims pressure."
)


def test_benefits_as_a_share_of_premiums_then_its_move_after_a_dash():
    claims = extract_claims(_BENEFITS, "X", date(2009, 8, 3))
    got = {c.printed: (c.concept, c.period, c.measure) for c in claims}
    assert got["7.7%"] == ("medical_costs", "2009Q2", "change_pct")
    assert got["99%"] == ("medical_cost_ratio", "2009Q2", "value")
    assert got["81%"] == ("medical_cost_ratio", "2008Q2", "value")
    assert got["18%"] == ("medical_cost_ratio", "2009Q2", "change_pct")


def test_the_move_in_points_said_in_percent_is_misleading():
    got = {
        c.claim.printed: c.verdict.verdict
        for c in checked_claims(
            _INSURER, _BENEFITS.replace("Sample Life", "样例药业"), date(2009, 8, 3)
        )
    }
    assert got["99%"] == "supported" and got["81%"] == "supported"
    assert got["18%"] == "misleading"
