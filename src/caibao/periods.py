"""Periods: the notation used everywhere (CLI, JSON, store) and the phrases of financial
journalism resolved against a date.

Notation (``Period.parse`` ⇄ ``str``):
  ``2024FY``     the year January–December
  ``2025H1``     January–June (``2025H2`` July–December, for 下半年 / second half)
  ``2025Q3``     one single quarter (July–September)
  ``2025Q1-Q3``  January to the end of the quarter (year to date); Q1-Q1 is ``2025Q1``,
                 Q1-Q2 is ``2025H1`` and Q1-Q4 is ``2025FY``: one span, one notation
  ``2024-12-31`` a balance at a date (kind INSTANT)

Calendar years here; a company whose fiscal year ends elsewhere (Apple: September) is named by its
fiscal calendar in the store (``sources.us_gaap.FiscalCalendar``), and articles about it are read
in a fiscal frame that maps its fiscal years onto these rules (``claims.fiscal``).

Rules of ``resolve(text, reference, context)``:
- ``reference`` is the date the article was written; ``context`` the period the text is about
  (the report's period, e.g. 2024FY for an article on the annual report).
- 今年 / 本年 / this year = the reference's year; 去年 / 上年 / last year = one year before;
  前年 = two before; 明年 / next year = one after. Without a reference, the context's year stands
  in for 今年. So an article dated April 2025 on FY2024 results reads 今年 = 2025, 去年 = 2024.
- A period without a year (一季度, 上半年, 前三季度, 全年, the fourth quarter) takes the context's
  year; without a context, the latest such period that has ended by the reference date
  (an article of 2025-04-25: 四季度 = 2024Q4, 一季度 = 2025Q1, 全年 = 2024FY).
- 第三季度 / 三季度 / Q3 is the single quarter; 前三季度 / 1-9月 / first nine months is 2025Q1-Q3.
- 年末 / 年底 / year-end is 31 December of the year; 期末 is the context's end; 期初 the day
  before the context's start; 上年末 / 去年年底 is 31 December a year before.
- 同期 / 上年同期 / 去年同期 / same period last year = ``context.prior_year()``; 2023年同期 = the
  context's kind in 2023. These need a context.
- 报告期 / 本报告期 / 本期 / the period = the context.
- 单季 / 本季度 / 当季 / this quarter = the context's last single quarter (a Q3 report's 本季度 is
  2025Q3); 年初至报告期末 / year to date = January to the end of the context.
- A bare year (2024年, 2024年度, FY2024, fiscal 2024, 2024 fiscal year) is that FY.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

__all__ = ["KINDS", "Period", "month_end", "quarters_in", "resolve"]

KINDS = ("FY", "H1", "H2", "Q", "YTD", "INSTANT")

# Report kinds of ``model.Document.kind`` → the period they cover (quarter index of YTD end).
_REPORT_QUARTERS = {
    "annual": 4,
    "annual_summary": 4,
    "half": 2,
    "half_summary": 2,
    "q1": 1,
    "q3": 3,
}


def month_end(year: int, month: int) -> date:
    """The last day of a month (2024, 2 → 2024-02-29)."""
    return date(year, month, calendar.monthrange(year, month)[1])


def _quarter_end(year: int, q: int) -> date:
    return month_end(year, 3 * q)


@dataclass(frozen=True, order=True)
class Period:
    """A span of a calendar year, or one date.

    kind:     "FY", "H1", "H2", "Q" (one quarter), "YTD" (January to end of ``quarter``), "INSTANT"
    year:     the calendar year
    quarter:  the last quarter included (FY 4, H1 2, H2 4, Q n, YTD n); None for INSTANT
    start, end: first and last day (equal for INSTANT)

    Periods compare and sort by (end, start): chronological, the longer span first on a common end.
    Build them with ``parse`` or the constructors ``fy``, ``h1``, ``h2``, ``q``, ``ytd``,
    ``instant``, ``for_report``; they normalise (``ytd(2025, 2)`` is ``2025H1``).
    """

    kind: str = field(compare=False)
    year: int = field(compare=False)
    quarter: int | None = field(compare=False)
    end: date
    start: date

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown period kind: {self.kind!r}")
        if self.start > self.end:
            raise ValueError(f"period starts after it ends: {self.start} > {self.end}")

    # -- constructors ---------------------------------------------------------------------------

    @classmethod
    def fy(cls, year: int) -> Period:
        return cls("FY", year, 4, date(year, 12, 31), date(year, 1, 1))

    @classmethod
    def h1(cls, year: int) -> Period:
        return cls("H1", year, 2, date(year, 6, 30), date(year, 1, 1))

    @classmethod
    def h2(cls, year: int) -> Period:
        return cls("H2", year, 4, date(year, 12, 31), date(year, 7, 1))

    @classmethod
    def q(cls, year: int, quarter: int) -> Period:
        """One single quarter."""
        if quarter not in (1, 2, 3, 4):
            raise ValueError(f"no quarter {quarter}")
        return cls("Q", year, quarter, _quarter_end(year, quarter), date(year, 3 * quarter - 2, 1))

    @classmethod
    def ytd(cls, year: int, quarter: int) -> Period:
        """January to the end of ``quarter``: Q1 → 2025Q1, Q2 → 2025H1, Q4 → 2025FY."""
        if quarter == 1:
            return cls.q(year, 1)
        if quarter == 2:
            return cls.h1(year)
        if quarter == 4:
            return cls.fy(year)
        if quarter != 3:
            raise ValueError(f"no quarter {quarter}")
        return cls("YTD", year, 3, _quarter_end(year, 3), date(year, 1, 1))

    @classmethod
    def instant(cls, day: date) -> Period:
        return cls("INSTANT", day.year, None, day, day)

    @classmethod
    def for_report(cls, kind: str, year: int) -> Period:
        """The period a report covers: ("annual", 2024) → 2024FY, ("half", 2025) → 2025H1,
        ("q1", 2025) → 2025Q1, ("q3", 2025) → 2025Q1-Q3. Also accepts "FY", "H1", "Q1", "Q3"."""
        key = kind.lower()
        aliases = {"fy": "annual", "h1": "half", "q3_ytd": "q3"}
        key = aliases.get(key, key)
        if key in _REPORT_QUARTERS:
            return cls.ytd(year, _REPORT_QUARTERS[key])
        raise ValueError(f"unknown report kind: {kind!r}")

    _NOTATION = re.compile(
        r"^(?:(?P<fy>\d{4})FY|(?P<h>\d{4})H(?P<hn>[12])|(?P<q>\d{4})Q(?P<qn>[1-4])(?:-Q(?P<qe>[1-4]))?"
        r"|(?P<d>\d{4}-\d{2}-\d{2}))$"
    )

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2024FY``, ``2025H1``, ``2025Q3``, ``2025Q1-Q3``, ``2024-12-31`` → Period."""
        # periods are immutable and a checker parses the same few notations thousands of times
        return _parsed(cls, text)

    @classmethod
    def _parse(cls, text: str) -> Period:
        m = cls._NOTATION.match(text.strip().upper())
        if not m:
            raise ValueError(f"not a period: {text!r} (expected 2024FY, 2025H1, 2025Q3, ...)")
        if m["fy"]:
            return cls.fy(int(m["fy"]))
        if m["h"]:
            year = int(m["h"])
            return cls.h1(year) if m["hn"] == "1" else cls.h2(year)
        if m["q"]:
            year, first = int(m["q"]), int(m["qn"])
            if m["qe"] is None:
                return cls.q(year, first)
            if first != 1:
                raise ValueError(f"not a period: {text!r} (a year to date starts at Q1)")
            return cls.ytd(year, int(m["qe"]))
        try:
            return cls.instant(date.fromisoformat(m["d"]))
        except ValueError as exc:
            raise ValueError(f"not a date: {text!r}") from exc

    # -- views ----------------------------------------------------------------------------------

    def __str__(self) -> str:
        if self.kind == "FY":
            return f"{self.year}FY"
        if self.kind in ("H1", "H2"):
            return f"{self.year}{self.kind}"
        if self.kind == "Q":
            return f"{self.year}Q{self.quarter}"
        if self.kind == "YTD":
            return f"{self.year}Q1-Q{self.quarter}"
        return self.end.isoformat()

    @property
    def is_single_quarter(self) -> bool:
        return self.kind == "Q"

    @property
    def is_instant(self) -> bool:
        return self.kind == "INSTANT"

    @property
    def months(self) -> int:
        """Length in months (0 for an instant)."""
        if self.is_instant:
            return 0
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    def prior_year(self) -> Period:
        """The same period a year earlier (29 February → 28 February)."""
        return self.with_year(self.year - 1)

    def with_year(self, year: int) -> Period:
        """The same kind of period in another year."""
        if self.kind == "INSTANT":
            day = self.end
            last = month_end(year, day.month).day
            return Period.instant(date(year, day.month, min(day.day, last)))
        if self.kind == "Q":
            return Period.q(year, self.quarter)
        return {"FY": Period.fy, "H1": Period.h1, "H2": Period.h2}.get(
            self.kind, lambda y: Period.ytd(y, self.quarter)
        )(year)

    def end_instant(self) -> Period:
        """The balance date at the end: 2024FY → 2024-12-31."""
        return Period.instant(self.end)

    def start_instant(self) -> Period:
        """The balance date just before the start (期初): 2024FY → 2023-12-31."""
        return Period.instant(self.start - timedelta(days=1))

    def quarters(self) -> list[Period]:
        """The single quarters this period covers, in order (none for an instant)."""
        return quarters_in(self)

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    def minus(self, other: Period) -> Period | None:
        """This span without a span that starts with it: FY − Q1-Q3 = Q4, H1 − Q1 = Q2,
        FY − H1 = H2. None when the rest is not a period of the notation."""
        if self.is_instant or other.is_instant or other.start != self.start:
            return None
        if not other.end < self.end:
            return None
        rest = [q for q in quarters_in(self) if q.start > other.end]
        if len(rest) == 1:
            return rest[0]
        if rest and rest[0].quarter == 3 and rest[-1].quarter == 4:
            return Period.h2(self.year)
        return None


@lru_cache(maxsize=4096)
def _parsed(cls: type[Period], text: str) -> Period:
    return cls._parse(text)


def quarters_in(p: Period) -> list[Period]:
    """The single quarters a period covers: 2025Q1-Q3 → [2025Q1, 2025Q2, 2025Q3]."""
    if p.is_instant:
        return []
    first = (p.start.month - 1) // 3 + 1
    return [Period.q(p.year, n) for n in range(first, p.quarter + 1)]


# ---------------------------------------------------------------------------------------------
# Phrases → periods

_CN_DIGIT = {"首": 1, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_EN_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
               "4th": 4}  # fmt: skip
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | {
    m.lower(): i for i, m in enumerate(calendar.month_abbr) if m
}
_FULLWIDTH = str.maketrans("０１２３４５６７８９－～／", "0123456789-~/")

_SAME_PERIOD = re.compile(
    r"同期|same (?:period|quarter|half) (?:of |a )?(?:the )?(?:last|previous|prior) year|year[- ](?:earlier|ago)"
    r"|prior[- ]year (?:period|quarter)|(?:a|the) year (?:earlier|ago|before)"
)
_THIS_PERIOD = re.compile(r"本报告期|报告期|本期|the (?:reporting )?period\b")
_SINGLE_QUARTER = re.compile(r"单季度?|本季度|当季度?|this quarter|the quarter\b")
_TO_DATE = re.compile(r"年初至报告期末|年初至今|年初以来|year[- ]to[- ]date|\bytd\b")
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)"
    r"|(?P<y3>(?:19|20)\d{2})年(?P<m3>\d{1,2})月(?P<d3>\d{1,2})日"
    r"|(?P<mn>[a-z]{3,9})\.? (?P<d2>\d{1,2}),? (?P<y2>(?:19|20)\d{2})"
)
_YEAR = re.compile(
    r"(?P<y>(?<!\d)(?:19|20)\d{2})(?!\d)"
    # (an analyst's compact period: FY10, 1Q10, Q3'24, 1Q FY10 — its year is the FY's)
    r"|(?:fy\s*|fiscal |[1-4]q|q[1-4]['’ ]?|[12]h|h[12]['’ ]?|9m)(?P<y2>\d{2})(?!\d)"
)
_REL_YEAR = [
    (re.compile(r"前年|two years ago"), -2),
    (re.compile(r"去年|上年|上一年|上年度|last year|previous year|prior year|a year earlier"), -1),
    (re.compile(r"明年|next year"), 1),
    (re.compile(r"今年|this year|current year"), 0),
]
# The year under discussion: the context's year first (a report's 本年度 is its own year).
_OWN_YEAR = re.compile(r"本年|当年|本财年|the year\b")
_YTD = re.compile(
    r"前三(?:个)?财?季度?|[前首]九个月|三季报|第?三季度报告|1\s*[-~至到]\s*9\s*月|一至九月|(?:first )?nine months|9m|q1\s*[-–]\s*q3"
)
_H1 = re.compile(
    r"上半年|[前首]六个月|半年度|半年报|中报|中期|1\s*[-~至到]\s*6\s*月|first half|six months"
    # (1H24, 1H FY10: a compact half, its year after it)
    r"|(?<![a-z0-9.])1h(?![a-eg-z])|h1(?!\d)"
)
_H2 = re.compile(r"下半年|second half|(?<![a-z0-9.])2h(?![a-eg-z])|h2(?!\d)")
_QUARTER = re.compile(
    r"第?(?P<zh>[一二三四1-4首])季度|(?P<first_report>一)季报|第(?P<zh2>[一二三四1-4])季|(?P<first>首)季|(?<![a-z])q(?P<q>[1-4])(?!\s*[-–]\s*q)|(?<![a-z0-9.])(?P<qq>[1-4])q(?![a-eg-z])"
    r"|(?P<en>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal )?quarter"
    r"|1\s*[-~至到]\s*3\s*月|first three months"
    # the final three months (quarter), the last quarter of the year: the fourth
    r"|(?P<final>final (?:three months|quarter)|last (?:three months|quarter) of)"
)
_END = re.compile(r"年末|年底|年终|末|year[- ]end|end of|end-|as of")
_OPENING = re.compile(r"期初|年初|beginning of")
_PERIOD_END = re.compile(r"期末")
_FULL_YEAR = re.compile(r"全年|年度|full[- ]year|fiscal|financial year|\bfy|annual")


def _span_ending(day: date, half: bool) -> Period | None:
    """The quarter (or half) that ends on a quarter's last day, else None."""
    if day.month % 3 or day != month_end(day.year, day.month):
        return None
    if half:
        return {6: Period.h1, 12: Period.h2}.get(day.month, lambda _y: None)(day.year)
    return Period.q(day.year, day.month // 3)


def _latest_ended(make, reference: date) -> Period:
    """The latest period built by ``make(year)`` that has ended by ``reference``."""
    p = make(reference.year)
    return p if p.end <= reference else make(reference.year - 1)


def resolve(
    text: str, reference: date | None = None, context: Period | None = None
) -> Period | None:
    """The period a phrase of Chinese or English financial journalism means (see the module
    docstring for the rules), or None when the text names none or it cannot be pinned down."""
    s = text.translate(_FULLWIDTH).lower().strip()
    if not s:
        return None

    m = _DATE.search(s)
    if m:
        try:
            if m["y"]:
                return Period.instant(date(int(m["y"]), int(m["m"]), int(m["d"])))
            if m["y3"]:
                return Period.instant(date(int(m["y3"]), int(m["m3"]), int(m["d3"])))
            if m["mn"] in _MONTHS:
                return Period.instant(date(int(m["y2"]), _MONTHS[m["mn"]], int(m["d2"])))
        except ValueError:
            return None

    year: int | None = None
    this_year = False  # 今年 / this year named
    ym = _YEAR.search(s)
    if ym:
        year = int(ym["y"]) if ym["y"] else 2000 + int(ym["y2"])
    elif _OWN_YEAR.search(s) and (context or reference):
        year = context.year if context else reference.year
    else:
        for pattern, offset in _REL_YEAR:
            if pattern.search(s):
                base = reference.year if reference else (context.year if context else None)
                if base is None:
                    return None
                year = base + offset
                this_year = offset == 0
                break

    if _SAME_PERIOD.search(s):
        if context is None:
            return None
        if context.is_instant and ("quarter" in s or "half" in s):
            # the year-earlier quarter after a balance dated June 30: the quarter (half) that
            # date ends, a year before
            context = _span_ending(context.end, "half" in s) or context
        # 今年同期 (the same period this year): the context's kind in this year, not a year before
        return context.with_year(year) if ym or this_year else context.prior_year()

    make = None
    if _TO_DATE.search(s) and context is not None and not context.is_instant:
        return Period.ytd(context.year, context.quarter)
    if _SINGLE_QUARTER.search(s) and not _QUARTER.search(s):
        if context is not None and not context.is_instant:
            return Period.q(context.year, context.quarter)
        if reference is not None:
            last = (reference.month - 1) // 3  # quarters ended by the reference date
            return Period.q(reference.year, last) if last else Period.q(reference.year - 1, 4)
        return None
    if _YTD.search(s):
        make = lambda y: Period.ytd(y, 3)  # noqa: E731
    elif _H2.search(s):
        make = Period.h2
    elif _H1.search(s):
        make = Period.h1
    elif qm := _QUARTER.search(s):
        n = (
            _CN_DIGIT.get(
                qm["zh"]
                or qm["zh2"]
                or qm["first"]
                or qm["first_report"]
                or qm["q"]
                or qm["qq"]
                or ""
            )
            or _EN_ORDINAL.get(qm["en"] or "")
            or (4 if qm["final"] else 0)
            or 1  # 1-3月
        )
        make = lambda y: Period.q(y, n)  # noqa: E731
    elif _PERIOD_END.search(s) and context is not None and year is None:
        return context.end_instant()
    elif _OPENING.search(s):
        if year is not None:
            return Period.instant(date(year - 1, 12, 31))
        return context.start_instant() if context is not None else None
    elif year is not None or _FULL_YEAR.search(s) or _END.search(s):
        make = Period.fy
    elif _THIS_PERIOD.search(s):
        return context

    if make is None:
        return None
    if _END.search(s):  # 年末, 三季度末, end of 2024: the balance date at the end of the span
        inner = make
        make = lambda y: inner(y).end_instant()  # noqa: E731
    if year is not None:
        return make(year)
    if context is not None:
        return make(context.year)
    if reference is not None:
        return _latest_ended(make, reference)
    return None
