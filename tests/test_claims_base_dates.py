"""A change against a named base date (较年初, since year-end) is the change of the report's
balance: the base's date is not the claim's own."""

from datetime import date

from caibao.claims.extract import extract_claims


def _periods(text: str, day: date) -> dict[str, str | None]:
    return {c.printed: c.period for c in extract_claims(text, "X", day)}


def test_a_doubling_said_right_after_its_base_date_is_the_change_to_the_report_date():
    text = "公司发布半年报。应收账款12.3亿元，较年初翻倍。"
    assert _periods(text, date(2024, 8, 20))["翻倍"] == "2024-06-30"


def test_since_year_end_names_the_base_not_the_period():
    text = (
        "The retailer filed its second-quarter report. Its cash pile has grown 15% since year-end."
    )
    assert _periods(text, date(2009, 8, 20))["15%"] == "2009-06-30"


def test_a_balance_against_the_same_date_a_year_before_is_named_by_its_base():
    from caibao.claims.verify_base import ArticleClaims
    from caibao.claims.verify_bases import _named_base

    text = "公司发布半年报。期末应收账款20亿元，较上年同期下降约12%；存货8亿元，较年初增长5%。"
    claims = ArticleClaims(extract_claims(text, "X", date(2024, 8, 20)), text)
    by_printed = {c.printed: c for c in claims}
    base = _named_base(by_printed["12%"], claims)
    assert base is not None and base.period == "2023-06-30"
    assert _named_base(by_printed["5%"], claims) is None  # the year's start: the usual base


def test_a_base_after_a_possessive_does_not_become_the_period_discussed():
    text = (
        "The developer reported its 2024 first-half results. Total assets are down by more than a "
        "tenth from their Rmb90bn peak at the end of 2021. Total liabilities fell to Rmb40bn."
    )
    periods = _periods(text, date(2024, 8, 30))
    assert periods["Rmb90bn"] == "2021-12-31"
    assert periods["Rmb40bn"] == "2024-06-30"


def test_a_change_in_points_against_a_named_year_is_measured_from_that_year():
    from caibao.claims.verify_base import ArticleClaims
    from caibao.claims.verify_bases import _named_base

    text = "公司发布2023年年报。2023年净利率为8.1%，比2021年回落1.2个百分点。"
    claims = ArticleClaims(extract_claims(text, "X", date(2024, 3, 30)), text)
    points = next(c for c in claims if c.unit == "pp")
    base = _named_base(points, claims)
    assert base is not None and base.period == "2021FY"


def test_an_analysts_quarter_named_after_a_change_is_its_base():
    from caibao.claims.verify_base import ArticleClaims
    from caibao.claims.verify_bases import _named_base

    text = "The drugmaker reported 3Q10 results. Sales were up 2.1% on 2Q10, helped by currency."
    claims = ArticleClaims(extract_claims(text, "X", date(2010, 10, 25)), text)
    change = next(c for c in claims if c.printed == "2.1%")
    base = _named_base(change, claims)
    assert base is not None and base.period == "2010Q2"


def test_the_level_after_a_change_since_year_end_is_of_the_report_date():
    # (since fiscal year-end: the base date, not the period of the level the change reached,
    # nor the period discussed in the next sentence)
    text = (
        "The toolmaker filed its second-quarter report. Receivables have fallen 9% since the "
        "fiscal year-end to $3.1bn. Payables were $2.2bn."
    )
    periods = _periods(text, date(2009, 8, 20))
    assert periods["$3.1bn"] == "2009-06-30"
    assert periods["$2.2bn"] == "2009Q2"
