"""The one representation of a statement about a figure, shared by the writer and the checker.

A ``Claim`` says: *subject*'s *concept* (in *segment*) for *period* was *value* *unit*, possibly
with a *qualifier* (约/近/超…), expressed as a *measure* (the level, a change in %, a share…).
The writer builds claims for every figure it prints (and can hand them to the checker); the
checker extracts them from an article's text and attaches a ``Verdict`` to each.

Conventions (read these before building a Claim by hand) — the same as ``caibao.numbers.Amount``:

- ``value`` is in **base units** of ``unit``, like ``caibao.model.Fact.value``: "233.43亿元" gives
  ``value=Decimal("23343000000.00")``, ``unit="CNY"``, ``scale="亿"``; "18.79%" gives
  ``Decimal("18.79")``, ``"%"``; "6倍" gives ``Decimal("6")``, ``"times"``; "2.12个百分点" gives
  ``Decimal("2.12")``, ``"pp"``; "224万开发者" gives ``Decimal("2240000")``, ``"count"``.
  Units: "CNY", "USD", "HKD", "%", "pp", "times", "count", "rank". Negative values are negative
  ("下降5%" is ``change_pct`` −5; a loss of 1.93亿 is −193000000).
- ``precision`` is half the step of the last printed digit, in base units (233.43亿 → 500000;
  18.79% → 0.005; a round "230亿" → 5亿, since journalists round to the trailing zeros). A claim
  holds when the true value is within ``precision`` of ``value`` (widened or shifted by the
  qualifier, see ``QUALIFIERS``); ``numbers.format_amount`` prints a value back.
- ``period`` uses the project's notation: "2024FY", "2025H1", "2025Q1" (single quarter),
  "2025Q1-Q3" (year to date), "2024-12-31" (a balance at a date); None when unresolved.
- ``subject`` is a company code ("002230"), ``OTHER`` for a sentence about someone else
  (微软、谷歌…), or None when the text names no company and none was given.
- ``concept`` is an id of the chart of accounts (``caibao.concepts``: "revenue", "np_parent",
  "ocf", "cash_from_sales", "rd_investment"…) or of a metric (``caibao.metrics``:
  "gross_margin", "collection_ratio", "gross_profit"…) or a KPI id ("kpi_developers"…).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from importlib import resources

from ..model import Source


@cache
def verify_data() -> dict:
    """``verify.toml``, read once: the wording and tolerances the verdicts use (read only)."""
    text = resources.files(__package__).joinpath("verify.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def approx_tolerance(key: str) -> Decimal:
    """A tolerance of an approximate figure (``verify.toml`` [approx])."""
    return Decimal(verify_data()["approx"][key])


OTHER = "other"  # subject of a claim about a company other than the article's

# Claim.measure: what the number expresses about the concept
VALUE = "value"  # the level itself (233.43亿元, 毛利率42.63%)
CHANGE_PCT = "change_pct"  # year-on-year change in per cent (同比增长18.79%)
CHANGE_PP = "change_pp"  # change of a ratio in percentage points (提升2.12个百分点)
CHANGE_ABS = "change_abs"  # change as an amount (新增研发投入7.4亿元, 增加3亿元)
SHARE_PCT = "share_pct"  # share of the company total in % (营收占比34%)
RATIO_PCT = "ratio_pct"  # a ratio metric given in % when the concept is the numerator
CHANGE_QOQ_PCT = "change_qoq_pct"  # change on the previous quarter in per cent (环比增长5%)
TIMES = "times"  # a change given as a multiple (增长6倍, 暴涨6倍): ambiguous by nature
RANK = "rank"  # a rank among segments (第一大业务 → 1)
# a streak of N years (value N, unit "count"): each year below / above the year before, or each
# year's figure below / above zero (连续三年下滑, positive in each of the past three years)
STREAK_DOWN = "streak_down"
STREAK_UP = "streak_up"
STREAK_NEGATIVE = "streak_negative"
STREAK_POSITIVE = "streak_positive"
# the year's figure the lowest / highest of the N years up to it (the lowest in five years,
# 五年来最低)
STREAK_LOWEST = "streak_lowest"
STREAK_HIGHEST = "streak_highest"
STREAKS = (STREAK_DOWN, STREAK_UP, STREAK_NEGATIVE, STREAK_POSITIVE, STREAK_LOWEST, STREAK_HIGHEST)
MEASURES = (VALUE, CHANGE_PCT, CHANGE_PP, CHANGE_ABS, SHARE_PCT, RATIO_PCT, TIMES, RANK,
            CHANGE_QOQ_PCT, *STREAKS)  # fmt: skip

# Claim.qualifier and what it means for the true value x against the printed v (tolerance t):
QUALIFIERS = {
    None: "x within v ± t",
    "approx": "约/大约/左右/about: x within max(t, 3% of v) of v; of a rate level in % "
    "(毛利率约76.2%), within t + 1% of v (verify.toml [approx])",
    "more_than": "超/超过/逾/以上/over: x > v - t, and below 10 v (of a negative v, the size: "
    "-x > -v - t)",
    "less_than": "不足/不到/低于/under: x < v + t (of a negative v, the size: -x < -v + t)",
    "approaching": "近/接近/nearly: a little under v (v − max(v/10, t) ≤ x ≤ v + t; of a "
    "negative v, the size; of a multiple in words, nearly doubled: a tenth of the level, 2x)",
    "reached": "达/达到/reached: as None (an emphasis, not a bound)",
}

# Verdict.verdict
SUPPORTED = "supported"
CONTRADICTED = "contradicted"
SOURCES_DISAGREE = "sources_disagree"
MISLEADING = "misleading"
UNVERIFIABLE = "unverifiable"
VERDICTS = (SUPPORTED, CONTRADICTED, SOURCES_DISAGREE, MISLEADING, UNVERIFIABLE)


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement about one figure, with its exact place in the text it was read from.

    start, end:  character offsets of the claim in the ORIGINAL text (``text[start:end] == quote``)
    quote:       the words of the claim as written (metric words + number + unit when adjacent)
    subject:     company code, ``OTHER``, or None
    concept:     chart-of-accounts, metric or KPI id; None when the number's metric is unknown
    segment:     segment name as the article prints it (None = whole company)
    period:      period notation or None
    measure:     one of ``MEASURES``
    value:       Decimal as printed in ``unit`` (see module docstring)
    unit:        "CNY", "USD", "HKD", "%", "pp", "times", "count", "rank"
    precision:   half the last printed digit, in base units
    scale:       the scale as printed ("亿", "万", "billion", ""), to print the value back
    qualifier:   a key of ``QUALIFIERS``
    words:       the text that named the metric (e.g. "经营性现金流净额"), for reasons and HTML
    printed:     the number as printed ("233.43亿元", "18.79%"), "" when built by hand
    forecast:    a target or forecast (目标/预计/有望), not a reported figure
    """

    start: int
    end: int
    quote: str
    subject: str | None
    concept: str | None
    segment: str | None
    period: str | None
    measure: str
    value: Decimal
    unit: str
    precision: Decimal
    qualifier: str | None = None
    scale: str = ""
    words: str | None = None
    printed: str = ""
    forecast: bool = False

    def agrees(self, true_value: Decimal, slack: Decimal = Decimal(0)) -> bool:
        """True when ``true_value`` (base units) is what the claim says, qualifier included;
        ``slack`` widens the tolerance (the source's own rounding)."""
        v, t, x = self.value, self.precision + slack, true_value
        q = self.qualifier
        if v < 0 and q in ("more_than", "less_than", "approaching"):
            # a bound on a fall or a loss is a bound on its size: 下降超过30% is x < -30
            v, x = -v, -x
        if q == "more_than":
            # (a bound, yet of the figure's order: "more than 4 dollars" is no 400 million, a
            # figure ten times the one printed is another figure, not one above it)
            return x > v - t and (v <= 0 or x < v * 10)
        if q == "less_than":
            return x < v + t
        if q == "approaching":
            if self.measure == CHANGE_PCT and v >= 100 and not any(map(str.isdigit, self.printed)):
                # a multiple said in words (nearly doubled, 近乎翻番: +100%) is of the level, 2x:
                # "nearly" is a share of the level (1.89x is nearly double), not of the change
                under = (v + 100) * approx_tolerance("multiple_word_level_relative")
                return v - max(under, t) <= x <= v + t
            return v - max(abs(v) / 10, t) <= x <= v + t
        if q in (None, "approx", "reached") and self._multiple_in_words():
            # doubled/翻番/tripled is said of a level a little above the multiple, reporters
            # rounding it down (2.14x doubled): up to a tenth of the level more
            over = (v + 100) * approx_tolerance("multiple_word_round_down")
            return v - t <= x <= v + max(over, t)
        if q == "approx":
            if self.unit == "%" and self.measure in (VALUE, SHARE_PCT, RATIO_PCT):
                # a rate printed with its digits (毛利率约76.2%): its own rounding, a little wider
                return abs(x - v) <= t + abs(v) * approx_tolerance("rate_level_relative")
            return abs(x - v) <= max(t, abs(v) * approx_tolerance("relative"))
        return abs(x - v) <= t

    def _multiple_in_words(self) -> bool:
        """A change said as a multiple of the level in words (doubled, 翻番: +100%; tripled)."""
        return (
            self.measure == CHANGE_PCT
            and self.value >= 100
            and self.printed != ""
            and not any(map(str.isdigit, self.printed))
        )

    def with_(self, **changes: object) -> Claim:
        return replace(self, **changes)

    def to_json(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "subject": self.subject,
            "concept": self.concept,
            "segment": self.segment,
            "period": self.period,
            "measure": self.measure,
            "value": str(self.value),
            "unit": self.unit,
            "precision": str(self.precision),
            "qualifier": self.qualifier,
            "scale": self.scale,
            "printed": self.printed,
            "forecast": self.forecast,
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the checker concludes about one claim.

    verdict:   one of ``VERDICTS``
    reason:    one sentence a reader can follow ("matches 营业收入 233.43亿元 (S1)")
    expected:  the value the sources give, printed like the claim ("233.43亿元", "+613.40%"), or None
    sources:   the sources the verdict rests on (facts' provenance; several when they disagree)
    """

    verdict: str
    reason: str
    expected: str | None = None
    sources: tuple[Source, ...] = field(default_factory=tuple)

    def to_json(self) -> dict:
        return {
            "verdict": self.verdict,
            "reason": self.reason,
            "expected": self.expected,
            "sources": [s.to_json() for s in self.sources],
        }


@dataclass(frozen=True, slots=True)
class CheckedClaim:
    """A claim and its verdict: one row of ``caibao check``."""

    claim: Claim
    verdict: Verdict

    def to_json(self) -> dict:
        out = self.claim.to_json()
        out.update(self.verdict.to_json())
        return out
