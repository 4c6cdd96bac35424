"""A segment's percentage "of the total" with no metric word of its own: the share of the figure
the sentence gave that segment before it ("service revenue declined 3.6% to $1.34 billion,
leaving services at about 67% of the total": services' share of revenue; "services revenue rose
3.3 percent to $1.25 billion, lifting services to more than 38 percent of the total").

The total is named by no word, so it is the whole of what the sentence said of the segment: the
last figure in money the sentence gave the same segment, whose concept the share is of.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import SHARE_PCT, VALUE

# right after the percentage: of the total, said alone (not "of the total workforce")
_OF_THE_TOTAL = re.compile(r"\s+of\s+the\s+(?:whole|total)(?=\s*(?:[.,;:)]|$))", re.I)
_MONEY = ("USD", "CNY", "HKD")
# a sentence's end between the segment's figure and its share
_BREAK = re.compile(r"[.;!?](?:\s|$)|\n")


def shares_of_the_total(text: str, claims: list, code: str | None) -> list:
    """The claims, a segment's bare percentage "of the total" read as its share of the concept
    of the segment's last money figure before it in the sentence."""
    out = []
    for i, c in enumerate(claims):
        out.append(c)
        if (
            c.concept is not None
            or c.segment is None
            or c.unit != "%"
            or c.measure != VALUE
            or c.subject != code
            or not c.printed
        ):
            continue
        at = text.find(c.printed, c.start, c.end)
        if at < 0 or not _OF_THE_TOTAL.match(text, at + len(c.printed)):
            continue
        part = next(
            (
                p
                for p in reversed(claims[:i])
                if p.segment == c.segment and p.concept is not None and p.unit in _MONEY
            ),
            None,
        )
        if part is None or part.end > at or _BREAK.search(text, part.end, at):
            continue
        out[-1] = replace(c, concept=part.concept, measure=SHARE_PCT)
    return out
