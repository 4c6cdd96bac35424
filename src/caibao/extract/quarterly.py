"""分季度主要财务指标: the four single quarters of an annual report (and its summary).

Headed 分季度主要财务指标 / 分季度主要会计数据 / 分季度主要财务数据; columns 第一季度（1-3月份）…
第四季度（10-12月份）, each a single quarter of the report's year (2024Q1 … 2024Q4). The table
ends where the next one starts (the 季度数据与已披露定期报告数据差异说明 that some companies add,
in 万元, is not it).
"""

from __future__ import annotations

import re

from ..model import Fact
from .base import ReportContext
from .columns import ReportPeriods
from .table_scan import row_facts, scan_table, table_pages

TABLE = "分季度主要财务指标"
_KINDS = ("annual", "annual_summary")
_HEADING = re.compile(r"分季度(?:的)?主要(?:财务指标|会计数据|财务数据)")


def is_heading(text: str) -> bool:
    return bool(_HEADING.search(re.sub(r"\s+", "", text)))


def _never(text: str) -> bool:
    return False


def extract(ctx: ReportContext) -> list[Fact]:
    if ctx.identity.kind not in _KINDS:
        return []
    periods = ReportPeriods.of(ctx.identity)
    for page in table_pages(ctx, _HEADING):
        blocks = scan_table(ctx, page, is_heading, continues=_never)
        # One header: the quarters. A second header block is another table.
        facts = [
            fact
            for block in blocks[:1]
            for row in block.rows
            for fact in row_facts(ctx, block, row, TABLE, periods)
            if re.fullmatch(r"\d{4}Q[1-4]", fact.period)
        ]
        if facts:
            return facts
    return []
