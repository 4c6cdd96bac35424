"""Periods of claims in article grammar: relative years, compared figures' own years, the year
before, Hong Kong quarter words, month-ends by the article's date, analysts' table columns."""

from datetime import date

from caibao.claims.article_periods import main_period
from caibao.claims.checker import Checker
from caibao.claims.column_periods import column_period
from caibao.claims.extract import extract_claims
from caibao.claims.fiscal import fiscal_year_end, snap_instant, year_end_month
from caibao.ingest import ingest_file
from caibao.periods import Period
from caibao.store import Store
from claim_periods import periods


def test_fiscal_year_results_set_the_article_period_and_last_year():
    text = (
        "Its fiscal 2023 results disappoint. The group earned Rmb8.1bn last year, against a loss "
        "of Rmb2.4bn in 2022, and it expects better in 2024. Sales were Rmb90.2bn."
    )
    assert main_period(text, date(2024, 3, 28))[0] == Period.fy(2023)
    got = periods(text, date(2024, 3, 28))
    assert ("Rmb8.1bn", "2023FY") in got
    assert ("Rmb2.4bn", "2022FY") in got
    assert ("Rmb90.2bn", "2023FY") in got  # the 2022 of a compared figure does not carry on


def test_a_figure_after_from_keeps_its_own_year():
    got = periods(
        "Sales dropped 12 per cent to Rmb70.1bn, well short of the Rmb95.5bn it made as recently "
        "as 2021. Net profit was Rmb3.3bn.",
        date(2024, 3, 28),
    )
    assert ("Rmb95.5bn", "2021FY") in got
    assert ("Rmb70.1bn", "2023FY") in got
    assert ("Rmb3.3bn", "2023FY") in got


def test_the_year_before_and_the_same_quarter_last_year():
    got = periods(
        "In the three months to June, the company lost 2.3 billion yuan, against the 1.1 billion "
        "yuan loss of the same quarter last year. Operating cash flow was 0.8 billion yuan, "
        "compared with an outflow of 0.4 billion yuan a year before.",
        date(2024, 8, 30),
    )
    assert ("1.1 billion yuan", "2023Q2") in got
    assert ("0.4 billion yuan", "2023Q2") in got
    got = periods(
        "EPS rose to 0.31 yuan, up from 0.22 yuan the year before. 2023 annual results.",
        date(2024, 4, 20),
    )
    assert got == [("0.31 yuan", "2023FY"), ("0.22 yuan", "2022FY")]


def test_first_three_months_of_a_year_is_its_first_quarter():
    got = periods(
        "Revenue rose 4.1% year on year to 3.36 billion yuan in the first three months of 2024.",
        date(2024, 4, 29),
    )
    assert [p for _x, p in got] == ["2024Q1", "2024Q1"]


def test_hong_kong_quarter_words_and_month_end_by_the_article_date():
    text = (
        "回顧2023年全年，收入8.1億元。\n"
        "今年首季營業收入2.05億元，按年增長3.1%。較去年第四季的2.5億元下跌。"
        "截至3月底，總資產30.2億元；期末貨幣資金4.4億元，較年初的5.2億元減少。"
    )
    got = dict(periods(text, date(2024, 4, 27)))  # printed figures are simplified
    assert got["2.05亿元"] == "2024Q1"
    assert got["3.1%"] == "2024Q1"
    assert got["2.5亿元"] == "2023Q4"
    assert got["30.2亿元"] == "2024-03-31"
    assert got["4.4亿元"] == "2024-03-31"
    assert got["5.2亿元"] == "2023-12-31"


def test_analyst_table_columns():
    ref, fy = date(2024, 3, 20), Period.fy(2023)
    assert column_period("2022A", ref, fy) == (Period.fy(2022), False)
    assert column_period("2024E", ref, fy) == (Period.fy(2024), True)
    assert column_period("FY25F", ref, fy) == (Period.fy(2025), True)
    assert column_period("2023年", ref, fy) == (Period.fy(2023), False)
    assert column_period("Q2'23", ref, fy) == (Period.q(2023, 2), False)
    assert column_period("1H23", ref, fy) == (Period.h1(2023), False)
    assert column_period("较年初变动", ref, fy) == (None, False)
    text = (
        "| 指标 | 2023年6月30日 | 较年初变动 |\n|---|---|---|\n| 总资产（亿元） | 512.3 | +3.2% |\n"
    )
    got = periods(text, date(2023, 8, 30))
    assert ("+3.2%", "2023-06-30") in got


# -- fiscal years that do not end in December ----------------------------------------------------


def test_fiscal_frame_reads_periods_in_the_company_calendar():
    # a June year end (shift 6): an article of 25 July 2024 on the fiscal year to June 2024
    text = (
        "The company earned $22.0 billion in the fourth quarter. Revenue for the June quarter "
        "was $64.7 billion and fiscal 2024 revenue $245.1 billion. 第三财季营收619亿美元。"
        "Cash stood at $18.3 billion at the end of June."
    )
    got = [
        (c.printed, c.period)
        for c in extract_claims(text, "MSFTX", date(2024, 7, 25), fiscal_shift=6)
    ]
    assert ("$22.0 billion", "2024Q4") in got
    assert ("$64.7 billion", "2024Q4") in got
    assert ("$245.1 billion", "2024FY") in got
    assert ("619亿美元", "2024Q3") in got
    assert ("$18.3 billion", "2024-06-30") in got


def test_fiscal_year_end_learnt_and_balance_dates_snapped():
    assert year_end_month([date(2022, 9, 24), date(2023, 9, 30)]) == 9
    assert year_end_month([date(2023, 12, 31)]) == 12
    assert year_end_month([]) == 12
    assert snap_instant("2022-09-30", [date(2022, 9, 24), date(2023, 9, 30)]) == "2022-09-24"
    assert snap_instant("2022-06-30", [date(2022, 9, 24)]) == "2022-06-30"
    assert snap_instant("2022FY", [date(2022, 9, 24)]) == "2022FY"


def test_fiscal_year_end_learnt_from_quarterly_and_half_year_documents():
    # a third quarter whose balances are dated at the end of April: the year ends in July
    assert fiscal_year_end("2011Q3", [date(2010, 7, 31), date(2011, 4, 30)]) == date(2011, 7, 31)
    # a first quarter named for the next calendar year (a year ending in February)
    assert fiscal_year_end("2013Q1", [date(2012, 2, 29), date(2012, 5, 31)]) == date(2013, 2, 28)
    assert fiscal_year_end("2020H1", [date(2019, 12, 31), date(2020, 6, 30)]) == date(2020, 12, 31)
    # a dump's later quarter does not belong to the year the document is named for
    assert fiscal_year_end("2020FY", [date(2020, 12, 31), date(2021, 3, 31)]) == date(2020, 12, 31)
    assert fiscal_year_end("2020Q1-Q3", [date(2020, 9, 30)]) == date(2020, 12, 31)
    assert fiscal_year_end("2020Q2", []) is None
    assert fiscal_year_end("2020-06-30", [date(2020, 6, 30)]) is None
    assert fiscal_year_end(None, [date(2020, 6, 30)]) is None


def test_apple_fourth_quarter_is_fiscal_q4(corpus, tmp_path):
    xbrl = corpus / "us" / "xbrl" / "aapl"
    store = Store(tmp_path / "aapl.duckdb")
    ingest_file(xbrl / "10k_2023" / "aapl-20230930_htm.xml", store)
    ingest_file(xbrl / "10q_2023" / "aapl-20230701_htm.xml", store)
    checker = Checker(store)
    result = checker.check(
        "Apple Inc. said fourth-quarter revenue was $89.5 billion, and full-year sales for "
        "fiscal 2023 came to $383.3 billion. Total assets were $352.8 billion a year earlier.",
        company="AAPL",
        day=date(2023, 11, 3),
    )
    got = {c.claim.printed: (c.claim.period, c.verdict.verdict) for c in result.claims}
    assert got["$89.5 billion"] == ("2023Q4", "supported")  # FY − Q1-Q3
    assert got["$383.3 billion"] == ("2023FY", "supported")
    assert got["$352.8 billion"][0] == "2022-09-24"


def test_a_rate_after_a_verb_following_a_start_of_year_base_is_the_period_end_change():
    got = periods(
        "截至6月30日，存货5.2亿元，较年初缩水约两成；净利率为12.5%，较上年同期的10.1%有所提升。",
        date(2024, 8, 20),
    )
    assert ("5.2亿元", "2024-06-30") in got
    assert ("两成", "2024-06-30") in got or ("约两成", "2024-06-30") in got
    assert ("10.1%", "2023H1") in got


def test_a_year_named_only_for_a_compared_figure_is_not_the_article_year():
    text = (
        "Debt was 210 billion yuan, against 236 billion yuan at the end of 2023. Cash fell 9% "
        "from 64 billion yuan in 2023."
    )
    assert main_period(text, date(2024, 10, 30))[0] == Period.ytd(2024, 3)


def test_a_52_53_week_quarter_named_by_its_last_day():
    got = periods("Sales for the three months ended October 1, 2022 were $9.1 billion.", None)
    assert ("$9.1 billion", "2022Q3") in got
    got = [
        (c.printed, c.period)
        for c in extract_claims(
            "Net sales for the quarter ended December 28, 2024 were $12.4 billion. Total assets "
            "were $70.2 billion as of December 28, 2024.",
            "X",
            date(2025, 2, 1),
            fiscal_shift=3,  # a year ending in late September: December is its first quarter
        )
    ]
    assert ("$12.4 billion", "2025Q1") in got
    assert ("$70.2 billion", "2024-12-28") in got


def test_a_year_said_around_its_figure_with_yu_xiangbi_is_a_base():
    got = periods(
        "2023年公司归母净利润18.2亿元。与2019年的30.5亿元相比下降约四成，营业收入96亿元。",
        date(2024, 4, 1),
    )
    assert ("30.5亿元", "2019FY") in got
    assert ("96亿元", "2023FY") in got


def test_month_spans_day_first_dates_and_single_quarter_words():
    got = periods(
        "Revenue in the July-September quarter rose 4% to $3.2 billion. Cash was $1.1 billion "
        "as at 30 September 2024, against $0.9 billion on 31 December.",
        date(2024, 11, 5),
    )
    assert ("$3.2 billion", "2024Q3") in got
    assert ("$1.1 billion", "2024-09-30") in got
    assert ("$0.9 billion", "2023-12-31") in got
    got = dict(
        periods(
            "前三季度营收90亿元；单季度营收33亿元。7-9月毛利率为31%。截至9月30日，总资产210亿元。",
            date(2024, 10, 28),
        )
    )
    assert got["90亿元"] == "2024Q1-Q3"
    assert got["33亿元"] == "2024Q3"
    assert got["31%"] == "2024Q3"
    assert got["210亿元"] == "2024-09-30"


def test_a_quarterly_us_style_story_is_about_its_quarter():
    text = (
        "Netflix second-quarter results\n\nNetflix said second-quarter revenue rose 16% to "
        "$9.6 billion. Operating margin widened in the second quarter. Q2 subscribers grew."
    )
    assert main_period(text, date(2024, 7, 19))[0] == Period.q(2024, 2)


def test_a_figure_from_a_business_is_not_a_compared_figure():
    got = periods("Revenue from hotels of Rmb5bn in 2023 was strong. Profit was Rmb1bn.", None)
    assert got == [("Rmb5bn", "2023FY"), ("Rmb1bn", "2023FY")]


def test_report_names_and_opening_balances():
    got = periods(
        "2023年中报显示，期初货币资金4.1亿元，期末3.2亿元。营收6亿元。年初存货2亿元，营收同比增长5%。",
        date(2023, 8, 29),
    )
    assert got == [
        ("4.1亿元", "2022-12-31"),
        ("3.2亿元", "2023-06-30"),
        ("6亿元", "2023H1"),
        ("2亿元", "2022-12-31"),
        ("5%", "2023H1"),
    ]


def test_a_span_without_a_year_is_the_latest_by_the_article_and_an_adjective_year():
    got = periods(
        "Its 2023 revenue was 12 billion yuan. Net profit for the six months ended June 30 rose "
        "12% to 1.2 billion yuan.",
        date(2024, 8, 20),
    )
    assert ("12 billion yuan", "2023FY") in got
    assert ("1.2 billion yuan", "2024H1") in got


# -- round 3: quarterly US stories, fiscal bases, spans and restated dates -------------------------


def test_an_amount_is_not_a_year_and_a_fiscal_base_is_not_the_year_discussed():
    # 2019.56亿元 is an amount, not the year 2019
    text = "公司2024财年营收2088.6亿元，其中手机业务收入2019.56亿元。"
    assert main_period(text, date(2025, 3, 10))[0] == Period.fy(2024)
    # "from fiscal 2023" is the base of the comparison, not the year the story is about
    text = "For the full fiscal year, annual sales were $51.2 billion, up 4% from fiscal 2023."
    assert main_period(text, date(2025, 2, 20))[0] == Period.fy(2024)


def test_a_quarterly_story_is_about_its_quarter():
    text = (
        "Acme's quarterly profit slips\n\nAcme said its third-quarter revenue fell 3% to $4.1 "
        "billion in the quarter ended Sept. 27, from $4.2 billion in the year-ago quarter. For "
        "the first nine months, revenue was $12.0 billion; in the first half it was $7.9 billion."
    )
    assert main_period(text, date(2025, 11, 4))[0] == Period.q(2025, 3)
    # a Chinese A-share nine-month story that comments on one quarter stays on the nine months
    text = "前三季度营收120亿元，同比增长5%。其中二季度单季营收40亿元，三季度单季营收42亿元。前三季度净利润9亿元。"
    assert main_period(text, date(2025, 10, 28))[0] == Period.ytd(2025, 3)


def test_spans_of_months_compact_quarters_and_dates_without_a_year():
    got = dict(
        periods(
            "Sales for the April-to-June period rose 6% to 3.2 billion yuan.", date(2025, 8, 20)
        )
    )
    assert got["3.2 billion yuan"] == "2025Q2"
    got = dict(periods("截至2025年3月31日止三个月，收入为8.8亿元。", date(2025, 5, 10)))
    assert got["8.8亿元"] == "2025Q1"
    got = dict(
        periods(
            "ACME 3Q profit up; revenue 4.4 billion yuan. Cash was 2.1 billion yuan at September 30.",
            date(2025, 10, 30),
        )
    )
    assert got["2.1 billion yuan"] == "2025-09-30"
    # a date in brackets restates the quarter just named
    got = dict(periods("公司第二财季（截至6月29日）营收52.3亿元。", date(2025, 8, 1)))
    assert got["52.3亿元"] == "2025Q2"


def test_a_period_after_a_figure_and_its_per_share_apposition():
    got = periods(
        "Acme's annual results: full-year revenue was $40.2 billion in 2024.\n\nThe company "
        "earned $2.1 billion, or $0.46 per diluted share, in its fiscal fourth quarter.",
        date(2025, 2, 5),
    )
    assert ("$40.2 billion", "2024FY") in got
    assert ("$2.1 billion", "2024Q4") in got
    assert ("$0.46", "2024Q4") in got
    got = periods(
        "Second-quarter revenue rose 5% to $1.6 billion. "
        "Net income fell 40% to $162 million, or $0.33 per share, from $271 million, or $0.59 per "
        "share, in the year-ago quarter.",
        date(2025, 8, 5),
    )
    assert ("$271 million", "2024Q2") in got
    assert ("$0.59", "2024Q2") in got


def test_the_six_months_earlier_this_year_and_the_fiscal_half():
    text = (
        "Acme's second-quarter sales fell 3% to $4.1 billion. Cash flow from operations rose 2% "
        "to $6.19 billion in the six months.\n\nIt raised its quarterly dividend to $0.52 a share "
        "from $0.49 earlier this year."
    )
    got = periods(text, date(2025, 8, 5))
    assert ("$4.1 billion", "2025Q2") in got
    assert ("$6.19 billion", "2025H1") in got
    assert ("$0.52", "2025Q2") in got
    assert ("$0.49", "2025Q1") in got
    got = dict(periods("二季度营收12.1亿元。从上半财年看，公司营收23.5亿元。", date(2025, 8, 20)))
    assert got["23.5亿元"] == "2025H1"


def test_a_section_heading_names_its_paragraphs_period():
    text = (
        "Acme posts its 2024 annual results\n\nKey points for the quarter and the year:\n\n"
        "Fourth quarter\n- Revenue: 166.5 million yuan.\n- Net profit: 43.8 million yuan.\n\n"
        "Full year 2024\n- Revenue: 585 million yuan."
    )
    got = periods(text, date(2025, 4, 26))
    assert ("166.5 million yuan", "2024Q4") in got
    assert ("43.8 million yuan", "2024Q4") in got
    assert ("585 million yuan", "2024FY") in got


def test_a_year_before_a_part_is_no_sign_of_an_annual_story():
    text = (
        "一文看懂某公司三季报\n\n公司2025年第三季度营收10亿元；2025年前三季度营收28亿元。"
        "和2024年全年比：2024财年营收35亿元，2024年净利润3亿元，2024年第四季度净利润0.8亿元。"
    )
    assert main_period(text, date(2025, 10, 28))[0] == Period.ytd(2025, 3)


def test_a_same_period_phrase_right_before_a_figure_is_that_figures():
    got = periods(
        "上半年基本每股收益0.86元（上年同期0.92元），稀释每股收益0.85元。", date(2025, 8, 28)
    )
    assert got == [("0.86元", "2025H1"), ("0.92元", "2024H1"), ("0.85元", "2025H1")]


def test_possessive_periods_name_their_own_figure():
    text = (
        "Acme's first-half results.\n\nTaking away the first quarter's 2.10 billion yuan, Acme "
        "earned 5.30 billion yuan in the April-to-June period alone.\n\nOperating cash flow was "
        "4.4 billion yuan, up 12% on last year's first half."
    )
    got = periods(text, date(2025, 8, 30))
    assert ("2.10 billion yuan", "2025Q1") in got
    assert ("5.30 billion yuan", "2025Q2") in got
    assert ("12%", "2025H1") in got


def test_the_quarter_before_and_a_chinese_from_to_base():
    got = periods(
        "2025年一季度营收2.2亿元。净利润由上季度的210万元增至530万元。", date(2025, 4, 28)
    )
    assert ("210万元", "2024Q4") in got
    assert ("530万元", "2025Q1") in got
    got = periods("2024年，海外业务亏损从3.1亿元收窄至1.2亿元。", date(2025, 3, 30))
    assert ("3.1亿元", "2023FY") in got
    assert ("1.2亿元", "2024FY") in got
    got = periods("营收从2022年的80.5亿元增至2024年的99.1亿元。", date(2025, 3, 30))
    assert ("80.5亿元", "2022FY") in got


def test_a_when_clause_after_a_period_is_that_periods():
    got = periods(
        "Sales in the third quarter were 5.2 billion yuan, 8% above the second quarter, when they "
        "had risen 3% to 4.8 billion yuan.",
        date(2025, 10, 30),
    )
    assert ("5.2 billion yuan", "2025Q3") in got
    assert ("4.8 billion yuan", "2025Q2") in got


def test_quarter_named_by_its_months_in_the_fiscal_frame():
    # a year ending in January: the three months ended October are its third quarter (the
    # story's subject, though its fiscal year is named), the nine months keep their own span
    from caibao.claims.fiscal import in_fiscal_frame

    text = (
        "Acme filed its quarterly report for the three months ended October 31. Sales were "
        "down 4%. For the first nine months of fiscal 2012, sales were $9.1 billion. "
        "Its chief executive expects more in fiscal 2012."
    )
    with in_fiscal_frame(11):
        assert str(main_period(text, date(2012, 10, 20))[0]) == "2012Q3"
    got = dict(
        (c.printed, c.period)
        for c in extract_claims(text, "ACMEX", date(2011, 11, 20), fiscal_shift=11)
    )
    assert got["$9.1 billion"] == "2012Q1-Q3"


def test_a_fiscal_quarter_named_with_its_year_is_the_report_discussed():
    # a year ending in June: 2013财年第三财季 is January-March 2013, though a rival's 第二季度
    # is named twice; a day named as the fiscal year's end is a balance date
    text = (
        "微软公司4月20日公布2013财年第三财季业绩，当季营收204亿美元。对手第二季度营收下降，"
        "其第二季度利润也下降。微软现金为600亿美元，较6月30日财年末的500亿美元增长20%。"
    )
    got = [
        (c.printed, c.period)
        for c in extract_claims(text, "MSFTX", date(2013, 4, 25), fiscal_shift=6)
    ]
    assert ("204亿美元", "2013Q3") in got
    assert ("500亿美元", "2012-06-30") in got
    en = "Results for the second quarter of fiscal 2011 beat forecasts; the fourth quarter looms."
    assert str(main_period(en, date(2011, 9, 1))[0]) == "2011Q2"


def test_first_nine_months_and_first_three_fiscal_quarters_in_chinese():
    text = "公司前九个月销售额12.5亿美元。前三财季经营现金流为3.1亿美元。前六个月毛利3.3亿美元。"
    got = dict((c.printed, c.period) for c in extract_claims(text, "600000", date(2019, 11, 5)))
    assert got["12.5亿美元"] == "2019Q1-Q3"
    assert got["3.1亿美元"] == "2019Q1-Q3"
    assert got["3.3亿美元"] == "2019H1"


def test_a_10q_story_is_about_its_quarter_not_the_half():
    text = (
        "Acme's second-quarter 10-Q, filed on Monday, shows sales up 8% to $2.1 billion. "
        "For the first half, sales rose 6%. Rival Beta earned more in the same quarter. "
        "In the first six months cash flow improved."
    )
    assert str(main_period(text, date(2015, 8, 5))[0]) == "2015Q2"


def test_a_year_ending_in_january_named_for_the_year_it_starts_in():
    from caibao.claims.fiscal import frame_shift, usual_shift

    # the SEC data sets name a retailer's year to January 2012 as 2011: its second quarter
    # ends in July 2011
    end = fiscal_year_end("2011Q2", [date(2011, 1, 29), date(2011, 7, 30)])
    assert end == date(2012, 1, 31)
    assert frame_shift("2011Q2", end) == -1
    assert frame_shift("2010FY", date(2010, 9, 30)) == 3
    assert usual_shift([3, 3, 0]) == 3 and usual_shift([2, 0]) == 0 and usual_shift([]) == 0
    # the article names that year by the year it ends in (2012财年, fiscal 2012)
    text = "在截至2011年10月29日的2012财年第三季度，百货公司营收为50亿美元，同比增长5%。"
    got = dict(
        (c.printed, c.period)
        for c in extract_claims(text, "RETLX", date(2011, 11, 20), fiscal_shift=-1)
    )
    assert got["50亿美元"] == "2011Q3"
    en = "In the third quarter of fiscal 2012, ended October 29, sales were $5.0 billion."
    got = dict(
        (c.printed, c.period)
        for c in extract_claims(en, "RETLX", date(2011, 11, 20), fiscal_shift=-1)
    )
    assert got["$5.0 billion"] == "2011Q3"


def test_a_rate_after_against_is_the_compared_level_of_its_period():
    text = (
        "Acme reported first-half results. Its net margin was 7.2%, versus 6.8% a year earlier. "
        "Sales rose 9%, against a year earlier."
    )
    got = [
        (c.printed, c.period, c.measure) for c in extract_claims(text, "600000", date(2021, 9, 1))
    ]
    assert ("6.8%", "2020H1", "value") in got
    assert ("7.2%", "2021H1", "value") in got


def test_a_figure_after_versus_or_against_is_the_year_before():
    text = (
        "Acme reported first-half results. Net income came to $351 million versus $636 million. "
        "Revenue was $2.1 billion, against $2.5 billion."
    )
    got = [(c.printed, c.period) for c in extract_claims(text, "ACMEX", date(2009, 8, 1))]
    assert ("$636 million", "2008H1") in got and ("$2.5 billion", "2008H1") in got
    assert ("$351 million", "2009H1") in got and ("$2.1 billion", "2009H1") in got


def test_a_bullet_point_is_no_section_heading():
    # a wire story's summary bullets under its headline: a period one names is not the period
    # of the paragraphs after it
    text = (
        "Acme quarterly profit slides 43 pct\n\n* Q2 revenue down 10 pct\n"
        "* No share buybacks in first half\n\nAcme said its second-quarter net income fell.\n\n"
        "Revenue fell 11.3 percent to $3.26 billion."
    )
    got = periods(text, date(2009, 8, 6))
    assert ("$3.26 billion", "2009Q2") in got


def test_a_column_dated_month_first_is_that_day():
    assert column_period("6/30/09", None, None) == (Period.instant(date(2009, 6, 30)), False)
    assert column_period(" 12/31/2008 ", None, None) == (Period.instant(date(2008, 12, 31)), False)
    assert column_period("13/31/08", None, None) == (None, False)


def test_a_profit_after_versus_is_the_compared_period():
    got = periods(
        "For the first half of 2009, the company lost $81 million, or $0.19 a share, versus a "
        "profit of $14 million, or $0.30 a share.",
        date(2009, 9, 9),
    )
    assert ("$81 million", "2009H1") in got
    assert ("$14 million", "2008H1") in got
