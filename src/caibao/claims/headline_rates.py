"""A headline's bare word for a rate, named in full in the body (利润率冲上29.6% above 营业利润率为
29.6%; "margin hits 29.6%" above "operating margin was 29.6%"): the headline's figure is the body's
rate of the same value and period, not the rate the bare word reads as alone (the net margin).
"""

from __future__ import annotations

from dataclasses import replace

from .model import VALUE, Claim


def headline_rates(claims: list[Claim], title_end: int) -> list[Claim]:
    """The claims, a headline's rate under a bare word read as the body's rate that names it in
    full with the same figure (one such rate only)."""
    if not title_end or not any(c.end <= title_end and c.unit == "%" for c in claims):
        return claims
    out = []
    for c in claims:
        if c.end <= title_end and c.unit == "%" and c.measure == VALUE and c.words:
            bare = c.words.lower()
            named = {
                b.concept
                for b in claims
                if b.start >= title_end
                and b.measure == VALUE
                and b.unit == "%"
                and b.value == c.value
                and b.period == c.period
                and b.subject == c.subject
                and b.words
                and b.concept
                and b.concept != c.concept
                and len(b.words) > len(bare)
                and b.words.lower().endswith(bare)
            }
            if len(named) == 1:
                c = replace(c, concept=named.pop())
        out.append(c)
    return out
