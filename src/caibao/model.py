"""The data model: a handful of immutable records, documented field by field.

Amounts are ``Decimal`` everywhere. ``Fact.value`` is in base units of ``Fact.unit`` (yuan for
``CNY``): the printed scale (元, 万元, 亿元) is kept in ``Fact.scale`` and the printed digits in
``Source.text``, so nothing of what the page said is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

# Fact.scope
CONSOLIDATED = "consolidated"
PARENT = "parent"  # 母公司 statements: kept apart, never the headline

# Fact.basis: which prior-period column a value comes from when a report prints both
RESTATED = "restated"  # 调整后 / 重述后
ORIGINAL = "original"  # 调整前 / 重述前

# Fact.measure
VALUE = "value"  # the figure itself
CHANGE_PCT = "change_pct"  # a printed change in per cent (本期比上年同期增减 %)
CHANGE_PP = "change_pp"  # a printed change in percentage points (增加7.37个百分点)


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact was read.

    file:       the document's file name as given to ``ingest`` (or a structured source's name/URL)
    sha256:     hash of the document's bytes; the key that ties a fact to its document
    page:       1-based page number, or None for structured sources
    table:      the table or statement the value was read from, e.g. "主要会计数据", "合并资产负债表"
    row_label:  the printed row label, lines joined ("归属于上市公司股东的净利润")
    column:     the printed column header ("2024年", "本报告期", "调整后")
    text:       the number exactly as printed ("585,461,786.23", "不适用", "-")
    """

    file: str
    sha256: str
    page: int | None = None
    table: str | None = None
    row_label: str | None = None
    column: str | None = None
    text: str | None = None

    def to_json(self) -> dict:
        return {
            "file": self.file,
            "sha256": self.sha256,
            "page": self.page,
            "table": self.table,
            "row_label": self.row_label,
            "column": self.column,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Fact:
    """One figure about one company, concept and period.

    company:  exchange code ("600080") or, for sources that give no code, the name as given
    concept:  id in the chart of accounts or metric list (``concepts``), e.g. "revenue", "np_parent"
    period:   period notation of ``periods``: "2024FY", "2025H1", "2025Q3", "2025Q1-Q3", "2024-12-31"
    value:    Decimal in base units of ``unit``; None when the report prints 不适用 / -- (no value)
    unit:     "CNY" (yuan), "USD", "%", "pp" (percentage points), "count", "CNY/share"
    scale:    the scale as printed: "元", "万元", "亿元", "%", "" ...
    segment:  segment name as printed ("医药工业"), None for the company as a whole
    scope:    CONSOLIDATED or PARENT
    basis:    None, RESTATED or ORIGINAL (调整后/调整前 columns)
    measure:  VALUE, CHANGE_PCT or CHANGE_PP
    source:   where it was read
    """

    company: str
    concept: str
    period: str
    value: Decimal | None
    unit: str
    source: Source
    scale: str = "元"
    segment: str | None = None
    scope: str = CONSOLIDATED
    basis: str | None = None
    measure: str = VALUE

    def key(self) -> tuple:
        """Identity within one document: two facts with the same key are the same figure."""
        return (
            self.company,
            self.concept,
            self.segment,
            self.period,
            self.scope,
            self.basis,
            self.measure,
        )

    def to_json(self) -> dict:
        return {
            "company": self.company,
            "concept": self.concept,
            "segment": self.segment,
            "period": self.period,
            "value": None if self.value is None else str(self.value),
            "unit": self.unit,
            "scale": self.scale,
            "scope": self.scope,
            "basis": self.basis,
            "measure": self.measure,
            "source": self.source.to_json(),
        }


@dataclass(frozen=True, slots=True)
class Company:
    """A listed company.

    code:      exchange code ("600080"), or for sources that give no code the name as given
    name:      the short name the exchange lists (股票简称), e.g. "金花股份"
    exchange:  "SSE", "SZSE", "BSE", "NASDAQ", ... or None
    aliases:   other names the documents print for it, in the order found: full Chinese name,
               former short names, English name and its safe short forms ("Ginwa Enterprise")
    """

    code: str
    name: str
    exchange: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """A document as ingested.

    kind:    "annual", "annual_summary", "half", "half_summary", "q1", "q3", "cninfo", "facts_csv"
    period:  the report's period: "2024FY", "2025H1", "2025Q1", "2025Q1-Q3"
    """

    sha256: str
    file: str
    kind: str
    company: Company
    period: str
    pages: int | None = None


@dataclass(frozen=True, slots=True)
class Check:
    """The result of one validation: an identity or a cross-check between two figures.

    name:      "balance_sheet_identity", "key_table_vs_statement:revenue", "quarters_sum:revenue", ...
    passed:    True or False
    expected / actual: the two numbers compared, with their sources
    detail:    one sentence a person can read ("资产总计 1,972,071,163.91 (p79) = 负债合计 + ...")
    """

    document: str  # sha256
    name: str
    passed: bool
    detail: str
    expected: Decimal | None = None
    actual: Decimal | None = None
    sources: tuple[Source, ...] = field(default_factory=tuple)

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "passed": self.passed,
            "detail": self.detail,
            "expected": None if self.expected is None else str(self.expected),
            "actual": None if self.actual is None else str(self.actual),
            "sources": [s.to_json() for s in self.sources],
        }


@dataclass(slots=True)
class Reading:
    """What reading one document gives: the document, its facts, and anything worth a warning.

    A reader returns this; ``ingest`` validates it and writes it to the store in one transaction.
    """

    document: Document
    facts: list[Fact]
    warnings: list[str] = field(default_factory=list)
