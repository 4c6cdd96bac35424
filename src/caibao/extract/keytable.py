"""主要会计数据和财务指标: the key-indicator table every periodic report opens with.

Found by its heading (主要会计数据 / 主要财务数据 / 主要财务指标, not the later 变动情况 table),
read row by row across header blocks (a second header for the balance rows, 调整前/调整后
under a spanning year) and onto the next page. Every column becomes a fact: its period comes
from the printed header resolved against the report's own period (``columns.py``), change
columns become ``change_pct`` / ``change_pp`` facts, 不适用 / -- facts with no value.
"""

from __future__ import annotations

import re

from ..model import Fact
from .base import ReportContext
from .columns import ReportPeriods
from .table_scan import TableBlock, row_facts, scan_table, table_pages

TABLE = "主要会计数据"
TABLE_RATIOS = "主要财务指标"

# The heading that opens the table; the same words open 变动情况/说明 sections that are not it.
_HEADING = re.compile(r"主要会计数据|主要财务数据|主要财务指标")
_NOT_HEADING = re.compile(r"变动|说明|差异|分季度|境内外|子公司|参股公司")


def is_heading(text: str) -> bool:
    compact = re.sub(r"\s+", "", text)
    return bool(_HEADING.search(compact)) and not _NOT_HEADING.search(compact)


def extract(ctx: ReportContext) -> list[Fact]:
    periods = ReportPeriods.of(ctx.identity)
    for page in table_pages(ctx, _HEADING):
        blocks = scan_table(ctx, page, is_heading, continues=is_heading)
        facts: list[Fact] = []
        for block in blocks:
            table = TABLE_RATIOS if _is_ratio_block(block) else TABLE
            for row in block.rows:
                facts.extend(row_facts(ctx, block, row, table, periods))
        if facts:
            return facts
    return []


def _is_ratio_block(block: TableBlock) -> bool:
    """The separate 主要财务指标 block (EPS, ROE) of the Shanghai annual and half-year layout:
    under its own heading ((二)主要财务指标) or a header whose first cell names it."""
    first_cell = block.header_rows[0].cells[0].text if block.header_rows else ""
    named = [t for t in (block.title, first_cell) if "主要财务指标" in t and "会计数据" not in t]
    return bool(named)
