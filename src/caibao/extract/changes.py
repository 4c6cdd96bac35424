"""The management discussion's table of income and cash-flow lines against last year.

Shanghai annual reports head it 利润表及现金流量表相关科目变动分析表 and half-year reports
财务报表相关科目变动分析表 (科目 | 本期数 | 上年同期数 | 变动比例(%)); Shenzhen half-year reports
主要财务数据同比变动情况 (本报告期 | 上年同期 | 同比增减 | 变动原因) and annual reports a table
under 费用 (2024年 | 2023年 | 同比增减 | 重大变动说明). Their figures are consolidated and repeat
statement lines (营业成本, 研发费用, 经营活动产生的现金流量净额…) on the page a reader of the
discussion cites. An explanation column is skipped.
"""

from __future__ import annotations

import re

from ..model import Fact
from .base import ReportContext
from .columns import ReportPeriods
from .table_scan import row_facts, scan_table, table_pages

# heading on the page → the table name kept in Source.table
_TABLES = (
    (
        re.compile(r"(?:利润表及现金流量表|财务报表)相关科目变动分析"),
        "利润表及现金流量表相关科目变动分析表",
    ),
    (re.compile(r"主要财务数据同比变动情况"), "主要财务数据同比变动情况"),
    (re.compile(r"^(?:\d+、|[（(]\d+[)）])费用$"), "费用"),
)
_PAGES = re.compile(
    r"(?:利润表及现金流量表|财务报表)相关科目变动分析|主要财务数据同比变动情况|\d、费用(?!化)"
)


def _table_of(text: str) -> str | None:
    compact = re.sub(r"\s+", "", text)
    for heading, name in _TABLES:
        if heading.search(compact):
            return name
    return None


def _never(text: str) -> bool:
    return False


def extract(ctx: ReportContext) -> list[Fact]:
    periods = ReportPeriods.of(ctx.identity)
    facts: list[Fact] = []
    for page in table_pages(ctx, _PAGES):
        blocks = scan_table(
            ctx, page, lambda t: _table_of(t) is not None, continues=_never, notes=True
        )
        if not blocks:
            continue
        table = _table_of(blocks[0].title) or _TABLES[0][1]
        found = [
            f for row in blocks[0].rows for f in row_facts(ctx, blocks[0], row, table, periods)
        ]
        if found and not any(f.source.table == table for f in facts):
            facts.extend(found)
    return facts
