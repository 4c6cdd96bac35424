"""The figures an article may print, each with the sources it rests on.

A ``Figure`` is one number the writer can say: a level, a change, a share. It comes from the metrics
engine (``caibao.metrics``), which reads the store, derives what is not printed (growth from two
levels, shares, ratios, single quarters) and keeps every input's provenance. ``FigureBook`` is the
writer's narrow view of it for one company: ask for a concept, period, segment and measure; get a
``Figure`` or None.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..metrics import Computed, Metrics
from ..metrics.computed import merged_sources
from ..metrics.select import same_value
from ..model import Source
from ..periods import Period
from ..store import Store
from . import periods as P

VALUE, CHANGE_PCT, CHANGE_PP, SHARE_PCT = "value", "change_pct", "change_pp", "share_pct"
SHARE_CHANGE_PP = "share_change_pp"  # a segment's share now minus a year before, in points
# Shares the metrics engine does not define: id → (numerator, denominator)
_DERIVED_SHARES = {"rd_capitalised_share": ("rd_capitalized", "rd_investment")}


@dataclass(frozen=True, slots=True)
class Figure:
    """One number the writer may print.

    value:    Decimal in base units (yuan, %, pp, count)
    unit:     "CNY", "%", "pp", "count", "times"
    sources:  the facts it rests on (several when derived)
    formula:  how it was derived ("(233.43 - 196.50) / 196.50"), None when printed as such
    """

    concept: str
    period: str
    segment: str | None
    measure: str
    value: Decimal
    unit: str
    sources: tuple[Source, ...]
    formula: str | None = None


class FigureBook:
    """What the store knows about one company, as figures."""

    def __init__(self, store: Store, company: str) -> None:
        self.store = store
        self.company = company
        self.metrics = Metrics(store, company)
        self._facts = store.facts(company=company)
        self._cache: dict[tuple, Figure | None] = {}

    # -- figures ----------------------------------------------------------------------------

    def get(
        self, concept: str, period: str, segment: str | None = None, measure: str = VALUE
    ) -> Figure | None:
        key = (concept, period, segment, measure)
        if key not in self._cache:
            self._cache[key] = self._compute(*key)
        return self._cache[key]

    def _compute(
        self, concept: str, period: str, segment: str | None, measure: str
    ) -> Figure | None:
        if measure == SHARE_CHANGE_PP:
            return self._share_change(concept, period, segment)
        if concept in _DERIVED_SHARES:
            return self._ratio(concept, period, *_DERIVED_SHARES[concept])
        if self.disputed(concept, period, segment, measure):
            return None  # the writer does not pick a side: it says the sources disagree
        computed = self.metrics.value(concept, period, segment=segment, measure=measure)
        if computed is None or computed.value is None or computed.is_outlier:
            return None
        return _figure(computed, concept, period, segment, measure)

    def disputed(
        self, concept: str, period: str, segment: str | None = None, measure: str = VALUE
    ) -> bool:
        """True when the sources print different values for one figure (outliers aside)."""
        cands = [
            c
            for c in self.metrics.candidates(concept, period, segment, measure)
            if c.value is not None and not c.is_outlier
        ]
        return any(not same_value(cands[0], c) for c in cands[1:])

    def _share_change(self, concept: str, period: str, segment: str | None) -> Figure | None:
        """Change of a segment's share of the total, in percentage points."""
        now = self.get(concept, period, segment, SHARE_PCT)
        before = self.get(concept, P.prior(period), segment, SHARE_PCT)
        if now is None or before is None:
            return None
        return Figure(
            concept,
            period,
            segment,
            CHANGE_PP,
            now.value - before.value,
            "pp",
            merged_sources(now, before),
            f"share[{period}] - share[{P.prior(period)}]",
        )

    def _ratio(self, concept: str, period: str, numerator: str, denominator: str):
        top, bottom = self.get(numerator, period), self.get(denominator, period)
        if top is None or bottom is None or not bottom.value:
            return None
        return Figure(
            concept,
            period,
            None,
            VALUE,
            top.value / bottom.value * 100,
            "%",
            merged_sources(top, bottom),
            f"{numerator}[{period}] / {denominator}[{period}] × 100",
        )

    def has(self, concept: str, period: str, segment: str | None = None) -> bool:
        return self.get(concept, period, segment) is not None

    # -- what the store holds ---------------------------------------------------------------

    def periods(self, concept: str, kinds: tuple[str, ...] = ("annual",)) -> list[str]:
        """Periods with a printed value of ``concept`` (whole company), oldest first."""
        found = {
            f.period
            for f in self._facts
            if f.concept == concept
            and f.segment is None
            and f.measure == VALUE
            and f.value is not None
            and P.kind(f.period) in kinds
        }
        return sorted(found, key=P.sort_key)

    def top_segments(self, period: str, concept: str = "revenue") -> list[str]:
        """Segments largest first, without a segment that is part of another one printed (开放平台
        inside 开放平台及消费者业务), so that the shares add up to at most the whole."""
        names = self.segments(period, concept)
        kept = [n for n in names if not any(n != o and n in o for o in names)]
        values = {n: self.get(concept, period, n) for n in kept}
        # eliminations (分部抵消) and other non-positive rows are not businesses with a share
        kept = [n for n in kept if values[n] is not None and values[n].value > 0]
        return sorted(kept, key=lambda n: -values[n].value)

    def segment_cuts(self, period: str, concept: str = "revenue") -> dict[str, list[str]]:
        """The segments split into the cuts a report prints: "main" (the fewest segments adding
        up to the total), "other" (the rest) and "region" (names with a region mark), each largest
        first. Without a total, everything is "main"."""
        names = self.top_segments(period, concept)
        total = self.get(concept, period)
        rules = _segment_rules()
        regions = [n for n in names if any(m in n for m in rules["region_marks"])]
        rest = [n for n in names if n not in regions]
        if total is None or not total.value:
            return {"main": names, "other": [], "region": []}
        values = {n: self.get(concept, period, n).value for n in rest}
        tol = total.value * Decimal(rules["tolerance"]) / 100
        main = _fewest_adding_up(rest, values, total.value, tol, int(rules["max_main"]))
        if main is None:
            main = rest
        other = [n for n in rest if n not in main]
        return {"main": main, "other": other, "region": regions}

    def kpis(self, period: str) -> list[str]:
        """Operating figures (``kpi_*``) the store holds for ``period``, in the store's order
        (counts and amounts: a percentage, the stake a deal bought, is no operating figure)."""
        seen: dict[str, None] = {}
        for f in self._facts:
            if (
                f.concept.startswith("kpi_")
                and f.period == period
                and f.segment is None
                and f.unit != "%"
            ):
                seen.setdefault(f.concept, None)
        return list(seen)

    def sub_segments(self, period: str, parent: str, concept: str = "revenue") -> list[str]:
        """Segments printed inside ``parent`` (their name is part of the parent's name)."""
        return [n for n in self.segments(period, concept) if n != parent and n in parent]

    def segments(self, period: str, concept: str = "revenue") -> list[str]:
        """Segment names with a value of ``concept`` in ``period``, in the store's order."""
        seen: list[str] = []
        for f in self._facts:
            if (
                f.concept == concept
                and f.period == period
                and f.segment
                and f.measure == VALUE
                and f.value is not None
                and f.segment not in seen
            ):
                seen.append(f.segment)
        return seen

    def latest_quarter(self, period: str) -> str | None:
        """The latest single quarter with revenue that ends at ``period``'s end or in the quarter
        after it (for 2024FY: 2024Q4, or 2025Q1 when the store has it — the annual report and the
        next first-quarter report often come out together)."""
        p = Period.parse(period)
        if p.is_instant:
            return None
        last = p.quarters()[-1]
        following = (
            Period.q(last.year + 1, 1)
            if last.quarter == 4
            else Period.q(last.year, last.quarter + 1)
        )
        order = (following, last) if p.kind == "FY" else (last, following)
        for quarter in order:
            if self.get("revenue", str(quarter)) is not None:
                return str(quarter)
        return None

    def failed_checks(self, period: str) -> list[tuple[str, str, str]]:
        """(check name, detail, document file) of the failed validations of the documents about
        ``period``."""
        rows = self.store.con.execute(
            "SELECT c.name, c.detail, d.file FROM checks c JOIN documents d "
            "ON c.doc_sha256 = d.sha256 WHERE d.company = ? AND d.period = ? AND NOT c.passed "
            "ORDER BY c.name",
            [self.company, period],
        ).fetchall()
        return [(r[0], r[1], r[2]) for r in rows]

    def restated(self, period: str) -> list[str]:
        """Concepts whose prior-year comparative the reports about ``period`` restate: printed
        both as restated and as originally stated with different values, or differing from the
        earlier report (a ``restatement:`` check)."""
        prior = P.prior(period)
        by_concept: dict[str, dict[str, Decimal]] = {}
        for f in self._facts:
            if f.period == prior and f.basis and f.value is not None and f.segment is None:
                by_concept.setdefault(f.concept, {})[f.basis] = f.value
        found = {c for c, b in by_concept.items() if len(set(b.values())) > 1}
        found |= {
            name.partition(":")[2]
            for name, _, _ in self.failed_checks(period)
            if name.startswith("restatement:")
        }
        return sorted(found)


def _figure(
    computed: Computed, concept: str, period: str, segment: str | None, measure: str
) -> Figure:
    return Figure(
        concept=concept,
        period=period,
        segment=segment,
        measure=measure,
        value=computed.value,
        unit=computed.unit,
        sources=tuple(computed.sources),
        formula=getattr(computed, "formula", None),
    )


def _segment_rules() -> dict:
    from .words import wording

    return wording()["segment_dimensions"]


def _fewest_adding_up(
    names: list[str], values: dict[str, Decimal], total: Decimal, tol: Decimal, most: int
) -> list[str] | None:
    """The set of at most ``most`` segments whose revenue comes closest to ``total`` (within
    ``tol``; the fewer on a tie), in the given order. Only the 16 largest are tried."""
    from itertools import combinations

    pool = names[:16]
    best: tuple[Decimal, int, tuple[str, ...]] | None = None
    for size in range(1, min(most, len(pool)) + 1):
        for combo in combinations(pool, size):
            gap = abs(sum(values[n] for n in combo) - total)
            if gap <= tol and (best is None or (gap, size) < best[:2]):
                best = (gap, size, combo)
    return list(best[2]) if best else None
