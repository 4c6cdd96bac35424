"""Whole-text amount passes: the figures found in an article, corrected or set aside.

``adjust_amounts`` takes the normalised text and the amounts ``numbers.find_amounts`` found in it
(start, end, ``Amount``) and gives them with a sign said in words (minus 6.07 per cent), a table
cell in brackets read as the accountants' minus ((21%)), and pct in Chinese copy read as points;
``per_shares_before`` says whether a figure is the N of 每N股 / per N shares, and ``PER_UNIT``
matches a commodity's unit after a price (70美元/桶): figures ``extract`` drops before reading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .measures import PER_SHARES

# a commodity's unit after a price (4美元/百万英热单位, 70美元/桶)
PER_UNIT = re.compile(
    r"\s*[/／]\s*(?:桶|百万英热单位|英热单位|千立方英尺|立方英尺|立方米|吨|盎司|磅|加仑|蒲式耳"
    r"|兆瓦时|千瓦时)"
)


def per_shares_before(norm: str, a: int) -> bool:
    """Whether a figure is the N of 每N股 / per N shares (PER_SHARES starts with 每 or a space
    right before it: a cheap test first)."""
    pos = max(0, a - 1)
    c = norm[pos : pos + 1]
    return (c == "每" or c.isspace()) and PER_SHARES.match(norm, pos) is not None


# "pct" after a figure in Chinese text: the brokers' shorthand for percentage points (毛利率
# +1.58pct, 同比提升0.9pct); in English copy "5 pct" stays per cent (Reuters' style)
_PCT_END = re.compile(r"pct$", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")


# minus 6.07 per cent, negative 2%: the word is the sign
_MINUS_WORD = re.compile(r"(?=[mn])(?<![A-Za-z])(?:minus|negative)\s+$", re.I)


def adjust_amounts(norm: str, amounts: list) -> list:
    """A sign said in words (minus 6.07 per cent) and pct in Chinese copy (points)."""
    out = []
    for a, b, x in amounts:
        # (the word and a space end right before the figure: a cheap test first)
        minus = (
            _MINUS_WORD.search(norm, max(0, a - 10), a)
            if x.value > 0 and norm[a - 1 : a].isspace()
            else None
        )
        if minus:
            a = minus.start()
            x = replace(x, value=-x.value, printed=norm[a:b])
        elif (
            x.value > 0
            and norm[a - 1 : a] == "("
            and norm[b : b + 1] == ")"
            and _bracketed_cell(norm, a - 1, b + 1)
        ):
            # a table's cell in brackets, (21%): the accountants' minus
            a, b = a - 1, b + 1
            x = replace(x, value=-x.value, printed=norm[a:b])
        # (in the figure's line: a table row's label, 加权平均ROE | … | +1.58pct)
        line = norm.rfind("\n", 0, a) + 1
        if x.unit == "%" and _PCT_END.search(x.printed) and _CJK.search(norm, line, a):
            x = replace(x, unit="pp")
        out.append((a, b, x))
    return out


# a table cell's edges: a pipe, a line's end, or the run of spaces that sets plain columns apart
_CELL_BEFORE = re.compile(r"(?:^|\||[ \t]{2}|\t)[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*(?:$|\||[ \t]{2}|\t)", re.M)


def _bracketed_cell(norm: str, a: int, b: int) -> bool:
    """Whether norm[a:b] (a figure in brackets) is a table cell of its own: (21%) in a change
    column, not an aside in a sentence (revenue rose to $5 million (21%))."""
    line = norm.rfind("\n", 0, a) + 1
    return bool(_CELL_BEFORE.search(norm[line:a])) and bool(_CELL_AFTER.match(norm, b))
