"""Verdicts on multiples of a level, on small inline stores: a multiple whose whole is the same
figure in an earlier period the sentence names (是年初的近三倍, 为2023年的1.5倍) — the reader may
give the claim the named period, its own is the figure's before it — a fraction of a named year
(不到2024年全年的三分之一), and "nearly doubled" said
in words, whose "nearly" is a share of the level (1.88x), not of the change (+88%)."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

Y = "CNY"
ROWS = [
    ("inventory", "2025-06-30", "5640000000", Y, "value", None, "B1"),
    ("inventory", "2024-12-31", "2030000000", Y, "value", None, "B1"),
    ("ocf", "2024FY", "3300000000", Y, "value", None, "C1"),
    ("ocf", "2023FY", "2190000000", Y, "value", None, "C1"),
    ("long_term_borrowings", "2025-06-30", "7520000000", Y, "value", None, "B1"),
    ("long_term_borrowings", "2024-12-31", "4000000000", Y, "value", None, "B1"),
]
MID = date(2025, 8, 28)
SPRING = date(2025, 4, 25)


def _times(text, day):
    return [c for c in checked_claims(ROWS, text, day) if c.claim.measure == "times"]


def test_a_multiple_of_the_figure_at_a_named_date_is_its_level_over_the_level_then():
    text = "截至2025年6月末，样例药业存货攀升至56.4亿元，为年初的近三倍。"
    got = _times(text, MID)
    assert [c.verdict.verdict for c in got] == ["supported"], got  # 5.64 / 2.03 = 2.78
    got = _times(text.replace("近三倍", "近两倍"), MID)
    assert [c.verdict.verdict for c in got] == ["contradicted"], got


def test_a_multiple_of_a_named_year_takes_its_own_year_from_the_figures_before():
    text = (
        "样例药业2024年经营活动现金流净额33亿元。更难得的是，经营活动现金流净额为2023年的1.5倍，"
        "回款明显改善。"
    )
    got = _times(text, SPRING)
    assert [c.verdict.verdict for c in got] == ["supported"], got  # 33 / 21.9 = 1.51
    got = _times(text.replace("1.5倍", "2.5倍"), SPRING)
    assert [c.verdict.verdict for c in got] == ["contradicted"], got


def test_nearly_doubled_in_words_is_a_tenth_of_the_level_short_of_it():
    text = "Yangli Pharma's long-term borrowings nearly doubled in the first half of 2025."
    got = [c for c in checked_claims(ROWS, text, MID) if c.claim.measure == "change_pct"]
    assert [c.verdict.verdict for c in got] == ["supported"], got  # +88%: 1.88x
    rows = [r for r in ROWS if r[0] != "long_term_borrowings"] + [
        ("long_term_borrowings", "2025-06-30", "6960000000", Y, "value", None, "B1"),
        ("long_term_borrowings", "2024-12-31", "4000000000", Y, "value", None, "B1"),
    ]
    got = [c for c in checked_claims(rows, text, MID) if c.claim.measure == "change_pct"]
    assert [c.verdict.verdict for c in got] == ["contradicted"], got  # +74%: 1.74x is not


FRACTION_ROWS = [
    ("revenue", "2025H1", "1250000000", Y, "value", None, "P1"),
    ("revenue", "2024FY", "4000000000", Y, "value", None, "P1"),
]


def _fractions(text):
    got = checked_claims(FRACTION_ROWS, text, MID)
    return [c.verdict.verdict for c in got if c.claim.unit == "%"]


def test_a_fraction_of_a_named_earlier_year_is_the_figure_over_that_years():
    # 12.5 / 40 = 31.25%
    text = "样例药业2025年上半年营收12.5亿元，不到2024年全年的三分之一。"
    assert _fractions(text) == ["supported"]
    text = "样例药业2025年上半年营收12.5亿元。今年上半年收入仅为2024年全年的三成。"
    assert _fractions(text) == ["supported"]
    assert _fractions(text.replace("三成", "两成")) == ["contradicted"]
    text = "样例药业2025年上半年营收12.5亿元。今年上半年收入已超过2024年全年的四成。"
    assert _fractions(text) == ["contradicted"]


QUARTER_ROWS = [
    ("np_parent", "2025Q2", "310000000", Y, "value", None, "P1"),
    ("np_parent", "2025Q1", "20000000", Y, "value", None, "P1"),
    ("revenue", "2024FY", "9500000000", Y, "value", None, "P1"),
    ("revenue", "2023FY", "5000000000", Y, "value", None, "P1"),
]


def _multiples(text, day):
    got = checked_claims(QUARTER_ROWS, text, day)
    return [c.verdict.verdict for c in got if c.claim.measure == "times"]


def test_a_multiple_of_the_quarter_before_after_that_quarters_figure():
    # the figure before is the whole (一季度 0.2亿), the claim the second quarter's: 15.5x
    text = "样例药业2025年一季度归母净利润仅0.2亿元，二季度归母净利润是一季度的15倍以上。"
    assert _multiples(text, MID) == ["supported"]
    assert _multiples(text.replace("15倍以上", "20倍以上"), MID) == ["contradicted"]


def test_nearly_double_in_english_words_is_of_the_level():
    text = "Yangli Pharma's revenue for 2024 was nearly double the prior year."
    assert _multiples(text, SPRING) == ["supported"]  # 1.9x (+90%: not "0.9 times more")
    rows = [r for r in QUARTER_ROWS if r[:2] != ("revenue", "2023FY")]
    rows.append(("revenue", "2023FY", "7900000000", Y, "value", None, "P1"))
    got = [c for c in checked_claims(rows, text, SPRING) if c.claim.measure == "times"]
    assert [c.verdict.verdict for c in got] == ["contradicted"]  # 1.2x
