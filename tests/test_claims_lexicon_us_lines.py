"""The names the press (English and Chinese) gives a US filer's statement lines, and the table rows
and asides that name a line or a partner rather than the company's metric. Made-up companies and
figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon, segment_by_words

REF = date(2024, 8, 20)
LEX = Lexicon({"Acme Foods": "ACME", "Beta Pharma": "BETA", "贝塔制药": "BETA"})


def concepts(text: str, segments: tuple[str, ...] = ()) -> list[tuple]:
    got = extract_claims(text, "ACME", REF, LEX, segments)
    return [(c.concept, c.segment, c.measure, c.value) for c in got]


def test_chinese_names_of_us_lines():
    got = concepts(
        "2024年二季度，Acme Foods利息支出3.2亿美元；权益法投资收益1.1亿美元；计提减值费用0.8亿美元。"
    )
    assert [c[0] for c in got] == [
        "interest_expense", "investment_income_associates", "asset_impairment_loss",
    ]  # fmt: skip
    # 净利息支出 is no net profit (净利)
    assert concepts("2024年二季度净利息支出0.6亿美元。")[0][0] == "net_interest_expense"
    assert concepts("2024年二季度营销及管理费用12.5亿美元。")[0][0] == "sga_expense"
    assert concepts("2024年二季度销售、信息和管理费用21.0亿美元。")[0][0] == "sga_expense"
    # a grocer's operating, general and administrative line: its SG&A, not administrative costs
    assert concepts("二季度运营、一般及管理费用为30.9亿美元。")[0][0] == "sga_expense"
    # total capital expenditures: the filer's total line (accruals included), not its payments
    assert concepts("上半年资本支出总额12.55亿美元。")[0][0] == "capex_total"
    assert concepts("2024年二季度材料及生产成本9.9亿美元。")[0][0] == "operating_cost"
    assert concepts("上半年用于收购的现金支出约4.2亿美元。")[0][0] == "cash_paid_for_subsidiaries"
    assert concepts("前九个月股票回购金额仅0.5亿美元。")[0][0] == "kpi_share_repurchases"


def test_bare_stockholders_equity_is_the_parents():
    assert concepts("截至6月末，股东权益88.1亿美元。")[0][0] == "equity_parent"
    assert concepts("截至6月末，股东权益合计90.2亿美元。")[0][0] == "total_equity"
    got = concepts("At June 30, 2024, Acme Foods stockholders' equity was $8.1 billion.")
    assert got[0][0] == "equity_parent"


def test_english_names_of_us_lines():
    text = (
        "In the second quarter of 2024 pretax earnings rose 9% to $1.2 billion, compensation and "
        "benefits grew 4% and the tax bill came to $300 million."
    )
    assert [c[0] for c in concepts(text)] == [
        "total_profit",
        "total_profit",
        "staff_cost",
        "income_tax",
    ]
    got = concepts(
        "In the second quarter of 2024 equity-method earnings climbed 6% to $45 million."
    )
    assert [c[0] for c in got] == ["investment_income_associates"] * 2
    got = concepts("In the second quarter of 2024 income tax fell to $70 million.")
    assert got[0][0] == "income_tax"


def test_a_multiple_of_earnings_is_the_pe():
    got = concepts("In August 2024 Acme Foods traded at about 18 times earnings.")
    assert got[0][0] == "kpi_pe"


def test_a_table_row_named_as_a_line_of_the_company():
    segments = ("Investment management", "Retail banking")
    text = (
        "Key figures ($ mn)\n\n| | 2Q24 | 2Q23 |\n|---|---|---|\n"
        "| Investment mgmt | 1,210 | 1,100 |\n| Net revenues | 5,000 | 4,800 |\n"
    )
    got = concepts(text, segments)
    assert got[0][:2] == ("revenue", "Investment management")
    assert got[2][:2] == ("revenue", None)


def test_abbreviated_words_of_a_line():
    lines = ("Asset management and custody services", "Trading")
    assert segment_by_words("Asset mgmt & custody svcs", lines) == lines[0]


def test_a_partner_named_in_an_aside_is_not_the_subject():
    text = "2024年二季度，来自合资公司（主要是与贝塔制药的合资公司）的权益收益2.3亿美元。"
    got = extract_claims(text, "ACME", REF, LEX)
    assert [(c.subject, c.value) for c in got] == [("ACME", Decimal("230000000.00"))]


def test_a_brokers_ratios_of_revenue():
    text = (
        "In the second quarter of 2024 the compensation ratio was 41.2% of net revenues versus "
        "43.0% a year ago, and the pre-tax margin reached 30.1%."
    )
    got = concepts(text)
    assert [(c[0], c[3]) for c in got] == [
        ("staff_cost/revenue", Decimal("41.2")),
        ("staff_cost/revenue", Decimal("43.0")),
        ("total_profit/revenue", Decimal("30.1")),
    ]


def test_operating_activities_name_the_flow():
    got = concepts("In the first half of 2024 operating activities provided $2.2 billion.")
    assert got[0][0] == "ocf"


TABLE = (
    "Results, in millions of dollars except per-share data:\n\n"
    "| Quarter ended June 30 | Q2 2024 | vs Q2 2023 |\n|---|---|---|\n"
    "| Net sales | 2,310 | -4% |\n| Diluted EPS ($) | 0.41 | +5% |\n"
)


def test_a_tables_unit_in_words_and_a_change_column_named_by_its_base():
    got = extract_claims(TABLE, "ACME", REF, LEX)
    assert [(c.concept, c.period, c.measure, c.value) for c in got] == [
        ("revenue", "2024Q2", "value", Decimal("2310000000")),
        ("revenue", "2024Q2", "change_pct", Decimal("-4")),
        ("eps_diluted", "2024Q2", "value", Decimal("0.41")),
        ("eps_diluted", "2024Q2", "change_pct", Decimal("5")),
    ]
    # a level quotes the row's label that names it; a change only its cell
    assert [c.quote for c in got][:2] == ["Net sales | 2,310", "-4%"]


def test_a_lines_name_with_commas_and_a_ratio_of_it():
    text = (
        "In the second quarter of 2024 marketing, administration and research costs fell 3% to "
        "$1.1 billion, and the SG&A ratio was 19.5% of sales."
    )
    got = concepts(text)
    assert [c[0] for c in got] == ["sga_expense", "sga_expense", "sga_expense/revenue"]


def test_an_aside_that_defines_the_metric_by_its_parts():
    got = concepts(
        "In the first half of 2024 free cash flow (operating cash flow minus capex) rose 12% to "
        "$600 million."
    )
    assert [c[0] for c in got] == ["free_cash_flow", "free_cash_flow"]


def test_millions_after_a_figure_per_share_are_the_profits():
    text = (
        "Acme Foods earned $412 million, or $1.02 per diluted share, in the second quarter of "
        "2024, compared with $388 million a year earlier."
    )
    assert [(c[0], c[3]) for c in concepts(text)] == [
        ("np_parent", Decimal("412000000")),
        ("eps_diluted", Decimal("1.02")),
        ("np_parent", Decimal("388000000")),
    ]


def test_reuters_abbreviated_scales_and_financing_named_by_its_verb():
    got = concepts("* Second-quarter 2024 sales up 4 pct at $3.10 bln")
    assert got[-1][3] == Decimal("3100000000.00")
    got = concepts("In 2024 financing brought in a net 2.1 billion yuan.")
    assert got[0][0] == "fincf"


def test_a_participle_after_a_comma_goes_on_with_the_metric():
    text = "In 2024 operating profit more than doubled, rising 118 per cent to $2.4 billion."
    assert [(c[0], c[2]) for c in concepts(text)] == [
        ("operating_profit", "change_pct"),
        ("operating_profit", "change_pct"),
        ("operating_profit", "value"),
    ]


def test_a_dividend_cut_to_cents_is_the_dividend_per_share():
    text = "In the second quarter of 2024 Acme Foods cut its dividend 60% to 8 cents from 20 cents."
    assert [(c[0], c[2]) for c in concepts(text)] == [
        ("dividend_per_share", "change_pct"),
        ("dividend_per_share", "value"),
        ("dividend_per_share", "value"),
    ]


def test_a_relative_clause_and_the_effective_rate():
    text = (
        "In the second quarter of 2024 Acme Foods relied on equity income from its ventures, "
        "which rose 9% to $51 million; the tax charge was $80 million, an effective rate of 24%."
    )
    assert [c[0] for c in concepts(text)] == [
        "investment_income_associates", "investment_income_associates", "income_tax", "kpi_tax_rate",
    ]  # fmt: skip


def test_a_bare_ratio_after_a_softening_word_and_a_cut_by_half():
    got = concepts("2024年末，甲公司流动比率仅1.05。")
    assert (got[0][0], got[0][3]) == ("current_ratio", Decimal("1.05"))
    got = concepts("2024年毛利率由2023年的30%降至16%，几乎砍掉一半。")
    assert (got[-1][0], got[-1][2], got[-1][3]) == ("gross_margin", "change_pct", Decimal("-50"))


def test_a_headlines_present_tense_is_a_change():
    got = concepts("Acme Foods First-Half 2024 Profit Jump 31% on Price Rises")
    assert (got[0][0], got[0][2]) == ("np_parent", "change_pct")
    got = concepts("Acme Foods 2024 Sales Slip 3%")
    assert (got[0][0], got[0][2], got[0][3]) == ("revenue", "change_pct", Decimal("-3"))


def test_the_noun_after_an_earlier_figure_and_a_sign_noun_after_the_figure():
    text = (
        "In the first half of 2024 operating activities provided $1.2bn of cash versus a $0.4bn "
        "outflow a year earlier."
    )
    got = extract_claims(text, "ACME", REF, LEX)
    assert [(c.concept, c.period) for c in got] == [("ocf", "2024H1"), ("ocf", "2023H1")]
    assert got[1].quote.endswith("$0.4bn outflow")


def test_bare_cash_and_a_net_loss_in_two_characters():
    got = concepts(
        "截至2024年6月底，甲公司现金余额12.3亿元，现金储备合计约20亿元；上半年净亏1.2亿元。"
    )
    assert [c[0] for c in got] == ["cash", "kpi_cash_reserves", "np_parent"]


def test_the_sum_a_payout_is_reckoned_on_is_not_the_payout():
    text = (
        "In the second quarter of 2024 Acme Foods paid $40 million of interest expense, mostly on "
        "the $900 million it borrowed in May."
    )
    got = concepts(text)
    assert [(c[0], c[3]) for c in got] == [
        ("interest_expense", Decimal("40000000")),
        (None, Decimal("900000000")),
    ]
    # (a verb's own "on" is no base: took on $300 million of short-term borrowings)
    got = concepts(
        "In the first half of 2024 Acme Foods took on $300 million in short-term borrowings."
    )
    assert got[0][0] == "short_term_borrowings"


def test_equity_investment_income_and_debt_due_within_a_year():
    # a US filer's "Share of net income of equity companies", "Debt payable within one year"
    got = concepts("二季度Acme Foods权益投资收益为4400万美元。")
    assert got[0][0] == "investment_income_associates"
    got = concepts("截至6月30日，Acme Foods一年内到期的债务降至3.73亿美元。")
    assert got[0][0] == "debt_current"
