"""A PDF as pages of positioned words and ruling lines, read with pypdfium2 (Apache-2.0/BSD).

Page text (one call a page) is cheap and is what section finding uses; word positions and ruling
lines cost more and are computed only for the pages a reader asks for, then cached.

Coordinates are PDF points with the origin at the bottom left (y grows upwards), as PDFium
gives them.
"""

from __future__ import annotations

import ctypes
import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import EncryptedPdfError, InputError, NotAPdfError, NoTextLayerError

# Characters below this many points apart on one line belong to the same word; wider gaps split
# words (table columns are far wider apart than the letter spacing of any report font).
_WORD_GAP_FACTOR = 0.9
_RULE_THICKNESS = 2.0  # a path thinner than this is a ruling line, not a shaded cell
_MAX_FORM_DEPTH = 3  # form XObjects nested deeper than this are not searched for rules


@dataclass(frozen=True, slots=True)
class Word:
    """A run of characters on one line with no wide gap: a label, a number, a header fragment."""

    text: str
    x0: float
    x1: float
    y0: float  # bottom
    y1: float  # top

    @property
    def ymid(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass(frozen=True, slots=True)
class Rule:
    """A ruling line: horizontal (y0 == y1 up to thickness) or vertical."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) >= (self.y1 - self.y0)


@dataclass(slots=True)
class PageLayout:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word]
    hrules: list[Rule]
    vrules: list[Rule]


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class PdfFile:
    """An opened report PDF. Raises a typed ``InputError`` for anything that cannot be read."""

    def __init__(self, path: str | Path, data: bytes | None = None) -> None:
        self.path = Path(path)
        self.name = str(path)
        if data is None:
            try:
                data = self.path.read_bytes()
            except OSError as exc:
                raise InputError(self.name, f"cannot read the file: {exc.strerror}") from exc
        self.data = data
        self.sha256 = sha256_of(data)
        if not data:
            raise InputError(self.name, "the file is empty")
        if not data.lstrip()[:5].startswith(b"%PDF"):
            raise NotAPdfError(self.name, "not a PDF (no %PDF header)")
        try:
            self._pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            message = str(exc)
            if "password" in message.lower():
                raise EncryptedPdfError(
                    self.name, "the PDF is encrypted (password required)"
                ) from exc
            raise InputError(self.name, f"a damaged or truncated PDF ({message})") from exc
        self.page_count = len(self._pdf)
        if self.page_count == 0:
            raise InputError(self.name, "the PDF has no pages")
        self._texts: dict[int, str] = {}
        self._layouts: dict[int, PageLayout] = {}
        # Loading a page and analysing its text is most of the cost of reading a report; a page
        # whose text was read keeps its handles until ``layout`` has used them.
        self._handles: dict[int, tuple[pdfium.PdfPage, pdfium.PdfTextPage]] = {}

    def close(self) -> None:
        self._pdf.close()

    def __enter__(self) -> PdfFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- text --------------------------------------------------------------------------------

    def text(self, page: int) -> str:
        """The text of a page (1-based), lines separated by newlines."""
        if page not in self._texts:
            _, textpage = self._handle(page)
            self._texts[page] = textpage.get_text_range().replace("\r\n", "\n")
        return self._texts[page]

    def _handle(self, page: int) -> tuple[pdfium.PdfPage, pdfium.PdfTextPage]:
        if page not in self._handles:
            try:
                pdf_page = self._pdf[page - 1]
                self._handles[page] = (pdf_page, pdf_page.get_textpage())
            except pdfium.PdfiumError as exc:
                raise InputError(self.name, f"page {page} cannot be read ({exc})") from exc
        return self._handles[page]

    @cached_property
    def texts(self) -> list[str]:
        """Every page's text; index 0 is page 1."""
        self.require_text()
        return [self.text(p) for p in range(1, self.page_count + 1)]

    def require_text(self, pages: int = 5) -> None:
        """Raise ``NoTextLayerError`` when the first pages carry (almost) no text: a scan."""
        first = [self.text(p) for p in range(1, min(self.page_count, pages) + 1)]
        if sum(len(t.strip()) for t in first) < 20 * len(first):
            raise NoTextLayerError(self.name, "no text layer (a scanned PDF?): nothing to read")

    # -- layout ------------------------------------------------------------------------------

    def layout(self, page: int) -> PageLayout:
        """Words with positions and ruling lines of a page (1-based), cached."""
        if page not in self._layouts:
            self._layouts[page] = self._read_layout(page)
        return self._layouts[page]

    def _read_layout(self, page: int) -> PageLayout:
        pdf_page, textpage = self._handle(page)
        width, height = pdf_page.get_size()
        words = _words(textpage)
        hrules, vrules = _rules(pdf_page.raw)
        return PageLayout(page, width, height, words, hrules, vrules)


def _words(textpage: pdfium.PdfTextPage) -> list[Word]:
    count = textpage.count_chars()
    text = textpage.get_text_range()
    if len(text) != count:  # surrogate pairs shift indices; fall back to one call per char
        chars = [textpage.get_text_range(i, 1) for i in range(count)]
    else:
        chars = list(text)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    raw_page = textpage.raw
    words: list[Word] = []
    buf: list[str] = []
    bx0 = bx1 = by0 = by1 = 0.0

    def flush() -> None:
        if buf:
            words.append(Word("".join(buf), bx0, bx1, by0, by1))
            buf.clear()

    pending_space = False
    for i, ch in enumerate(chars):
        if ch in "\r\n" or ch.isspace() or ch == "\x00":
            # Spaces do not split words (reports pad digits and CJK with them); geometry decides.
            # Between two Latin letters a space is kept, so "Net profit" stays two words' worth.
            pending_space = ch == " " or pending_space
            continue
        if not pdfium_c.FPDFText_GetCharBox(raw_page, i, left, right, bottom, top):
            continue
        x0, x1, y0, y1 = left.value, right.value, bottom.value, top.value
        if x1 - x0 <= 0 and y1 - y0 <= 0:
            continue
        h = max(y1 - y0, 1.0)
        if buf:
            same_line = min(by1, y1) - max(by0, y0) > 0.3 * min(by1 - by0, h)
            gap = x0 - bx1
            if same_line and -h < gap < _WORD_GAP_FACTOR * max(h, by1 - by0):
                if pending_space and buf[-1].isascii() and buf[-1].isalpha() and ch.isascii():
                    buf.append(" ")
                pending_space = False
                buf.append(ch)
                bx1 = max(bx1, x1)
                by0, by1 = min(by0, y0), max(by1, y1)
                continue
            flush()
        pending_space = False
        buf.append(ch)
        bx0, bx1, by0, by1 = x0, x1, y0, y1
    flush()
    return words


def _rules(raw_page: pdfium_c.FPDF_PAGE) -> tuple[list[Rule], list[Rule]]:
    """Ruling lines: thin paths (a line, or a hairline rectangle filled black), and the straight
    edges of stroked paths (a cell drawn as a rectangle outline, a whole grid in one path).
    Filled shapes that are not thin are cell shading, not rules.

    Uses PDFium's C API directly: a statement page has thousands of path objects, and wrapping
    each in a Python object costs more than reading it."""
    hrules: list[Rule] = []
    vrules: list[Rule] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    stack = [
        (pdfium_c.FPDFPage_GetObject(raw_page, i), 0)
        for i in range(pdfium_c.FPDFPage_CountObjects(raw_page))
    ]
    while stack:
        obj, level = stack.pop()
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            if level < _MAX_FORM_DEPTH:
                stack.extend(
                    (pdfium_c.FPDFFormObj_GetObject(obj, i), level + 1)
                    for i in range(pdfium_c.FPDFFormObj_CountObjects(obj))
                )
            continue
        if kind != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        w, h = x1 - x0, y1 - y0
        if h <= _RULE_THICKNESS and w > _RULE_THICKNESS * 2:
            hrules.append(Rule(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2))
        elif w <= _RULE_THICKNESS and h > _RULE_THICKNESS * 2:
            vrules.append(Rule((x0 + x1) / 2, y0, (x0 + x1) / 2, y1))
        elif pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke) and stroke.value:
            _stroked_edges(obj, hrules, vrules)
    return hrules, vrules


def _stroked_edges(obj: pdfium_c.FPDF_PAGEOBJECT, hrules: list[Rule], vrules: list[Rule]) -> None:
    """Horizontal and vertical straight segments of a stroked path, in page coordinates."""
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
        return
    a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
    px, py = ctypes.c_float(), ctypes.c_float()
    start = prev = None
    for i in range(pdfium_c.FPDFPath_CountSegments(obj)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        if not pdfium_c.FPDFPathSegment_GetPoint(seg, px, py):
            continue
        x = a * px.value + c * py.value + e
        y = b * px.value + d * py.value + f
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = prev = (x, y)
            continue
        if prev is not None and kind == pdfium_c.FPDF_SEGMENT_LINETO:
            _add_edge(prev, (x, y), hrules, vrules)
        prev = (x, y)
        if start is not None and pdfium_c.FPDFPathSegment_GetClose(seg):
            _add_edge(prev, start, hrules, vrules)
            prev = start


def _add_edge(
    p: tuple[float, float], q: tuple[float, float], hrules: list[Rule], vrules: list[Rule]
) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y1 - y0) <= _RULE_THICKNESS and abs(x1 - x0) > _RULE_THICKNESS * 2:
        y = (y0 + y1) / 2
        hrules.append(Rule(min(x0, x1), y, max(x0, x1), y))
    elif abs(x1 - x0) <= _RULE_THICKNESS and abs(y1 - y0) > _RULE_THICKNESS * 2:
        x = (x0 + x1) / 2
        vrules.append(Rule(x, min(y0, y1), x, max(y0, y1)))
