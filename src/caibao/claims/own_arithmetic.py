"""The article's own arithmetic in ``claims.verify``: when the store has nothing, a growth from
the two levels the article prints, an increase from a level and a rate, a share from the part
and the total."""

from __future__ import annotations

from decimal import Decimal

from ..metrics.engine import prior_period
from .model import (
    CHANGE_ABS,
    CHANGE_PCT,
    CONTRADICTED,
    SHARE_PCT,
    SUPPORTED,
    VALUE,
    Claim,
    Verdict,
)
from .verify_base import HUNDRED, _lang, show


def _find(article: list[Claim], claim: Claim, measure: str, period: str | None, segment="same"):
    seg = claim.segment if segment == "same" else segment
    for c in article:
        if (
            c.measure == measure
            and c.concept == claim.concept
            and c.segment == seg
            and c.period == period
            and c.subject == claim.subject
            and c.qualifier in (None, "reached")
        ):
            return c
    return None


def _range(f, *claims: Claim) -> tuple[Decimal, Decimal]:
    """min and max of f over the corners of the claims' precision intervals."""
    out = []
    n = len(claims)
    for mask in range(2**n):
        args = [
            c.value + (c.precision if mask >> i & 1 else -c.precision) for i, c in enumerate(claims)
        ]
        try:
            out.append(f(*args))
        except ArithmeticError:
            continue
    return (min(out), max(out)) if out else (Decimal(0), Decimal(0))


def _internal(claim: Claim, article: list[Claim]) -> Verdict | None:
    """Check a derived figure against the two figures the article prints, or None."""
    if claim.measure == CHANGE_PCT:
        cur = _find(article, claim, VALUE, claim.period)
        base = _find(article, claim, VALUE, prior_period(claim.period or ""))
        if cur is None or base is None or base.value <= 0:
            return None
        lo, hi = _range(lambda x, y: (x / y - 1) * HUNDRED, cur, base)
        what = (
            f"{show(cur.value, cur.unit, cur.scale)} and {show(base.value, base.unit, base.scale)}"
        )
    elif claim.measure == CHANGE_ABS:
        cur = _find(article, claim, VALUE, claim.period)
        growth = _find(article, claim, CHANGE_PCT, claim.period)
        base = _find(article, claim, VALUE, prior_period(claim.period or ""))
        if cur is not None and base is not None:  # an increase against the two levels
            lo, hi = _range(lambda x, y: x - y, cur, base)
            what = f"{show(cur.value, cur.unit, cur.scale)} and {show(base.value, base.unit, base.scale)}"  # noqa: E501
        elif cur is not None and growth is not None:
            lo, hi = _range(lambda x, g: x - x / (1 + g / HUNDRED), cur, growth)
            what = f"{show(cur.value, cur.unit, cur.scale)} and +{growth.value}%"
        else:
            return None
    elif claim.measure == SHARE_PCT and claim.segment:
        part = _find(article, claim, VALUE, claim.period)
        whole = _find(article, claim, VALUE, claim.period, segment=None)
        if part is None or whole is None or not whole.value:
            return None
        lo, hi = _range(lambda x, y: x / y * HUNDRED, part, whole)
        what = f"{show(part.value, part.unit, part.scale)} of {show(whole.value, whole.unit, whole.scale)}"
    else:
        return None
    lo, hi = min(lo, hi), max(lo, hi)
    mid = (lo + hi) / 2
    probe = claim.with_(precision=claim.precision + (hi - lo) / 2)
    expected = show(mid, claim.unit, claim.scale, _lang(claim))
    if probe.agrees(mid) or (lo <= claim.value <= hi):
        return Verdict(SUPPORTED, f"Consistent with the article's own figures ({what} give {expected}).",
                       expected)  # fmt: skip
    return Verdict(CONTRADICTED, f"The article's own figures ({what}) give {expected}.", expected)
