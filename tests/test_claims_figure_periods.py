"""The period a figure is said in, and the period an article discusses: a period after a figure
across a comma (but not the next figure's), the year to date, "for the full year" after a
quarter's figures, a quarterly dividend, Hong Kong interim wording, a span to a day without a
year, and what does not set the period (a year named only as a comparison's, a past year's
rate, an event's date, a relative clause)."""

from datetime import date

from caibao.claims.article_periods import main_period
from claim_periods import periods


def test_a_period_after_a_figure_across_a_comma_is_still_that_figures():
    got = periods(
        "Over the nine months, sales were 512 million yuan. Free cash flow reached 41.2 million "
        "yuan in the third quarter, barely changed from a year earlier.",
        date(2012, 10, 28),
    )
    assert ("512 million yuan", "2012Q1-Q3") in got
    assert ("41.2 million yuan", "2012Q3") in got


def test_a_period_after_a_figure_is_not_the_next_figures_and_the_year_to_date():
    got = periods(
        "Over the nine months, sales rose. EPS was 0.31 yuan in the quarter and 0.74 yuan for "
        "the nine months. For the year to date, free cash flow was 9.2 million yuan.",
        date(2012, 10, 28),
    )
    assert ("0.31 yuan", "2012Q3") in got and ("0.74 yuan", "2012Q1-Q3") in got
    assert ("9.2 million yuan", "2012Q1-Q3") in got


def test_a_period_right_after_a_figure_outranks_one_in_a_clause_before():
    text = (
        "Free cash flow turned positive in the fourth quarter, at 1.2 billion yuan, though the "
        "group still spent a net 4.6 billion yuan over the whole year."
    )
    got = periods(text, date(2024, 3, 30))
    assert ("1.2 billion yuan", "2023Q4") in got
    assert ("4.6 billion yuan", "2023FY") in got


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


def test_a_quarterly_dividend_is_one_quarters_figure():
    got = periods(
        "For the first half, sales rose 4 percent to $8.1 billion. The quarterly dividend was "
        "lifted to 30 cents a share from 25 cents, the company said in a quarterly filing.",
        date(2012, 8, 2),
    )
    assert ("$8.1 billion", "2012H1") in got
    assert ("30 cents", "2012Q2") in got
    assert ("25 cents", "2011Q2") in got
    listed = periods(
        "Six months to June: revenue $5.2bn.\n\n- Quarterly payout: 12 cents, up 20% from 10 cents",
        date(2012, 8, 2),
    )
    assert ("12 cents", "2012Q2") in listed and ("10 cents", "2011Q2") in listed


def test_hong_kong_interim_results_and_a_span_to_a_dated_day():
    text = (
        "龍湖中期盈利倒退 派息減半\n\n"
        "龍湖集團公布截至2024年6月30日止六個月業績，收入473億元人民幣，按年減少27%。"
        "若與2022年同期相比，盈利更已大跌四成。中期息每股0.1元。"
    )
    assert str(main_period(text, date(2024, 8, 29))[0]) == "2024H1"
    got = periods(text, date(2024, 8, 29))
    assert ("473亿元", "2024H1") in got
    en = "The group earned $1.2 billion in the nine months ended September 30, 2024, it said."
    assert str(main_period(en, date(2024, 11, 5))[0]) == "2024Q1-Q3"


def test_a_span_to_a_day_without_a_year_names_the_latest_such_span():
    text = (
        "一文看懂某云公司季报：利润率创新高\n\n问：赚了多少？答：截至6月30日的三个月，公司营收"
        "52.1亿美元，营业利润率为31.2%。前三季度的指引维持不变。三季报将于10月发布。"
    )
    assert str(main_period(text, date(2024, 7, 30))[0]) == "2024Q2"


def test_a_year_named_only_as_a_comparison_is_not_the_year_discussed():
    text = "公司上半年营收52亿元，同比增长3%；与2021年相比，营收仍少两成。净利润4.1亿元。"
    assert str(main_period(text, date(2023, 8, 28))[0]) == "2023H1"
    text = "Full-year results. ROE was 7.1% (2022: 8.4%) and sales 12.3bn (2022: 11.9bn)."
    assert str(main_period(text, date(2024, 3, 30))[0]) == "2023FY"


def test_a_past_years_rate_does_not_move_the_period_discussed():
    text = (
        "Revenue in the first half fell 9%. Operating margins, which topped 15% as late as 2019, "
        "have shrunk to 6%."
    )
    got = dict(periods(text, date(2024, 8, 30)))
    assert got["15%"] == "2019FY"
    assert got["6%"] == "2024H1"


def test_an_events_date_and_a_relative_clause_do_not_set_the_period():
    text = (
        "In the first half, net profit rose to 52.0 million yuan. Most of it came from selling "
        "a warehouse, signed at the end of February, which flattered the first quarter. "
        "Operating profit grew 8% to 31.5 million yuan."
    )
    got = periods(text, date(2023, 8, 28))
    assert ("31.5 million yuan", "2023H1") in got


def test_a_quarter_ended_in_a_months_first_week_is_the_month_befores_quarter():
    # a 52/53-week calendar's quarter ended July 4: the second quarter, so the story's other
    # figures are the quarter's, though it names a first half once
    text = (
        "Total revenue for the quarter ended July 4 fell 29% to $2.61 billion. The company "
        "lost $58 million in the quarter, and the finance arm lost $118 million in the first half."
    )
    assert str(main_period(text, date(2009, 8, 3))[0]) == "2009Q2"
