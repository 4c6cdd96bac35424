"""Revenue, cost and gross margin by segment: 主营业务分行业、分产品、分地区、分销售模式情况
(Shanghai layout) and 营业收入构成 / 占公司营业收入或营业利润10%以上的行业、产品、地区情况
(Shenzhen layout).

A segment table is recognised by its header, one row or a year row over a 金额 | 占营业收入比重
row, whose columns name what they hold: 营业收入, 营业成本, 毛利率(%), 营业收入比上年增减(%),
毛利率比上年增减 (a change in percentage points, printed ``增加1.55个百分点``), 占营业收入比重. A
header without 营业收入 is another table (成本分析表, 产销量). The kind of segment comes from the
header's first cell (分行业, 分产品, 分地区, 分销售模式) or, in the Shenzhen layout, from sub-heading
rows (分行业, 分产品) inside the table. Each segment row gives facts with concept ``revenue`` /
``operating_cost`` / ``gross_margin`` / ``revenue_share`` and ``segment`` the name as printed
(``医药工业``); the lines 合计 / 营业收入合计 are left out.

Segment names: as printed. When the same name is printed in two kinds of table of one report
(``其他`` by industry and ``其他`` by product), both get the kind as a prefix (``行业:其他``,
``产品:其他``) so that the two figures never share a key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..concepts import accounts, match_label, normalize_label
from ..documents import Row, header_text
from ..model import CHANGE_PCT, CHANGE_PP, VALUE, Fact
from ..numbers import is_no_value, parse_amount, parse_cell
from .base import SCALES, ReportContext, scale_in
from .statements import ReportPeriod, flow_period
from .tablewalk import compact

TABLE = "主营业务分行业、分产品、分地区情况"
TABLE_SZ = "营业收入构成"
_PAGES = re.compile(r"主营业务分(?:行业|产品|地区|销售模式)|营业收入构成|分行业情况")
_KIND_CELL = re.compile(
    r"^(?:按|分)?(行业|产品|地区|销售模式|销售渠道|渠道|业务)(?:分类|情况|类别)?$"
)
_SKIP_NAMES = {"合计", "总计", "小计", "营业收入合计", "主营业务合计", "分行业", "分产品", "分地区"}
_SCAN_PAGES = 3
_MARGIN = re.compile(r"\d{1,4}(?:/\d{1,4})?|.{0,40}报告(?:全文|摘要)?")  # running head, folio


@dataclass(frozen=True, slots=True)
class Measure:
    concept: str
    measure: str
    unit: str


# What a column holds, by the words of its header (white space removed), most specific first.
_COLUMNS = (
    (
        re.compile(r"毛利率.*(?:比上年|同比|增减|变动|变化)"),
        Measure("gross_margin", CHANGE_PP, "pp"),
    ),
    (re.compile(r"营业收入.*(?:比上年|同比|增减|变动|变化)"), Measure("revenue", CHANGE_PCT, "%")),
    (
        re.compile(r"营业成本.*(?:比上年|同比|增减|变动|变化)"),
        Measure("operating_cost", CHANGE_PCT, "%"),
    ),
    (re.compile(r"同比增减|比上年(?:同期)?增减"), Measure("revenue", CHANGE_PCT, "%")),
    (re.compile(r"占营业收入比重|占比|比重"), Measure("revenue_share", VALUE, "%")),
    (re.compile(r"毛利率"), Measure("gross_margin", VALUE, "%")),
    (re.compile(r"营业成本"), Measure("operating_cost", VALUE, "CNY")),
    (re.compile(r"营业收入|金额"), Measure("revenue", VALUE, "CNY")),
)


def column_measure(header: str) -> Measure | None:
    """What a column holds: the chart of accounts' segment headers first, then the wording of
    the template (a header wrapped over a page break reads ``营业收入比上年增``)."""
    s = compact(header)
    found = match_label(s, "segment")
    if found is not None:
        unit = {CHANGE_PCT: "%", CHANGE_PP: "pp"}.get(found.measure)
        if unit is None:
            unit = accounts()[found.concept].unit if found.concept in accounts() else "CNY"
        return Measure(found.concept, found.measure, unit)
    for rx, m in _COLUMNS:
        if rx.search(s):
            return Measure(m.concept, m.measure, m.unit)
    return None


@dataclass(slots=True)
class _Column:
    lo: float
    hi: float
    header: str
    measure: Measure
    period: str


@dataclass(slots=True)
class _Pending:
    kind: str
    name: str
    row: Row
    cells: list[tuple[object, _Column]]
    table: str
    scale: str


def extract(ctx: ReportContext) -> list[Fact]:
    pages = ctx.find_pages(_PAGES)
    if not pages:
        return []
    report = ReportPeriod.parse(ctx.identity.period)
    # The first page that names the tables may be prose ("营业收入构成…"): scan from each in
    # turn until one gives segment lines.
    scanned = 0
    for first in pages:
        if first <= scanned:
            continue
        last = min(first + _SCAN_PAGES - 1, ctx.pdf.page_count)
        rows = [r for p in range(first, last + 1) for r in ctx.rows(p)]
        scanned = last
        pending = _scan(rows, report)
        if pending:
            return _facts(ctx, pending)
    return []


def _scan(rows: list[Row], report: ReportPeriod) -> list[_Pending]:
    out: list[_Pending] = []
    columns: list[_Column] | None = None
    kind = ""
    table = TABLE
    scale = "元"
    header_rows: list[Row] = []
    source: Row | None = None  # the header row the columns come from
    for row in rows:
        text = compact(row.text)
        if "单位" in text:
            scale = scale_in(text, scale)
        first = compact(row.cells[0].text) if row.cells else ""
        if not row.ruled:
            if not _MARGIN.fullmatch(text):
                columns = None
                header_rows = []
            continue
        kind_m = _KIND_CELL.match(first)
        if kind_m and len(row.cells) == 1:
            kind = kind_m.group(1)  # a sub-heading row of the Shenzhen layout
            continue
        numbers = [c for c in row.cells[1:] if c.is_number or _is_change(c.text)]
        if not numbers:
            # a header row: 分行业 | 营业收入 | 营业成本 | ..., or a year row (2024年 | 2023年)
            # over a 金额 | 占营业收入比重 row
            prev = header_rows[-1] if header_rows else None
            tries = [[row]]
            if prev is not None:
                two = [[prev, row]]
                tries = two + tries if _names_periods(prev, report) else tries + two
            cols = None
            for rows_ in tries:
                cols = _header(rows_, report)
                if cols:
                    break
            header_rows = [row]
            if cols and columns and source is prev and len(cols) < len(columns):
                # the tail of the header above, wrapped onto the next page (减(%) | 减(%)): it
                # completes the headers of the columns it sits under
                for new_col in cols:
                    for i, old_col in enumerate(columns):
                        if old_col.lo - 2 <= (new_col.lo + new_col.hi) / 2 <= old_col.hi + 2:
                            columns[i] = _Column(
                                old_col.lo,
                                old_col.hi,
                                new_col.header,
                                new_col.measure,
                                old_col.period,
                            )
                source = row
                continue
            if cols:
                columns, source = cols, row
                if kind_m:
                    kind = kind_m.group(1)
                table = (
                    TABLE_SZ if any(c.measure.concept == "revenue_share" for c in cols) else TABLE
                )
            elif _is_key_cell(first) and len(row.cells) > 2:
                columns = None  # another table's header (成本分析表: 分行业 | 成本构成项目 | ...)
            elif len(row.cells) > 1 and any(len(compact(c.text)) > 6 for c in row.cells):
                # the tail of a header wrapped onto the next page (减(%) | 减(%)) keeps the
                # columns; any other row of words starts something else
                columns = None
            continue
        header_rows = []
        if columns is None or not first or row.cells[0].is_number:
            continue
        if compact(first) in _SKIP_NAMES or normalize_label(first) in _SKIP_NAMES:
            continue
        cells = []
        for c in row.cells[1:]:
            col = next((k for k in columns if k.lo - 2 <= c.xmid <= k.hi + 2), None)
            if col is not None:
                cells.append((c, col))
        if cells:
            out.append(_Pending(kind, row.cells[0].text.strip(), row, cells, table, scale))
    return out


def _header(header_rows: list[Row], report: ReportPeriod) -> list[_Column] | None:
    """Columns of a segment table's header (one row, or a year row over a 金额 | 比重 row)."""
    last = header_rows[-1]
    if not last.cells or len(last.cells) < 2:
        return None
    cols: list[_Column] = []
    edges = [last.x0, *last.bounds, last.x1] if last.bounds else []
    # a header cell of the row above with nothing under it spans both rows (同比增减)
    spanning = [
        c
        for r in header_rows[:-1]
        for c in r.cells
        if not any(min(c.x1, o.x1) - max(c.x0, o.x0) > 0 for o in last.cells)
    ]
    for cell in sorted([*last.cells, *spanning], key=lambda c: c.x0):
        full = header_text(header_rows, cell) if cell in last.cells else cell.text
        m = column_measure(full)  # None for the label column (分行业, 项目)
        if m is None:
            continue
        period = flow_period(full, report) if re.search(r"\d{4}年", full) else None
        period = period or report.flow()
        if edges:
            lo = max((e for e in edges if e <= cell.xmid), default=cell.x0)
            hi = min((e for e in edges if e >= cell.xmid), default=cell.x1)
        else:
            lo, hi = cell.x0 - 10, cell.x1 + 10
        cols.append(_Column(lo, hi, full, m, period))
    # a segment table names revenue in a column (营业收入, 占营业收入比重): not 成本分析表, 产销量
    if not any("营业收入" in compact(c.header) for c in cols):
        return None
    if not any(c.measure.concept == "revenue" for c in cols):
        return None
    return cols


def _names_periods(row: Row, report: ReportPeriod) -> bool:
    """A header row of years or periods (2024年 | 2023年 | 同比增减; 本报告期 | 上年同期)."""
    return any(
        re.search(r"\d{4}年|本报告期|上年同期|本期|上期", compact(c.text)) for c in row.cells
    )


def _is_key_cell(text: str) -> bool:
    """The first header cell of a segment table: 分行业 / 分产品 / 项目 / 分类 ..."""
    return bool(_KIND_CELL.match(text)) or text in ("项目", "分类", "类别")


def _is_change(text: str) -> bool:
    return bool(re.search(r"(?:增加|减少|上升|下降)\s*-?\d", text))


def _value(text: str, measure: Measure) -> tuple[bool, object]:
    """(readable, value): a printed amount, percentage or change, None for 不适用 / --."""
    if is_no_value(text):
        return True, None
    try:
        if measure.unit == "pp" and not re.fullmatch(r"[-+(]?[\d,.]+\)?%?", text.strip()):
            amount = parse_amount(text)
            return True, amount.value
        return True, parse_cell(text.rstrip("%％"))
    except ValueError:
        return False, None


def _facts(ctx: ReportContext, pending: list[_Pending]) -> list[Fact]:
    kinds_of: dict[str, set[str]] = {}
    for p in pending:
        kinds_of.setdefault(p.name, set()).add(p.kind)
    facts: list[Fact] = []
    seen: set = set()
    for p in pending:
        segment = f"{p.kind}:{p.name}" if len(kinds_of[p.name]) > 1 and p.kind else p.name
        for cell, col in p.cells:
            ok, value = _value(cell.text, col.measure)
            if not ok:
                continue
            m = col.measure
            if value is not None and m.unit == "CNY":
                value = value * SCALES[p.scale]
            fact = Fact(
                company=ctx.company,
                concept=m.concept,
                period=col.period,
                value=value,
                unit=m.unit,
                source=ctx.source(p.row.page, p.table, p.name, col.header, cell.text),
                scale=p.scale if m.unit == "CNY" else m.unit,
                segment=segment,
                measure=m.measure,
            )
            if fact.key() not in seen:
                seen.add(fact.key())
                facts.append(fact)
    return facts
