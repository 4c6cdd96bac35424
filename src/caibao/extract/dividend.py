"""利润分配预案: the board's profit-distribution plan of an annual or half-year report.

Where it is printed: in 重要提示 (page 1–3: 董事会审议的报告期利润分配预案或公积金转增股本预案),
and again in the 利润分配 section of the full report (利润分配或资本公积金转增预案, with a table of
每10股送红股数 / 每10股派息数 / 每10股转增数 / 现金分红金额 / …的比率). Both copies become facts;
``validate`` checks that they agree.

What it gives (concepts of statement ``dividend`` in ``accounts.toml``), for the period the plan
is for (2024FY from the 2024 annual report, 2025H1 from a half-year report, 2024Q1-Q3 for a
前三季度 distribution the annual report recalls):
- ``dividend_per_share``: cash per share, CNY/share: 每10股派发现金红利3元 → 0.3, scale "每10股";
- ``dividend_cash``: the plan's total cash dividend (合计拟派发现金红利…元);
- ``dividend_per_share_year`` / ``dividend_cash_year``: the year's distributions added up, when a
  report prints them (2024年度每10股合计派送现金13.20元, 年度派发现金红利总额合计为…元);
- ``dividend_payout_ratio`` (%), ``dividend_bonus_shares_per10`` and
  ``dividend_capitalisation_per10`` (shares per 10 shares), ``dividend_share_base`` (shares);
- ``distributable_profit_parent``: what the parent company has to distribute, at the period's end.
A plan of nothing (不派发现金红利, 不送红股, 不以公积金转增股本) gives facts of value 0.

Cheap: only page text (no layout), of the first pages and of the pages that print a plan heading.
The wording is data: ``dividend.toml``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from importlib import resources

from ..concepts import accounts
from ..model import Check, Fact, Reading, Source
from ..numbers import TABLE_SCALES
from ..periods import Period
from .base import ReportContext, scale_in

TABLE = "利润分配预案"
_KINDS = ("annual", "annual_summary", "half", "half_summary")
# 重要提示 is on page 1–3; a summary has no other copy.
_FIRST_PAGES = 4
# Zero known exactly: the value carries the unit's precision, so a checker comparing an article's
# 每10股派0.3元 with a plan of 不派发 does not take the 0 as rounded to a whole yuan.
_ZERO = {"CNY": Decimal("0.00"), "CNY/share": Decimal("0.0000"), "%": Decimal("0.00")}
_COUNT_SCALES = {"股": Decimal(1), "万股": Decimal(10000), "亿股": Decimal(100000000)}
_YEAR_TOTAL = {
    "dividend_per_share": "dividend_per_share_year",
    "dividend_cash": "dividend_cash_year",
}
_UNITS = {
    "dividend_per_share": "CNY/share",
    "dividend_cash": "CNY",
    "dividend_payout_ratio": "%",
    "dividend_bonus_shares_per10": "count",
    "dividend_capitalisation_per10": "count",
    "dividend_share_base": "count",
    "distributable_profit_parent": "CNY",
}
# A clause ends at a comma or semicolon, but not at the comma of 1,234,567.
_CLAUSE_END = re.compile(r"[，;；。：:]|,(?!\d{3})")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?(?![\d,.])")
# Full-width ASCII forms → ASCII, one character for one, so offsets stay those of the page text.
_WIDE = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@dataclass(frozen=True, slots=True)
class _Guard:
    """What the words before a figure must say (and must not) for it to be that figure: the
    row label of a table row, else the figure's clause and ``clauses`` − 1 clauses before it."""

    requires: re.Pattern
    excludes: re.Pattern | None
    clauses: int

    def allows(self, text: str, m: re.Match) -> bool:
        if _is_row(m):
            start = _label_start(text, m)
        else:
            start = _clause_start(text, m.start())
            for _ in range(self.clauses - 1):  # before the separator that ends the clause
                start = _clause_start(text, max(0, start - 1))
        before = text[start : m.start("num")]
        excluded = self.excludes is not None and self.excludes.search(before)
        return bool(self.requires.search(before)) and not excluded


@dataclass(frozen=True, slots=True)
class _Rules:
    start: re.Pattern
    end: re.Pattern
    max_chars: int
    named: tuple[tuple[re.Pattern, str], ...]
    current: re.Pattern
    other: re.Pattern
    past: re.Pattern
    year_total: re.Pattern
    not_year_total: re.Pattern
    including_interim: re.Pattern
    figures: tuple[tuple[str, re.Pattern], ...]
    guards: dict[str, _Guard]
    nothing: tuple[tuple[re.Pattern, tuple[str, ...]], ...]
    policy: re.Pattern


def _any(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@cache
def rules() -> _Rules:
    text = resources.files(__package__).joinpath("dividend.toml").read_text(encoding="utf-8")
    d = tomllib.loads(text)
    return _Rules(
        start=_any(d["region"]["start"]),
        end=_any(d["region"]["end"]),
        max_chars=int(d["region"]["max_chars"]),
        named=tuple((re.compile(p), kind) for p, kind in d["periods"]["named"]),
        current=_any(d["periods"]["current"]),
        other=_any(d["periods"]["other"]),
        past=_any(d["periods"]["past"]),
        year_total=re.compile(d["year_total"]["marker"]),
        not_year_total=re.compile(d["year_total"]["not_marker"]),
        including_interim=re.compile(d["year_total"]["including"]),
        figures=tuple((c, re.compile(p)) for c, ps in d["figures"].items() for p in ps),
        guards={
            c: _Guard(
                re.compile(g.get("requires", "")),
                re.compile(g["excludes"]) if "excludes" in g else None,
                int(g.get("clauses", 1)),
            )
            for c, g in d.get("guards", {}).items()
        },
        nothing=tuple((re.compile(n["pattern"]), tuple(n["concepts"])) for n in d["nothing"]),
        policy=re.compile(d["nothing_policy"]["words"]),
    )


def plain(text: str) -> str:
    """Page text as the patterns see it: no white space, full-width forms as ASCII."""
    return re.sub(r"\s+", "", text).translate(_WIDE)


@dataclass(frozen=True, slots=True)
class _Stream:
    """A page's text followed by the next page's (a plan may run over the page break)."""

    page: int
    text: str
    split: int  # where the next page begins

    def page_of(self, offset: int) -> int:
        return self.page if offset < self.split else self.page + 1


def extract(ctx: ReportContext) -> list[Fact]:
    if ctx.identity.kind not in _KINDS:
        return []
    last = ctx.pdf.page_count
    first = list(range(1, min(last, _FIRST_PAGES) + 1))
    # The headings are Chinese words only: the cached page text finds them as it is.
    later = ctx.find_pages(rules().start, len(first) + 1) if len(first) < ctx.last_page else []
    wanted = {q for p in (*first, *later) for q in (p, p + 1) if q <= last}
    pages = {p: ctx.compact_text(p) for p in sorted(wanted)}
    reader = PlanReader(ctx.identity.period, ctx.company, ctx.file, ctx.pdf.sha256)
    facts = reader.read(pages, scan=(*first, *later))
    for message in reader.warnings:
        ctx.warn(message)
    return facts


@dataclass
class PlanReader:
    """Reads the plan out of page texts; ``extract`` gives it a report's pages, tests give it
    text. ``period`` is the report's own period (2024FY, 2025H1)."""

    period: str
    company: str
    file: str = ""
    sha256: str = ""
    warnings: list[str] = field(default_factory=list)

    def read(self, pages: Mapping[int, str], scan: Iterable[int] | None = None) -> list[Fact]:
        """Facts of the plan printed on the ``scan`` pages (default: all), a page's text
        continued by the next page's where ``pages`` has it."""
        r = rules()
        facts: list[Fact] = []
        seen: set[tuple] = set()
        for page in sorted(pages) if scan is None else scan:
            text = plain(pages[page])
            split = len(text)
            text += plain(pages.get(page + 1, ""))[: r.max_chars]
            stream = _Stream(page, text, split)
            for fact in self._read(stream, _regions(stream, r), r):
                # One fact per figure and page: 不进行利润分配，不派发现金红利 say one thing twice.
                key = (fact.concept, fact.period, fact.source.page, fact.value)
                if key not in seen:
                    seen.add(key)
                    facts.append(fact)
        self._check_arithmetic(facts)
        return facts

    def _read(self, stream: _Stream, regions, r: _Rules) -> Iterable[Fact]:
        """A fact for every figure and every plan of nothing in the regions."""
        text = stream.text
        for lo, hi in regions:
            for concept, rx in r.figures:
                for m in rx.finditer(text, lo, hi):
                    fact = self._figure(stream, m, concept, r, lo)
                    if fact is not None:
                        yield fact
            for rx, concepts in r.nothing:
                for m in rx.finditer(text, lo, hi):
                    if r.policy.search(text, _clause_start(text, m.start()), m.start()):
                        continue  # a rule of the policy (…的，可以不进行利润分配), not a plan
                    period = self._period(text, m.start())
                    if period is None:
                        continue
                    for concept in concepts:
                        zero = _ZERO.get(_UNITS[concept], Decimal(0))
                        yield self._fact(stream, m, concept, period, zero)

    def _figure(self, stream: _Stream, m: re.Match, concept: str, r: _Rules, lo: int):
        text = stream.text
        clause_start = _clause_start(text, m.start())
        guard = r.guards.get(concept)
        if guard is not None and not guard.allows(text, m):
            return None
        # up to the number: 占本年度归属于…净利润的比例为40.12% names its period inside
        period = self._period(text, m.start("num"))
        if period is None:
            return None
        printed = m.group("num")
        number = Decimal(printed.replace(",", ""))
        groups = m.groupdict()
        scale = groups.get("scale")
        unit = _UNITS[concept]
        if concept == "dividend_per_share":
            n = Decimal(10) if groups.get("n") in ("10", "十") else Decimal(1)
            value, scale = number / n, ("每10股" if n == 10 else "每股")
        elif unit == "CNY":
            scale = scale or scale_in(text[lo : m.start()])
            value = number * TABLE_SCALES[scale]
        elif concept == "dividend_share_base":
            value, scale = number * _COUNT_SCALES[scale or "股"], (scale or "股").removesuffix("股")
        else:
            value, scale = number, ("%" if unit == "%" else "")
        if period.endswith("FY") and concept in _YEAR_TOTAL:
            clause = text[clause_start : m.end()]
            marked = r.year_total.search(clause) and not r.not_year_total.search(clause)
            if marked or r.including_interim.search(clause):
                concept = _YEAR_TOTAL[concept]
        return self._fact(stream, m, concept, period, value, printed, scale)

    def _fact(self, stream, m, concept, period, value, printed=None, scale="") -> Fact:
        unit = _UNITS.get(concept) or ("CNY/share" if concept.startswith("dividend_per") else "CNY")
        if not accounts()[concept].is_flow:
            # (母公司期末可供股东分配利润: a balance at the end of the plan's period)
            period = str(Period.parse(period).end_instant())
        source = Source(
            file=self.file,
            sha256=self.sha256,
            page=stream.page_of(m.start()),
            table=TABLE,
            row_label=_row_label(stream.text, m),
            column=None,
            text=printed or m.group(),
        )
        return Fact(self.company, concept, period, value, unit, source, scale=scale)

    def _period(self, text: str, at: int) -> str | None:
        """The period of a figure: the last period named in its sentence before it, else the
        report's. None for another year's plan (上年度, 2021年度 in the 2022 report), and for a
        plan carried out (实施了…) unless the sentence names its period. Words in parentheses
        qualify, they do not name (总额（包括中期已分配的现金红利）为…)."""
        r = rules()
        year = int(self.period[:4])
        start = text.rfind("。", 0, at) + 1

        def outside(m: re.Match) -> bool:
            before = text[start : m.start()]
            return before.count("(") <= before.count(")")

        found: tuple[int, str | None] = (-1, self.period)
        named = False
        for rx, kind in r.named:
            for m in filter(outside, rx.finditer(text, start, at)):
                y = int(m["y"]) if "y" in rx.groupindex and m["y"] else year
                if m.start() > found[0]:
                    found, named = (m.start(), f"{y}{kind}" if y == year else None), True
        for rx, meaning in ((r.current, self.period), (r.other, None)):
            for m in filter(outside, rx.finditer(text, start, at)):
                if m.start() > found[0]:
                    found, named = (m.start(), meaning), False
        if not named and any(map(outside, r.past.finditer(text, start, at))):
            return None  # a plan carried out, of a period the sentence does not name
        return found[1]

    def _check_arithmetic(self, facts: list[Fact]) -> None:
        """Per share × share base = total where a page prints all three: a warning otherwise."""
        by = {(f.concept, f.period, f.source.page): f for f in facts}
        for (concept, period, page), dps in by.items():
            base = by.get(("dividend_share_base", period, page))
            total = by.get(("dividend_cash", period, page))
            if concept != "dividend_per_share" or base is None or total is None:
                continue
            product = (dps.value * base.value).quantize(Decimal("0.01"))
            if abs(product - total.value) > TABLE_SCALES.get(total.scale, Decimal(1)) / 2:
                self.warnings.append(
                    f"p{page} 利润分配预案 {period}: {dps.value} × {base.value} = {product} "
                    f"≠ {total.value} (合计)"
                )


def _regions(stream: _Stream, r: _Rules) -> list[tuple[int, int]]:
    """Stretches of the stream that print a plan: from a heading (on this page) to the next
    section's heading, at most ``max_chars`` long; overlapping stretches merged."""
    spans: list[tuple[int, int]] = []
    for m in r.start.finditer(stream.text, 0, stream.split):
        stop = min(len(stream.text), m.end() + r.max_chars)
        end = r.end.search(stream.text, m.end(), stop)
        stop = end.start() if end else stop
        if spans and m.start() <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], stop))
        else:
            spans.append((m.start(), stop))
    return spans


def _clause_start(text: str, at: int) -> int:
    starts = [c.end() for c in _CLAUSE_END.finditer(text, max(0, at - 200), at)]
    return starts[-1] if starts else max(0, at - 200)


def _row_label(text: str, m: re.Match) -> str:
    """A table row's printed label (每10股派息数(元)(含税): the number ends the match, no unit
    after it), else the sentence the figure is printed in."""
    if _is_row(m):
        return text[_label_start(text, m) : m.start("num")]
    return _sentence(text, m)


def _is_row(m: re.Match) -> bool:
    """A table row: the number ends the match, no unit after it."""
    return "num" in m.re.groupindex and m.end() == m.end("num")


def _label_start(text: str, m: re.Match) -> int:
    """A table row's label begins after the previous row's number (现金分红金额 before
    占…的比率)."""
    numbers = list(_NUMBER.finditer(text, max(0, m.start() - 40), m.start()))
    return numbers[-1].end() if numbers else m.start()


def _sentence(text: str, m: re.Match) -> str:
    """The sentence the figure is printed in (at most 240 characters of it, around the figure)."""
    start = text.rfind("。", 0, m.start()) + 1
    end = text.find("。", m.end())
    end = len(text) if end < 0 else end + 1
    start = max(start, m.start() - 160)
    end = min(end, m.end() + 80)
    return text[start:end]


def agreement_checks(reading: Reading) -> list[Check]:
    """A plan printed more than once (重要提示, the 利润分配 section's sentence and its table):
    every later copy of a figure against the first, equal within the printed rounding, or a
    failed ``dividend_plan:<concept>`` check naming both. Both copies stay."""
    first: dict[tuple, Fact] = {}
    checks = []
    for f in reading.facts:
        if f.source.table != TABLE or f.value is None:
            continue
        a = first.setdefault(f.key(), f)
        if a is f or a.source.page == f.source.page:
            continue
        tolerance = _half_unit(a) + _half_unit(f)
        passed = abs(a.value - f.value) <= tolerance
        detail = (
            f"{f.period} {f.concept}: p{a.source.page} “{a.source.text}” ({a.value}) "
            f"{'=' if passed else '≠'} p{f.source.page} “{f.source.text}” ({f.value})"
        )
        checks.append(
            Check(
                reading.document.sha256,
                f"dividend_plan:{f.concept}",
                passed,
                detail,
                a.value,
                f.value,
                (a.source, f.source),
            )
        )
    return checks


def _half_unit(f: Fact) -> Decimal:
    """Half the last printed digit of an amount printed in 万元/亿元; 0 otherwise (a plan's
    figures are exact: 每10股派0.3元, 10,581,381.09元)."""
    factor = TABLE_SCALES.get(f.scale or "", Decimal(1))
    if factor == 1 or not f.source.text or not f.source.text[:1].isdigit():
        return Decimal(0)
    decimals = len(f.source.text.partition(".")[2])
    return Decimal(1).scaleb(-decimals) * factor / 2
