"""The verdict on a claim's candidates in ``claims.verify``: ``_judge`` weighs every figure the
store has for it (all agree, some disagree, an outlier the others contradict, a figure a later
report restated or re-based on a new share count, a change across zero, a prior-year value the
next year's printed growth implies); ``_judge_share`` a segment's share of the company's total.

Takes a ``Claim``, its ``Computed`` candidates and the store's ``Metrics``; gives a ``Verdict``.
``_later_figure`` gives the later figure printed just before a claim (what a restated per-share
base is compared with).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from ..metrics import Computed, Metrics
from ..metrics.computed import CHANGE_QOQ_PCT, TURNED_LOSS, TURNED_PROFIT
from .model import (
    CHANGE_PCT,
    CONTRADICTED,
    MISLEADING,
    SOURCES_DISAGREE,
    SUPPORTED,
    UNVERIFIABLE,
    VALUE,
    Claim,
    Verdict,
)
from .signs import (
    _CASH_FLOWS,
    _LOSS_WORDS,
    _SIGN_WORDS_CASH,
    _SIGN_WORDS_PROFIT,
)
from .verify_base import (
    HUNDRED,
    _agrees,
    _label,
    _lang,
    position,
    show,
)
from .verify_bases import (
    _earlier,
)


def _judge_share(claim: Claim, got: Computed) -> Verdict:
    ok, _r = _agrees(claim.with_(measure=VALUE), got)
    expected = show(got.value, "%", lang=_lang(claim))
    return Verdict(
        SUPPORTED if ok else CONTRADICTED,
        f"{'Matches' if ok else 'The sources give'} {expected} (computed as {got.formula}, "
        f"{_label(got)}).",
        expected,
        got.sources,
    )


# the words of a comparison's base in a per-share claim's quote, and the words that flag a
# figure as the one first published (2023年年报披露的2.90元, as originally reported)
_MIXED_BASE = re.compile(
    r"\bcompared\s+with\b|\bcompared\s+to\b|\bversus\b|\bvs\.?\s|\bagainst\b|\bfrom\b|"
    r"上年同期为|上年为|去年同期为|较|比",
    re.I,
)
_AS_PUBLISHED = re.compile(r"披露|公布|originally|as reported|as published|first reported", re.I)


def _later_figure(claim: Claim, article: list[Claim]) -> Decimal | None:
    """The value of the same metric's figure for a later period printed just before the claim
    (2.63 yuan, compared with 2.90 yuan in 2023: 2.63), or None."""
    i = position(claim, article)
    for c in reversed(article[max(0, (i or 0) - 3) : i or 0]):
        if claim.start - c.end > 60:
            break
        if c.concept == claim.concept and c.measure == VALUE and _earlier(claim.period, c.period):
            return c.value
    return None


def _judge(
    claim: Claim, cands: list[Computed], m: Metrics, segment, said: Callable | None = None
) -> Verdict:
    """The verdict on the candidates; ``said()`` gives the claim's clause up to its end (its quote
    and the words before it), where a comparison's base is named, and the value of the same
    metric's figure for a later period just before it in the article (the one it is compared
    with)."""
    good = [c for c in cands if not c.is_outlier and c.value is not None]
    outliers = [c for c in cands if c.is_outlier]
    sign_notes = [c for c in cands if c.value is None and c.note]
    if not good and sign_notes and claim.measure in (CHANGE_PCT, CHANGE_QOQ_PCT):
        note = sign_notes[0].note
        what = _SIGN_WORDS_CASH if claim.concept in _CASH_FLOWS else _SIGN_WORDS_PROFIT
        meaning = next((v for k, v in what.items() if note.startswith(k)), note)
        # a rise said of a figure that turned from profit to loss (inflow to outflow), or a fall
        # of one that turned to a profit, asserts the wrong direction: false, not just loose
        wrong_way = (note.startswith(TURNED_LOSS) and claim.value > 0) or (
            note.startswith(TURNED_PROFIT) and claim.value < 0
        )
        wrong_way = wrong_way and not (claim.words and _LOSS_WORDS.search(claim.words))
        return Verdict(
            CONTRADICTED if wrong_way else MISLEADING,
            f"A change across zero is not a percentage: the figure {meaning} ({note}); the "
            "reports print 不适用.",
            note,
            sign_notes[0].sources,
        )
    if not good:
        note = cands[0].note or "no value"
        return Verdict(UNVERIFIABLE, f"The sources give no percentage here ({note}).", None,
                       cands[0].sources)  # fmt: skip
    results = [(c, *_agrees(claim, c)) for c in good]
    agree = [c for c, ok, _r in results if ok]
    rounding = any(r for _c, ok, r in results if ok)
    # (one candidate's sources are the tuple itself)
    sources = cands[0].sources if len(cands) == 1 else tuple(s for c in cands for s in c.sources)
    first = agree[0] if agree else good[0]
    lang = _lang(claim)
    expected = show(first.value, first.unit, claim.scale, lang)
    tail = ""
    if outliers:
        tail = f" ({_label(outliers[0])} prints {show(outliers[0].value, outliers[0].unit, claim.scale, lang)}, which the other figures contradict)"  # noqa: E501
    how = "printed" if first.formula == "printed" else f"computed as {first.formula}"
    # the company's later figure (调整后, or a later report's column) supersedes its earlier one
    # (the figures that do not agree, read off ``results``: equal figures agree alike, so this is
    # ``c not in agree`` without comparing every pair of figures field by field)
    disagree = [c for c, ok, _r in results if not ok]
    old = [c for c in disagree if m.superseded(c, good)]
    if agree and disagree and len(old) == len(disagree):
        first_reported = show(old[0].value, old[0].unit, claim.scale, lang)
        return Verdict(SUPPORTED, f"Matches the restated {expected} ({_label(first)}; first "
                       f"reported as {first_reported}).", expected, sources)  # fmt: skip
    # (with no figure that disagrees there is no later one to name: the test is skipped)
    if agree and disagree and all(m.superseded(c, good) for c in agree):
        now_c = next((c for c in disagree if not m.superseded(c, good)), None)
        if now_c is not None:
            now = show(now_c.value, now_c.unit, claim.scale, lang)
            if now_c.unit.endswith("/share"):
                # a per-share figure a later report restates is re-based on a new share count
                # (a bonus issue or a split: 2.48元 becomes 1.90元 after 10转3), not corrected:
                # the figure as reported holds. Set as the base of a comparison with a figure on
                # the new count (2.63 yuan, compared with 2.90 yuan in 2023) whose direction the
                # new base reverses (2.24: a rise, not a fall), it misleads, unless the copy says
                # it is the figure as first published
                said, later = said() if said is not None else ("", None)
                flips = later is not None and (later > first.value) != (later > now_c.value)
                if flips and _MIXED_BASE.search(said) and not _AS_PUBLISHED.search(said):
                    return Verdict(MISLEADING, f"Matches {expected} as first reported "
                                   f"({_label(first)}), but a later report re-based it on a new "
                                   f"share count to {now} ({_label(now_c)}): set against a "
                                   "figure on the new count, the comparison mixes bases.",
                                   now, sources)  # fmt: skip
                return Verdict(SUPPORTED, f"Matches {expected} as reported ({_label(first)}); "
                               f"a later report re-based it on a new share count to {now} "
                               f"({_label(now_c)}).", expected, sources)  # fmt: skip
            return Verdict(SOURCES_DISAGREE, f"Matches the figure as first reported; a later "
                           f"report restated it to {now} ({_label(now_c)}).", now, sources)  # fmt: skip
    if agree and len(agree) == len(good):
        why = "a last-digit rounding difference from" if rounding else "matches"
        return Verdict(SUPPORTED, f"{why.capitalize()} {expected} ({_label(first)}, {how}){tail}.",
                       expected, sources)  # fmt: skip
    listing = "; ".join(f"{_label(c)} {show(c.value, c.unit, claim.scale, lang)}" for c in good)
    if agree:
        return Verdict(
            SOURCES_DISAGREE, f"The sources disagree: {listing}{tail}.", expected, sources
        )
    if claim.measure == VALUE:
        implied = _implied_from_next(claim, m, segment)
        if implied is not None:
            value, basis = implied
            probe = Computed(claim.concept or "", claim.period or "", segment, VALUE, value,
                             claim.unit, "implied", precision=abs(value) / 2000)  # fmt: skip
            # (the next year's growth worked out on the same printed figure implies that figure
            # again: no second source, unless it differs from the ones listed)
            same = any(abs(c.value - value) <= probe.precision for c in good)
            if _agrees(claim, probe)[0] and not same:
                return Verdict(
                    SOURCES_DISAGREE,
                    f"The sources disagree: {listing}, while {basis} imply "
                    f"{show(value, claim.unit, claim.scale, lang)}.",
                    expected,
                    sources,
                )
    return Verdict(CONTRADICTED, f"The sources give {listing}{tail}.", expected, sources)


def _implied_from_next(claim: Claim, m: Metrics, segment) -> tuple[Decimal, str] | None:
    """A prior-year value implied by the next year's value and its printed growth."""
    period = claim.period or ""
    try:
        year = int(period[:4])
    except ValueError:
        return None
    nxt = f"{year + 1}{period[4:]}"
    level = m.value(claim.concept, nxt, segment)
    growth = m.facts(claim.concept, nxt, segment, CHANGE_PCT)
    if level is None or level.value is None or not growth or growth[0].value is None:
        return None
    value = level.value / (1 + growth[0].value / HUNDRED)
    return value, f"{_label(level)}'s {nxt} value and printed growth"
