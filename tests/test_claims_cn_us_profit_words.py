"""A Chinese story on a US filer: the profit of continuing operations said after its tax or as
the stockholders' (持续经营业务税后利润, 持续经营业务归属于股东的利润), the stockholders' net profit
said so (归属于股东的净利润: not the figure with noncontrolling interests a bare 净利润 may be),
purchased power with a qualifier in brackets (外购电力（已实现）成本), and a revenue line's name
without its revenue words (产品销售收入: the filer's "Revenue from product sales")."""

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.printed_lines import segment_in_english
from claim_periods import concept_measure_value


def test_continuing_operations_profit_after_tax_or_attributable():
    got = concept_measure_value(
        "二季度，持续经营业务税后利润2500万美元，较上年同期减少86.4%。上半年持续经营业务归属于股东"
        "的利润为2.63亿美元，同比下降38.3%。"
    )
    assert ("np_continuing", "value", Decimal("25000000")) in got
    assert ("np_continuing", "change_pct", Decimal("-86.4")) in got
    assert ("np_continuing", "value", Decimal("263000000.00")) in got
    assert not any(c == "np_parent" for c, _m, _v in got)


def test_the_stockholders_net_profit_said_so_is_read_whole():
    (claim,) = extract_claims(
        "上半年，公司归属于股东的净利润为2.43亿美元。", "ACME", date(2024, 8, 20)
    )
    assert (claim.concept, claim.words) == ("np_parent", "归属于股东的净利润")


def test_purchased_power_with_a_bracketed_qualifier():
    got = concept_measure_value("其中外购电力（已实现）成本6.15亿美元，较上年同期几近翻倍。")
    assert ("purchased_power", "value", Decimal("615000000.00")) in got


def test_a_revenue_lines_name_without_its_revenue_words():
    names = ["Revenue from product sales", "Service", "Net revenue"]
    assert segment_in_english("产品", names) == "Revenue from product sales"
    assert segment_in_english("服务", names) == "Service"
