"""Shares bought back: the count a report's 股份回购在报告期的具体实施情况 table prints.

A Shanghai annual or half-year report prints, under 股份回购在报告期的具体实施情况, one plan per
block: 回购股份方案名称 … 已回购数量(股) 20,557,582 (or 已回购数量（万股） 2,055.76). What it gives:
``kpi_shares_repurchased``, the count bought back under the plans the table lists (unit "count"),
for the report's period; the press says it as "repurchased 20.56mn shares during the year".
Several plans in one table give their sum.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..model import Fact
from .base import ReportContext

TABLE = "股份回购在报告期的具体实施情况"
_BOUGHT = re.compile(
    r"已回购数量[（(](?P<unit>万股|股)[)）](?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
)


def extract(ctx: ReportContext) -> list[Fact]:
    pages = ctx.find_pages(TABLE)
    if not pages:
        return []
    page = pages[-1]  # (the contents page names the section too: the table is the last)
    text = ctx.compact_text(page)
    if page < ctx.last_page:
        text += ctx.compact_text(page + 1)
    return read_buybacks(
        text[text.find(TABLE) :],
        ctx.identity.period,
        lambda printed: ctx.source(page, TABLE, "已回购数量", None, printed),
        ctx.company,
    )


def read_buybacks(text: str, period: str, source, company: str = "") -> list[Fact]:
    """The count bought back in the table's compact text (it starts at the table's title)."""
    found = list(_BOUGHT.finditer(text[:6000]))
    if not found:
        return []
    total = Decimal(0)
    for m in found:
        n = Decimal(m["n"].replace(",", ""))
        total += n * 10000 if m["unit"] == "万股" else n
    printed = "; ".join(m.group() for m in found)
    return [
        Fact(company, "kpi_shares_repurchased", period, total, "count", source(printed), scale="股")
    ]
