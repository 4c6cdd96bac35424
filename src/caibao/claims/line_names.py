"""A line of revenue named in full: a bank's investment banking fees, credit card income."""

from __future__ import annotations

from .lexicon import Lexicon
from .mentions import Mention
from .structures import _ascii_segments_re


def lines_named_in_full(
    norm: str, mentions: list[Mention], segments: tuple[str, ...], lex: Lexicon
) -> list[Mention]:
    """The metric mentions with each one that lies inside a longer name of a line of revenue the
    store holds (``segments``: investment in "investment banking fees", income in "credit card
    income") read as revenue, the line's own concept: the words of the filing's line name it, not
    the metric a word inside it names elsewhere (kpi_investment). Only the store's English names
    of more than one word: a one-word line (Services) is a word articles use loosely."""
    names = tuple(s for s in segments if " " in s and s.isascii())
    if not names or not mentions:
        return mentions
    lines = [(m.start(), m.end()) for m in _ascii_segments_re(names).finditer(norm)]
    if not lines:
        return mentions
    revenue = lex.metric("revenue")
    out = []
    for x in mentions:
        inside = next(
            ((a, b) for a, b in lines if a <= x.start and x.end <= b and b - a > x.end - x.start),
            None,
        )
        if inside is None or x.word.concept == "revenue":
            out.append(x)
        elif not any(o.start == inside[0] for o in out):
            out.append(Mention(inside[0], inside[1], revenue))
    return out
