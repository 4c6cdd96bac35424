"""产销量情况分析表: production, sales and inventory volumes per product, in the printed unit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from caibao.extract import read_report
from caibao.extract.production import unit_of
from caibao.model import CHANGE_PCT, VALUE


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("万盒", ("count", Decimal(10000))),
        ("万 支", ("count", Decimal(10000))),
        ("台", ("count", Decimal(1))),
        ("吨", ("吨", Decimal(1))),
        ("万吨", ("吨", Decimal(10000))),
        ("2024", None),
        ("", None),
    ],
)
def test_units(printed, expected):
    assert unit_of(printed) == expected


@pytest.fixture(scope="module")
def annual_2024(corpus):
    return read_report(corpus / "cn" / "600080" / "600080_20250425_LXGH.pdf")


def _one(reading, concept, segment, measure=VALUE):
    found = [
        f for f in reading.facts if (f.concept, f.segment, f.measure) == (concept, segment, measure)
    ]
    assert len(found) == 1, found
    return found[0]


def test_volumes_of_a_product(annual_2024):
    product = "金天格胶囊(24粒/盒)"
    made = _one(annual_2024, "production_volume", product)
    assert (made.value, made.unit, made.scale, made.period) == (
        Decimal("15770000"),
        "count",
        "万盒",
        "2024FY",
    )
    assert (made.source.page, made.source.text, made.source.column) == (14, "1,577", "生产量")
    assert made.source.table == "产销量情况分析表" and made.source.row_label == product
    assert _one(annual_2024, "sales_volume", product).value == Decimal("14610000")
    stock = _one(annual_2024, "inventory_volume", product)
    assert (stock.value, stock.period) == (Decimal("1180000"), "2024-12-31")
    change = _one(annual_2024, "inventory_volume", product, CHANGE_PCT)
    assert (change.value, change.unit) == (Decimal("3833.33"), "%")
    assert _one(annual_2024, "sales_volume", "开塞露(20ml/支)").scale == "万支"


def test_every_product_row_and_nothing_else(annual_2024):
    volume = {"production_volume", "sales_volume", "inventory_volume"}
    facts = [f for f in annual_2024.facts if f.concept in volume]
    assert len(facts) == 4 * 6  # four products × (three volumes + three changes)
    assert {f.segment for f in facts} == {
        "金天格胶囊(24粒/盒)",
        "转移因子胶囊(24粒/盒)",
        "转移因子口服溶液(6支/盒)",
        "开塞露(20ml/支)",
    }


def test_shenzhen_layout_rows_per_item(tmp_path):
    """行业分类 | 项目 | 单位 | 2024年 | 2023年 | 同比增减, the industry printed once over its rows."""
    from synthetic_reports import Page, Table, draw

    table = Table(
        [50, 150, 230, 290, 370, 450, 530],
        [
            ["行业分类", "项目", "单位", "2024年", "2023年", "同比增减"],
            [("医药制造业", 1, 3), "销售量", "万盒", "12,345", "11,000", "12.23%"],
            ["生产量", "万盒", "12,500", "11,200", "11.61%"],
            ["库存量", "万盒", "1,020", "865", "17.92%"],
            [("化学原料药", 1, 3), "销售量", "吨", "350.5", "300.0", "16.83%"],
            ["生产量", "吨", "360.0", "310.0", "16.13%"],
            ["库存量", "吨", "20.0", "10.5", "90.48%"],
        ],
    )
    cover = ["证券代码：000999 证券简称：示例药业", "示例药业股份有限公司", "2024 年年度报告"]
    body = ["（3）公司实物销售收入是否大于劳务收入", "√是 □否", table]
    pdf = draw([Page(cover), Page(body)], tmp_path / "sz.pdf")
    facts = [f for f in read_report(pdf).facts if f.source.table == "产销量情况分析表"]
    assert len(facts) == 2 * 3 * 3
    got = {(f.segment, f.concept, f.measure, f.period): (f.value, f.unit) for f in facts}
    assert got[("医药制造业", "sales_volume", VALUE, "2024FY")] == (Decimal("123450000"), "count")
    assert got[("医药制造业", "sales_volume", VALUE, "2023FY")] == (Decimal("110000000"), "count")
    assert got[("医药制造业", "inventory_volume", VALUE, "2023-12-31")][0] == Decimal("8650000")
    assert got[("化学原料药", "production_volume", VALUE, "2024FY")] == (Decimal("360.0"), "吨")
    assert got[("化学原料药", "inventory_volume", CHANGE_PCT, "2024-12-31")] == (
        Decimal("90.48"),
        "%",
    )
