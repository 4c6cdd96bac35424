"""The records the clause walker keeps while it reads.

Takes: nothing (plain records). Gives: ``Mention``, a metric word found in the text, and
``ReadingState``, the period and last metric in force while reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from ..periods import Period
from .lexicon import MetricWord, lexicon_data


class Mention(NamedTuple):
    """A metric word found in the text (a tuple: made for every metric word of every sentence,
    it is built at the cost of one)."""

    start: int
    end: int
    word: MetricWord


@dataclass(slots=True)
class ReadingState:
    """What is in force while reading: the period being discussed and the last metric."""

    period: Period | None
    metric: Mention | None = None
    # the profit a per-share figure was said beside (earned $2.96 billion, or $1.46 a share):
    # what a following "That was up 11%" speaks of
    profit_behind_per_share: Mention | None = None


# 扣除非经常性损益后，… / 扣非后，… / 剔除非经常性损益的影响后，…: a lead clause of its own
_RECURRING_LEAD = re.compile(
    r"(?:扣除|剔除|扣)(?:非经常性损益|非经常损益|非)(?:的?影响)?后\s*[，,]"
)
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")


def recurring_after_lead(norm: str, mentions: list[Mention]) -> list[Mention]:
    """The profit words of a sentence after a lead clause that takes non-recurring items out
    (扣除非经常性损益后，公司归母净利润为1377.49万元): the recurring profit (lexicon.toml
    ``[recurring_lead]``)."""
    if "后" not in norm or not ("非经常" in norm or "扣非" in norm):
        return mentions
    leads = list(_RECURRING_LEAD.finditer(norm))
    if not leads:
        return mentions
    to = lexicon_data()["recurring_lead"]["concepts"]
    spans = []
    for m in leads:
        end = _SENTENCE_END.search(norm, m.end())
        spans.append((m.end(), end.start() if end else len(norm)))
    return [
        Mention(x.start, x.end, replace(x.word, concept=to[x.word.concept]))
        if x.word.concept in to and any(a <= x.start < b for a, b in spans)
        else x
        for x in mentions
    ]
