"""Tables printed as plain text rather than as Markdown: columns set apart by runs of spaces (a
broker's or a newswire's results table, ``Revenue    2,673.6    3,283.9    -18.6%`` under a header
``2Q09    2Q08    Change``) or by pipes without the outer ones (which GitHub Markdown allows:
``Metric | Q2 2009 | Q2 2008 | Change``).

Their lines are rows, never a hard-wrapped sentence: ``text`` keeps their line breaks
(``is_table_line``). ``plain_rows`` gives each data row as the Markdown row it stands for, with
its table's header and caption, for ``structures._table_row``: the header's columns name each
figure's period (the second column of a results table is the year-ago period) or its measure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a run of blank space between two cells: three spaces or more (two are a typist's sentence
# spacing), or a tab
_GAP = re.compile(r"(?<=\S)(?: {3,}|\t+)(?=\S)")
# inside a table, two spaces already part cells (Net income  295.7  363.4)
_CELL_GAP = re.compile(r"(?<=\S)(?: {2,}|\t+)(?=\S)")
# a Markdown row with its outer pipes: ``structures.TABLE_ROW`` reads it already
_MARKDOWN_ROW = re.compile(r"\s*\|.*\|\s*$")
# a cell that is a figure (47.2%, $0.89, 2,673.6, -30 bp, +56 basis points, $357.6 million): a
# header prints none, only labels (2Q09, Q2 2008, 2009, Change)
_FIGURE = re.compile(
    r"[-+(]?(?:US)?\$?\s*\d[\d,]*(?:\.\d+)?\)?\s*(?:%|bp|bps|basis points?|pts?|x|[mb]n?"
    r"|million|billion|thousand|cents?)?",
    re.I,
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def is_table_line(line: str) -> bool:
    """Whether a line is a plain table's row: two gaps of blank space between printed
    characters, or two pipes."""
    if line.count("|") >= 2:
        return True
    return ("   " in line or "\t" in line) and len(_GAP.findall(line)) >= 2


@dataclass(frozen=True, slots=True)
class PlainRow:
    row: str  # the line as a Markdown row: "|" + the line with "|" in its gaps + "|"
    header: list[str]  # the table's header cells, the corner first ([] when it prints none)
    caption: str  # the line before the table (its unit: ($m, except per share))


def _cells(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a plain row."""
    if "|" in line:
        out, pos = [], 0
        for part in line.split("|"):
            text = part.strip()
            start = pos + (part.index(text) if text else 0)
            out.append((start, start + len(text)))
            pos += len(part) + 1
        return out
    out, pos = [], len(line) - len(line.lstrip())
    for gap in _CELL_GAP.finditer(line):
        out.append((pos, gap.start()))
        pos = gap.end()
    out.append((pos, len(line.rstrip())))
    return out


def _as_markdown(line: str) -> str:
    """The line with a pipe in each gap between its cells and one at each end: the same
    characters at the same places (one to the right, the leading pipe's)."""
    if "|" in line:
        return f"|{line}|"
    chars = list(line)
    for gap in _CELL_GAP.finditer(line):
        chars[gap.start()] = "|"
    return "|" + "".join(chars) + "|"


def _corner_header(lines: list[tuple[int, str]], j: int) -> bool:
    """Whether line j is a header over an empty corner (``Jul 4 2009   Jan 3 2009`` over
    ``Finance group debt   7,507   7,388``, its indent gone from the normalised text): two
    labels, no figure, one gap between them, right above a table's row of one cell more."""
    line = lines[j][1]
    if len(_GAP.findall(line)) != 1 or j + 1 >= len(lines):
        return False
    start, below = lines[j + 1]
    if start != lines[j][0] + len(line) + 1 or not is_table_line(below):
        return False
    cells = [line[a:b] for a, b in _cells(line)]
    figures = any(_FIGURE.fullmatch(c) and not _YEAR.fullmatch(c) for c in cells)
    return not figures and len(_cells(below)) == len(cells) + 1


def plain_rows(norm: str) -> dict[int, PlainRow]:
    """line start → the row it is, for the lines of every plain table in ``norm`` (two lines or
    more in a row); a first line that prints no figure is the table's header, not a row."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", norm)]
    out: dict[int, PlainRow] = {}
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and not _MARKDOWN_ROW.match(lines[j][1]):
            if not is_table_line(lines[j][1]) and not (j == i and _corner_header(lines, j)):
                break
            # (a block ends at a blank line: the next line must follow this one's break)
            if j > i and norm.count("\n", lines[j - 1][0] + len(lines[j - 1][1]), lines[j][0]) > 1:
                break
            j += 1
        if j - i < 2:
            i = max(j, i + 1)
            continue
        block = lines[i:j]
        first = block[0][1]
        caption = lines[i - 1][1][-120:] if i > 0 else ""
        header: list[str] = []
        cells = [first[a:b] for a, b in _cells(first)]
        above = _indented_header(norm, lines, i)
        if above is not None and any(_FIGURE.fullmatch(c) for c in cells[1:]):
            # (a header over the figures alone, its corner left blank: "June 30, 2009    Dec.
            # 31, 2008" over "Cash and cash equivalents    $79 million    $398 million")
            header = ["", *above]
            caption = lines[i - 2][1][-120:] if i > 1 else ""
        elif not any(_FIGURE.fullmatch(c) and not _YEAR.fullmatch(c) for c in cells):
            header = cells
            widest = max(len(_cells(text)) for _, text in block[1:])
            if len(header) < widest:  # (no corner cell: the header starts over the figures)
                header = ["", *header]
            block = block[1:]
        for start, text in block:
            if not any(_FIGURE.fullmatch(text[a:b]) for a, b in _cells(text)[1:]):
                # (Price (Aug 12 close): $38.47 | Market cap: ~$13.4bn: a strip of labelled
                # figures under a masthead, no row of a table, whose cells after the label are
                # figures alone)
                continue
            out[start] = PlainRow(_as_markdown(text), header, caption)
        i = j
    return out


def _indented_header(norm: str, lines: list[tuple[int, str]], i: int) -> list[str] | None:
    """The cells of the line right above a table's first row when it is a header over the
    figures alone (its corner left blank, the indent before it lost to the reading): one gap or
    more, one cell fewer than the row below, no figure among them."""
    if i == 0:
        return None
    start, text = lines[i - 1]
    if not _GAP.search(text) or norm.count("\n", start + len(text), lines[i][0]) > 1:
        return None
    cells = [text[a:b] for a, b in _cells(text)]
    if len(cells) < 2 or len(cells) != len(_cells(lines[i][1])) - 1:
        return None
    if any(_FIGURE.fullmatch(c) for c in cells):
        return None
    return cells
