"""The records the clause walker keeps while it reads.

Takes: nothing (plain records). Gives: ``Mention``, a metric word found in the text, and
``ReadingState``, the period and last metric in force while reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from ..periods import Period
from .lexicon import MetricWord


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
