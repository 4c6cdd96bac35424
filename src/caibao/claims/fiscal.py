"""Fiscal years that do not end in December (Apple's ends in late September, Microsoft's in June).

The store names such a company's periods by its fiscal calendar (``sources.us_gaap``): Apple's
``2023FY`` is October 2022 – September 2023 and ``2023Q4`` the quarter to 30 September 2023, while
balances keep their real dates (``2023-09-30``, ``2022-09-24``). An article is read in a *fiscal
frame*: every date is moved forward by the months the fiscal year ends before December, so that
the calendar rules of ``caibao.periods`` give fiscal periods — an Apple article of 3 November 2023
is read as of 3 February 2024, and its "fourth quarter" is the latest fourth quarter ended by
then, fiscal 2023 Q4. Month names are moved too ("the September quarter", "at the end of June",
"截至9月底"), and a balance date found in the frame is moved back to the real date at the end.

``FISCAL_SHIFT`` holds the months of the article being read (0: a calendar year); it is set by
``in_fiscal_frame`` around one extraction.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import lru_cache

from ..periods import Period, month_end

FISCAL_SHIFT: ContextVar[int] = ContextVar("FISCAL_SHIFT", default=0)

_MONTHS = [calendar.month_name[i] for i in range(1, 13)]
# a month, its day and year when printed (December 28, 2024): a month moved past December moves
# the year on
_EN_MONTH = re.compile(
    r"\b(" + "|".join(_MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
    r"(\s+\d{1,2}\b)?(?:(,?\s+)((?:19|20)\d{2}))?",
    re.I,
)
_ZH_MONTH = re.compile(r"(?:((?:19|20)\d{2})\s*年)?(?<![\d.])(1[0-2]|[1-9])(?=月)")
# the September quarter, the June half: a span named by the month it ends in
_MONTH_QUARTER = re.compile(r"(?i)^(?:the\s+)?(\w+)\s+(quarter|half)$")


_FISCAL_YEAR = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*财年|(?i:\b(?:fiscal\s+(?:year\s+)?|FY\s*)(?P<y2>(?:19|20)\d{2}))"
    # an analyst's two-digit fiscal year (FY10, 1Q FY10, 1QFY10)
    r"|(?i:(?:(?<![a-z])|(?<=\d[qhm]))FY\s*(?P<y3>\d{2})(?!\d))"
)


def fiscal_year_named(year: int, shift: int) -> int:
    """The store's name of a fiscal year an article names (by the year it ends in)."""
    return year - 1 if shift < 0 else year


def shift_month(month: int, shift: int) -> int:
    return (month - 1 + shift) % 12 + 1


def to_frame(day: date | None, shift: int) -> date | None:
    """A real date in the fiscal frame (``shift`` months later, the day clamped to the month)."""
    if day is None or not shift:
        return day
    total = day.year * 12 + day.month - 1 + shift
    year, month = divmod(total, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def from_frame(period: Period, shift: int) -> Period:
    """A balance date of the frame back to the real date (spans keep their fiscal names): a
    month end to the month end, another day to the same day."""
    if not shift or not period.is_instant:
        return period
    day = period.end
    total = day.year * 12 + day.month - 1 - shift
    year, month = divmod(total, 12)
    last = month_end(year, month + 1)
    if day == month_end(day.year, day.month):
        return Period.instant(last)
    return Period.instant(date(year, month + 1, min(day.day, last.day)))


@lru_cache(maxsize=4096)
def shift_phrase(phrase: str, shift: int) -> str:
    """The month names of a period phrase moved into the frame (September → December); a
    quarter named by its month (the September quarter) as the three months to that month."""

    def en(m: re.Match) -> str:
        name = m.group(1).lower()[:3]
        month = next(i for i, x in enumerate(_MONTHS, 1) if x.lower().startswith(name))
        out = _MONTHS[shift_month(month, shift) - 1] + (m.group(2) or "")
        if m.group(4):
            out += m.group(3) + str(int(m.group(4)) + (month - 1 + shift) // 12)
        return out

    def zh(m: re.Match) -> str:
        month = int(m.group(2))
        year = f"{int(m.group(1)) + (month - 1 + shift) // 12}年" if m.group(1) else ""
        return year + str(shift_month(month, shift))

    if shift < 0:
        # a year named for the year it starts in (the store's, see fiscal_year_end): an article's
        # fiscal 2010 / 2010财年, named for the year it ends in, is the store's 2009
        def named(m: re.Match) -> str:
            if m["y3"]:
                short = fiscal_year_named(2000 + int(m["y3"]), shift) % 100
                return m.group(0)[: -len(m["y3"])] + f"{short:02d}"
            year = m["y"] or m["y2"]
            return m.group(0).replace(year, str(fiscal_year_named(int(year), shift)))

        phrase = _FISCAL_YEAR.sub(named, phrase)
    out = _EN_MONTH.sub(en, phrase) if shift else phrase
    quarter = _MONTH_QUARTER.match(out)
    if quarter and quarter.group(1).capitalize() in _MONTHS:
        # the December quarter (in the frame): the three months to December
        span = "three months" if quarter.group(2).lower() == "quarter" else "six months"
        out = f"the {span} to {quarter.group(1)}"
    if not shift:
        return out
    return _ZH_MONTH.sub(zh, out)


@contextmanager
def in_fiscal_frame(shift: int) -> Iterator[None]:
    token = FISCAL_SHIFT.set(shift)
    try:
        yield
    finally:
        FISCAL_SHIFT.reset(token)


def year_end_month(year_ends: Iterable[date]) -> int:
    """The month a company's fiscal year ends in, from the last balance dates of its annual
    reports: the month found in the most years, 12 on a tie or with none. A 52/53-week year's
    end (2022-09-24) counts for its month."""
    years: dict[int, set[int]] = defaultdict(set)
    for day in year_ends:
        years[day.month].add(day.year)
    if not years:
        return 12
    best = max(years, key=lambda m: (len(years[m]), m == 12))
    return best


def fiscal_year_end(label: str | None, balance_dates: Iterable[date]) -> date | None:
    """The end of the fiscal year a document belongs to, from the period it is named for and its
    own balance date: an annual report's last balance date in its year; a quarterly or half-year
    report's last balance date moved on by the quarters left in the year (a ``2009Q3`` report
    dated 2009-07-31 → October 2009, a ``2010Q1`` dated 2009-08-31 → May 2010). A year ending in
    January or February may be named for the year it starts in (the SEC data sets' ``fy`` of a
    retailer: ``2009Q2`` dated 2009-07-31 → January 2010). A balance date whose year's end falls
    elsewhere is another report's (a dump of several reports), and none at all gives None."""
    try:
        period = Period.parse(label or "")
    except ValueError:
        return None
    if period.is_instant or period.quarter is None:
        return None
    months_left = 3 * (4 - period.quarter)
    ends = []
    for day in balance_dates:
        total = day.year * 12 + day.month - 1 + months_left
        year, month = divmod(total, 12)
        if year == period.year or (year == period.year + 1 and month < 2):
            ends.append(month_end(year, month + 1))
    return max(ends, default=None)


def frame_shift(label: str, year_end: date) -> int:
    """The months that move a fiscal year's end to the December of the year it is named for
    (Apple's 2010FY ending September 2010: 3; a 2009 year ending January 2010: -1)."""
    year = int(label[:4])
    return (year * 12 + 11) - (year_end.year * 12 + year_end.month - 1)


def usual_shift(shifts: Iterable[int]) -> int:
    """The shift found most often, 0 (a calendar year) on a tie or with none."""
    counts = Counter(shifts)
    if not counts:
        return 0
    return max(counts, key=lambda k: (counts[k], k == 0))


def snap_instant(period: str | None, instants: Iterable[date], days: int = 10) -> str | None:
    """A claim's balance date moved to the company's own balance date within ``days`` (the real
    end of a 52/53-week year: 30 September → 24 September 2022)."""
    if period is None or len(period) != 10:
        return period
    try:
        day = date.fromisoformat(period)
    except ValueError:
        return period
    near = [d for d in instants if abs((d - day).days) <= days]
    return min(near, key=lambda d: abs((d - day).days)).isoformat() if near else period
