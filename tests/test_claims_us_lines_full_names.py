"""A US filer's lines and segments as the Chinese press names them, and the periods and signs of
a few Chinese wordings: a printed line named in full beside another line only shortened to the
same words, a chain's own-store and specialty revenue lines, a same period listed after another,
spending squeezed (压缩), the equity-method line said as a loss. Made-up figures."""

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.printed_lines import LineNames, segment_in_english


def test_a_line_named_in_full_is_that_line_not_a_longer_line_cut_short():
    names = LineNames(
        [
            ("Cost of natural gas", "filer_line", "Cost of natural gas"),
            (
                "Cost of natural gas, electric fuel and purchased power",
                "filer_line",
                "Cost of natural gas, electric fuel and purchased power",
            ),
        ]
    )
    (hit,) = names.named("公司二季度天然气成本仅2.49亿美元")
    assert hit[2] == ("filer_line", "Cost of natural gas")
    # two lines both cut short to the same words still name neither
    names = LineNames(
        [
            ("Cost of gas, net", "filer_line", "Cost of gas, net"),
            ("Cost of gas, other", "filer_line", "Cost of gas, other"),
        ]
    )
    assert names.named("Cost of gas fell 20%.") == []


def test_a_chain_s_own_stores_and_specialty_lines_in_chinese():
    names = ["Company-operated retail", "Licensing", "Foodservice and other", "Total specialty"]
    assert segment_in_english("直营零售", names) == "Company-operated retail"
    assert segment_in_english("特许经营及消费品等专业业务", names) == "Total specialty"


_TEXT = (
    "拉长至上半年看，公司归属股东净利润仅为4100万美元；今年上半年和去年同期的摊薄每股收益分别为"
    "0.13美元和5.11美元。上半年资本支出同比压缩30.7%。二季度公司按权益法确认的投资亏损为7500万美元。"
)


def _claims():
    return {c.printed: c for c in extract_claims(_TEXT, "X", date(2009, 8, 10))}


def test_a_same_period_listed_after_another_is_that_one_a_year_earlier():
    text = (
        "赫斯公司二季度净利骤降近九成\n\n报告显示，截至6月30日的三个月内，赫斯实现收入67.51亿美元。"
        "\n\n拉长至上半年看，归属股东净利润仅为4100万美元，较上年同期的16.95亿美元下降97.5%；"
        "今年上半年和去年同期的摊薄每股收益分别为0.13美元和5.11美元。"
    )
    got = {c.printed: c.period for c in extract_claims(text, "X", date(2009, 8, 10))}
    assert got["0.13美元"] == "2009H1"
    assert got["5.11美元"] == "2008H1"


def test_spending_squeezed_is_a_fall():
    got = _claims()["30.7%"]
    assert (got.concept, got.measure, float(got.value)) == ("capex", "change_pct", -30.7)


def test_the_equity_method_line_said_as_a_loss():
    got = _claims()["7500万美元"]
    assert (got.concept, float(got.value)) == ("investment_income_associates", -75000000)
