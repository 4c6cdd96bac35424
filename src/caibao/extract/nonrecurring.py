"""非经常性损益项目和金额: each item of non-recurring profit and loss and the total (合计), per
period column (``2024年金额``, ``本期金额``, ``年初至报告期末金额``).

In a Q3 report the table prints 本期金额 (the quarter: "本报告期指本季度初至本季度末3个月期间")
beside 年初至报告期末金额; in a Q1 or half-year report 本期金额 is the report's own period.
"""

from __future__ import annotations

import re

from ..concepts import concept_for_label, normalize_label
from ..model import Fact
from ..numbers import parse_cell
from .base import SCALES, ReportContext
from .statements import ReportPeriod, column_of, flow_period, header_columns
from .tablewalk import compact, table_after

TABLE = "非经常性损益"
TOTAL = "nonrecurring_total"
_HEADING = re.compile(r"非经常性损益(?:项目)?(?:和|及)金额|非经常性损益项目及金额")


def extract(ctx: ReportContext) -> list[Fact]:
    report = ReportPeriod.parse(ctx.identity.period)
    for page in ctx.find_pages(_HEADING):
        facts = _read(ctx, page, report)
        if facts:
            return facts
    return []


def _concept(label: str) -> str | None:
    """The item's concept by its full label, else by its head: the wording before the
    qualifying clause (``计入当期损益的政府补助，但与公司正常经营业务密切相关…除外``), which
    the CSRC template has reworded from year to year."""
    concept = concept_for_label(label, "nonrecurring")
    if concept is None:
        head = re.split(r"[(（,，;；]", label, maxsplit=1)[0]
        if head != label:
            concept = concept_for_label(head, "nonrecurring")
    return concept


def _read(ctx: ReportContext, page: int, report: ReportPeriod) -> list[Fact]:
    block = table_after(ctx, page, _HEADING)
    if block is None:
        return []
    columns = None
    facts: list[Fact] = []
    seen: set = set()
    for row in block.rows:
        if columns is None:
            texts = compact(row.text)
            variant = "本报告期" if re.search(r"年初[至到]报告期", texts) else ""
            cols = header_columns(row, lambda h, v=variant: flow_period(h, report, v))
            if any(c.period for c in cols[1:]) and not row.cells[0].is_number:
                columns = cols
            continue
        if not row.cells or row.cells[0].is_number:
            continue
        label = row.cells[0].text.strip()
        values = [(c, column_of(columns, c)) for c in row.cells[1:]]
        values = [(c, col) for c, col in values if col is not None and col.period and c.is_number]
        if not values:
            continue
        concept = _concept(label)
        if concept is None and normalize_label(label) in ("合计", "总计", "非经常性损益合计"):
            concept = TOTAL
        if concept is None:
            ctx.warn(f"{TABLE}: no concept for the item 「{label}」 (not read)")
            continue
        for cell, col in values:
            value = parse_cell(cell.text)
            fact = Fact(
                company=ctx.company,
                concept=concept,
                period=col.period,
                value=None if value is None else value * SCALES[block.scale],
                unit="CNY",
                source=ctx.source(row.page, TABLE, label, col.header, cell.text),
                scale=block.scale,
            )
            if fact.key() not in seen:
                seen.add(fact.key())
                facts.append(fact)
    return facts
