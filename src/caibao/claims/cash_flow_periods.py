"""The period of a cash-flow figure in ``claims.verify``: a 10-Q's or a Chinese Q3 report's cash
flow statement runs from the start of the year, so a later quarter's cash flow (and a ratio or a
difference of cash flows) is read from the year to date the statement covers; a quarter named in
so many words makes such a figure one of the wrong period (wording: verify.toml [quarter_named])."""

from __future__ import annotations

import re
from functools import cache

from ..metrics import Metrics
from ..metrics.definitions import definitions
from ..periods import Period
from .model import Claim, verify_data
from .verify_base import _compatible, _lookup


@cache
def _quarter_words() -> re.Pattern:
    return re.compile("|".join(verify_data()["quarter_named"]["patterns"]), re.I)


def _quarter_named(words: str) -> bool:
    """Whether the claim's clause names a single quarter (``verify.toml`` [quarter_named])."""
    return _quarter_words().search(words) is not None


def _cash_flow_to_date(claim: Claim, m: Metrics, segment) -> tuple[Claim, list] | None:
    """A cash-flow figure of a later quarter the store cannot give (a 10-Q's cash flow statement
    is cumulative: the first half, the nine months) is read from the year to date the quarter's
    statement covers (slashed capex by nearly two-thirds, in a second-quarter piece: the first
    half's capex against the year before's). None when that has no figure either."""
    try:
        p = Period.parse(claim.period or "")
    except ValueError:
        return None
    if not p.is_single_quarter or p.quarter < 2 or not _is_cash_flow(claim.concept):
        return None
    span = str(Period.ytd(p.year, p.quarter))
    cands = [c for c in _lookup(m, claim.concept, span, segment, claim.measure)]
    cands = [c for c in cands if _compatible(claim, c)]
    return (claim.with_(period=span), cands) if cands else None


@cache
def _is_cash_flow(concept: str | None) -> bool:
    from ..concepts import accounts

    c = accounts().get(concept or "")
    if c is None:
        # a ratio of a cash flow (the collection ratio: cash from sales over revenue) is of the
        # period the cash flow statement covers
        # (free cash flow: operating cash flow less capex) of the period the statement covers
        d = definitions().get(concept or "")
        if d is None:
            return False
        if d.formula:
            return all(_is_cash_flow(c) for _sign, c in d.formula)
        return any(_is_cash_flow(n) for n in d.numerators)
    return c.statement == "cashflow"
