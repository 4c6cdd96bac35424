"""Lead clauses that change what the metric words after them name: one that takes non-recurring
items out (扣除非经常性损益后，…) makes the profit and per-share figures of its sentence the
recurring ones; one of a disposal (处置…股权，确认投资收益…) makes the investment income the
disposal's gain. Made-up figures."""

from claim_periods import concept_measure_value


def test_profit_after_a_lead_clause_without_non_recurring_items_is_the_recurring_one():
    got = concept_measure_value(
        "公司2023年归母净利润为7461.13万元。扣除非经常性损益后，公司归母净利润为1377.49万元，"
        "同比增长358.44%。"
    )
    assert [c[0] for c in got] == ["np_parent", "np_parent_recurring", "np_parent_recurring"]
    got = concept_measure_value("扣非后，公司基本每股收益为0.04元；归母净利润为7461.13万元。")
    assert [c[0] for c in got] == ["eps_recurring", "np_parent"]


def test_investment_income_a_disposal_gave_is_the_disposals_gain():
    got = concept_measure_value(
        "2023年，公司处置全资子公司Acme酒店全部股权，确认投资收益3432.99万元；全年投资收益合计"
        "3573.89万元。"
    )
    assert [c[0] for c in got] == ["investment_income_disposal", "investment_income"]


def test_an_investment_gain_an_english_sale_produced_is_the_disposals_gain():
    got = concept_measure_value(
        "Yangli sold its hotel in 2023. The sale produced an investment gain of 34.3 million "
        "yuan; investment income for the year was 35.7 million yuan."
    )
    assert [c[0] for c in got] == ["investment_income_disposal", "investment_income"]
