"""What the words around a rate say of it: a change in points is a rate's, a bracketed X/Y
defines the rate (its parts are no metric nor segment), the unit of a change and a concession name
no thing of their own, a rate's change is measured from the level printed after it whatever the
span, an analyst's estimate year (2009E) marks a forecast."""

from datetime import date

from caibao.claims.extract import extract_claims


def _claims(text: str, day: date, segments: tuple[str, ...] = ()) -> dict[str, tuple]:
    claims = extract_claims(text, "X", day, segments=segments)
    return {c.printed: (c.concept, c.segment, c.period, c.forecast) for c in claims}


def test_a_change_in_points_after_a_rate_of_sales_is_the_rates():
    text = (
        "The cereal maker reported first-quarter results. Operating margin improved to 18.2% of "
        "sales from 14.9% a year earlier — a gain of more than 3 percentage points."
    )
    claims = _claims(text, date(2009, 9, 25))
    assert claims["3 percentage points"][0] == "operating_margin"


def test_the_level_a_points_change_is_measured_from_keeps_the_rates_name():
    text = (
        "The developer reported results for the first nine months. Its gross margin was 12.4%, "
        "down 0.6 percentage point from 13.0% in the first half."
    )
    concept, _, period, _ = _claims(text, date(2025, 10, 31))["13.0%"]
    assert (concept, period) == ("gross_margin", "2025H1")


def test_a_rate_defined_in_brackets_is_the_rate_not_its_parts():
    text = "公司发布二季报。二季度医疗费用率（医疗费用/保费收入）为81.2%，同比下降0.3个百分点。"
    claims = _claims(text, date(2009, 8, 10), segments=("保费",))
    assert claims["81.2%"][0] == claims["0.3个百分点"][0] == "medical_cost_ratio"
    assert claims["0.3个百分点"][1] is None


def test_an_analysts_estimate_year_marks_a_forecast():
    text = "The oil major reported second-quarter results. We cut our 2010E EPS to $2.85."
    assert _claims(text, date(2009, 8, 5))["$2.85"][3]


def test_a_segment_named_inside_the_companys_own_name_is_no_segment():
    from caibao.claims.lexicon import Lexicon

    lex = Lexicon({"Acme Widgets": "ACME"})
    text = "Acme Widgets二季度营收12.5亿美元，同比增长8%。"
    claims = extract_claims(text, "ACME", date(2009, 8, 5), lex, segments=("Widgets",))
    assert [c.segment for c in claims if c.printed.endswith("12.5亿美元")] == [None]


def _verdicts(rows, text: str, day: date) -> dict[str, str]:
    from inline_store import checked_claims

    return {c.claim.printed: c.verdict.verdict for c in checked_claims(rows, text, day)}


def test_a_rates_change_against_a_shorter_span_printed_beside_it_is_measured_from_it():
    rows = [
        ("gross_profit", "2025Q1-Q3", "96", "CNY", "value", None, "IS"),
        ("revenue", "2025Q1-Q3", "1000", "CNY", "value", None, "IS"),
        ("gross_profit", "2025H1", "60", "CNY", "value", None, "IS"),
        ("revenue", "2025H1", "600", "CNY", "value", None, "IS"),
        ("gross_profit", "2024Q1-Q3", "90", "CNY", "value", None, "IS"),
        ("revenue", "2024Q1-Q3", "1000", "CNY", "value", None, "IS"),
    ]
    text = "样例药业发布三季报。前三季度毛利率为9.6%，较上半年的10.0%下降0.4个百分点。"
    assert _verdicts(rows, text, date(2025, 10, 28))["0.4个百分点"] == "supported"


def test_notes_payable_of_a_filer_without_bills_payable_are_its_short_term_borrowings():
    rows = [("short_term_borrowings", "2024-12-31", "915000000", "CNY", "value", None, "BS")]
    text = "样例药业发布2024年年报。Notes payable climbed to 915 million yuan at the end of 2024."
    assert _verdicts(rows, text, date(2025, 4, 25))["915 million yuan"] == "supported"
