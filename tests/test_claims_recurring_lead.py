"""A lead clause that takes non-recurring items out (扣除非经常性损益后，…): the profit and
per-share figures of the rest of its sentence are the recurring ones. Made-up figures."""

from claim_periods import concept_measure_value


def test_profit_after_a_lead_clause_without_non_recurring_items_is_the_recurring_one():
    got = concept_measure_value(
        "公司2023年归母净利润为7461.13万元。扣除非经常性损益后，公司归母净利润为1377.49万元，"
        "同比增长358.44%。"
    )
    assert [c[0] for c in got] == ["np_parent", "np_parent_recurring", "np_parent_recurring"]
    got = concept_measure_value("扣非后，公司基本每股收益为0.04元；归母净利润为7461.13万元。")
    assert [c[0] for c in got] == ["eps_recurring", "np_parent"]
