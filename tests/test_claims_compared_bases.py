"""The period of a compared figure (a base), not the period discussed: a bracket naming its year
((2022: 5.9%)), a sentence opened by "A year earlier," a change "on the second quarter", "the
prior quarter's", "the same quarter of 2022", a possessive base ("last year's loss"), 上年同期
named before 为, a per-share apposition closed by "a year earlier", a multiple of another
period's figure (是前三季度的2倍), a base in an aside on how a figure was derived."""

from datetime import date

from claim_periods import periods


def test_a_bracket_names_the_year_of_its_figure():
    got = periods(
        "Annual results for 2023. Net margin 6.2% (2022: 5.9%). Revenue 80.1bn yuan "
        "(FY22: 77.0bn yuan). Total assets 300bn yuan (2022: 290bn yuan).",
        date(2024, 3, 30),
    )
    assert ("6.2%", "2023FY") in got and ("5.9%", "2022FY") in got
    assert ("77.0bn yuan", "2022FY") in got and ("80.1bn yuan", "2023FY") in got
    assert ("290bn yuan", "2022-12-31") in got and ("300bn yuan", "2023-12-31") in got


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


def test_a_compared_figure_in_an_earlier_year_after_a_balance_sentence():
    got = periods(
        "The 2024 results. Total assets were flat at 40.1 billion yuan at year-end. Net profit "
        "is up by half from 2.2 billion yuan in 2022.",
        date(2025, 3, 20),
    )
    assert ("2.2 billion yuan", "2022FY") in got


def test_the_same_period_last_year_named_before_wei_and_a_rate():
    got = periods(
        "截至6月30日的三个月，公司营收52.1亿美元；毛利率为41.3%，上年同期为39.8%，提升1.5个百分点。",
        date(2024, 7, 30),
    )
    assert ("41.3%", "2024Q2") in got and ("39.8%", "2023Q2") in got


def test_a_per_share_apposition_closed_by_a_relative_period():
    got = periods(
        "The company earned $412 million, or $0.97 a diluted share, in the second quarter, "
        "compared with $655 million, or $1.51 a share, a year earlier. Sales were $4 billion, "
        "a year earlier than planned.",
        date(2010, 7, 28),
    )
    assert ("$0.97", "2010Q2") in got and ("$655 million", "2009Q2") in got
    assert ("$1.51", "2009Q2") in got and ("$4 billion", "2010Q2") in got


def test_a_multiple_of_another_periods_figure_named_after_shi():
    got = periods(
        "第四季度营收3.2亿元，同比增长12%；单季净利润0.9亿元，已是前三季度净利润的2倍多。",
        date(2025, 3, 28),
    )
    assert ("0.9亿元", "2024Q4") in got
    assert ("2倍", "2024Q1-Q3") in got


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
