"""Validation on ingest: identities, key table vs statements, quarters, earlier reports.

Small inline readings pin down each rule; the real cninfo answers and a real annual report show
the rules hold (or fail, explained) on printed data."""

from __future__ import annotations

from decimal import Decimal

import pytest

from caibao.ingest import ingest_paths, ingest_reading
from caibao.model import PARENT, RESTATED, Company, Document, Fact, Reading, Source
from caibao.store import Store
from caibao.validate import (
    half_unit,
    identity_checks,
    key_table_checks,
    prior_report_checks,
    quarter_checks,
    validate,
)

SHA = "a" * 64
COMPANY = Company("600000", "测试股份", "SSE")


def fact(concept, value, period="2024-12-31", page=10, table="合并资产负债表", scale="元",
         text=None, sha=SHA, label=None, column="2024年12月31日", **kw):  # fmt: skip
    value = Decimal(value)
    factor = {"元": 1, "万元": 10000}[scale]
    return Fact(
        company=COMPANY.code,
        concept=concept,
        period=period,
        value=value,
        unit="CNY",
        scale=scale,
        source=Source(
            "r.pdf", sha, page, table, label or concept, column, text or f"{value / factor:,}"
        ),
        **kw,
    )


def reading(facts, sha=SHA, kind="annual", period="2024FY", file="r.pdf"):
    return Reading(Document(sha, file, kind, COMPANY, period, 100), facts)


def _by_name(checks, name):
    return [c for c in checks if c.name == name]


# -- identities ------------------------------------------------------------------------------


def test_balance_sheet_identity_exact_to_the_cent():
    good = reading(
        [
            fact("total_assets", "300.00"),
            fact("total_liabilities", "100.00"),
            fact("total_equity", "200.00"),
        ]
    )
    [check] = _by_name(identity_checks(good), "balance_sheet_identity")
    assert check.passed and check.expected == check.actual == Decimal("300.00")

    off = reading(
        [
            fact("total_assets", "300.01"),
            fact("total_liabilities", "100.00", page=11),
            fact("total_equity", "200.00", page=12),
        ]
    )
    [check] = _by_name(identity_checks(off), "balance_sheet_identity")
    assert not check.passed
    # Both numbers and where each was printed.
    assert "300.01 (p10" in check.detail and "100.00 (p11" in check.detail
    assert "200.00 (p12" in check.detail and "difference 0.01" in check.detail
    assert len(check.sources) == 3


def test_identities_in_wan_yuan_allow_the_printed_rounding():
    # 1.00 + 2.00 = 3.00 万元 printed; the unrounded sum may be off by the last digit.
    kw = {"scale": "万元"}
    within = reading(
        [
            fact("total_assets", "30000", text="3.00", **kw),
            fact("total_liabilities", "10049", text="1.00", **kw),
            fact("total_equity", "20000", text="2.00", **kw),
        ]
    )
    assert half_unit(within.facts[0]) == Decimal("50")
    [check] = _by_name(identity_checks(within), "balance_sheet_identity")
    assert check.passed and "printed rounding ±150.00" in check.detail
    beyond = reading(
        [
            fact("total_assets", "30000", text="3.00", **kw),
            fact("total_liabilities", "10200", text="1.02", **kw),
            fact("total_equity", "20000", text="2.00", **kw),
        ]
    )
    [check] = _by_name(identity_checks(beyond), "balance_sheet_identity")
    assert not check.passed


def test_parent_statements_are_checked_apart():
    facts = [
        fact("total_assets", "300"),
        fact("total_liabilities", "100"),
        fact("total_equity", "200"),
        fact("total_assets", "90", table="母公司资产负债表", scope=PARENT, page=20),
        fact("total_liabilities", "50", table="母公司资产负债表", scope=PARENT, page=20),
        fact("total_equity", "30", table="母公司资产负债表", scope=PARENT, page=21),
    ]
    checks = _by_name(identity_checks(reading(facts)), "balance_sheet_identity")
    assert sorted(c.passed for c in checks) == [False, True]
    [failed] = [c for c in checks if not c.passed]
    assert "[parent]" in failed.detail and "母公司资产负债表" in failed.detail


def test_income_and_cash_flow_subtotals():
    p = {"period": "2024FY", "table": "合并利润表"}
    facts = [
        fact("operating_profit", "1000", **p),
        fact("non_operating_income", "50", **p),
        fact("non_operating_expense", "30", **p),
        fact("total_profit", "1020", **p),
        fact("income_tax", "220", **p),
        fact("net_profit", "800", **p),
        fact("np_parent", "700", **p),
        fact("minority_profit", "99", **p),  # 700 + 99 ≠ 800
    ]
    checks = {c.name: c for c in identity_checks(reading(facts))}
    assert checks["total_profit"].passed and checks["net_profit"].passed
    assert not checks["net_profit_parent_minority"].passed
    assert "difference 1.00" in checks["net_profit_parent_minority"].detail


def test_an_identity_with_a_missing_term_is_not_checked():
    facts = [fact("total_assets", "300"), fact("total_liabilities", "100")]
    assert identity_checks(reading(facts)) == []


# -- key table, quarters ---------------------------------------------------------------------


def test_key_table_against_statement():
    facts = [
        fact("revenue", "585461786.23", period="2024FY", table="主要会计数据", page=6),
        fact("revenue", "585461786.23", period="2024FY", table="合并利润表", page=82),
        fact("ocf", "1000.00", period="2024FY", table="主要会计数据", page=6),
        fact("ocf", "1001.00", period="2024FY", table="合并现金流量表", page=88),
        # the 调整后 column of the prior year against the statement's prior-year column
        fact("revenue", "500.00", period="2023FY", table="主要会计数据", page=6, basis=RESTATED),
        fact("revenue", "500.00", period="2023FY", table="合并利润表", page=82),
    ]
    checks = {(c.name, c.expected): c for c in key_table_checks(reading(facts))}
    assert checks[("key_table_vs_statement:revenue", Decimal("585461786.23"))].passed
    assert checks[("key_table_vs_statement:revenue", Decimal("500.00"))].passed
    ocf = checks[("key_table_vs_statement:ocf", Decimal("1001.00"))]
    assert not ocf.passed
    assert (
        "1,000.00 (p6, 主要会计数据" in ocf.detail and "1,001.00 (p88, 合并现金流量表" in ocf.detail
    )


def test_quarters_sum_to_the_year():
    q = {"table": "分季度主要财务指标", "page": 7}
    facts = [
        fact("revenue", v, period=f"2024Q{i}", **q) for i, v in enumerate(["1", "2", "3", "4"], 1)
    ]
    facts.append(fact("revenue", "10", period="2024FY", table="主要会计数据", page=6))
    [check] = quarter_checks(reading(facts))
    assert check.passed and check.name == "quarters_sum:revenue"
    facts[-1] = fact("revenue", "13", period="2024FY", table="主要会计数据", page=6)
    [check] = quarter_checks(reading(facts))
    assert not check.passed and "difference 3.00" in check.detail
    # Three quarters only: nothing to compare.
    assert quarter_checks(reading(facts[1:])) == []


# -- earlier reports in the store ----------------------------------------------------------------


def test_a_restatement_is_labelled_and_both_figures_kept(tmp_path):
    earlier_sha, later_sha = "e" * 64, "f" * 64
    earlier = reading(
        [
            fact(
                "revenue",
                "500.00",
                period="2023FY",
                table="合并利润表",
                sha=earlier_sha,
                column="本期",
            )
        ],
        sha=earlier_sha,
        period="2023FY",
        file="2023.pdf",
    )
    later = reading(
        [
            fact(
                "revenue",
                "520.00",
                period="2023FY",
                table="合并利润表",
                sha=later_sha,
                column="上期",
            ),
            fact(
                "revenue",
                "600.00",
                period="2024FY",
                table="合并利润表",
                sha=later_sha,
                column="本期",
            ),
        ],
        sha=later_sha,
        period="2024FY",
        file="2024.pdf",
    )
    with Store(tmp_path / "s.duckdb") as store:
        assert ingest_reading(earlier, store).status == "ingested"
        [check] = prior_report_checks(later, store)
        assert check.name == "restatement:revenue" and not check.passed
        assert "520.00" in check.detail and "500.00" in check.detail
        assert "2024.pdf" in check.detail and "2023.pdf" in check.detail
        result = ingest_reading(later, store)
        assert result.status == "ingested"
        assert [c.name for c in result.checks_failed] == ["restatement:revenue"]
        # Never overwritten: both figures are in the store, the failed check cites both.
        values = sorted(f.value for f in store.facts(concept="revenue", period="2023FY"))
        assert values == [Decimal("500.00"), Decimal("520.00")]
        [stored] = [c for c in store.checks(later_sha) if not c.passed]
        assert {s.sha256 for s in stored.sources} == {earlier_sha, later_sha}


def test_same_figure_in_a_later_report_passes(tmp_path):
    earlier = reading([fact("revenue", "500", period="2023FY", sha="e" * 64)], sha="e" * 64)
    later = reading([fact("revenue", "500", period="2023FY", sha="f" * 64)], sha="f" * 64)
    with Store(tmp_path / "s.duckdb") as store:
        ingest_reading(earlier, store)
        [check] = prior_report_checks(later, store)
        assert check.passed and check.name == "prior_report:revenue"


# -- real data -------------------------------------------------------------------------------------


def test_cninfo_balance_sheets_add_up_in_every_column(corpus, tmp_path):
    from caibao.sources.cninfo import read_cninfo

    balance = read_cninfo(corpus / "cn" / "000002-cninfo" / "balance_sheets.json")
    checks = validate(balance)
    identity = _by_name(checks, "balance_sheet_identity")
    assert len(identity) == 20  # 5 year ends + 5 each of H1, Q1, Q3 ends
    assert all(c.passed for c in checks), [c.detail for c in checks if not c.passed]


@pytest.mark.parametrize("name", ["600080_20250425_LXGH.pdf"])
def test_real_annual_report_checks_are_explained(corpus, tmp_path, name):
    with Store(tmp_path / "s.duckdb") as store:
        [result] = ingest_paths([corpus / "cn" / "600080" / name], store)
        assert result.status == "ingested", result.errors
        assert result.checks_passed > 0
        for check in result.checks_failed:
            # every failed check names two printed numbers and where they are
            assert check.expected is not None and check.actual is not None
            assert len(check.sources) >= 2 and all(s.page for s in check.sources)
            assert "≠" in check.detail or "restated" in check.detail


def test_every_concept_the_checks_and_cninfo_labels_name_exists():
    import tomllib
    from importlib import resources

    from caibao.concepts import accounts
    from caibao.sources.cninfo import answer_specs
    from caibao.validate import concepts_used

    metrics = tomllib.loads(
        resources.files("caibao.metrics").joinpath("definitions.toml").read_text(encoding="utf-8")
    )
    known = set(accounts()) | set(metrics) | {"current_ratio"}  # 流动比率: cninfo only
    assert concepts_used() - known == set()
    named = set()
    for spec in answer_specs().values():
        named.update(spec.get("labels", {}).values())
        named.update(f["concept"] for f in spec.get("fields", {}).values())
    assert named - known == set()


def test_secondary_sources_disagreeing_are_named():
    from pathlib import Path

    from caibao.sources.facts_csv import read_facts_csv

    figures = Path(__file__).resolve().parent.parent / "examples" / "iflytek-fy2024" / "figures.csv"
    checks = {(c.name, c.passed): c for c in validate(read_facts_csv(figures))}
    revenue = checks[("sources_disagree:revenue", False)]
    assert "S1 233.43 亿元" in revenue.detail and "S7 249.5 亿元" in revenue.detail
    ratio = checks[("sources_disagree:collection_ratio", False)]
    assert {ratio.expected, ratio.actual} == {Decimal("98.14"), Decimal("97.20")}
    assert checks[("sources_agree:revenue", True)].detail.startswith("2024FY revenue 智慧教育")
