"""A fraction of the same figure in an earlier period the sentence names as its whole, in
``claims.verify`` (今年前三季度收入已不及2022年全年的三分之一, 上半年营收相当于去年全年的六成), or a part of the
period that holds it (四季度营收占了全年的近四成): the
figure of the clause's own period over its figure then, in %. The period reader may give the claim
the whole's period; its own is the one named at the head of its clause, else the figure's just
before it."""

from __future__ import annotations

import re

from ..metrics import Metrics
from ..periods import Period, resolve
from .model import SHARE_PCT, VALUE, Claim, Verdict
from .period_phrases import find_periods
from .verify_base import position, sentence_before
from .wholes import _before, _judge_ratio, _metric_words

# the verb, the whole's period and 的 right before the fraction (不及2022年全年的|三分之一)
_OF_PERIOD = re.compile(
    r"(?P<verb>相当于|相當於|不及|不到|不足|仅为|僅為|只有|仅有|约为|約為|超过|超過|逾|达到|達到|是|为|為"
    # a part of the period that holds it (四季度单季营收约1754亿元，占了全年的近四成)
    r"|占了|占到|占)"
    r"(?P<p>[^是为為的，,。；]{2,10})的(?:近|约|約|逾|超过|超|将近|接近|几乎|近乎|大约)?\s*$"
)
_CLAUSE = re.compile(r"[，,；;。]")
_VERB_BOUND = {"不及": "less_than", "不到": "less_than", "不足": "less_than",
               "超过": "more_than", "超過": "more_than", "逾": "more_than"}  # fmt: skip


def fraction_of_named_period(claim: Claim, m: Metrics, article: list[Claim]) -> Verdict | None:
    """The verdict on a fraction of a named earlier period's same figure, or None."""
    if claim.unit != "%" or claim.measure not in (VALUE, SHARE_PCT) or not claim.printed:
        return None
    if not claim.concept or not claim.period:
        return None
    at = claim.quote.find(claim.printed)
    if at < 0:
        return None
    head = _CLAUSE.split(sentence_before(claim, article, 60) + claim.quote[:at])[-1]
    named = _OF_PERIOD.search(head)
    if named is None or _metric_words().metrics_re.search(named["p"]):
        return None
    context = _latest(article)
    try:
        whole = resolve(named["p"], context=Period.parse(claim.period))
    except ValueError:
        return None
    if whole is None or context is None:
        return None
    base = str(whole)
    own = None
    # the period named at the head of the clause (今年前三季度收入已不及…)
    phrases = find_periods(head[: named.start()])
    if phrases:
        mine = resolve(phrases[-1][2], context=context)
        own = str(mine) if mine is not None else None
    if own is None:
        i = position(claim, article)
        prev = article[i - 1] if i else None
        if prev is not None and prev.concept == claim.concept and prev.measure == VALUE:
            own = prev.period
    if own is None or not (_before(base, own) or (named["verb"][0] == "占" and _holds(base, own))):
        return None
    bound = _VERB_BOUND.get(named["verb"], claim.qualifier)
    said = claim.with_(qualifier=bound, measure=VALUE)
    return _judge_ratio(said, m.ratio_of(claim.concept, claim.concept, own, None, base))


def _holds(whole: str, part: str) -> bool:
    """Whether the period ``whole`` holds ``part`` and is longer (2023FY holds 2023Q4)."""
    try:
        w, p = Period.parse(whole), Period.parse(part)
    except ValueError:
        return False
    return w.start <= p.start and p.end <= w.end and (w.start, w.end) != (p.start, p.end)


def _latest(article: list[Claim]) -> Period | None:
    """The latest period the article's figures are of: what its 今年 and 去年 count from."""
    best = None
    for c in article:
        try:
            p = Period.parse(c.period or "")
        except ValueError:
            continue
        if best is None or p.end > best.end:
            best = p
    return best
