"""The ruled table printed under a section heading, followed onto the next pages.

Sections of a report (非经常性损益项目和金额, 主营业务分行业情况, 研发投入情况表) print a heading,
perhaps a line ``√适用□不适用`` and ``单位：元``, then a ruled table. The table ends at the first
line of running text after it; when it reaches the bottom of the page it goes on at the top of
the next, after the running head (``…2024年年度报告``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..documents import Row
from .base import ReportContext, scale_in

_FOOTER = re.compile(r"^\d{1,4}(?:/\d{1,4})?$|^第\d+页")
_RUNNING_HEAD = re.compile(r"报告(?:全文|摘要)?$|报告\d*/\d+$")
_NOT_APPLICABLE = re.compile(r"^□适用√不适用$|^√不适用$")


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


@dataclass(slots=True)
class TableBlock:
    rows: list[Row]
    scale: str
    page: int  # where the heading is


def _is_margin(row: Row) -> bool:
    text = compact(row.text)
    return bool(_FOOTER.match(text) or _RUNNING_HEAD.search(text)) and not row.ruled


def table_after(
    ctx: ReportContext,
    page: int,
    heading: re.Pattern,
    *,
    start: int = 0,
    max_gap_rows: int = 4,
    max_pages: int = 3,
) -> TableBlock | None:
    """The ruled table that follows the first row (from index ``start``) matching ``heading`` on
    ``page``. None when the section says 不适用 or no ruled table follows within a few lines."""
    rows = ctx.rows(page)
    at = next((i for i in range(start, len(rows)) if heading.search(compact(rows[i].text))), None)
    if at is None:
        return None
    scale_text = rows[at].text
    out: list[Row] = []
    gap = 0
    p, i = page, at + 1
    while True:
        if i >= len(rows):
            if p - page >= max_pages - 1 or p >= ctx.pdf.page_count:
                break
            p += 1
            rows, i = ctx.rows(p), 0
            continue
        row = rows[i]
        i += 1
        if _is_margin(row):
            continue
        if row.ruled:
            out.append(row)
            continue
        if out:
            break  # running text after the table
        text = compact(row.text)
        if _NOT_APPLICABLE.match(text):
            return None
        scale_text += " " + row.text
        gap += 1
        if gap > max_gap_rows:
            return None
    if not out:
        return None
    return TableBlock(out, scale_in(scale_text), page)
