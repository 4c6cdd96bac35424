"""Traps that spoil a whole article, found by checking a plain story about every 2009q3 registrant:
a wire's dateline read as the period of every figure after it, and a company whose name is a
forecast word (Target) read as a target."""

from datetime import date

from caibao.claims.extract import extract_claims


def test_a_datelines_day_is_no_period():
    text = (
        "Acme results\n\nAugust 8, 2009 - Acme said second-quarter revenue fell 18.8% to $3.86 "
        "billion, from $4.76 billion a year earlier. Net income was $28.3 million.\n"
        "HOUSTON, Aug. 8, 2009 /PRNewswire/ -- Acme posted first-half sales of $7.2 billion."
    )
    claims = extract_claims(text, "ACME", date(2009, 8, 8))
    periods = [c.period for c in claims]
    assert periods == ["2009Q2", "2009Q2", "2008Q2", "2009Q2", "2009H1"]
    # a day named as a balance date still is one
    text = "Acme had cash of $1.2 billion as of June 30, 2009, against $0.9 billion."
    assert extract_claims(text, "ACME", date(2009, 8, 8))[0].period == "2009-06-30"


def test_a_company_named_target_is_no_target():
    text = "Target said second-quarter revenue fell 2.6% to $15.07 billion. Its sales target is $16 billion."
    names = [(0, 6, "TGT")]
    claims = extract_claims(text, "TGT", date(2009, 8, 20), companies=names)
    assert [c.forecast for c in claims] == [False, False, True]


def test_a_segment_word_inside_the_company_name_is_no_segment():
    # (a Chinese story runs the English name into its Chinese words: Pipeline二季度营收)
    text = "Plains All American Pipeline二季度营收同比下降52.7%。"
    segments = ("Pipeline tariff activities, trucking and related", "Marketing")
    names = [(0, 28, "PAA")]
    claims = extract_claims(text, "PAA", date(2009, 8, 8), segments=segments, companies=names)
    assert [(c.concept, c.segment) for c in claims] == [("revenue", None)]


def test_a_names_legal_word_run_into_the_chinese_is_no_segment():
    text = "L-3 Communications Holdings二季度营收同比增长5.6%。"
    names = [(0, 18, "LLL")]  # (the press's L-3 Communications)
    claims = extract_claims(text, "LLL", date(2009, 8, 8), companies=names)
    assert [(c.concept, c.segment) for c in claims] == [("revenue", None)]


def test_a_gross_margin_in_dollars_is_gross_profit():
    # (Texas Instruments and Apple print their gross profit as "Gross margin")
    text = "Texas Instruments' gross margin was $1,124 million in the second quarter, or 44.1% of revenue."
    claims = extract_claims(text, "TXN", date(2009, 8, 8))
    assert [c.concept for c in claims][:1] == ["gross_profit"]
    assert "gross_margin" in [c.concept for c in claims[1:]]


def test_a_quarterly_story_naming_only_its_compared_years_is_of_its_own_year():
    from caibao.claims.article_periods import main_period

    text = (
        "Acme profit falls 33 percent\n\n"
        "Acme said its second-quarter profit fell 33 percent. It earned $55 million in the "
        "April-June period, against $82 million a year earlier. Tax was $1 million, compared "
        "with $75 million in the 2008 quarter. For the first six months of the year, Acme lost "
        "$26 million, compared with a profit of $84 million in the first half of 2008. It spent "
        "$11 million on buybacks, against $147 million in the first half of 2008. Shares traded "
        "as high as $25 in mid-2008.\n"
    )
    assert str(main_period(text, date(2009, 8, 26))[0]).startswith("2009")
    # an annual story on the year before keeps its year
    text = "Acme's 2008 results\n\nIn 2008 Acme earned $300 million, against $250 million a year earlier."
    assert str(main_period(text, date(2009, 3, 20))[0]) == "2008FY"
