"""A change said right after a share's two levels is the share's change (占总营收的比重由上年同期的
75.4%升至77.9%，提升2.5%): not the growth of the part's amount. Judged on the article's own two
shares: their difference in points given in % is misleading, their relative change supported.
"""

from __future__ import annotations

import re

from ..metrics.engine import prior_period
from .model import CHANGE_PCT, MISLEADING, SHARE_PCT, SUPPORTED, Claim, Verdict
from .own_arithmetic import _range
from .verify_base import HUNDRED, _lang, show

# between the later share and the change: a comma and the verb of a move, nothing else
_BETWEEN = re.compile(
    r"\s*[，,]?\s*(?:同比|较上年同期)?\s*(?:提升|提高|上升|增长|增加|下降|下滑|减少|降低|回落|"
    r"rising|falling|up|down)了?\s*(?:约|近)?\s*"
)


def share_change(claim: Claim, article: list, text: str) -> Verdict | None:
    """The verdict on a change in % said right after the two shares of the same part it moved
    between, or None when the claim is no such change."""
    if claim.measure != CHANGE_PCT or not text or not claim.printed or not claim.period:
        return None
    at = claim.start + max(0, claim.quote.rfind(claim.printed))
    shares = [
        c
        for c in article
        if c.measure == SHARE_PCT
        and c.concept == claim.concept
        and c.segment == claim.segment
        and c.subject == claim.subject
        and c.end <= at
    ]
    if len(shares) < 2:
        return None
    cur = shares[-1]
    if cur.period != claim.period or not _BETWEEN.fullmatch(text, cur.end, at):
        return None
    base = next((c for c in reversed(shares[:-1]) if c.period == prior_period(claim.period)), None)
    if base is None or not base.value:
        return None
    what = f"{show(cur.value, '%')} and {show(base.value, '%')}"
    rlo, rhi = _range(lambda x, y: (x / y - 1) * HUNDRED, cur, base)
    if min(rlo, rhi) - claim.precision <= claim.value <= max(rlo, rhi) + claim.precision:
        mid = (rlo + rhi) / 2
        return Verdict(
            SUPPORTED,
            f"The share's own change: consistent with the article's shares ({what}).",
            show(mid, "%", lang=_lang(claim)),
        )
    plo, phi = _range(lambda x, y: x - y, cur, base)
    if min(plo, phi) - claim.precision <= claim.value <= max(plo, phi) + claim.precision:
        return Verdict(
            MISLEADING,
            f"A change in a share is given in % where the article's own shares ({what}) differ "
            f"by {show((plo + phi) / 2, 'pp', lang=_lang(claim))}.",
            show((plo + phi) / 2, "pp", lang=_lang(claim)),
        )
    return None
