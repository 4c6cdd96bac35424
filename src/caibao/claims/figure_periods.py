"""Small rules on a figure's period, for ``sentence_periods`` and ``phrase_roles``.

Takes: a sentence, its period phrases, a number's position and the period discussed. Gives: the
year so far in an article on a part of it (``_so_far``), whether a number is the figure a
"quarterly X" names (``_quarterly_figure``) and the quarter a period ends with (``_last_quarter``),
the period discussed in another year (``_in_year``) or a year earlier (``_prior``,
``_last_year_of_part``), whether a phrase opens a part set off by semicolons (``_opens_part``),
the clause before a number without its period tail (``_strip_period_tail``), and whether an
English word can end before a position (``_ends_english``).
"""

from __future__ import annotations

import re
from datetime import date

from ..periods import Period
from ..scan import FOLDED_LETTERS

# a quarterly dividend, quarterly profit: a figure of one quarter, the last of the period
# discussed (not a quarterly filing or report: the document, not the figure)
_QUARTERLY = re.compile(
    r"(?i)(?=q)\bquarterly\s+(?!(?:filings?|reports?|results|statements?|earnings\s+reports?"
    r"|10-Q|basis)\b)"
)


def _so_far(reader, period):
    """A year not over by the article's date, in an article on a part of it (Total assets have
    fallen 5.5% this year, written in September on the half year): the year so far, the
    article's period. No claim's period ends after the article's date when an earlier one fits
    (called only for a sentence that says this year, not of the whole year to come)."""
    default, reference = reader.default, reader.reference
    if period is None or period.kind != "FY" or reference is None or period.end <= reference:
        return period
    if default is None or default.kind == "FY" or default.is_instant:
        return period
    return default if default.year == period.year and default.end <= reference else period


def _quarterly_figure(lex, s: str, a: int, periods) -> bool:
    """Whether the number at ``a`` is the figure a "quarterly X" before it names: the last such
    word before it, with no period phrase and no other metric word in between."""
    if s.find("uarterly", 0, a) < 0:
        return False
    found = [m for m in _QUARTERLY.finditer(s, 0, a)]
    if not found:
        return False
    q = found[-1].end()
    if any(q <= p_start < a for p_start, _e, _p in periods):
        return False
    return all(m.start() == q for m in lex.metrics_re.finditer(s, q, a))


def _figure_just_before(reader, s: str, a: int, main):
    """The period of the figure right before position ``a`` of the sentence (a few words back),
    when it is a span other than the period discussed; else None."""
    head = getattr(reader, "last_figure", None)
    if head is None or head[0] is not s or a - head[1] > 24 or head[2] is None:
        return None
    return head[2] if head[2] != main and not (head[2].is_instant or main.is_instant) else None


def _in_year(main, year: int):
    """The period discussed in another year (a balance: that year's end, as comparatives are)."""
    if main.is_instant:
        return Period.instant(date(year, 12, 31))
    return main.with_year(year)


def _last_quarter(period):
    """The single quarter a period ends with (2009H1 → 2009Q2; a balance date: its quarter)."""
    if period.is_instant:
        return Period.q(period.end.year, (period.end.month - 1) // 3 + 1)
    return Period.q(period.year, period.quarter)


_PART_HEAD = re.compile(r"(?:[；;]|^)\s*[^\d；;，,。]{0,8}$")


def _last_year_of_part(phrase: str, main) -> bool:
    """Whether ``phrase`` is a bare "last year" said of a figure compared with one of a part of
    a year (a quarter, a half): the same part a year before."""
    return main.kind != "FY" and not main.is_instant and bool(_LAST_YEAR.fullmatch(phrase))


def _prior(period):
    """The same period a year earlier, or None (no period, or a balance date)."""
    return None if period is None or period.is_instant else period.prior_year()


def _opens_part(s: str, p_start: int, p_end: int, a: int) -> bool:
    """Whether the period phrase at p_start opens a part of the sentence set off by a semicolon
    that goes on to the number at ``a`` (Chinese lists of a prior period's figures)."""
    # (；净利润由上年亏损4289万元转为盈利7461万元: a figure in the base's own clause is compared
    # with it, not dated by it; only the clauses after the first figure's are listed)
    return (
        (s.find("，", p_end, a) >= 0 or s.find(",", p_end, a) >= 0)
        and s.find("；", p_end, a) < 0
        and s.find(";", p_end, a) < 0
        and _PART_HEAD.search(s, max(0, p_start - 10), p_start) is not None
    )


_LAST_YEAR = re.compile(r"(?i)last\s+year")


def _ends_english(s: str, pos: int) -> bool:
    """Whether the character before ``pos`` is a space or a Latin letter (any case, with the
    non-ASCII letters re.I folds onto ASCII ones), where an English word before it can end."""
    c = s[pos - 1 : pos]
    return c.isspace() or (c.isascii() and c.isalpha()) or c in FOLDED_LETTERS


def _strip_period_tail(pre: str, periods, clause: int, a: int) -> str:
    """The clause before a number without a trailing period phrase and 的 (较2023年同期的 → 较)."""
    text = pre
    for p_start, p_end, _phrase in periods:
        if clause <= p_start and p_end <= a and not pre[p_end - clause :].strip("的 "):
            text = pre[: p_start - clause]
    return text.rstrip("的 ")
