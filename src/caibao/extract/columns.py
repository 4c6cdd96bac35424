"""A printed column header → the period, basis and measure of the values under it.

Headers are resolved against the report's own period: in a Q3 report 本报告期 is the single
quarter (2025Q3) and 年初至报告期末 January–September (2025Q1-Q3); in a Q1 report 上年同期 is
2024Q1; 本报告期末 is the report's closing date and 上年度末 the previous 31 December. A
上年同期 column is the year before the current-period column to its left, so the second
上年同期 of a Q3 table (after 年初至报告期末) is the prior year to date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..documents import Identity
from ..model import ORIGINAL, RESTATED

CHANGE = "change"  # a printed change; the row decides per cent or percentage points

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4}
# The closing month → quarter-end date and the span a report of that kind covers.
_END = {"FY": "12-31", "H1": "06-30", "Q1": "03-31", "Q2": "06-30", "Q3": "09-30", "Q4": "12-31"}


@dataclass(frozen=True, slots=True)
class ReportPeriods:
    """The periods a report's own words (本报告期, 年初至报告期末, 本报告期末) stand for."""

    year: int
    current: str  # 本报告期: 2024FY, 2025H1, 2025Q1, 2025Q3 (single quarter)
    to_date: str  # 年初至报告期末: 2024FY, 2025H1, 2025Q1, 2025Q1-Q3
    end: str  # 本报告期末: 2024-12-31, 2025-06-30, 2025-03-31, 2025-09-30

    @classmethod
    def of(cls, identity: Identity) -> ReportPeriods:
        year = int(identity.period[:4])
        suffix = identity.period[4:]
        if suffix == "Q1-Q3":
            return cls(year, f"{year}Q3", identity.period, f"{year}-09-30")
        return cls(year, identity.period, identity.period, f"{year}-{_END.get(suffix, '12-31')}")


@dataclass(frozen=True, slots=True)
class Column:
    header: str  # as printed, spanning headers joined ("2023年末调整后")
    period: str
    basis: str | None  # RESTATED, ORIGINAL or None
    measure: str  # model.VALUE or CHANGE


def shift_year(period: str, years: int = -1) -> str:
    """The same period ``years`` later (2025Q3 → 2024Q3, 2025-09-30 → 2024-09-30)."""
    return f"{int(period[:4]) + years}{period[4:]}"


def end_date(period: str) -> str:
    """The closing date of a span (2025H1 → 2025-06-30); a date stays itself."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
        return period
    suffix = period[4:].split("-")[-1]
    return f"{period[:4]}-{_END.get(suffix, '12-31')}"


def is_date(period: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", period))


_CHANGE = re.compile(r"增减|变动|增长|同比|变化|比上年|比上期")
_RESTATED = re.compile(r"调整后|重述后")
_ORIGINAL = re.compile(r"调整前|重述前")


def resolve_headers(headers: list[str], periods: ReportPeriods) -> list[Column | None]:
    """Each printed header of one row's value cells, left to right, → its ``Column``."""
    out: list[Column | None] = []
    left: str | None = None  # the current-side value column to the left
    for header in headers:
        text = re.sub(r"\s+", "", header)
        basis = RESTATED if _RESTATED.search(text) else ORIGINAL if _ORIGINAL.search(text) else None
        if _CHANGE.search(text):
            # "本报告期比上年同期增减" compares the period before 比; "与上年同期相比增减" and
            # "同比增减" name only the base, so the change is the current column's.
            base = text.split("比")[0] if "比" in text else ""
            if re.search(r"上年|上期|去年|同期", base):
                base = ""
            period = _period_of(base, periods, left) if base else None
            out.append(Column(header, period or left or periods.current, basis, CHANGE))
            continue
        period = _period_of(text, periods, left)
        if period is None:
            out.append(None)
            continue
        if not re.search(r"上年|上期|去年|上年度", text):
            left = period
        out.append(Column(header, period, basis, "value"))
    return out


def _period_of(text: str, periods: ReportPeriods, left: str | None) -> str | None:
    y = periods.year
    if re.search(r"年初至(?:本)?报告期末|年初至报告期", text):
        return shift_year(periods.to_date) if re.search(r"上年|去年", text) else periods.to_date
    if m := re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text):
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    if m := re.search(r"(\d{4})年(?:度)?(?:末|底)", text):
        return f"{m.group(1)}-12-31"
    if m := re.search(r"(\d{4})年(?:度)?(\d{1,2})[-－~～至](\d{1,2})月", text):
        return _months(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := re.search(r"(\d{4})年|^((?:19|20)\d{2})$", text):
        return f"{m.group(1) or m.group(2)}FY"
    if m := re.search(r"第?([一二三四1-4])季度", text):
        q = _CN_DIGITS.get(m.group(1)) or int(m.group(1))
        return f"{y}Q{q}"
    if re.search(r"上年度?期?末|上年年末|上期期?末|期初|年初", text):
        return f"{y - 1}-12-31"
    if re.search(r"上年同期末", text):
        return shift_year(periods.end)
    if re.search(r"本报告期末|本期末|报告期末|本年末|期末", text):
        return periods.end
    if re.search(r"上年同期|上期|上年|去年同期", text):
        return shift_year(left or periods.current)
    if m := re.search(r"(\d{1,2})[-－~～至](\d{1,2})月", text):
        return _months(y, int(m.group(1)), int(m.group(2)))
    if re.search(r"本报告期|报告期|本期|本年|本季度", text):
        return periods.current
    return None


def _months(year: int, first: int, last: int) -> str | None:
    """A printed month range (1-6月, 7-9月, 1-9月) → period notation."""
    if first == 1 and last == 12:
        return f"{year}FY"
    if first == 1 and last == 6:
        return f"{year}H1"
    if last % 3 == 0 and first == last - 2:
        return f"{year}Q{last // 3}"
    if first == 1 and last % 3 == 0:
        return f"{year}Q1-Q{last // 3}"
    return None
