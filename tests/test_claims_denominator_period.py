"""A whole after 占 with its period said between (约占当年归母净利润的14.2%): still the whole the
figure before is a share of, not what the rate measures. Made-up figures."""

from claim_periods import concept_measure_value


def test_a_payout_as_a_share_of_the_years_profit():
    got = concept_measure_value(
        "2023年，公司合计拟派发现金红利1058.14万元，约占当年归母净利润的14.2%。"
    )
    assert [c[0] for c in got] == ["dividend_cash", "dividend_payout_ratio"]


def test_a_quarters_share_of_its_years_figure_keeps_the_metric():
    got = concept_measure_value("2023年第四季度营业收入1.63亿元，占当年营收的近三成。")
    assert [c[0] for c in got] == ["revenue", "revenue"]
