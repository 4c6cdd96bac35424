"""Streaks ("the fourth consecutive year of growth", "its 11th straight year in positive
territory"): read from an article, and checked against an inline store when the level before
the streak is missing (the first year's printed growth stands in)."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims
from inline_store import checked_claims as _checked

CODE = "600998"
Y = "CNY"


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


def test_a_streak_without_the_level_before_it_uses_the_first_years_printed_growth():
    rows = [
        ("revenue", "2022FY", "5000000000", Y, "value", None, "S1"),
        ("revenue", "2023FY", "5500000000", Y, "value", None, "S1"),
        ("revenue", "2024FY", "6000000000", Y, "value", None, "S1"),
        ("revenue", "2022FY", "8.5", "%", "change_pct", None, "S1"),
    ]
    text = "Yangli's revenue rose to 6 billion yuan in 2024, its third straight year of growth."
    got = [c for c in _checked(rows, text, date(2025, 3, 25)) if "straight" in c.claim.quote]
    assert got and got[0].verdict.verdict == "supported", got
    rows[-1] = ("revenue", "2022FY", "-2.5", "%", "change_pct", None, "S1")
    got = [c for c in _checked(rows, text, date(2025, 3, 25)) if "straight" in c.claim.quote]
    assert got and got[0].verdict.verdict == "contradicted", got


def test_a_streak_broken_by_the_year_discussed_ended_the_year_before():
    from caibao.claims.lexicon import Lexicon
    from caibao.claims.streaks import streak_claims
    from caibao.claims.text import read_text

    text = (
        "Acme's 2023 results. Net profit fell 12% to 3.3bn yuan, the first decline in profit "
        "after three straight years of gains."
    )
    t = read_text(text)
    claims = extract_claims(t, "600000", date(2024, 3, 30))
    got = {
        (c.concept, c.measure, int(c.value), c.period)
        for c in streak_claims(t, "600000", claims, Lexicon())
    }
    assert got == {("np_parent", "streak_up", 3, "2022FY")}
