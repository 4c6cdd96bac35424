"""What every extractor shares: the report being read and how to cite it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..documents import Identity, PdfFile, Row, page_rows
from ..model import Source
from ..numbers import TABLE_SCALES

# 单位：元 / 单位:万元 / 金额单位：人民币千元 — the scale printed above a table.
_SCALE = re.compile(r"(?:单位|币种)\s*[:：]?\s*(?:人民币)?\s*(亿元|百万元|千元|万元|元)")
SCALES = TABLE_SCALES

# Nothing caibao reads comes after the parent-company cash-flow statement (母公司现金流量表,
# titled and followed by 编制单位/单位) once the notes to the statements begin. A report without
# that page is searched to its end.
_LAST_STATEMENT = re.compile(
    r"母公司(?:年初到报告期末|年初至报告期末)?现金流量表(?:\d{4}年[^编单项]{0,16})?(?:编制单位|单位)"
)
_NOTES_BEGIN = re.compile(r"公司基本情况|财务报表附注|财务报表项目注释")


@dataclass
class ReportContext:
    """A report being read: its PDF, identity, and cached rows per page."""

    pdf: PdfFile
    identity: Identity
    file: str
    warnings: list[str] = field(default_factory=list)
    _rows: dict[int, list[Row]] = field(default_factory=dict)
    _compact: dict[int, str] = field(default_factory=dict)

    @property
    def company(self) -> str:
        return self.identity.code

    def rows(self, page: int) -> list[Row]:
        if page not in self._rows:
            self._rows[page] = page_rows(self.pdf.layout(page))
        return self._rows[page]

    def warn(self, message: str) -> None:
        """Something a reader should know (a label with no concept, an unreadable cell)."""
        if message not in self.warnings:
            self.warnings.append(message)

    def compact_text(self, page: int) -> str:
        """A page's text without white space, cached: what section finding matches against."""
        if page not in self._compact:
            self._compact[page] = re.sub(r"\s+", "", self.pdf.text(page))
        return self._compact[page]

    def find_pages(
        self, pattern: str | re.Pattern, start: int = 1, end: int | None = None
    ) -> list[int]:
        """1-based pages whose text (white space removed) matches the pattern."""
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        last = end or self.last_page
        return [p for p in range(start, last + 1) if rx.search(self.compact_text(p))]

    @cached_property
    def last_page(self) -> int:
        """The last page worth searching: the page where the notes to the statements begin,
        after the parent-company statements; else the report's last page. Reading page text is
        most of the cost of a long annual report, and the notes are half of its pages."""
        seen_last_statement = False
        for page in range(1, self.pdf.page_count + 1):
            text = self.compact_text(page)
            if seen_last_statement and _NOTES_BEGIN.search(text):
                return page
            if _LAST_STATEMENT.search(text):
                seen_last_statement = True
        return self.pdf.page_count

    def source(
        self, page: int, table: str, row_label: str, column: str | None, text: str
    ) -> Source:
        return Source(
            file=self.file,
            sha256=self.pdf.sha256,
            page=page,
            table=table,
            row_label=row_label,
            column=column,
            text=text,
        )


def scale_in(text: str, default: str = "元") -> str:
    """The printed scale (元, 万元, ...) named in a piece of text, else the default."""
    m = _SCALE.search(re.sub(r"\s+", "", text))
    return m.group(1) if m else default
