"""The records the clause walker keeps while it reads.

Takes: nothing (plain records). Gives: ``Mention``, a metric word found in the text,
``FigureReading``, what one number of a sentence was read as, and ``ReadingState``, the period
and last metric in force while reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from ..periods import Period
from .lexicon import MetricWord, lexicon_data

if TYPE_CHECKING:
    from ..numbers import Amount


class Mention(NamedTuple):
    """A metric word found in the text (a tuple: made for every metric word of every sentence,
    it is built at the cost of one)."""

    start: int
    end: int
    word: MetricWord


class FigureReading(NamedTuple):
    """What one number of a sentence was read as: its place (``a``:``b``) and clause's start,
    its ``Amount``, the 分别 list item it is (or None), its measure, metric mention and concept."""

    a: int
    b: int
    clause: int
    amount: Amount
    item: tuple | None
    measure: str
    mention: Mention | None
    concept: str | None


@dataclass(slots=True)
class ReadingState:
    """What is in force while reading: the period being discussed and the last metric."""

    period: Period | None
    metric: Mention | None = None
    # the profit a per-share figure was said beside (earned $2.96 billion, or $1.46 a share):
    # what a following "That was up 11%" speaks of
    profit_behind_per_share: Mention | None = None


_SENTENCE_END = re.compile(r"[。；;！？!?\n]")


def after_lead_clauses(norm: str, mentions: list[Mention]) -> list[Mention]:
    """The metric words after a lead clause that changes what they name (lexicon.toml
    ``[[lead_clauses]]``): 扣除非经常性损益后，公司归母净利润为1377.49万元 is the recurring profit;
    处置…股权，确认投资收益3432.99万元 the gain of the disposal."""
    for lead in _lead_clauses():
        if not any(w in norm for w in lead["gate"]):
            continue
        spans = []
        for m in lead["regex"].finditer(norm):
            if lead["scope"] == "next":
                spans.append((m.end(), m.end() + 1))
                continue
            end = _SENTENCE_END.search(norm, m.end())
            spans.append((m.end(), end.start() if end else len(norm)))
        if not spans:
            continue
        to = lead["concepts"]
        mentions = [
            Mention(x.start, x.end, replace(x.word, concept=to[x.word.concept]))
            if x.word.concept in to and any(a <= x.start < b for a, b in spans)
            else x
            for x in mentions
        ]
    return mentions


@cache
def _lead_clauses() -> list[dict]:
    return [
        {**lead, "regex": re.compile(lead["pattern"])}
        for lead in lexicon_data().get("lead_clauses", ())
    ]
