"""Periods of claims, round 6: "for the full year" after a quarter's figures, a sentence opened by
"A year ago," (every figure in it a year earlier), a base after a change ("up 3% on the second
quarter"), "the previous quarter", "the same quarter of 2022", a possessive base after a figure,
a past year's rate ("as recently as 2019"), the figure before a swing ("after a profit of X in
Q1"), a doubling since 上年同期."""

from datetime import date

from claim_periods import periods


def test_for_the_full_year_after_a_quarters_figures():
    text = (
        "Acme said fourth-quarter revenue rose 12% to 3.1 billion yuan.\n\n"
        "Over the full year, sales climbed 7.5% to 11.2 billion yuan. "
        "Earnings per share were 1.84 yuan."
    )
    got = periods(text, date(2024, 3, 28))
    assert ("3.1 billion yuan", "2023Q4") in got
    assert ("11.2 billion yuan", "2023FY") in got
    assert ("1.84 yuan", "2023FY") in got


def test_a_sentence_opened_by_a_year_ago_frames_all_its_figures():
    text = (
        "Acme earned $410 million in the third quarter. "
        "A year earlier, the company had lost $95 million, or 21 cents a share, in the period "
        "-- a turnaround of $505 million. "
        "Sales rose 8% to $2.2 billion."
    )
    got = periods(text, date(2011, 11, 2))
    assert ("$410 million", "2011Q3") in got
    assert ("$95 million", "2010Q3") in got
    assert ("21 cents", "2010Q3") in got
    assert ("$505 million", "2011Q3") in got  # the dash's comment: the change since
    assert ("$2.2 billion", "2011Q3") in got  # the next sentence is back in the quarter


def test_a_change_on_a_quarter_names_its_base_not_the_period_discussed():
    text = (
        "Sales for July-September were 88.1 million yuan, up 6.3% on the second quarter. "
        "The company made a profit of 4.2 million yuan in the quarter, after a loss of "
        "2.0 million yuan in Q2; in the same quarter of 2022 it earned 3.3 million yuan."
    )
    got = periods(text, date(2023, 10, 28))
    assert ("88.1 million yuan", "2023Q3") in got
    assert ("4.2 million yuan", "2023Q3") in got
    assert ("2.0 million yuan", "2023Q2") in got
    assert ("3.3 million yuan", "2022Q3") in got


def test_the_previous_quarter_is_the_quarter_before():
    text = (
        "In the second quarter, revenue rose 9 percent to $512 million, and 4 percent from the "
        "prior quarter's $492 million."
    )
    got = periods(text, date(2010, 8, 12))
    assert ("$512 million", "2010Q2") in got
    assert ("$492 million", "2010Q1") in got


def test_a_possessive_base_after_a_figure_is_not_the_period_discussed():
    text = (
        "Acme lost 12bn yuan in the first half of 2024, nearly double last year's loss of "
        "6.5bn yuan. The second quarter alone accounted for 8bn yuan of it."
    )
    got = periods(text, date(2024, 9, 1))
    assert ("6.5bn yuan", "2023FY") in got
    assert ("8bn yuan", "2024Q2") in got


def test_a_past_years_rate_does_not_move_the_period_discussed():
    text = (
        "Revenue in the first half fell 9%. Operating margins, which topped 15% as late as 2019, "
        "have shrunk to 6%."
    )
    got = dict(periods(text, date(2024, 8, 30)))
    assert got["15%"] == "2019FY"
    assert got["6%"] == "2024H1"


def test_a_doubling_since_the_same_period_is_the_period_discussed():
    got = dict(periods("上半年，公司支付的现金股利较上年同期翻了一番多。", date(2024, 8, 30)))
    assert next(iter(got.values())) == "2024H1"


def test_an_aside_on_how_a_figure_was_derived_names_no_period():
    text = (
        "Acme lost 2.1 billion yuan in the July-September quarter. The figure, calculated by "
        "taking the half-year result from the nine-month total, compares with a loss of "
        "3.4 billion yuan in the same period of 2023 and 1.9 billion yuan in April-June."
    )
    got = periods(text, date(2024, 10, 31))
    assert ("3.4 billion yuan", "2023Q3") in got
    assert ("1.9 billion yuan", "2024Q2") in got


def test_an_events_date_and_a_relative_clause_do_not_set_the_period():
    text = (
        "In the first half, net profit rose to 52.0 million yuan. Most of it came from selling "
        "a warehouse, signed at the end of February, which flattered the first quarter. "
        "Operating profit grew 8% to 31.5 million yuan."
    )
    got = periods(text, date(2023, 8, 28))
    assert ("31.5 million yuan", "2023H1") in got


def test_a_period_right_after_a_figure_outranks_one_in_a_clause_before():
    text = (
        "Free cash flow turned positive in the fourth quarter, at 1.2 billion yuan, though the "
        "group still spent a net 4.6 billion yuan over the whole year."
    )
    got = periods(text, date(2024, 3, 30))
    assert ("1.2 billion yuan", "2023Q4") in got
    assert ("4.6 billion yuan", "2023FY") in got
