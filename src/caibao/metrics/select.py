"""Choosing among several facts for one concept and period — deterministic, and documented.

A store often holds the same figure more than once: the key-indicator table and the statement of
one report, a later report's prior-year column, a cninfo answer, a facts CSV with several secondary
sources, restated (调整后) and original (调整前) columns. ``order_facts`` sorts them so the first is
the one to use; all of them stay available, so a checker can say the sources disagree.

The rule, key by key (the first difference decides):
1. consolidated (合并) before parent-company (母公司) figures;
2. restated (调整后/重述后) before unlabelled before original (调整前) columns;
3. the company's own reports (PDF) before structured sources (cninfo JSON, facts CSV);
4. the latest report first (a later report's comparative column reflects restatements);
5. the consolidated statements, then other tables (MD&A, segments), then the key-indicator table;
   then the file name, table or source key (S1 before S2), page and CSV line — so the same store
   always gives the same answer.
"""

from __future__ import annotations

from decimal import Decimal

from ..model import ORIGINAL, PARENT, RESTATED, Fact
from ..numbers import normalize_digits

_BASIS_RANK = {RESTATED: 0, None: 1, ORIGINAL: 2}
_STRUCTURED = {"cninfo", "facts_csv"}
_SCALE = {
    "元": Decimal(1),
    "万元": Decimal(10) ** 4,
    "百万元": Decimal(10) ** 6,
    "亿元": Decimal(10) ** 8,
    "万": Decimal(10) ** 4,
    "亿": Decimal(10) ** 8,
    "千元": Decimal(10) ** 3,
    "每10股": Decimal("0.1"),  # a dividend per share printed per 10 shares: "3" → 0.3 元/股
}


def _period_key(period: str) -> str:
    # "2025Q1-Q3" and "2025FY" compare well enough as text within a year; the year leads.
    return period


def _fact_key(fact: Fact, docs: dict) -> tuple:
    doc = docs.get(fact.source.sha256)
    kind = getattr(doc, "kind", "") or ""
    doc_period = getattr(doc, "period", "") or ""
    table = fact.source.table or ""
    is_key_table = "主要会计数据" in table or "财务指标" in table
    is_statement = table.startswith("合并") and table.endswith("表")
    table_rank = 0 if is_statement else 2 if is_key_table else 1
    line = fact.source.column or ""
    return (
        1 if fact.scope == PARENT else 0,
        _BASIS_RANK.get(fact.basis, 1),
        1 if kind in _STRUCTURED else 0,
        _neg(_period_key(doc_period)),
        table_rank,
        fact.source.file,
        table,
        fact.source.page or 0,
        _line_number(line),
    )


def _neg(text: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in text)


def _line_number(column: str) -> int:
    # facts CSV: "line 12" or "line 12; note"
    if column.startswith("line "):
        digits = column[5:].split(";")[0].strip()
        if digits.isdigit():
            return int(digits)
    return 0


def order_facts(facts: list[Fact], docs: dict) -> list[Fact]:
    """Facts in the order of preference of the module docstring (``docs``: sha256 → Document)."""
    return sorted(facts, key=lambda f: _fact_key(f, docs))


def fact_precision(fact: Fact) -> Decimal:
    """Half the last printed digit, in base units: "233.43" in 亿元 → 500000; "18.79" % → 0.005.
    Without printed text, the value's own last digit."""
    text = fact.source.text
    decimals = None
    if text:
        s = normalize_digits(text).replace(",", "").strip().rstrip("%")
        if s and any(ch.isdigit() for ch in s):
            decimals = len(s.partition(".")[2])
    if decimals is None:
        if fact.value is None:
            return Decimal(0)
        exp = fact.value.as_tuple().exponent
        return Decimal(1).scaleb(exp) / 2 if isinstance(exp, int) else Decimal(0)
    scale = _SCALE.get(fact.scale or "", Decimal(1))
    return Decimal(1).scaleb(-decimals) / 2 * scale


def same_value(a, b) -> bool:
    """Two values (anything with ``value`` and ``precision``) agree within their printing."""
    if a.value is None or b.value is None:
        return a.value is b.value
    return abs(a.value - b.value) <= a.precision + b.precision
