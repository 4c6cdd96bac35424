"""Streaks of quarters (the fourth consecutive quarter of year-on-year sales growth), and streaks
whose sign word names the profit itself (连续20年盈利, profitable for five straight years)."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon
from caibao.claims.streaks import streak_claims
from caibao.claims.text import read_text
from inline_store import checked_claims as _checked

Y = "CNY"


def _streaks(text: str, day: date) -> set:
    t = read_text(text)
    claims = extract_claims(t, "600000", day)
    return {
        (c.concept, c.measure, int(c.value), c.period)
        for c in streak_claims(t, "600000", claims, Lexicon())
    }


def test_an_ordinal_streak_of_quarters_ends_at_the_quarter_discussed():
    got = _streaks(
        "Acme's third-quarter revenue rose 9% to 4.2bn yuan, the fourth consecutive quarter of "
        "year-on-year sales growth.",
        date(2024, 10, 28),
    )
    assert ("revenue", "streak_up", 4, "2024Q3") in got


def test_a_sign_word_that_names_the_profit():
    got = _streaks("公司2023年营业收入120亿元。公司已连续20年盈利。", date(2024, 3, 30))
    assert ("np_parent", "streak_positive", 20, "2023FY") in got
    got = _streaks("Acme's 2023 revenue was 12bn yuan, its fifth straight year of losses.",
                   date(2024, 3, 30))  # fmt: skip
    assert any(m == "streak_negative" and n == 5 for _c, m, n, _p in got), got


def test_a_quarter_streak_is_checked_quarter_by_quarter():
    rows = [
        ("revenue", "2023Q1", "900000000", Y, "value", None, "S1"),
        ("revenue", "2023Q2", "950000000", Y, "value", None, "S1"),
        ("revenue", "2024Q1", "1000000000", Y, "value", None, "S1"),
        ("revenue", "2024Q2", "1100000000", Y, "value", None, "S1"),
    ]
    text = "样例药业二季度营业收入11亿元，连续第二个季度同比增长。Its revenue rose in the second quarter, the second consecutive quarter of growth."
    got = [c for c in _checked(rows, text, date(2024, 8, 20)) if "consecutive" in c.claim.quote]
    assert got and got[0].verdict.verdict == "supported", got
    rows[2] = ("revenue", "2024Q1", "800000000", Y, "value", None, "S1")
    got = [c for c in _checked(rows, text, date(2024, 8, 20)) if "consecutive" in c.claim.quote]
    assert got and got[0].verdict.verdict == "contradicted", got
    rows.pop(0)  # no first quarter a year before: not known
    got = [c for c in _checked(rows, text, date(2024, 8, 20)) if "consecutive" in c.claim.quote]
    assert got and got[0].verdict.verdict == "unverifiable", got


def test_a_streak_said_to_run_until_now_ends_at_the_last_full_year():
    # a half-year article: the streak of year-ends runs to the year before, not to the year of
    # the comparison base printed just before it
    got = _streaks(
        "Acme's cash fell to 9.2bn yuan at the end of June 2024, down from 19.5bn yuan at the "
        "end of 2020; its year-end cash has now fallen for three straight years.",
        date(2024, 8, 30),
    )
    assert ("cash", "streak_down", 3, "2023FY") in got, got
