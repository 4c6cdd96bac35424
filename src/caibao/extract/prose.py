"""Figures the MD&A writes as sentences: segment revenue, cost and gross margin with their
changes, R&D investment and sales collections, where the report prints them in prose (often
only there, in small companies' reports), e.g.

    其中医药工业实现销售收入24,544.97万元，较上年同期减少2.75%
    → revenue[医药工业] 245,449,700.00 元 and its change −2.75 %

The grammar is data (``prose.toml``): metric words, the words between a metric and its number,
comparators and change words, the lead words dropped from a subject, and the words that mark a
sentence about the industry rather than the company.

Only the MD&A is read (经营情况讨论与分析 / 管理层讨论与分析, up to the next 第X节 heading); a
summary or quarterly report, which has no such section, is read up to its statements. The page
text is the one already read for finding sections, so this costs a regular-expression pass over
a few pages.

Segment names: as printed, except that a name the segment table of the same report prints a
longer or shorter form of (酒店 / 酒店业) takes the table's name, so both readings of one figure
share a key; ``agreement_checks`` then compares them (a check per figure printed twice).

Provenance: the page, the section as ``table``, the clause that gives the figure as
``row_label`` and the number as printed (``24,544.97``; a change with its words, ``减少2.75%``)
as ``text``: what tolerances are computed from.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from importlib import resources

from ..model import CHANGE_PCT, CHANGE_PP, VALUE, Check, Fact, Reading
from ..numbers import TABLE_SCALES, normalize_digits
from . import segments
from .base import ReportContext
from .statements import ReportPeriod

SUMMARY_TABLE = "经营情况"  # the table name of prose read outside an MD&A section
_DELIMS = "，,；;。：:、（）()√□!！?？"
# A chapter's heading starts its first item (第三节管理层讨论与分析一、…); a cross-reference
# (敬请查阅第三节管理层讨论与分析-六、…) and the table of contents (…5第三节…….) do not.
_CHAPTER = re.compile(
    r"(?<![“\"查阅参见])第[一二三四五六七八九十]+节(?P<name>[^，。；“”\"、.…\-]{2,14}?)(?=[一1][、.．])"
)
_FIRST_STATEMENT = re.compile(r"合并资产负债表.{0,40}(?:编制单位|单位)")
_MARGIN_LINE = re.compile(r"\d{1,4}(?:/\d{1,4})?|.{0,40}(?:年度报告|季度报告|报告摘要|报告全文)")
# A sentence ends at 。 or at a template's 适用 box, which follows a table or a heading
# (…同行业比较情况…√适用□不适用报告期内，公司研发投入…).
_SENTENCE = re.compile(r"(?:(?![√□]不?适用[√□]不?适用)[^。])+。?")
# A year that opens a sentence or clause (2023年，…; 2023年度，…), not one of a table glued
# before the sentence (…增减比例（%）2024年2023年…).
_OPENING_YEAR = re.compile(r"(?:^|[，,；;])(?:在|于)?(\d{4})年")
_MAX_SECTION_PAGES = 40
_SUMMARY_PAGES = 20


@dataclass(frozen=True, slots=True)
class Mention:
    """One figure read from a sentence (before it becomes a fact).

    segment: the segment name as printed, or None for the company's own figure
    value:   in base units (yuan for amounts, per cent, percentage points)
    text:    the number as printed ("24,544.97", "减少2.75%")
    clause:  the words that give the figure, from the clause start to the number
    start:   offset of the clause in the text read
    """

    concept: str
    measure: str
    unit: str
    scale: str
    segment: str | None
    value: Decimal
    text: str
    clause: str
    start: int


@dataclass(frozen=True)
class _Grammar:
    metrics: dict[str, dict]
    metric_rx: re.Pattern
    amount_rx: re.Pattern  # after a metric: link, number, unit, optional change
    change_rx: re.Pattern  # after a metric: only a change
    elided_rx: re.Pattern  # a clause that leaves the metric out: 免疫类比上期减少4.16%
    share_rx: dict[str, tuple[str, re.Pattern]]
    headings: tuple[str, ...]
    lead: tuple[str, ...]
    verbs_rx: re.Pattern
    company: frozenset[str]
    not_segment: tuple[str, ...]
    max_length: int
    other_items: tuple[str, ...]
    exclude_rx: re.Pattern
    down: frozenset[str]
    quarter_rx: re.Pattern
    own_quarter: dict[str, frozenset[str]]


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def grammar() -> _Grammar:
    text = resources.files(__package__).joinpath("prose.toml").read_text(encoding="utf-8")
    g = tomllib.loads(text)
    ch = g["change"]
    number = r"[-−]?\d[\d,]*(?:\.\d+)?"
    comparators = "|".join([_alt(ch["comparators"]), *ch.get("comparator_patterns", [])])
    change = (
        rf"(?:{comparators})(?P<dir>{_alt(ch['up'] + ch['down'])})(?:了|为|达到|达)?"
        rf"(?P<chg>[-−]?\d+(?:\.\d+)?)(?P<cu>%|个百分点)"
    )
    amount = (
        rf"(?:{_alt(g['links']['words'])}){{0,2}}(?P<num>{number})(?P<unit>亿元|百万元|万元|千元|元|%)"
        rf"(?:[，,]?{change})?"
    )
    shares = {
        concept: (
            spec["concept"],
            re.compile(
                rf"[，,]?(?:{_alt(spec['words'])})(?:的)?(?:比例|比重)?(?:为|达)?"
                rf"(?P<num>\d+(?:\.\d+)?)%"
            ),
        )
        for concept, spec in g.get("shares", {}).items()
    }
    return _Grammar(
        metrics=g["metrics"],
        metric_rx=re.compile(_alt(g["metrics"])),
        amount_rx=re.compile(amount),
        change_rx=re.compile(change),
        elided_rx=re.compile(rf"(?<=[，,、])(?P<head>[^{_DELIMS}]{{1,16}}?){change}"),
        share_rx=shares,
        headings=tuple(g["section"]["headings"]),
        lead=tuple(sorted(g["subject"]["lead"], key=len, reverse=True)),
        verbs_rx=re.compile(_alt(g["subject"]["verbs"])),
        company=frozenset(g["subject"]["company"]),
        not_segment=tuple(g["subject"]["not_segment"]),
        max_length=int(g["subject"]["max_length"]),
        other_items=tuple(g["subject"].get("other_items", ())),
        exclude_rx=re.compile(_alt(g["exclude"]["words"])),
        down=frozenset(ch["down"]),
        quarter_rx=re.compile(_alt(g["quarters"]["words"])),
        own_quarter={k: frozenset(v) for k, v in g["quarters"].get("own", {}).items()},
    )


# -- reading sentences ---------------------------------------------------------------------------


def read_mentions(text: str, period: str | None = None) -> list[Mention]:
    """Every figure the sentences of ``text`` (white space removed) give, in reading order.

    ``period`` is the report's (2024H1): a sentence that names a single quarter other than the
    report's own, or another year before the figure (2023年，医药工业实现收入…), is not read."""
    g = grammar()
    text = normalize_digits(text)
    year, suffix = (period[:4], period[4:]) if period else (None, "")
    own = g.own_quarter.get(suffix, frozenset())
    out: list[Mention] = []
    for found in _SENTENCE.finditer(text):
        sentence, offset = found.group(0), found.start()
        if not sentence or g.exclude_rx.search(sentence):
            continue
        if any(q.group(0) not in own for q in g.quarter_rx.finditer(sentence)):
            continue  # a single quarter's figure: not the report's period
        metrics = list(g.metric_rx.finditer(sentence))
        for i, m in enumerate(metrics):
            if year and any(y != year for y in _OPENING_YEAR.findall(sentence[: m.start()])):
                continue  # a figure of another year
            here = _mentions_at(g, sentence, m, offset)
            out.extend(here)
            if here and here[-1].segment is not None and here[-1].measure == CHANGE_PCT:
                # up to the next metric word: a clause between leaves the metric out
                end = metrics[i + 1].start() if i + 1 < len(metrics) else len(sentence)
                out.extend(_elided(g, sentence[:end], here[-1], offset))
    return out


def _elided(g: _Grammar, sentence: str, last: Mention, offset: int) -> list[Mention]:
    """Clauses after a segment's change that leave the metric out and name another segment:
    骨科类收入比上期减少1.33%，免疫类比上期减少4.16% (免疫类's revenue change)."""
    out = []
    after = last.start - offset + len(last.clause)
    for e in g.elided_rx.finditer(sentence, after):
        if g.metric_rx.search(e.group("head")):
            continue  # a clause with its own metric was read as such
        segment = _segment(g, e.group("head"))
        if not segment or e.group("cu") != "%" or any(w in segment for w in g.other_items):
            continue
        value = _number(e.group("chg"))
        if e.group("dir") in g.down:
            value = -abs(value)
        text = e.group("dir") + e.group("chg") + e.group("cu")
        clause = e.group(0)
        start = offset + e.start()
        out.append(Mention(last.concept, CHANGE_PCT, "%", "%", segment, value, text, clause, start))
    return out


def _clause_start(sentence: str, pos: int) -> int:
    i = pos
    while i > 0 and sentence[i - 1] not in _DELIMS:
        i -= 1
    return i


def _mentions_at(g: _Grammar, sentence: str, m: re.Match, offset: int) -> list[Mention]:
    spec = g.metrics[m.group(0)]
    concept, kind = spec["concept"], spec["kind"]
    begin = _clause_start(sentence, m.start())
    if "after" in spec and not re.search(spec["after"], sentence[max(0, begin - 60) : m.start()]):
        return []  # (确认投资收益 only after a clause of a disposal)
    head = re.sub(r"^(?:不适用|适用)+", "", sentence[begin : m.start()])
    subject = _segment(g, head)
    if subject is False:
        return []
    segment = subject or None
    if segment is None and not spec.get("company"):
        return []  # the company's revenue or cost: the key table and statements give it
    amount = g.amount_rx.match(sentence, m.end())
    out: list[Mention] = []
    if amount is not None:
        unit_word = amount.group("unit")
        if (kind == "ratio") != (unit_word == "%"):
            return []
        clause = sentence[begin : amount.end()]
        printed = amount.group("num")
        value = _number(printed)
        if kind == "ratio":
            out.append(Mention(concept, VALUE, "%", "%", segment, value, printed, clause, 0))
        else:
            value = value * TABLE_SCALES[unit_word]
            out.append(
                Mention(concept, VALUE, "CNY", unit_word, segment, value, printed, clause, 0)
            )
        if amount.group("dir"):
            out += _change(g, amount, concept, kind, segment, clause)
        share = g.share_rx.get(concept)
        if share is not None and kind == "amount":
            s = share[1].match(sentence, amount.end())
            if s is not None:
                clause = sentence[begin : s.end()]
                pct = _number(s.group("num"))
                out.append(
                    Mention(share[0], VALUE, "%", "%", segment, pct, s.group("num"), clause, 0)
                )
    else:
        change = g.change_rx.match(sentence, m.end())
        if change is not None:
            clause = sentence[begin : change.end()]
            out += _change(g, change, concept, kind, segment, clause)
    return [
        Mention(
            x.concept,
            x.measure,
            x.unit,
            x.scale,
            x.segment,
            x.value,
            x.text,
            x.clause,
            offset + begin,
        )
        for x in out
    ]


def _change(g: _Grammar, m: re.Match, concept, kind, segment, clause) -> list[Mention]:
    """The change after a figure: in per cent, or for a ratio in percentage points (a margin's
    change printed 增加0.16% is the segment table's 增加0.16个百分点)."""
    printed = m.group("chg")
    value = _number(printed)
    if m.group("dir") in g.down:
        value = -abs(value)
    text = m.group("dir") + printed + m.group("cu")
    if kind == "ratio":
        return [Mention(concept, CHANGE_PP, "pp", "pp", segment, value, text, clause, 0)]
    if m.group("cu") != "%":
        return []
    return [Mention(concept, CHANGE_PCT, "%", "%", segment, value, text, clause, 0)]


def _number(printed: str) -> Decimal:
    return Decimal(printed.replace(",", "").replace("−", "-"))


def _segment(g: _Grammar, head: str) -> str | bool:
    """The segment a clause's head names: "" for the company itself, False when it names
    something that is not a segment (a share, a prior period, an industry)."""
    s = head
    changed = True
    while changed:
        changed = False
        for word in g.lead:
            if s.startswith(word):
                s, changed = s[len(word) :], True
                break
    verb = g.verbs_rx.search(s)
    if verb is not None:
        subject, obj = s[: verb.start()], s[verb.end() :]
        s = obj or subject
    for word in g.lead:  # 实现公司… / 公司实现… leave a lead word on either side
        if s.startswith(word) and s != word:
            s = s[len(word) :]
    if s in g.company:
        return ""
    if len(s) > g.max_length or re.search(r"\d|年", s):
        return False
    if any(w in s for w in g.not_segment):
        return False
    return s


# -- the report's MD&A -------------------------------------------------------------------------


def _section(ctx: ReportContext) -> tuple[list[int], str, int]:
    """(pages, table name, offset of the section's heading on its first page)."""
    g = grammar()
    last = min(ctx.last_page, ctx.pdf.page_count)
    for page in range(1, last + 1):
        found = next(
            (m for m in _CHAPTER.finditer(ctx.compact_text(page)) if m.group("name") in g.headings),
            None,
        )
        if found is None:
            continue
        pages = [page]
        for nxt in range(page + 1, min(last, page + _MAX_SECTION_PAGES) + 1):
            pages.append(nxt)
            if _CHAPTER.search(ctx.compact_text(nxt)):
                break  # read up to the next chapter's heading
        return pages, found.group("name"), found.start()
    pages = []
    for page in range(1, min(ctx.pdf.page_count, _SUMMARY_PAGES) + 1):
        if _FIRST_STATEMENT.search(ctx.compact_text(page)):
            break
        pages.append(page)
    return pages, SUMMARY_TABLE, 0


def _page_text(ctx: ReportContext, page: int) -> str:
    """A page's text without white space, running head and folio dropped."""
    lines = ctx.pdf.text(page).split("\n")
    keep = []
    for i, line in enumerate(lines):
        s = re.sub(r"\s+", "", line)
        margin = i < 3 or i >= len(lines) - 2
        if margin and _MARGIN_LINE.fullmatch(s):
            continue
        keep.append(s)
    return "".join(keep)


def extract(ctx: ReportContext) -> list[Fact]:
    pages, table, _ = _section(ctx)
    if not pages:
        return []
    texts = []
    for i, page in enumerate(pages):
        text = _page_text(ctx, page)
        if i == 0 and table != SUMMARY_TABLE:
            at = next((m.start() for m in _CHAPTER.finditer(text) if m.group("name") == table), 0)
            text = text[at:]
        if i == len(pages) - 1 and i > 0:
            chapter = _CHAPTER.search(text)
            text = text[: chapter.start()] if chapter else text
        texts.append(text)
    starts, joined = [], ""
    for text in texts:
        starts.append(len(joined))
        joined += text
    report = ReportPeriod.parse(ctx.identity.period)
    mentions = read_mentions(joined, ctx.identity.period)
    if not mentions:
        return []
    table_facts = [f for f in segments.extract(ctx) if f.segment]
    names = sorted({f.segment for f in table_facts})
    facts: list[Fact] = []
    seen: set = set()
    for x in mentions:
        page = pages[bisect_right(starts, x.start) - 1]
        fact = Fact(
            company=ctx.company,
            concept=x.concept,
            period=report.flow(),
            value=x.value,
            unit=x.unit,
            source=ctx.source(page, table, x.clause, None, x.text),
            scale=x.scale,
            segment=resolve_segment(x.segment, names) if x.segment else None,
            measure=x.measure,
        )
        if fact.key() not in seen:
            seen.add(fact.key())
            facts.append(fact)
    return _same_figure_names(facts, table_facts)


def _same_figure_names(facts: list[Fact], table_facts: list[Fact]) -> list[Fact]:
    """A segment the prose names otherwise than the table (the subsidiary 金花国际大酒店 for the
    table's 酒店业) takes the table's name when its figure is the figure of exactly one table
    segment, to the printed rounding: one business is then not listed twice."""
    names = {f.segment for f in table_facts}
    renamed: dict[str, str] = {}
    for f in facts:
        if f.segment is None or f.segment in names or f.value is None or f.measure != VALUE:
            continue
        same = {
            t.segment
            for t in table_facts
            if (t.concept, t.period, t.measure) == (f.concept, f.period, f.measure)
            and t.value is not None
            and abs(t.value - f.value) <= _half_unit(f) + _half_unit(t)
        }
        if len(same) == 1:
            renamed[f.segment] = same.pop()
    if not renamed:
        return facts
    out, seen = [], set()
    for f in facts:
        if f.segment in renamed:
            f = replace(f, segment=renamed[f.segment])
        if f.key() not in seen:
            seen.add(f.key())
            out.append(f)
    return out


def resolve_segment(printed: str, table_names: Iterable[str]) -> str:
    """The table's name for a segment the prose names: the same name, or the one table name
    that is a longer or shorter form of it (酒店 → 酒店业); else the name as printed."""
    names = list(table_names)
    if printed in names:
        return printed
    bare = {n: n.split(":", 1)[-1] for n in names}
    same = [n for n, b in bare.items() if b == printed]
    if same:  # 其他 printed as 行业:其他 and 产品:其他: which one the prose means is unknown
        return same[0] if len(same) == 1 else printed
    close = [n for n, b in bare.items() if b.startswith(printed) or printed.startswith(b)]
    return close[0] if len(close) == 1 else printed


# -- the same figure printed in prose and in a table ----------------------------------------------


def is_prose(fact: Fact) -> bool:
    """A fact read from sentences (its row label is a clause, its column none)."""
    return (
        fact.source.page is not None
        and fact.source.column is None
        and fact.source.table is not None
        and (fact.source.table == SUMMARY_TABLE or fact.source.table in grammar().headings)
    )


def _half_unit(fact: Fact) -> Decimal:
    """Half the last printed digit, in the fact's base unit (24,544.97 万元 → 50 元)."""
    digits = re.search(r"\d[\d,]*(?:\.(\d+))?", normalize_digits(fact.source.text or ""))
    if digits is None:
        return Decimal(0)
    decimals = len(digits.group(1) or "")
    factor = TABLE_SCALES.get(fact.scale or "", Decimal(1))
    return Decimal(1).scaleb(-decimals) * factor / 2


def agreement_checks(reading: Reading) -> list[Check]:
    """Each figure read from prose against the same figure (key) read from a table of the same
    report: equal within the printed rounding of both, or a failed ``prose_vs_table`` check
    naming both. Nothing is dropped."""
    tables: dict[tuple, list[Fact]] = {}
    for f in reading.facts:
        if f.value is not None and not is_prose(f):
            tables.setdefault(f.key(), []).append(f)
    checks = []
    for p in reading.facts:
        if p.value is None or not is_prose(p):
            continue
        for t in tables.get(p.key(), [])[:1]:
            tolerance = _half_unit(p) + _half_unit(t)
            passed = abs(p.value - t.value) <= tolerance
            what = f"{p.period} {p.concept}" + (f"[{p.segment}]" if p.segment else "")
            if p.measure != VALUE:
                what += f" ({p.measure})"
            detail = (
                f"{what}: “{p.source.row_label}” (p{p.source.page} {p.source.table}) "
                f"{'=' if passed else '≠'} {t.source.row_label} {t.source.text} "
                f"(p{t.source.page} {t.source.table}, {t.source.column}); "
                f"{p.value} vs {t.value}, printed rounding ±{tolerance}"
            )
            checks.append(
                Check(
                    reading.document.sha256,
                    f"prose_vs_table:{p.concept}",
                    passed,
                    detail,
                    t.value,
                    p.value,
                    (t.source, p.source),
                )
            )
    return checks
