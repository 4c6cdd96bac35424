"""Period phrases as articles write them, found in running text (``find_periods``) and resolved
against the article's date and the period under discussion (``resolve_phrase``, built on
``caibao.periods.resolve``).

Rules added to ``periods.resolve`` for running text:
- "同期" alone ("同期，归母净利润为5.6亿元") means *the same period* as the sentence before, not the
  prior year; "去年同期" / "上年同期" / "2023年同期" are the prior (or named) year's period.
- A date (2023年5月6日, 4月21日) is not a period of figures and is skipped.
- Month spans and ends (January-June, the three months to September, 9月末, end-June), in the
  company's fiscal calendar (``fiscal``).

Finding uses ``period_pattern`` (the pattern and its cheaper variants); month and week spans and
the years of dates said without one are ``month_spans``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from ..periods import Period, month_end, resolve
from ..scan import LATIN
from .fiscal import FISCAL_SHIFT, shift_phrase
from .month_spans import (
    _DAY_OF_MONTH,
    _EN_MONTH_ABBR,
    _EN_MONTH_END,
    _EN_MONTHS,
    _MONTH_END,
    _MONTH_OF,
    _MONTH_SPAN,
    _MONTHS_TO,
    _SPAN_MONTHS,
    _WEEKS,
    _WEEKS_TO_DAY,
    _ZH_FIRST_WEEKS,
    _ZH_MONTHS_TO,
    _month_number,
    _month_span,
    _months_to,
    _months_to_end,
    _weeks_as_months,
    _weeks_end_month,
    _year_of_day,
    _year_of_month_end,
    _zh_first_weeks,
)
from .period_pattern import _EN_MONTH_NAME, _GATED, _period_re
from .period_pattern import _ENGLISH_ALT as _ENGLISH_ALT  # (for tests of the scan)
from .period_pattern import PERIOD_RE as PERIOD_RE

_FULL_DATE = re.compile(r"((?:19|20)\d{2})[年\-/.](\d{1,2})[月\-/.](\d{1,2})日?")


# an analyst's fiscal quarter with an F before it (FQ3 2009, F3Q09): read as Q3 FY2009
_F_QUARTER = re.compile(r"F(?:Q([1-4])|([1-4])Q)\s*['’]?\s*((?:19|20)?\d{2})")


def resolve_phrase(phrase: str, reference: date | None, current: Period | None) -> Period | None:
    """A period phrase found in the text → Period (``current``: the period being discussed), in
    the fiscal frame of the article being read (``fiscal``)."""
    if phrase[:1] == "F" and (f := _F_QUARTER.fullmatch(phrase.strip())):
        phrase = f"Q{f[1] or f[2]} FY{f[3]}"
    return _resolve_phrase(shift_phrase(phrase, FISCAL_SHIFT.get()), reference, current)


@lru_cache(maxsize=8192)
def _resolve_phrase(phrase: str, reference: date | None, current: Period | None) -> Period | None:
    p = phrase.strip()
    if "week" in p:
        p = _WEEKS.sub(_weeks_as_months, p)
        p = _WEEKS_TO_DAY.sub(_weeks_end_month, p)
    if "周" in p:
        p = _ZH_FIRST_WEEKS.sub(_zh_first_weeks, p)
    dated = _YEAR_END_DATED.search(p)
    if dated:  # fiscal year-end (November 2008): the end of that month
        return Period.instant(month_end(int(dated["year"]), _MONTH_OF[dated["month"][:3].lower()]))
    zh_span = _ZH_MONTHS_TO.fullmatch(p)
    if zh_span:  # 截至9月30日的三个月 = the three months to September 30
        year, month, day, count, weeks = zh_span.groups()
        months = (
            f"{weeks} weeks"
            if weeks
            else {"三": "three", "六": "six", "九": "nine", "十二": "twelve"}[count] + " months"
        )
        if day is None:  # 截至6月底的三个月: to the month's last day
            day = calendar.monthrange(int(year or 2001), int(month))[1]
        en = f"the {months} to {calendar.month_name[int(month)]} {day}"
        return _resolve_phrase(en + (f", {year}" if year else ""), reference, current)
    if p == "同期" or p in ("报告期", "报告期内", "本报告期"):
        return current
    same = re.fullmatch(
        r"(?i)(?:the\s+)?same\s+(?:period|quarter|half)\s+(?:of|in)\s+((?:19|20)\d{2})"
        r"|the\s+((?:19|20)\d{2})\s+(?:period|quarter|half)",
        p,
    )
    if same and current is not None:
        # versus X in the same period of 2023: the period discussed, in that year
        shifted = current
        while shifted.year > int(same.group(1) or same.group(2)):
            shifted = shifted.prior_year()
        return shifted
    if current is not None and re.fullmatch(
        r"(?i)(?:the\s+)?(?:year[- ]ago|year[- ]earlier|prior[- ]year)", p
    ):
        return current.prior_year()  # the year-earlier $11.11 billion
    opening = OPENING_EN.fullmatch(p)
    if opening:
        # the start of 2009 / of the year: the balance at the end of the year before
        year = int(opening["y"]) if opening["y"] else None
        if year is None and current is not None:
            year = current.end.year if current.is_instant else current.year
        return Period.instant(date(year - 1, 12, 31)) if year else None
    last_years = re.fullmatch(r"(?i)(?:last|previous|prior)\s+year['’]s\s+(.+)", p)
    if last_years:
        part = _resolve_phrase(last_years.group(1), reference, current)
        return part.prior_year() if part is not None else None
    if re.fullmatch(r"(?i)(?:for|in|over|during|across)\s+the\s+(?:full|whole|entire)\s+year", p):
        # for the full year (in a story on the fourth quarter): the year around it
        return (
            Period.fy(current.end.year if current.is_instant else current.year) if current else None
        )
    if re.fullmatch(r"(?i)上一?个?季度|(?:the\s+)?(?:previous|prior|preceding)\s+quarter", p):
        # 由上季度的163万元: the quarter before the one discussed
        if current is None or current.is_instant:
            return None
        q = Period.q(current.year, current.quarter)
        return Period.q(q.year, q.quarter - 1) if q.quarter > 1 else Period.q(q.year - 1, 4)
    bare_span = re.fullmatch(
        r"(?i)the\s+(three|six|nine|twelve)\s+months|(three|six|nine|twelve|3|6|9|12)-month", p
    )
    if bare_span:
        count = (bare_span.group(1) or bare_span.group(2)).lower()
        return _months_to_end(_SPAN_MONTHS[count], current)
    if re.fullmatch(r"(?i)earlier\s+(?:this|in\s+the)\s+year", p):
        # from 46 cents earlier this year (of a quarter's figure): the quarter before it
        if current is not None and current.kind == "Q" and current.quarter > 1:
            return Period.q(current.year, current.quarter - 1)
        return None
    previous = re.fullmatch(r"(?i)(?:the\s+)?(?:previous|prior)\s+year", p)
    if previous and current is not None and not current.is_instant:
        return current.prior_year()  # a loss the previous year: before the one discussed
    if p == "年初" and current is not None:
        # 较年初的3.48亿元 in a 30 September balance: the prior year's closing balance
        return Period.instant(date(current.end.year - 1, 12, 31))
    if re.fullmatch(r"(?i)in\s+the\s+second", p):
        # in the first half and in the second: the half (quarter) after the one discussed
        if current is not None and current.kind == "H1":
            return Period.h2(current.year)
        if current is not None and current.kind == "Q" and current.quarter < 4:
            return Period.q(current.year, current.quarter + 1)
        return None
    if re.fullmatch(r"(?i)the\s+half(?:[- ]year)?", p):
        # for the half year, in the half: the first half of the year discussed
        year = current.year if current is not None else reference.year if reference else None
        return Period.h1(year) if year else None
    span = _MONTHS_TO.fullmatch(p)
    if span:
        return _months_to(span, reference, current)
    months = _MONTH_SPAN.fullmatch(p)
    if months:
        first, last = (_month_number(months[k] or months[k + "_zh"]) for k in ("first", "last"))
        return _month_span(first, last, months["year"], reference, current)
    day = _DAY_OF_MONTH.fullmatch(p)
    if day:
        month = _month_number(day["month"] or day["month_zh"] or day["month_first"])
        number = day["day"] or day["day_zh"] or day["day_second"]
        year = int(day["year"]) if day["year"] else _year_of_day(month, number, reference, current)
        if year is None:
            return None
        try:
            return Period.instant(date(year, month, int(number)))
        except ValueError:
            return None
    zh_end = _MONTH_END.fullmatch(p)
    if zh_end:
        this_year = reference.year if reference else (current.end.year if current else None)
        if zh_end.group(1):
            year = int(zh_end.group(1))
        elif zh_end.group(2):
            if this_year is None:
                return None
            year = this_year - (1 if zh_end.group(2) in ("去年", "上年") else 0)
        else:
            year = _year_of_month_end(int(zh_end.group(3)), reference, current)
            if year is None:
                return None
        month = int(zh_end.group(3))
        return Period.instant(month_end(year, month))
    en_end = _EN_MONTH_END.search(p)
    if en_end:
        name = en_end.group(1).lower()
        month = _EN_MONTH_ABBR.get(name) or _EN_MONTHS.index(name) + 1
        if en_end.group(2):
            year = int(en_end.group(2))
        else:
            year = _year_of_month_end(month, reference, current)
            if year is None:
                return None
        return Period.instant(month_end(year, month))
    if p.isascii():
        # the first three quarters = the first nine months, the first two quarters = the first half
        p = re.sub(r"(?i)first\s+three\s+quarters", "first nine months", p)
        p = re.sub(r"(?i)first\s+two\s+quarters", "first half", p)
        # from end-2022 = the end of 2022; first-half 2025 = first half 2025
        p = re.sub(r"(?i)^(?:at|from)\s+end-", "end of ", p).replace(
            "-", " "
        )  # first-half 2025 = first half 2025
    p = p.replace("财年", "年").replace("财季", "季度")  # 2024财年 = 2024年, 第四财季 = 第四季度
    if p.startswith(("上个年", "上一个年")):
        p = "上年" + p.split("个年", 1)[1]  # 上个财年末 = 上年末
    if current is not None and re.match(r"上一?年", p):
        # 上年 is the year before the period discussed (as reports use it), 去年 the year
        # before the article's date
        rest = re.sub(r"^上一?年度?", "", p)
        if not rest:
            return current.prior_year() if not current.is_instant else Period.fy(current.year - 1)
        p = f"{current.year - 1}年{rest}"
    if re.fullmatch(r"[1-4]Q", p):
        p = "Q" + p[0]  # 2Q = Q2
    compact = re.fullmatch(r"((?:19|20)\d{2})(Q[1-4]|H[12])", p)
    if compact:
        return Period.parse(compact.group(1) + compact.group(2))
    low = p.lower()
    for prefix in ("in ", "for ", "during ", "of ", "as of ", "as at ", "on ", "back in "):
        if low.startswith(prefix):
            p = p[len(prefix) :]
            break
    try:
        got = resolve(p, reference, current)
    except ValueError:
        return None
    if (
        got is not None
        and got.is_instant
        and current is not None
        and got.end > current.end
        and _BARE_YEAR_END.fullmatch(p)
    ):
        # from $884.5bn at fiscal year-end, 较年末 (in a story on the first half): a year's end
        # not yet come by the end of the period discussed is the one before it
        return Period.instant(date(got.end.year - 1, 12, 31))
    return got


# a year's opening (at the start of the year, the beginning of fiscal 2009): never the period
# discussed, a balance's base
OPENING_EN = re.compile(
    r"(?i)(?:at\s+)?the\s+(?:start|beginning)\s+of\s+(?:the\s+(?:fiscal\s+)?year"
    r"|(?:fiscal\s+)?(?P<y>(?:19|20)\d{2}))"
)
# a year's end dated by a month in brackets after it: at fiscal year-end (November 2008)
_YEAR_END_DATED = re.compile(
    rf"\s*\(\s*(?P<month>{_EN_MONTH_NAME})\s+(?P<year>(?:19|20)\d{{2}})\s*\)"
)
# a year's end named without its year (year-end, fiscal year-end, 年末, the end of the year)
_BARE_YEAR_END = re.compile(
    r"(?i)(?:(?:at|from)\s+)?(?:the\s+)?(?:fiscal\s+)?year[- ]end|年末|年底"
    r"|(?:at\s+)?the\s+end\s+of\s+the\s+(?:fiscal\s+)?year"
)

# a date in brackets right after a period (第三财季（截至7月1日）, the second quarter (ended June
# 28)): it restates that period
_APPOSITION = re.compile(r"\s*[（(]\s*(?:截至|截止|(?i:ended|ending|to|through)\s+)?")


# a date right after a verb of saying (reported on 23 July, announced on July 23): when a figure
# was made public, not the period or the balance date it is of
_EVENT_ON = re.compile(
    r"\b(?:reported|announced|filed|released|published|disclosed|unveiled|said)\s+"
    r"(?:(?:it|them|its\s+results)\s+)?on\s+$",
    re.I,
)


# a year naming the rules that take effect in it (ahead of 2010 EPA emissions rules): no period
_RULES_AFTER = re.compile(
    r"(?:\s+(?:[A-Z]{2,5}|emissions?|engine|diesel|fuel|safety|environmental|accounting)){0,2}"
    r"\s+(?:rules?|regulations?|standards?|mandates?)\b"
)


def find_periods(sentence: str) -> list[tuple[int, int, str]]:
    """Period phrases in a sentence as (start, end, phrase), dates skipped."""
    out: list[tuple[int, int, str]] = []
    absent = tuple(not any(w in sentence for w in words) for _alt, words in _GATED)
    period_re = _period_re(absent, LATIN.search(sentence) is not None)
    dated_end = False  # the last phrase kept is a date after 截至
    for m in period_re.finditer(sentence):
        as_of = sentence[max(0, m.start() - 2) : m.start()] in ("截至", "截止")
        if m.end() < len(sentence) and _FULL_DATE.match(sentence, m.start()) and not as_of:
            continue  # a date (2023年5月6日) is not a period of figures
        # (the phrase may hold its "on": on July 23, 2009)
        on = "on " if m.group()[:3].lower() == "on " else ""
        if "on " in sentence and _EVENT_ON.search(
            sentence[max(0, m.start() - 40) : m.start()] + on
        ):
            continue  # the numbers Lilly reported on 23 July: when it was said, no period
        if m.group()[-4:].isdigit() and _RULES_AFTER.match(sentence, m.end()):
            continue
        if (
            out
            and _APPOSITION.fullmatch(sentence, out[-1][1], m.start())
            and sentence[m.end() : m.end() + 1] not in (":", "：")
        ):
            continue  # 第三财季（截至7月1日）: the date restates the period just named
            # (not a compared figure's period before a colon: in the half (H1 2008: $192.3m))
        if out and sentence[out[-1][1] : m.start()] in ("的", "止的", "止") and dated_end:
            out.pop()  # 截至2009年8月1日的2009财年第二季度: the date only dates the period after it
        dated = _YEAR_END_DATED.match(sentence, m.end()) if "(" in sentence else None
        if dated and _BARE_YEAR_END.fullmatch(m.group()):
            # at fiscal year-end (November 2008): the month in brackets dates that year's end
            out.append((m.start(), dated.end(), m.group() + dated.group()))
            dated_end = False
            continue
        out.append((m.start(), m.end(), m.group()))
        dated_end = as_of and m.group().endswith("日")
    return out
