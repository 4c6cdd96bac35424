"""The structured sources: the facts CSV (the shipped iFlytek figures) and the cninfo API JSON."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from caibao.errors import InputError
from caibao.model import CHANGE_PCT, CHANGE_PP, VALUE
from caibao.sources.common import CNINFO, FACTS_CSV, PDF, sniff
from caibao.sources.facts_csv import read_facts_csv

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ROOT / "examples" / "iflytek-fy2024" / "figures.csv"

HEADER = "company,concept,segment,period,value,unit,source,measure,company_name,note\n"


def _one(reading, concept, period, measure=VALUE, segment=None, table=None):
    found = [
        f
        for f in reading.facts
        if (f.concept, f.period, f.measure, f.segment) == (concept, period, measure, segment)
        and (table is None or f.source.table == table)
    ]
    assert len(found) == 1, found
    return found[0]


# -- the shipped facts CSV -----------------------------------------------------------------


def test_figures_csv_carries_every_figure_of_the_seed_page(seed):
    """Every number in the seed page's table reappears in the CSV, with the same source key."""
    reading = read_facts_csv(FIGURES)
    table_rows = [
        line
        for line in (seed / "iflytek-figures.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| ") and not line.startswith(("| period", "|---"))
    ]
    written = {(f.source.text.replace(",", "").lstrip("-"), f.source.table) for f in reading.facts}
    for row in table_rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        value_cell, change_cell, source_cell = cells[2], cells[3], cells[4]
        key = source_cell.split()[0]
        for cell in (value_cell, change_cell):
            m = re.search(r"[\d,]+(?:\.\d+)?", cell)
            if m:
                assert (m.group().replace(",", ""), key) in written, (row, cell)


def test_figures_csv_values_in_base_units():
    reading = read_facts_csv(FIGURES)
    doc = reading.document
    assert (doc.company.code, doc.company.name, doc.company.exchange) == (
        "002230",
        "科大讯飞",
        "SZSE",
    )
    assert (doc.kind, doc.period, doc.pages) == ("facts_csv", "2024FY", None)
    revenue = _one(reading, "revenue", "2024FY", table="S1")
    assert (revenue.value, revenue.unit, revenue.scale) == (Decimal("23343000000"), "CNY", "亿元")
    assert revenue.source.text == "233.43"
    assert revenue.source.row_label == "S1 https://www.mffb.com.cn/news/show-508439.html"
    assert revenue.source.sha256 == doc.sha256 and revenue.source.page is None
    assert _one(reading, "revenue", "2023FY").value == Decimal("19597237100")
    assert _one(reading, "revenue", "2024Q1-Q3").value == Decimal("14849536928.14")
    assert _one(reading, "np_parent", "2025Q1").value == Decimal("-193000000")
    assert _one(reading, "kpi_developers", "2024FY").value == Decimal("8020000")
    growth = _one(reading, "revenue", "2024FY", CHANGE_PCT)
    assert (growth.value, growth.unit) == (Decimal("18.79"), "%")
    margin = _one(reading, "gross_margin", "2025Q1", CHANGE_PP)
    assert (margin.value, margin.unit) == (Decimal("2.12"), "pp")
    seg = _one(reading, "revenue", "2024FY", segment="企业AI解决方案")
    assert seg.value == Decimal("643000000")


def test_figures_csv_keeps_both_sides_of_a_disagreement():
    reading = read_facts_csv(FIGURES)
    ratios = {f.source.table: f.value for f in reading.facts if f.concept == "collection_ratio"}
    assert ratios == {"S6": Decimal("97.20"), "S7": Decimal("98.14")}
    revenues = {
        f.source.table: f.value
        for f in reading.facts
        if (f.concept, f.period, f.segment, f.measure) == ("revenue", "2024FY", None, VALUE)
    }
    assert revenues == {"S1": Decimal("23343000000"), "S7": Decimal("24950000000")}


# -- facts CSV edges -----------------------------------------------------------------------


def _csv(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "facts.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_csv_accepts_fullwidth_digits_unicode_minus_and_no_value(tmp_path):
    path = _csv(
        tmp_path,
        '600000,np_parent,,2024FY,"−１,２３４.５",万元,S1 x,,,\n'
        "600000,revenue,,2024FY,不适用,元,S1 x,,,\n",
    )
    reading = read_facts_csv(path)
    assert [f.value for f in reading.facts] == [Decimal("-12345000.0"), None]
    assert reading.document.company.exchange == "SSE"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("600000,revenue,,FY2024,1,元,S1,,,", "period 'FY2024'"),
        ("600000,Revenue,,2024FY,1,元,S1,,,", "concept 'Revenue'"),
        ("600000,revenue,,2024FY,1,元,,,,", "empty source"),
        ("600000,revenue,,2024FY,1.2.3,元,S1,,,", "value '1.2.3'"),
        ("600000,revenue,,2024FY,1,dollars,S1,,,", "unit 'dollars'"),
        ("600000,revenue,,2024FY,1,元,S1,growth,,", "measure 'growth'"),
        ("600000,revenue,,2024FY,1,亿元,S1,change_pct,,", "change_pct is written in %"),
    ],
)
def test_csv_bad_line_names_the_line(tmp_path, line, reason):
    path = _csv(tmp_path, "600000,revenue,,2024FY,1,元,S1,,,\n" + line + "\n")
    with pytest.raises(InputError) as err:
        read_facts_csv(path)
    assert err.value.source == str(path)
    assert "line 3" in err.value.reason and reason in err.value.reason


def test_csv_with_two_companies_is_refused(tmp_path):
    path = _csv(tmp_path, "600000,revenue,,2024FY,1,元,S1,,,\n000001,revenue,,2024FY,1,元,S1,,,\n")
    with pytest.raises(InputError, match="one company per facts CSV"):
        read_facts_csv(path)


def test_sniff_reads_content_not_names(tmp_path, corpus):
    csv_named_pdf = tmp_path / "report.pdf"
    csv_named_pdf.write_bytes(FIGURES.read_bytes())
    assert sniff(csv_named_pdf) == FACTS_CSV
    assert sniff(corpus / "cn" / "000002-cninfo" / "income_statement.json") == CNINFO
    pdf = next((corpus / "cn" / "600080").glob("*.pdf"))
    assert sniff(pdf) == PDF
    other = tmp_path / "notes.txt"
    other.write_text("company,name\n1,2\n", encoding="utf-8")
    assert sniff(other) is None


# -- cninfo API answers ----------------------------------------------------------------------


def _cninfo(corpus: Path, name: str):
    from caibao.sources.cninfo import read_cninfo

    return read_cninfo(corpus / "cn" / "000002-cninfo" / name)


def _fact(reading, concept, period, measure=VALUE):
    found = [
        f for f in reading.facts if (f.concept, f.period, f.measure) == (concept, period, measure)
    ]
    assert len(found) == 1, found
    return found[0]


def test_cninfo_statements_in_yuan_exactly(corpus):
    income = _cninfo(corpus, "income_statement.json")
    doc = income.document
    assert (doc.kind, doc.company.code, doc.company.name, doc.company.exchange) == (
        "cninfo",
        "000002",
        "万科A",  # from the sibling company introduction: 万  科Ａ folded
        "SZSE",
    )
    assert doc.period == "2025Q1-Q3" and doc.pages is None
    revenue = _fact(income, "total_revenue", "2024FY")
    assert revenue.value == Decimal("343176440700.00")  # 3.431764407E7 万元
    assert (revenue.scale, revenue.unit, revenue.source.text) == ("万元", "CNY", "3.431764407E7")
    assert revenue.source.table == "/financialData/getIncomeStatement"
    assert revenue.source.row_label == "营业总收入" and revenue.source.column == "year 2024"
    assert _fact(income, "np_parent", "2025H1").value == Decimal("-11946573700.00")
    assert _fact(income, "np_parent", "2025Q1").value == Decimal("-6246208500.00")
    # "three" is January-September: it exceeds the half year.
    assert _fact(income, "total_revenue", "2025Q1-Q3").value == Decimal("161388415400.00")

    balance = _cninfo(corpus, "balance_sheets.json")
    assert _fact(balance, "total_assets", "2024-12-31").value == Decimal("1286259859800.00")
    assert _fact(balance, "total_assets", "2025-09-30").value == Decimal("1136594565800.00")
    # Section headings (资产类科目) carry no facts; every fact has a value.
    assert all(f.value is not None for f in balance.facts)
    assert not any(f.source.row_label.endswith("科目") for f in balance.facts)

    cash = _cninfo(corpus, "cash_flow_statement.json")
    assert _fact(cash, "ocf", "2024FY").value == Decimal("3799847600.00")


def test_cninfo_indicators_keep_only_confirmed_fields(corpus):
    from caibao.sources.cninfo import answer_specs

    indicators = _cninfo(corpus, "main_indicators.json")
    ratio = _fact(indicators, "debt_ratio", "2024-12-31")
    assert (ratio.value, ratio.unit, ratio.source.row_label) == (Decimal("73.656"), "%", "F041N")
    growth = _fact(indicators, "total_revenue", "2024FY", CHANGE_PCT)
    assert growth.value == Decimal("-26.316")
    # The full list of mapped codes is tested in test_cninfo_indicators.py.
    assert {f.source.row_label for f in indicators.facts} <= set(
        answer_specs()["/financialData/getMainIndicators"]["fields"]
    )


def test_cninfo_company_introduction_registers_the_company(corpus):
    intro = _cninfo(corpus, "company_introduction.json")
    assert intro.facts == []
    assert (intro.document.company.code, intro.document.company.name) == ("000002", "万科A")


def test_cninfo_alone_names_the_company_by_code(tmp_path, corpus):
    from caibao.sources.cninfo import read_cninfo

    lone = tmp_path / "answer.json"
    lone.write_bytes((corpus / "cn" / "000002-cninfo" / "cash_flow_statement.json").read_bytes())
    assert read_cninfo(lone).document.company.name == "000002"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            '{"path": "/x", "code": 500, "data": {"resultMsg": "busy", "records": []}}',
            "error (busy)",
        ),
        (
            '{"path": "/financialData/getDividends", "code": 200, "data": {"records": []}}',
            "does not read",
        ),
        (
            '{"path": "/financialData/getIncomeStatement", "code": 200, "data": {"records": []}}',
            "no company code",
        ),
        ('{"path": "/x", "code": 200, "data": ', "not valid JSON"),
    ],
)
def test_cninfo_bad_answers(tmp_path, text, reason):
    from caibao.sources.cninfo import read_cninfo

    path = tmp_path / "a.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(reason)):
        read_cninfo(path)
