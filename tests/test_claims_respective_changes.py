"""A second 分别 list whose comparison follows 分别 and whose changes each carry their own
direction (A和B分别为x和y，分别同比下降p和增长q): p is A's change and q is B's."""

from decimal import Decimal

from claim_periods import concept_measure_value, concept_segment_value


def test_changes_after_respectively_each_with_its_own_verb():
    text = "今年上半年，公司总收入和净利润分别为50.77亿元和4.23亿元，分别同比下降2.7%和增长7.1%。"
    got = concept_measure_value(text)
    assert ("revenue", "change_pct", Decimal("-2.7")) in got
    assert ("np_parent", "change_pct", Decimal("7.1")) in got


def test_changes_after_a_list_of_segments_are_those_segments():
    text = (
        "公司业务分为受管制业务和非受管制业务两大板块。二季度，上述两大业务收入分别为17.82亿美元和"
        "17.13亿美元，同比分别下降12.6%和17.9%。"
    )
    got = concept_segment_value(text)
    assert ("revenue", "受管制业务", Decimal("-12.6")) in got
    assert not any(seg and "亿" in seg for _c, seg, _v in got)


def test_a_change_after_a_comma_is_no_item_of_the_list():
    text = "公司营收和净利润分别为50.77亿元和4.23亿元，增长7.1%。"
    got = concept_measure_value(text)
    assert ("revenue", "value", Decimal("5077000000.00")) in got
    assert ("np_parent", "value", Decimal("423000000.00")) in got
