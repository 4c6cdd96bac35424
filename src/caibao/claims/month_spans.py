"""Month and week spans of period phrases, and the years of dates said without one.

Takes: a phrase's parts (month names, 4-6月, the three months to June, the 13 weeks ended
August 1, 9月末, at June 30), the article's date and the period discussed. Gives: the patterns
that read them (``_MONTHS_TO``, ``_MONTH_SPAN``, ``_DAY_OF_MONTH``, ``_MONTH_END``,
``_EN_MONTH_END``, ``_ZH_MONTHS_TO``), 52/53-week spans rewritten as months (``_weeks_as_months``,
``_weeks_end_month``, ``_zh_first_weeks``), month numbers (``_MONTH_OF``, ``_month_number``) and
the periods they stand for (``_months_to``, ``_month_span``, ``_months_to_end``), and the year
of a month-end or day named without one (``_year_of_month_end``, ``_year_of_day``). For
``period_phrases.resolve_phrase``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from ..periods import Period, month_end
from .period_pattern import _EN_MONTH_NAME, _MONTH_TO

_MONTH_END = re.compile(
    r"(?:((?:19|20)\d{2})\s*年|(去年|上年|今年|本年))?(1[0-2]|[1-9])月(?:末|底)"
)
_EN_MONTHS = [calendar.month_name[i].lower() for i in range(1, 13)]
_EN_MONTH_END = re.compile(
    r"end(?:\s+of\s+|-)(" + "|".join(_EN_MONTHS) + r"|sept?|dec)\b\.?(?:\s+((?:19|20)\d{2}))?",
    re.I,
)
_EN_MONTH_ABBR = {"sep": 9, "sept": 9, "dec": 12}
# the three months to September (a quarter), the six months through June (a half), counted
# back from the month the span ends in
_MONTHS_TO = re.compile(
    r"(?i)(?:the\s+)?(?:(three|six|nine|twelve)\s+months|(quarter)|(half[- ]year|half)"
    r"|((?:fiscal\s+)?year))\s+(?:to|through|ended|ending)\s+(?:the\s+end\s+of\s+)?"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?:\s+(\d{1,2}))?"
    r"(?:,?\s+((?:19|20)\d{2}))?"
)
_MONTH_SPAN = re.compile(
    rf"(?i:(?:the\s+)?(?P<first>{_EN_MONTH_NAME}){_MONTH_TO}(?P<last>{_EN_MONTH_NAME})"
    r"(?:\s+(?:quarter|period|half))?(?:,?\s+(?P<year>(?:19|20)\d{2}))?)"
    r"|(?P<first_zh>1[0-2]|[1-9])\s*[-~至到]\s*(?P<last_zh>1[0-2]|[1-9])月份?"
)
_DAY_OF_MONTH = re.compile(
    rf"(?i:(?:(?:as\s+(?:of|at)|on|at)\s+)?(?P<day>\d{{1,2}})\s+(?P<month>{_EN_MONTH_NAME})"
    r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?)"
    r"|(?P<month_zh>1[0-2]|[1-9])月(?P<day_zh>\d{1,2})日"
    rf"|(?i:(?:as\s+(?:of|at)|at)\s+(?P<month_first>{_EN_MONTH_NAME}|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)"
    r"\s+(?P<day_second>\d{1,2}))"
)
_ZH_MONTHS_TO = re.compile(
    r"(?:((?:19|20)\d{2})\s*年)?(1[0-2]|[1-9])月(?:(\d{1,2})日|底|末)止?的?(?:(三|六|九|十二)个月|(\d{2})周)"
)
_SPAN_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}
_MONTH_OF = {m[:3].lower(): i for i, m in enumerate(calendar.month_name) if m} | {"sept": 9}

# a 52/53-week year's spans in weeks (the 13 weeks ended August 1, a 26-week period): the
# quarter, half, nine months and year they stand for (a grocer's first quarter has 16 weeks and
# its half 28; another's fourth quarter has 16 and its half 24)
_WEEKS = re.compile(r"\b(\d{2})([- ])weeks?\b")
_WEEKS_AS_MONTHS = {
    **dict.fromkeys(("12", "13", "16"), "three"),
    **dict.fromkeys(("24", "26", "28"), "six"),
    **dict.fromkeys(("36", "39", "40"), "nine"),
    **dict.fromkeys(("52", "53"), "twelve"),
}
# the first 28 weeks (前28周): the quarters of the year to date they stand for
_ZH_FIRST_WEEKS = re.compile(r"前(\d{2})周")
_ZH_WEEKS_AS_PART = {"three": "一季度", "six": "上半年", "nine": "前三季度", "twelve": "全年"}
# a span in weeks to its last day (the 12 weeks ended August 15, 2009)
_WEEKS_TO_DAY = re.compile(
    r"(?i)(?P<span>(?:the\s+)?\w+\s+months\s+(?:to|through|ended|ending)\s+)"
    r"(?P<m>[a-z]{3,9})\.?\s+(?P<d>\d{1,2})\b(?P<y>,?\s+(?:19|20)\d{2})?"
)


def _zh_first_weeks(m: re.Match) -> str:
    months = _WEEKS_AS_MONTHS.get(m[1])
    return _ZH_WEEKS_AS_PART[months] if months else m[0]


def _weeks_as_months(m: re.Match) -> str:
    months = _WEEKS_AS_MONTHS.get(m[1])
    if months is None:
        return m[0]
    return months + ("-month" if m[2] == "-" else " months")


def _weeks_end_month(m: re.Match) -> str:
    """A span in weeks ends on a day of a week, up to half a month from a quarter's end (a
    16-week first quarter moves the later ones on: the 12 weeks ended August 15): the span to the
    nearest quarter's end month, the day dropped."""
    month = _MONTH_OF.get(m["m"][:3].lower())
    if month is None:
        return m[0]
    day, year = int(m["d"]), int(m["y"].strip(" ,")) if m["y"] else None
    offset = month % 3  # months after the last quarter's end month
    if offset == 1 or (offset == 2 and day <= 15):
        month -= offset
        if month == 0:
            month, year = 12, year - 1 if year else None
    elif offset == 2:
        month += 1
    return f"{m['span']}{calendar.month_name[month]}" + (f", {year}" if year else "")


def _months_to_end(months: int, current: Period | None) -> Period | None:
    """The span of ``months`` ending with the period discussed (the six months, in a story on the
    second quarter: the first half)."""
    if current is None or current.is_instant:
        return None
    month = current.end.month
    if months == 3:
        return Period.q(current.year, (month - 1) // 3 + 1)
    if months == month and month % 3 == 0:
        return Period.ytd(current.year, month // 3)
    return None


def _year_of_month_end(month: int, reference: date | None, current: Period | None) -> int | None:
    """The year of a month-end named without one (截至3月底, at the end of March): the latest by
    the article's date (an article of 26 April 2025: 2025-03-31, even if the period discussed
    until then was 2024), or by the end of the period discussed when that is later."""
    years = []
    if reference is not None:
        latest = reference.year
        years.append(latest if month_end(latest, month) <= reference else latest - 1)
    if current is not None:
        years.append(_year_ending_by(current, month))
    return max(years, default=None)


def _year_of_day(
    month: int, day: str, reference: date | None, current: Period | None
) -> int | None:
    """The year of a day named without one (截至8月1日, at Aug. 1): as a month-end's, but the day
    itself, not its month's end, must have come by the article's date (an article of 29 August
    2009: 1 August 2009)."""
    year = _year_of_month_end(month, reference, current)
    if year is None or reference is None:
        return year
    try:
        this_year = date(reference.year, month, int(day))
    except ValueError:
        return year
    return max(year, reference.year) if this_year <= reference else year


def _year_ending_by(current: Period, month: int) -> int:
    """The year of a month-end named without one: the latest by the end of the period discussed
    (the end of December, in a first-quarter story, is the one before it)."""
    year = current.end.year
    return year - 1 if month_end(year, month) > current.end else year


def _month_number(name: str) -> int:
    return int(name) if name.isdigit() else _MONTH_OF[name[:3].lower()]


def _month_span(
    first: int, last: int, year_text: str | None, reference: date | None, current: Period | None
) -> Period | None:
    """April-June, 4-6月: the quarter, half or year to date of those months."""
    year = int(year_text) if year_text else None
    if year is None:
        year = _year_of_month_end(last, reference, current)
    if year is None or last % 3:
        return None
    if first == 1:
        return Period.ytd(year, last // 3)
    if last - first == 2:
        return Period.q(year, last // 3)
    if (first, last) == (7, 12):
        return Period.h2(year)
    return None


def _months_to(span: re.Match, reference: date | None, current: Period | None) -> Period | None:
    count, quarter, half, whole = span.group(1, 2, 3, 4)
    months = _SPAN_MONTHS[count.lower()] if count else 3 if quarter else 6 if half else 12
    last = _MONTH_OF[span.group(5).lower()]
    year = int(span.group(7)) if span.group(7) else None
    if span.group(6) and int(span.group(6)) <= 7:
        # a 52/53-week year's quarter ended July 1 or December 30: the month before's quarter
        last, year = (12, year - 1 if year else None) if last == 1 else (last - 1, year)
    if last % 3:
        return None  # a span ending in no quarter's month
    if year is None:
        year = _year_of_month_end(last, reference, current)
    if year is None:
        return None
    if months == 3:
        return Period.q(year, last // 3)
    if months == 12 and last == 12:
        return Period.fy(year)
    if months == 6 and last == 6:
        return Period.h1(year)
    if months == last:
        return Period.ytd(year, last // 3)
    return None  # six months to December: a second half, not a period of the notation
