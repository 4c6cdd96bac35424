"""The financial statements read from the real reports: figures checked against the answer key,
the balance-sheet identity on every consolidated and parent statement, parent kept apart."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from caibao.documents import Cell, PdfFile, Row, identify
from caibao.extract.base import ReportContext
from caibao.extract.statements import (
    ReportPeriod,
    StatementReader,
    balance_period,
    flow_period,
    read_change_table,
    read_statements,
)
from caibao.model import CHANGE_PCT, CONSOLIDATED, PARENT, VALUE
from caibao.periods import Period

LXGH = "cn/600080/600080_20250425_LXGH.pdf"


@cache
def _read(corpus: Path, rel: str):
    path = corpus / rel
    with PdfFile(path) as pdf:
        ident = identify(str(path), pdf.texts[:3], "\n".join(pdf.texts))
        ctx = ReportContext(pdf=pdf, identity=ident, file=Path(rel).name)
        return ident, read_statements(ctx), read_change_table(ctx)


def _reports(corpus: Path, kinds: tuple[str, ...]) -> list[str]:
    return [rel for rel, kind in _kinds(corpus) if kind in kinds]


@cache
def _kinds(corpus: Path) -> tuple[tuple[str, str], ...]:
    out = []
    for path in sorted((corpus / "cn").glob("*/*.pdf")):
        with PdfFile(path) as pdf:
            first = [pdf.text(n) for n in range(1, min(3, pdf.page_count) + 1)]
            out.append((str(path.relative_to(corpus)), identify(str(path), first).kind))
    return tuple(out)


def _one(facts, concept, period, scope=CONSOLIDATED, table=None, measure=VALUE):
    found = [
        f
        for f in facts
        if f.concept == concept
        and f.measure == measure
        and f.period == period
        and f.scope == scope
        and (table is None or f.source.table == table)
    ]
    assert len(found) == 1, (concept, period, scope, found)
    return found[0]


def test_annual_report_statements_match_the_answer_key(corpus):
    _, reader, _ = _read(corpus, LXGH)
    facts = reader.facts
    revenue = _one(facts, "revenue", "2024FY")
    assert revenue.value == Decimal("585461786.23")
    assert (revenue.source.page, revenue.source.table) == (82, "合并利润表")
    assert revenue.source.text == "585,461,786.23"
    assert _one(facts, "revenue", "2023FY").value == Decimal("565403410.11")
    assets = _one(facts, "total_assets", "2024-12-31")
    assert assets.value == Decimal("1972071163.91")
    assert (assets.source.page, assets.source.table) == (79, "合并资产负债表")
    assert _one(facts, "total_assets", "2023-12-31").value == Decimal("2108551141.95")
    ocf = _one(facts, "ocf", "2024FY")
    assert (ocf.value, ocf.source.page, ocf.source.table) == (
        Decimal("10858725.20"),
        86,
        "合并现金流量表",
    )
    assert _one(facts, "rd_expense", "2024FY").value == Decimal("28962909.02")
    assert _one(facts, "operating_cost", "2024FY").value == Decimal("126811323.12")
    assert _one(facts, "equity_parent", "2024-12-31").value == Decimal("1560494557.82")


def test_parent_statements_are_kept_apart(corpus):
    _, reader, _ = _read(corpus, LXGH)
    parent = _one(reader.facts, "total_assets", "2024-12-31", scope=PARENT)
    assert parent.value == Decimal("1982194311.08")
    assert parent.source.table == "母公司资产负债表"
    assert 80 <= parent.source.page <= 82
    tables = {f.source.table for f in reader.facts if f.scope == PARENT}
    assert tables == {"母公司资产负债表", "母公司利润表", "母公司现金流量表"}
    consolidated = {f.source.table for f in reader.facts if f.scope == CONSOLIDATED}
    assert consolidated == {"合并资产负债表", "合并利润表", "合并现金流量表"}
    # the parent's revenue is its own line, not the group's
    assert _one(reader.facts, "revenue", "2024FY", scope=PARENT).value == Decimal("584810385.49")


def test_md_and_a_change_table_is_its_own_source(corpus):
    _, _, changes = _read(corpus, LXGH)
    table = "利润表及现金流量表相关科目变动分析表"
    rd = _one(changes, "rd_expense", "2024FY", table=table)
    assert (rd.value, rd.source.page) == (Decimal("28962909.02"), 13)
    cost = _one(changes, "operating_cost", "2024FY", table=table)
    assert (cost.value, cost.source.page) == (Decimal("126811323.12"), 13)
    growth = [f for f in changes if f.concept == "revenue" and f.measure == CHANGE_PCT]
    assert [(g.value, g.unit) for g in growth] == [(Decimal("3.55"), "%")]


@pytest.mark.parametrize(
    "rel, period, revenue",
    [
        ("cn/600080/600080_20251030_IVCB.pdf", "2025Q1-Q3", "383908363.63"),
        ("cn/600080/600080_20250425_6GSD.pdf", "2025Q1", "107322617.51"),
        ("cn/600080/600080_20250822_ODWZ.pdf", "2025H1", "241292963.66"),
        ("cn/000999/华润三九：2025年一季度报告.pdf", "2025Q1", "6853656383.75"),
        ("cn/000999/华润三九：2025年一季度报告.pdf", "2024Q1", "7294070557.82"),
        ("cn/000999/华润三九：2024年三季度报告.pdf", "2024Q1-Q3", "19740286995.36"),
    ],
)
def test_interim_statements_carry_their_periods(corpus, rel, period, revenue):
    _, reader, _ = _read(corpus, rel)
    assert _one(reader.facts, "revenue", period).value == Decimal(revenue)


def test_interim_balance_sheet_dates(corpus):
    _, reader, _ = _read(corpus, "cn/600080/600080_20250822_ODWZ.pdf")
    assert _one(reader.facts, "total_assets", "2025-06-30").value == Decimal("1929620956.56")
    _, reader, _ = _read(corpus, "cn/000999/华润三九：2025年一季度报告.pdf")
    assert _one(reader.facts, "total_assets", "2024-12-31").value == Decimal("40081972320.77")
    # an opening balance printed as 2023年1月1日 is the balance at the prior year end
    _, reader, _ = _read(corpus, "cn/000999/华润三九：2023年三季度报告.pdf")
    assert _one(reader.facts, "total_assets", "2022-12-31").value == Decimal("27122781699.16")


def test_balance_sheet_identity_holds_in_every_report(corpus):
    reports = _reports(corpus, ("annual", "half", "q1", "q3"))
    assert len(reports) >= 15
    for rel in reports:
        ident, reader, _ = _read(corpus, rel)
        facts = reader.facts
        scopes = {f.scope for f in facts if f.concept == "total_assets"}
        expected = {CONSOLIDATED, PARENT} if ident.kind in ("annual", "half") else {CONSOLIDATED}
        assert expected <= scopes, rel
        for scope in scopes:
            periods = {f.period for f in facts if f.concept == "total_assets" and f.scope == scope}
            assert len(periods) == 2, (rel, scope, periods)
            for period in periods:
                assets = _one(facts, "total_assets", period, scope).value
                liabilities = _one(facts, "total_liabilities", period, scope).value
                equity = _one(facts, "total_equity", period, scope).value
                total = _one(facts, "total_liabilities_and_equity", period, scope).value
                assert assets == liabilities + equity == total, (rel, scope, period)
        if PARENT in scopes:
            period = ReportPeriod.parse(ident.period).end_date()
            group = _one(facts, "total_assets", period, CONSOLIDATED).value
            assert _one(facts, "total_assets", period, PARENT).value != group, rel


def test_every_statement_fact_has_a_valid_period_and_source(corpus):
    for rel in _reports(corpus, ("annual", "half", "q1", "q3")):
        _, reader, changes = _read(corpus, rel)
        assert reader.facts, rel
        for f in reader.facts + changes:
            Period.parse(f.period)
            assert f.source.page and f.source.row_label and f.source.column and f.source.text
        flows = {f.period for f in reader.facts if f.concept == "revenue"}
        assert len(flows) == 2, (rel, flows)


def test_summaries_print_no_statements(corpus):
    for rel in _reports(corpus, ("annual_summary", "half_summary")):
        _, reader, _ = _read(corpus, rel)
        assert all(f.source.table.startswith(("合并", "母公司")) for f in reader.facts)


# -- column headers -----------------------------------------------------------------------------

FY = ReportPeriod.parse("2024FY")
Q3 = ReportPeriod.parse("2025Q1-Q3")
Q1 = ReportPeriod.parse("2025Q1")
H1 = ReportPeriod.parse("2025H1")


@pytest.mark.parametrize(
    "header, report, variant, period",
    [
        ("2024年度", FY, "", "2024FY"),
        ("2023 年度", FY, "", "2023FY"),
        ("本期发生额", FY, "", "2024FY"),
        ("上期发生额", FY, "", "2023FY"),
        ("本期金额", Q1, "", "2025Q1"),
        ("上期金额", Q1, "", "2024Q1"),
        ("2025年前三季度（1-9月）", Q3, "", "2025Q1-Q3"),
        ("2024年前三季度(1—9月)", Q3, "", "2024Q1-Q3"),
        ("2025年第一季度", Q1, "", "2025Q1"),
        ("2025年半年度", H1, "", "2025H1"),
        ("2024年1-6月", H1, "", "2024H1"),
        ("本期发生额", Q3, "年初到报告期末", "2025Q1-Q3"),
        ("本期发生额", Q3, "本报告期", "2025Q3"),
        ("本报告期金额", Q3, "本报告期", "2025Q3"),
        ("年初至报告期期末金额", Q3, "本报告期", "2025Q1-Q3"),
        ("2024年金额", FY, "", "2024FY"),
        ("金额", H1, "", "2025H1"),
        ("附注", FY, "", None),
        ("项目", FY, "", None),
    ],
)
def test_flow_column_headers(header, report, variant, period):
    assert flow_period(header, report, variant) == period


@pytest.mark.parametrize(
    "header, report, period",
    [
        ("2024年12月31日", FY, "2024-12-31"),
        ("2025 年 9 月 30 日", Q3, "2025-09-30"),
        ("期末余额", Q3, "2025-09-30"),
        ("期初余额", Q3, "2024-12-31"),
        ("年初余额", H1, "2024-12-31"),
        ("上年年末余额", Q1, "2024-12-31"),
        ("2023年1月1日", Q3, "2022-12-31"),
        ("附注", FY, None),
    ],
)
def test_balance_column_headers(header, report, period):
    assert balance_period(header, report) == period


def _line(y, *cells, ruled=False):
    return Row(1, y - 10, y, [Cell(t, x0, x1, y - 10, y) for t, x0, x1 in cells], ruled, 50, 500)


def test_unruled_statement_with_a_wrapped_label(corpus):
    """A statement printed without rules: columns from the header's positions, a label wrapped
    over two lines with the amounts on the second, a 万元 scale, per-share lines unscaled."""
    path = corpus / LXGH
    with PdfFile(path) as pdf:
        ident = identify(str(path), [pdf.text(1)])
        ctx = ReportContext(pdf=pdf, identity=ident, file=path.name)
        reader = StatementReader(ctx)
        for row in (
            _line(700, ("合并利润表", 250, 320)),
            _line(690, ("单位：万元", 50, 100)),
            _line(680, ("项目", 50, 80), ("2024年度", 330, 370), ("2023年度", 430, 470)),
            _line(670, ("一、营业总收入", 50, 120), ("1,000.50", 320, 370), ("900.00", 420, 470)),
            _line(660, ("归属于母公司所有者的", 60, 150)),
            _line(650, ("净利润", 60, 90), ("100.00", 330, 370), ("-", 440, 470)),
            _line(640, ("(一)基本每股收益", 60, 150), ("0.20", 340, 370), ("0.18", 440, 470)),
            _line(630, ("公司负责人：张三", 50, 150)),
            _line(620, ("其他收益", 50, 90), ("5.00", 340, 370)),
        ):
            reader.feed(row)
    got = {(f.concept, f.period): (f.value, f.unit, f.scale) for f in reader.facts}
    assert got == {
        ("total_revenue", "2024FY"): (Decimal("10005000.00"), "CNY", "万元"),
        ("total_revenue", "2023FY"): (Decimal("9000000.00"), "CNY", "万元"),
        ("np_parent", "2024FY"): (Decimal("1000000.00"), "CNY", "万元"),
        ("np_parent", "2023FY"): (None, "CNY", "万元"),
        ("eps_basic", "2024FY"): (Decimal("0.20"), "CNY/share", "元"),
        ("eps_basic", "2023FY"): (Decimal("0.18"), "CNY/share", "元"),
    }
    np_parent = next(f for f in reader.facts if f.concept == "np_parent")
    assert np_parent.source.row_label == "归属于母公司所有者的净利润"
    assert np_parent.source.table == "合并利润表" and np_parent.scope == CONSOLIDATED


def test_cash_flow_and_income_subtotals_hold_in_every_report(corpus):
    """Inflows less outflows give each net cash flow; every column of every statement read."""
    checked = 0
    for rel in _reports(corpus, ("annual", "half", "q1", "q3")):
        _, reader, _ = _read(corpus, rel)
        facts = {(f.concept, f.period, f.scope): f.value for f in reader.facts}
        for (concept, period, scope), value in facts.items():
            for net, inflow, outflow in (
                ("ocf", "operating_cash_inflow", "operating_cash_outflow"),
                ("icf", "investing_cash_inflow", "investing_cash_outflow"),
            ):
                if concept == net and value is not None:
                    got_in = facts.get((inflow, period, scope)) or Decimal(0)
                    got_out = facts.get((outflow, period, scope)) or Decimal(0)
                    assert value == got_in - got_out, (rel, net, period, scope)
                    checked += 1
    assert checked >= 60
