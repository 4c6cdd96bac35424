"""Production and sales volumes: 产销量情况分析表 (annual reports, Shanghai layout; the Shenzhen
layout's 产销量 table under 营业收入构成 has the same columns).

A header row names the columns: 主要产品 | 单位 | 生产量 | 销售量 | 库存量 | 生产量比上年增减（%）|
销售量比上年增减（%）| 库存量比上年增减（%）. Each product row gives facts with concept
``production_volume`` / ``sales_volume`` / ``inventory_volume``, ``segment`` the product as printed
(金天格胶囊（24粒/盒）), and for the changes ``measure`` change_pct.

Units: the unit cell (万盒, 万支, 吨, 万吨, 台) sets the fact's unit and scale. A 万 or 亿 prefix is
multiplied out (1,577 万盒 → 15,770,000); what remains is a count (盒, 支, 台, 件 …: unit
"count") or a measure (吨, 千升 …: the unit is that word). The printed unit is the scale.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..documents import Row
from ..model import CHANGE_PCT, VALUE, Fact
from ..numbers import is_no_value, parse_cell
from .base import ReportContext
from .statements import ReportPeriod
from .tablewalk import compact

TABLE = "产销量情况分析表"
_PAGES = re.compile(r"产销量情况分析表|产销量情况")
_SCAN_PAGES = 2
_COLUMNS = (
    ("生产量", "production_volume"),
    ("产量", "production_volume"),
    ("销售量", "sales_volume"),
    ("销量", "sales_volume"),
    ("库存量", "inventory_volume"),
)
_STOCK = "inventory_volume"
_CHANGE = re.compile(r"比上年|同比|增减|变动")
_MULTIPLIERS = {"万": Decimal(10000), "亿": Decimal(100000000), "千": Decimal(1000)}
# Units of things counted; any other unit word is a measure and becomes the fact's unit.
_COUNTED = set("盒支瓶台件个辆套片粒袋只双张部颗箱组架艘头")


def unit_of(printed: str) -> tuple[str, Decimal] | None:
    """("count" or the measure word, multiplier) of a printed unit: 万盒 → ("count", 10000)."""
    s = compact(printed)
    if not s or re.search(r"\d", s):
        return None
    factor = Decimal(1)
    if len(s) > 1 and s[0] in _MULTIPLIERS:
        factor, s = _MULTIPLIERS[s[0]], s[1:]
    return ("count" if s in _COUNTED else s), factor


def _columns(row: Row) -> list[tuple[float, float, str, str, str]] | None:
    """(lo, hi, header, concept, measure) of each volume column, the unit column as
    concept "unit"; None when the row is not this table's header."""
    cols = []
    for cell in row.cells:
        text = compact(cell.text)
        if text == "单位":
            cols.append((cell.x0 - 6, cell.x1 + 6, cell.text, "unit", VALUE))
            continue
        for word, concept in _COLUMNS:
            if text.startswith(word):
                measure = CHANGE_PCT if _CHANGE.search(text) else VALUE
                cols.append((cell.x0 - 6, cell.x1 + 6, cell.text, concept, measure))
                break
    concepts = {c[3] for c in cols}
    if "unit" not in concepts or not ({"production_volume", "sales_volume"} & concepts):
        return None
    return cols


def extract(ctx: ReportContext) -> list[Fact]:
    if ctx.identity.kind != "annual":
        return []  # printed in annual reports only
    pages = ctx.find_pages(_PAGES)
    if not pages:
        return []
    report = ReportPeriod.parse(ctx.identity.period)
    facts: list[Fact] = []
    seen: set = set()
    for first in pages:
        rows = [
            r
            for p in range(first, min(first + _SCAN_PAGES, ctx.pdf.page_count + 1))
            for r in ctx.rows(p)
        ]
        for fact in _scan(ctx, rows, report):
            if fact.key() not in seen:
                seen.add(fact.key())
                facts.append(fact)
        if facts:
            break
    return facts


def _scan(ctx: ReportContext, rows: list[Row], report: ReportPeriod) -> list[Fact]:
    out: list[Fact] = []
    cols = None
    for row in rows:
        found = _columns(row) if row.ruled else None
        if found:
            cols = found
            continue
        if cols is None:
            continue
        if not row.ruled or len(row.cells) < 3 or not any(c.is_number for c in row.cells):
            if out:
                break  # the table ended
            continue
        product = row.cells[0].text.strip()
        cells = [(c, next((k for k in cols if k[0] <= c.xmid <= k[1]), None)) for c in row.cells]
        unit_cell = next((c for c, k in cells if k and k[3] == "unit"), None)
        unit = unit_of(unit_cell.text) if unit_cell is not None else None
        if unit is None or not product or compact(product) in ("合计", "小计"):
            continue
        unit_name, factor = unit
        for cell, col in cells:
            if col is None or col[3] == "unit" or cell is row.cells[0]:
                continue
            _, _, header, concept, measure = col
            try:
                value = None if is_no_value(cell.text) else parse_cell(cell.text.rstrip("%％"))
            except ValueError:
                continue
            if measure == VALUE and value is not None:
                value = value * factor
            out.append(
                Fact(
                    company=ctx.company,
                    concept=concept,
                    # 库存量 is what is left at the year's end: a balance at a date
                    period=report.end_date() if concept == _STOCK else report.flow(),
                    value=value,
                    unit=unit_name if measure == VALUE else "%",
                    source=ctx.source(row.page, TABLE, product, header, cell.text),
                    scale=compact(unit_cell.text) if measure == VALUE else "%",
                    segment=product,
                    measure=measure,
                )
            )
    return out
