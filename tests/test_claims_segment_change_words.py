"""A product line named in fewer words than the filing's, then a change said with a qualifier
("advisory fees rose about 17%": a change, not a share), and a change against the quarter before
named by its last month ("Against the March quarter, revenue climbed 15%")."""

from datetime import date

from caibao.claims.checker import Checker
from caibao.claims.measure_cues import sequential
from inline_store import inline_store

CODE = "600998"


def test_a_change_against_the_quarter_named_by_its_month_is_sequential():
    s = "Against the March quarter, revenue climbed 15%, and net income more than doubled."
    a = s.index("15%")
    assert sequential(s, 0, a, a + 3)
    s = "Against the March quarter of 2008, revenue climbed 15%."
    assert not sequential(s, 0, s.index("15%"), s.index("15%") + 3)


def test_a_line_in_fewer_words_rose_about_a_rate():
    rows = [
        ("revenue", "2024Q2", "1000", "CNY", "value", None, "is"),
        ("revenue", "2024Q2", "800", "CNY", "value", "Investment advisory fees", "is"),
        ("revenue", "2023Q2", "684", "CNY", "value", "Investment advisory fees", "is"),
    ]
    store = inline_store(rows, CODE, "样例药业")
    try:
        text = "样例药业 second-quarter results. Advisory fees rose about 17% as markets rallied."
        claims = Checker(store).check(text, CODE, date(2024, 8, 10)).claims
        (c,) = [c for c in claims if c.claim.printed == "17%"]
        assert c.claim.measure == "change_pct"
    finally:
        store.close()
