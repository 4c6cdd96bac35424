"""利润表及现金流量表相关科目变动分析表: the management discussion's table of income and cash-flow
lines, this period against the same period last year, with the change in per cent.

Annual reports head it 利润表及现金流量表相关科目变动分析表, half-year reports
财务报表相关科目变动分析表; columns 科目 | 本期数 | 上年同期数 | 变动比例(%). Its figures are
consolidated and repeat the statements' lines (营业成本, 研发费用, 经营活动产生的现金流量净额…), so
they carry their own page for a reader who cites the discussion rather than the statements.
"""

from __future__ import annotations

import re

from ..model import Fact
from .base import ReportContext
from .columns import ReportPeriods
from .table_scan import row_facts, scan_table, table_pages

TABLE = "利润表及现金流量表相关科目变动分析表"
_HEADING = re.compile(r"(?:利润表及现金流量表|财务报表)相关科目变动分析")


def is_heading(text: str) -> bool:
    return bool(_HEADING.search(re.sub(r"\s+", "", text)))


def _never(text: str) -> bool:
    return False


def extract(ctx: ReportContext) -> list[Fact]:
    periods = ReportPeriods.of(ctx.identity)
    for page in table_pages(ctx, _HEADING):
        blocks = scan_table(ctx, page, is_heading, continues=_never)
        facts = [
            fact
            for block in blocks[:1]
            for row in block.rows
            for fact in row_facts(ctx, block, row, TABLE, periods)
        ]
        if facts:
            return facts
    return []
