"""Table rows from a page layout: words grouped into cells and rows.

Reports draw their tables with ruling lines. Where a page has them, a row is the band between two
horizontal rules and a cell the part of it between two vertical rules, so a label printed on
three lines (``归属于上市公司股`` / ``东的扣除非经常性`` / ``损益的净利润``) and digits
wrapped inside a cell come back as one cell each. Words outside any ruled band become unruled rows, one per text line,
their cells split at wide gaps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..numbers import looks_like_cell_number, normalize_digits
from .pdf import PageLayout, Rule, Word

_Y_TOL = 1.5  # rules closer than this (pt) are the same line
_X_TOL = 3.0
_MAX_ROW_HEIGHT = 120.0  # a taller band is a gap between two tables, not a row


@dataclass(slots=True)
class Cell:
    text: str
    x0: float
    x1: float
    y0: float
    y1: float

    @property
    def xmid(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def is_number(self) -> bool:
        return looks_like_cell_number(self.text)


@dataclass(slots=True)
class Row:
    page: int
    y0: float
    y1: float
    cells: list[Cell]
    ruled: bool
    x0: float = 0.0
    x1: float = 0.0
    bounds: list[float] = field(default_factory=list)  # column boundaries (vertical rules)

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    @property
    def text(self) -> str:
        return " ".join(self.texts)

    def numbers(self) -> list[Cell]:
        return [c for c in self.cells if c.is_number]

    def __repr__(self) -> str:
        return f"Row(p{self.page} {self.y1:.0f} {self.texts!r})"


def _join(words: list[Word]) -> str:
    """Text of words in reading order: lines top to bottom, words left to right, no separator
    across lines (a wrapped label or number continues), a space only between ASCII words."""
    words = sorted(words, key=lambda w: (-round(w.ymid / 3), w.x0))
    out = ""
    prev: Word | None = None
    for w in words:
        if (
            prev is not None
            and abs(prev.ymid - w.ymid) < 0.5 * max(prev.height, 1)
            and out[-1:].isascii()
            and out[-1:].isalnum()
            and w.text[:1].isascii()
            and w.text[:1].isalpha()
        ):
            out += " "
        out += w.text
        prev = w
    return normalize_digits(out)


def _merge_rules(rules: list[Rule], horizontal: bool) -> list[Rule]:
    """Collinear segments (a cell border drawn cell by cell) merged into one line each.

    Rules are first clustered by position (y of a horizontal, x of a vertical rule), then the
    segments of one cluster are merged where they touch. Two separate tables' borders a point
    apart stay two lines when their extents do not meet."""
    key = (lambda r: r.y0) if horizontal else (lambda r: r.x0)
    start = (lambda r: r.x0) if horizontal else (lambda r: r.y0)
    end = (lambda r: r.x1) if horizontal else (lambda r: r.y1)
    clusters: list[list[Rule]] = []
    for r in sorted(rules, key=key):
        if clusters and key(r) - key(clusters[-1][-1]) <= _Y_TOL:
            clusters[-1].append(r)
        else:
            clusters.append([r])
    merged: list[Rule] = []
    for cluster in clusters:
        at = key(cluster[0])
        lo = hi = None
        for r in sorted(cluster, key=start):
            if lo is not None and start(r) <= hi + _X_TOL:
                hi = max(hi, end(r))
                continue
            if lo is not None:
                merged.append(Rule(lo, at, hi, at) if horizontal else Rule(at, lo, at, hi))
            lo, hi = start(r), end(r)
        merged.append(Rule(lo, at, hi, at) if horizontal else Rule(at, lo, at, hi))
    return merged


def _bands(hrules: list[Rule]) -> list[tuple[float, float, float, float]]:
    """(y0, y1, x0, x1) of each band between two consecutive horizontal rules that overlap in x."""
    lines = _merge_rules(hrules, horizontal=True)
    by_y: dict[float, list[Rule]] = {}
    for r in lines:
        for y in by_y:
            if abs(y - r.y0) <= _Y_TOL:
                by_y[y].append(r)
                break
        else:
            by_y[r.y0] = [r]
    ys = sorted(by_y, reverse=True)
    bands = []
    for upper, lower in zip(ys, ys[1:], strict=False):
        if upper - lower > _MAX_ROW_HEIGHT or upper - lower < 4:
            continue
        for a in by_y[upper]:
            for b in by_y[lower]:
                x0, x1 = max(a.x0, b.x0), min(a.x1, b.x1)
                if x1 - x0 > 0.5 * min(a.x1 - a.x0, b.x1 - b.x0) and x1 - x0 > 40:
                    bands.append((lower, upper, x0, x1))
    return bands


def _split_by_bounds(words: list[Word], bounds: list[float]) -> list[list[Word]]:
    groups: list[list[Word]] = [[] for _ in range(len(bounds) + 1)]
    for w in words:
        xm = (w.x0 + w.x1) / 2
        i = 0
        while i < len(bounds) and xm > bounds[i]:
            i += 1
        groups[i].append(w)
    return [g for g in groups if g]


def _split_by_gaps(words: list[Word]) -> list[list[Word]]:
    """Cells of a band without vertical rules: words whose x-ranges overlap share a cell."""
    groups: list[list[Word]] = []
    extent: list[tuple[float, float]] = []
    for w in sorted(words, key=lambda w: w.x0):
        if groups and w.x0 <= extent[-1][1] + 1.0:
            groups[-1].append(w)
            extent[-1] = (extent[-1][0], max(extent[-1][1], w.x1))
        else:
            groups.append([w])
            extent.append((w.x0, w.x1))
    return groups


def _cell(words: list[Word]) -> Cell:
    return Cell(
        _join(words),
        min(w.x0 for w in words),
        max(w.x1 for w in words),
        min(w.y0 for w in words),
        max(w.y1 for w in words),
    )


def _text_lines(words: list[Word]) -> list[list[Word]]:
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: -w.ymid):
        if lines:
            ref = lines[-1][0]
            if abs(ref.ymid - w.ymid) < 0.5 * max(ref.height, w.height, 1):
                lines[-1].append(w)
                continue
        lines.append([w])
    return lines


def page_rows(layout: PageLayout) -> list[Row]:
    """Every row of a page, top to bottom: ruled table rows and unruled text lines."""
    rows: list[Row] = []
    used: set[int] = set()
    vlines = _merge_rules(layout.vrules, horizontal=False)
    for y0, y1, x0, x1 in _bands(layout.hrules):
        members = [
            i
            for i, w in enumerate(layout.words)
            if i not in used and y0 <= w.ymid <= y1 and x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1
        ]
        if not members:
            continue
        used.update(members)
        words = [layout.words[i] for i in members]
        height = y1 - y0
        bounds = sorted(
            v.x0
            for v in vlines
            if x0 + _X_TOL < v.x0 < x1 - _X_TOL and min(v.y1, y1) - max(v.y0, y0) > 0.6 * height
        )
        groups = _split_by_bounds(words, bounds) if bounds else _split_by_gaps(words)
        rows.append(Row(layout.number, y0, y1, [_cell(g) for g in groups], True, x0, x1, bounds))
    rest = [w for i, w in enumerate(layout.words) if i not in used]
    rest = _attach_spanning_cells(rows, rest, _merge_rules(layout.hrules, horizontal=True))
    for line in _text_lines(rest):
        cells = [_cell(g) for g in _split_line(line)]
        y0 = min(w.y0 for w in line)
        y1 = max(w.y1 for w in line)
        rows.append(Row(layout.number, y0, y1, cells, False, cells[0].x0, cells[-1].x1))
    rows.sort(key=lambda r: -(r.y0 + r.y1) / 2)
    return rows


def _attach_spanning_cells(rows: list[Row], words: list[Word], hlines: list[Rule]) -> list[Word]:
    """Words of a cell that spans several ruled rows (a header "2024年末" over 调整前/调整后, a
    category printed once beside its rows) join the topmost of those rows as a cell of its own.
    Returns the words that belong to no ruled row."""
    spans: dict[tuple[float, float], list[Word]] = {}
    rest = []
    for w in words:
        xm = (w.x0 + w.x1) / 2
        above = [r.y0 for r in hlines if r.y0 > w.ymid and r.x0 - 1 <= xm <= r.x1 + 1]
        below = [r.y0 for r in hlines if r.y0 < w.ymid and r.x0 - 1 <= xm <= r.x1 + 1]
        if not above or not below:
            rest.append(w)
            continue
        top, bottom = min(above), max(below)
        inside = [r for r in rows if r.ruled and r.y0 >= bottom - _Y_TOL and r.y1 <= top + _Y_TOL]
        if top - bottom > 3 * _MAX_ROW_HEIGHT or not inside:
            rest.append(w)
            continue
        spans.setdefault((top, bottom), []).append(w)
    for (top, bottom), group in spans.items():
        host = max(
            (r for r in rows if r.ruled and r.y0 >= bottom - _Y_TOL and r.y1 <= top + _Y_TOL),
            key=lambda r: r.y1,
        )
        for cell_words in _split_by_gaps(group):
            host.cells.append(_cell(cell_words))
        host.cells.sort(key=lambda c: c.x0)
    return rest


def _split_line(line: list[Word]) -> list[list[Word]]:
    """Cells of one unruled text line: words apart by more than two character widths."""
    line = sorted(line, key=lambda w: w.x0)
    groups = [[line[0]]]
    for prev, w in zip(line, line[1:], strict=False):
        if w.x0 - prev.x1 > 2.0 * max(prev.height, w.height, 1):
            groups.append([w])
        else:
            groups[-1].append(w)
    return groups


_YEARISH = re.compile(r"^\d{4}")


def header_text(header_rows: list[Row], cell: Cell, row: Row | None = None) -> str:
    """The printed header of the column a value cell sits in: the texts of the header cells above
    it that overlap it in x, top to bottom (a spanning "2023年" over "调整前" gives
    "2023年调整前").

    Given the value's own ``row``, its column is the band between that row's vertical rules, so
    a short right-aligned number ("2.63") still finds the header centred over its column."""
    lo, hi = _column_span(row, cell) if row is not None else (cell.x0, cell.x1)
    mid = (lo + hi) / 2
    parts = []
    for header in header_rows:
        best = None
        best_overlap = 0.0
        for h in header.cells:
            h_lo, h_hi = _column_span(header, h)
            overlap = min(h_hi, hi) - max(h_lo, lo)
            spans = h_lo - _X_TOL <= mid <= h_hi + _X_TOL or (
                row is not None and lo - _X_TOL <= h.xmid <= hi + _X_TOL
            )
            if spans and (best is None or overlap > best_overlap):
                best, best_overlap = h, overlap
        if best is None and not header.ruled:
            best = _nearest_header(header, lo, hi)
        if best is not None and best.text not in parts:
            parts.append(best.text)
    return "".join(parts)


_NEAREST_MAX = 30.0  # pt: an unruled header further from the value than this is not its own


def _nearest_header(header: Row, lo: float, hi: float) -> Cell | None:
    """In a table drawn without rules, headers are centred and numbers right-aligned, so they
    need not overlap: the header cell nearest the value's column, if near enough."""
    candidates = [
        (max(0.0, h.x0 - hi, lo - h.x1), -(min(h.x1, hi) - max(h.x0, lo)), i)
        for i, h in enumerate(header.cells)
    ]
    gap, _, i = min(candidates, default=(_NEAREST_MAX, 0.0, -1))
    return header.cells[i] if gap < _NEAREST_MAX else None


def _column_span(row: Row, cell: Cell) -> tuple[float, float]:
    """The x-range a header cell stands for: between the vertical rules around it when the row
    has them, else the cell's own extent."""
    if not row.bounds or not row.x0 <= cell.xmid <= row.x1:
        return cell.x0, cell.x1
    edges = [row.x0, *row.bounds, row.x1]
    lo = max((e for e in edges if e <= cell.xmid), default=row.x0)
    hi = min((e for e in edges if e >= cell.xmid), default=row.x1)
    return lo, hi
