"""A part of the year named in guidance (expects fourth-quarter sales of…, 预计四季度) is a period
to come: it does not decide which period an article reports on."""

from datetime import date

from caibao.claims.article_periods import main_period


def test_guidance_for_the_next_quarter_does_not_vote():
    text = (
        "Widgetco made $410 million in the third quarter, up from $380 million.\n\n"
        "The company expects fourth-quarter sales of $2.1 billion to $2.2 billion."
    )
    period, _ = main_period(text, date(2021, 10, 28))
    assert str(period) == "2021Q3"


def test_guidance_in_chinese_does_not_vote():
    text = "某公司第二季度营业收入12.5亿元，同比增长8%。公司预计第三季度营业收入约13亿元。"
    period, _ = main_period(text, date(2022, 8, 20))
    assert str(period) == "2022Q2"


def test_guidance_in_a_headline_does_not_reach_the_next_bullet():
    # the headline's "outlook" ends with its line: the bullet's Q2 is the quarter reported on
    text = (
        "Widgetco profit falls, but outlook lifts shares\n\n"
        " * Q2 EPS 3 cents vs 25 cents a year earlier\n"
        " * Sees Q3 revenue $1.1 bln-$1.2 bln\n\n"
        "Widgetco forecast third-quarter revenue above estimates. Net income was $13 million for"
        " the quarter ended June 30. From the first quarter, revenue rose 22 percent, and the"
        " first quarter's loss was $92 million."
    )
    period, _ = main_period(text, date(2009, 7, 24))
    assert str(period) == "2009Q2"


def test_a_guided_quarter_is_not_the_period_of_a_later_clause():
    # the third quarter is what the company forecast; the profit cut is the reported quarter's
    from claim_periods import periods

    text = (
        "Widgetco posted net income of $13.4 million for the quarter ended June 30.\n\n"
        "Widgetco shares rose after the company forecast third-quarter revenue above estimates,"
        " even as weak demand cut its quarterly profit by 90 percent."
    )
    got = dict(periods(text, date(2009, 7, 24)))
    assert got["90 percent"] == "2009Q2"


def test_the_quarter_ended_a_month_names_that_quarter():
    # the quarter ended June 30 is the second quarter, against a first quarter named twice
    text = (
        "Widgetco posted net income of $13 million for the quarter ended June 30.\n\n"
        "From the first quarter, revenue rose 22 percent; the first quarter's loss was $92 million."
    )
    period, _ = main_period(text, date(2009, 7, 24))
    assert str(period) == "2009Q2"


def test_a_quarter_guided_for_is_not_the_period_of_a_later_clause():
    from claim_periods import periods

    text = (
        "Widgetco posted net income of $13.4 million for the quarter ended June 30.\n\n"
        "Widgetco shares rose after the company forecast revenue for the third quarter above"
        " estimates, even as weak demand cut its quarterly profit by 90 percent."
    )
    got = dict(periods(text, date(2009, 7, 24)))
    assert got["90 percent"] == "2009Q2"


def test_what_analysts_expected_on_average_is_a_forecast():
    from caibao.claims.extract import extract_claims

    text = (
        "Widgetco earned $100 million in the second quarter. Analysts polled by Thomson Reuters "
        "had expected, on average, earnings of 25 cents per share."
    )
    got = {c.quote: c.forecast for c in extract_claims(text, "X", date(2009, 8, 1))}
    assert got["earnings of 25 cents"] is True


def test_an_estimate_by_industry_insiders_is_a_forecast_but_a_reporters_is_not():
    from caibao.claims.extract import extract_claims

    def forecast(text):
        return [c.forecast for c in extract_claims(text, "X", date(2023, 4, 29))]

    assert forecast("据业内人士测算，某药业一季度为上市公司贡献营收约19亿元。") == [True]
    assert forecast("据记者测算，公司一季度营收约19亿元。") == [False]
