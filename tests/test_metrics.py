"""Metrics: definitions as data over known concepts; computed values with provenance on a real
annual report and on small inline stores (sign rules, single quarters, choice among sources)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from caibao.claims.lexicon import Lexicon, alternatives
from caibao.concepts import accounts
from caibao.ingest import ingest_file
from caibao.metrics import Metrics
from caibao.metrics.computed import LOSS_NARROWED, TURNED_LOSS, TURNED_PROFIT
from caibao.metrics.definitions import definitions
from caibao.model import CHANGE_PCT
from caibao.store import Store
from inline_store import inline_store

# -- definitions ------------------------------------------------------------------------------


def test_every_metric_input_is_a_known_concept_or_metric():
    known = set(accounts()) | set(definitions())
    for d in definitions().values():
        assert d.inputs, d.id
        for name in d.inputs:
            assert name in known, f"{d.id} uses unknown concept {name}"
        assert d.unit in ("CNY", "%")


def test_a_metric_printed_in_reports_keeps_the_unit_of_its_definition():
    # gross_margin is printed in segment tables and computed when it is not: same unit
    for mid in set(definitions()) & set(accounts()):
        assert accounts()[mid].unit == definitions()[mid].unit, mid


def test_every_lexicon_concept_is_known():
    known = set(accounts()) | set(definitions())
    lexicon = Lexicon()
    for word in lexicon.metric_words.values():
        # a quotient of two known concepts (np_parent/revenue) is computed by the engine
        parts = set(word.concept.split("/")) if "/" in word.concept else {word.concept}
        assert parts <= known or word.concept.startswith("kpi_"), word
    for word, others in alternatives().items():
        assert word in lexicon.metric_words, word
        assert set(others) <= known, (word, others)


# -- inline stores ----------------------------------------------------------------------------


def _store(rows, code="600000"):
    """rows: (concept, period, value, measure, segment, source key); growth in %, else CNY"""
    return inline_store(
        [(c, p, v, "%" if m == CHANGE_PCT else "CNY", m, s, k) for c, p, v, m, s, k in rows],
        code,
        "测试公司",
    )


def test_growth_and_sign_rules():
    store = _store(
        [
            ("revenue", "2024FY", "120", "value", None, "S1"),
            ("revenue", "2023FY", "100", "value", None, "S1"),
            ("np_parent", "2024FY", "50", "value", None, "S1"),
            ("np_parent", "2023FY", "-20", "value", None, "S1"),
            ("np_parent_recurring", "2024FY", "-10", "value", None, "S1"),
            ("np_parent_recurring", "2023FY", "-40", "value", None, "S1"),
            ("ocf", "2024FY", "-5", "value", None, "S1"),
            ("ocf", "2023FY", "30", "value", None, "S1"),
        ]
    )
    m = Metrics(store, "600000")
    growth = m.value("revenue", "2024FY", measure="change_pct")
    assert growth.value == Decimal(20)
    assert {s.table for s in growth.sources} == {"S1"} and len(growth.inputs) == 2
    assert m.value("np_parent", "2024FY", measure="change_pct").note == TURNED_PROFIT
    assert m.value("np_parent", "2024FY", measure="change_pct").value is None
    narrowed = m.value("np_parent_recurring", "2024FY", measure="change_pct")
    assert narrowed.value is None and narrowed.note == f"{LOSS_NARROWED} 75.00%"
    assert m.value("ocf", "2024FY", measure="change_pct").note == TURNED_LOSS


def test_ratios_both_ways_and_shares():
    store = _store(
        [
            ("revenue", "2024FY", "200", "value", None, "S1"),
            ("operating_cost", "2024FY", "150", "value", None, "S1"),
            ("cash_from_sales", "2024FY", "190", "value", None, "S1"),
            ("revenue", "2024FY", "80", "value", "医药工业", "S1"),
        ]
    )
    m = Metrics(store, "600000")
    assert m.value("gross_profit", "2024FY").value == Decimal(50)
    assert m.value("gross_margin", "2024FY").value == Decimal(25)
    assert m.value("collection_ratio", "2024FY").value == Decimal(95)
    share = m.value("revenue", "2024FY", "医药工业", "share_pct")
    assert share.value == Decimal(40) and "revenue[2024FY]" in share.formula
    assert m.segment_name("医药工业板块") == "医药工业"
    assert m.segment_name("酒店") is None


def test_single_quarters_from_year_to_date():
    store = _store(
        [
            ("revenue", "2024Q1", "10", "value", None, "S1"),
            ("revenue", "2024H1", "25", "value", None, "S1"),
            ("revenue", "2024Q1-Q3", "45", "value", None, "S1"),
            ("revenue", "2024FY", "70", "value", None, "S1"),
            ("revenue", "2024Q4", "25", "value", None, "S2"),
        ]
    )
    m = Metrics(store, "600000")
    assert m.value("revenue", "2024Q2").value == Decimal(15)
    assert m.value("revenue", "2024Q3").value == Decimal(20)
    printed, derived, ok = m.quarter_identity("revenue", "2024Q4")
    assert printed.value == derived.value == Decimal(25) and ok


def test_a_key_table_amount_over_a_period_adds_up_across_quarters_but_a_rate_does_not():
    # 扣非净利润 is printed in the key table, not a statement: its second quarter is still the
    # half-year less the first quarter, and its growth the same difference a year earlier
    store = _store(
        [
            ("np_parent_recurring", "2023Q1", "8", "value", None, "S1"),
            ("np_parent_recurring", "2023H1", "18", "value", None, "S1"),
            ("np_parent_recurring", "2024Q1", "12", "value", None, "S1"),
            ("np_parent_recurring", "2024H1", "26", "value", None, "S2"),
            ("nonrecurring_total", "2024Q1", "1", "value", None, "S1"),
            ("nonrecurring_total", "2024H1", "3", "value", None, "S2"),
            ("roe_weighted", "2024Q1", "4", "value", None, "S1"),
            ("roe_weighted", "2024H1", "9", "value", None, "S2"),
        ]
    )
    m = Metrics(store, "600000")
    q2 = m.value("np_parent_recurring", "2024Q2")
    assert q2.value == Decimal(14) and "np_parent_recurring[2024H1]" in q2.formula
    assert m.value("np_parent_recurring", "2024Q2", measure=CHANGE_PCT).value == Decimal(40)
    assert m.value("nonrecurring_total", "2024Q2").value == Decimal(2)
    assert m.value("roe_weighted", "2024Q2") is None  # a rate is no sum of its quarters


def test_disagreeing_sources_are_all_kept_and_an_outlier_is_named():
    store = _store(
        [
            ("revenue", "2024FY", "233.43", "value", None, "S1"),
            ("revenue", "2024FY", "249.5", "value", None, "S7"),
            ("revenue", "2024FY", "18.79", "change_pct", None, "S1"),
            ("revenue", "2023FY", "195.97", "value", None, "S5"),
            ("cash_from_sales", "2024FY", "10", "value", None, "S2"),
            ("cash_from_sales", "2024FY", "11", "value", None, "S3"),
        ]
    )
    m = Metrics(store, "600000")
    cands = m.candidates("revenue", "2024FY")
    assert [c.value for c in cands] == [Decimal("233.43"), Decimal("249.5")]
    assert cands[1].is_outlier and not cands[0].is_outlier
    both = m.candidates("cash_from_sales", "2024FY")
    assert [c.sources[0].table for c in both] == ["S2", "S3"]  # deterministic order
    assert not any(c.is_outlier for c in both)


# -- a real annual report ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def jinhua(corpus, tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("m") / "m.duckdb")
    ingest_file(corpus / "cn" / "600080" / "600080_20250425_LXGH.pdf", store)
    yield Metrics(store, "600080")
    store.close()


def test_growth_printed_and_computed_agree_on_a_real_report(jinhua):
    printed = jinhua.value("revenue", "2024FY", measure="change_pct")
    assert printed.value == Decimal("3.55") and printed.formula == "printed"
    computed = jinhua.growth("revenue", "2024FY")[0]
    assert computed.inputs[0].value == Decimal("585461786.23")
    assert computed.inputs[1].value == Decimal("565403410.11")
    assert round(computed.value, 2) == Decimal("3.55")
    assert all(s.page for s in computed.sources)


def test_turn_to_profit_on_a_real_report(jinhua):
    # np_parent: -42,890,580.25 (2023) → 74,611,329.88 (2024); the report prints 不适用
    growth = jinhua.value("np_parent", "2024FY", measure="change_pct")
    assert growth.value is None and growth.note == TURNED_PROFIT


def test_statement_preferred_and_quarter_identity_on_a_real_report(jinhua):
    revenue = jinhua.value("revenue", "2024FY")
    assert revenue.sources[0].table == "合并利润表"
    printed, derived, ok = jinhua.quarter_identity("revenue", "2024Q4")
    assert ok and printed.value == derived.value


def test_rd_expense_ratio_is_the_expensed_rd_not_the_rd_investment():
    # 研发费用率 is R&D expense / revenue; 研发投入占营业收入比例 counts capitalised R&D too
    store = _store(
        [
            ("revenue", "2024FY", "400", "value", None, "S1"),
            ("rd_expense", "2024FY", "12", "value", None, "S1"),
            ("rd_investment", "2024FY", "20", "value", None, "S1"),
        ]
    )
    m = Metrics(store, "600000")
    assert m.value("rd_expense_ratio", "2024FY").value == Decimal(3)
    assert m.value("rd_intensity", "2024FY").value == Decimal(5)
    lexicon = Lexicon({})
    assert lexicon.metric("研发费用率").concept == "rd_expense_ratio"
    assert lexicon.metric("研发投入占营业收入比例").concept == "rd_intensity"
