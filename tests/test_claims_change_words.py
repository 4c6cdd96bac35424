"""How the press says a change, a multiple, a fraction, a sign, a range or a share: "four times",
"a third", "three percentage points", pct in Chinese copy, "cut in half", 翻了一番还多, a loss
"wider" than before, "red ink", "minus 2.4 per cent", a signed rate after a base, a change on
the quarter before, a base named by the report that printed it, a range's two bounds, a share
quote that does not reach back over another figure. Made-up companies and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon
from claim_periods import acme_foods_claims as claims
from claim_periods import concept_measure_value_qualifier as _full
from claim_periods import concept_measure_value_unit_qualifier as _one

REF = date(2024, 4, 20)


def test_value_words_of_multiples_fractions_and_points():
    got = _one("In 2023 the deficit of 12 billion yuan was roughly four times the 3 billion.")
    assert ("np_parent", "times", Decimal(4), "times", "approx") in got
    got = _one("In 2023 the operating margin shrank to 8.2%, a squeeze of three percentage points.")
    assert got[-1] == ("operating_margin", "change_pp", Decimal(-3), "pp", None)
    got = _one("In 2023 the net margin was 4.1 percent, a decline of 0.8 points.")
    assert got[-1] == ("net_margin", "change_pp", Decimal("-0.8"), "pp", None)
    got = _one("In 2023 sales jumped nearly a third, to 5.2 billion yuan.")
    assert got[0] == ("revenue", "change_pct", Decimal("33.33"), "%", "approaching")
    got = _one("Fourth-quarter loss was 6 billion yuan, more than two-fifths of the annual loss.")
    assert got[-1][1:] == ("share_pct", Decimal(40), "%", "more_than")
    got = _one("In 2023 net profit was 88 million yuan, more than double the 40 million of 2022.")
    assert ("np_parent", "times", Decimal(2), "times", "more_than") in got
    # double-digit growth: no multiple, a rise of at least 10%
    assert _one("In 2023 it reported double-digit growth.") == [
        (None, "change_pct", Decimal(10), "%", "more_than")
    ]


def test_chinese_multiples_and_thresholds():
    got = _full("2023年公司净利润翻了一番还多。")
    assert got == [("np_parent", "change_pct", Decimal("100"), "more_than")]
    got = _full("2023年公司扣非净利润增长了一倍半。")
    assert got[0][:3] == ("np_parent_recurring", "change_pct", Decimal("150"))
    got = _full("2023年公司营收稳定在百亿美元以上。")
    assert got == [("revenue", "value", Decimal("10000000000"), "more_than")]
    assert _full("2023年公司瞄准百亿级市场。") == []


def test_a_company_cuts_or_raises_a_figure_by_a_fraction():
    got = _full("In 2023 Acme slashed its capital spending by almost a third.")
    assert got == [("capex", "change_pct", Decimal("-33.33"), "approaching")]
    got = _full("In 2023 the company trimmed R&D by 4.5% to $120m.")
    assert [(c, m, v) for c, m, v, _q in got] == [
        ("rd_expense", "change_pct", Decimal("-4.5")),
        ("rd_expense", "value", Decimal("120000000")),
    ]
    got = _full("Sales fell 31.4% in 2023, a decline of more than a quarter.")
    assert got[-1] == ("revenue", "change_pct", Decimal("-25"), "more_than")
    got = _full("In 2023 the net margin was 8.1%, a 1.7-point slide.")
    assert got[-1][:3] == ("net_margin", "change_pp", Decimal("-1.7"))
    got = _full("In 2023 the annual dividend was raised by a fifth to 30 cents a share.")
    assert [(c, m) for c, m, _v, _q in got] == [
        ("dividend_per_share", "change_pct"),
        ("dividend_per_share", "value"),
    ]


def test_in_half_is_a_fall_by_half_but_in_half_of_is_a_part():
    assert claims("Acme Foods cut its inventories almost in half in 2023.") == [
        ("inventory", "change_pct", Decimal("-50"))
    ]
    assert claims("In 2023 revenue grew in half of its markets.") == []


def test_pct_in_chinese_copy_is_percentage_points():
    got = _full("2023年销售毛利率为51.3%，同比+0.92pct。")
    assert got[-1][:3] == ("gross_margin", "change_pp", Decimal("0.92"))
    # in English copy "pct" stays per cent
    assert _full("In 2023 Acme revenue rose 7 pct.")[0][1] == "change_pct"


def test_a_change_restated_round_and_hong_kong_wording():
    got = _one("2023年净利润9.1亿元，同比下降28.6%，近三成。")
    assert got[-1] == ("np_parent", "change_pct", Decimal(-30), "%", "approaching")
    got = _one("2023年首三季賺約12億人幣，投資活動現金淨流出3.5億元。")
    assert [(g[0], g[3]) for g in got] == [("np_parent", "CNY"), ("icf", "CNY")]
    assert got[-1][2] < 0


def test_a_change_on_the_quarter_before_said_around_it():
    from caibao.claims.model import CHANGE_QOQ_PCT

    def measures(text):
        return [c.measure for c in extract_claims(text, "ACME", REF)]

    assert measures(
        "In the fourth quarter of 2023 sales were 7% lower than in the third quarter."
    ) == [CHANGE_QOQ_PCT]
    assert measures("Against the previous quarter, 2023 fourth-quarter sales slid 4%.") == [
        CHANGE_QOQ_PCT
    ]


def test_a_signed_rate_after_a_base_or_in_brackets_is_a_change():
    def got(text):
        return [
            (c.concept, str(c.period), c.measure, c.value)
            for c in extract_claims(text, "ACME", REF)
        ]

    assert got("2023年末，总负债88.5亿元，较年初-4.10%。")[1] == (
        "total_liabilities",
        "2023-12-31",
        "change_pct",
        Decimal("-4.10"),
    )
    assert got("2023年归母净利润9亿元（+15.5%）。")[1][2:] == ("change_pct", Decimal("15.5"))
    assert got("In 2023 its net margin was -1.5%.")[0][2] == "value"  # a level, signed


def test_made_up_is_a_share_and_improved_a_change():
    def got(text):
        return [c.measure for c in extract_claims(text, "ACME", REF)]

    assert got(
        "Second-quarter profit of 2 billion yuan in 2023 made up 30% of the annual total."
    ) == [
        "value",
        "share_pct",
    ]
    assert got("In 2023 its net margin improved 2.5% to 11.3%.") == ["change_pct", "value"]


def test_a_loss_wider_or_narrower_than_before_is_a_change():
    got = claims("Acme Foods lost 3 billion yuan in 2023, a deficit 15% wider than in 2022.")
    assert ("np_parent", "change_pct", Decimal("15")) in got
    got = claims("Acme Foods lost 3 billion yuan in 2023, a deficit 15% narrower than in 2022.")
    assert ("np_parent", "change_pct", Decimal("-15")) in got


def test_a_base_named_by_the_report_that_printed_it_keeps_the_metric():
    got = claims("2023年稀释每股收益为1.15元，较2022年年度报告中披露的1.40元下降17.9%。")
    assert [c[0] for c in got] == ["eps_diluted"] * 3


def test_a_rate_compared_with_an_earlier_rate_and_a_balance_out_of_a_deficit():
    got = extract_claims(
        "In the 2023 fourth quarter gross profit of $2.1 billion came to 41.3% of sales, up from "
        "40.8% a year earlier.",
        "ACME",
        REF,
    )
    assert [(c.concept, c.measure, c.value) for c in got][1:] == [
        ("gross_margin", "value", Decimal("41.3")),
        ("gross_margin", "value", Decimal("40.8")),
    ]
    lex = Lexicon({"Acme": "ACME"})
    got = extract_claims(
        "Acme filed its 2023 report.\n\nStockholders' equity swung to $40m at the end of 2023 "
        "from a deficit of $25m.",
        "ACME",
        REF,
        lex,
    )
    assert [(c.subject, c.concept, c.value) for c in got] == [
        ("ACME", "equity_parent", Decimal("40000000")),
        ("ACME", "equity_parent", Decimal("-25000000")),
    ]


def test_a_loss_by_its_ledger_colour_and_cash_burned():
    assert claims("Acme Foods posted 2.4 billion yuan of red ink in 2023.") == [
        ("np_parent", "value", Decimal("-2400000000"))
    ]
    assert claims("Acme Foods burnt 780 million yuan in 2023.") == [
        ("ocf", "value", Decimal("-780000000"))
    ]


def test_a_sign_in_words_and_a_comparison_that_names_nothing_new():
    got = _full(
        "In 2023 return on equity, however, was minus 2.4 per cent, worse than minus 1.1 per "
        "cent in 2022."
    )
    assert [(c, v) for c, _m, v, _q in got] == [
        ("roe_weighted", Decimal("-2.4")),
        ("roe_weighted", Decimal("-1.1")),
    ]
    got = _full("In 2023 free cash flow was negative $0.8 billion.")
    assert got[0][0] == "free_cash_flow" and got[0][2] == Decimal("-800000000.0")


def test_a_range_has_a_lower_and_an_upper_bound():
    got = _one("近年来净利润一直在2亿元至3亿元之间。")
    assert [g[4] for g in got] == ["more_than", "less_than"]
    got = _one("In 2023 revenue was between $1.1 billion and $1.3 billion.")
    assert [g[4] for g in got] == ["more_than", "less_than"]
    got = _one("In 2023 revenue rose to $1.3 billion from $1.1 billion.")
    assert [g[4] for g in got] == [None, None]


def test_a_share_quote_does_not_reach_back_over_another_figure():
    got = extract_claims(
        "In 2023 support revenue rose 6.2% to $3.17bn and now makes up more than 60% of revenue.",
        "ACME",
        REF,
    )
    assert got[-1].quote == "more than 60%" and got[-1].measure == "share_pct"
