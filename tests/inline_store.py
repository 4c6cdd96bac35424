"""A store of a few facts written inline, for the tests of what reads the store (the metrics
engine, the checker's verdicts), and the verdicts of an article checked against one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.checker import Checker
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


# the company of the verdict tests' inline stores
SAMPLE_CODE = "600998"


def sample_verdicts(checker, text):
    """(quote, period, verdict) of each claim of ``text``, checked on 25 April 2025."""
    result = checker.check(text, SAMPLE_CODE, date(2025, 4, 25))
    return [(c.claim.quote, c.claim.period, c.verdict) for c in result.claims]


def checked_claims(rows, text, day):
    """The checked claims of ``text`` against an inline store of ``rows``, checked on ``day``."""
    store = inline_store(rows, SAMPLE_CODE, "样例药业")
    try:
        return Checker(store).check(text, SAMPLE_CODE, day).claims
    finally:
        store.close()
