"""Business sections read from the real reports: non-recurring items, segments, R&D; and every
corpus PDF reads whole without error."""

from __future__ import annotations

import time
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from caibao.documents import Cell, PdfFile, Row, identify
from caibao.extract import nonrecurring, rd, read_report, segments, statements
from caibao.extract.base import ReportContext
from caibao.extract.statements import ReportPeriod
from caibao.model import CHANGE_PCT, CHANGE_PP, VALUE
from caibao.periods import Period

LXGH = "cn/600080/600080_20250425_LXGH.pdf"
IVCB = "cn/600080/600080_20251030_IVCB.pdf"
MODULES = {"nonrecurring": nonrecurring, "segments": segments, "rd": rd}


@cache
def _facts(corpus: Path, rel: str, module: str):
    path = corpus / rel
    with PdfFile(path) as pdf:
        ident = identify(str(path), pdf.texts[:3], "\n".join(pdf.texts))
        ctx = ReportContext(pdf=pdf, identity=ident, file=Path(rel).name)
        return tuple(MODULES[module].extract(ctx))


def _one(facts, concept, period, segment=None, measure=VALUE):
    found = [
        f
        for f in facts
        if (f.concept, f.period, f.segment, f.measure) == (concept, period, segment, measure)
    ]
    assert len(found) == 1, (concept, period, segment, measure, found)
    return found[0]


# -- 非经常性损益 --------------------------------------------------------------------------------


def test_nonrecurring_total_and_items_per_period(corpus):
    facts = _facts(corpus, LXGH, "nonrecurring")
    total = _one(facts, "nonrecurring_total", "2024FY")
    assert (total.value, total.source.page, total.source.table) == (
        Decimal("60836443.14"),
        8,
        "非经常性损益",
    )
    assert _one(facts, "nonrecurring_total", "2023FY").value == Decimal("-45895299.40")
    assert _one(facts, "nonrecurring_total", "2022FY").value == Decimal("29646547.35")
    disposal = _one(facts, "nr_disposal_of_noncurrent_assets", "2024FY")
    assert disposal.value == Decimal("34328734.91")


def test_q3_nonrecurring_has_quarter_and_year_to_date(corpus):
    facts = _facts(corpus, IVCB, "nonrecurring")
    assert _one(facts, "nonrecurring_total", "2025Q3").value == Decimal("9723992.40")
    assert _one(facts, "nonrecurring_total", "2025Q1-Q3").value == Decimal("9129046.53")


def test_nonrecurring_items_add_up_to_the_total(corpus):
    checked = 0
    for path in sorted((corpus / "cn").glob("*/*.pdf")):
        facts = _facts(corpus, str(path.relative_to(corpus)), "nonrecurring")
        totals = {f.period: f.value for f in facts if f.concept == "nonrecurring_total"}
        for period, total in totals.items():
            items = [f for f in facts if f.period == period and f.concept != "nonrecurring_total"]
            gains = sum(
                (f.value for f in items if f.value is not None and not _deduction(f)), Decimal(0)
            )
            deductions = sum(
                (f.value for f in items if f.value is not None and _deduction(f)), Decimal(0)
            )
            # 减：所得税影响额 is printed either as the amount deducted or already signed
            assert total in (gains - deductions, gains + deductions), (path.name, period)
            checked += 1
    assert checked >= 20


def _deduction(fact) -> bool:
    return fact.concept in ("nr_tax_effect", "nr_minority_effect")


# -- 主营业务分行业/分产品/分地区 ----------------------------------------------------------------


def test_segment_revenue_matches_the_answer_key(corpus):
    facts = _facts(corpus, LXGH, "segments")
    pharma = _one(facts, "revenue", "2024FY", "医药工业")
    assert (pharma.value, pharma.source.page, pharma.unit) == (
        Decimal("584810385.49"),
        13,
        "CNY",
    )
    assert _one(facts, "operating_cost", "2024FY", "医药工业").value == Decimal("126348220.63")
    margin = _one(facts, "gross_margin", "2024FY", "医药工业")
    assert (margin.value, margin.unit) == (Decimal("78.40"), "%")
    growth = _one(facts, "revenue", "2024FY", "医药工业", CHANGE_PCT)
    assert (growth.value, growth.unit) == (Decimal("4.43"), "%")
    pp = _one(facts, "gross_margin", "2024FY", "医药工业", CHANGE_PP)
    assert (pp.value, pp.unit, pp.source.text) == (Decimal("1.55"), "pp", "增加1.55个百分点")
    fall = _one(facts, "gross_margin", "2024FY", "骨科类", CHANGE_PP)
    assert fall.value == Decimal("-0.20")
    assert _one(facts, "revenue", "2024FY", "华北大区").value == Decimal("156491493.58")


def test_segment_tables_hold_only_segment_lines(corpus):
    facts = _facts(corpus, LXGH, "segments")
    names = {f.segment for f in facts}
    # the tables by industry, product and region — not 产销量 (production) or 成本分析 (cost mix)
    assert {"医药工业", "医药商业", "骨科类", "普药类", "华东大区", "西北大区"} <= names
    assert not any("胶囊" in n or n in ("材料成本", "人工成本", "制造费用") for n in names)
    regions = [
        f for f in facts if f.concept == "revenue" and f.measure == VALUE and "大区" in f.segment
    ]
    assert len(regions) == 8
    industries = sum(
        f.value
        for f in facts
        if f.concept == "revenue" and f.measure == VALUE and f.source.page == 13
    )
    assert industries == Decimal("585461786.23")  # 主营业务 by industry adds up to revenue


def test_segment_header_wrapped_over_a_page_break(corpus):
    facts = _facts(corpus, "cn/600080/600080_20230428_MMWM.pdf", "segments")
    east = _one(facts, "revenue", "2022FY", "华东大区", CHANGE_PCT)
    assert east.value == Decimal("18.61")


# -- 研发投入 ----------------------------------------------------------------------------------


def test_rd_investment_table(corpus):
    facts = _facts(corpus, LXGH, "rd")
    values = {f.concept: f.value for f in facts}
    assert values == {
        "rd_expensed": Decimal("28962909.02"),
        "rd_capitalized": Decimal("3366167.06"),
        "rd_investment": Decimal("32329076.08"),
        "rd_investment_ratio": Decimal("5.52"),
        "rd_capitalized_ratio": Decimal("10.41"),
        "rd_staff": Decimal("72"),
        "rd_staff_ratio": Decimal("12.24"),
    }
    assert values["rd_expensed"] + values["rd_capitalized"] == values["rd_investment"]
    units = {f.concept: f.unit for f in facts}
    assert units["rd_investment_ratio"] == "%" and units["rd_staff"] == "count"
    assert {f.period for f in facts} == {"2024FY"}
    assert all(f.source.page == 17 for f in facts)


def test_rd_expensed_equals_the_income_statement_line(corpus):
    facts = _facts(corpus, "cn/600080/600080_20230428_MMWM.pdf", "rd")
    expensed = _one(facts, "rd_expensed", "2022FY").value
    path = corpus / "cn/600080/600080_20230428_MMWM.pdf"
    with PdfFile(path) as pdf:
        ident = identify(str(path), pdf.texts[:3], "\n".join(pdf.texts))
        ctx = ReportContext(pdf=pdf, identity=ident, file=path.name)
        lines = statements.read_statements(ctx).facts
    rd_expense = [
        f.value
        for f in lines
        if f.concept == "rd_expense" and f.period == "2022FY" and f.scope == "consolidated"
    ]
    assert rd_expense == [expensed]


# -- the whole corpus --------------------------------------------------------------------------


def test_every_corpus_pdf_reads_without_error(corpus):
    paths = sorted((corpus / "cn").glob("*/*.pdf"))
    assert len(paths) >= 28
    for path in paths:
        reading = read_report(path)
        assert reading.facts, path.name
        for f in reading.facts:
            Period.parse(f.period)
            assert f.source.page is not None and f.source.text is not None


def test_annual_report_reads_quickly(corpus):
    # not a benchmark (see benchmarks/): a guard against a reader laying out every page
    start = time.perf_counter()
    read_report(corpus / LXGH)
    assert time.perf_counter() - start < 6.0


@pytest.mark.parametrize("module", sorted(MODULES))
def test_summaries_and_quarterlies_read_without_error(corpus, module):
    for path in sorted((corpus / "cn/000999").glob("*.pdf")):
        for f in _facts(corpus, str(path.relative_to(corpus)), module):
            Period.parse(f.period)


def _row(y, *cells):
    return Row(1, y - 12, y, [Cell(t, x0, x1, y - 10, y) for t, x0, x1 in cells], True, 50, 450)


def test_shenzhen_revenue_composition_layout():
    """营业收入构成: a year row over 金额 | 占营业收入比重, 同比增减 spanning both header rows,
    sub-heading rows 分行业 / 分产品, the 营业收入合计 line left out."""
    rows = [
        _row(700, ("2024年", 150, 250), ("2023年", 250, 350), ("同比增减", 355, 400)),
        _row(
            680,
            ("金额", 155, 195),
            ("占营业收入比重", 205, 245),
            ("金额", 255, 295),
            ("占营业收入比重", 305, 345),
        ),
        _row(660, ("营业收入合计", 55, 120), ("1,000.00", 155, 195), ("100%", 205, 245)),
        _row(640, ("分行业", 55, 120)),
        _row(
            620,
            ("医药", 55, 120),
            ("1,000.00", 155, 195),
            ("100.00%", 205, 245),
            ("800.00", 255, 295),
            ("100.00%", 305, 345),
            ("25.00%", 355, 400),
        ),
    ]
    (line,) = segments._scan(rows, ReportPeriod.parse("2024FY"))
    assert (line.kind, line.name, line.table) == ("行业", "医药", "营业收入构成")
    got = [(c.text, col.measure.concept, col.measure.measure, col.period) for c, col in line.cells]
    assert got == [
        ("1,000.00", "revenue", VALUE, "2024FY"),
        ("100.00%", "revenue_share", VALUE, "2024FY"),
        ("800.00", "revenue", VALUE, "2023FY"),
        ("100.00%", "revenue_share", VALUE, "2023FY"),
        ("25.00%", "revenue", CHANGE_PCT, "2024FY"),
    ]


def test_shenzhen_rd_layout_with_year_columns(corpus):
    """公司研发投入情况: a column per year and a 变动比例 column."""
    from caibao.extract.tablewalk import TableBlock

    rows = [
        _row(700, ("2024年", 200, 260), ("2023年", 280, 340), ("变动比例", 360, 420)),
        _row(680, ("研发投入金额(元)", 55, 150), ("1,234.50", 200, 260), ("1,000.00", 280, 340)),
        _row(660, ("研发投入占营业收入比例", 55, 150), ("3.24%", 200, 260), ("3.40%", 280, 340)),
        _row(640, ("研发投入资本化的金额(元)", 55, 150), ("0.00", 200, 260), ("0.00", 280, 340)),
        _row(620, ("研发人员数量(人)", 55, 150), ("1,520", 200, 260), ("1,400", 280, 340)),
        _row(600, ("本科", 55, 150), ("800", 200, 260), ("700", 280, 340)),
    ]
    rows[1].cells.append(Cell("23.45%", 360, 420, 670, 680))
    path = corpus / LXGH
    with PdfFile(path) as pdf:
        ctx = ReportContext(pdf=pdf, identity=identify(str(path), [pdf.text(1)]), file=path.name)
        facts = rd._read(ctx, TableBlock(rows, "元", 1), ReportPeriod.parse("2024FY"), rd.TABLE)
    got = {(f.concept, f.period, f.measure): (f.value, f.unit) for f in facts}
    assert got == {
        ("rd_investment", "2024FY", VALUE): (Decimal("1234.50"), "CNY"),
        ("rd_investment", "2023FY", VALUE): (Decimal("1000.00"), "CNY"),
        ("rd_investment", "2024FY", CHANGE_PCT): (Decimal("23.45"), "%"),
        ("rd_investment_ratio", "2024FY", VALUE): (Decimal("3.24"), "%"),
        ("rd_investment_ratio", "2023FY", VALUE): (Decimal("3.40"), "%"),
        ("rd_capitalized", "2024FY", VALUE): (Decimal("0.00"), "CNY"),
        ("rd_capitalized", "2023FY", VALUE): (Decimal("0.00"), "CNY"),
        ("rd_staff", "2024FY", VALUE): (Decimal("1520"), "count"),
        ("rd_staff", "2023FY", VALUE): (Decimal("1400"), "count"),
    }
