"""A growth rate said on the levels the statements print, where the printed growth is on another
base (a data feed's main indicators give 2023's growth against the restated 2022 profit, -46.39%,
while its income statement prints 2022 as first reported: -46.23%), in ``claims.verify``: the
claim holds on the printed figures, as a growth worked out on an unrestated base does."""

from __future__ import annotations

from ..metrics import Computed, Metrics
from ..metrics.engine import prior_period
from .model import CHANGE_PCT, SUPPORTED, Claim, Verdict
from .verify_base import _agrees, _label, _lang, show


def growth_on_printed_levels(
    claim: Claim, cands: list[Computed], m: Metrics, segment
) -> Verdict | None:
    """SUPPORTED when a change the printed growth contradicts matches the growth of the two
    printed levels (this period's and the year before's), else None."""
    if claim.measure != CHANGE_PCT or not claim.period or not claim.concept:
        return None
    printed = [c for c in cands if c.value is not None and c.formula == "printed"]
    if not printed or len(printed) != len(cands):
        return None  # (a growth already worked out from the levels was judged with the others)
    prior = prior_period(claim.period)
    if not prior:
        return None
    got = m.change_between(claim.concept, claim.period, prior, segment, CHANGE_PCT)
    if not got or got[0].value is None or not _agrees(claim, got[0])[0]:
        return None
    c = got[0]
    lang = _lang(claim)
    expected = show(c.value, c.unit, claim.scale, lang)
    other = show(printed[0].value, printed[0].unit, claim.scale, lang)
    return Verdict(
        SUPPORTED,
        f"Matches {expected} computed as {c.formula} ({_label(c)}) on the printed levels; "
        f"{_label(printed[0])} prints {other}, on another base (a restated prior year).",
        expected,
        c.sources + printed[0].sources,
    )
