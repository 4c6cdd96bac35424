"""The article's own arithmetic in ``claims.verify``: when the store has nothing, a growth from
the two levels the article prints, an increase from a level and a rate, a share from the part
and the total, a multiple from the figure before it and the one it names (fees of $3.05 billion
were 2.5 times the $1.20 billion of a year ago)."""

from __future__ import annotations

import re
from decimal import Decimal

from ..metrics.engine import prior_period
from .model import (
    CHANGE_ABS,
    CHANGE_PCT,
    CONTRADICTED,
    MISLEADING,
    SHARE_PCT,
    SUPPORTED,
    TIMES,
    VALUE,
    Claim,
    Verdict,
)
from .verify_base import HUNDRED, _lang, position, show


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
        points = _points_as_percent(claim, cur, base, lo, hi, what)
        if points is not None:
            return points
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
    elif claim.measure == TIMES and claim.unit == "times":
        pair = _multiple_pair(claim, article)
        if pair is None:
            return None
        level, whole = pair
        lo, hi = _range(lambda x, y: x / y, level, whole)
        what = f"{show(level.value, level.unit, level.scale)} over {show(whole.value, whole.unit, whole.scale)}"  # noqa: E501
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


def _points_as_percent(claim: Claim, cur: Claim, base: Claim, lo, hi, what) -> Verdict | None:
    """A change of two rates the article prints given in % where it is their difference in
    points (毛利率由77.5%降至74.1%，下滑3.4%): misleading; None otherwise."""
    if cur.unit != "%" or base.unit != "%" or lo <= claim.value <= hi:
        return None
    plo, phi = _range(lambda x, y: x - y, cur, base)
    if not (min(plo, phi) - claim.precision <= claim.value <= max(plo, phi) + claim.precision):
        return None
    expected = show((plo + phi) / 2, "pp", lang=_lang(claim))
    return Verdict(
        MISLEADING,
        f"A change in a rate is given in % where the article's own figures ({what}) differ by "
        f"{expected}.",
        expected,
    )


_MONEY = ("CNY", "USD", "HKD")
# between "times" and the figure it names: the figure itself (2.5 times the $1.20 billion)
_CLAUSE_END = re.compile(r"[,;，；。]|\.(?!\d)")
_THE_FIGURE = re.compile(r"\s*(?:times|x)?\s*(?:the|that\s+of|those\s+of)\s*", re.I)


def _multiple_pair(claim: Claim, article: list[Claim]) -> tuple[Claim, Claim] | None:
    """(the level, its whole) of a multiple set between two amounts the article prints, the level
    in its clause before it and the whole right after "times the": "fees of $3.05 billion were
    roughly 2.5 times the $1.20 billion of a year ago"."""
    i = position(claim, article)
    text = getattr(article, "text", "")
    if i is None or not text or not 0 < i < len(article) - 1 or not claim.printed:
        return None
    level, whole = article[i - 1], article[i + 1]
    if any(c.measure != VALUE or c.unit not in _MONEY or not c.printed for c in (level, whole)):
        return None
    if level.unit != whole.unit or whole.value <= 0 or level.value <= 0:
        return None
    end = claim.start + claim.quote.find(claim.printed) + len(claim.printed)
    at = whole.start + whole.quote.rfind(whole.printed)
    level_end = level.start + level.quote.rfind(level.printed) + len(level.printed)
    if not 0 < at - end <= 16 or not _THE_FIGURE.fullmatch(text, end, at) or end - level_end > 40:
        return None
    if _CLAUSE_END.search(text, level_end, end):
        return None  # (the level in another clause)
    return level, whole
