"""A gap between two growth rates in ``claims.verify``: one figure's growth said to outpace or
trail another's by so many percentage points (扣非净利润增速快于归母净利润约6个百分点, 营收增速
低于净利润增速3个百分点): the difference of the two growth rates, the first metric named before
the comparative word, the second the claim's own."""

from __future__ import annotations

import re
from functools import cache

from ..metrics import Metrics
from .model import CHANGE_PCT, CHANGE_PP, CONTRADICTED, SUPPORTED, Claim, Verdict
from .verify_base import _label, _lang, _lookup, show, words_before

# the comparative word between the two metrics (and the second's growth word before the number)
_GAP = re.compile(
    r"(?P<cmp>快于|高于|超过|超出|领先|慢于|低于|落后于?|不及)[^，。；,;]{0,16}?"
    r"(?:的)?(?:增速|增幅|增长率|增长)?(?:约|約|近|逾|超|达|達)?\s*$"
)
_BEHIND = ("慢于", "低于", "落后", "落后于", "不及")


@cache
def _metric_words():
    from .lexicon import Lexicon

    return Lexicon()


def growth_gap(claim: Claim, m: Metrics, article: list[Claim], segment) -> Verdict | None:
    """The verdict on a gap in points between two growth rates, or None when the claim is no
    such gap (a change in points of an amount said after a comparative word and another metric
    of the clause)."""
    if claim.measure != CHANGE_PP or claim.unit != "pp" or not claim.printed or not claim.period:
        return None
    at = claim.quote.find(claim.printed)
    said = words_before(claim, article, 30) + (claim.quote[:at] if at > 0 else "")
    gap = _GAP.search(said)
    if gap is None:
        return None
    lex = _metric_words()
    names = list(lex.metrics_re.finditer(said, 0, gap.start()))
    if not names:
        return None
    first = lex.metric(names[-1].group()).concept
    if first is None or first == claim.concept:
        return None
    a = _lookup(m, first, claim.period, segment, CHANGE_PCT)
    b = _lookup(m, claim.concept, claim.period, segment, CHANGE_PCT)
    a = next((c for c in a if c.value is not None and not c.is_outlier), None)
    b = next((c for c in b if c.value is not None and not c.is_outlier), None)
    if a is None or b is None:
        return None
    behind = gap["cmp"] in _BEHIND
    diff = (b.value - a.value) if behind else (a.value - b.value)
    ok = claim.agrees(diff, a.precision + b.precision)
    expected = show(diff, "pp", lang=_lang(claim))
    how = (
        f"{first} {show(a.value, '%', lang=_lang(claim))} against {claim.concept} "
        f"{show(b.value, '%', lang=_lang(claim))}, {_label(a)}"
    )
    if ok:
        return Verdict(SUPPORTED, f"Matches a gap of {expected} ({how}).", expected,
                       a.sources + b.sources)  # fmt: skip
    return Verdict(CONTRADICTED, f"The growth rates differ by {expected} ({how}).", expected,
                   a.sources + b.sources)  # fmt: skip
