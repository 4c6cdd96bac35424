"""The key-indicator table (主要会计数据和财务指标), the quarterly table and the column headers they
print, on the corpus reports and on small inline cases."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from caibao.extract import read_report
from caibao.extract.columns import CHANGE, ReportPeriods, resolve_headers
from caibao.extract.table_scan import _change_fact
from caibao.model import CHANGE_PCT, CHANGE_PP, ORIGINAL, RESTATED, VALUE

Q3 = ReportPeriods(2025, "2025Q3", "2025Q1-Q3", "2025-09-30")
Q1 = ReportPeriods(2025, "2025Q1", "2025Q1", "2025-03-31")
H1 = ReportPeriods(2025, "2025H1", "2025H1", "2025-06-30")
FY = ReportPeriods(2024, "2024FY", "2024FY", "2024-12-31")


def _periods(headers: list[str], periods: ReportPeriods) -> list[tuple]:
    return [
        None if c is None else (c.period, c.basis, c.measure)
        for c in resolve_headers(headers, periods)
    ]


def test_q3_single_quarter_and_year_to_date() -> None:
    headers = [
        "本报告期",
        "上年同期",
        "本报告期比上年同期增减变动幅度(%)",
        "年初至报告期末",
        "上年同期",
        "年初至报告期末比上年同期增减变动幅度(%)",
    ]
    assert _periods(headers, Q3) == [
        ("2025Q3", None, VALUE),
        ("2024Q3", None, VALUE),
        ("2025Q3", None, CHANGE),
        ("2025Q1-Q3", None, VALUE),
        ("2024Q1-Q3", None, VALUE),
        ("2025Q1-Q3", None, CHANGE),
    ]


def test_balance_columns_and_restated_prior_period() -> None:
    assert _periods(["本报告期末", "上年度末", "本报告期末比上年度末增减(%)"], Q3) == [
        ("2025-09-30", None, VALUE),
        ("2024-12-31", None, VALUE),
        ("2025-09-30", None, CHANGE),
    ]
    assert _periods(
        ["本报告期", "上年同期调整前", "上年同期调整后", "本报告期比上年同期增减调整后"], Q1
    ) == [
        ("2025Q1", None, VALUE),
        ("2024Q1", ORIGINAL, VALUE),
        ("2024Q1", RESTATED, VALUE),
        ("2025Q1", RESTATED, CHANGE),
    ]


def test_annual_year_headers() -> None:
    headers = [
        "2024年末",
        "2023年末重述前",
        "2023年末重述后",
        "本年末比上年末增减",
        "2022年末",
        "2024年",
        "2023",
    ]
    assert _periods(headers, FY) == [
        ("2024-12-31", None, VALUE),
        ("2023-12-31", ORIGINAL, VALUE),
        ("2023-12-31", RESTATED, VALUE),
        ("2024-12-31", None, CHANGE),
        ("2022-12-31", None, VALUE),
        ("2024FY", None, VALUE),
        ("2023FY", None, VALUE),
    ]


def test_half_year_and_quarter_headers() -> None:
    assert _periods(["本报告期(1-6月)", "上年同期", "本报告期比上年同期增减(%)"], H1) == [
        ("2025H1", None, VALUE),
        ("2024H1", None, VALUE),
        ("2025H1", None, CHANGE),
    ]
    quarters = ["第一季度(1-3月份)", "第二季度(4-6月份)", "三季度", "第四季度（10-12月份）"]
    assert [p for p, _, _ in _periods(quarters, FY)] == ["2024Q1", "2024Q2", "2024Q3", "2024Q4"]
    assert _periods(["说明"], FY) == [None]
    assert _periods(["本报告期", "上年同期", "与上年同期相比增减(%)"], H1)[2] == (
        "2025H1",
        None,
        CHANGE,
    )
    assert _periods(["年初至报告期末", "同比增减"], Q3)[1] == ("2025Q1-Q3", None, CHANGE)
    # The Beijing exchange's wording: 本期 / 上年同期 / 增减比例%, 本期期末 / 上年期末.
    assert [p for p, _, _ in _periods(["本期", "上年同期", "增减比例%"], H1)] == [
        "2025H1",
        "2024H1",
        "2025H1",
    ]
    assert [p for p, _, _ in _periods(["本期期末", "上年期末", "增减比例%"], H1)] == [
        "2025-06-30",
        "2024-12-31",
        "2025-06-30",
    ]


@pytest.mark.parametrize(
    ("text", "percent_row", "expected"),
    [
        ("增加7.37个百分点", True, (Decimal("7.37"), CHANGE_PP)),
        ("减少1.4289个百分点", True, (Decimal("-1.4289"), CHANGE_PP)),
        ("1.47%", True, (Decimal("1.47"), CHANGE_PP)),  # a ratio's change is in points
        ("-82.07", False, (Decimal("-82.07"), CHANGE_PCT)),
        ("11.63%", False, (Decimal("11.63"), CHANGE_PCT)),
        ("不适用", False, (None, CHANGE_PCT)),
        ("下降5.02%", False, (Decimal("-5.02"), CHANGE_PCT)),
        ("增长 11.63%", False, (Decimal("11.63"), CHANGE_PCT)),
    ],
)
def test_change_cells(text: str, percent_row: bool, expected: tuple) -> None:
    value, measure, _unit, _scale = _change_fact(text, percent_row)
    assert (value, measure) == expected


# --- the corpus ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def readings(corpus: Path) -> dict[str, list]:
    cache: dict[str, list] = {}

    def get(name: str) -> list:
        if name not in cache:
            cache[name] = read_report(corpus / "cn" / name).facts
        return cache[name]

    return get


def _one(facts: list, concept: str, period: str, table: str = "主要会计数据", **kw) -> object:
    kw.setdefault("measure", VALUE)
    found = [
        f
        for f in facts
        if f.concept == concept
        and f.period == period
        and f.source.table == table
        and all(getattr(f, k) == v for k, v in kw.items())
    ]
    assert len(found) == 1, found
    return found[0]


def test_shanghai_annual_every_column(readings) -> None:
    facts = readings("600080/600080_20250425_LXGH.pdf")
    revenue = _one(facts, "revenue", "2022FY")
    assert revenue.value == Decimal("579374501.21") and revenue.source.page == 6
    assert revenue.source.column == "2022年" and revenue.basis is None
    loss_base = _one(facts, "np_parent", "2024FY", measure=CHANGE_PCT)
    assert loss_base.value is None and loss_base.source.text == "不适用"
    assert _one(facts, "total_assets", "2023-12-31").value == Decimal("2108551141.95")
    roe = _one(facts, "roe_weighted", "2024FY", table="主要财务指标", measure=CHANGE_PP)
    assert (roe.value, roe.unit) == (Decimal("7.37"), "pp")
    eps = _one(facts, "eps_basic", "2023FY", table="主要财务指标")
    assert (eps.value, eps.unit) == (Decimal("-0.1149"), "CNY/share")


def test_shenzhen_restated_columns(readings) -> None:
    facts = readings("000999/华润三九：2022年年度报告摘要.pdf")
    original = _one(facts, "revenue", "2021FY", basis=ORIGINAL)
    restated = _one(facts, "revenue", "2021FY", basis=RESTATED)
    assert original.value == Decimal("15319993634.64")
    assert restated.value == Decimal("15544401735.35")
    # The header 2022年|2021年 is at the foot of page 2, 调整前|调整后 and the rows on page 3.
    assert restated.source.page == 3 and restated.source.column == "2021年调整后"
    assert _one(facts, "total_assets", "2022-12-31").basis is None
    roe = _one(facts, "roe_weighted", "2022FY", measure=CHANGE_PP)
    assert roe.value == Decimal("1.01") and roe.source.text == "1.01%"


def test_q3_single_quarter_year_to_date_and_dashes(readings) -> None:
    facts = readings("000999/华润三九：2023年三季度报告.pdf")
    assert _one(facts, "revenue", "2023Q3").value == Decimal("5461880259.08")
    assert _one(facts, "revenue", "2023Q1-Q3").value == Decimal("18608005954.15")
    ocf = _one(facts, "ocf", "2023Q3")
    assert ocf.value is None and ocf.source.text == "—"
    assert _one(facts, "equity_parent", "2022-12-31").value == Decimal("17009633485.53")


def test_q1_table_goes_on_the_next_page(readings) -> None:
    facts = readings("600080/600080_20230428_PCK7.pdf")
    assets = _one(facts, "total_assets", "2023-03-31")
    assert assets.value == Decimal("2020154282.80") and assets.source.page == 2
    assert _one(facts, "total_assets", "2022-12-31").source.column == "上年度末"


def test_labels_with_unit_suffix_and_no_unit_line(readings) -> None:
    facts = readings("000999/华润三九：2023年半年度报告摘要.pdf")
    revenue = _one(facts, "revenue", "2023H1")
    assert revenue.source.row_label == "营业收入(元)" and revenue.scale == "元"
    assert _one(facts, "revenue", "2022H1").value == Decimal("8400943578.65")
    assert _one(facts, "total_assets", "2023-06-30").source.page == 2


def test_key_table_is_not_the_changes_table(readings) -> None:
    # 主要会计数据、财务指标发生变动的情况、原因 follows on the same page: not read as the key table.
    facts = readings("600080/600080_20250425_6GSD.pdf")
    key = [f for f in facts if f.source.table == "主要会计数据"]
    assert {f.source.page for f in key} == {1, 2}
    assert all(f.source.column != "变动比例(%)" for f in key)


def test_quarterly_table_stops_before_the_next_table(readings) -> None:
    facts = readings("600080/600080_20250425_LXGH.pdf")
    quarters = [f for f in facts if f.source.table == "分季度主要财务指标"]
    assert len(quarters) == 16 and {f.scale for f in quarters} == {"元"}
    q4 = _one(quarters, "np_parent", "2024Q4", table="分季度主要财务指标")
    assert q4.value == Decimal("43841164.60") and q4.source.column == "第四季度(10-12月份)"


def test_quarterly_table_goes_on_the_next_page(readings) -> None:
    facts = readings("000999/华润三九：2024年年度报告摘要.pdf")
    ocf = _one(facts, "ocf", "2024Q4", table="分季度主要财务指标")
    assert ocf.value == Decimal("1197931735.83") and ocf.source.page == 4


def test_no_quarterly_table_outside_annual_reports(readings) -> None:
    facts = readings("600080/600080_20250822_ODWZ.pdf")
    assert not [f for f in facts if f.source.table == "分季度主要财务指标"]


def test_unruled_column_meets_its_centred_header() -> None:
    from caibao.documents import Cell, Row, header_text
    from caibao.extract.table_scan import TableBlock

    def row(*cells: tuple[str, float, float], y: float) -> Row:
        return Row(1, y, y + 10, [Cell(t, a, b, y, y + 10) for t, a, b in cells], False)

    header = row(("2024年", 133, 159), ("2023年", 212, 237), y=700)
    wide = row(
        ("营业收入", 57, 89),
        ("27,616,611,772.61", 112, 179),
        ("24,738,963,319.76", 191, 258),
        y=680,
    )
    short = row(("基本每股收益", 57, 97), ("2.63", 164, 180), ("2.24", 243, 259), y=660)
    block = TableBlock("主要会计数据", "元", [header], [wide, short])
    assert header_text([header], block.column_of(short.cells[1]), short) == "2024年"
    assert header_text([header], block.column_of(short.cells[2]), short) == "2023年"


# --- layouts the corpus does not have, drawn as PDFs ------------------------------------------


def _draw(tmp_path: Path, name: str, pages: list) -> Path:
    from synthetic_reports import draw

    return draw(pages, tmp_path / name)


def test_shanghai_annual_restated_in_wan_yuan(tmp_path: Path) -> None:
    from synthetic_reports import Page, Table

    edges = [50, 190, 255, 320, 385, 440, 495, 550]
    header = [
        [
            ("主要会计数据", 1, 2),
            ("2024年", 1, 2),
            ("2023年", 2, 1),
            ("本期比上年同期增减(%)", 1, 2),
        ]
        + [("2022年", 2, 1)],
        ["调整后", "调整前", "调整后", "调整前"],
    ]
    balance_header = [
        [("", 1, 2), ("2024年末", 1, 2), ("2023年末", 2, 1), ("本期末比上年同期末增减(%)", 1, 2)]
        + [("2022年末", 2, 1)],
        ["调整后", "调整前", "调整后", "调整前"],
    ]
    table = Table(
        edges,
        [
            *header,
            ["营业收入", "12,345.67", "11,000.00", "10,900.00", "12.23", "9,000.00", "9,000.00"],
            [
                "归属于上市公司股东的净利润",
                "1,234.56",
                "-100.00",
                "-120.00",
                "不适用",
                "800.00",
                "1.00",
            ],
            *balance_header,
            ["总资产", "50,000.00", "48,000.00", "47,500.00", "4.17", "45,000.00", "45,000.00"],
        ],
    )
    ratios = Table(
        edges,
        [
            [("主要财务指标", 1, 2), *header[0][1:]],
            header[1],
            ["基本每股收益(元／股)", "0.52", "-0.04", "-0.05", "不适用", "0.33", "0.33"],
            [
                "加权平均净资产收益率(%)",
                "6.10",
                "-0.50",
                "-0.60",
                "增加6.60个百分点",
                "4.00",
                "4.00",
            ],
        ],
    )
    cover = ["公司代码：600321 公司简称：示例医药", "示例医药股份有限公司", "2024 年年度报告"]
    heading = ["七、近三年主要会计数据和财务指标", "(一)主要会计数据", "单位：万元 币种：人民币"]
    pdf = _draw(
        tmp_path,
        "annual.pdf",
        [
            Page(
                [
                    *cover,
                    *heading,
                    table,
                    "(二)主要财务指标",
                    ratios,
                    "报告期末公司前三年主要会计数据和财务指标的说明",
                ]
            )
        ],
    )
    facts = read_report(pdf).facts
    restated = _one(facts, "revenue", "2023FY", basis=RESTATED)
    assert (restated.value, restated.scale) == (Decimal("110000000.00"), "万元")
    assert restated.source.column == "2023年调整后" and restated.source.text == "11,000.00"
    assert _one(facts, "revenue", "2023FY", basis=ORIGINAL).value == Decimal("109000000.00")
    assert _one(facts, "np_parent", "2022FY", basis=ORIGINAL).value == Decimal("10000.00")
    assert _one(facts, "total_assets", "2023-12-31", basis=ORIGINAL).value == Decimal(
        "475000000.00"
    )
    assert _one(facts, "total_assets", "2024-12-31").basis is None
    eps = _one(facts, "eps_basic", "2023FY", table="主要财务指标", basis=RESTATED)
    assert (eps.value, eps.unit, eps.scale) == (Decimal("-0.04"), "CNY/share", "元/股")
    roe = _one(facts, "roe_weighted", "2024FY", table="主要财务指标", measure=CHANGE_PP)
    assert roe.value == Decimal("6.60")


def test_shenzhen_q3_restated_columns_and_next_page(tmp_path: Path) -> None:
    from synthetic_reports import Page, Table

    table = Table(
        [40, 150, 200, 250, 300, 352, 402, 452, 502, 555],
        [
            [("", 1, 2), ("本报告期", 1, 2), ("上年同期", 2, 1), "本报告期比上年同期增减"]
            + [("年初至报告期末", 1, 2), ("上年同期", 2, 1), "年初至报告期末比上年同期增减"],
            ["调整前", "调整后", "调整后", "调整前", "调整后", "调整后"],
            ["营业收入（元）", "5,000.00", "4,000.00", "4,100.00", "21.95%"]
            + ["15,000.00", "13,000.00", "13,200.00", "13.64%"],
            ["经营活动产生的现金流量净额（元）", "—", "—", "—", "—"]
            + ["3,000.00", "2,000.00", "2,100.00", "42.86%"],
            ["加权平均净资产收益率", "2.00%", "1.50%", "1.60%", "0.40%"]
            + ["6.00%", "5.00%", "5.10%", "0.90%"],
        ],
    )
    balance = Table(
        [40, 160, 250, 340, 430, 555],
        [
            [("", 1, 2), ("本报告期末", 1, 2), ("上年度末", 2, 1), "本报告期末比上年度末增减"],
            ["调整前", "调整后", "调整后"],
            ["总资产（元）", "100,000.00", "90,000.00", "95,000.00", "5.26%"],
        ],
    )
    cover = ["证券代码：002123 证券简称：示例科技 公告编号：2025-088", "示例科技股份有限公司"]
    preamble = ["2025 年第三季度报告", "一、主要财务数据", "(一)主要会计数据和财务指标"]
    preamble += ["公司是否需追溯调整或重述以前年度会计数据", "√是 □否", "同一控制下企业合并"]
    pages = [
        Page([*cover, *preamble, table]),
        Page(["示例科技股份有限公司2025年第三季度报告", balance, "(二)非经常性损益项目和金额"]),
    ]
    facts = read_report(_draw(tmp_path, "q3.pdf", pages)).facts
    assert _one(facts, "revenue", "2025Q3").value == Decimal("5000.00")
    assert _one(facts, "revenue", "2024Q3", basis=RESTATED).value == Decimal("4100.00")
    prior_ytd = _one(facts, "revenue", "2024Q1-Q3", basis=ORIGINAL)
    assert prior_ytd.value == Decimal("13000.00") and prior_ytd.source.column == "上年同期调整前"
    change = _one(facts, "revenue", "2025Q1-Q3", measure=CHANGE_PCT)
    assert (change.value, change.basis) == (Decimal("13.64"), RESTATED)
    assert _one(facts, "ocf", "2025Q3").value is None
    assert _one(facts, "roe_weighted", "2025Q3", measure=CHANGE_PP).value == Decimal("0.40")
    assets = _one(facts, "total_assets", "2025-09-30")
    assert assets.value == Decimal("100000.00") and assets.source.page == 2
    assert _one(facts, "total_assets", "2024-12-31", basis=RESTATED).value == Decimal("95000.00")


def test_unruled_half_year_summary(tmp_path: Path) -> None:
    from synthetic_reports import Page, Table

    table = Table(
        [50, 230, 330, 430, 550],
        [
            ["", "本报告期末", "上年度末", "本报告期末比上年度末增减(%)"],
            ["总资产", "1,000,000.00", "900,000.00", "11.11"],
            ["", "本报告期", "上年同期", "本报告期比上年同期增减(%)"],
            ["营业收入", "300,000.00", "250,000.00", "20.00"],
            ["归属于上市公司股东的净利润", "-5,000.00", "8,000.00", "不适用"],
            ["加权平均净资产收益率(%)", "-0.85", "1.40", "减少2.25个百分点"],
        ],
        ruled=False,
    )
    cover = [
        "证券代码：688001 证券简称：示例芯片",
        "示例芯片科技股份有限公司",
        "2025 年半年度报告摘要",
    ]
    page = Page(
        [*cover, "2.2 主要财务数据", "单位：元 币种：人民币", table, "2.3 前10名股东持股情况表"]
    )
    facts = read_report(_draw(tmp_path, "half.pdf", [page])).facts
    assert _one(facts, "total_assets", "2024-12-31").value == Decimal("900000.00")
    assert _one(facts, "revenue", "2024H1").value == Decimal("250000.00")
    assert _one(facts, "np_parent", "2025H1").value == Decimal("-5000.00")
    assert _one(facts, "roe_weighted", "2025H1", measure=CHANGE_PP).value == Decimal("-2.25")


def test_heading_at_the_foot_of_a_page_and_the_quarterly_table(tmp_path: Path) -> None:
    from synthetic_reports import Page, Table

    key = Table(
        [40, 200, 290, 380, 470, 555],
        [
            ["", "2024年", "2023年", "本年比上年增减", "2022年"],
            ["营业收入（元）", "8,000.00", "7,000.00", "14.29%", "6,000.00"],
            ["基本每股收益（元/股）", "1.20", "1.00", "20.00%", "0.90"],
            ["", "2024年末", "2023年末", "本年末比上年末增减", "2022年末"],
            ["总资产（元）", "90,000.00", "80,000.00", "12.50%", "70,000.00"],
        ],
    )
    quarters = Table(
        [40, 200, 290, 380, 470, 555],
        [
            ["", "第一季度", "第二季度", "第三季度", "第四季度"],
            ["营业收入", "1,500.00", "2,000.00", "2,100.00", "2,400.00"],
            ["归属于上市公司股东的净利润", "100.00", "-20.00", "—", "300.00"],
        ],
    )
    cover = ["证券代码：000123 证券简称：示例制造 公告编号：2025-010", "示例制造股份有限公司"]
    filler = [f"第{i}段 公司业务概要的说明文字。" for i in range(1, 34)]
    pages = [
        Page([*cover, "2024 年年度报告", *filler, "六、主要会计数据和财务指标"]),
        Page(
            [
                "示例制造股份有限公司2024年年度报告全文",
                "公司是否需追溯调整或重述以前年度会计数据",
                "□是 √否",
                key,
                "公司最近三个会计年度扣除非经常性损益前后净利润孰低者均为负值 □是 √否",
                "八、分季度主要财务指标",
                "单位：元",
                quarters,
                "上述财务指标或其加总数是否与公司已披露季度报告、半年度报告相关财务指标存在重大差异",
            ]
        ),
    ]
    facts = read_report(_draw(tmp_path, "annual_sz.pdf", pages)).facts
    revenue = _one(facts, "revenue", "2022FY")
    assert (revenue.value, revenue.source.page) == (Decimal("6000.00"), 2)
    assert _one(facts, "total_assets", "2023-12-31").value == Decimal("80000.00")
    assert _one(facts, "eps_basic", "2024FY", measure=CHANGE_PCT).value == Decimal("20.00")
    q = [f for f in facts if f.source.table == "分季度主要财务指标"]
    assert {(f.concept, f.period) for f in q if f.value is None} == {("np_parent", "2024Q3")}
    assert _one(q, "revenue", "2024Q4", table="分季度主要财务指标").value == Decimal("2400.00")
    assert len(q) == 8


def test_shenzhen_half_year_changes_table_with_reasons(tmp_path: Path) -> None:
    from synthetic_reports import Page, Table

    table = Table(
        [40, 160, 250, 340, 400, 555],
        [
            ["", "本报告期", "上年同期", "同比增减", "变动原因"],
            ["营业收入", "5,000.00", "4,000.00", "25.00%", "销量增长"],
            ["营业成本", "3,000.00", "2,600.00", "15.38%"],
            ["研发投入", "400.00", "300.00", "33.33%", "加大投入"],
            ["经营活动产生的现金流量净额", "800.00", "-100.00", "不适用", "回款增加"],
        ],
    )
    cover = ["证券代码：000456 证券简称：示例药业", "示例药业股份有限公司", "2025 年半年度报告"]
    page = Page(
        [
            *cover,
            "二、主营业务分析",
            "主要财务数据同比变动情况",
            "单位：元",
            table,
            "公司报告期利润构成或利润来源发生重大变动",
        ]
    )
    facts = read_report(_draw(tmp_path, "half_sz.pdf", [page])).facts
    cost = _one(facts, "operating_cost", "2024H1", table="主要财务数据同比变动情况")
    assert (cost.value, cost.source.column) == (Decimal("2600.00"), "上年同期")
    ocf = _one(facts, "ocf", "2025H1", table="主要财务数据同比变动情况")
    assert ocf.value == Decimal("800.00")
    assert all(f.source.text not in ("销量增长", "回款增加") for f in facts)
