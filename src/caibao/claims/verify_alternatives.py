"""The neighbouring concepts a claim may mean in ``claims.verify``: a loose word (净利润, net
profit) under another concept (``lexicon.toml`` [alternatives]), a concept the filer prints
under another one (``verify.toml`` [stand_in], [segment_stand_in]), and earnings per share not
called basic or diluted (``verify.toml`` [either]).

Takes a ``Claim``, the store's ``Metrics`` and the claim's segment; gives the concepts to try and
a ``Verdict`` under the one that holds (or None).
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from ..metrics import Metrics
from .lexicon import alternatives
from .model import (
    CHANGE_PCT,
    SUPPORTED,
    VALUE,
    Claim,
    Verdict,
    verify_data,
)
from .verify_base import (
    _compatible,
    _lookup,
)
from .verify_judge import _judge


@cache
def _stand_ins() -> dict[str, tuple[str, ...]]:
    """Concept → the ones that stand in when the store has none of it (``[stand_in]``)."""
    data = verify_data().get("stand_in", {})
    return {k: (v,) if isinstance(v, str) else tuple(v) for k, v in data.items()}


@cache
def _segment_stand_ins() -> dict[str, tuple[str, ...]]:
    """Concept → the ones that stand in for a segment the store has none of it for
    (``[segment_stand_in]``)."""
    return {k: tuple(v) for k, v in verify_data().get("segment_stand_in", {}).items()}


@cache
def _either() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Concept → (the other variant, words that name the claim's own) (``[either]``)."""
    data = verify_data().get("either", {})
    return {k: (v["other"], tuple(v.get("unless", ()))) for k, v in data.items()}


def _alternative_concepts(claim: Claim) -> list[str]:
    """The neighbouring concepts a loose word may mean (``[alternatives]``, ``[either]``)."""
    others = list(alternatives().get((claim.words or "").lower(), ()))
    either = _either().get(claim.concept or "")
    if either and either[0] not in others:
        said = f"{claim.words or ''} {claim.quote}".lower()
        if not any(w in said for w in either[1]):
            others.append(either[0])  # EPS not called basic or diluted: either
    return others


def _level_fixes_concept(claim: Claim, m: Metrics, segment, article: list[Claim]) -> bool:
    """Whether a change's own level, said with it (net income rose 7.1% to $675 million), is
    the figure of the claim's first concept: the word means that concept, not a neighbour."""
    if claim.measure != CHANGE_PCT:
        return False
    level = next(
        (
            c
            for c in article
            if c.start == claim.start
            and c.end > claim.end
            and c.measure == VALUE
            and c.concept == claim.concept
            and c.period == claim.period
            and c.value
        ),
        None,
    )
    if level is None:
        return False
    cands = m.candidates(claim.concept, claim.period, segment)
    return any(
        c.value is not None and abs(c.value - level.value) <= abs(level.value) * Decimal("0.005")
        for c in cands
    )


def _as_alternative(claim: Claim, m: Metrics, segment) -> Verdict | None:
    """Supported under a neighbouring concept a loose word may mean (``[alternatives]``), or
    None: tried when the first meaning is contradicted or has no figures."""
    others = _alternative_concepts(claim)
    stand_ins = _stand_ins().get(claim.concept or "", ())
    if stand_ins and not m.candidates(claim.concept, claim.period):
        others.extend(s for s in stand_ins if s not in others)
    for other in others:
        alt = [c for c in _lookup(m, other, claim.period, segment, claim.measure)]
        alt = [c for c in alt if _compatible(claim, c)]
        if alt:
            second = _judge(claim.with_(concept=other), alt, m, segment)
            if second.verdict == SUPPORTED:
                return Verdict(SUPPORTED, f"As {other}: {second.reason}", second.expected,
                               second.sources)  # fmt: skip
    return None


def _as_only_variant(claim: Claim, m: Metrics, segment) -> Verdict | None:
    """A figure not called either variant (``[either]``: earnings per share not called basic or
    diluted) judged by the other, where the filing prints only that one for the period (one
    "basic and diluted" figure): held or not, as that figure says; None otherwise."""
    either = _either().get(claim.concept or "")
    said = f"{claim.words or ''} {claim.quote}".lower()
    if either is None or any(w in said for w in either[1]):
        return None
    other = [c for c in _lookup(m, either[0], claim.period, segment, claim.measure)]
    other = [c for c in other if _compatible(claim, c)]
    if not other:
        return None
    v = _judge(claim.with_(concept=either[0]), other, m, segment)
    return Verdict(v.verdict, f"As {either[0]}: {v.reason}", v.expected, v.sources)
