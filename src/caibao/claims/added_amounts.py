"""Numbers the extractor adds to ``find_amounts``'s: a figure printed without a unit, a rank.

Takes: the normalised text, the ``Lexicon`` (its metric words and their kinds) and the amounts
found already. Gives: ``bare_after_metric`` (流动比率1.30, 每股收益0.21: a multiple or yuan per
share after a metric whose unit goes without saying) and ``rank_amounts`` (第一大业务 → 1; the
second-largest developer by sales → 2), each as (start, end, ``Amount``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..numbers import Amount, parse_amount
from .lexicon import Lexicon

_BARE_AFTER = re.compile(
    # (速动比率仅0.55, 约1.2, only 0.8: a softening word before the number)
    # (Earnings per share: 0.0176, a results box's label and its figure)
    r"\s*(?:[:：]|仅为|仅|只有|约为|约|已达|降至|升至|only|just|about|around|为|是|达到?|was|were|of|at"
    # the level a change arrives at (improved to 1.4, edged down to 1.12, 提升至1.40)
    r"|(?:[a-z]+\s+){1,2}?(?:to|at)(?=\s)|[\u4e00-\u9fff]{1,3}?[至到])?"
    r"\s*([-+]?\d+(?:\.\d+)?)(?![\d%]|[.,]\d)(?!\s*(?:[元倍亿万]|yuan|times|x\b))",
    re.I,
)
_BARE_UNIT = {"times": "倍", "per_share": "元"}


def bare_after_metric(norm: str, lex: Lexicon, amounts, metric_matches=None) -> list:
    """Numbers printed without a unit right after a metric whose unit goes without saying
    (流动比率1.30, 每股收益0.21): a multiple or yuan per share. ``metric_matches``: the lexicon's
    metric words found in ``norm``, when the caller has them already."""
    taken = [(a, b) for a, b, _ in amounts]
    out = []
    matches = lex.metrics_re.finditer(norm) if metric_matches is None else metric_matches
    for m in matches:
        unit = _BARE_UNIT.get(lex.metric(m.group()).kind)
        n = _BARE_AFTER.match(norm, m.end()) if unit else None
        if n is None or any(a < n.end(1) and b > n.start(1) for a, b in taken):
            continue
        amount = parse_amount(n.group(1) + unit)
        out.append((n.start(1), n.end(1), replace(amount, printed=n.group(1))))
    return out


# (found from 第, the verb before it added: a pattern that may start with an optional verb would
# be tried at every character of the text)
_RANK = re.compile(r"第(?P<n>[一二三四五12345])大(?:业务|板块|收入来源|产品线|业务板块)")
_RANK_VERBS = ("成为", "位居", "位列", "排名", "是", "为")
_CN_ORD = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}


# the country's second-largest developer by sales, its third-biggest market by revenue: a rank
# by a metric (an ordinal or none, the first), said with "by" and what it ranks by
_RANK_EN = re.compile(
    r"(?i)(?<![\w-])(?:(?P<n>second|third|fourth|fifth|2nd|3rd|4th|5th)[- ])?(?:largest|biggest)"
    r"(?=\s+(?:[A-Za-z-]+\s+){1,4}?by\s+(?:sales|revenues?|turnover|assets|market\s+share)\b)"
)
_EN_ORD = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}


def rank_amounts(norm: str) -> list[tuple[int, int, Amount]]:
    """Ranks among segments (第一大业务 → 1) as amounts of unit "rank"; in English, a rank said
    by a metric (the second-largest developer by sales → 2)."""
    out = []
    if "largest" in norm or "biggest" in norm:
        for m in _RANK_EN.finditer(norm):
            value = Decimal(_EN_ORD[m["n"].lower()] if m["n"] else 1)
            amount = Amount(value, "rank", m.group(), Decimal(0), "")
            out.append((m.start(), m.end(), amount))
    for m in _RANK.finditer(norm):
        verb = next((v for v in _RANK_VERBS if norm.endswith(v, 0, m.start())), "")
        start = m.start() - len(verb)
        value = Decimal(_CN_ORD.get(m["n"], m["n"]))
        out.append((start, m.end(), Amount(value, "rank", norm[start : m.end()], Decimal(0), "")))
    return out
