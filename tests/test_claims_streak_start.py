"""A streak counted from a year it started at (自2021年的高点连续三年下滑, has fallen for two
straight years since its 2021 peak): it ends that many years after it, whatever year the article
discussed last. Made-up companies and figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon
from caibao.claims.streaks import streak_claims
from caibao.claims.text import read_text


def _streaks(text: str) -> set[tuple]:
    t = read_text(text)
    claims = extract_claims(t, "600000", date(2025, 4, 30))
    return {
        (c.concept, c.measure, int(c.value), c.period)
        for c in streak_claims(t, "600000", claims, Lexicon())
    }


def test_a_streak_from_a_years_peak_ends_years_after_it():
    # (the article discusses 2025's first quarter: the streak is still of the years 2022-2024)
    text = "甲公司2025年一季报：营业收入自2021年的320亿元高点连续三年下滑，2025年一季度为21亿元。"
    assert _streaks(text) == {("revenue", "streak_down", 3, "2024FY")}
    text = (
        "Acme's first-quarter 2025 results: since its 2021 peak revenue fell 3 years in a row. "
        "First-quarter revenue was 8bn yuan."
    )
    assert _streaks(text) == {("revenue", "streak_down", 3, "2024FY")}


def test_a_streak_without_a_start_takes_the_year_discussed():
    text = "甲公司2024年年报：2023年营业收入210亿元，已连续三年下滑。"
    assert ("revenue", "streak_down", 3, "2023FY") in _streaks(text)


def test_the_year_as_an_adjective_of_the_streak():
    text = "Acme's 2024 results: gross margin fell to 18.2%, its third consecutive annual decline."
    assert ("gross_margin", "streak_down", 3, "2024FY") in _streaks(text)
