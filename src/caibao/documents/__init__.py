"""Documents: a report PDF → pages of text and positioned words, ruled table rows, and the
report's identity (company, kind, period).

Takes: a file path (or bytes). Gives: ``PdfFile`` (page text, ``layout(page)``), ``page_rows`` and
``Identity``. Raises typed ``InputError``s for files that cannot be read.
"""

from .identify import Identity, identify
from .pdf import PdfFile, sha256_of
from .tables import Cell, Row, header_text, page_rows

__all__ = [
    "Cell",
    "Identity",
    "PdfFile",
    "Row",
    "header_text",
    "identify",
    "page_rows",
    "sha256_of",
]
