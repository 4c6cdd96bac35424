"""English stories on A-share companies: a fourth quarter in a deck's bullet does not make an
annual story a quarterly one (the company reports no fourth quarter of its own), a cash flow's
sign in the verb before its figure (repaid a net …), the non-recurring gain on disposals and the
treasury stock named after their figures, and "-fold" with the two levels it compares.
Made-up companies and figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.article_periods import main_period
from caibao.claims.extract import extract_claims
from caibao.claims.text import read_text
from inline_store import SAMPLE_CODE, checked_claims

Y = "CNY"
DAY = date(2025, 3, 28)

_ANNUAL = (
    "Yangli Profit Almost Halves as Slump Drags On\n\n"
    "- Drugmaker swings to a fourth-quarter loss as it cuts prices\n"
    "- Cash holdings shrink\n\n"
    "Yangli's net income fell 46% to 1.2 billion yuan last year.\n\n"
    "Yangli swung to a net loss of 0.1 billion yuan in the fourth quarter. Revenue in the three "
    "months to December rose 5.6% to 1.75 billion yuan. Key figures for 2024: revenue fell 7%.\n"
)


def _norm(text: str) -> str:
    return read_text(text).norm


def test_an_a_share_annual_story_with_a_fourth_quarter_in_its_deck():
    period, _day = main_period(_norm(_ANNUAL), DAY, single_q4=False)
    assert str(period) == "2024FY"
    # a US filer reports its fourth quarter: there the quarter's words vote as before
    period, _day = main_period(_norm(_ANNUAL), DAY)
    assert str(period) == "2024Q4"
    # the title names the quarter: a story on the fourth quarter, A-share or not
    titled = _ANNUAL.replace("Profit Almost Halves", "Swings to Fourth-Quarter Loss")
    period, _day = main_period(_norm(titled), DAY, single_q4=False)
    assert str(period) == "2024Q4"
    # a deck's line after the title (no bullet) names what else the story reports
    decked = _ANNUAL.replace("- Drugmaker swings", "Drugmaker swings")
    period, _day = main_period(_norm(decked), DAY, single_q4=False)
    assert str(period) == "2024FY"
    # a masthead before the title is no title
    mast = "Asia Pharma Brief | March 28, 2025\n" + titled
    period, _day = main_period(_norm(mast), DAY, single_q4=False)
    assert str(period) == "2024Q4"


def test_a_net_repayment_through_financing_activities_is_an_outflow():
    rows = [("fincf", "2024FY", "-3681316430", Y, "value", None, "S1")]
    text = "In 2024 Yangli repaid a net 3.68 billion yuan through financing activities."
    got = checked_claims(rows, text, DAY)
    assert [(c.claim.concept, c.verdict.verdict) for c in got] == [("fincf", "supported")]
    assert got[0].claim.quote.startswith("repaid")


def _concepts(text: str) -> list[str | None]:
    return [c.concept for c in extract_claims(text, SAMPLE_CODE, date(2024, 10, 30))]


def test_disposal_gains_and_treasury_stock_named_after_their_figures():
    text = (
        "Yangli booked a gain of about 32 million yuan on the disposal of non-current assets in "
        "the first nine months. It also held 149.5 million yuan of repurchased shares as "
        "treasury stock at the end of September."
    )
    assert _concepts(text) == ["nr_disposal_of_noncurrent_assets", "treasury_shares"]


def test_an_n_fold_rise_between_two_levels_read_as_the_increase_is_ambiguous():
    rows = [
        ("np_parent", "2024Q1-Q3", "30770165", Y, "value", None, "S1"),
        ("np_parent", "2023Q1-Q3", "3390298", Y, "value", None, "S1"),
    ]
    day = date(2024, 10, 30)

    def verdict(word: str) -> str:
        text = (
            f"For the first nine months of 2024, Yangli's net profit jumped {word} to 30.77 "
            "million yuan from 3.39 million yuan."
        )
        got = checked_claims(rows, text, day)
        return next(c.verdict.verdict for c in got if c.claim.measure == "times")

    assert verdict("ninefold") == "supported"  # 9.08 times the level
    assert verdict("eightfold") == "misleading"  # 8.08 times more, 9.08 times the level
    assert verdict("fivefold") == "contradicted"


def test_a_grant_named_after_its_figure_and_a_bought_company_is_no_subject():
    rows = [
        ("nr_government_grants", "2024Q3", "46216965.57", Y, "value", None, "S1"),
        ("kpi_deal_consideration", "2024Q1-Q3", "6211844129.70", Y, "value", None, "S2"),
    ]
    text = (
        "样例药业前三季度营收197.40亿元。三季度单季，公司还有4622万元政府补助计入当期损益。"
        "公司拟以支付现金方式购买天士力（600535.SH）4.18亿股股份，总交易价款为62.12亿元。"
    )
    got = checked_claims(rows, text, date(2024, 10, 26))
    verdicts = {c.claim.printed: (c.claim.concept, c.verdict.verdict) for c in got}
    assert verdicts["4622万元"] == ("nr_government_grants", "supported")
    assert verdicts["62.12亿元"] == ("kpi_deal_consideration", "supported")


def test_a_sum_right_before_a_purchase_word_is_the_deal_price():
    text = "样例药业拟62亿元收购天士力。公司收购天士力后，营收增长。"
    got = [(c.printed, c.concept) for c in extract_claims(text, SAMPLE_CODE, date(2024, 10, 26))]
    assert got == [("62亿元", "kpi_deal_consideration")]


def test_a_fall_in_percent_across_zero_is_misleading():
    # 1.2 billion yuan of profit to a loss of 4.88 billion: "plunged 507%" is right arithmetic
    # of no meaning (转亏)
    rows = [
        ("np_parent", "2024FY", "-4880000000", Y, "value", None, "IS"),
        ("np_parent", "2023FY", "1200000000", Y, "value", None, "IS"),
        ("np_parent", "2024FY", "-506.67", "%", "change_pct", None, "IS"),
    ]
    text = "Yangli Swings to Loss\n\nYangli's net income plunged 507% in 2024.\n"
    got = [(c.claim.quote, c.verdict.verdict) for c in checked_claims(rows, text, DAY)]
    assert got == [("net income plunged 507%", "misleading")]


def test_years_named_together_in_a_sentence_without_figures_set_no_period():
    # (land bought in 2020 and 2021 is the story's background: the next sentence's margin is
    # still the year reported on)
    text = (
        "Yangli's net income fell 46% to 1.2 billion yuan in 2024. Much of what it sold last "
        "year was made from stock bought in 2020 and 2021. Gross margin narrowed to 15.2%."
    )
    got = extract_claims(text, SAMPLE_CODE, DAY)
    assert [(c.printed, str(c.period)) for c in got][-1] == ("15.2%", "2024FY")


def test_a_qualified_base_and_an_outflow_named_before_its_metric():
    text = (
        "Yangli's gross margin fell to 21.8%, down from more than 29% a year earlier. The net "
        "outflow from financing activities narrowed to 23.1 billion yuan from 32.5 billion yuan."
    )
    got = [
        (c.printed, c.measure, c.value, str(c.period))
        for c in extract_claims(text, SAMPLE_CODE, DAY)
    ]
    assert ("29%", "value", 29, "2023FY") in got
    assert ("23.1 billion yuan", "value", -23100000000, "2024FY") in got
    assert ("32.5 billion yuan", "value", -32500000000, "2023FY") in got


def test_an_outflow_on_its_activities_named_before_the_metric():
    text = "The net outflow on investing activities roughly halved to 13 billion yuan from 26.3 billion yuan."
    got = [(c.printed, c.value) for c in extract_claims(text, SAMPLE_CODE, DAY)]
    assert ("13 billion yuan", -13000000000) in got
    assert ("26.3 billion yuan", -26300000000) in got


def test_an_adverb_set_off_by_commas_cuts_no_clause():
    text = "Financing activities, however, swung to a net outflow of 36.8 billion yuan."
    got = [(c.printed, c.concept, c.value) for c in extract_claims(text, SAMPLE_CODE, DAY)]
    assert got == [("36.8 billion yuan", "fincf", -36800000000)]


def test_a_figure_for_the_whole_country_is_not_the_companys():
    for text in (
        "Yangli's revenue fell 7.6%. Sales of new commercial housing nationwide fell 6.5%.",
        "样例药业营收下降7.6%。全国商品房销售额下降6.5%。",
        "Yangli's revenue fell 7.6%, in a market in which national new home sales fell 6.5%.",
    ):
        got = [(c.printed, c.subject) for c in extract_claims(text, SAMPLE_CODE, DAY)]
        assert got == [("7.6%", SAMPLE_CODE), ("6.5%", "other")]


def test_a_deck_descriptor_an_aside_and_a_ratio_to_assets_in_an_english_story():
    text = (
        "Yangli profits stall\n\n"
        "Drugmaker posts 11% rise in revenue\n\n"
        "Cash on hand, closely watched by investors after the defaults of smaller rivals, fell "
        "8 per cent to Rmb13.7bn. Liabilities were 77 per cent of assets, down from almost 80 per "
        "cent a year earlier."
    )
    got = [
        (c.printed, c.subject, c.concept, c.measure) for c in extract_claims(text, SAMPLE_CODE, DAY)
    ]
    assert got == [
        ("11%", SAMPLE_CODE, "revenue", "change_pct"),
        ("8 per cent", SAMPLE_CODE, "cash", "change_pct"),
        ("Rmb13.7bn", SAMPLE_CODE, "cash", "value"),
        ("77 per cent", SAMPLE_CODE, "debt_ratio", "value"),
        ("80 per cent", SAMPLE_CODE, "debt_ratio", "value"),
    ]


def test_a_relative_clause_set_off_by_commas_cuts_no_clause():
    text = (
        "Current liabilities, which include customer deposits on pre-sold homes, fell to Rmb1.08tn."
    )
    got = [(c.printed, c.concept) for c in extract_claims(text, SAMPLE_CODE, DAY)]
    assert got == [("Rmb1.08tn", "total_current_liabilities")]


def test_the_part_a_headline_names_first_outvotes_a_quarter_named_as_often():
    from caibao.claims.article_periods import _part_counts

    text = (
        "Acme H1 profit drops 24% as second-quarter earnings nearly halve\n\n"
        "Acme posted a fall in first-half profit. Second-quarter profit fell, and the "
        "second quarter was weak. Revenue in the six months rose. April-June sales fell."
    )
    counts = _part_counts(text)
    assert max(counts, key=counts.get) == "H1"
    # a masthead and a blank line before the headline: the headline's end is its last line's
    body = text.split("\n\n", 1)[1]
    masthead = "Asia Pharma Brief | Aug 1, 2025\n\nAcme profit drops 24% in H1\n\n" + body
    assert _part_counts(masthead)["H1"] == _part_counts(masthead)["Q2"] + 1


def test_a_year_named_only_with_a_qualified_compared_figure_is_no_subject():
    # (an FT story on last year's results names 2020 only as the year it is compared with)
    text = (
        "Yangli profit almost halves\n\n"
        "Yangli said net profit fell 45.7 per cent last year to Rmb2.25bn, down from "
        "Rmb4.15bn in 2020. It kept less than 5 fen of every renminbi of revenue, compared "
        "with almost 10 fen in 2020. Revenue rose 7.4 per cent to Rmb45.28bn."
    )
    period, _day = main_period(_norm(text), date(2022, 4, 1), single_q4=False)
    assert str(period) == "2021FY"


def test_book_value_said_in_money_a_share_is_the_book_value_per_share():
    text = (
        "Total equity rose 3.1% to 405 billion yuan, and book value stood at about 21 yuan a share."
    )
    got = [(c.printed, c.concept, c.unit) for c in extract_claims(text, SAMPLE_CODE, DAY)]
    assert ("21 yuan", "bps", "CNY/share") in got


def test_a_year_earlier_trailing_a_figure_is_not_the_next_figures_after_and():
    text = (
        "Yangli reported first-half results. Second-quarter net profit was about 545 million "
        "yuan, down 47.3% from 1.03 billion yuan a year earlier and less than half the 1.27 "
        "billion yuan it earned in the first three months of the year."
    )
    got = {c.printed: str(c.period) for c in extract_claims(text, SAMPLE_CODE, date(2025, 8, 18))}
    assert got["1.03 billion yuan"] == "2024Q2"
    assert got["1.27 billion yuan"] == "2025Q1"


def test_selling_costs_are_the_selling_expenses():
    text = "Drugmaker's core earnings remain thin as selling costs swallow three-fifths of revenue"
    got = [(c.concept, c.value) for c in extract_claims(text, SAMPLE_CODE, DAY)]
    assert got == [("selling_expense_ratio", 60)]


def test_a_change_after_its_source_and_a_dash_is_the_figures_before():
    text = (
        "Yangli reported net profit of Rmb74.6mn, against Rmb42.9mn a year earlier, according to "
        "its annual report published on Friday — a 74 per cent improvement."
    )
    got = [(c.printed, c.concept) for c in extract_claims(text, SAMPLE_CODE, DAY)]
    assert ("74 per cent", "np_parent") in got


def test_the_manufacturing_arm_is_the_segment_printed_as_industry():
    rows = [
        ("gross_margin", "2024FY", "1.55", "pp", "change_pp", "医药工业", "S1"),
        ("gross_margin", "2024FY", "2.00", "pp", "change_pp", None, "S2"),
    ]
    text = "Gross margin at the manufacturing arm widened 1.55 percentage points in 2024."
    got = checked_claims(rows, text, DAY)
    assert [(c.claim.printed, c.verdict.verdict) for c in got] == [
        ("1.55 percentage points", "supported")
    ]
