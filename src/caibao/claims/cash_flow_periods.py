"""The period of a cash-flow figure in ``claims.verify``: a 10-Q's or a Chinese Q3 report's cash
flow statement runs from the start of the year, so a later quarter's cash flow (and a ratio or a
difference of cash flows) is read from the year to date the statement covers; a quarter named in
so many words makes such a figure one of the wrong period (wording: verify.toml [quarter_named]).
Any figure a later quarter's report gives only to date is read so too (``to_date_figure``)."""

from __future__ import annotations

import re
from functools import cache

from ..metrics import Metrics
from ..metrics.definitions import definitions
from ..periods import Period
from .model import VALUE, Claim, verify_data
from .verify_base import _compatible, _lookup, clause_after, sentence_before


@cache
def _quarter_words() -> re.Pattern:
    return re.compile("|".join(verify_data()["quarter_named"]["patterns"]), re.I)


def _quarter_named(words: str) -> bool:
    """Whether the claim's clause names a single quarter (``verify.toml`` [quarter_named])."""
    return _quarter_words().search(words) is not None


# a clause's break (a comma, a semicolon; not the point of 1.47)
_CLAUSE = re.compile(r"[，；,;]")


def _own_words(claim: Claim, article: list[Claim]) -> str:
    """The words that date the claim's figure: its clause's words right before it, its quote and
    the rest of its clause ($1.47 billion in the quarter); a change that opens its clause (…in
    the quarter, down about 17 percent; 本季度经营现金流14.7亿元，同比下降17%) is of the figure
    in the clause before, so that one's words too. Not a quarter named for another figure of the
    sentence (第二季度营收50亿元，经营性现金流净额12.3亿元)."""
    # (a few words before: a sentence's opener, In the second quarter, Yangli cut capex by about
    # 30%, dates the story, not the figure as the quarter's alone)
    clauses = _CLAUSE.split(sentence_before(claim, article, 30))
    own = clauses[-1]
    if len(clauses) > 1 and claim.measure != VALUE and len(own.strip()) <= 12:
        own = clauses[-2] + "," + own
    return own + claim.quote + clause_after(claim, article)


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


def to_date_figure(claim: Claim, m: Metrics) -> Claim | None:
    """The claim as of the year to date, when the reports give its figure for a second or third
    quarter only to date: a Chinese Q3 report's statements run January–September (its selling
    expenses, its gross margin, its operating cash flow: 不适用 for the quarter alone), a 10-Q's
    cash flow statement from January. Not a figure of an income statement whose quarter's report
    is not in the store (no revenue or profit of the quarter: the quarter has its own column).
    None when the quarter has a figure, or the span none."""
    try:
        p = Period.parse(claim.period or "")
    except ValueError:
        return None
    if not p.is_single_quarter or p.quarter < 2 or p.quarter > 3 or claim.concept is None:
        return None
    # (or a concept that stands in for it where the store has none of it: a Q3 report's
    # 研发费用 for the R&D spending it does not print, ``[stand_in]``; a quarter one of them
    # has is no year to date's)
    held = (claim.concept, *verify_data().get("stand_in", {}).get(claim.concept, ()))
    if any(_has_value(m, c, claim.period) for c in held):
        return None
    # (a year-ago quarter: the report of the quarter a year later prints its figures to date
    # too, as a Q3 report's prior-year gross margin runs January–September)
    reports = (claim.period, str(Period.q(p.year + 1, p.quarter)))
    if not _is_cash_flow(claim.concept) and not any(
        _has_value(m, c, q) for c in ("revenue", "np_parent") for q in reports
    ):
        # (the quarter's own report is not in the store: an income statement has quarters of
        # its own; only a report that prints the quarter's revenue but this figure to date
        # gives it to date only)
        return None
    span = str(Period.ytd(p.year, p.quarter))
    return claim.with_(period=span) if any(_has_value(m, c, span) for c in held) else None


def _has_value(m: Metrics, concept: str, period: str) -> bool:
    return any(c.value is not None for c in _lookup(m, concept, period, None, VALUE))


def _year_of_fourth_quarter(claim: Claim, m: Metrics, segment) -> tuple[Claim, list] | None:
    """A figure the reports give only for the year (an annual report's return on equity, its
    expense ratios), in a fourth quarter's story with no quarter named in its own words: the
    annual report is the fourth quarter's, so the year may be what is meant (Weighted average
    return on equity rose to 17.33% under a 4th-quarter headline). The caller takes it only when
    the year's figure agrees; None when the year has no figure either."""
    try:
        p = Period.parse(claim.period or "")
    except ValueError:
        return None
    if not p.is_single_quarter or p.quarter != 4 or _is_cash_flow(claim.concept):
        return None
    year = str(Period.fy(p.year))
    cands = [c for c in _lookup(m, claim.concept, year, segment, claim.measure)]
    cands = [c for c in cands if _compatible(claim, c)]
    return (claim.with_(period=year), cands) if cands else None


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


@cache
def _per_quarter() -> tuple[frozenset[str], re.Pattern]:
    data = verify_data()["per_quarter"]
    return frozenset(data["concepts"]), re.compile("|".join(data["patterns"]), re.I)


_TO_DATE = re.compile(r"(\d{4})(?:H1|Q1-Q([23]))")


def per_quarter_period(claim: Claim) -> Claim:
    """A figure its own name says is per quarter (季度股息, the quarterly dividend: ``verify.toml``
    [per_quarter]), read in a half or nine months' sentence, is of that span's last quarter
    (上半年经营现金流…季度股息由每股0.53美元削减至0.05美元: the second quarter's dividend)."""
    concepts, words = _per_quarter()
    if claim.concept not in concepts or not claim.words or claim.period is None:
        return claim
    span = _TO_DATE.fullmatch(claim.period)
    if span is None or not words.search(claim.words):
        return claim
    return claim.with_(period=f"{span[1]}Q{span[2] or 2}")
