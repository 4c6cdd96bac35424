"""研发投入: R&D investment, how much of it was expensed and capitalised, its share of revenue, and
the R&D staff, where the report prints them.

Shanghai layout: ``研发投入情况表`` with one value per line (本期费用化研发投入, 本期资本化研发投入,
研发投入合计, 研发投入总额占营业收入比例(%), 研发投入资本化的比重(%)) and ``研发人员情况表``
(公司研发人员的数量). Shenzhen layout: ``公司研发投入情况`` with a column per year
(研发人员数量（人）, 研发投入金额（元）, 研发投入占营业收入比例, 研发投入资本化的金额（元）, …)
and a 变动比例 column, read as a change in per cent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..concepts import accounts, concept_for_label
from ..model import CHANGE_PCT, VALUE, Fact
from ..numbers import parse_cell
from .base import SCALES, ReportContext
from .statements import ReportPeriod, column_of, flow_period, header_columns
from .tablewalk import TableBlock, compact, table_after

TABLE = "研发投入"
TABLE_STAFF = "研发人员情况"
# Headings in the order they are tried; each names the table that follows it. A numbered bare
# "研发投入" heading comes last: in the Shenzhen layout a table of projects follows it first.
_HEADINGS = (
    (re.compile(r"研发投入情况表"), TABLE),
    (re.compile(r"公司研发投入情况"), TABLE),
    (re.compile(r"研发人员情况表|公司研发人员情况"), TABLE_STAFF),
    (re.compile(r"^(?:\(?[一二三四五六七八九十\d]+\)?[、.．])?研发投入(?:情况)?$"), TABLE),
)

# Which line is which, by its printed label (white space removed), ratios before amounts. The
# chart of accounts (statement "rd") is asked first; these cover the template's wording.
_LINES = (
    (re.compile(r"资本化.*(?:比重|比例|占)"), "rd_capitalized_ratio", "%"),
    (re.compile(r"研发投入.*占.*营业收入"), "rd_investment_ratio", "%"),
    (re.compile(r"研发人员.*(?:占|比例)"), "rd_staff_ratio", "%"),
    (re.compile(r"费用化"), "rd_expensed", "CNY"),
    (re.compile(r"资本化"), "rd_capitalized", "CNY"),
    (re.compile(r"研发投入(?:合计|金额|总额)|研发投入$"), "rd_investment", "CNY"),
    (re.compile(r"研发人员(?:的)?数量|研发人员人数|研发人员数"), "rd_staff", "count"),
)


@dataclass(frozen=True, slots=True)
class _Line:
    concept: str
    unit: str


def line_concept(label: str) -> _Line | None:
    s = compact(label)
    concept = concept_for_label(label, "rd")
    if concept is not None:
        c = accounts()[concept]
        return _Line(concept, "%" if "%" in c.unit or "比例" in c.zh else c.unit)
    for rx, cid, unit in _LINES:
        if rx.search(s):
            return _Line(cid, unit)
    return None


def extract(ctx: ReportContext) -> list[Fact]:
    report = ReportPeriod.parse(ctx.identity.period)
    facts: list[Fact] = []
    seen: set = set()
    for i, (heading, table) in enumerate(_HEADINGS):
        if i == len(_HEADINGS) - 1 and any(f.source.table == TABLE for f in facts):
            break  # the bare heading is only a fallback
        words = heading.pattern.strip("^$")
        for page in ctx.find_pages(words):
            block = _block(ctx, page, heading)
            read = _read(ctx, block, report, table) if block is not None else []
            fresh = [f for f in read if f.key() not in seen]
            seen.update(f.key() for f in fresh)
            facts.extend(fresh)
            if read:
                break
    return facts


def _block(ctx: ReportContext, page: int, heading: re.Pattern) -> TableBlock | None:
    return table_after(ctx, page, heading, max_pages=2)


def _read(ctx: ReportContext, block: TableBlock, report: ReportPeriod, table: str) -> list[Fact]:
    columns = None
    out: list[Fact] = []
    for row in block.rows:
        cells = row.cells
        if not cells:
            continue
        numbers = [c for c in cells[1:] if c.is_number or c.text.strip() in ("不适用", "-", "--")]
        if not numbers:
            cols = header_columns(row, lambda h: flow_period(h, report))
            if sum(1 for c in cols[1:] if c.period) >= 1 and not re.search(
                r"适用|单位", compact(row.text)
            ):
                columns = cols
            elif columns is not None and len(cells) == 1:
                pass  # a sub-heading inside the table (研发人员学历结构)
            continue
        label = cells[0].text.strip()
        line = line_concept(label)
        if line is None or cells[0].is_number:
            continue
        if columns is None:
            picks = [(numbers[0], None, VALUE, report.flow())]
        else:
            picks = []
            for c in numbers:
                col = column_of(columns, c)
                if col is None:
                    continue
                if col.period:
                    picks.append((c, col.header, VALUE, col.period))
                elif re.search(r"变动|增减|比例", compact(col.header)):
                    picks.append((c, col.header, CHANGE_PCT, report.flow()))
        for cell, header, measure, period in picks:
            try:
                value = parse_cell(cell.text.rstrip("%％"))
            except ValueError:
                continue
            unit = "%" if measure == CHANGE_PCT else line.unit
            if value is not None and unit == "CNY":
                value = value * SCALES[block.scale]
            out.append(
                Fact(
                    company=ctx.company,
                    concept=line.concept,
                    period=period,
                    value=value,
                    unit=unit,
                    source=ctx.source(row.page, table, label, header, cell.text),
                    scale=block.scale if unit == "CNY" else ("" if unit == "count" else unit),
                    measure=measure,
                )
            )
    return out
