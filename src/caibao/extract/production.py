"""Production and sales volumes in annual reports, in two layouts.

Shanghai, 产销量情况分析表: a header row names the columns: 主要产品 | 单位 | 生产量 | 销售量 |
库存量 | 生产量比上年增减（%）| 销售量比上年增减（%）| 库存量比上年增减（%）; one row per product.

Shenzhen, under 公司实物销售收入是否大于劳务收入: 行业分类 | 项目 | 单位 | 2024年 | 2023年 | 同比增减;
three rows per industry or product (销售量, 生产量, 库存量), its name printed once in a cell spanning
them.

Each gives facts with concept ``production_volume`` / ``sales_volume`` / ``inventory_volume``,
``segment`` the product or industry as printed (金天格胶囊（24粒/盒）), the year columns' own
periods, and for the changes ``measure`` change_pct.

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
_PAGES = re.compile(r"产销量情况分析表|产销量情况|实物销售收入是否大于劳务收入")
_ITEMS = {"销售量": "sales_volume", "生产量": "production_volume", "库存量": "inventory_volume"}
_YEAR = re.compile(r"(\d{4})年")
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


def _span(row: Row, cell) -> tuple[float, float]:
    """The x-range of a header cell's column: between the ruling lines around it where the
    table draws them (numbers sit right-aligned, outside the header text), else the text."""
    edges = [row.x0, *row.bounds, row.x1] if row.bounds else []
    if not edges:
        return cell.x0 - 6, cell.x1 + 6
    lo = max((e for e in edges if e <= cell.xmid), default=cell.x0)
    hi = min((e for e in edges if e >= cell.xmid), default=cell.x1)
    return lo - 2, hi + 2


def _columns(row: Row) -> list[tuple[float, float, str, str, str]] | None:
    """(lo, hi, header, concept, measure) of each volume column, the unit column as
    concept "unit"; None when the row is not this table's header."""
    cols = []
    for cell in row.cells:
        text = compact(cell.text)
        if text == "单位":
            cols.append((*_span(row, cell), cell.text, "unit", VALUE))
            continue
        for word, concept in _COLUMNS:
            if text.startswith(word):
                measure = CHANGE_PCT if _CHANGE.search(text) else VALUE
                cols.append((*_span(row, cell), cell.text, concept, measure))
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
        for fact in [*_scan(ctx, rows, report), *_scan_by_item(ctx, rows, report)]:
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


def _item_columns(row: Row, report: ReportPeriod) -> list[tuple[float, float, str, str]] | None:
    """(lo, hi, header, what) of a Shenzhen header: what is "item", "unit", a period, or
    "change"; None when the row is not such a header."""
    cols = []
    for cell in row.cells:
        text = compact(cell.text)
        year = _YEAR.search(text)
        if text == "项目":
            what = "item"
        elif text == "单位":
            what = "unit"
        elif year and int(year.group(1)) in (report.year, report.year - 1):
            what = year.group(1)
        elif _CHANGE.search(text):
            what = "change"
        else:
            continue
        cols.append((*_span(row, cell), cell.text, what))
    whats = {c[3] for c in cols}
    if not {"item", "unit", str(report.year)} <= whats:
        return None
    return cols


def _scan_by_item(ctx: ReportContext, rows: list[Row], report: ReportPeriod) -> list[Fact]:
    out: list[Fact] = []
    cols = None
    name = ""
    for row in rows:
        found = _item_columns(row, report) if row.ruled else None
        if found:
            cols, name = found, ""
            continue
        if cols is None:
            continue
        if not row.ruled or not any(c.is_number for c in row.cells):
            if out:
                break
            continue
        placed = [(c, next((k for k in cols if k[0] <= c.xmid <= k[1]), None)) for c in row.cells]
        item = next((compact(c.text) for c, k in placed if k and k[3] == "item"), "")
        concept = _ITEMS.get(item)
        unit_cell = next((c for c, k in placed if k and k[3] == "unit"), None)
        # the industry or product, printed once in a cell spanning its three rows
        label = next((c.text.strip() for c, k in placed if k is None and not c.is_number), "")
        name = label or name
        unit = unit_of(unit_cell.text) if unit_cell is not None else None
        if concept is None or unit is None or not name:
            continue
        unit_name, factor = unit
        for cell, col in placed:
            if col is None or col[3] in ("item", "unit"):
                continue
            try:
                value = None if is_no_value(cell.text) else parse_cell(cell.text.rstrip("%％"))
            except ValueError:
                continue
            change = col[3] == "change"
            year = report.year if change else int(col[3])
            if change:
                period = report.end_date() if concept == _STOCK else report.flow()
            else:
                period = report.end_date(year) if concept == _STOCK else report.flow(year)
            if not change and value is not None:
                value = value * factor
            out.append(
                Fact(
                    company=ctx.company,
                    concept=concept,
                    period=period,
                    value=value,
                    unit="%" if change else unit_name,
                    source=ctx.source(row.page, TABLE, f"{name} {item}", col[2], cell.text),
                    scale="%" if change else compact(unit_cell.text),
                    segment=name,
                    measure=CHANGE_PCT if change else VALUE,
                )
            )
    return out
