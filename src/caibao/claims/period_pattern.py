"""The pattern that finds period phrases in running text, and its cheaper variants.

Takes: nothing (tables of regular-expression text). Gives: ``PERIOD_RE`` (every period phrase an
article may write: 2024年上半年, 上年同期, the first quarter of 2025, the three months to June,
end-2022 …), ``_period_re`` (the same pattern without the alternatives a given text cannot
match, for speed: ``_GATED`` lists them and the words they need, ``_ENGLISH_ALT`` the English
phrases), and the pieces other readers reuse (``_EN_MONTH_NAME``, ``_MONTH_TO``,
``_WEEK_COUNTS``). Finding and resolving the phrases is ``period_phrases``.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
    r"t[hw]|f[eioruyq1-4]|s[aei]|a[cpstu\s]|o[cfnv]|in|j[au]|ma|n[io]|d[eu]|q[u1-4]|h[a1-4]|ye"
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
# (not 截至6月底的三个月: a span to that month's end, below)
_MONTH_END_ALT = (
    r"(?:(?:19|20)\d{2}\s*年|去年|上年|今年|本年)?(?:1[0-2]|[1-9])月(?:末|底)"
    r"(?!止?的?(?:三|六|九|十二)个月)"
)
_YEAR_QH_ALT = r"|(?<!\d)(?:19|20)\d{2}(?:Q[1-4]|H[12])(?![0-9A-Za-z])"
_Q_ALT = r"|(?<![A-Za-z0-9])Q[1-4](?![0-9A-Za-z-]|\s*(?:19|20)\d{2}|\s*['’]\s*\d{2}|\s*FY)"
_H_ALT = r"|(?<![A-Za-z0-9])H[12](?![0-9A-Za-z-]|\s*(?:19|20)\d{2}|\s*['’]\s*\d{2}|\s*FY)"
_FISCAL_QUARTER_ALT = r"|(?:(?:19|20)\d{2}\s*财?年)?第?[一二三四1-4]财季度?"
_MONTH_SPAN_ALT = (
    r"|(?<![\d-])(?<![^今本]年)(?:1[0-2]|[1-9])\s*[-~至到]\s*(?:1[0-2]|[1-9])月(?:份)?"
)
_TO_DAY_ALT = (
    # (截至6月底的三个月: the month's end for its last day)
    r"|(?<=截[至止])(?:(?:19|20)\d{2}\s*年)?(?:1[0-2]|[1-9])月(?:\d{1,2}日|底|末)止?的?(?:(?:三|六|九|十二)个月"
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
    rf"|{_REL}(?!(?:1[0-2]|[1-9])月|起|开始)(?:年度)?{_PART}"
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
    # a fiscal quarter with an F before it (FQ3 2009, FQ3'09, F3Q09): the same, Q3 FY2009
    r"|\bF(?:Q[1-4]|[1-4]Q)\s*['’]?\s*(?:19|20)?\d{2}\b"
    # in the quarter, this quarter (not the quarter ended June 30: below): the single quarter
    r"|\b(?:the|this)\s+quarter\b(?!\s+(?:to|ended|ending|through)\b)"
    r"|(?:the\s+)?year[- ]to[- ]date\b"
    r"|(?:the\s+)?(?:first|second|third|fourth)[- ]quarter(?:\s+of)?(?:\s+(?:fiscal\s+)?(?:19|20)\d{2})?"
    r"|(?:the\s+)?(?:first|second)[\s-]+half(?:\s+of)?(?:\s+(?:fiscal\s+)?(?:19|20)\d{2})?"
    # the final three months, the final quarter, the last quarter of the year: the fourth quarter
    # (not the last quarter alone: that is as often the one before the quarter discussed)
    r"|(?:the\s+)?(?:final\s+(?:three\s+months|quarter)\b|last\s+(?:three\s+months|quarter)"
    r"(?=\s+of\s+(?:the\s+(?:fiscal\s+)?year|(?:fiscal\s+)?(?:19|20)\d{2})))(?:\s+of\s+(?:the"
    r"\s+(?:fiscal\s+)?year\b|(?:fiscal\s+)?(?:19|20)\d{2}))?"
    r"|\bthe\s+half(?:[- ]year)?\b(?![- ](?:to|ended|ending|through)\b)"
    # (2.4 billion in the first half and 970 million in the second.: the next part, its noun left
    # out)
    r"|\bin\s+the\s+second(?=\s*[.,;:)]|\s*$)"
    r"|(?:as\s+(?:of|at)\s+|on\s+)?(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\s+\d{1,2},?\s+(?:19|20)\d{2}"
    # (not a dateline's day: "August 8, 2009 - The company said…", "Aug. 8, 2009 /PRNewswire/")
    r"(?!\s*(?:-{1,2}|–|—)\s|\s*/)"
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
    # (not its first six months on sale, their first nine months: a product's or a store's own
    # time since it began, no period of the company's)
    r"|(?<!\bits\s)(?<!\btheir\s)(?:the\s+)?(?:first\s+)?nine\s+months(?:\s+of)?(?:\s+(?:fiscal\s+)?(?:19|20)\d{2})?"
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
    r"|(?<!\bits\s)(?<!\btheir\s)(?:the\s+)?first\s+(?:three|six)\s+months(?:\s+of)?(?:\s+(?:fiscal\s+)?(?:19|20)\d{2})?"
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
