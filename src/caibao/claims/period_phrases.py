"""Period phrases as articles write them, found in running text (``find_periods``) and resolved
against the article's date and the period under discussion (``resolve_phrase``, built on
``caibao.periods.resolve``).

Rules added to ``periods.resolve`` for running text:
- "同期" alone ("同期，归母净利润为5.6亿元") means *the same period* as the sentence before, not the
  prior year; "去年同期" / "上年同期" / "2023年同期" are the prior (or named) year's period.
- A date (2023年5月6日, 4月21日) is not a period of figures and is skipped.
- Month spans and ends (January-June, the three months to September, 9月末, end-June), in the
  company's fiscal calendar (``fiscal``).
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from ..periods import Period, month_end, resolve
from ..scan import LATIN
from .fiscal import FISCAL_SHIFT, shift_phrase

# (上财年末, 本财年: a company's fiscal year, named relative to the one discussed)
_REL = r"(?:今年|去年|上年|前年|明年|本年|当年|上一年|上一?个?财年|本财年|当财年)"
_EN_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# January-June, the January-to-September period, April through June: a span of months
_MONTH_TO = r"(?:\s*[-–]\s*|-to-|\s+(?:to|through)\s+)"
# the spans in weeks of a 52/53-week year (13, 26, 39 weeks) and of one whose first quarter has 16
# weeks and the others 12 (16, 28, 40: a grocer's) or whose fourth has 16 (12, 24, 36)
_WEEK_COUNTS = r"(?:12|13|16|24|26|28|36|39|40|52|53)"
_PART = (
    rf"(?:年度|年)?(?:前{_WEEK_COUNTS}周|半年度报告|半年报|半年度|中报|中期报告|一季报|三季报|全年|上半年|下半年|前三季度?|第?[一二三四1-4]季度|第[一二三四1-4]季|首季度?"
    r"|年末|年底|年初|末|底|同期|"
    r"中期|1-9月|1-6月|1-3月|Q[1-4]|H[12])?"
)
# the first two characters an English period phrase can start with (the look-ahead of the English
# phrases below, and of the digits that may start one: 1Q, 9M, 26-week, 30 June)
_EN_FIRST_LETTERS = (
    r"t[hw]|f[eioruy]|s[aei]|a[cpstu\s]|o[cfnv]|in|j[au]|ma|n[io]|d[eu]|q[u1-4]|h[a1-4]|ye"
    r"|e[an]|ba|pr|la"
)
# (a year starts an English phrase only before a space: its 2023 revenue, 2020, when it earned)
_EN_FIRST_DIGITS = r"[1-4]q|[12]h|9m|[369]-|12-|(?:19|20)\d\d,?\s|\d{1,2}\s+[a-z]|[1-5]\d-w"
# (each half behind a test of its first character: under IGNORECASE sre tries every two-letter
# alternative in turn, a cost paid at every Chinese character and digit the scan stops at)
_EN_FIRST = rf"(?:(?=\d)(?:{_EN_FIRST_DIGITS})|(?=[tfsaoijmndqhyebpl])(?:{_EN_FIRST_LETTERS}))"
# the top-level alternatives of PERIOD_RE that only match where the text holds one of some words
# (each alternative holds one): a text holding none is scanned without them (``_GATED``), since
# each costs a test at every character the scan stops at
_MONTH_END_ALT = r"(?:(?:19|20)\d{2}\s*年|去年|上年|今年|本年)?(?:1[0-2]|[1-9])月(?:末|底)"
_YEAR_QH_ALT = r"|(?<!\d)(?:19|20)\d{2}(?:Q[1-4]|H[12])(?![0-9A-Za-z])"
_Q_ALT = r"|(?<![A-Za-z0-9])Q[1-4](?![0-9A-Za-z-]|\s*(?:19|20)\d{2}|\s*['’]\s*\d{2}|\s*FY)"
_H_ALT = r"|(?<![A-Za-z0-9])H[12](?![0-9A-Za-z-]|\s*(?:19|20)\d{2}|\s*['’]\s*\d{2}|\s*FY)"
_FISCAL_QUARTER_ALT = r"|(?:(?:19|20)\d{2}\s*财?年)?第?[一二三四1-4]财季度?"
_MONTH_SPAN_ALT = r"|(?<![\d年-])(?:1[0-2]|[1-9])\s*[-~至到]\s*(?:1[0-2]|[1-9])月(?:份)?"
_TO_DAY_ALT = (
    r"|(?<=截[至止])(?:(?:19|20)\d{2}\s*年)?(?:1[0-2]|[1-9])月\d{1,2}日止?的?(?:(?:三|六|九|十二)个月"
    # (a 52/53-week year's spans in weeks: 截至2009年8月15日的12周, the quarter to that day)
    rf"|{_WEEK_COUNTS}周)"
    r"|(?<=截至)(?:1[0-2]|[1-9])月\d{1,2}日|(?<=截止)(?:1[0-2]|[1-9])月\d{1,2}日"
)
_DAY_YEAR_END_ALT = r"|(?<![\d年])(?:1[0-2]|[1-9])月\d{1,2}日(?=财?年[末底]|财年结束)"
_YEAR_END_ALT = r"|(?<!日财)(?<!日)年末"
_YEAR_END_DI_ALT = r"|(?<!日财)(?<!日)年底"
_TO_DATE_ALT = (
    r"|(?<=截至)(?:19|20)\d{2}\s*年(?:1[0-2]|[1-9])月\d{1,2}日"
    r"|(?<=截止)(?:19|20)\d{2}\s*年(?:1[0-2]|[1-9])月\d{1,2}日"
)
PERIOD_RE = re.compile(
    # the look-ahead lets the engine skip, at one test per character, what cannot start a period;
    # a digit only where a year, a month (3月, 1至9月), a fiscal quarter (2财季) or an English
    # phrase (1Q, 9M, 30 June, 26-week) can start (most digits are a figure's)
    # (one class first, so most characters fail at one test; then a digit must start one of those)
    r"(?=[今去上前明本当全下第首单期一二三四报年同TtFfSsNnQqHhIiDdOoLlPpAaYyJjMmEe0-9])(?!(?=[0-9])"
    rf"(?!(?:19|20)\d|(?:1[0-2]|[1-9])(?:月|\s*[-~至到])|[1-4]财|(?i:{_EN_FIRST_DIGITS})))"
    rf"(?:{_MONTH_END_ALT}"
    rf"|(?<!\d)(?:19|20)\d{{2}}\s*(?:财)?年(?!\d{{1,2}}月)(?:度)?{_PART}"
    rf"{_YEAR_QH_ALT}"
    # (not 今年3月 alone: a month this year dates an event, as 2009年3月 does — 今年3月末 is above)
    rf"|{_REL}(?!(?:1[0-2]|[1-9])月)(?:年度)?{_PART}"
    rf"{_Q_ALT}"  # Q3单季度 (Q1 2025 below)
    rf"{_H_ALT}"
    rf"{_FISCAL_QUARTER_ALT}"
    r"|单季度?|本季度|当季度?|上一?个?季度"
    # 4-6月, 1至9月: a span of months (1-3月 …, with a year, are matched above)
    rf"{_MONTH_SPAN_ALT}"
    # 截至9月30日的三个月 (a quarter), 截至2024年6月30日止六个月 (a half): a span to that day
    rf"{_TO_DAY_ALT}"
    # 较5月31日财年末的X: a day named as a year's end is a balance date (not an event's day)
    rf"{_DAY_YEAR_END_ALT}"
    rf"|(?:上年|去年)?同期|全年|上半财?年|下半财?年|前三季度?|前三财季度?|[前首][六九]个月|前{_WEEK_COUNTS}周|第?[一二三四]季度|第[一二三四]季|首季度?"
    # (5月31日财年末: the fiscal year's end in apposition to its date, which names it)
    rf"|报告期内?|本报告期{_YEAR_END_ALT}{_YEAR_END_DI_ALT}|年初(?!至|以来)|期初(?!至)"
    rf"{_TO_DATE_ALT}"
    # (the English phrases, behind a look-ahead of the first two characters they can start with:
    # a Chinese character, a figure's digits and most letters of English words skip them all)
    rf"|(?i:(?={_EN_FIRST})"
    # an analyst's fiscal quarter or half (1Q FY10, Q3 FY2024, 1H FY10, FY10 Q1): one phrase
    r"(?:\b(?:[1-4]Q|Q[1-4]|[12]H|H[12]|9M)\s*FY\s*(?:19|20)?\d{2}\b"
    r"|\bFY\s*(?:19|20)?\d{2}\s*[-/]?\s*(?:[1-4]Q|Q[1-4]|[12]H|H[12]|9M)\b"
    # in the quarter, this quarter (not the quarter ended June 30: below): the single quarter
    r"|\b(?:the|this)\s+quarter\b(?!\s+(?:to|ended|ending|through)\b)"
    r"|(?:the\s+)?year[- ]to[- ]date\b"
    r"|(?:the\s+)?(?:first|second|third|fourth)[- ]quarter(?:\s+of)?(?:\s+(?:fiscal\s+)?(?:19|20)\d{2})?"
    r"|(?:the\s+)?(?:first|second)[\s-]+half(?:\s+of)?(?:\s+(?:fiscal\s+)?(?:19|20)\d{2})?"
    r"|\bthe\s+half(?:[- ]year)?\b(?![- ](?:to|ended|ending|through)\b)"
    # (2.4 billion in the first half and 970 million in the second.: the next part, its noun left
    # out)
    r"|\bin\s+the\s+second(?=\s*[.,;:)]|\s*$)"
    r"|(?:as\s+(?:of|at)\s+|on\s+)?(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\s+\d{1,2},?\s+(?:19|20)\d{2}"
    # at the end of 2008, the end of fiscal 2008: that year's closing balance date
    r"|(?:at\s+)?the\s+end\s+of\s+(?:fiscal\s+)?(?:19|20)\d{2}\b"
    # at the start of the year, the beginning of 2009: the opening balance (the year before's end;
    # not since the start of the year: a change's span, no figure's date)
    r"|(?<!since\s)(?:at\s+)?the\s+(?:start|beginning)\s+of\s+(?:the\s+(?:fiscal\s+)?year"
    r"|(?:fiscal\s+)?(?:19|20)\d{2})\b"
    r"|(?:at\s+)?the\s+end\s+of\s+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)(?:\s+(?:19|20)\d{2})?"
    rf"|(?:the\s+)?(?:(?:three|six|nine|twelve)\s+months|{_WEEK_COUNTS}\s+weeks|quarter"
    r"|half[- ]year|half|(?:fiscal\s+)?year)"
    r"\s+(?:to|through|ended|ending)\s+(?:the\s+end\s+of\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
    r"(?:\s+\d{1,2}\b)?(?:,?\s+(?:19|20)\d{2})?"
    r"|(?:the\s+)?(?:first\s+)?nine\s+months(?:\s+of)?(?:\s+(?:fiscal\s+)?(?:19|20)\d{2})?"
    # the first three quarters of 2023 (the nine months), the first two quarters (the half)
    r"|(?:the\s+)?first\s+(?:three|two)\s+quarters(?:\s+of)?(?:\s+(?:fiscal\s+)?(?:19|20)\d{2})?"
    # in the six months: the span of that length to the end of the period discussed
    r"|\bthe\s+(?:three|six|nine|twelve)\s+months\b(?!\s+(?:to|through|ended|ending|of)\b)"
    # a 52/53-week year's quarter, half and nine months (a retailer's the 26 weeks): the same
    # spans (not a 52-week high: a share price's range)
    r"|\bthe\s+(?:12|13|16|24|26|28|36|39|40)\s+weeks\b(?!\s+(?:to|through|ended|ending|of)\b)"
    # nine-month sales, six-month profit, 26-week earnings: the same span, as an adjective (a
    # headline's digits too: 9-Month Net Profit, 6-Month Sales)
    r"|\b(?:three|six|nine|twelve|3|6|9|12|13|16|24|26|28|36|39|40)-(?:month|week)\b"
    r"(?![- ](?:period\s+)?(?:to|through|ended|ending)\b)"
    # the June quarter, the June quarter of 2008 (a quarter named by its last month and year)
    r"|(?:the\s+)?(?:March|June|September|December)\s+quarter\b(?:\s+of\s+(?:19|20)\d{2}\b)?"
    r"|(?:the\s+)?first\s+(?:three|six)\s+months(?:\s+of)?(?:\s+(?:fiscal\s+)?(?:19|20)\d{2})?"
    # 2Q, 1Q without a year (a newswire headline: 2Q Net Falls 38%; Up Sharply From 1Q)
    r"|\b[1-4]Q(?![\w-])"
    # at June 30, as of March 31 (no year): a balance date, the latest by the article's date (on
    # August 20 is the day something happened)
    # (a wire's abbreviated month too: at Aug. 1, at Jan. 31)
    rf"|(?:as\s+(?:of|at)|at)\s+(?:{_EN_MONTH_NAME}|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)"
    r"\s+(?:[1-9]|[12]\d|3[01])\b(?!,?\s*(?:19|20)\d{2})"
    r"|\b[Qq][1-4]\s*(?:19|20)\d{2}\b|\b[1-4]Q\s*(?:19|20)?\d{2}\b|\bH[12]\s*(?:19|20)\d{2}\b"
    r"|\b[Qq][1-4]\s*['’]\s*\d{2}\b|\b[12]H\s*(?:19|20)?\d{2}\b|\b9M\s*(?:19|20)?\d{2}\b|\bFY\s*\d{2}\b"
    r"|(?:at\s+|from\s+)?end-(?:(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Sept?|Dec)\b\.?|(?:19|20)\d{2}\b)"
    r"|(?:full[- ]year|fiscal(?:\s+year)?|FY)\s*(?:19|20)\d{2}"
    r"|\b(?:in|for|during|of|as\s+(?:recently|late|early)\s+as|back\s+in)\s+(?:19|20)\d{2}\b"
    # a long way from 2020, when it earned…: a year the clause after it dates
    r"|(?<=\s)(?:19|20)\d{2}(?=,?\s+when\b)"
    # its 2023 revenue, Vanke's 2024 net loss: a year before the figure's name
    # (not nine-month 2024 results, Q3 2024 revenue: the year of a period named before it)
    r"|(?<=\s)(?<!month\s)(?<!quarter\s)(?<!half\s)(?<![QH][1-4]\s)(?:19|20)\d{2}"
    r"(?=\s+(?:full[- ]year\s+|annual\s+)?"
    r"(?:revenue|revenues|sales|turnover|net\b|profit|profits|earnings|loss|losses|operating"
    r"|EPS|gross|cash|diluted)\b)"
    r"|(?:the\s+)?(?:year[- ]ago|year[- ]earlier|prior[- ]year)\s+(?:period|quarter|half)"
    # the full-year loss of RMB 49.5 billion, full-year revenue was $8bn: the year's own figure
    r"|\bfull[- ]year(?=\s+(?:[A-Za-z-]+\s+){1,3}?(?:of\s+|was\s+|were\s+|came\s+to\s+)?"
    r"(?:US\$|HK\$|\$|RMB\s?|Rmb|€|£|\d))"
    # 34% below the year-earlier $11.11 billion: the adjective dates the figure right after it
    r"|(?:the\s+)?(?:year[- ]ago|year[- ]earlier|prior[- ]year)(?=\s+(?:US\$|HK\$|\$|Rmb|€|£|\d))"
    # the April-June quarter, January-September: a span of months
    rf"|(?:the\s+)?{_EN_MONTH_NAME}{_MONTH_TO}{_EN_MONTH_NAME}(?:\s+(?:quarter|period|half))?"
    r"(?:,?\s+(?:19|20)\d{2})?"
    # as at 30 June 2024, on 31 December: a day-first date
    rf"|(?:(?:as\s+(?:of|at)|on|at)\s+)?\b(?:[1-9]|[12]\d|3[01])\s+{_EN_MONTH_NAME}\b"
    r"(?:,?\s+(?:19|20)\d{2})?"
    r"|earlier\s+(?:this|in\s+the)\s+year"
    # last year's first half: that part a year before the period discussed
    r"|(?:last|previous|prior)\s+year['’]s\s+(?:(?:first|second|third|fourth)[- ]quarter"
    r"|(?:first|second)[- ]half)"
    r"|(?:last|this|previous|prior)\s+year|(?:a|the)\s+year\s+(?:earlier|ago|before)"
    r"|(?:the\s+)?same\s+(?:period|quarter|half)\s+(?:of\s+|a\s+)?(?:last|the\s+previous|the\s+prior)"
    r"\s+year|(?:the\s+)?same\s+(?:period|quarter|half)\s+(?:of|in)\s+(?:19|20)\d{2}"
    # in the 2008 period, versus $394 million in the 2008 quarter: the period discussed, that year
    r"|\bthe\s+(?:19|20)\d{2}\s+(?:period|quarter|half)\b"
    # the previous quarter's $644 million, from the prior quarter: the quarter before
    r"|(?:the\s+)?(?:previous|prior|preceding)\s+quarter\b"
    # for the full year, over the whole year: the year the period discussed falls in (not the
    # adjective full-year, which names a figure: 70% of full-year profit)
    r"|\b(?:for|in|over|during|across)\s+the\s+(?:full|whole|entire)\s+year\b"
    r"(?![- ](?:to|ended|ending)\b|,?\s*(?:19|20)\d{2})"
    r"|year[- ]end)))"
)
# (alternative, the words one of which the text must hold for it to match)
_GATED = (
    (_MONTH_END_ALT + "|", ("月末", "月底")),  # (the first alternative: its "|" after it)
    (_YEAR_QH_ALT, ("Q", "H")),
    (_Q_ALT, ("Q",)),
    (_H_ALT, ("H",)),
    (_FISCAL_QUARTER_ALT, ("财季",)),
    (_MONTH_SPAN_ALT, ("月",)),
    (_TO_DAY_ALT, ("截",)),
    (_DAY_YEAR_END_ALT, ("日",)),
    (_YEAR_END_ALT, ("年末",)),
    (_YEAR_END_DI_ALT, ("年底",)),
    (_TO_DATE_ALT, ("截",)),
)
# the English phrases (the last alternative, to the big group's end): every one holds a Latin
# letter (re.I matches the four non-ASCII letters scan.LATIN holds against ASCII ones)
_ENGLISH_ALT = rf"|(?i:(?={_EN_FIRST})"
assert all(PERIOD_RE.pattern.count(alt) == 1 for alt, _words in _GATED)
assert PERIOD_RE.pattern.count(_ENGLISH_ALT) == 1 and PERIOD_RE.pattern.endswith(")))")


@lru_cache(maxsize=64)
def _period_re(absent: tuple[bool, ...], latin: bool) -> re.Pattern:
    """PERIOD_RE without the alternatives whose words the text does not hold (``absent``, in
    the order of ``_GATED``) and without the English phrases in a text with no Latin letter:
    the same matches, since what is left out cannot match in that text."""
    pattern = PERIOD_RE.pattern
    for (alt, _words), gone in zip(_GATED, absent, strict=True):
        if gone:
            pattern = pattern.replace(alt, "", 1)
    if not latin:
        pattern = pattern[: pattern.index(_ENGLISH_ALT)] + ")"
    return re.compile(pattern)


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
    r"(?:((?:19|20)\d{2})\s*年)?(1[0-2]|[1-9])月(\d{1,2})日止?的?(?:(三|六|九|十二)个月|(\d{2})周)"
)
_SPAN_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}
_MONTH_OF = {m[:3].lower(): i for i, m in enumerate(calendar.month_name) if m} | {"sept": 9}
_FULL_DATE = re.compile(r"((?:19|20)\d{2})[年\-/.](\d{1,2})[月\-/.](\d{1,2})日?")


def resolve_phrase(phrase: str, reference: date | None, current: Period | None) -> Period | None:
    """A period phrase found in the text → Period (``current``: the period being discussed), in
    the fiscal frame of the article being read (``fiscal``)."""
    return _resolve_phrase(shift_phrase(phrase, FISCAL_SHIFT.get()), reference, current)


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
