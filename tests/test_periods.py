"""Period notation and the resolution of journalists' period phrases."""

from __future__ import annotations

from datetime import date

import pytest

from caibao.periods import Period, quarters_in, resolve

P = Period.parse


@pytest.mark.parametrize(
    ("text", "kind", "year", "quarter", "start", "end"),
    [
        ("2024FY", "FY", 2024, 4, date(2024, 1, 1), date(2024, 12, 31)),
        ("2025H1", "H1", 2025, 2, date(2025, 1, 1), date(2025, 6, 30)),
        ("2024H2", "H2", 2024, 4, date(2024, 7, 1), date(2024, 12, 31)),
        ("2025Q3", "Q", 2025, 3, date(2025, 7, 1), date(2025, 9, 30)),
        ("2025Q1-Q3", "YTD", 2025, 3, date(2025, 1, 1), date(2025, 9, 30)),
        ("2024-12-31", "INSTANT", 2024, None, date(2024, 12, 31), date(2024, 12, 31)),
    ],
)
def test_parse_and_print(text, kind, year, quarter, start, end):
    p = P(text)
    assert (p.kind, p.year, p.quarter, p.start, p.end) == (kind, year, quarter, start, end)
    assert str(p) == text
    assert P(str(p)) == p


def test_one_span_one_notation():
    assert P("2025Q1-Q2") == P("2025H1") and str(P("2025Q1-Q2")) == "2025H1"
    assert str(P("2025Q1-Q4")) == "2025FY"
    assert str(P("2025Q1-Q1")) == "2025Q1"
    assert str(Period.ytd(2025, 3)) == "2025Q1-Q3"


@pytest.mark.parametrize("text", ["2024", "FY2024", "2025Q5", "2025Q2-Q3", "2024-02-30", "", "H1"])
def test_parse_rejects(text):
    with pytest.raises(ValueError):
        P(text)


def test_prior_year_and_instants():
    assert str(P("2025Q1-Q3").prior_year()) == "2024Q1-Q3"
    assert str(P("2025Q3").prior_year()) == "2024Q3"
    assert str(P("2024-02-29").prior_year()) == "2023-02-28"
    assert str(P("2024FY").end_instant()) == "2024-12-31"
    assert str(P("2025H1").end_instant()) == "2025-06-30"
    assert str(P("2024FY").start_instant()) == "2023-12-31"
    assert P("2024FY").with_year(2020) == P("2020FY")


def test_quarters_and_minus():
    assert [str(q) for q in quarters_in(P("2025Q1-Q3"))] == ["2025Q1", "2025Q2", "2025Q3"]
    assert [str(q) for q in P("2024FY").quarters()] == [f"2024Q{i}" for i in range(1, 5)]
    assert [str(q) for q in quarters_in(P("2024H2"))] == ["2024Q3", "2024Q4"]
    assert quarters_in(P("2025Q2")) == [P("2025Q2")]
    assert quarters_in(P("2024-12-31")) == []
    assert P("2025Q3").is_single_quarter and not P("2025Q1-Q3").is_single_quarter
    assert P("2024FY").minus(P("2024Q1-Q3")) == P("2024Q4")
    assert P("2024FY").minus(P("2024H1")) == P("2024H2")
    assert P("2025H1").minus(P("2025Q1")) == P("2025Q2")
    assert P("2024FY").minus(P("2024Q1")) is None
    assert P("2024FY").contains(P("2024Q2")) and not P("2025H1").contains(P("2025Q3"))
    assert P("2024FY").months == 12 and P("2025Q3").months == 3


def test_sorting_is_chronological():
    ps = [P(t) for t in ["2025Q3", "2024FY", "2025Q1-Q3", "2024-12-31", "2025H1", "2025Q1"]]
    assert [str(p) for p in sorted(ps)] == [
        "2024FY",
        "2024-12-31",
        "2025Q1",
        "2025H1",
        "2025Q1-Q3",
        "2025Q3",
    ]
    assert len({P("2024FY"), Period.fy(2024), Period.ytd(2024, 4)}) == 1


def test_for_report():
    assert str(Period.for_report("annual", 2024)) == "2024FY"
    assert str(Period.for_report("annual_summary", 2024)) == "2024FY"
    assert str(Period.for_report("half", 2025)) == "2025H1"
    assert str(Period.for_report("q1", 2025)) == "2025Q1"
    assert str(Period.for_report("q3", 2025)) == "2025Q1-Q3"
    with pytest.raises(ValueError):
        Period.for_report("monthly", 2025)


# An article of 25 April 2025 about the 2024 annual report (and the 2025 Q1 report).
REF = date(2025, 4, 25)
FY24 = P("2024FY")


@pytest.mark.parametrize(
    ("text", "reference", "context", "expected"),
    [
        ("2024年", None, None, "2024FY"),
        ("2024年度", None, None, "2024FY"),
        ("2024年全年", None, None, "2024FY"),
        ("去年", REF, None, "2024FY"),
        ("今年", REF, None, "2025FY"),
        ("今年", None, FY24, "2024FY"),
        ("上年", REF, FY24, "2024FY"),
        ("今年第一季度", REF, None, "2025Q1"),
        ("一季度", None, P("2025Q1"), "2025Q1"),
        ("一季度", REF, None, "2025Q1"),
        ("Q1", REF, None, "2025Q1"),
        ("第一季度", None, FY24, "2024Q1"),
        ("四季度", REF, None, "2024Q4"),
        ("Q4", None, FY24, "2024Q4"),
        ("第三季度", None, P("2025Q1-Q3"), "2025Q3"),
        ("三季度", None, P("2025Q1-Q3"), "2025Q3"),
        ("上半年", None, FY24, "2024H1"),
        ("上半年", REF, None, "2024H1"),
        ("下半年", None, FY24, "2024H2"),
        ("前三季度", None, P("2025Q1-Q3"), "2025Q1-Q3"),
        ("2025年1-9月", None, None, "2025Q1-Q3"),
        ("2025年1-6月", None, None, "2025H1"),
        ("全年", REF, None, "2024FY"),
        ("年末", None, FY24, "2024-12-31"),
        ("年底", REF, None, "2024-12-31"),
        ("期末", None, P("2025H1"), "2025-06-30"),
        ("报告期末", None, P("2025Q1-Q3"), "2025-09-30"),
        ("期初", None, FY24, "2023-12-31"),
        ("上年末", REF, None, "2024-12-31"),
        ("2024年末", None, None, "2024-12-31"),
        ("三季度末", None, P("2025Q1-Q3"), "2025-09-30"),
        ("2024年12月31日", None, None, "2024-12-31"),
        ("2024-12-31", None, None, "2024-12-31"),
        ("同期", None, FY24, "2023FY"),
        ("上年同期", None, P("2025Q1-Q3"), "2024Q1-Q3"),
        ("去年同期", REF, P("2025Q1"), "2024Q1"),
        ("2023年同期", None, P("2025H1"), "2023H1"),
        ("报告期内", None, FY24, "2024FY"),
        ("本年度", REF, FY24, "2024FY"),
        ("2024 fiscal year", None, None, "2024FY"),
        ("FY2024", None, None, "2024FY"),
        ("fiscal 2024", None, None, "2024FY"),
        ("FY24", None, None, "2024FY"),
        ("first quarter of 2025", None, None, "2025Q1"),
        ("the fourth quarter", None, FY24, "2024Q4"),
        ("Q3 2025", None, None, "2025Q3"),
        ("3Q25", None, None, "2025Q3"),
        ("H1 2025", None, None, "2025H1"),
        ("1H25", None, None, "2025H1"),
        ("first half of 2025", None, None, "2025H1"),
        ("second half of 2024", None, None, "2024H2"),
        ("first nine months of 2025", None, None, "2025Q1-Q3"),
        ("last year", REF, None, "2024FY"),
        ("this year", REF, None, "2025FY"),
        ("the same period last year", None, P("2025Q1-Q3"), "2024Q1-Q3"),
        ("a year earlier", None, P("2025Q3"), "2024Q3"),
        ("end of 2024", None, None, "2024-12-31"),
        ("as of December 31, 2024", None, None, "2024-12-31"),
        ("full year", REF, None, "2024FY"),
        ("本季度", None, P("2025Q1-Q3"), "2025Q3"),
        ("单季度", None, P("2025Q3"), "2025Q3"),
        ("Q3单季", None, P("2025Q1-Q3"), "2025Q3"),
        ("this quarter", REF, None, "2025Q1"),
        ("年初至报告期末", None, P("2025Q1-Q3"), "2025Q1-Q3"),
        ("year to date", None, P("2025Q3"), "2025Q1-Q3"),
    ],
)
def test_resolve(text, reference, context, expected):
    assert str(resolve(text, reference, context)) == expected


@pytest.mark.parametrize(
    ("text", "reference", "context"),
    [
        ("同比增长", REF, FY24),
        ("同期", REF, None),  # 同期 needs the period it is compared with
        ("一季度", None, None),  # no year to pin it to
        ("去年", None, None),
        ("", REF, FY24),
        ("营业收入", REF, None),
    ],
)
def test_resolve_gives_none(text, reference, context):
    assert resolve(text, reference, context) is None
