"""A margin named in the plural (Gross margins), a perfect tense's auxiliaries and "they" between
a metric and its figure (have been squeezed to below 10%; they stood at 9.6%), and the last N
years a list of figures is given for (回看近三年，营收分别为a、b和c)."""

from datetime import date

from caibao.claims.extract import extract_claims


def _read(text, code="000002", day=date(2025, 11, 6)):
    return [(c.printed, c.concept, c.period) for c in extract_claims(text, code, day)]


def test_a_margin_in_the_plural_and_a_perfect_tense():
    got = _read(
        "Gross margins, which exceeded 20% as recently as 2021, have been squeezed to below 10% "
        "as the company dumps flats; in the first nine months they stood at 9.6%."
    )
    assert ("20%", "gross_margin", "2021FY") in got
    assert ("10%", "gross_margin", "2025Q1-Q3") in got
    assert ("9.6%", "gross_margin", "2025Q1-Q3") in got


def test_operating_margins_in_the_plural():
    got = _read("Operating margins were 12% in 2024.")
    assert ("12%", "operating_margin", "2024FY") in got


def test_the_last_three_years_of_a_list():
    got = _read(
        "回看近三年，公司营业收入分别为6.68亿元、5.34亿元和5.79亿元，规模始终没有突破。",
        "600080",
        date(2023, 4, 29),
    )
    assert got == [
        ("6.68亿元", "revenue", "2020FY"),
        ("5.34亿元", "revenue", "2021FY"),
        ("5.79亿元", "revenue", "2022FY"),
    ]
