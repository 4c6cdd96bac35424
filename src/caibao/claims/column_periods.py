"""The period a table's column header names (an analyst's 2023A / 2024E, FY24, 1H24, Q3'24, a
change against the start of the year), read with the running-text period phrases of
``period_phrases``."""

from __future__ import annotations

import calendar
import re
from datetime import date

from ..periods import Period
from .fiscal import FISCAL_SHIFT, fiscal_year_named
from .period_phrases import _MONTH_OF, find_periods, resolve_phrase

# an analyst's year column: 2023A (actual), 2024E / 2024F / 2024P (estimate, forecast), FY24E
_YEAR_COLUMN = re.compile(
    r"\s*(?:FY\s*(?P<fy>(?:19|20)?\d{2})|(?P<y>(?:19|20)\d{2})\s*年?)\s*(?P<kind>[AEFP])?\s*$",
    re.I,
)
# an analyst's quarter or half column: 1Q FY10, Q2 2009, 3Q09, 1H FY10, FY10 Q1, 9M24E, FQ3 09
# (the year of an FY, or of a part marked F for fiscal, is the company's fiscal year, named by
# the year it ends in)
_PART_COLUMN = re.compile(
    r"\s*(?P<period>(?P<fiscal>F(?=[1-4Q][1-4Q]|[12H][12H]))?"
    r"(?:[1-4]Q|Q[1-4]|[12]H|H[12]|9M)\s*['’]?\s*(?:FY\s*)?(?:19|20)?\d{2}"
    r"|FY\s*(?:19|20)?\d{2}\s*[-/]?\s*(?:[1-4]Q|Q[1-4]|[12]H|H[12]|9M))\s*(?P<kind>[AEFP])?\s*$",
    re.I,
)
_FISCAL_PART = re.compile(
    r"^([1-4]Q|Q[1-4]|[12]H|H[12])\s*['’]?\s*(?:FY\s*)?((?:19|20)?\d{2})$", re.I
)
# a balance date in a column's short form (Jul 4 2009, Jan. 3, 2009, Sept 30 2009): the month
# shortened, the comma left out
_SHORT_DATE = re.compile(
    r"\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+"
    r"((?:19|20)\d{2})\s*",
    re.I,
)
# a change column against the start of the year (较年初变动, vs start of year, YTD change): its
# figures are changes of a balance to the date of the column before it, not figures of that start
_VS_YEAR_START = re.compile(
    r"较年初|比年初|较上年末|较上年年末|较期初|(?i:(?:vs\.?|versus|from|since)\s+(?:the\s+)?"
    r"(?:start|beginning|end)\s+of\s+(?:the\s+|last\s+)?year|\bytd\s+change)"
)


_NUMERIC_DATE = re.compile(
    r"\s*(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)?\d{2})\s*"
)


_SHORT_MONTH_DATE = re.compile(
    r"\s*(?P<m>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?P<d>\d{1,2}),?\s+"
    r"(?P<y>(?:19|20)\d{2})\s*",
    re.I,
)


def column_period(
    title: str, reference: date | None, current: Period | None
) -> tuple[Period | None, bool]:
    """(the period a table's column header names, whether its figures are estimates): 2022A →
    2022FY; 2023E → 2023FY, an estimate; 2023年, FY24, 1H24, 3Q24, Q3'24 → their periods; a
    change against the start of the year (较年初变动) → None: the period of the column before."""
    m = _YEAR_COLUMN.fullmatch(title)
    if m and (m["y"] or m["kind"] or m["fy"]):
        year = int(m["y"] or m["fy"])
        year = year + 2000 if year < 100 else year
        if m["fy"]:  # FY10: the company's fiscal year (Walmart's ends in January 2010)
            year = fiscal_year_named(year, FISCAL_SHIFT.get())
        return Period.fy(year), (m["kind"] or "A").upper() != "A"
    part = _PART_COLUMN.fullmatch(title)
    if part:
        estimate = (part["kind"] or "A").upper() != "A"
        phrase = part["period"]
        if part["fiscal"]:  # FQ3 09: the third quarter of fiscal 09 (Q3 FY09)
            phrase = _FISCAL_PART.sub(r"\1 FY\2", phrase[1:])
        return resolve_phrase(phrase, reference, current), estimate
    if _VS_YEAR_START.search(title):
        return None, False
    day = _NUMERIC_DATE.fullmatch(title)
    if day:  # a balance sheet's column dated 6/30/09 (month first, as US tables print it)
        year = int(day["y"]) + (2000 if len(day["y"]) == 2 else 0)
        try:
            return Period.instant(date(year, int(day["m"]), int(day["d"]))), False
        except ValueError:
            return None, False
    day = _SHORT_MONTH_DATE.fullmatch(title)
    if day:  # Dec. 31, 2008, Sept. 30, 2009: a wire's abbreviated month
        try:
            month = _MONTH_OF[day["m"].lower()]
            return Period.instant(date(int(day["y"]), month, int(day["d"]))), False
        except (KeyError, ValueError):
            return None, False
    short = _SHORT_DATE.fullmatch(title)
    if short:
        month = calendar.month_name[_MONTH_OF[short[1].lower()]]
        title = f"{month} {int(short[2])}, {short[3]}"
    phrases = find_periods(title)
    if not phrases:
        return None, False
    return resolve_phrase(phrases[-1][2], reference, current), False


_BARE_YEAR = re.compile(r"\s*(?:19|20)\d{2}\s*")


def year_of_corner(period: Period | None, title: str, corner: Period | None) -> Period | None:
    """A bare year column (2009) under a corner naming a part of the year (Six months to June 30
    | 2009 | 2008, At June 30 | 2009 | 2008): the corner's part of that column's year; else
    ``period`` as it is."""
    if period is None or corner is None or corner.kind == "FY" or period.kind != "FY":
        return period
    if FISCAL_SHIFT.get() or not _BARE_YEAR.fullmatch(title):
        return period
    return corner.with_year(period.year)


# a month in brackets after a row's period (Q1 (Sep), 第一季度（1-3月）): it restates the period
_BRACKETED = re.compile(r"\s*[（(][^()（）]{0,12}[)）]\s*$")


def row_period(label: str, reference: date | None, current: Period | None) -> Period | None:
    """The period a table row's label names when the whole label is one (a table of quarters
    or years down its rows: Q1 (Sep), 2023A, FY24, 第一季度), else None."""
    text = _BRACKETED.sub("", label).strip()
    if not text or len(text) > 24:
        return None
    period, _estimate = column_period(text, reference, current)
    if period is None:
        return None
    phrases = find_periods(text)
    whole = _YEAR_COLUMN.fullmatch(text) or _PART_COLUMN.fullmatch(text)
    if whole or (phrases and phrases[0][0] == 0 and phrases[-1][1] == len(text)):
        return period
    return None
