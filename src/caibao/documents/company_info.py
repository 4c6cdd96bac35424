"""The names a report prints for its company, read from its company-information tables.

Annual and half-year reports print a 公司信息 table (公司的中文名称 | 金花企业(集团)股份有限公司,
公司的中文简称, 公司的外文名称, 公司的外文名称缩写 …) and a 公司股票简况 table whose header names the
columns (股票种类 | 股票上市交易所 | 股票简称 | 股票代码 | 变更前股票简称) over one row a share class;
Shenzhen reports and summaries print label | value pairs side by side (股票简称 | 华润三九 | 股票代码 |
000999) and 变更前的股票简称（如有）. Quarterly reports print none of it. The labels are data
(``[labels]`` in ``company_names.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from ..company_names import FULL_NAME, KINDS, SHORT_NAME, PrintedNames, rules
from .identify import Identity
from .tables import Cell, Row

_CODE = "code"
_IF_ANY = re.compile(r"[(（]如有[)）]|[:：]$")
# A page worth laying out: its text names one of the labels (white space removed).
_PAGE_HINT = re.compile(
    r"公司的中文名称|中文简称|外文名称|英文名称|股票简称|变更前的?(?:股票|证券)简称"
)
_STOCK_CODE = re.compile(r"^\d{4,6}(?:\.[A-Z]{2})?$")  # 600080, 02202 (Hong Kong), 600080.SH
_MAX_DATA_ROWS = 4  # share classes under one header row: A股, B股, H股 …


@cache
def _labels() -> tuple[tuple[str, str], ...]:
    """(label, kind), longest label first so 公司的外文名称缩写 is not read as 公司的外文名称."""
    table = rules()["labels"]
    pairs = [(label, kind) for kind in (*KINDS, _CODE) for label in table.get(kind, ())]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


def name_pages(texts: list[str]) -> list[int]:
    """1-based numbers of the pages (of those given, from page 1) that print a name label."""
    return [i for i, t in enumerate(texts, 1) if _PAGE_HINT.search(re.sub(r"\s+", "", t))]


def _label_of(cell: Cell) -> tuple[str, str] | None:
    """(kind, rest of the cell) when the cell starts with a label, else None."""
    text = _IF_ANY.sub("", re.sub(r"\s+", "", cell.text))
    for label, kind in _labels():
        if text.startswith(label):
            rest = cell.text.strip()
            # the value printed in the label's own cell, when the columns ran together
            at = _compact_index(rest, len(label))
            return kind, _IF_ANY.sub("", rest[at:]).strip(" :：")
    return None


def _compact_index(text: str, n: int) -> int:
    """The index in ``text`` after its first ``n`` non-space characters."""
    seen = 0
    for i, ch in enumerate(text):
        if seen == n:
            return i
        if not ch.isspace():
            seen += 1
    return len(text)


def printed_names(rows: Iterable[Row]) -> PrintedNames:
    """The names printed in the company-information tables among these rows (top to bottom)."""
    found = PrintedNames()
    rows = list(rows)
    i = 0
    while i < len(rows):
        row = rows[i]
        labels = [_label_of(c) for c in row.cells]
        if _is_header(labels):
            # a header of labels over rows of values, one a share class
            i = _read_columns(rows, i, found)
            continue
        for j, lab in enumerate(labels):
            if lab is None:
                continue
            kind, rest = lab
            value = rest
            if not value and j + 1 < len(row.cells) and labels[j + 1] is None:
                value = row.cells[j + 1].text
            if kind != _CODE:
                found.add(kind, value)
        i += 1
    return found


def _is_header(labels: list[tuple[str, str] | None]) -> bool:
    """A row of column headers: two labels side by side with nothing printed after them (a row of
    label | value pairs alternates)."""
    return any(
        a is not None and b is not None and not a[1] and not b[1]
        for a, b in zip(labels, labels[1:], strict=False)
    )


def _read_columns(rows: list[Row], header_at: int, found: PrintedNames) -> int:
    """Read the value rows under a header row of labels; the index of the row after them."""
    header = rows[header_at]
    columns = [(c, _label_of(c)) for c in header.cells]
    has_code = any(label and label[0] == _CODE for _c, label in columns)
    i = header_at + 1
    while i < len(rows) and i <= header_at + _MAX_DATA_ROWS:
        row = rows[i]
        if any(_label_of(c) for c in row.cells) or len(row.cells) > len(columns):
            break
        # a share class's row prints its code; the next table's header (联系人和联系方式 |
        # 董事会秘书 | 证券事务代表) prints none
        if has_code and not any(_STOCK_CODE.match(c.text.strip()) for c in row.cells):
            break
        for cell in row.cells:
            head = _column_of(cell, columns)
            if head is not None and head[0] != _CODE:
                found.add(head[0], cell.text)
        i += 1
    return i


def _column_of(cell: Cell, columns: list[tuple[Cell, tuple[str, str] | None]]):
    """The label of the header cell this value sits under (most horizontal overlap)."""
    best, best_overlap = None, 0.0
    for head, label in columns:
        overlap = min(cell.x1, head.x1) - max(cell.x0, head.x0)
        if overlap > best_overlap:
            best, best_overlap = label, overlap
    return best


def report_aliases(
    identity: Identity, first_pages: list[str], rows_of: Callable[[int], list[Row]]
) -> tuple[str, ...]:
    """Every name a report prints for its company (and the forms derived from them) but the
    short name it is registered under: the cover's names, then the company-information tables
    on the first pages given (laid out through ``rows_of(page)``)."""
    found = printed_names(row for page in name_pages(first_pages) for row in rows_of(page))
    found.add(FULL_NAME, identity.full_name)
    found.add(SHORT_NAME, identity.short_name)
    registered = identity.short_name or identity.full_name or identity.code
    return found.aliases(exclude=(registered,))
