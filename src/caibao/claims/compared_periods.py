"""Periods of figures compared in a sentence, for ``sentence_periods``: an aside in brackets
(``brackets``), a sentence opening on its base (From the first quarter, …; Sequentially, …:
``opening_base``), a second compared figure in the same breath (``parallel_base``), a level set
against the whole year before in a fourth-quarter story (``year_compared``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..periods import Period
from .period_phrases import resolve_phrase

# an English base word (from, compared with, versus, than…)
EN_BASE_GAP = re.compile(
    r"\b(?:from|since|compare[ds]\s+(?:with|to)|versus|vs|against|than|above|below)\b", re.I
)
# a comparison's words (compared with, versus, vs., against, 相比)
COMPARED = re.compile(r"compare[ds]?\s+(?:with|to)|versus|\bvs\b\.?|\bagainst\b|相比|相较", re.I)


_BRACKET_PAIRS = {"(": ")", "（": "）"}
_BRACKET = re.compile(r"[()（）]")


@lru_cache(maxsize=256)
def brackets(s: str) -> tuple[tuple[int, int], ...]:
    """The outermost bracketed spans of a sentence as (opening, closing) offsets; a bracket left
    open runs to the sentence's end."""
    out, depth, start = [], 0, 0
    for m in _BRACKET.finditer(s):
        if m.group() in _BRACKET_PAIRS:
            if depth == 0:
                start = m.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                out.append((start, m.start()))
    if depth:
        out.append((start, len(s)))
    return tuple(out)


# From the first quarter, … / Compared with the previous quarter, …: a sentence opening on its
# base; Sequentially, … / Quarter on quarter, …: on the quarter before
_OPENING_BASE = re.compile(
    r"\s*(?:(?:and|but)\s+)?(?:from|compared\s+(?:with|to)|versus|against|relative\s+to)\s+", re.I
)
_OPENING_SEQUENTIAL = re.compile(
    r"(?=\s*[SsQqOo])\s*(?:sequentially|quarter[- ](?:on|over)[- ]quarter|on\s+a\s+(?:sequential"
    r"|quarter[- ](?:on|over)[- ]quarter)\s+basis)\s*,",
    re.I,
)


def opening_base(reader, s, a, periods, main):
    """The period a sentence opens on as its base (From the first quarter, …), or the quarter
    before the one discussed (Sequentially, …), for a figure compared later in it."""
    if main.is_instant or not s[:1].isascii():
        return None
    if (
        periods
        and periods[0][1] <= a
        and _OPENING_BASE.fullmatch(s, 0, periods[0][0])
        and s[periods[0][1] : periods[0][1] + 1] == ","
    ):
        return resolve_phrase(periods[0][2], reader.reference, main)
    if main.kind == "Q" and _OPENING_SEQUENTIAL.match(s):
        before = (main.year, main.quarter - 1) if main.quarter > 1 else (main.year - 1, 4)
        return Period.q(*before)
    return None


# a base right after a change said on the quarter before (down 6.6% quarter-on-quarter from 7.29
# billion yuan, 环比下降6.6%，较上季度的72.9亿元 is named by its own words): the quarter before's
_SEQUENTIAL_BASE = re.compile(
    r"(?:quarter[- ](?:on|over)[- ]quarter|\bQoQ|\bq/q|sequentially)\s*,?\s*"
    r"(?:from|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:the\s+|an?\s+)?$",
    re.I,
)


def sequential_base(s, a, main):
    """The quarter before the one discussed, for a figure that is the base of a change said
    quarter on quarter right before it (down 6.6% quarter-on-quarter from 7.29 billion yuan)."""
    if main.kind != "Q" or main.quarter is None:
        return None
    window = s[max(0, a - 60) : a]
    low = window.lower()
    if not ("quarter" in low or "sequential" in low or "qoq" in low or "q/q" in low):
        return None
    if not _SEQUENTIAL_BASE.search(window):
        return None
    before = (main.year, main.quarter - 1) if main.quarter > 1 else (main.year - 1, 4)
    return Period.q(*before)


def year_compared(reader, s, b, periods, base_phrase, starts, main):
    """EPS were 2.63 yuan, compared with 2.90 yuan in 2023 (in a fourth-quarter story): a level
    set against the figure of the whole year before is the whole year's."""
    if main.quarter != 4:
        return None
    for (p_start, _p_end, phrase), is_base in zip(periods, base_phrase, strict=True):
        if p_start < b or not is_base:
            continue
        between = [x for x in starts if b < x < p_start]
        if len(between) != 1 or not COMPARED.search(s, b, between[0]):
            return None
        own = resolve_phrase(phrase, reader.reference, main)
        if own is not None and own.kind == "FY" and own.year == main.year - 1:
            return Period.fy(main.year)
        return None
    return None


def parallel_base(reader, s, a, clause, periods, base_phrase, starts, main):
    """The period of the last figure compared earlier in the sentence, when it named one after
    it (from the 6.79 billion yuan booked in the second quarter) in a clause before: a period of
    the same kind as the one discussed, and earlier."""
    if main.is_instant:
        return None
    for (p_start, _p_end, phrase), is_base in zip(
        reversed(periods), reversed(base_phrase), strict=True
    ):
        if p_start >= clause or not is_base:
            continue
        if not any(x < p_start for x in starts) or not EN_BASE_GAP.search(s, 0, p_start):
            return None  # (a base before any figure: 较上年同期, not a compared figure's own)
        own = resolve_phrase(phrase, reader.reference, main)
        if own is not None and own.kind == main.kind and own.end < main.end:
            return own
        return None
    return None
