"""A claim set against other figures in ``claims.verify``: a change from the figure the article
compares it with (``_change_from``: 41% below the 838.7 million yuan earned in the first
quarter; a rate's relative change said in % where points are meant), and a segment's rank among
the company's segments (``_rank``).

Takes a ``Claim``, the compared claim (or the segment) and the store's ``Metrics``; gives a
``Verdict``.
"""

from __future__ import annotations

from ..metrics import Metrics
from .model import (
    CHANGE_PCT,
    CHANGE_PP,
    CHANGE_QOQ_PCT,
    CONTRADICTED,
    MISLEADING,
    SUPPORTED,
    TIMES,
    UNVERIFIABLE,
    Claim,
    Verdict,
)
from .multiples import increase_reading
from .verify_alternatives import _alternative_concepts
from .verify_base import (
    _agrees,
    _label,
    _lang,
    show,
)


def _change_from(
    claim: Claim, base: Claim, m: Metrics, segment, article=(), rate: bool = False
) -> Verdict:
    """A change against the figure the article compares with, in the store's figures (``rate``:
    the claim's concept is a rate, whose change in % may be meant in points)."""
    measure = "times" if claim.measure == TIMES else claim.measure
    if measure == CHANGE_QOQ_PCT:
        measure = CHANGE_PCT
    cands = m.change_between(claim.concept, claim.period, base.period, segment, measure)
    if not cands:
        return Verdict(
            UNVERIFIABLE,
            f"The store has no {claim.concept} for both {claim.period} and {base.period} to "
            f"measure the change from.",
        )
    c = cands[0]
    if measure == "times":
        ok = claim.agrees(c.value, c.precision)
        expected = f"{c.value:.2f}×"
        either = None if ok or c.value is None else increase_reading(claim, article, c.value)
        if either is not None:
            return Verdict(either.verdict, either.reason, either.expected, c.sources)
    else:
        ok, _r = _agrees(claim, c)
        expected = show(c.value, c.unit, claim.scale, _lang(claim))
    reason = (
        f"{claim.period} against {base.period}: {expected} (computed as {c.formula}, {_label(c)})."
    )
    if (
        ok
        and measure == CHANGE_PCT
        and rate
        and claim.qualifier in (None, "approx")
        and any(map(str.isdigit, claim.printed or ""))
    ):
        # (3.53 percent of loans, up 50 percent from 2.36 percent: a rate's relative change in
        # %, misleading as it is without a named base, where a rate's change is said in points)
        return Verdict(
            MISLEADING,
            "A change in a rate is given as its relative change in %, where a rate's change "
            f"is said in percentage points (Matches {reason})",
            expected,
            c.sources,
        )
    if not ok and measure == CHANGE_PCT and rate:
        # (4.28 percent of loans, up almost 1 percent from 3.31 percent: a rate's change in
        # points given in %)
        pp = m.change_between(claim.concept, claim.period, base.period, segment, CHANGE_PP)
        if pp and pp[0].value is not None and abs(pp[0].value - claim.value) <= claim.precision * 2:
            return Verdict(
                MISLEADING,
                "A change in a rate is given in % where the sources give percentage points.",
                show(pp[0].value, "pp", lang=_lang(claim)),
                pp[0].sources,
            )
    if not ok and measure != "times":
        # (Total Prudential Financial equity jumped 34.5% to $18.07 billion from $13.4 billion:
        # a loose word's neighbouring concept, as for the levels, ``_as_alternative``)
        for other in _alternative_concepts(claim):
            alt = m.change_between(other, claim.period, base.period, segment, measure)
            if alt and alt[0].value is not None and _agrees(claim, alt[0])[0]:
                a = alt[0]
                shown = show(a.value, a.unit, claim.scale, _lang(claim))
                return Verdict(SUPPORTED, f"As {other}: Matches {claim.period} against "
                               f"{base.period}: {shown} (computed as {a.formula}, {_label(a)}).",
                               shown, a.sources)  # fmt: skip
    return Verdict(SUPPORTED if ok else CONTRADICTED, ("Matches " if ok else "The sources give ")
                   + reason, expected, c.sources)  # fmt: skip


def _rank(claim: Claim, m: Metrics, segment) -> Verdict:
    if segment is None and not claim.segment:
        # the country's second-largest developer by sales: its peers' figures are not in its
        # reports
        return Verdict(UNVERIFIABLE, "A rank among companies: the reports do not carry the "
                       "figures of the others.")  # fmt: skip
    if segment is None:
        return Verdict(UNVERIFIABLE, "The store has no figures for this segment.")
    values = []
    for name in m.segments(claim.concept, claim.period):
        c = m.value(claim.concept, claim.period, name)
        if c is not None and c.value is not None:
            values.append((c.value, name, c))
    values.sort(key=lambda x: x[0], reverse=True)
    names = [n for _v, n, _c in values]
    if segment not in names:
        return Verdict(UNVERIFIABLE, "The store has no figure for this segment in that period.")
    rank = names.index(segment) + 1
    sources = tuple(s for _v, _n, c in values for s in c.sources)
    expected = f"No. {rank} of {len(names)}"
    verdict = SUPPORTED if rank == claim.value else CONTRADICTED
    return Verdict(verdict, f"{segment} ranks {rank} of {len(names)} segments by {claim.concept}.",
                   expected, sources)  # fmt: skip
