"""Metrics: figures computed from the fact store, each carrying its inputs and their provenance.

Takes: the store (``caibao.store.Store``) and a company code. Gives: ``Computed`` values.

    m = Metrics(store, "600080")
    c = m.value("revenue", "2024FY", measure="change_pct")   # growth, printed or computed
    c.value, c.unit, c.formula, c.note     # Decimal("3.55"), "%", "(revenue[2024FY] / ...) - 1", None
    c.sources                              # the Source of every fact it rests on
    m.candidates("revenue", "2024FY")      # every value the sources give, to show disagreement

Other calls: ``m.change_between(concept, "2024Q4", "2024Q1")`` (a change from any earlier period:
in %, as an amount, in points or as a multiple "times"; of a loss, of its size),
``m.ratio_of("selling_expense", "revenue", "2024FY")`` (any figure over another in %, with both
inputs; a concept id "numerator/denominator" is computed the same way),
``m.growth(concept, period)`` (computed from the two levels, whatever was printed),
``m.facts(...)`` (the printed facts of one key, preferred first), ``m.segments(concept)`` and
``m.segment_name("汽车")`` (the store's "智慧汽车"), ``m.quarter_identity(concept, "2024Q4")``
(printed quarter vs FY − Q1-Q3, where both exist), ``m.superseded(c, others)`` (a restated
figure's first-reported value).

``measure`` is one of "value", "change_pct" (year-on-year growth in %), "change_pp" (change of a
ratio in percentage points), "change_abs" (change as an amount), "share_pct" (a segment's share
of the company total, in %), "change_qoq_pct" (a single quarter on the one before, 环比). Concepts are chart-of-accounts ids (``caibao.concepts``) or metric
ids defined as data in ``definitions.toml`` (gross_profit, gross_margin, collection_ratio,
cash_conversion, rd_intensity, non_recurring_share, net_margin, free_cash_flow…). Single quarters
(``2025Q2``…``2025Q4``) are derived from year-to-date figures when the store has no printed
quarter; a second half (``2025H2``) as FY − H1; a first half or nine months as the sum of printed
quarters. A defined amount is in its inputs' currency (USD for a US filer).

Only consolidated facts are used (母公司 statements never). A concept some reports print under
another id is read there too (``[printed_as]`` in ``definitions.toml``: 营业总收入 for revenue).

Growth from a negative or zero base is not a percentage: ``Computed.value`` is None for
change_pct and ``note`` says 扭亏 / 转亏 / 减亏 / 亏损扩大 (the reports print 不适用).

Modules: ``engine`` (``Metrics``: printed facts, definitions, ratios read backwards, outliers,
restatements), ``derive`` (quarters, growth, points, increases, shares), ``definitions``
(``definitions.toml``), ``computed`` (``Computed`` and its helpers), ``select`` (the choice rule).

Choosing among several facts for one concept/period (key table and statement, a later report's
comparative column, a structured source, restated columns) is deterministic — see
``metrics.select``.
"""

from .engine import Computed, Metrics

__all__ = ["Computed", "Metrics"]
