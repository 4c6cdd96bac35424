"""Multiples (倍, times, -fold) in ``claims.verify``: against the growth rate (增长6倍 reads
+600% or 7× the level: ambiguous), on the quarter before when said 环比, and a loss as a
multiple of the year-before loss."""

from __future__ import annotations

import re
from decimal import Decimal

from ..metrics import Computed, Metrics
from ..metrics.computed import TURNED_LOSS
from ..metrics.engine import prior_period
from .model import (
    CHANGE_PCT,
    CHANGE_QOQ_PCT,
    CONTRADICTED,
    MISLEADING,
    SUPPORTED,
    UNVERIFIABLE,
    Claim,
    Verdict,
)
from .own_arithmetic import _find
from .verify_base import HUNDRED, _label, _lookup, words_before

_QOQ_WORDS = re.compile(
    r"环比|環比|按季|较上一?季度?|比上一?季度?|quarter[- ]on[- ]quarter|\bQoQ\b|sequential", re.I
)


_FOLD = re.compile(r"fold\b", re.I)
# English multiples said in words (double the prior year, tripled): of the level, never ambiguous
_LEVEL_WORD = re.compile(r"\b(?:doubl|tripl|quadrupl)(?:e|ed|es|ing)\b", re.I)
_A_RATIO = re.compile(r"\d\s*[x×]$", re.I)
_GROWTH_WORDS = re.compile(
    r"\b(?:rose|risen|rise|grew|grown|grow|increased?|jump(?:ed)?|climb(?:ed)?|surg(?:ed|e)|"
    r"soar(?:ed)?|up|gain(?:ed)?|expand(?:ed)?|multipl(?:ied|y))\b|增|涨|升|翻",
    re.I,
)


def _times(claim: Claim, m: Metrics, segment, article: list[Claim]) -> Verdict:
    # 净利润环比增长了1.6倍: a multiple said on the quarter before is of the quarter-on-quarter growth
    if _A_RATIO.search(claim.printed or "") and not _GROWTH_WORDS.search(claim.quote):
        # cash covered short-term debt by around 2.0x: the analysts' "x" with no word of growth
        # is a ratio of two figures (coverage, leverage), not a multiple of last year's level
        return Verdict(UNVERIFIABLE, "A ratio in analysts' notation (N.Nx), not a growth multiple.")
    # (the word may stand before the quote: 按季则急增|近5倍)
    qoq = _QOQ_WORDS.search(claim.quote) or _QOQ_WORDS.search(words_before(claim, article))
    on = CHANGE_QOQ_PCT if qoq else CHANGE_PCT
    if m is not None and on == CHANGE_PCT:
        # a loss as a multiple of last year's profit or loss (the loss is roughly four times
        # what it earned the year before; 亏损扩大至上年同期的5倍): the sizes, not a growth rate
        sizes = _times_of_a_loss(claim, m, segment)
        if sizes is not None:
            return sizes
    growth = _lookup(m, claim.concept, claim.period, segment, on) if m else []
    across = next((g for g in growth if g.value is None and g.note), None)
    growth = [g for g in growth if g.value is not None and not g.is_outlier]
    if (
        not growth
        and across is not None
        and _GROWTH_WORDS.search(claim.quote + words_before(claim, article))
    ):
        return _across_zero(claim, across)
    if not growth:
        # the article's own growth rate for the same figure ("增长超6倍" beside "增长613.39%")
        own = _find(article, claim, CHANGE_PCT, claim.period)
        if own is None:
            losses = _times_of_a_loss(claim, m, segment) if m else None
            if losses is not None:
                return losses
            return Verdict(UNVERIFIABLE, "No growth rate to compare the multiple with.")
        growth = [Computed(claim.concept or "", claim.period or "", segment, CHANGE_PCT,
                           own.value, "%", "the article", precision=own.precision)]  # fmt: skip
    g = growth[0]
    pct = f"{g.value:.2f}%"
    increase = g.value / HUNDRED
    level = 1 + increase
    as_increase = claim.agrees(increase, g.precision / HUNDRED)
    as_level = claim.agrees(level, g.precision / HUNDRED)
    expected = f"+{pct} ({level:.2f}× the prior level)"
    if (
        _of_a_figure(claim, article)
        or _LEVEL_WORD.search(claim.printed or "")
        or _level_said_in_chinese(claim, article)
    ):
        # more than 11 times the $200.2 million of a year earlier: "N times the figure" is the
        # level over that figure, with no second reading
        return Verdict(
            SUPPORTED if as_level else CONTRADICTED,
            f"{'Matches' if as_level else 'The sources give'} {level:.2f}× the prior level "
            f"(growth of {pct}, {_label(g)}).",
            expected,
            g.sources,
        )
    if as_increase and as_level:
        return Verdict(SUPPORTED, f"Holds either way: growth of {pct} ({_label(g)}).",
                       expected, g.sources)  # fmt: skip
    if as_level and claim.value > 2 and _FOLD.search(claim.printed or ""):
        # jumped sixfold, an eightfold increase: English "-fold" multiplies the level (unlike
        # 增长6倍, which may be read as the increase); "twofold" stays ambiguous, since a
        # doubling is said "doubled" and "rose twofold" is as often read as tripled
        return Verdict(SUPPORTED, f"Matches {level:.2f}× the prior level (growth of {pct}, "
                       f"{_label(g)}).", expected, g.sources)  # fmt: skip
    if as_increase or as_level:
        return Verdict(
            MISLEADING,
            f"Ambiguous 倍: growth of {pct} is {increase:.2f} times more but {level:.2f} times "
            f"the level ({_label(g)}); the wording reads true one way only.",
            expected,
            g.sources,
        )
    return Verdict(CONTRADICTED, f"Growth was {pct} ({_label(g)}).", expected, g.sources)


# "N times the/that of/as much as <figure>" names the figure the level is a multiple of
_TIMES_WORD = re.compile(r"(?:times|fold)\W*$", re.I)
_A_FIGURE = re.compile(r"\s*(?:the|that\s+of|those\s+of|its|as\s+(?:much|large|high|big)\s+as)\b",
                       re.I)  # fmt: skip


# 是上年同期600万美元的7倍, 约为去年的3倍: the level as a multiple of an earlier figure, said with
# 是/为/相当于 and no verb of growth (增长了3倍 stays ambiguous)
_IS_TIMES_OF = re.compile(
    r"(?:是|为|相当于)[^，,。；;增涨升翻]{0,30}的\s*(?:约|近|逾|超过?|将近|接近)?\s*$"
)


def increase_reading(claim: Claim, article: list[Claim], level: Decimal) -> Verdict | None:
    """A multiple said with a growth word and the figures it compares (jumped eightfold to 30.77
    million yuan from 3.39 million yuan) that misses the ratio of the two levels but matches the
    increase (level − 1): ambiguous, as ``_times`` judges it (not a level said as one: doubled,
    N times the $X, X是Y的N倍)."""
    if (
        not _GROWTH_WORDS.search(claim.quote)
        or _A_RATIO.search(claim.printed or "")
        or _LEVEL_WORD.search(claim.printed or "")
        or _of_a_figure(claim, article)
        or _level_said_in_chinese(claim, article)
        or not claim.agrees(level - 1, Decimal("0.01"))
    ):
        return None
    return Verdict(
        MISLEADING,
        f"Ambiguous multiple: the figure is {level:.2f} times its compared level, "
        f"{level - 1:.2f} times more; the wording reads true one way only.",
        f"{level:.2f}×",
    )


def _level_said_in_chinese(claim: Claim, article: list[Claim]) -> bool:
    """Whether a Chinese multiple is of the level: X是Y的N倍 (the words before its number)."""
    quote = claim.quote
    at = quote.find(claim.printed) if claim.printed else -1
    if at < 0 or not claim.printed.endswith("倍"):
        return False
    return _IS_TIMES_OF.search(words_before(claim, article, 40) + quote[:at]) is not None


def _of_a_figure(claim: Claim, article: list[Claim]) -> bool:
    """Whether an English multiple is of a figure named right after it (more than 11 times the
    $200.2 million of a year earlier), read on in the quote or the claim that follows it."""
    quote = claim.quote
    at = quote.find(claim.printed) if claim.printed else -1
    tail = quote[at + len(claim.printed) :] if at >= 0 else ""
    times = _TIMES_WORD.search(quote)
    if times is None:
        inner = re.search(r"(?:times|fold)\b", tail, re.I)
        return inner is not None and _A_FIGURE.match(tail[inner.end() :]) is not None
    following = [c for c in article if 0 <= c.start - claim.end <= 5 and c is not claim]
    prior = prior_period(claim.period or "")
    # the quote that follows may open on its article or leave it out (times | the $200.2
    # million of a year earlier): a money figure of the prior period right after is that figure
    return any(
        _A_FIGURE.match(" " + c.quote)
        or (c.unit in ("CNY", "USD", "HKD") and c.measure == "value" and c.period == prior)
        for c in following
    )


def _times_of_a_loss(claim: Claim, m: Metrics, segment) -> Verdict | None:
    """A loss a multiple of the year-before loss (more than 20 times the year-earlier loss,
    亏损扩大至上年同期的5倍): a loss has no growth rate, so the multiple is of the two sizes
    (and "N times more" of their difference, which reads true one way only)."""
    prior = prior_period(claim.period or "")
    now = m.value(claim.concept, claim.period or "", segment)
    before = m.value(claim.concept, prior, segment) if prior else None
    if now is None or before is None or now.value is None or before.value is None:
        return None
    if now.value >= 0 or before.value == 0:
        return None
    if before.value > 0:
        # a loss against a profit: only the sizes compare (no "N times more" of a sign change)
        level = -now.value / before.value
        rel = _rel_precision(now) + _rel_precision(before)
        ok = claim.agrees(level, abs(level) * rel)
        label = f"{_label(now)}; {prior}: {_label(before)}"
        return Verdict(SUPPORTED if ok else CONTRADICTED,
                       f"The loss was {level:.2f} times the {prior} profit ({label}).",
                       f"{level:.2f}× the {prior} profit", now.sources + before.sources)  # fmt: skip
    level = now.value / before.value
    rel = _rel_precision(now) + _rel_precision(before)
    as_level = claim.agrees(level, abs(level) * rel)
    as_increase = claim.agrees(level - 1, abs(level) * rel)
    expected = f"{level:.2f}× the {prior} loss"
    label = f"{_label(now)}; {prior}: {_label(before)}"
    if as_level:
        return Verdict(SUPPORTED, f"The loss was {level:.2f} times the {prior} loss ({label}).",
                       expected, now.sources + before.sources)  # fmt: skip
    if as_increase:
        return Verdict(
            MISLEADING,
            f"The loss was {level:.2f} times the {prior} loss, {level - 1:.2f} times more: the "
            f"multiple reads true one way only ({label}).",
            expected,
            now.sources + before.sources,
        )
    return Verdict(CONTRADICTED, f"The loss was {level:.2f} times the {prior} loss ({label}).",
                   expected, now.sources + before.sources)  # fmt: skip


def _rel_precision(c: Computed) -> Decimal:
    return c.precision / abs(c.value) if c.value else Decimal(0)


def _across_zero(claim: Claim, g: Computed) -> Verdict:
    """A growth multiple of a figure that changed sign (经营现金流由净流出转为净流入，同比增长逾13倍):
    no multiple measures a change across zero; said as growth of one that turned negative, it
    asserts the wrong direction."""
    wrong_way = g.note.startswith(TURNED_LOSS)
    return Verdict(
        CONTRADICTED if wrong_way else MISLEADING,
        f"A change across zero is no multiple: the figure changed sign ({g.note}).",
        g.note,
        g.sources,
    )
