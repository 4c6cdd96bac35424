"""How far a period named in an article reaches: the article's main period when two parts of a
year are named as often, an aside in brackets, a heading, a base named after 由/from, a period
of the change rather than of the compared figure."""

from datetime import date

from caibao.claims.article_periods import main_period
from caibao.periods import Period
from claim_periods import periods


def test_a_tie_between_parts_of_the_year_goes_to_the_part_named_first():
    # the lede names the quarter; the first half is named as often, later
    text = (
        "Acme's 10-Q for the second quarter is out. Sales in the three months to June slipped 4% "
        "to $2.10 billion. First-half sales were $4.30 billion, and first-half profit $0.52 "
        "billion.\n\nProfit fell 9% to $0.25 billion. Over the six months, cash rose."
    )
    assert main_period(text, date(2024, 8, 12))[0] == Period.q(2024, 2)
    got = periods(text, date(2024, 8, 12))
    assert ("$0.25 billion", "2024Q2") in got
    assert ("$4.30 billion", "2024H1") in got
    # named first, the half leads a half-year story that discusses its second quarter as often
    text = (
        "上半年，样例公司营收42.1亿元，净利润5.2亿元。上半年毛利率提升。二季度营收22.3亿元，"
        "二季度净利润2.9亿元，毛利率持平。"
    )
    assert main_period(text, date(2024, 8, 28))[0] == Period.h1(2024)


def test_the_end_of_the_last_fiscal_year_and_a_year_end_not_yet_come():
    # 上财年末 / 上个财年末: the end of the fiscal year before the one discussed, a base only
    got = periods(
        "截至2024年6月30日，样例公司总资产412.3亿美元，较上个财年末增长2.1%；长期借款98.6亿美元。",
        date(2024, 8, 2),
    )
    assert got == [
        ("412.3亿美元", "2024-06-30"),
        ("2.1%", "2024-06-30"),
        ("98.6亿美元", "2024-06-30"),
    ]
    # year-end without a year, in a story on the first half: the end of the year before; dated
    # by a month in brackets, the end of that month
    text = "Acme's first half. Net debt of $3.2bn at June compares with $2.9bn at year-end."
    assert ("$2.9bn", "2023-12-31") in periods(text, date(2024, 8, 2))
    text = text.replace("year-end.", "fiscal year-end (November 2023).")
    assert ("$2.9bn", "2023-11-30") in periods(text, date(2024, 8, 2))


def test_a_period_named_in_brackets_stays_inside_them():
    text = (
        "样例公司前三季度营收812.5亿元，同比下降6.2%，降幅比上半年略大（上半年营收同比下降5.1%）。"
        "归母净利润亏损35.6亿元。"
    )
    got = periods(text, date(2024, 10, 30))
    assert ("5.1%", "2024H1") in got
    assert ("35.6亿元", "2024Q1-Q3") in got
    text = "Acme's nine-month sales fell 4% (first-half sales: down 3%), and profit was $1.2bn."
    got = periods(text, date(2024, 10, 30))
    assert ("$1.2bn", "2024Q1-Q3") in got


def test_the_figure_a_change_starts_from():
    # 由<year>的X降至Y: the year is X's; Y is of the period discussed
    text = "样例公司发布2023年年报。毛利率由2022年的31.2%降至27.5%，营收由2022年的88.1亿元降至80.3亿元。"
    got = periods(text, date(2024, 3, 30))
    assert got == [
        ("31.2%", "2022FY"), ("27.5%", "2023FY"), ("88.1亿元", "2022FY"), ("80.3亿元", "2023FY")
    ]  # fmt: skip
    # from X in the quarter discussed: the change's period, X a year before it
    text = "Acme's second quarter. Sales fell to $4.1bn from $5.0bn in the three months to June."
    assert ("$5.0bn", "2023Q2") in periods(text, date(2024, 8, 2))
    # a compared figure booked in a named quarter, and a second one in the same breath
    text = (
        "Acme's third quarter. Sales fell 8% from the $2.4bn recorded in the second quarter, and "
        "profit slid 12% from $310m."
    )
    got = periods(text, date(2024, 10, 30))
    assert ("$2.4bn", "2024Q2") in got and ("$310m", "2024Q2") in got
    assert ("12%", "2024Q3") in got


def test_a_heading_ending_in_a_colon_names_its_sections_period():
    text = (
        "样例通信二季度营收下降\n\n- 二季度营业收入51.2亿美元，同比下降3.1%。\n\n上半年合计：\n\n"
        "- 净利润9.8亿美元，同比下降7.5%。\n\n资产负债表：\n\n- 截至6月末，总资产802.5亿美元。"
    )
    got = periods(text, date(2024, 8, 2))
    assert ("9.8亿美元", "2024H1") in got and ("7.5%", "2024H1") in got
    assert ("802.5亿美元", "2024-06-30") in got


def test_a_year_ago_after_a_second_figure_is_that_figures():
    text = (
        "Acme's second quarter. Its licence fees of $2.40 billion were about three times the "
        "$0.80 billion of a year ago. It earned $1.10 billion, or 52 cents a share, against "
        "$0.90 billion, or 41 cents a share, a year earlier."
    )
    got = periods(text, date(2024, 8, 2))
    assert ("$2.40 billion", "2024Q2") in got and ("$0.80 billion", "2023Q2") in got
    assert ("$0.90 billion", "2023Q2") in got and ("41 cents", "2023Q2") in got
    assert ("$1.10 billion", "2024Q2") in got


def test_relative_periods_dating_one_figure_and_a_sentence_opening_on_its_base():
    text = (
        "Acme's second quarter.\n\nFor the first half, sales were $6.3 billion, 34% below the "
        "year-earlier $9.5 billion.\n\nAcme earned $1.23 billion, or $1.35 a share, up from $1.07 "
        "billion, or $1.19, a year ago."
    )
    got = periods(text, date(2024, 8, 2))
    assert ("$9.5 billion", "2023H1") in got and ("$6.3 billion", "2024H1") in got
    assert ("$1.19", "2023Q2") in got and ("$1.35", "2024Q2") in got
    text = (
        "Acme's second quarter.\n\nFrom the first quarter, sales rose 12%, and profit jumped "
        "fivefold from $43 million. Sequentially, margins widened from 31%. Fees rose 5% from $2 "
        "billion."
    )
    got = periods(text, date(2024, 8, 2))
    assert ("$43 million", "2024Q1") in got and ("31%", "2024Q1") in got
    assert ("$2 billion", "2023Q2") in got and ("12%", "2024Q2") in got


def test_the_start_of_the_year_is_the_opening_balance():
    text = (
        "Acme's second quarter.\n\nCash stood at $21.6 billion at the end of June, up 38% from "
        "$15.7 billion at the start of the year. Debt fell to $8 billion from $9 billion at the "
        "beginning of 2024, and borrowings rose 8% since the start of the year."
    )
    got = periods(text, date(2024, 8, 2))
    assert ("$15.7 billion", "2023-12-31") in got and ("$9 billion", "2023-12-31") in got
    assert ("$8 billion", "2024-06-30") in got and ("8%", "2024-06-30") in got


def test_a_year_dates_the_when_clause_after_it():
    text = (
        "Acme's nine months.\n\nAcme lost 2.8bn yuan in the first nine months of 2024, a far cry "
        "from 2019, when it earned 4.2bn yuan on sales of 51bn. Sales fell 12%."
    )
    got = periods(text, date(2024, 11, 1))
    assert ("4.2bn yuan", "2019FY") in got and ("51bn", "2019FY") in got
    assert ("12%", "2024Q1-Q3") in got


def test_a_table_of_periods_down_its_rows():
    text = (
        "Acme's fiscal 2024 in review.\n\nQuarterly results:\n\n| Quarter | Revenue ($bn) |\n"
        "|---|---|\n| Q1 (Mar) | 12.10 |\n| Q2 (Jun) | 13.45 |\n| H2 | 27.30 |\n"
    )
    got = periods(text, date(2025, 2, 20))
    assert ("12.10", "2024Q1") in got and ("13.45", "2024Q2") in got and ("27.30", "2024H2") in got


def test_a_fourth_quarter_storys_figures_of_the_whole_year():
    text = (
        "Acme's fourth quarter.\n\nIn the fourth quarter its net loss widened to $3.1 billion, "
        "more than half of the full-year loss of $5.2 billion. Sales fell 8%. Earnings per share "
        "were $1.63, compared with $1.90 in 2023. Profit was $0.4 billion."
    )
    got = periods(text, date(2025, 3, 30))
    assert ("$5.2 billion", "2024FY") in got and ("$3.1 billion", "2024Q4") in got
    assert ("$1.63", "2024FY") in got and ("$1.90", "2023FY") in got
    assert ("8%", "2024Q4") in got and ("$0.4 billion", "2024Q4") in got


def test_the_end_of_a_named_year_and_a_signed_rate_after_from():
    text = (
        "Acme's second quarter.\n\nAcme ended June with $544 million in cash, up from $435 million "
        "at the end of 2023, and total assets of $18.1 billion. Return on equity was 4.79%, up "
        "from -2.58%."
    )
    got = periods(text, date(2024, 8, 5))
    assert ("$435 million", "2023-12-31") in got and ("$18.1 billion", "2024-06-30") in got
    assert ("-2.58%", "2023Q2") in got and ("4.79%", "2024Q2") in got


def test_the_range_of_a_superlative_is_no_figures_period():
    text = (
        "Acme's 2023 results.\n\nFourth quarter\n\nSales in the three months through December rose "
        "to 3.2 billion yuan, up 40% sequentially and the highest of any quarter last year. "
        "Profit in the period fell to 0.4 billion yuan."
    )
    got = periods(text, date(2024, 3, 28))
    assert ("40%", "2023Q4") in got and ("0.4 billion yuan", "2023Q4") in got


def test_the_per_share_apposition_of_a_compared_figure_is_of_its_period():
    text = (
        "Acme's first half.\n\nFor the first half, Acme lost $306.6 million, or 56 cents per "
        "share, compared with a profit of $55.9 million, or 9 cents per share, a year ago.\n\n"
        "Net earnings were $1.12 billion, or 66 cents a share, up 7.2% from $1.20 billion, or 71 "
        "cents. Operating income fell 12.2% to $1.83 billion."
    )
    got = periods(text, date(2024, 8, 20))
    assert ("$55.9 million", "2023H1") in got and ("9 cents", "2023H1") in got
    assert ("71 cents", "2023H1") in got and ("66 cents", "2024H1") in got
    assert ("$1.83 billion", "2024H1") in got


def test_the_first_three_quarters_and_a_part_that_came_in_a_quarter():
    text = "Acme's results.\n\nProfit slumped 89.35 percent in the first three quarters of 2023."
    assert periods(text, date(2023, 10, 28)) == [("89.35 percent", "2023Q1-Q3")]
    text = (
        "Acme's 2023 results.\n\nOperating cash flow for 2023 was 3.9 billion yuan, and 3.7 billion "
        "yuan of that, or 94%, came in the fourth quarter. Sales rose 5%."
    )
    got = periods(text, date(2024, 3, 31))
    assert ("3.7 billion yuan", "2023Q4") in got and ("94%", "2023Q4") in got
    assert ("3.9 billion yuan", "2023FY") in got and ("5%", "2023FY") in got


def test_a_period_in_an_after_clause_dates_its_figure_only():
    text = (
        "Acme's first half.\n\nAcme bought back no stock, after spending $1.4 billion on "
        "repurchases in the first half of 2023, and paid $0.5 billion in dividends."
    )
    got = periods(text, date(2024, 8, 5))
    assert ("$1.4 billion", "2023H1") in got and ("$0.5 billion", "2024H1") in got


def test_a_change_after_after_a_is_of_its_own_period():
    text = (
        "Acme's second quarter.\n\nIn the second quarter sales fell 4.1%, after a 2.8% drop in "
        "Q1. Profit rose 2%."
    )
    got = periods(text, date(2024, 7, 30))
    assert ("4.1%", "2024Q2") in got and ("2.8%", "2024Q1") in got and ("2%", "2024Q2") in got


def test_a_figure_joined_by_and_to_a_bases_own_shares_its_period():
    text = (
        "Acme's first half.\n\nThe second quarter brought in 6.8 billion yuan of revenue, after a "
        "first quarter of 6.4 billion yuan and 1.2 billion yuan."
    )
    got = periods(text, date(2024, 8, 30))
    assert ("6.4 billion yuan", "2024Q1") in got and ("1.2 billion yuan", "2024Q1") in got
    assert ("6.8 billion yuan of revenue", "2024Q2") in got or ("6.8 billion yuan", "2024Q2") in got


def test_a_longer_heading_comparing_two_periods_names_the_first():
    text = (
        "Acme said second-quarter net income fell 50% to $224.2 million.\n\n"
        "By the numbers (first half of 2009 vs. first half of 2008):\n"
        "- Net income: $112.3 million vs. $1.0 billion, down 89%\n"
    )
    got = periods(text, date(2009, 8, 10))
    assert ("$224.2 million", "2009Q2") in got
    assert ("$112.3 million", "2009H1") in got and ("89%", "2009H1") in got
    assert ("$1.0 billion", "2008H1") in got
