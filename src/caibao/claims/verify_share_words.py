"""A rate said "as a share of sales" of the figure before it (SG&A fell to $1.08 billion, though
as a share of sales it climbed to 14.3 percent from 13.3 percent): the extraction reads the
nearest metric word, sales, as the claim's concept; the rate is the earlier figure's concept over
that whole, at each figure's own period (``claims.verify``, tried when the store has nothing for
the first reading)."""

from __future__ import annotations

import re

from ..metrics import Metrics
from .measures import ratio_of
from .model import VALUE, Claim
from .verify_base import _compatible, _lookup, position, sentence_before

# as a share of sales, as a percentage of revenue, as a proportion of net sales (then the
# figures, with at most a pronoun and a verb between)
_AS_SHARE_OF = re.compile(
    r"\bas\s+a\s+(?:share|percentage|percent|proportion|portion|fraction)\s+of\s+"
    r"(?:net\s+|total\s+)?(?:sales|revenues?)\b",
    re.I,
)


def rate_of_earlier_figure(claim: Claim, m: Metrics, article: list[Claim]):
    """(the claim read as the earlier figure's rate, its candidates), or None."""
    if claim.unit != "%" or claim.concept is None:
        return None
    before = sentence_before(claim, article, 160)
    said = before + claim.quote  # (the quote may open on the whole's word: sales they climbed)
    if "of" not in before or not _AS_SHARE_OF.search(said):
        return None
    i = position(claim, article)
    if not i:
        return None
    start = claim.start - len(before)
    for c in reversed(article[max(0, i - 4) : i]):
        if c.start < start:
            break
        if c.unit == "%" or c.concept in (None, claim.concept) or c.measure != VALUE:
            continue
        rate = ratio_of(c.concept, claim.concept)
        if rate is None:
            return None
        read = claim.with_(concept=rate, measure=VALUE, segment=None)
        cands = [x for x in _lookup(m, rate, claim.period or "", None, VALUE)]
        cands = [x for x in cands if _compatible(read, x)]
        return (read, cands) if cands else None
    return None
