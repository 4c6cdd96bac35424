"""The article's own main period and date, when not given: which year and which part of it the
article is about, by how it names them (periods named as a comparison base and in guidance do not
vote). The phrases themselves are found and resolved by ``period_phrases``.

- The article's main period, when no ``--date`` is given: the most quoted year Y; if the article
  speaks of a year's results (年报/全年/年度/bare "Y年"), it was written in Y+1 (今年 = Y+1, 去年 =
  Y) and its default period is YFY; if it speaks of 上半年/一季度/前三季度 it was written in Y.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date

from ..periods import Period
from ..scan import Scan
from .fiscal import FISCAL_SHIFT, ORDINAL, fiscal_year_named
from .period_phrases import _EN_MONTH_NAME, _MONTH_OF, resolve_phrase

_BASE_BEFORE = re.compile(
    r"(?:较|比|相比|相较于?|对比|上年|去年|compared with|from|versus|than|same period of"
    r"|same period in|as recently as|as late as|back in)\s*(?:at\s+)?(?:the\s+end\s+of\s+|end-)?"
    r"(?:fiscal\s+(?:year\s+)?|FY\s*)?$"
)
# against 320 billion yuan at the end of 2024, from X in 2023: the year of a compared figure
_BASE_FIGURE_BEFORE = re.compile(
    r"(?i:\b(?:against|from|versus|compared\s+(?:with|to))\s+"
    r"(?:(?:the|a|an|its)\s+(?:[A-Za-z-]+\s+){0,3}?)?"
    # (compared with almost 10 fen in 2020: the compared figure's qualifier)
    r"(?:(?:almost|nearly|about|around|roughly|some|more\s+than|less\s+than|over|under)\s+)?"
    r"(?:Rmb|US\$|HK\$|\$|¥|€|£)?\s*\d"
    # (the figure's own decimal point and thousands commas: $0.8bn, 1,250 million)
    r"(?:[\d,]*\.\d+)?[^,.;:，。；]{0,30}?\b(?:at|in|as\s+of)\s+(?:the\s+end\s+of\s+)?)$"
)
# up 7% on the first half of 2008, 5% down on the same quarter of 2008: a change's base
_ON_WORD = re.compile(r"\son\s")
_CHANGE_ON_BEFORE = re.compile(
    r"(?i:(?:%|\bper\s?cent|\bpoints?)(?:\s+(?:up|down|higher|lower))?\s+on\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,3}?(?:of\s+)?)$"
)
# (2024财年 too; not the integer part of an amount: 收入2005.83亿美元)
_YEAR_MENTION = re.compile(
    r"(?=[12])(?<![\d.])((?:19|20)\d{2})\s*(?:财?年(?!\d{1,2}月)|(?=\s|$|[,:;)]|\.(?!\d)))"
)
_YEAR_MENTION_SCAN = Scan(_YEAR_MENTION, "12")  # (the matcher called only at a 1 or a 2)
# 2021年同期: the period discussed in another year (若与2021年同期相比), a comparison; 与2021年
# …相比, 和2021年比较: a year named between "with" and "compared"
_COMPARED_YEAR = re.compile(r"\s*(?:财?年)?(?:度)?(?:的)?同期")
_WITH_BEFORE = re.compile(r"(?:与|和|跟|同)\s*$")
# a month and day before a year (June 30, 2009, Dec. 31, 2008, Sept. 30, 2009)
_DAY_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s$"
)
_PERIOD_NOUN = re.compile(r"\s+(?:period|quarter|half)\b", re.I)
_THEN_COMPARED = re.compile(r"[^，,。；;]{0,14}?(?:相比|相较|比较|对比)")
_PART_AFTER = re.compile(
    r"\s*(?:第?[一二三四1-4]季|前三|[上下]半|半年|中报|中期|一季|三季|首季|1-[369]月"
    r"|(?i:Q[1-4]|H[12]|first|second|third|fourth|nine|six))"
)
_ANNUAL_WORDS = re.compile(
    r"(?=[年全afAF])(?:年报|年度报告|全年|年度|(?i:annual|full[- ]year|fiscal year))"
)
# (compact forms: 1H23, 1Q24, 9M23, a headline's bare 2Q — analysts' notation; a bare Q2, H1 bounded by Latin letters
# and digits alone, as a Chinese title writes it: 赛默飞Q2：营收降8%; each word list begins with a look-ahead
# of its first characters, both cases spelt out, so the whole-text scans skip other positions at
# one test each — a case-blind test would fold the case of every character first; "the first
# quarter-on-quarter increase" is an ordinal, not a quarter)
_PART_WORDS = {
    "H1": re.compile(
        r"(?=[上半中fshi1FSHIſıİ])(?:上半年|半年报|中报|(?<![短长])中期(?!票据|分红|派息|股息|目标|规划)"
        r"|(?i:first[- ]half|six months|half[- ]year|interim)"
        r"|(?<![A-Za-z0-9_])H1(?![A-Za-z0-9_])|\b1H(?=\d{2}\b))"
    ),
    "Q1": re.compile(
        r"(?=[一首第fjq1FJQ])(?:一季度|一季报|首季|第一财季|(?i:first[- ]quarter(?![- ](?:on|over)[- ]quarter)"
        r"|first three months|January-March)|(?<![A-Za-z0-9_])Q1(?![A-Za-z0-9_])"
        r"|\b1Q(?=\d{2}\b|(?![A-Za-z0-9_])))"
    ),
    "Q3": re.compile(
        r"(?=[前三nj9fNJF])(?:前三季度|三季报|(?i:nine[- ]months?|\b9-month|January-September"
        r"|first\s+three\s+quarters)|\b9M\b"
        r"|\b9M(?=\d{2}\b))"
    ),
    # a single second or fourth quarter: how US companies report (fourth-quarter results); a
    # Chinese 四季度 is commentary inside an annual story, so only the fiscal-quarter word counts
    # (a Chinese 二季度 is the single quarter: a half-year story names its 上半年 more often)
    "Q2": re.compile(
        r"(?=[第二saq2SAQſ])(?:第二财季|(?<![一前])第?二季度|(?i:second[- ]quarter(?![- ](?:on|over)[- ]quarter)"
        r"|April-June)|(?<![A-Za-z0-9_])Q2(?![A-Za-z0-9_])|\b2Q(?=\d{2}\b|(?![A-Za-z0-9_])))"
    ),
    "Q4": re.compile(
        r"(?=[第foq4FOQ])(?:第四财季|(?i:fourth[- ]quarter(?![- ](?:on|over)[- ]quarter)|October-December)"
        r"|(?<![A-Za-z0-9_])Q4(?![A-Za-z0-9_])|\b4Q(?=\d{2}\b|(?![A-Za-z0-9_])))"
    ),
    # an English third quarter is the single quarter (nine months, 9M are the year to date)
    "3Q": re.compile(
        r"(?=[第tj3TJ])(?:第三财季|(?i:third[- ]quarter(?![- ](?:on|over)[- ]quarter)|July-September)"
        r"|\b3Q(?=\d{2}\b|(?![A-Za-z0-9_])))"
    ),
}
# a quarterly story's other words for its quarter (the quarter ended June 28, the year-ago
# quarter, the same quarter, quarterly sales, a 10-Q: the filing of one quarter, in Chinese too:
# 提交了10-Q文件, its neighbours letters but not Latin ones): they count for
# the single quarter it names most (not a Chinese 单季 / 当季: an A-share story's comment on one
# quarter of its half or nine months)
_QUARTER_WORDS = re.compile(
    r"(?=[qtys1QTYSſ])(?:(?i:\bquarterly\b|\b(?:the|this|that)\s+quarter\b|\byear[- ](?:ago|earlier)\s+quarter\b"
    r"|\bquarter\s+(?:ended|ending|to|through)\b|\bsame\s+quarter\b)"
    r"|(?<![A-Za-z0-9_-])10-Q(?![A-Za-z0-9_-]))"
)
# (a first quarter too, where it is the quarter named most: a fiscal first quarter ended June 28;
# last, so a tie goes to a later quarter)
_SINGLE_QUARTERS = ("Q2", "Q4", "3Q", "Q1")
# the words any match of each scan above contains, lower-cased: a scan runs only over a text
# that holds one of them (a substring test costs a fraction of a scan, and most articles name
# only one or two parts of a year)
_PART_KEYS = {
    "H1": ("上半年", "半年报", "中报", "中期", "half", "six months", "interim", "h1", "1h"),
    "Q1": ("一季度", "一季报", "首季", "第一财季", "first", "january", "q1", "1q"),
    "Q3": ("前三季度", "三季报", "nine", "january", "first", "9m", "9-m"),
    "Q2": ("第二财季", "二季度", "second", "april", "q2", "2q"),
    "Q4": ("第四财季", "fourth", "october", "q4", "4q"),
    "3Q": ("第三财季", "third", "july", "3q"),
}
_FORECAST_KEYS = ("expect", "guid", "forecast", "outlook", "project", "sees", "anticipat",
                  "预计", "预期", "指引", "展望", "目标")  # fmt: skip
_KEY_WORDS = frozenset({k for keys in _PART_KEYS.values() for k in keys} | set(_FORECAST_KEYS))
_LATIN_KEYS = sorted(k for k in _KEY_WORDS if k.isascii())
# the Chinese keys in one scan (no two of different groups overlap: a test holds them to it)
_CJK_KEYS = re.compile("|".join(sorted((k for k in _KEY_WORDS if not k.isascii()), key=len)[::-1]))


# (the quarter ended June 30 too: the quarter ending in that month)
_THREE_MONTHS_TO = re.compile(
    r"(?i)(?=[tq])\b(?:three\s+months|quarter)\s+(?:to|through|ended|ending)\s+(?:the\s+end\s+of\s+)?"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?(?:\s+(\d{1,2})\b)?"
)
_QUARTER_OF_MONTH = {3: "Q1", 6: "Q2", 9: "3Q", 12: "Q4"}
# the fiscal first quarter ended June 28: the quarter named by its number, which has voted (its
# month is that of a fiscal calendar, not the calendar quarter's)
_NUMBERED_BEFORE = re.compile(r"(?i)\b(?:first|second|third|fourth)[- ]$")


# words of guidance just before a period phrase (within its sentence, and within its line: a
# line break the reading kept ends a headline or a bullet, as "…but outlook lifts shares" does
# before a bullet "* Q2 EPS 3 cents")
_FORECAST_BEFORE = re.compile(
    r"(?i:\b(?:expects?|expected|expecting|guidance|guided|forecasts?|outlook|projects?|projected"
    r"|sees|anticipates?)\b)[^.;!?。；！？\n]*$|(?:预计|预期|指引|展望|目标)[^。；！？\n]*$"
)

_FORECAST_WORD = re.compile(
    r"(?=[egfopsa预指展目EGFOPSAſ])(?:(?i:\b(?:expect|guid|forecast|outlook|project|sees\b|anticipat))"
    r"|预计|预期|指引|展望|目标)"
)


def _keys_in(low: str) -> set[str]:
    """The key words (``_PART_KEYS``, ``_FORECAST_KEYS``) in the lower-cased text. The English
    ones are looked for in its ASCII characters alone, as bytes (a Chinese article's few; a key
    in the text is in them too), the Chinese ones in one scan."""
    latin = low.encode("ascii", "ignore")
    return {k for k in _LATIN_KEYS if k.encode() in latin} | set(_CJK_KEYS.findall(low))


# a fourth quarter a title names (4th-Qtr Net Falls, 四季度单季亏损, Q4收入高增)
_TITLE_Q4 = re.compile(
    r"(?i:fourth[- ]quarter|4th[- ]q(?:tr|uarter)|\bQ4|\b4Q|October-December)|四季度"
)
# (a deck's bullet: its marker, or the blanks the reading leaves of a - + * marker)
_BULLET = re.compile(r"[ \t]*(?:[-+*•·▪]|--)[ \t]|[ \t]")


def _title(text: str) -> str:
    """The article's title: its first line of text, a bullet of its deck (- Developer swings to
    a fourth-quarter loss) left out, and the line after it where the first is a masthead (Asia
    Pharma Brief | April 26, 2025); not a deck's line after the title (Shenzhen builder swings
    to fourth-quarter loss; …), which names what else the story reports."""
    lines = [x for x in text[:1200].split("\n") if x.strip() and not _BULLET.match(x)]
    masthead = bool(lines) and ("|" in lines[0] or "｜" in lines[0])
    return "\n".join(lines[: 2 if masthead else 1])


def _part_counts(text: str, single_q4: bool = True) -> dict[str, int]:
    """How often the article names each part of a year (first half, a quarter, nine months),
    in the order the article first names them: on a tie the part named first wins (``max``
    keeps the first of equals), as a story's headline and lede name the period it reports on
    (a second-quarter 10-Q story that also gives the first half as often)."""
    # a part named in guidance (expects fourth-quarter revenue of…, 预计第四季度) is a period
    # to come, not the one the article reports on: it does not vote
    low = text.lower()
    keys = _keys_in(low)
    forecast = not keys.isdisjoint(_FORECAST_KEYS) and _FORECAST_WORD.search(text) is not None
    counts = dict.fromkeys(_PART_WORDS, 0)
    first = dict.fromkeys(_PART_WORDS, len(text))
    q4_votes = single_q4 or _TITLE_Q4.search(_title(text)) is not None
    for k, p in _PART_WORDS.items():
        if keys.isdisjoint(_PART_KEYS[k]) or (k == "Q4" and not q4_votes):
            continue
        for m in p.finditer(text):
            if forecast and _FORECAST_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue
            counts[k] += 1
            first[k] = min(first[k], m.start())
    # the three months ended July 31: the quarter ending that month, in the company's fiscal
    # calendar (a year ending in October: its third quarter)
    shift = FISCAL_SHIFT.get()
    for m in _THREE_MONTHS_TO.finditer(text) if "three" in low or "quarter" in low else ():
        if _NUMBERED_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        month = _MONTH_OF[m.group(1).lower()[:3]]
        if m.group(2) and int(m.group(2)) <= 7:
            # a 52/53-week year's quarter ended July 4 or January 2: the month before's quarter
            month = (month - 2) % 12 + 1
        month = (month - 1 + shift) % 12 + 1
        if month % 3 == 0 and (q4_votes or month != 12):
            counts[_QUARTER_OF_MONTH[month]] += 1
            first[_QUARTER_OF_MONTH[month]] = min(first[_QUARTER_OF_MONTH[month]], m.start())
    title = _title(text)
    if title and "\n" in text.strip():
        # the part a headline names first is the period the story reports on (H1 profit drops
        # as second-quarter earnings halve): one more vote than its count in the text
        # (the end of its last line: a masthead and a blank line may come before it)
        last = title.rsplit("\n", 1)[-1]
        head = text.find(last) + len(last)
        titled = min((k for k in counts if first[k] < head), key=first.get, default=None)
        if titled is not None:
            counts[titled] += 1
    if not single_q4 and counts["H1"] and ("yuan" in low or "元" in text or "rmb" in low):
        # an A-share company reports no second quarter of its own: a story on its half-year
        # report (its figures in yuan) that dwells on the quarter (Profit Jumps as Second Quarter
        # Accelerates) reports on the half, the quarter's words vote for it
        counts["H1"] += counts["Q2"]
        counts["Q2"] = 0
    single = max(_SINGLE_QUARTERS, key=lambda k: counts[k])
    if counts[single]:
        scan = "quarter" in low or "10-q" in low
        words = [m.start() for m in _QUARTER_WORDS.finditer(text)] if scan else []
        counts[single] += len(words)
        first[single] = min([first[single], *words])
    return {k: counts[k] for k in sorted(counts, key=first.get)}


# a year in an analyst's compact period (1H23, FY23, 3Q24): counted for the year discussed, not
# as a word for the whole year
_COMPACT_YEAR = re.compile(r"(?=[1-49FQH])\b(?:[1-4]Q|[12]H|9M|FY|Q[1-4]|H[12])(\d{2})\b")
# (the look-ahead first: most digits are not a month's)
_MONTH_DAY = re.compile(r"(?=\d\d?月)(?<![\d年])(\d{1,2})月(\d{1,2})日")


_REPORT_ZH = re.compile(
    r"((?:19|20)\d{2})\s*年?\s*(?:(半年度报告|半年报|中报|中期报告|半年度业绩|中期业绩)"
    r"|(第?一季度报告|一季报|一季度业绩)|(第?三季度报告|三季报|三季度业绩|前三季度业绩)"
    r"|(年度报告|年报|年度业绩|全年业绩))"
)
_REPORT_EN = re.compile(
    r"(?i:(?=[fhiqtna])(?<![A-Za-z])(?:(first[- ]half|half[- ]year|interim|H1)|(first[- ]quarter|Q1)"
    r"|(third[- ]quarter|nine[- ]month|Q3)|(annual|full[- ]year|FY))\s+"
    r"(?:results|report|earnings)\s+(?:for\s+|of\s+)?(?:fiscal\s+)?((?:19|20)\d{2}))"
)
_REPORT_EN_YEAR_FIRST = re.compile(
    r"(?i:(?=[fhiqtna])(?<![A-Za-z])(?:(first[- ]half|half[- ]year|interim|H1)|(first[- ]quarter|Q1)"
    r"|(third[- ]quarter|nine[- ]month|Q3)|(annual|full[- ]year|FY|fiscal(?:\s+year)?))\s+"
    r"((?:19|20)\d{2})\s+"
    r"(?:results|report|earnings))"
)
# a fiscal quarter named with its fiscal year (2010财年第一财季, the first quarter of fiscal 2010,
# fiscal 2010's second quarter): the single quarter a US company's quarterly report covers
_FISCAL_QUARTER = re.compile(
    # (each of these scans begins with a look-ahead of the first characters it can match)
    r"(?=[12fstFSTſ])(?:((?:19|20)\d{2})\s*财年\s*(?:第|的)?([一二三四])财?季度?"
    r"|(?i:\b(first|second|third|fourth)[- ]quarter\s+(?:of\s+)?fiscal\s+(?:year\s+)?"
    r"((?:19|20)\d{2})"
    r"|\bfiscal\s+(?:year\s+)?((?:19|20)\d{2})(?:['’]s)?\s+(first|second|third|fourth)[- ]quarter))"
)


_COMPACT_FISCAL = re.compile(
    r"(?i:(?=[1-4qf])\b(?:([1-4])Q|Q([1-4]))\s*FY\s*((?:19|20)?\d{2})\b"
    r"|\bFY\s*((?:19|20)?\d{2})\s*[-/]?\s*(?:([1-4])Q|Q([1-4]))\b"
    # an F before the quarter (FQ3 2009, F3Q09, FQ2'10)
    r"|\bF(?:([1-4])Q|Q([1-4]))\s*['’]?\s*((?:19|20)?\d{2})\b)"
)
_F_QUARTER_KEY = re.compile(r"\bF[1-4]Q")
# 截至2023年6月30日止六个月(中期业绩), for the six months ended June 30, 2023: a report's span
_SPAN_TO_DAY = re.compile(
    # (the year may be left out: 截至9月30日的三个月, the latest such span by the article's date)
    r"(?<=截至|截止)(?:(?:19|20)\d{2}\s*年)?(?:1[0-2]|[1-9])月(?:\d{1,2}日|底|末)止?的?(?:三|六|九|十二)个月"
    rf"|(?i:(?<=\bthe\s)(?:three|six|nine|twelve)\s+months\s+(?:ended|ending)\s+{_EN_MONTH_NAME}"
    r"\s+\d{1,2},?\s+(?:19|20)\d{2})"
)


def _fiscal_quarters(text: str, reference: date | None = None) -> Iterator[tuple[Period, int]]:
    fiscal = "财年" in text or "fiscal" in text.lower()  # (in each of its phrases)
    for m in _FISCAL_QUARTER.finditer(text) if fiscal else ():
        year = m.group(1) or m.group(4) or m.group(5)
        word = (m.group(2) or m.group(3) or m.group(6)).lower()
        year = fiscal_year_named(int(year), FISCAL_SHIFT.get())
        yield Period.q(year, ORDINAL[word]), m.start()
    # (each scan runs only where its key word occurs: they cost a test at every position)
    compact = "FY" in text or "fy" in text or "FQ" in text or _F_QUARTER_KEY.search(text)
    for m in _COMPACT_FISCAL.finditer(text) if compact else ():
        year = int(m.group(3) or m.group(4) or m.group(9))
        year = fiscal_year_named(year + 2000 if year < 100 else year, FISCAL_SHIFT.get())
        quarter = m.group(1) or m.group(2) or m.group(5) or m.group(6) or m.group(7) or m.group(8)
        yield Period.q(year, int(quarter)), m.start()
    for m in _SPAN_TO_DAY.finditer(text) if "个月" in text or "months" in text else ():
        period = resolve_phrase(m.group(), reference, None)
        if period is not None:
            yield period, m.start()


_KINDS = ("half", "q1", "q3", "annual")
_PART_PERIOD = {
    "H1": Period.h1,
    "Q1": lambda y: Period.q(y, 1),
    "Q3": lambda y: Period.ytd(y, 3),
    "Q2": lambda y: Period.q(y, 2),
    "Q4": lambda y: Period.q(y, 4),
    "3Q": lambda y: Period.q(y, 3),
}


def _report_discussed(text: str, reference: date | None = None) -> Period | None:
    """The report an article names (2025年半年度报告, annual results for 2024), most named first."""
    found: Counter = Counter()
    first: dict[Period, int] = {}  # where each report is first named
    zh = _REPORT_ZH.finditer(text) if "报" in text or "业绩" in text else ()
    for m in zh:
        kind = next(k for k, g in zip(_KINDS, m.groups()[1:], strict=True) if g)
        found[Period.for_report(kind, int(m.group(1)))] += 1
        first.setdefault(Period.for_report(kind, int(m.group(1))), m.start())
    low = text.lower()
    english = "results" in low or "report" in low or "earnings" in low
    for pattern in (_REPORT_EN, _REPORT_EN_YEAR_FIRST) if english else ():
        for m in pattern.finditer(text):
            kind = next(k for k, g in zip(_KINDS, m.groups()[:4], strict=True) if g)
            found[Period.for_report(kind, int(m.group(5)))] += 1
            first.setdefault(Period.for_report(kind, int(m.group(5))), m.start())
    for period, at in _fiscal_quarters(text, reference):
        found[period] += 1
        first.setdefault(period, at)
    if not found:
        return None
    # a tie (发布2024年年度报告及2025年第一季度报告): the report named first leads the article
    return max(found.items(), key=lambda kv: (kv[1], -first[kv[0]]))[0]


def main_period(
    text: str, reference: date | None, single_q4: bool = True
) -> tuple[Period | None, date | None]:
    """(the article's default period, its date) from ``--date`` and the text itself.

    ``single_q4``: whether the company reports a fourth quarter of its own (a US filer); an
    A-share company does not (its annual report is out by April), so a story's fourth quarter
    (swung to a fourth-quarter loss, in a deck's bullet), in English too, is commentary inside
    an annual story, unless its title names the quarter (Vanke swings to fourth-quarter loss)."""
    report = _report_discussed(text, reference)
    if report is not None and (reference is None or report.end < reference):
        return report, reference or _date_after(text, report.end)
    # a year named as a comparison base (较2023年的…) is not the year the article is about
    # (the English tests run only where their words occur: each tries every position of its
    # window, and a Chinese article names many years)
    low = text.lower()
    figure_base = any(w in low for w in ("against", "from", "versus", "compared"))
    change_on = _ON_WORD.search(low) is not None
    mentions = [
        (a, b, m)
        for a, b, m in _YEAR_MENTION_SCAN.finditer(text)
        if not _BASE_BEFORE.search(text, max(0, a - 20), a)
        and not (figure_base and _BASE_FIGURE_BEFORE.search(text, max(0, a - 60), a))
        and not (change_on and _CHANGE_ON_BEFORE.search(text, max(0, a - 50), a))
        and not _COMPARED_YEAR.match(text, b)
        # (versus X in the 2008 period: the period discussed, in the year it is compared with)
        and not (text[max(0, a - 4) : a].lower() == "the " and _PERIOD_NOUN.match(text, b))
        # (2021: 9.78%): a bracket of the compared year's figure
        and not (text[max(0, a - 1) : a] in ("(", "（") and text[b : b + 1] in (":", "："))
        and not (_WITH_BEFORE.search(text, max(0, a - 3), a) and _THEN_COMPARED.match(text, b))
    ]
    years = Counter(int(m.group(1)) for _a, _b, m in mentions)
    # years named on their own (2024年, in 2024): a sign of annual figures (2024年第三季度,
    # 2024年前三季度 are a part's)
    # (nor a day's year: June 30, 2009, Dec. 31, 2008, a dateline's August 10, 2009, as a Chinese
    # 2009年6月30日 never counts)
    bare = Counter(
        int(m.group(1))
        for a, b, m in mentions
        if not _PART_AFTER.match(text, b)
        and not (text[a - 2 : a] == ", " and _DAY_BEFORE.search(text, max(0, a - 16), a))
    )
    compact = "Q" in text or "H" in text or "9M" in text or "FY" in text  # (its letters)
    found = _COMPACT_YEAR.finditer(text) if compact else ()
    years.update(2000 + int(m.group(1)) for m in found)
    if reference is not None and any(y <= reference.year for y in years):
        # a year after the article's own (a forecast for FY10) cannot be its subject: the years
        # whose figures could exist are counted alone (in a fiscal frame too, where Emerson's
        # August 2009 note on fiscal 2009 is read as of November 2009)
        years = Counter({y: n for y, n in years.items() if y <= reference.year})
    if not years:
        if reference is None:
            return None, None
        # no year named: the part the article speaks of (Q1 profit), the latest out by its date
        parts = _part_counts(text, single_q4)
        best = max(parts, key=parts.get)
        if parts[best] > len(_ANNUAL_WORDS.findall(text)):
            latest = _PART_PERIOD[best](reference.year)
            if latest.end >= reference:
                latest = _PART_PERIOD[best](reference.year - 1)
            return latest, reference
        return _latest_report_period(reference), reference
    most = max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]
    # the current year is usually the latest one named; earlier ones are comparisons
    later = [y for y, n in years.items() if y > most and 2 * n >= years[most]]
    top = most
    if later and (reference is None or max(later) <= reference.year):
        top = max(later)
    if reference is not None and top > reference.year:
        top = reference.year - 1
    parts = _part_counts(text, single_q4)  # (counted once: every year tried below asks)
    if reference is not None and top < reference.year and _YEAR_AGO.search(text):
        # a quarterly story that names only the years it compares with (in the 2008 quarter,
        # the first half of 2008) and says "a year earlier": the part it names most, of the
        # article's own year, when those figures were out and fresh by its date
        own, _year = _period_of_year(text, bare, reference.year, parts, reference)
        if own.kind != "FY" and own.end < reference and (reference - own.end).days <= _FRESH_DAYS:
            return own, reference
    period, written_year = _period_of_year(text, bare, top, parts, reference)
    if reference is not None and period.end > reference and top != most:
        # a later year named (a forecast for 2025) whose figures did not exist on the date: the
        # latest year named whose figures did (2024, in a March 2025 article also naming 2023)
        for year in sorted((y for y in later if y < top), reverse=True) + [most]:
            period, written_year = _period_of_year(text, bare, year, parts, reference)
            if period.end <= reference:
                break
    if reference is not None and period.end > reference:
        # figures for a period that had not ended by the article's date cannot be its subject:
        # the latest report out by then (first half of 2025, in an August article), or the
        # latest of the part the article names most (a US quarterly story's third quarter)
        period, written_year = _latest_part(parts, reference), reference.year
    if reference is None:
        reference = _article_date(text, written_year)
    return period, reference


# a back reference to the same period a year before (a year earlier, year-ago, 上年同期)
_YEAR_AGO = re.compile(
    r"(?i:\ba\s+year\s+(?:earlier|ago|before)\b|\byear[- ](?:ago|earlier)\b)|上年同期|去年同期"
)
# how long after a part of the year ends its figures are still news (a 10-Q is due in 40-45 days;
# a story on an amended one comes later)
_FRESH_DAYS = 120


def _period_of_year(
    text: str, years: Counter, top: int, part_counts: dict[str, int], reference: date | None = None
) -> tuple[Period, int]:
    """The period of year ``top`` the article is about (its year or a part), and the year the
    article was written in (``part_counts``: the article's ``_part_counts``)."""
    annual = len(_ANNUAL_WORDS.findall(text)) + years[top]
    best_part = max(part_counts, key=part_counts.get)
    if part_counts[best_part] > annual:
        period = _PART_PERIOD[best_part](top)
        written_year = top
        if reference is not None:
            # a half-year or quarterly story is about the latest such period out by its date
            # (a 2024 named only as a base, from the end of 2024, does not make it 2024H1)
            latest = _PART_PERIOD[best_part](reference.year)
            if latest.end < reference and latest.end.year > period.end.year:
                period, written_year = latest, reference.year
    else:
        period = Period.fy(top)
        written_year = top + 1
    return period, written_year


def _latest_part(parts: dict[str, int], reference: date) -> Period:
    """The latest period out by ``reference`` of the part of a year ``parts`` counts most."""
    best = max(parts, key=parts.get)
    if parts[best] and all(n < parts[best] for k, n in parts.items() if k != best):
        latest = _PART_PERIOD[best](reference.year)
        return latest if latest.end < reference else _PART_PERIOD[best](reference.year - 1)
    return _latest_report_period(reference)


def _latest_report_period(reference: date) -> Period:
    if reference.month <= 4:
        return Period.fy(reference.year - 1)
    if reference.month <= 8:
        return Period.h1(reference.year)
    return Period.ytd(reference.year, 3)


def _date_after(text: str, end: date) -> date:
    """The article's date: its first 月日 placed after the end of the report's period."""
    for m in _MONTH_DAY.finditer(text):
        month, day = int(m.group(1)), int(m.group(2))
        year = end.year if (month, day) > (end.month, end.day) else end.year + 1
        try:
            return date(year, month, day)
        except ValueError:
            continue
    months = {3: 4, 6: 8, 9: 10, 12: 4}
    month = months.get(end.month, end.month)
    return date(end.year + (1 if month < end.month else 0), month, 28)


def _article_date(text: str, year: int) -> date:
    for m in _MONTH_DAY.finditer(text):
        try:
            return date(year, int(m.group(1)), int(m.group(2)))
        except ValueError:
            continue
    return date(year, 4, 30) if year else date.today()
