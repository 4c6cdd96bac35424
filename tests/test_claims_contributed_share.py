"""A share said by a verb of contributing, its whole after the number (非经常性损益贡献超八成利润,
贡献了公司八成以上的净利润): the figure before over that whole, as 占…的 says it. Made-up figures."""

from claim_periods import concept_measure_value


def test_a_contributed_share_of_profit_is_a_ratio_of_the_two():
    for text in (
        "2023年，非经常性损益贡献超八成利润。",
        "2023年，非经常性损益贡献了公司八成以上的净利润。",
    ):
        assert concept_measure_value(text)[0][:2] == ("non_recurring_share", "value")


def test_a_segment_contributing_a_share_of_revenue_is_its_share():
    got = concept_measure_value("2023年，Acme的云业务贡献了约60%的营收。")
    assert got[0][:2] == ("revenue", "share_pct")
