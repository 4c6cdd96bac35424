"""A span of months written with a dash (2024年1—9月, an en dash, a full-width tilde) is the
1-9月 the period grammar reads: the nine months, not the whole year its 2024年 names."""

from datetime import date

from caibao.claims.extract import extract_claims


def test_a_span_of_months_with_an_em_dash_is_the_year_to_date():
    for dash in ("—", "–", "～", "-"):
        text = f"2024年1{dash}9月，公司实现营业收入197.40亿元，同比增长6.08%。"
        got = {c.printed: c.period for c in extract_claims(text, "000999", date(2024, 10, 26))}
        assert got["197.40亿元"] == "2024Q1-Q3", (dash, got)


def test_this_years_span_of_three_months_is_its_quarter():
    text = "今年7—9月，公司实现营业收入56.34亿元，同比增长3.16%。"
    got = {c.printed: c.period for c in extract_claims(text, "000999", date(2024, 10, 26))}
    assert got["56.34亿元"] == "2024Q3", got
