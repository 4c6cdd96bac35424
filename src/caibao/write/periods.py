"""How an article names periods (the arithmetic is ``caibao.periods.Period``'s).

``2025Q1`` → "2025年第一季度" / "Q1 2025"; ``2025Q1-Q3`` → "2025年前三季度" / "the first nine
months of 2025"; ``2024-12-31`` → "2024年末" / "the end of 2024".
"""

from __future__ import annotations

from ..periods import Period

_KIND = {"FY": "annual", "H1": "half", "H2": "half2", "Q": "quarter", "YTD": "ytd"}
_ZH_QUARTER = {1: "第一季度", 2: "第二季度", 3: "第三季度", 4: "第四季度"}


def kind(period: str) -> str:
    """ "annual", "half", "half2", "quarter", "ytd" or "date"."""
    return _KIND.get(Period.parse(period).kind, "date")


def year(period: str) -> int:
    return Period.parse(period).year


def prior(period: str) -> str:
    """The same period a year earlier."""
    return str(Period.parse(period).prior_year())


def end_date(period: str) -> str:
    """The balance date a period ends on: ``2024FY`` → ``2024-12-31``."""
    return str(Period.parse(period).end_instant())


def sort_key(period: str) -> Period:
    return Period.parse(period)


def name(period: str, lang: str) -> str:
    p = Period.parse(period)
    if lang == "zh":
        if p.kind == "FY":
            return f"{p.year}年"
        if p.kind == "H1":
            return f"{p.year}年上半年"
        if p.kind == "H2":
            return f"{p.year}年下半年"
        if p.kind == "Q":
            return f"{p.year}年{_ZH_QUARTER[p.quarter]}"
        if p.kind == "YTD":
            return f"{p.year}年前三季度"
        if (p.end.month, p.end.day) == (12, 31):
            return f"{p.year}年末"
        return f"{p.year}年{p.end.month}月{p.end.day}日"
    if p.kind == "FY":
        return f"FY{p.year}"
    if p.kind in ("H1", "H2"):
        return f"{p.kind} {p.year}"
    if p.kind == "Q":
        return f"Q{p.quarter} {p.year}"
    if p.kind == "YTD":
        return f"the first nine months of {p.year}"
    if (p.end.month, p.end.day) == (12, 31):
        return f"the end of {p.year}"
    return p.end.strftime("%d %B %Y").lstrip("0")


def report_name(period: str, lang: str) -> str:
    """The report a period is the subject of: "2024年年度报告" / "FY2024 results"."""
    p = Period.parse(period)
    if lang == "zh":
        return {
            "FY": f"{p.year}年年度报告",
            "H1": f"{p.year}年半年度报告",
            "Q": f"{p.year}年{_ZH_QUARTER.get(p.quarter or 0, '')}报告",
            "YTD": f"{p.year}年第三季度报告",
        }.get(p.kind, name(period, lang))
    return {
        "FY": f"FY{p.year} results",
        "H1": f"H1 {p.year} results",
        "Q": f"Q{p.quarter} {p.year} results",
        "YTD": f"nine-month {p.year} results",
    }.get(p.kind, period)
