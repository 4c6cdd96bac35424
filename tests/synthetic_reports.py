"""Report pages drawn from a description, for layouts the corpus does not have: a test names
the cover, the lines of text and the tables (with or without ruling lines, cells spanning
columns or header rows), and gets a PDF whose text layer and rules are what a report's are.

Drawn with matplotlib (already a dependency) in Noto Sans SC (pylopdf-fonts-zh-cn), fonts
embedded as TrueType so the text can be read back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

PAGE_W, PAGE_H = 595.0, 842.0
ROW_H = 24.0
FONT = 7.0
_NUMBER = re.compile(r"^-?[\d,]+(?:\.\d+)?%?$")


@dataclass
class Table:
    """Rows of cells. A cell is text, or (text, columns spanned, rows spanned); a cell covered by
    a span is left out of its row. ``edges`` are the column boundaries, left to right."""

    edges: list[float]
    rows: list[list]
    ruled: bool = True
    align_numbers_right: bool = True


@dataclass
class Page:
    blocks: list = field(default_factory=list)  # str (a text line) or Table


def draw(pages: list[Page], path: Path) -> Path:
    import matplotlib

    matplotlib.use("pdf")
    matplotlib.rcParams["pdf.fonttype"] = 42
    import matplotlib.pyplot as plt
    import pylopdf_fonts_zh_cn
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.font_manager import FontProperties

    font = FontProperties(fname=str(pylopdf_fonts_zh_cn.sans_path()))
    with PdfPages(path) as pdf:
        for page in pages:
            fig = plt.figure(figsize=(PAGE_W / 72, PAGE_H / 72))
            ax = fig.add_axes((0, 0, 1, 1))
            ax.set_xlim(0, PAGE_W)
            ax.set_ylim(0, PAGE_H)
            ax.axis("off")
            y = PAGE_H - 90
            for block in page.blocks:
                if isinstance(block, str):
                    ax.text(60, y - 12, block, fontproperties=font, fontsize=9)
                    y -= ROW_H
                else:
                    y = _table(ax, font, block, y)
            pdf.savefig(fig)
            plt.close(fig)
    return path


def _table(ax, font, table: Table, top: float) -> float:
    n_rows = len(table.rows)
    covered: set[tuple[int, int]] = set()
    line = {"color": "black", "linewidth": 0.5}
    for r, cells in enumerate(table.rows):
        c = 0
        for cell in cells:
            while (r, c) in covered:
                c += 1
            text, span_c, span_r = (cell, 1, 1) if isinstance(cell, str) else cell
            for dr in range(span_r):
                for dc in range(span_c):
                    covered.add((r + dr, c + dc))
            x0, x1 = table.edges[c], table.edges[c + span_c]
            y0, y1 = top - (r + span_r) * ROW_H, top - r * ROW_H
            number = bool(_NUMBER.match(text))
            if text and number and table.align_numbers_right:
                ax.text(
                    x1 - 4,
                    (y0 + y1) / 2,
                    text,
                    fontproperties=font,
                    fontsize=FONT,
                    ha="right",
                    va="center",
                )
            elif text:
                # Wrapped inside the cell as reports do: a CJK character is about FONT wide.
                per_line = max(1, int((x1 - x0 - 6) / FONT))
                lines = [text[i : i + per_line] for i in range(0, len(text), per_line)]
                x = (x0 + x1) / 2 if c else x0 + 4
                for k, part in enumerate(lines):
                    yy = (y0 + y1) / 2 + (len(lines) - 1 - 2 * k) * FONT * 0.6
                    ax.text(
                        x,
                        yy,
                        part,
                        fontproperties=font,
                        fontsize=FONT,
                        ha="center" if c else "left",
                        va="center",
                    )
            if table.ruled:  # each cell's own border, as report tables are drawn
                for x in (x0, x1):
                    ax.plot([x, x], [y0, y1], **line)
                for yy in (y0, y1):
                    ax.plot([x0, x1], [yy, yy], **line)
            c += span_c
    return top - n_rows * ROW_H - 10
