"""A store of a few facts written inline, for the tests of what reads the store (the metrics
engine, the checker's verdicts)."""

from __future__ import annotations

from decimal import Decimal

from caibao.model import Company, Document, Fact, Reading, Source
from caibao.store import Store


def inline_store(rows, code: str, name: str) -> Store:
    """An in-memory store of one facts CSV of ``code``'s 2024FY. rows: (concept, period, value,
    unit, measure, segment, source key); the key stands for the source's table and row."""
    store = Store(":memory:")
    facts = []
    for i, (concept, period, value, unit, measure, segment, key) in enumerate(rows):
        src = Source("inline.csv", "sha-inline", None, key, key, f"line {i + 2}", str(value))
        facts.append(
            Fact(
                code,
                concept,
                period,
                Decimal(value),
                unit,
                src,
                scale="元",
                segment=segment,
                measure=measure,
            )  # fmt: skip
        )
    doc = Document("sha-inline", "inline.csv", "facts_csv", Company(code, name), "2024FY")
    store.add(Reading(doc, facts))
    return store
