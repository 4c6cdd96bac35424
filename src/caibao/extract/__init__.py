"""Extract: a report PDF → facts with provenance.

Takes: a path to an A-share annual, half-year, Q1 or Q3 report or summary (摘要).
Gives: a ``Reading`` — the ``Document`` (sha256, kind, period, pages, company) and its facts, each
citing page, table, printed row label, printed column header and printed text.

Each section has its own extractor module; ``read_report`` runs them all. An extractor takes a
``ReportContext`` and returns a list of facts; it finds its section by the printed headings, never
by page numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..documents import PdfFile, identify
from ..documents.company_info import report_aliases
from ..model import Company, Document, Fact, Reading
from . import (
    buybacks,
    changes,
    deals,
    dividend,
    holders,
    keytable,
    nonrecurring,
    production,
    prose,
    quarterly,
    rd,
    segments,
    statements,
)
from .base import ReportContext

Extractor = Callable[[ReportContext], list[Fact]]

# The cover, contents and key figures: enough to tell the company, the kind of report and whether
# it is a bank's or an insurer's (their key-figure tables print 资本充足率, 偿付能力充足率 ...).
_IDENTITY_PAGES = 20


# Every section reader, in the order they run.
EXTRACTORS: tuple[Extractor, ...] = (
    keytable.extract,
    quarterly.extract,
    changes.extract,
    statements.extract,
    nonrecurring.extract,
    segments.extract,
    rd.extract,
    prose.extract,  # after the tables: it names segments as the segment table does
    production.extract,
    dividend.extract,
    holders.extract,  # 股东总数 and the top ten holders' stakes
    buybacks.extract,  # 已回购数量: shares bought back under the period's plans
    deals.extract,  # 购买…28%的股份: the stake a deal bought
)


def read_report(path: str | Path, data: bytes | None = None, name: str | None = None) -> Reading:
    """Read one report PDF. Raises a typed ``caibao.errors`` exception when it cannot."""
    display = name or str(path)
    with PdfFile(path, data) as pdf:
        pdf.require_text()  # raises NoTextLayerError for scans
        first = [pdf.text(p) for p in range(1, min(pdf.page_count, _IDENTITY_PAGES) + 1)]
        ident = identify(display, first[:3], "\n".join(first))
        ctx = ReportContext(pdf=pdf, identity=ident, file=Path(display).name)
        facts: list[Fact] = []
        for extract in EXTRACTORS:
            facts.extend(extract(ctx))
        company = Company(
            ident.code,
            ident.short_name or ident.full_name or ident.code,
            ident.exchange,
            report_aliases(ident, first, ctx.rows),
        )
        document = Document(
            pdf.sha256, Path(display).name, ident.kind, company, ident.period, pdf.page_count
        )
        return Reading(document, facts, ctx.warnings)


__all__ = ["ReportContext", "read_report"]
