"""Shareholders: how many there were at the period's end, and the top ten holders' stakes.

Every A-share report (annual, half-year, quarterly, and their summaries) prints, under 股东信息 /
公司股东数量及持股情况, one line 报告期末普通股股东总数 38,110 (Shanghai: 截至报告期末股东总数（户）)
and then the table 前10名股东持股情况: 股东名称 | 股东性质 | 持股比例 | 持股数量 | … (a Shanghai
summary prints the nature last, and its rows may start on the next page).

What it gives, dated at the end of the report's period (a count at a date, like a balance):
- ``kpi_shareholders``: the number of ordinary shareholders (unit "count");
- ``kpi_holder_stake``: each of the top ten holders' 持股比例, ``segment`` the holder's name as printed
  (华润医药控股有限公司), in % — the first row is the largest holder, also given as
  ``kpi_top_holder_stake`` (no segment) for articles that name the controlling holder in another
  language.
Annual reports also print the count a month before the disclosure (年度报告披露日前上一月末…): that
one is not the period's and is skipped.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..model import Fact
from ..periods import Period
from .base import ReportContext

TABLE = "前10名股东持股情况"
_COUNT_LABEL = "报告期末普通股股东总数"
# 报告期末普通股股东总数38,110 / 截至报告期末股东总数（户）28,078 / 报告期末股东总数（户）: 23,104
_COUNT = re.compile(
    r"(?:截至)?报告期末(?:普通股)?股东总数(?:[（(]户[)）])?[:：]?(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
)
# One row of the top-ten table in the compact text: a name, its nature, then the stake.
_NATURES = (
    "国有法人|境内非国有法人|境外法人|境内自然人|境外自然人|国有股|其他|基金、理财产品等"
    "|国家|境内一般法人|境外机构"
)
# (some reports print 持股数量 before 持股比例: 邢博越境内自然人73,272,54619.63…, the count
# in thousands groups right before the stake)
_ROW = re.compile(
    rf"(?P<name>[^\d%％,，。；;]{{2,60}}?)(?:{_NATURES})(?:\d{{1,3}}(?:,\d{{3}})+)?"
    rf"(?P<pct>\d{{1,2}}\.\d{{1,2}})[%％]?"
)
# The Shanghai summary's layout: a name, the change in the period, the count, the restricted
# count, the stake, the pledge's state and count, and the holder's nature last (邢博越73,272,546
# 19.63质押53,270,000境内自然人).
_ROW_NATURE_LAST = re.compile(
    rf"(?P<name>[^\d%％,，。；;\-]{{2,60}}?)(?:-?\d{{1,3}}(?:,\d{{3}})+)*"
    rf"(?P<pct>\d{{1,2}}\.\d{{2}})(?:质押|冻结|标记|无|不适用)(?:\d{{1,3}}(?:,\d{{3}})+)?"
    rf"(?:{_NATURES})"
)
_TOP_ROWS = 10
_HEADER = re.compile(
    r"(?:[（(]不含通过转融通出借股份[)）]|[（(]?单位[:：]?股[)）]?|股东名称|[（(]全称[)）]|股东性质|持股比例"
    r"|[（(][%％][)）]|持股数量|报告期末|持有有限售条件(?:的)?股份数量|质押、标记或冻结(?:的股份数量|情况)?"
    r"|股份状态|数量"
    # (the Shanghai summary's header: 报告期内增减 期末持股数量 比例(%) …, its two-line 股东性质
    # and 股份状态 interleaved: 股东股份性质状态)
    r"|报告期内增减|期末持股数量|比例|股东|股份|性质|状态|情况)*"
)


def extract(ctx: ReportContext) -> list[Fact]:
    pages = ctx.find_pages(r"报告期末(?:普通股)?股东总数")
    if not pages:
        return []
    page = pages[0]
    text = ctx.compact_text(page)
    at = str(Period.parse(ctx.identity.period).end_instant())
    facts = read_holders(text, at, lambda label, printed: _source(ctx, page, label, printed), ctx)
    if len(facts) == 1 and page < ctx.last_page:
        # the table's title at the foot of the page, its rows on the next
        def cite(label, printed):
            return _source(ctx, page if label == _COUNT_LABEL else page + 1, label, printed)

        facts = read_holders(text + ctx.compact_text(page + 1), at, cite, ctx)
    return facts


def read_holders(text: str, at: str, source, ctx=None) -> list[Fact]:
    """Facts of the count and the top-ten table in one page's compact text; ``source(label,
    printed)`` cites a figure. Tests give it text."""
    m = _COUNT.search(text)
    if not m:
        return []
    company = ctx.company if ctx is not None else ""
    printed = m["n"]
    facts = [
        Fact(
            company,
            "kpi_shareholders",
            at,
            Decimal(printed.replace(",", "")),
            "count",
            source(_COUNT_LABEL, printed),
            scale="户",
        )
    ]
    table = text.find("前10名股东持股情况", m.end())
    if table < 0:
        table = text.find("前十名股东持股情况", m.end())
    if table < 0:
        return facts
    # the header's words (股东名称股东性质持股比例(%)持股数量…股份状态数量) come before the rows
    head = _HEADER.match(text, table + len(TABLE))
    body = text[head.end() :] if head else text[table:]
    pos = 0
    rows = _ROW if _ROW.match(body) or not _ROW_NATURE_LAST.match(body) else _ROW_NATURE_LAST
    for rank in range(_TOP_ROWS):
        row = rows.match(body, pos)
        if not row:
            break
        name, pct = row["name"], Decimal(row["pct"])
        label = f"{name} 持股比例"
        facts.append(
            Fact(
                company,
                "kpi_holder_stake",
                at,
                pct,
                "%",
                source(label, row["pct"]),
                scale="%",
                segment=name,
            )
        )
        if rank == 0:
            facts.append(
                Fact(
                    company,
                    "kpi_top_holder_stake",
                    at,
                    pct,
                    "%",
                    source(label, row["pct"]),
                    scale="%",
                )
            )
        # the rest of the row: 持股数量 and the pledged columns, up to the next name
        if rows is _ROW_NATURE_LAST:
            pos = row.end()  # (the row ends with its nature: the next name follows)
            continue
        nxt = re.compile(r"(?:不适用|质押|冻结|标记|无|[\d,.\-—]+)*").match(body, row.end())
        pos = nxt.end() if nxt else row.end()
    return facts


def _source(ctx: ReportContext, page: int, label: str, printed: str):
    return ctx.source(page, TABLE, label, None, printed)
