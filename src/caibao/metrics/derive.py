"""Derived values: single quarters from year-to-date figures, growth (with the sign notes of a
loss), changes in points, increases, quarter-on-quarter growth, shares of the company total.
A mixin of ``engine.Metrics``."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..model import CHANGE_PCT, CHANGE_PP, VALUE
from ..periods import Period
from .computed import (
    CHANGE_QOQ_PCT,
    HUNDRED,
    LOSS_NARROWED,
    LOSS_WIDENED,
    SHARE_PCT,
    TURNED_LOSS,
    TURNED_PROFIT,
    ZERO_BASE,
    Computed,
    _is_flow,
    _rel,
    prior_period,
)


class Derivations:
    """Computations over ``self.value`` / ``self.facts`` (see ``engine.Metrics``)."""

    def _single_quarter(self, concept, period, segment) -> Computed | None:
        """Q2 = H1 − Q1, Q3 = Q1-Q3 − H1, Q4 = FY − Q1-Q3 (flows only; cash flow is
        cumulative in the reports, so de-accumulated the same way)."""
        try:
            p = Period.parse(period)
        except ValueError:
            return None
        if not p.is_single_quarter:
            return None
        if p.quarter == 1:
            return self._first_quarter(concept, p, segment)
        longer = Period.ytd(p.year, p.quarter)
        shorter = Period.ytd(p.year, p.quarter - 1)
        whole = self.value(concept, str(longer), segment)
        part = self.value(concept, str(shorter), segment)
        if part is None and whole is not None:
            part = self._sum_of_quarters(concept, p.year, p.quarter - 1, segment)
        return _difference(concept, period, segment, whole, part, longer, shorter)

    def _first_quarter(self, concept, p: Period, segment) -> Computed | None:
        """Q1 = H1 − Q2 when a half-year filing prints the half and its second quarter but the
        store holds no first-quarter report (Q2 printed, not itself computed from Q1)."""
        half = Period.h1(p.year)
        second = Period.q(p.year, 2)
        whole = self.value(concept, str(half), segment)
        part = self.value(concept, str(second), segment)
        if part is not None and part.formula != "printed":
            return None
        return _difference(concept, str(p), segment, whole, part, half, second)

    def _half_or_ytd(self, concept, period, segment) -> Computed | None:
        """A span the reports may not print, from the ones they do (flows only): the second
        half = FY − H1; the first half or the nine months = the sum of printed quarters."""
        try:
            p = Period.parse(period)
        except ValueError:
            return None
        if p.kind == "H2":
            whole = self.value(concept, str(Period.fy(p.year)), segment)
            part = self.value(concept, str(Period.h1(p.year)), segment)
            return _difference(concept, period, segment, whole, part, f"{p.year}FY", f"{p.year}H1")
        if p.kind in ("H1", "YTD", "FY") and not p.is_single_quarter:
            summed = self._sum_of_quarters(concept, p.year, p.quarter, segment)
            if summed is not None and _is_flow(concept, summed.unit):
                return summed
            if p.quarter < 4:
                return self._ytd_less_next_quarter(concept, p, segment)
        return None

    def _ytd_less_next_quarter(self, concept, p: Period, segment) -> Computed | None:
        """The first half = the nine months less the third quarter (the nine months = the year
        less the fourth) when a report prints both and no earlier span: a third-quarter report
        beside a first-quarter one gives the second quarter as H1 − Q1 (SOURCES, additive)."""
        longer, last = str(Period.ytd(p.year, p.quarter + 1)), str(Period.q(p.year, p.quarter + 1))
        if not self.facts(concept, longer, segment) or not self.facts(concept, last, segment):
            return None  # both printed, so no figure here is worked out from itself
        whole_c, part_c = self.value(concept, longer, segment), self.value(concept, last, segment)
        return _difference(concept, str(p), segment, whole_c, part_c, longer, last)

    def change_between(
        self, concept: str, period: str, base: str, segment: str | None = None,
        measure: str = CHANGE_PCT,
    ) -> list[Computed]:  # fmt: skip
        """The change of a figure from any earlier period (a named quarter, a year several
        years back): in % (of a loss, the change of its size), as an amount, in points, or as
        a multiple of the base (measure "times")."""
        cur = self.value(concept, period, segment)
        old = self.value(concept, base, segment)
        if cur is None or old is None or cur.value is None or old.value is None:
            return []
        inputs = (cur, old)
        if measure in (CHANGE_PCT, CHANGE_QOQ_PCT, "times"):
            if not old.value:
                return []
            if (old.value < 0) != (cur.value < 0) and measure != "times":
                return []  # a loss "roughly four times" last year's profit compares sizes
            size = " (sizes)" if old.value < 0 else ""
            ratio = abs(cur.value) / abs(old.value)
            rel = _rel(cur) + _rel(old)
            if measure == "times":
                formula = f"{concept}[{period}] / {concept}[{base}]{size}"
                return [Computed.derived(concept, period, segment, measure, ratio, "times",
                                         formula, inputs, precision=ratio * rel)]  # fmt: skip
            value = (ratio - 1) * HUNDRED
            formula = f"{concept}[{period}] / {concept}[{base}] - 1{size}"
            return [Computed.derived(concept, period, segment, measure, value, "%", formula,
                                     inputs, precision=ratio * HUNDRED * rel)]  # fmt: skip
        if measure == CHANGE_PP and cur.unit != "%":
            return []
        return [
            Computed.derived(
                concept,
                period,
                segment,
                measure,
                cur.value - old.value,
                "pp" if measure == CHANGE_PP else cur.unit,
                f"{concept}[{period}] - {concept}[{base}]",
                inputs,
                precision=cur.precision + old.precision,
            )
        ]

    def ratio_of(
        self, numerator: str, denominator: str, period: str, segment: str | None = None,
        denominator_period: str | None = None,
    ) -> Computed | None:  # fmt: skip
        """Any figure over another, in % (selling expenses over revenue, cash from sales over
        revenue, one quarter's profit over another's), with both inputs' provenance."""
        den_period = denominator_period or period
        num = self.value(numerator, period, segment)
        den = self.value(denominator, den_period, segment)
        if num is None or den is None or num.value is None or not den.value:
            return None
        return Computed.percent(
            f"{numerator}/{denominator}", period, segment, VALUE, num, den,
            f"{numerator}[{period}] / {denominator}[{den_period}] × 100",
        )  # fmt: skip

    def share_of_total(self, concept: str, period: str, segment: str) -> Computed | None:
        """A segment's figure over the whole company's, in % (AWS's operating profit as a share
        of the company's), with both inputs' provenance."""
        part = self.value(concept, period, segment)
        whole = self.value(concept, period)
        if part is None or whole is None or part.value is None or not whole.value:
            return None
        return Computed.percent(
            f"{concept}/{concept}", period, segment, VALUE, part, whole,
            f"{concept}[{period}, {segment}] / {concept}[{period}] × 100",
        )  # fmt: skip

    def _sum_of_quarters(self, concept, year, last, segment) -> Computed | None:
        """Q1 + … + Q``last`` from printed single quarters (an annual report's 分季度 table)."""
        parts = [self.facts(concept, f"{year}Q{q}", segment) for q in range(1, last + 1)]
        if not all(parts) or any(f[0].value is None for f in parts):
            return None
        quarters = [Computed.of_fact(f[0]) for f in parts]
        return Computed.derived(
            concept,
            str(Period.ytd(year, last)),
            segment,
            VALUE,
            sum((q.value for q in quarters), Decimal(0)),
            quarters[0].unit,
            " + ".join(f"{concept}[{q.period}]" for q in quarters),
            tuple(quarters),
            precision=sum((q.precision for q in quarters), Decimal(0)),
        )

    def quarter_identity(self, concept: str, period: str, segment: str | None = None):
        """Where the store prints a single quarter and its year-to-date figures too: the printed
        quarter, the derived one and whether they agree, else None."""
        printed = self.facts(concept, period, segment)
        if not printed:
            return None
        derived = self._single_quarter(concept, period, segment)
        if derived is None:
            return None
        p = Computed.of_fact(printed[0])
        ok = abs(p.value - derived.value) <= p.precision + derived.precision
        return p, derived, ok

    def _printed_growth(self, printed: list[Computed]) -> list[Computed]:
        """Printed changes, with a sign note when the figure itself is a loss or an outflow."""
        out = []
        for c in printed:
            level = self.value(c.concept, c.period, c.segment)
            note = None
            if level is not None and level.value is not None and level.value < 0 and c.value:
                note = LOSS_NARROWED if c.value > 0 else LOSS_WIDENED
            out.append(replace(c, note=note) if note else c)
        return out

    def growth(self, concept: str, period: str, segment: str | None = None) -> list[Computed]:
        """Year-on-year growth computed from the two levels (whatever the report printed)."""
        pair = self._year_pair(concept, period, segment)
        if pair is None:
            return []
        prior, cur, base = pair
        formula = f"{concept}[{period}] / {concept}[{prior}] - 1"
        inputs = (cur, base)
        note, value = None, None
        if base.value > 0:
            value = (cur.value / base.value - 1) * HUNDRED
            if cur.value < 0:
                note, value = TURNED_LOSS, None
        elif base.value == 0:
            note = ZERO_BASE
        elif cur.value > 0:
            note = TURNED_PROFIT
        else:
            change = (abs(base.value) - abs(cur.value)) / abs(base.value) * HUNDRED
            note = f"{LOSS_NARROWED} {change:.2f}%" if change > 0 else LOSS_WIDENED
        prec = abs(value) * (_rel(cur) + _rel(base)) if value is not None else Decimal(0)
        return [
            Computed.derived(
                concept, period, segment, CHANGE_PCT, value, "%", formula, inputs, note, prec
            )
        ]

    def _qoq(self, concept, period, segment) -> list[Computed]:
        """Quarter-on-quarter growth (环比) of a single quarter (of a loss, of its size)."""
        try:
            p = Period.parse(period)
        except ValueError:
            return []
        if not p.is_single_quarter:
            return []
        prev = Period.q(p.year, p.quarter - 1) if p.quarter > 1 else Period.q(p.year - 1, 4)
        out = [
            replace(c, measure=CHANGE_QOQ_PCT)
            for c in self.change_between(concept, period, str(prev), segment, CHANGE_PCT)
        ]
        if out:
            return out
        # a quarter that turned from the one before's loss to a profit (or back): no rate, the
        # sign's note (二季度净利润环比增长近270% after a first-quarter loss)
        cur = self.value(concept, period, segment)
        old = self.value(concept, str(prev), segment)
        if cur is None or old is None or cur.value is None or not old.value:
            return []
        if (old.value < 0) == (cur.value < 0):
            return []
        note = TURNED_PROFIT if old.value < 0 else TURNED_LOSS
        formula = f"{concept}[{period}] / {concept}[{prev}] - 1"
        return [
            Computed.derived(concept, period, segment, CHANGE_QOQ_PCT, None, "%", formula,
                             (cur, old), note, Decimal(0))
        ]  # fmt: skip

    def _year_pair(self, concept, period, segment) -> tuple[str, Computed, Computed] | None:
        """(the prior year's period, this year's value, the prior year's value), when both
        values are there."""
        cur = self.value(concept, period, segment)
        if cur is None or cur.value is None:
            return None
        bases = _bases(period)
        for k, prior in enumerate(bases):
            base = self.value(concept, prior, segment)
            if base is not None and base.value is not None:
                return prior, cur, base
            if k == 0:
                # no 31 December: the year-end of a fiscal year that ends in another month
                start = self._fiscal_year_start(concept, period, segment, cur)
                base = self.value(concept, start, segment) if start else None
                if base is not None and base.value is not None:
                    return start, cur, base
        return None

    def _fiscal_year_start(self, concept, period, segment, cur: Computed) -> str | None:
        """The balance date a quarter's balance sheet prints beside its own when the fiscal year
        does not end in December (a 10-Q dated 2009-07-31 beside the year-end 2009-01-31): the
        latest earlier date of the figure in the same document, less than a year before."""
        try:
            p = Period.parse(period)
        except ValueError:
            return None
        if not p.is_instant or (p.end.month, p.end.day) == (12, 31):
            return None
        docs = {s.sha256 for s in cur.sources}
        best = None
        for (c, other, seg, measure), facts in self._index.items():
            if c != concept or seg != segment or measure != VALUE or other == period:
                continue
            try:
                q = Period.parse(other)
            except ValueError:
                continue
            days = (p.end - q.end).days
            if (
                q.is_instant
                and 28 <= days < 360
                and any(f.source.sha256 in docs for f in facts)
                and (best is None or q.end > best.end)
            ):
                best = q
        return str(best) if best is not None else None

    def _year_difference(self, concept, period, segment, measure) -> list[Computed]:
        """This year's value minus the prior year's: in points (CHANGE_PP, of a ratio in %) or
        as an amount in the value's unit (CHANGE_ABS)."""
        pair = self._year_pair(concept, period, segment)
        if pair is None:
            return []
        prior, cur, base = pair
        if measure == CHANGE_PP and cur.unit != "%":
            return []
        return [
            Computed.derived(
                concept,
                period,
                segment,
                measure,
                cur.value - base.value,
                "pp" if measure == CHANGE_PP else cur.unit,
                f"{concept}[{period}] - {concept}[{prior}]",
                (cur, base),
                precision=cur.precision + base.precision,
            )
        ]

    def _share(self, concept, period, segment) -> list[Computed]:
        if segment is None:
            return []
        part = self.value(concept, period, segment)
        whole = self.value(concept, period, None)
        if part is None or whole is None or part.value is None or not whole.value:
            return []
        return [
            Computed.percent(
                concept,
                period,
                segment,
                SHARE_PCT,
                part,
                whole,
                f"{concept}[{period}, {segment}] / {concept}[{period}] × 100",
            )
        ]


def _bases(period: str) -> list[str]:
    """The periods a year-on-year change of ``period`` is measured from, first choice first. A
    balance at a quarter's or half-year's end is compared with the prior year-end, as reports
    print it (本报告期末比上年度末增减, 较年初), else with the same date a year earlier."""
    prior = prior_period(period)
    try:
        p = Period.parse(period)
    except ValueError:
        return [prior] if prior else []
    if p.is_instant and (p.end.month, p.end.day) != (12, 31):
        return [f"{p.end.year - 1}-12-31"] + ([prior] if prior else [])
    return [prior] if prior else []


def _difference(concept, period, segment, whole, part, whole_period, part_period):
    """whole − part of a flow (Q2 = H1 − Q1, H2 = FY − H1), with both as inputs; None when
    either is missing or the concept is not a flow."""
    if whole is None or part is None or whole.value is None or part.value is None:
        return None
    if not _is_flow(concept, whole.unit):
        return None
    return Computed.derived(
        concept,
        period,
        segment,
        VALUE,
        whole.value - part.value,
        whole.unit,
        f"{concept}[{whole_period}] - {concept}[{part_period}]",
        (whole, part),
        precision=whole.precision + part.precision,
    )
