"""A swing said of one line (pre-tax income dropped 101%, to a loss of $8 million from a profit
of $628 million): "a profit of" is the line's sign and its figure the year before's; a loose
word's neighbouring concept holds for a change against a named base as for the levels (equity:
the parent's); the impairments "went to other comprehensive income"; a cause before the revenue
word (但由于收入下滑) names no segment."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

_ROWS = [
    ("total_profit", "2009Q2", "-8000000", "USD", "value", None, "S1"),
    ("total_profit", "2008Q2", "628000000", "USD", "value", None, "S1"),
    ("np_parent", "2009Q2", "163000000", "USD", "value", None, "S1"),
    ("np_parent", "2008Q2", "581000000", "USD", "value", None, "S1"),
    ("equity_parent", "2009-06-30", "18073000000", "USD", "value", None, "S1"),
    ("equity_parent", "2008-12-31", "13435000000", "USD", "value", None, "S1"),
    ("total_equity", "2009-06-30", "18675000000", "USD", "value", None, "S1"),
    ("total_equity", "2008-12-31", "13786000000", "USD", "value", None, "S1"),
    ("securities_impairments_in_oci", "2009Q2", "813000000", "USD", "value", None, "S1"),
]


def _verdicts(text, rows=_ROWS, day=date(2009, 8, 10)):
    return [
        (c.claim.printed, c.claim.concept, str(c.claim.period), c.verdict.verdict)
        for c in checked_claims(rows, text, day)
    ]


def test_a_profit_of_after_a_swing_is_the_same_line_the_year_before():
    got = _verdicts(
        "In the second quarter, pretax income dropped 101%, to a loss of $8 million from a "
        "profit of $628 million."
    )
    assert ("$628 million", "total_profit", "2008Q2", "supported") in got, got


def test_an_equity_change_against_a_named_base_may_be_the_parents():
    got = _verdicts(
        "Total Acme Financial equity jumped 34.5% to $18.07 billion from $13.4 billion at year-end."
    )
    assert got[0][-1] == "supported", got


def test_impairments_that_went_to_other_comprehensive_income():
    got = _verdicts(
        "In the second quarter, $813 million of the impairments went to other comprehensive income."
    )
    assert ("$813 million", "securities_impairments_in_oci", "2009Q2", "supported") in got, got


def test_a_cause_before_the_revenue_word_names_no_segment():
    rows = [
        ("selling_expense_ratio", "2025Q1", "21.86", "%", "value", None, "S1"),
    ]
    claims = checked_claims(
        rows, "一季度，但由于收入下滑，销售费用率反而升至21.86%。", date(2025, 4, 29)
    )
    assert [(c.claim.segment, c.verdict.verdict) for c in claims] == [(None, "supported")], [
        (c.claim.segment, c.verdict) for c in claims
    ]


def test_a_figure_that_compares_with_one_of_a_named_period_keeps_the_sentences():
    rows = [
        ("np_parent", "2009H1", "177000000", "USD", "value", None, "S1"),
        ("np_parent", "2008H1", "641000000", "USD", "value", None, "S1"),
    ]
    got = _verdicts(
        "For the first half, net income of $177 million compares with $581 million in the "
        "first half of 2008.",
        rows,
    )
    assert got == [
        ("$177 million", "np_parent", "2009H1", "supported"),
        ("$581 million", "np_parent", "2008H1", "contradicted"),
    ], got


def test_total_benefits_and_expenses_as_a_share_of_revenues():
    rows = [
        ("total_operating_costs", "2009Q2", "6914000000", "USD", "value", None, "S1"),
        ("revenue", "2009Q2", "6906000000", "USD", "value", None, "S1"),
    ]
    got = _verdicts(
        "In the second quarter, total benefits and expenses ran at 100.1% of revenues.", rows
    )
    assert [v for *_x, v in got] == ["supported"], got


def test_a_company_named_as_the_object_of_a_deal_for_its_time_is_no_subject():
    rows = [
        ("revenue", "2025Q1", "6854000000", "CNY", "value", None, "S1"),
        ("total_assets", "2025-03-31", "57846000000", "CNY", "value", None, "S1"),
        ("total_assets", "2024-12-31", "40082000000", "CNY", "value", None, "S1"),
    ]
    claims = checked_claims(
        rows,
        "并购天士力后首份季报出炉：样例药业一季度营收68.54亿元，总资产一个季度增超177亿元。",
        date(2025, 4, 29),
    )
    assert [c.verdict.verdict for c in claims] == ["supported", "supported"], [
        (c.claim.subject, c.claim.quote, c.verdict) for c in claims
    ]


def test_short_and_long_term_borrowings_added_up_before_the_figure():
    rows = [
        ("short_term_borrowings", "2025-03-31", "2471010397", "CNY", "value", None, "S1"),
        ("long_term_borrowings", "2025-03-31", "1039456762", "CNY", "value", None, "S1"),
        ("short_term_borrowings", "2024-12-31", "855567420", "CNY", "value", None, "S1"),
        ("long_term_borrowings", "2024-12-31", "177940231", "CNY", "value", None, "S1"),
    ]
    claims = checked_claims(
        rows,
        "截至一季度末，公司短期借款与长期借款合计约35.1亿元，而年初仅为10.34亿元。",
        date(2025, 4, 29),
    )
    got = [(c.claim.concept, c.claim.period, c.verdict.verdict) for c in claims]
    assert got == [
        ("bank_borrowings", "2025-03-31", "supported"),
        ("bank_borrowings", "2024-12-31", "supported"),
    ], got


def test_a_level_that_rose_to_a_multiple_of_its_opening_level():
    rows = [
        ("short_term_borrowings", "2025-03-31", "2471010397", "CNY", "value", None, "S1"),
        ("long_term_borrowings", "2025-03-31", "1039456762", "CNY", "value", None, "S1"),
        ("short_term_borrowings", "2024-12-31", "855567420", "CNY", "value", None, "S1"),
        ("long_term_borrowings", "2024-12-31", "177940231", "CNY", "value", None, "S1"),
    ]
    text = (
        "截至一季度末，公司短期借款与长期借款合计约35.1亿元，而年初仅为10.34亿元；其中长期借款"
        "增至年初的近6倍。"
    )
    got = [c for c in checked_claims(rows, text, date(2025, 4, 29)) if c.claim.measure == "times"]
    assert [c.verdict.verdict for c in got] == ["supported"], got  # 10.39 / 1.78 = 5.84
    got = [
        c
        for c in checked_claims(rows, text.replace("近6倍", "近9倍"), date(2025, 4, 29))
        if c.claim.measure == "times"
    ]
    assert [c.verdict.verdict for c in got] == ["contradicted"], got
