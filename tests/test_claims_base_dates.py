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
    text = "The retailer filed its second-quarter report. Its cash pile has grown 15% since year-end."
    assert _periods(text, date(2009, 8, 20))["15%"] == "2009-06-30"
