"""Ratios an article names by their parts: a metric over another (``ratio_of``: the id the
metrics engine computes), and X as a percentage of Y (``as_share_of``: SG&A as % of revenues,
costs as a share of sales), in a sentence or a table row's label."""

from __future__ import annotations

import re
from functools import cache

from ..metrics.definitions import definitions, lower_is_better
from .lexicon import Lexicon, _data

# SG&A as % of revenues, costs as a percentage of sales: the first metric over the second
_AS_SHARE_OF = re.compile(
    r"\s+as\s+(?:an?\s+)?(?:%|percent(?:age)?|per\s*cent|share|proportion)\s+of\s+"
    r"(?:its\s+|the\s+)?(?:total\s+)?",
    re.I,
)


def ratio_of(numerator: str, denominator: str | None) -> str | None:
    """The metric defined as numerator / denominator × 100 (definitions.toml or the ratios the
    reports print), else ``"numerator/denominator"``: the metrics engine computes any such id
    (投资收益占利润总额比重近98% → investment_income/total_profit)."""
    if denominator is None or denominator == numerator:
        return None
    for d in definitions().values():
        if numerator in d.numerators and d.denominator == denominator:
            return d.id
    key = f"{numerator}/{denominator}"
    return _named_ratios().get(key, key)


@cache
def _named_ratios() -> dict[str, str]:
    """Ratios the reports print rather than the metrics compute (dividends / net profit is the
    payout ratio): ``[ratios]`` in lexicon.toml."""
    return dict(_data("lexicon.toml").get("ratios", {}))


def as_share_of(lex: Lexicon, s: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, ratio id) of "X as a percentage of Y" between ``start`` and ``end`` (both
    metrics of the lexicon, X right before "as"), or None."""
    if " as " not in s[start:end]:
        return None
    for r in _AS_SHARE_OF.finditer(s, start, end):
        firsts = list(lex.metrics_re.finditer(s, start, r.start()))
        first = firsts[-1] if firsts and firsts[-1].end() == r.start() else None
        second = first and lex.metrics_re.match(s, r.end())
        if not second or second.end() > end:
            continue
        x, y = (lex.metric(m.group()).concept for m in (first, second))
        concept = ratio_of(x, y)
        if concept is not None:
            return first.start(), second.end(), concept
    return None


# "As a share of loans, the reserve climbed 35% to 2.19%": the ratio's base named first, at the
# head of the sentence, its numerator in the clause after the comma
_FRONTED = re.compile(
    r"(?:^\s*|(?<=[.;!?]\s)|(?<=\n))As\s+(?:an?\s+)?(?:%|percent(?:age)?|per\s*cent|share|proportion)"
    r"\s+of\s+(?:its\s+|the\s+)?(?:total\s+)?",
    re.I,
)


def fronted_share_of(lex: Lexicon, s: str, clause: int, a: int) -> tuple[int, int, str] | None:
    """(start, end, ratio id) of the metric named after the comma that closes "As a share of
    Y," at the head of a sentence, before ``a``, read over Y ("As a share of loans, the reserve
    …"), or None."""
    if s.find("s a", 0, a) < 0 and s.find("S A", 0, a) < 0:
        return None
    heads = list(_FRONTED.finditer(s, 0, a))
    if not heads:
        return None
    head = heads[-1]
    base = lex.metrics_re.match(s, head.end())
    comma = s.find(",", head.end(), a)
    if base is None or comma < 0 or re.search(r"[,.;!?]\s", s[comma + 1 : a]):
        return None
    if s[base.end() : comma].strip():
        return None  # more than the base's name before the comma
    first = lex.metrics_re.search(s, comma, a)
    if first is None:
        return None
    x, y = (lex.metric(m.group()).concept for m in (first, base))
    concept = ratio_of(x, y)
    return (first.start(), first.end(), concept) if concept is not None else None


def bettered(lex: Lexicon, between: str, rate: str, mention, value):
    """A change said of the rate before it with a word of betterment or worsening (72.4% in the
    year-earlier quarter, an improvement of 0.9%; ``between``: the words from the rate to the
    change), read for the metric named before (earned premiums), whose better is up: for a rate
    where lower is better (a loss ratio) it is the other way."""
    if rate not in lower_is_better() or (
        mention is not None and mention.word.concept in lower_is_better()
    ):
        return value
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", between)}
    if words & lex.improve_words:
        return -abs(value)
    if words & lex.worsen_words:
        return abs(value)
    return value
