"""A gap between two growth rates in ``claims.verify``: one figure's growth said to outpace or
trail another's by so many percentage points (扣非净利润增速快于归母净利润约6个百分点, 营收增速
低于净利润增速3个百分点): the difference of the two growth rates, the first metric named before
the comparative word, the second the claim's own. And one figure's change said as a fraction of
another's (销售和管理费用的降幅已接近收入降幅的一半): the first change over the claim's own."""

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


# the claim's metric's change word and 的 right before a fraction said in words (收入降幅的|一半)
_OF_CHANGE = re.compile(r"(?:降幅|增幅|增速|跌幅|涨幅)的\s*$")
# the first metric's change word right after its name (销售和管理费用的降幅)
_CHANGE_WORD = re.compile(r"\s*的?(?:降幅|增幅|增速|跌幅|涨幅)")
# "nearly" between the two (已接近, 将近): a little under the fraction
_NEARLY = re.compile(r"接近|将近|几乎|近")


def growth_fraction(claim: Claim, m: Metrics, article: list[Claim], segment) -> Verdict | None:
    """The verdict on one metric's change said as a fraction of the claim's metric's change, in
    words (销售和管理费用的降幅已接近收入降幅的一半: SG&A fell 8.9%, revenue 18.7%, 0.48 of it), or
    None when the claim is no such fraction."""
    if claim.measure != CHANGE_PCT or claim.unit != "%" or not claim.printed or not claim.period:
        return None
    at = claim.quote.find(claim.printed)
    if at < 0 or any(ch.isdigit() for ch in claim.printed) or not claim.concept:
        return None
    said = words_before(claim, article, 40) + claim.quote[:at]
    if not _OF_CHANGE.search(said):
        return None
    lex = _metric_words()
    names = list(lex.metrics_re.finditer(said))
    if len(names) < 2:
        return None
    first, own = names[-2], names[-1]
    concept = lex.metric(first.group()).concept
    change = _CHANGE_WORD.match(said, first.end())
    if concept in (None, claim.concept) or change is None or change.end() > own.start():
        return None
    a = _lookup(m, concept, claim.period, segment, CHANGE_PCT)
    b = _lookup(m, claim.concept, claim.period, segment, CHANGE_PCT)
    a = next((c for c in a if c.value is not None and not c.is_outlier), None)
    b = next((c for c in b if c.value is not None and not c.is_outlier), None)
    if a is None or b is None or not b.value:
        return None
    ratio = a.value / b.value * 100
    near = _NEARLY.search(said, change.end(), own.start())
    said_as = claim.with_(
        value=abs(claim.value), qualifier="approaching" if near else claim.qualifier
    )
    how = (
        f"{concept} {show(a.value, '%', lang=_lang(claim))} against {claim.concept} "
        f"{show(b.value, '%', lang=_lang(claim))}, {_label(a)}"
    )
    expected = show(ratio, "%", lang=_lang(claim))
    if ratio > 0 and said_as.agrees(ratio):
        return Verdict(SUPPORTED, f"Matches a change {expected} of the other ({how}).",
                       expected, a.sources + b.sources)  # fmt: skip
    return Verdict(CONTRADICTED, f"The one change is {expected} of the other ({how}).", expected,
                   a.sources + b.sources)  # fmt: skip
