"""Reading an indicator table (key table, quarterly table) from its heading to its end.

A table is a run of rows after a heading: header rows (no numbers; period words such as
2024年, 本报告期, 调整后), data rows (a label, then numbers or 不适用/--), and in between the
things reports print: the scale (单位：元), a sub-heading opening the next block ((二)主要财务指标),
the running header and page number of the next page when the table goes on. A header row after
data rows opens a new block (the balance rows' 本报告期末 | 上年度末). Anything else ends it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from ..concepts import accounts, concept_for_label, normalize_label
from ..documents import Cell, Row, header_text
from ..model import CHANGE_PCT, CHANGE_PP, VALUE, Fact
from ..numbers import is_no_value, parse_cell
from .base import SCALES, ReportContext, scale_in
from .columns import CHANGE, ReportPeriods, end_date, is_date, resolve_headers

_PERIOD_WORDS = re.compile(
    r"\d{4}年|本报告期|报告期|上年|本期|上期|本年|调整前|调整后|重述前|重述后|增减|年初|期末|年末"
    r"|季度|\d+-\d+月"
)
# Header words of other tables (非经常性损益 amounts, 变动原因) that end an indicator table.
_OTHER_HEADER = re.compile(r"金额|原因|说明|项目名称|股东|持股")
_OTHER_HEADER_WITH_NOTES = re.compile(r"金额|项目名称|股东|持股")
_NOTES_HEADER = re.compile(r"原因|说明")
_ENUMERATED = re.compile(
    r"^(?:第[一二三四五六七八九十]+节|[一二三四五六七八九十]+、|[（(](?:[一二三四五六七八九十]+|\d+)[)）]|\d+(?:\.\d+)*[、.．])"
)
_PAGE_NUMBER = re.compile(r"^(?:第?\d+页?(?:/\d+)?|\d+/\d+|-\s*\d+\s*-)$")
_SCALE_ONLY = re.compile(
    r"^(?:(?:单位|币种|金额单位)[:：]?\S*\s*)+$|^(?:元|千元|万元|百万元|亿元)$"
)
_BARE_YEAR = re.compile(r"^(?:19|20)\d{2}$")  # a header "2024" printed without 年
_ROW_SCALE = re.compile(r"[(（]\s*(元|千元|万元|百万元|亿元)\s*[)）]\s*$")  # 营业收入（万元）
_NOTE_MARK = re.compile(r"^(?:注\s*\d*|\*+|[（(]?注\s*\d*[)）]?)$")
# The running head repeated on every page: "…股份有限公司2025年第三季度报告", "2023年年度报告 12/170".
_RUNNING_HEAD = re.compile(
    r"\d{4}年(?:年度|半年度|度|第[一三]季度|[一三]季度|中期)报告(?:摘要|全文)?(?:\d+/\d+)?$"
)
_MARGIN = 0.08  # running headers and page numbers sit in the top and bottom 8 % of a page

# Key-table labels the chart of accounts (concepts/accounts.toml) does not carry yet. Checked
# after it, so an entry added there wins. Keys are ``normalize_label`` forms.
_FALLBACK_LABELS = {
    "扣除非经常性损益后的稀释每股收益": "eps_diluted_recurring",
}
_BALANCE_IDS = {"total_assets", "total_liabilities", "equity_parent", "equity"}
_PER_SHARE = re.compile(r"元\s*[/／]\s*股|每股")


@dataclass
class TableBlock:
    """Rows under one header: the header rows, the data rows, the scale and the heading."""

    title: str
    scale: str
    header_rows: list[Row] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)

    def column_of(self, cell: Cell) -> Cell:
        """The extent of the column a value cell sits in, when its row has no vertical rules:
        the union of the overlapping value cells of every row of the block, so a short
        right-aligned "2.63" spans as wide as the "27,616,611,772.61" above it and meets the
        header centred over the column."""
        lo, hi = cell.x0, cell.x1
        changed = True
        while changed:
            changed = False
            for row in self.rows:
                for other in row.cells[1:]:
                    if other.x0 < hi and other.x1 > lo and (other.x0 < lo or other.x1 > hi):
                        lo, hi = min(lo, other.x0), max(hi, other.x1)
                        changed = True
        return Cell(cell.text, lo, hi, cell.y0, cell.y1)


def concept_of(label: str) -> str | None:
    """The concept a key-table row label means: the chart of accounts first, then the
    statements' labels, then the fallback list above."""
    for statement in ("indicator", "income", "balance", "cashflow"):
        concept = concept_for_label(label, statement)
        if concept:
            return concept
    return _FALLBACK_LABELS.get(normalize_label(label))


def is_balance(concept: str) -> bool:
    known = accounts().get(concept)
    return concept in _BALANCE_IDS or (known is not None and known.statement == "balance")


def _row_kind(row: Row, height: float, notes: bool = False) -> str:
    """What a row is to a table scan: header, other_header, data, label, text, furniture.

    ``notes``: the table has a column of explanations (变动原因, 重大变动说明) after its figures."""
    texts = [t.strip() for t in row.texts if t.strip()]
    if not texts:
        return "empty"
    compact = re.sub(r"\s+", "", "".join(texts))
    mid = (row.y0 + row.y1) / 2
    if not row.ruled and (
        _PAGE_NUMBER.match(compact)
        or mid > height * (1 - _MARGIN)
        or mid < height * _MARGIN
        or (len(texts) == 1 and _RUNNING_HEAD.search(compact))
    ):
        return "furniture"
    values = texts[1:]
    numeric = [t for t in values if _is_value(t)]
    if (
        not any(_is_value(t) and not _BARE_YEAR.match(t) for t in texts)
        and _PERIOD_WORDS.search(compact)
        and not _ENUMERATED.match(compact)
        and "单位" not in compact
        # one unruled line of prose ("报告期内…") is not a header; a lone ruled cell may be
        and (len(texts) >= 2 or (row.ruled and len(compact) <= 20))
    ):
        other = _OTHER_HEADER_WITH_NOTES if notes else _OTHER_HEADER
        return "other_header" if other.search(compact) else "header"
    # A label, then values; a footnote mark in a cell of its own ("注1") does not end the table,
    # nor, in a table with an explanation column, the explanation after the figures.
    marks = [t for t in values if _NOTE_MARK.match(t)]
    if numeric and not _is_value(texts[0]):
        if len(numeric) + len(marks) == len(values):
            return "data"
        last_value = max(i for i, t in enumerate(values) if _is_value(t))
        if notes and all(_is_value(t) or _NOTE_MARK.match(t) for t in values[: last_value + 1]):
            return "data"
    if row.ruled and len(texts) == 1 and not _ENUMERATED.match(compact) and len(compact) <= 40:
        return "label"  # a ruled row with a label and empty value cells
    return "text"


def _is_value(text: str) -> bool:
    if is_no_value(text):
        return True
    if re.search(r"个百分点", text) or _WORDED_PCT.fullmatch(text.replace(" ", "")):
        return True
    try:
        return parse_cell(text) is not None
    except ValueError:
        return False


_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2}")


def table_pages(ctx: ReportContext, heading: re.Pattern) -> list[int]:
    """Pages that print the heading and figures (on the page or the next, for a heading at the
    foot of a page): the contents page and 释义 name the section too, but print no amounts, and
    laying a page out costs more than reading its text."""
    last = ctx.pdf.page_count
    return [
        p
        for p in ctx.find_pages(heading)
        if _AMOUNT.search(ctx.compact_text(p))
        or (p < last and _AMOUNT.search(ctx.compact_text(p + 1)))
    ]


def scan_table(
    ctx: ReportContext,
    page: int,
    is_heading: Callable[[str], bool],
    continues: Callable[[str], bool],
    max_pages: int = 3,
    notes: bool = False,
) -> list[TableBlock]:
    """The blocks of the table whose heading (``is_heading``) is on ``page``. A row that
    ``continues`` (a sub-heading of the same table) opens a new block instead of ending it."""
    rows = ctx.rows(page)
    for i, row in enumerate(rows):
        if is_heading(row.text):
            blocks = _scan_from(ctx, page, i, continues, max_pages, notes)
            if any(b.rows for b in blocks):
                return blocks
    return []


def _scan_from(
    ctx: ReportContext,
    page: int,
    start: int,
    continues: Callable[[str], bool],
    max_pages: int,
    notes: bool,
) -> list[TableBlock]:
    anchor = ctx.rows(page)[start]
    heading = anchor.text
    block = TableBlock(heading, scale_in(heading))
    blocks = [block]
    preamble = 0
    last = min(ctx.pdf.page_count, page + max_pages - 1)
    # A heading printed as the header's first cell ("主要会计数据 | 2024年 | 2023年") is read too.
    as_header = (
        len(anchor.cells) >= 3 and _row_kind(anchor, ctx.pdf.layout(page).height, notes) == "header"
    )
    first = start if as_header else start + 1
    for p in range(page, last + 1):
        rows = ctx.rows(p)[first:] if p == page else ctx.rows(p)
        height = ctx.pdf.layout(p).height
        for row in rows:
            kind = _row_kind(row, height, notes)
            text = row.text
            if kind in ("furniture", "empty"):
                continue
            if kind == "header":
                if block.rows:
                    block = TableBlock(block.title, block.scale)
                    blocks.append(block)
                block.header_rows.append(row)
                continue
            if kind == "data" and block.header_rows:
                block.rows.append(row)
                continue
            if kind == "label" and block.rows:
                continue
            if continues(text):
                block = TableBlock(text, scale_in(text, block.scale))
                blocks.append(block)
                continue
            compact = re.sub(r"\s+", "", text)
            started = any(b.rows for b in blocks)
            if started and (kind == "other_header" or _ENUMERATED.match(compact)):
                return blocks  # the next section's heading or another table's header
            if _SCALE_ONLY.match(compact) or ("单位" in compact and len(compact) < 30):
                scale = scale_in(compact, _bare_scale(compact) or "")
                if started and scale != block.scale:
                    return blocks  # another table, in another unit
                block.scale = scale or block.scale
                continue
            if not started and kind == "text" and preamble < 12 and not _ENUMERATED.match(compact):
                preamble += 1
                block.scale = scale_in(compact, block.scale)
                continue
            return blocks
    return blocks


def _bare_scale(compact: str) -> str | None:
    return compact if compact in SCALES else None


def row_facts(
    ctx: ReportContext,
    block: TableBlock,
    row: Row,
    table: str,
    periods: ReportPeriods,
) -> list[Fact]:
    """The facts of one data row: one per value cell whose column resolves to a period."""
    label_cell, *cells = row.cells
    label = label_cell.text.strip()
    concept = concept_of(label)
    if concept is None:
        ctx.warn(f"p{row.page} {table}: no concept for the row label {label!r}")
        return []
    # Without vertical rules a cell's column is the union of the cells under it (column_of).
    headers = [
        header_text(block.header_rows, c if row.bounds else block.column_of(c), row) for c in cells
    ]
    columns = resolve_headers(headers, periods)
    known = accounts().get(concept)
    unit_of_concept = known.unit if known else None
    per_share = bool(_PER_SHARE.search(label)) or unit_of_concept == "CNY/share"
    percent = not per_share and (
        bool(re.search(r"[(（]\s*[%％]\s*[)）]", label))
        or unit_of_concept == "%"
        or any(
            c.text.strip().endswith("%")
            for c, col in zip(cells, columns, strict=True)
            if col and col.measure == VALUE
        )
    )
    facts = []
    for cell, header, column in zip(cells, headers, columns, strict=True):
        text = cell.text.strip()
        if not text or _NOTE_MARK.match(text):
            continue
        if column is None and _NOTES_HEADER.search(header):
            continue  # the explanation column (变动原因): words, not a figure
        if column is None:
            ctx.warn(f"p{row.page} {table}: column {cell.text!r} under {headers!r} has no period")
            continue
        period = column.period
        if is_balance(concept) and not is_date(period):
            period = end_date(period)
        if column.measure == CHANGE:
            fact = _change_fact(text, percent)
            if fact is None:
                ctx.warn(f"p{row.page} {table}: {label} {column.header}: unreadable {text!r}")
                continue
            value, measure, unit, scale = fact
        else:
            try:
                value = parse_cell(text)
            except ValueError:
                ctx.warn(f"p{row.page} {table}: {label} {column.header}: unreadable {text!r}")
                continue
            measure = VALUE
            if per_share:
                unit, scale = "CNY/share", "元/股"
            elif percent:
                unit, scale = "%", "%"
            elif unit_of_concept == "count":  # 总股本（股）, （万股）
                unit, scale = "count", "万股" if "万股" in label else "股"
                if value is not None and scale == "万股":
                    value = value * 10000
            else:
                unit = "CNY"
                row_scale = _ROW_SCALE.search(label)
                scale = row_scale.group(1) if row_scale else block.scale
                if value is not None:
                    value = value * SCALES[scale]
        facts.append(
            Fact(
                company=ctx.company,
                concept=concept,
                period=period,
                value=value,
                unit=unit,
                scale=scale,
                basis=column.basis,
                measure=measure,
                source=ctx.source(row.page, table, label, column.header, text),
            )
        )
    return facts


_WORDED_PCT = re.compile(r"(增加|增长|上升|提高|减少|下降|降低)(\d[\d,]*(?:\.\d+)?)[%％]")
_PP = re.compile(r"(增加|减少|上升|下降|提高|降低)?\s*([-+]?\d[\d,]*(?:\.\d+)?)\s*个?百分点")


def _change_fact(text: str, percent_row: bool) -> tuple[Decimal | None, str, str, str] | None:
    """A printed change → (value, measure, unit, scale). Changes of a ratio row are
    percentage points whether printed "增加7.37个百分点" or "1.47%"."""
    if m := _PP.search(text):
        value = Decimal(m.group(2).replace(",", ""))
        if m.group(1) in ("减少", "下降", "降低"):
            value = -value
        return value, CHANGE_PP, "pp", "个百分点"
    try:
        value = parse_cell(text)
    except ValueError:
        # "增长11.63%" / "下降5.02%": the direction in words
        m = _WORDED_PCT.fullmatch(text.replace(" ", ""))
        if not m:
            return None
        value = Decimal(m.group(2).replace(",", ""))
        if m.group(1) in ("减少", "下降", "降低"):
            value = -value
    if percent_row:
        return value, CHANGE_PP, "pp", "个百分点"
    return value, CHANGE_PCT, "%", "%"
