"""``Computed``: a value the metrics engine gives, with its inputs and their provenance; and the
small helpers the engine's parts share."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ..model import Fact, Source
from ..periods import Period
from .select import fact_precision

CHANGE_ABS = "change_abs"
SHARE_PCT = "share_pct"
CHANGE_QOQ_PCT = "change_qoq_pct"  # quarter on quarter (环比), single quarters only
HUNDRED = Decimal(100)

# Sign notes for growth from a non-positive base (the reports print 不适用)
TURNED_PROFIT = "扭亏"  # loss → profit
TURNED_LOSS = "转亏"  # profit → loss
LOSS_NARROWED = "减亏"  # smaller loss
LOSS_WIDENED = "亏损扩大"  # larger loss
ZERO_BASE = "基数为零"


@dataclass(frozen=True, slots=True)
class Computed:
    """A value the engine gives, printed or computed, with everything it rests on.

    value:      Decimal in base units of ``unit`` (yuan, %, pp), None when there is no number
                (growth from a loss: see ``note``)
    unit:       "CNY", "%", "pp", "count", ...
    formula:    "printed" for a fact as printed, else the computation with periods
                ("revenue[2024FY] / revenue[2023FY] - 1")
    inputs:     the facts and Computed values used
    sources:    the Source of every printed fact underneath, deduplicated, in order
    note:       扭亏 / 转亏 / 减亏 / 亏损扩大 / 基数为零 for growth across a sign; "outlier: ..." for a
                printed value the other figures of the store contradict; else None
    precision:  half the last printed digit, propagated through the computation (base units)
    """

    concept: str
    period: str
    segment: str | None
    measure: str
    value: Decimal | None
    unit: str
    formula: str
    inputs: tuple = ()
    sources: tuple[Source, ...] = ()
    note: str | None = None
    precision: Decimal = Decimal(0)

    @classmethod
    def of_fact(cls, fact: Fact) -> Computed:
        return cls(
            concept=fact.concept,
            period=fact.period,
            segment=fact.segment,
            measure=fact.measure,
            value=fact.value,
            unit=fact.unit,
            formula="printed",
            inputs=(fact,),
            sources=(fact.source,),
            precision=fact_precision(fact),
        )

    @classmethod
    def derived(
        cls,
        concept,
        period,
        segment,
        measure,
        value,
        unit,
        formula,
        inputs,
        note=None,
        precision=Decimal(0),
    ) -> Computed:
        """A value computed from ``inputs``: its sources are theirs (``merged_sources``)."""
        inputs = tuple(inputs)
        return cls(
            concept, period, segment, measure, value, unit, formula, inputs,
            merged_sources(*inputs), note, precision,
        )  # fmt: skip

    @classmethod
    def percent(cls, concept, period, segment, measure, part, whole, formula) -> Computed:
        """``part`` over ``whole`` in % (a ratio of two concepts, a segment's share), as precise
        as its two inputs allow."""
        value = part.value / whole.value * HUNDRED
        precision = abs(value) * (_rel(part) + _rel(whole))
        return cls.derived(
            concept, period, segment, measure, value, "%", formula, (part, whole),
            precision=precision,
        )  # fmt: skip

    @property
    def is_outlier(self) -> bool:
        return bool(self.note and self.note.startswith("outlier"))


def merged_sources(*parts) -> tuple[Source, ...]:
    """The sources of every part (anything with ``.sources``: Computed, a writer's Figure or
    number), once each, in order of first use."""
    seen: dict[Source, None] = {}
    for p in parts:
        for s in p.sources:
            seen.setdefault(s, None)
    return tuple(seen)


@lru_cache(maxsize=1024)
def prior_period(period: str) -> str | None:
    """The same period a year earlier: 2024FY → 2023FY, 2024-12-31 → 2023-12-31."""
    try:
        return str(Period.parse(period).prior_year())
    except ValueError:
        return None


# report tables other than the statements whose amounts over a period add up across quarters
# (扣除非经常性损益后的净利润 of the key table, a non-recurring item, R&D expensed): a quarter is
# the year-to-date less the span before, like an income-statement line; and a US filer's own
# printed line of its income or cash-flow statement (filer_line, under "segment": the first
# quarter's trademark impairment is the half's less the second quarter's)
_ADDITIVE_TABLES = ("indicator", "nonrecurring", "rd", "segment")


def _is_flow(concept: str, unit: str) -> bool:
    """Whether a figure over a period is the sum of its quarters (Q2 = H1 − Q1)."""
    from ..concepts import accounts

    c = accounts().get(concept)
    if c is not None:
        if c.statement in ("income", "cashflow"):
            return True
        # an amount of money over a period (not a rate, a count or a per-share figure)
        return c.statement in _ADDITIVE_TABLES and c.is_flow and c.unit == "CNY"
    return unit == "CNY"


def _rel(c: Computed) -> Decimal:
    """Relative precision of a value (0 for an exact or zero value)."""
    if not c.value:
        return Decimal(0)
    return c.precision / abs(c.value)


def _parses(period: str) -> bool:
    try:
        Period.parse(period)
    except ValueError:
        return False
    return True
