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

A year ending in January is named both ways by its filers: Walmart, Dell and TJX by the year it
ends in (fiscal 2010 = February 2009 – January 2010), Target, Home Depot and Gap by the year it
starts in (fiscal 2009 = the same months). The store names it by the year it starts in (the SEC
data sets' ``fy``), and the filings carry no trace of the filer's own usage, so the article's
usage is read from the article (``names_year_by_start``): a fiscal quarter it pairs with its end
date (截至2009年8月1日的2009财年第二季度, the second quarter of fiscal 2010, ended July 31), or a
fiscal quarter that, named by the year it starts in, would not have ended by the article's date.
``FISCAL_BY_START`` holds the answer for the article being read.
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
FISCAL_BY_START: ContextVar[bool] = ContextVar("FISCAL_BY_START", default=False)

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
# the June quarter of 2008: the three months to June 2008 (its year moves with its month)
_MONTH_QUARTER_OF = re.compile(r"(?i)^(?:the\s+)?(\w+)\s+quarter\s+of\s+((?:19|20)\d{2})$")


_FISCAL_YEAR = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*财年|(?i:\b(?:fiscal\s+(?:year\s+)?|FY\s*)(?P<y2>(?:19|20)\d{2}))"
    # an analyst's two-digit fiscal year (FY10, 1Q FY10, 1QFY10)
    r"|(?i:(?:(?<![a-z])|(?<=\d[qhm]))FY\s*(?P<y3>\d{2})(?!\d))"
    # an analyst's quarter or half with its year and no FY (2Q10, 1H10, Q2'10, 9M 2010): of a
    # company whose year ends in January, the company's fiscal year, as analysts follow its usage
    r"|(?i:(?<![\w'’])(?:[1-4]Q|[12]H|9M)\s*(?:(?P<y4>(?:19|20)\d{2})|(?P<y5>\d{2}))(?![\w'’])"
    r"|(?<![\w'’])Q[1-4]\s*['’]\s*(?P<y6>\d{2})(?![\w'’]))"
)


def fiscal_year_named(year: int, shift: int, by_start: bool | None = None) -> int:
    """The store's name of a fiscal year an article names: a year ending in January is the
    store's year it starts in, so an article naming it by the year it ends in names one more
    (``by_start``: the article's usage, ``FISCAL_BY_START`` when not given)."""
    if by_start is None:
        by_start = FISCAL_BY_START.get()
    return year - 1 if shift < 0 and not by_start else year


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


def shift_phrase(phrase: str, shift: int) -> str:
    """The month names of a period phrase moved into the frame (September → December); a
    quarter named by its month (the September quarter) as the three months to that month."""
    return _shift_phrase(phrase, shift, shift < 0 and FISCAL_BY_START.get())


@lru_cache(maxsize=4096)
def _shift_phrase(phrase: str, shift: int, by_start: bool) -> str:

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
            two = m["y3"] or m["y5"] or m["y6"]
            if two:
                short = fiscal_year_named(2000 + int(two), shift, by_start) % 100
                return m.group(0)[: -len(two)] + f"{short:02d}"
            year = m["y"] or m["y2"] or m["y4"]
            return m.group(0).replace(year, str(fiscal_year_named(int(year), shift, by_start)))

        if not by_start:
            phrase = _FISCAL_YEAR.sub(named, phrase)
    dated = _MONTH_QUARTER_OF.match(phrase) if "quarter of" in phrase else None
    if dated and dated.group(1).capitalize() in _MONTHS:
        phrase = f"the three months to {dated.group(1)} {dated.group(2)}"
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
def in_fiscal_frame(
    shift: int, text: str | None = None, reference: date | None = None
) -> Iterator[None]:
    """Periods read in the frame of ``shift``; with the article's ``text`` (and real date), a
    year ending in January is named as the article names it (``names_year_by_start``)."""
    by_start = shift < 0 and text is not None and names_year_by_start(text, reference, shift)
    token = FISCAL_SHIFT.set(shift)
    token_start = FISCAL_BY_START.set(by_start)
    try:
        yield
    finally:
        FISCAL_BY_START.reset(token_start)
        FISCAL_SHIFT.reset(token)


# a quarter's number as a word (三季度, the third quarter)
ORDINAL = {"一": 1, "二": 2, "三": 3, "四": 4, "first": 1, "second": 2, "third": 3, "fourth": 4}
# a fiscal year with one of its quarters: 2009财年第二季度, 2010财年Q2, the second quarter of
# fiscal 2010, fiscal 2010's second quarter, Q2 FY10, FY2010 Q2 (or one of its halves)
_NAMED_QUARTER = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*财年\s*(?:的|第)?\s*(?:(?P<zq>[一二三四])财?季|[Qq](?P<q>[1-4]))"
    r"|(?i:\b(?P<w>first|second|third|fourth)[- ]quarter\s+(?:of\s+)?(?:its\s+)?fiscal\s+"
    r"(?:year\s+)?(?P<y2>(?:19|20)\d{2})"
    r"|\bfiscal\s+(?:year\s+)?(?P<y3>(?:19|20)\d{2})(?:['’]s)?\s+(?P<w2>first|second|third|fourth)"
    r"[- ]quarter"
    # a half of a named fiscal year (the first half of fiscal 2009): its second or fourth quarter
    r"|\b(?P<h>first|second)[- ]half\s+(?:of\s+)?(?:its\s+)?fiscal\s+(?:year\s+)?"
    r"(?P<y8>(?:19|20)\d{2})"
    r"|\b(?:(?P<n>[1-4])Q|Q(?P<n2>[1-4]))\s*FY\s*(?P<y4>(?:19|20)?\d{2})\b"
    r"|\bFY\s*(?P<y5>(?:19|20)?\d{2})\s*[-/]?\s*(?:(?P<n3>[1-4])Q|Q(?P<n4>[1-4]))\b"
    # an analyst's 2Q10, Q2'10 (a table's column header): the fiscal year as the article names it
    r"|(?<![\w'’])(?:(?P<n5>[1-4])Q\s*(?P<y6>(?:19|20)?\d{2})|Q(?P<n6>[1-4])\s*['’]\s*(?P<y7>\d{2}))"
    r"(?![\w'’])"
    # FQ3 2009, F3Q09: an analyst's fiscal quarter
    r"|\bF(?:Q(?P<n7>[1-4])|(?P<n8>[1-4])Q)\s*['’]?\s*(?P<y9>(?:19|20)?\d{2})\b)"
)
# the date a quarter ended, just before its name (截至2009年8月1日的) or after it (, ended Aug. 1,
# 2009; ended August 1; (the 13 weeks ended May 2, 2009): a 52/53-week year's span in weeks)
_DATE_BEFORE = re.compile(r"((?:19|20)\d{2})\s*年\s*(1[0-2]|[1-9])\s*月\s*(\d{1,2})\s*日\D{0,6}$")
_DATE_AFTER = re.compile(
    r"^[^.;。；\d]{0,24}?(?:\b(?:13|26|39|52|53)\s+weeks\s+)?"
    r"\b(?:ended|ending)\s+(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})\b"
    r",?\s+(?P<y>(?:19|20)\d{2})"
)
# (within the quarter's sentence and line: a headline's outlook ends with its line)
_FORECAST = re.compile(
    r"(?i:\b(?:expects?|expected|guidance|forecasts?|outlook|projects?|sees|anticipates?"
    r"|estimates?)\b)[^.;!?。；！？\n]*$|(?:预计|预期|指引|展望|目标|预测)[^。；！？\n]*$"
)


def _quarter_of(m: re.Match) -> tuple[int, int]:
    year = m["y"] or m["y2"] or m["y3"] or m["y4"] or m["y5"] or m["y6"] or m["y7"] or m["y8"]
    year = year or m["y9"]
    year = int(year) + (2000 if len(year) == 2 else 0)
    if m["h"]:  # a half ends with its second quarter
        return year, 2 * ORDINAL[m["h"].lower()]
    if m["zq"] or m["w"] or m["w2"]:
        quarter = ORDINAL[(m["zq"] or m["w"] or m["w2"]).lower()]
    else:
        quarter = int(
            m["q"]
            or m["n"]
            or m["n2"]
            or m["n3"]
            or m["n4"]
            or m["n5"]
            or m["n6"]
            or m["n7"]
            or m["n8"]
        )
    return year, quarter


def _ended(text: str, m: re.Match) -> date | None:
    """The date printed with a named quarter as its end, if any (with its year: a day alone
    does not tell the two readings apart)."""
    before = _DATE_BEFORE.search(text, max(0, m.start() - 24), m.start())
    try:
        if before:
            return date(int(before[1]), int(before[2]), int(before[3]))
        after = _DATE_AFTER.match(text[m.end() : m.end() + 60])
        if after:
            name = after["m"].lower()[:3]
            month = next(i for i, x in enumerate(_MONTHS, 1) if x.lower().startswith(name))
            return date(int(after["y"]), month, int(after["d"]))
    except (StopIteration, ValueError):
        return None
    return None


def names_year_by_start(text: str, reference: date | None, shift: int) -> bool:
    """Whether an article names a fiscal year ending early in the next calendar year by the
    year it starts in (Target's 2009财年 ends January 2010), from the fiscal quarters it names:
    one printed with its end date says so outright (the article's quarter ended on that date in
    one reading only); one that, named by the year it starts in, would end after the article's
    date (fiscal 2010's second quarter in August 2009) must be named by the year it ends in,
    unless named in guidance; one that has ended either way leans to the year it starts in, the
    latest of the two. No such quarter: by the year it ends in."""
    if "财年" not in text and "iscal" not in text and "FY" not in text and "Q" not in text:
        return False
    frame_day = to_frame(reference, shift)
    score = 0
    for m in _NAMED_QUARTER.finditer(text):
        year, quarter = _quarter_of(m)
        start_reading = Period.q(year, quarter)  # its end, in the frame
        ended = _ended(text, m)
        if ended is not None:
            day = to_frame(ended, shift)
            for by_start, period in ((True, start_reading), (False, Period.q(year - 1, quarter))):
                if abs((period.end - day).days) <= 20:
                    score += 10 if by_start else -10
            continue
        if _FORECAST.search(text, max(0, m.start() - 60), m.start()):
            continue
        if frame_day is not None and start_reading.end > frame_day:
            score -= 10
        else:
            score += 1
    return score > 0


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


def snap_instant(period: str | None, instants: Iterable[date], days: int = 16) -> str | None:
    """A claim's balance date moved to the company's own balance date within ``days`` (the real
    end of a 52/53-week year: 30 September → 24 September 2022; the SEC data sets date a balance
    by the nearest month's end, half a month off for a grocer's quarter ended 15 August)."""
    if period is None or len(period) != 10:
        return period
    try:
        day = date.fromisoformat(period)
    except ValueError:
        return period
    near = [d for d in instants if abs((d - day).days) <= days]
    return min(near, key=lambda d: abs((d - day).days)).isoformat() if near else period
