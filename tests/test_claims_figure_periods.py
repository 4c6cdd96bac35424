"""Periods of claims, round 5: analysts' compact fiscal periods (1Q FY10, 1H FY11), a quarterly
figure (the quarterly dividend), a period said after a figure across a comma, Hong Kong interim
wording, a year named only as a comparison's (与2021年同期相比), the year to date."""

from datetime import date

import pytest

from caibao.claims.article_periods import main_period
from caibao.claims.column_periods import column_period
from caibao.claims.extract import extract_claims
from caibao.claims.fiscal import in_fiscal_frame, shift_phrase, to_frame
from caibao.periods import Period, resolve
from claim_periods import periods


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("3Q 2011", "2011Q3"),
        ("2Q12", "2012Q2"),
        ("4Q FY12", "2012Q4"),
        ("2QFY12", "2012Q2"),
        ("FY12 3Q", "2012Q3"),
        ("Q4 FY2012", "2012Q4"),
        ("2H FY12", "2012H2"),
        ("1H FY12", "2012H1"),
        ("FY 12", "2012FY"),
    ],
)
def test_compact_analyst_periods(phrase, expected):
    assert str(resolve(phrase, date(2013, 2, 1), Period.q(2012, 4))) == expected


def test_a_two_digit_fiscal_year_is_named_as_the_store_names_it():
    # a year ending in January, named by the store for the year it starts in: FY12 is its 2011
    assert shift_phrase("3Q FY12", -1) == "3Q FY11"
    assert shift_phrase("2QFY12", -1) == "2QFY11"
    assert shift_phrase("FY12", 6) == "FY12"  # a year ending in June: named for its end
    assert shift_phrase("CFY12", -1) == "CFY12"  # not a fiscal year's mark


@pytest.mark.parametrize(
    ("shift", "title", "expected"),
    [
        (0, "3Q FY12", "2012Q3"),
        (0, "Q4 2011", "2011Q4"),
        (0, "2Q 2011", "2011Q2"),
        (0, "1H FY12E", "2012H1"),
        (6, "3Q FY12", "2012Q3"),
        (6, "FY12", "2012FY"),
        (-1, "3Q FY12", "2011Q3"),
        (-1, "FY12", "2011FY"),
        (-1, "FY2012 Q3", "2011Q3"),
    ],
)
def test_broker_table_columns_of_quarters_and_fiscal_years(shift, title, expected):
    with in_fiscal_frame(shift):
        period, _estimate = column_period(title, to_frame(date(2012, 5, 2), shift), None)
    assert str(period) == expected


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


def test_a_period_after_a_figure_across_a_comma_is_still_that_figures():
    got = periods(
        "Over the nine months, sales were 512 million yuan. Free cash flow reached 41.2 million "
        "yuan in the third quarter, barely changed from a year earlier.",
        date(2012, 10, 28),
    )
    assert ("512 million yuan", "2012Q1-Q3") in got
    assert ("41.2 million yuan", "2012Q3") in got


def test_an_analysts_fiscal_quarter_names_the_report_and_its_table_columns():
    # a year ending in June (shift 6): 3Q FY12 is January-March 2012, the store's 2012Q3
    text = (
        "Acme Corp (ACME) - 3Q FY12 results: services strong\n\n"
        "| US$ m | 3Q FY12 | 3Q FY11 | y/y |\n"
        "|---|---|---|---|\n"
        "| Revenue | 2,310 | 2,120 | +9.0% |\n\n"
        "Gross margin rose in the quarter. Our FY12 estimate stays.\n"
    )
    with in_fiscal_frame(6):
        assert str(main_period(text, to_frame(date(2012, 4, 20), 6))[0]) == "2012Q3"
    got = periods(text, date(2012, 4, 20), shift=6)
    assert ("2,310", "2012Q3") in got and ("2,120", "2011Q3") in got
    # a year ending in January, named by the store for the year it starts in
    with in_fiscal_frame(-1):
        assert str(main_period(text, to_frame(date(2011, 11, 20), -1))[0]) == "2011Q3"


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


def test_a_year_named_only_as_a_comparison_is_not_the_year_discussed():
    text = "公司上半年营收52亿元，同比增长3%；与2021年相比，营收仍少两成。净利润4.1亿元。"
    assert str(main_period(text, date(2023, 8, 28))[0]) == "2023H1"
    text = "Full-year results. ROE was 7.1% (2022: 8.4%) and sales 12.3bn (2022: 11.9bn)."
    assert str(main_period(text, date(2024, 3, 30))[0]) == "2023FY"


def test_a_bracket_names_the_year_of_its_figure():
    got = periods(
        "Annual results for 2023. Net margin 6.2% (2022: 5.9%). Revenue 80.1bn yuan "
        "(FY22: 77.0bn yuan). Total assets 300bn yuan (2022: 290bn yuan).",
        date(2024, 3, 30),
    )
    assert ("6.2%", "2023FY") in got and ("5.9%", "2022FY") in got
    assert ("77.0bn yuan", "2022FY") in got and ("80.1bn yuan", "2023FY") in got
    assert ("290bn yuan", "2022-12-31") in got and ("300bn yuan", "2023-12-31") in got


def test_a_period_after_a_figure_is_not_the_next_figures_and_the_year_to_date():
    got = periods(
        "Over the nine months, sales rose. EPS was 0.31 yuan in the quarter and 0.74 yuan for "
        "the nine months. For the year to date, free cash flow was 9.2 million yuan.",
        date(2012, 10, 28),
    )
    assert ("0.31 yuan", "2012Q3") in got and ("0.74 yuan", "2012Q1-Q3") in got
    assert ("9.2 million yuan", "2012Q1-Q3") in got


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


def test_a_span_to_a_day_without_a_year_names_the_latest_such_span():
    text = (
        "一文看懂某云公司季报：利润率创新高\n\n问：赚了多少？答：截至6月30日的三个月，公司营收"
        "52.1亿美元，营业利润率为31.2%。前三季度的指引维持不变。三季报将于10月发布。"
    )
    assert str(main_period(text, date(2024, 7, 30))[0]) == "2024Q2"


def test_a_multiple_of_another_periods_figure_named_after_shi():
    got = periods(
        "第四季度营收3.2亿元，同比增长12%；单季净利润0.9亿元，已是前三季度净利润的2倍多。",
        date(2025, 3, 28),
    )
    assert ("0.9亿元", "2024Q4") in got
    assert ("2倍", "2024Q1-Q3") in got


def test_an_ordinal_streak_of_years_as_a_noun():
    from caibao.claims.lexicon import Lexicon
    from caibao.claims.streaks import streak_claims
    from caibao.claims.text import read_text

    text = (
        "Acme's 2023 results. Sales rose 8% to 12.1bn yuan, the fourth consecutive year of "
        "growth. Free cash flow was 1.1bn yuan, its 11th straight year in positive territory. "
        "It was a third straight year of double-digit gains: net profit rose 14%."
    )
    t = read_text(text)
    claims = extract_claims(t, "600000", date(2024, 3, 30))
    got = {
        (c.concept, c.measure, int(c.value), c.period)
        for c in streak_claims(t, "600000", claims, Lexicon())
    }
    assert ("revenue", "streak_up", 4, "2023FY") in got
    assert ("np_parent", "streak_up", 3, "2023FY") in got
    assert any(m == "streak_positive" and n == 11 for _c, m, n, _p in got)
