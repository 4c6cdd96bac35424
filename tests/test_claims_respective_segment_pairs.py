"""A 分别 list of segments' figures of one metric, each segment named before its metric's word,
whose changes follow (产品销售收入x，服务收入y，同比分别下降p和q): p is the first segment's change,
q the second's; metrics each said with their own figure keep their pairing."""

from decimal import Decimal

from claim_periods import concept_measure_value, concept_segment_value


def test_changes_of_segments_each_named_before_its_metric():
    got = concept_segment_value(
        "分类型看，产品销售收入25.41亿美元，服务收入16.99亿美元，同比分别下降25.5%和5.7%。"
    )
    assert ("revenue", "产品", Decimal("-25.5")) in got
    assert ("revenue", "服务", Decimal("-5.7")) in got


def test_metrics_each_after_its_figure_keep_the_pairing():
    got = concept_measure_value("公司实现营收34.99亿元，净利润1.95亿元，同比分别下降12.8%和8.0%。")
    assert ("revenue", "change_pct", Decimal("-12.8")) in got
    assert ("np_parent", "change_pct", Decimal("-8.0")) in got
