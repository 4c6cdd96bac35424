"""The metrics engine: printed facts, single quarters, growth, shares, ratios — with provenance.

See the package docstring for the API; ``select`` for how one fact is chosen among several.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal, DivisionByZero, InvalidOperation

from ..model import CHANGE_PCT, CHANGE_PP, CONSOLIDATED, ORIGINAL, VALUE, Fact
from ..periods import Period
from .computed import (
    CHANGE_ABS,
    CHANGE_QOQ_PCT,
    HUNDRED,
    SHARE_PCT,
    Computed,
    _parses,
    _rel,
    prior_period,
)
from .definitions import Definition, definitions, printed_as, shares_of
from .derive import Derivations
from .select import order_facts, same_value

# the concepts of a filer's own printed lines, named by their labels (``sources.fsds_lines``)
_PRINTED_LINES = frozenset(("filer_line", "filer_balance"))


@dataclass
class Metrics(Derivations):
    """Values for one company from the store. Loads the company's facts once (one query)."""

    store: object
    company: str
    _index: dict = field(default_factory=dict, repr=False)
    _cache: dict = field(default_factory=dict, repr=False)
    # the keys being worked out, each with its depth, and the shallowest of them a lookup under
    # way was cut off at (a definition that leads back to itself)
    _active: dict = field(default_factory=dict, repr=False)
    _cut: float = field(default=float("inf"), repr=False)
    _secondary: set = field(default_factory=set, repr=False)
    _reports: dict = field(default_factory=dict, repr=False)
    # the day an article was published: a figure of a report whose period ends after it (a later
    # restatement) is set aside where a report the article could have read gives the same key
    day: object = None

    def __post_init__(self) -> None:
        docs = {d.sha256: d for d, _ in self.store.documents(self.company)}
        self._secondary = {sha for sha, d in docs.items() if d.kind in ("facts_csv",)}
        self._reports = {
            sha: Period.parse(d.period).end
            for sha, d in docs.items()
            if d.kind not in ("facts_csv", "cninfo") and _parses(d.period)
        }
        # parent-company (母公司) statements are never the company's figures
        facts = self.store.facts(company=self.company, scope=CONSOLIDATED)
        if self.day is not None:
            facts = _known_by(facts, self.later_reports(self.day))
        for f in order_facts(facts, docs):
            measure = f.measure
            concept = f.concept
            if concept.endswith("_increase") and measure == VALUE:
                concept, measure = concept.removesuffix("_increase"), CHANGE_ABS
            self._index.setdefault((concept, f.period, f.segment, measure), []).append(f)

    def later_reports(self, day) -> frozenset:
        """The reports whose period ends after ``day`` (sha256s): none an article of that day read."""
        return frozenset(sha for sha, end in self._reports.items() if end > day)

    # -- what the store holds -------------------------------------------------------------------

    def facts(self, concept: str, period: str, segment: str | None = None, measure: str = VALUE):
        """Printed facts for one key, in the order of preference (``select.order_facts``)."""
        return list(self._index.get((concept, period, segment, measure), ()))

    def segments(self, concept: str = "revenue", period: str | None = None) -> list[str]:
        """Segment names the store holds for a concept (and period); for a sum or difference
        the store holds no figures of (gross profit = revenue − cost of sales), the segments
        every one of its terms has (a drug maker's product sales and their cost)."""
        key = ("segments", concept, period)
        if key not in self._cache:
            names = {
                seg
                for (c, p, seg, _m) in self._index
                if seg is not None and c == concept and (period is None or p == period)
            }
            d = definitions().get(concept)
            if not names and d is not None and d.formula:
                terms = [set(self.segments(c, period)) for _, c in d.formula if c != concept]
                names = set.intersection(*terms) if terms else set()
            self._cache[key] = sorted(names)
        return self._cache[key]

    def named_segments(self) -> list[str]:
        """The segments an article may name: those with revenue, and a business segment the
        filing gives other figures of only (Textron's Manufacturing group: its debt and net
        income); not a printed line's (``filer_line``, named by its label)."""
        if "named_segments" not in self._cache:
            names = {seg for (c, _p, seg, _m) in self._index if seg and c not in _PRINTED_LINES}
            self._cache["named_segments"] = sorted(names | set(self.segments()))
        return self._cache["named_segments"]

    def holds(self, concept: str) -> bool:
        """Whether the store holds a printed figure of the concept for the company."""
        if "held" not in self._cache:
            self._cache["held"] = frozenset(c for c, _p, _s, _m in self._index)
        return concept in self._cache["held"]

    def tagged_labels(self) -> list[tuple[str, str, str | None]]:
        """(printed label, concept, segment) of every figure read from a tagged filing (an
        XBRL instance, the SEC data sets: its row label ends in the element, "Mortgage production
        related income [us-gaap:FeesAndCommissionsMortgageBanking]"), once each."""
        if "tagged_labels" not in self._cache:
            seen = {}
            for (concept, _p, segment, measure), facts in self._index.items():
                if measure != VALUE:
                    continue
                for f in facts:
                    label = f.source.row_label or ""
                    if label.endswith("]") and " [" in label:
                        seen.setdefault((label.rpartition(" [")[0], concept, segment), None)
            self._cache["tagged_labels"] = list(seen)
        return self._cache["tagged_labels"]

    def segment_name(self, printed: str, concept: str = "revenue") -> str | None:
        """The store's segment a printed name means: exact, else without 业务/板块, else the one
        store name containing it (汽车 → 智慧汽车) or contained in it; None when unsure."""
        key = ("segment_name", printed, concept)
        if key not in self._cache:
            self._cache[key] = self._segment_name(printed, concept)
        return self._cache[key]

    def _segment_name(self, printed: str, concept: str) -> str | None:
        names = self.segments(concept)
        if "（" in printed and printed not in names:
            # (金天格胶囊（24粒/盒）: the report's 金天格胶囊(24粒/盒), its brackets half-width)
            printed = printed.replace("（", "(").replace("）", ")")
        if printed in names:
            return printed
        core = _segment_core(printed)
        exact = [n for n in names if _segment_core(n) == core]
        if exact:
            return exact[0]
        wider = [n for n in names if core and core in _segment_core(n)]
        if len(wider) == 1:
            return wider[0]
        narrower = [n for n in names if _segment_core(n) and _segment_core(n) in core]
        return max(narrower, key=len) if narrower else None

    # -- values ---------------------------------------------------------------------------------

    def value(
        self, concept: str, period: str, segment: str | None = None, measure: str = VALUE
    ) -> Computed | None:
        """The preferred value (first of ``candidates``), or None."""
        cands = self.candidates(concept, period, segment, measure)
        for c in cands:
            if not c.is_outlier:
                return c
        return cands[0] if cands else None

    def candidates(
        self, concept: str, period: str, segment: str | None = None, measure: str = VALUE
    ) -> list[Computed]:
        """Every value the store gives for a key, preferred first: printed facts (all of them,
        so a checker can show disagreement), else computed ones."""
        key = (concept, period, segment, measure)
        cached = self._cache.get(key)  # (a list: never None once worked out)
        if cached is not None:
            return cached
        if key in self._active:  # a definition that leads back to itself
            self._cut = min(self._cut, self._active[key])
            return []
        depth = self._active[key] = len(self._active)
        outer_cut, self._cut = self._cut, float("inf")
        try:
            out = self._candidates(concept, period, segment, measure)
        finally:
            del self._active[key]
        # a value worked out with a lookup cut off at a key further out (revenue asked first,
        # the efficiency ratio met on the way, its revenue cut off) is kept for this lookup
        # only: asked for itself later, it may have an answer
        if self._cut >= depth:
            self._cache[key] = out
        self._cut = min(outer_cut, self._cut)
        return out

    def _candidates(self, concept, period, segment, measure) -> list[Computed]:
        facts = self.facts(concept, period, segment, measure)
        if not facts:
            for other in printed_as().get(concept, ()):
                facts += self.facts(other, period, segment, measure)
        printed = [Computed.of_fact(f) for f in facts]
        if measure == VALUE:
            if any(c.value is not None for c in printed):
                return self._mark_outliers(printed)
            # only a dash or 不适用 printed (a third-quarter report's 本报告期 of the operating
            # cash flow): the figure worked out from others (nine months less the first half)
            return self._computed_values(concept, period, segment) or printed
        if measure == CHANGE_PCT:
            with_value = [c for c in printed if c.value is not None]
            if with_value:
                return self._printed_growth(with_value)
            # 不适用 printed, or nothing: the computed growth, or its sign note
            return self.growth(concept, period, segment) or printed
        if measure == CHANGE_PP:
            return printed or self._year_difference(concept, period, segment, CHANGE_PP)
        if measure == CHANGE_ABS:
            return printed or self._year_difference(concept, period, segment, CHANGE_ABS)
        if measure == SHARE_PCT:
            return printed or self._share(concept, period, segment)
        if measure == CHANGE_QOQ_PCT:
            return printed or self._qoq(concept, period, segment)
        return printed

    # -- computed values --------------------------------------------------------------------------

    def _computed_values(self, concept, period, segment) -> list[Computed]:
        quarter = self._single_quarter(concept, period, segment)
        if quarter is not None:
            return [quarter]
        span = self._half_or_ytd(concept, period, segment)
        if span is not None:
            return [span]
        if "/" in concept:
            # "selling_expense/revenue": a ratio a claim names that no definition gives
            numerator, _, denominator = concept.partition("/")
            ratio = self.ratio_of(numerator, denominator, period, segment)
            return [] if ratio is None else [ratio]
        whole = shares_of().get(concept)
        if whole is not None:
            # a segment's share of revenue, not printed: segment / total × 100
            return [
                replace(c, concept=concept, measure=VALUE)
                for c in self._share(whole, period, segment)
            ]
        d = definitions().get(concept)
        if d is not None:
            got = self._by_definition(d, period, segment)
            if got:
                return got
        return self._by_inverse(concept, period, segment)

    def _by_definition(self, d: Definition, period, segment) -> list[Computed]:
        if d.factors:
            return self._by_product(d, period, segment)
        if d.formula:
            parts = [(sign, self.value(c, period, segment)) for sign, c in d.formula]
            if any(p is None or p.value is None for _, p in parts):
                return []
            total = sum((sign * p.value for sign, p in parts), Decimal(0))
            text = " ".join(
                f"{'-' if sign < 0 else '+'} {p.concept}[{period}]" for sign, p in parts
            ).lstrip("+ ")
            prec = sum((p.precision for _, p in parts), Decimal(0))
            inputs = tuple(p for _, p in parts)
            units = {p.unit for _, p in parts}
            if len(units) > 1:
                return []  # never a sum of dollars and yuan
            # an amount is in its inputs' currency (a US filer's gross profit is in USD)
            unit = units.pop() if d.unit in ("CNY", "USD", "HKD") else d.unit
            return [
                Computed.derived(
                    d.id, period, segment, VALUE, total, unit, text, inputs, precision=prec
                )
            ]
        den = self.value(d.denominator, period, segment)
        if den is None or not den.value:
            return []
        for num_id in d.numerators:
            num = self.value(num_id, period, segment)
            if num is None or num.value is None:
                continue
            return [
                Computed.percent(
                    d.id,
                    period,
                    segment,
                    VALUE,
                    num,
                    den,
                    f"{num_id}[{period}] / {d.denominator}[{period}] × 100",
                )
            ]
        return []

    def _by_product(self, d: Definition, period, segment) -> list[Computed]:
        """A per-share amount × a number of shares (a dividend plan's total): in the currency of
        the per-share amount ("CNY/share" gives CNY). Exact: a plan declares its amount per
        share and its share base (每10股派15元 is 1.5 yuan, not 1.45 to 1.55)."""
        parts = [self.value(c, period, segment) for c in d.factors]
        if any(p is None or p.value is None for p in parts):
            return []
        total = Decimal(1)
        for p in parts:
            total *= p.value
        currencies = {p.unit.split("/")[0] for p in parts if p.unit not in ("count", "%")}
        if len(currencies) != 1:
            return []
        text = " × ".join(f"{p.concept}[{period}]" for p in parts)
        return [
            Computed.derived(
                d.id,
                period,
                segment,
                VALUE,
                total,
                currencies.pop(),
                text,
                tuple(parts),
                precision=Decimal(0),
            )
        ]

    def _by_inverse(self, concept, period, segment) -> list[Computed]:
        """A numerator from its ratio and denominator (or a denominator from the other two):
        one candidate per printed value of the ratio, so their disagreement carries over."""
        out: list[Computed] = []
        for d in definitions().values():
            if concept in d.numerators and d.numerators[0] == concept:
                den = self.value(d.denominator, period, segment)
                if den is None or den.value is None:
                    continue
                for ratio in self.candidates(d.id, period, segment):
                    # only a printed ratio: one computed from other figures would go round in a
                    # circle (R&D investment from an R&D intensity computed from R&D expense)
                    if ratio.value is None or ratio.is_outlier or ratio.formula != "printed":
                        continue
                    v = ratio.value * den.value / HUNDRED
                    out.append(
                        Computed.derived(
                            concept,
                            period,
                            segment,
                            VALUE,
                            v,
                            den.unit,
                            f"{d.id}[{period}] × {d.denominator}[{period}] / 100",
                            (ratio, den),
                            precision=abs(v) * (_rel(ratio) + _rel(den)),
                        )
                    )
            elif concept == d.denominator and len(d.numerators) == 1:
                num = self.value(d.numerators[0], period, segment)
                ratio = self.value(d.id, period, segment)
                if num is None or ratio is None or not ratio.value or num.value is None:
                    continue
                v = num.value * HUNDRED / ratio.value
                out.append(
                    Computed.derived(
                        concept,
                        period,
                        segment,
                        VALUE,
                        v,
                        num.unit,
                        f"{d.numerators[0]}[{period}] / {d.id}[{period}] × 100",
                        (num, ratio),
                        precision=abs(v) * (_rel(ratio) + _rel(num)),
                    )
                )
            if out:
                return out
        return out

    def _mark_outliers(self, printed: list[Computed]) -> list[Computed]:
        """When printed values disagree, a value that the store's own printed growth and
        prior-year figure contradict (by more than 1%) while another agrees is an outlier: it
        moves last and says so. Otherwise the disagreement stands, in the order of ``select``."""
        if len(printed) < 2 or all(same_value(printed[0], p) for p in printed[1:]):
            return printed
        head = printed[0]
        implied = self._implied_by_growth(head.concept, head.period, head.segment)
        if implied is None:
            return printed
        tol = abs(implied) / HUNDRED
        fits = [abs(p.value - implied) <= tol for p in printed if p.value is not None]
        if not any(fits) or all(fits):
            return printed
        # only a secondary source (a facts CSV of web pages) can be an outlier; a company's own
        # report that differs from another is a restatement, and the disagreement stands
        fits = [ok or not self._is_secondary(p) for p, ok in zip(printed, fits, strict=False)]
        if all(fits):
            return printed
        good = [p for p, ok in zip(printed, fits, strict=False) if ok]
        bad = [
            replace(
                p,
                note="outlier: the store's printed growth and prior-year value imply "
                f"{implied:.0f}",
            )  # fmt: skip
            for p, ok in zip(printed, fits, strict=False)
            if not ok
        ]
        return good + bad

    def superseded(self, c: Computed, others: list[Computed]) -> bool:
        """Whether a printed value is the company's own earlier figure that a later report of
        the company replaces (a restatement: 调整前, or the older report's column)."""
        if c.formula != "printed" or not c.inputs or not isinstance(c.inputs[0], Fact):
            return False
        if c.inputs[0].basis == ORIGINAL:
            return True
        mine = self._reports.get(c.sources[0].sha256)
        if mine is None:
            return False
        later = [self._reports.get(o.sources[0].sha256) for o in others if o.sources]
        return any(d is not None and d > mine for d in later)

    def _is_secondary(self, c: Computed) -> bool:
        return any(s.sha256 in self._secondary for s in c.sources)

    def _implied_by_growth(self, concept, period, segment) -> Decimal | None:
        prior = prior_period(period)
        growth = self.facts(concept, period, segment, CHANGE_PCT)
        base = self.facts(concept, prior, segment) if prior else []
        if not growth or not base or growth[0].value is None or base[0].value is None:
            return None
        try:
            return base[0].value * (1 + growth[0].value / HUNDRED)
        except (InvalidOperation, DivisionByZero):
            return None


def _known_by(facts: list[Fact], later: frozenset) -> list[Fact]:
    """The facts less those of a ``later`` report whose key an earlier report also gives (the
    quarter as first filed, not a restatement filed a year after the article)."""
    if not later:
        return facts

    def key(f: Fact) -> tuple:
        return (f.concept, f.period, f.segment, f.measure)

    early = {key(f) for f in facts if f.source.sha256 not in later}
    return [f for f in facts if f.source.sha256 not in later or key(f) not in early]


def _segment_core(name: str) -> str:
    for suffix in ("业务板块", "业务", "板块", "分部", "领域", "事业部", "segment", "business"):
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return name.strip()
