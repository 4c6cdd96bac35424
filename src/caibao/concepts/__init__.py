"""Domain knowledge as data: the chart of accounts (``accounts.toml``), label aliases, metric
definitions. This module loads them and answers "which concept does this printed label mean?".

Takes: printed row labels (or, for segment tables, column headers) as they appear in reports.
Gives: concept ids, and for change columns the measure ("change_pct", "change_pp").

Tables ("statements") a label is looked up in:
  balance, income, cashflow   the consolidated (and parent) statements
  indicator                   主要会计数据和财务指标, 分季度主要财务指标
  rd                          研发投入 tables
  nonrecurring                非经常性损益项目和金额
  segment                     主营业务分行业/分产品/分地区 (column headers)
  dividend                    利润分配预案 (the board's profit-distribution plan)

A concept is matched in its own ``statement`` and in each table of ``also_in``, by its Chinese
name and its aliases after ``normalize_label``; long labels that wrap or vary in wording
(non-recurring items) also by ``patterns``, regular expressions on the normalised label.
A label printed twice in one statement with two meanings (其中：优先股 under 应付债券 and under
其他权益工具) is told apart by ``under``: the concept of the line it belongs to. Without it the
concept marked ``primary`` is taken, or none.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = [
    "MEASURES",
    "STATEMENTS",
    "UNITS",
    "Concept",
    "LabelMatch",
    "accounts",
    "concept",
    "concept_for_label",
    "is_heading",
    "match_label",
    "normalize_label",
    "statement_lines",
]

STATEMENTS = (
    "balance",
    "income",
    "cashflow",
    "indicator",
    "rd",
    "nonrecurring",
    "segment",
    "dividend",
)
UNITS = ("CNY", "CNY/share", "%", "pp", "count", "times")
# measure → unit of a value of that measure (None: the concept's own unit)
MEASURES = {"value": None, "change_pct": "%", "change_pp": "pp"}


@dataclass(frozen=True, slots=True)
class Concept:
    """One line of the chart of accounts or of a report table.

    id:        snake_case English id ("np_parent"), the name used in facts, the CLI and metrics
    zh, en:    canonical names
    statement: the table the line belongs to (one of ``STATEMENTS``)
    aliases:   printed label variants, matched after ``normalize_label``
    unit:      one of ``UNITS``
    also_in:   other tables where the same labels mean this concept (营业收入 in the key table)
    under:     for a sub-item (其中) whose label repeats in the statement: the id of its parent
    primary:   the meaning taken for a repeated label when no ``under`` is given
    section:   the part of the statement ("current_assets", "operating", ...), for subtotals
    patterns:  regular expressions on the normalised label, for long labels printed in variants
    changes:   (measure, table, labels) triples: column headers that print a change of this
               concept ("营业收入比上年增减（%）" → change_pct of revenue in segment tables)
    timing:    "instant" (a balance at a date; balance-sheet lines, 每股净资产, 研发人员数量) or
               "flow" (over a period; everything else). Facts of an instant concept carry a date
               period ("2024-12-31"), of a flow concept a span ("2024FY").
    """

    id: str
    zh: str
    en: str
    statement: str
    aliases: tuple[str, ...] = ()
    unit: str = "CNY"
    also_in: tuple[str, ...] = ()
    under: str | None = None
    primary: bool = False
    section: str | None = None
    patterns: tuple[str, ...] = ()
    changes: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    timing: str = "flow"

    @property
    def is_flow(self) -> bool:
        """A figure over a period (income, cash flow) rather than a balance at a date."""
        return self.timing == "flow"

    @property
    def tables(self) -> tuple[str, ...]:
        return (self.statement, *self.also_in)


@dataclass(frozen=True, slots=True)
class LabelMatch:
    concept: str
    measure: str = "value"  # "value", "change_pct" or "change_pp"


# Parentheticals that carry no meaning for matching: units, sign notes, synonyms after 或.
_UNIT_NOTE = re.compile(
    r"\((?:元|万元|亿元|千元|元/股|元/每股|%|人|个|户|股|次|家|项|倍|人民币元)\)$"
)
_SIGN_NOTE = re.compile(r"\([^()]*填列[^()]*\)")
_SYNONYM_NOTE = re.compile(r"\(或[^()]*\)")
_NUMBERING = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、](?!\d))"
)
_PREFIX = re.compile(r"^(?:加|减|其中|包括)[:：]")
# "归属于上市公司股东的净利润_本报告期": a period qualifier glued to the label (quarterly reports)
_PERIOD_SUFFIX = re.compile(r"[_\-](?:本报告期末?|年初至报告期末|上年度末|上年同期|期末|期初)$")
_PUNCT = re.compile(r"[\s:：()、,，.．\-—–_/*\"“”'‘’;；《》]")


def normalize_label(label: str) -> str:
    """Canonical form of a printed label, for matching.

    NFKC (full-width forms to ASCII), white space removed, then dropped: notes in parentheses
    that are a unit ((元), (元/股), (%)), a sign note ((损失以“－”号填列)) or a synonym ((或股本));
    numbering (一、 (一) (1) 1. ①); the prefixes 加：减：其中：; a period qualifier glued on
    ("_本报告期", "-年初至报告期末"); punctuation; and 所 in 所支付/所收到 (older cash-flow wording).
    Deterministic and general: the same for every report.
    """
    s = re.sub(r"^\s*[①-⑳]", "", label)  # before NFKC, which makes ① a plain 1
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    s = _PERIOD_SUFFIX.sub("", s)
    s = _SIGN_NOTE.sub("", s)
    s = _SYNONYM_NOTE.sub("", s)
    s = _UNIT_NOTE.sub("", s)
    for _ in range(3):  # "（一）1.": numbering may nest
        t = _PREFIX.sub("", _NUMBERING.sub("", s))
        if t == s:
            break
        s = t
    s = s.replace("所支付", "支付").replace("所收到", "收到")  # older cash-flow wording
    return _PUNCT.sub("", s)


def _concept(cid: str, entry: dict) -> Concept:
    changes = []
    for measure in ("change_pct", "change_pp"):
        for table, labels in entry.get(measure, {}).items():
            changes.append((measure, table, tuple(labels)))
    return Concept(
        id=cid,
        zh=entry["zh"],
        en=entry["en"],
        statement=entry["statement"],
        aliases=tuple(entry.get("aliases", ())),
        unit=entry.get("unit", "CNY"),
        also_in=tuple(entry.get("also_in", ())),
        under=entry.get("under"),
        primary=bool(entry.get("primary", False)),
        section=entry.get("section"),
        patterns=tuple(entry.get("patterns", ())),
        changes=tuple(changes),
        timing=entry.get("timing", "instant" if entry["statement"] == "balance" else "flow"),
    )


@cache
def accounts() -> dict[str, Concept]:
    """Every concept of ``accounts.toml``, by id, in the order of the file (statement order)."""
    text = resources.files(__package__).joinpath("accounts.toml").read_text(encoding="utf-8")
    return {cid: _concept(cid, entry) for cid, entry in tomllib.loads(text).items()}


def concept(cid: str) -> Concept:
    """The concept with this id; KeyError names it when there is none."""
    try:
        return accounts()[cid]
    except KeyError:
        raise KeyError(f"unknown concept id: {cid!r}") from None


def statement_lines(statement: str) -> list[Concept]:
    """The concepts of one table, in printed order."""
    return [c for c in accounts().values() if c.statement == statement]


@cache
def _headings() -> dict[str, frozenset[str]]:
    text = resources.files(__package__).joinpath("headings.toml").read_text(encoding="utf-8")
    return {k: frozenset(normalize_label(h) for h in v) for k, v in tomllib.loads(text).items()}


def is_heading(label: str, statement: str) -> bool:
    """True for a line that heads a group of a statement (流动资产：, （一）按经营持续性分类)."""
    return normalize_label(label) in _headings().get(statement, frozenset())


@dataclass(frozen=True, slots=True)
class _Entry:
    concept: str
    measure: str
    under: str | None
    primary: bool


@cache
def _label_index() -> dict[tuple[str, str], tuple[_Entry, ...]]:
    index: dict[tuple[str, str], list[_Entry]] = {}
    for c in accounts().values():
        for table in c.tables:
            for label in dict.fromkeys((c.zh, *c.aliases)):
                entries = index.setdefault((table, normalize_label(label)), [])
                entry = _Entry(c.id, "value", c.under, c.primary)
                if entry not in entries:  # variants that normalise alike
                    entries.append(entry)
        for measure, table, labels in c.changes:
            for label in labels:
                entries = index.setdefault((table, normalize_label(label)), [])
                entry = _Entry(c.id, measure, None, False)
                if entry not in entries:
                    entries.append(entry)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _pattern_index() -> tuple[tuple[str, re.Pattern, str], ...]:
    return tuple(
        (table, re.compile(p), c.id)
        for c in accounts().values()
        for p in c.patterns
        for table in c.tables
    )


def match_label(
    label: str, statement: str, under: str | Sequence[str] | None = None
) -> LabelMatch | None:
    """What a printed label means in a table: the concept and the measure, or None.

    ``under`` settles a label printed twice in one statement with two meanings (其中：优先股
    under 应付债券 and under 其他权益工具; 利息收入 under 营业总收入 and under 财务费用): either
    the id of the line it belongs to, or the ids of the rows read so far in the statement, in
    order; the meaning whose parent was read last wins. Without it, the ``primary`` meaning or
    None.
    """
    key = normalize_label(label)
    if not key:
        return None
    entries = _label_index().get((statement, key), ())
    if len(entries) == 1:
        return LabelMatch(entries[0].concept, entries[0].measure)
    if entries:
        seen = [under] if isinstance(under, str) else list(under or ())
        rank = {cid: i for i, cid in enumerate(seen)}
        placed = [e for e in entries if e.under in rank]
        if placed:
            best = max(placed, key=lambda e: rank[e.under])
            return LabelMatch(best.concept, best.measure)
        primary = [e for e in entries if e.primary]
        return LabelMatch(primary[0].concept, primary[0].measure) if primary else None
    for table, pattern, cid in _pattern_index():
        if table == statement and pattern.search(key):
            return LabelMatch(cid)
    return None


def concept_for_label(
    label: str, statement: str, under: str | Sequence[str] | None = None
) -> str | None:
    """The concept id a printed label means in the given table, or None."""
    m = match_label(label, statement, under)
    return m.concept if m else None
