"""Wire and filing-story shorthand: a newswire's "EPS 95c Vs 96c" (cents written c). Made-up
companies and figures."""

from __future__ import annotations

from decimal import Decimal

from caibao.numbers import find_amounts
from claim_periods import concept_segment_value as claims


def test_cents_written_c_are_dollars():
    got = [(a.value, a.unit) for _x, _y, a in find_amounts("Diluted EPS 95c Vs 96c", "USD")]
    assert got == [(Decimal("0.95"), "USD"), (Decimal("0.96"), "USD")]
    # a capital C after a figure is no cent (2C业务: to consumers)
    assert [a.unit for _x, _y, a in find_amounts("2C业务", "CNY")] != ["USD"]


def test_wire_eps_in_cents_is_per_share():
    got = claims("Key figures: -- Diluted EPS 41c Vs 38c")
    assert [(c, v) for c, _s, v in got] == [
        ("eps_diluted", Decimal("0.41")),
        ("eps_diluted", Decimal("0.38")),
    ]


def test_equity_attributable_to_the_company_in_chinese():
    got = claims(
        "截至6月30日，公司总资产为226.58亿美元，归属于公司股东的权益为64.47亿美元，较年初增长16.4%。"
    )
    assert [c for c, _s, _v in got] == ["total_assets", "equity_parent", "equity_parent"]


def test_a_line_named_in_the_lexicons_words_where_the_store_holds_none_of_its_concept():
    # (an insurer's own "Operating expenses" line, no element the lexicon's concept reads)
    from datetime import date

    from caibao.claims.extract import extract_claims
    from caibao.claims.printed_lines import LineNames, name_lines

    names = LineNames([("Operating expenses", "filer_line", "Operating expenses")])
    text = (
        "Acme Life said second-quarter revenue fell. The company kept a lid on costs: operating "
        "expenses were cut 24 percent to $526.7 million."
    )
    claims_ = extract_claims(text, "X", date(2009, 8, 6))
    got = name_lines(text, claims_, "X", names, lambda concept: False)
    assert [(c.printed, c.concept) for c in got if c.concept != "revenue"] == [
        ("24 percent", "filer_line"),
        ("$526.7 million", "filer_line"),
    ]
    # where the store holds the concept, the lexicon's reading stays
    got = name_lines(text, claims_, "X", names, lambda concept: True)
    assert {c.concept for c in got if c.concept != "revenue"} == {"operating_expenses"}


def test_in_the_second_after_the_first_half_is_the_second_half():
    from datetime import date

    from caibao.periods import Period
    from claim_periods import periods

    got = periods(
        "Acme reported higher profit for 2024. The company earned 2.4 billion yuan in the first "
        "half and just 970 million yuan in the second.",
        date(2025, 3, 13),
    )
    assert [(p, str(q)) for p, q in got] == [
        ("2.4 billion yuan", "2024H1"),
        ("970 million yuan", str(Period.h2(2024))),
    ]


def test_money_raised_selling_common_stock_is_its_amount():
    from claim_periods import concept_measure_value

    got = concept_measure_value(
        "The insurer, which raised about $1.15 billion in a common stock sale in May, earned 52 "
        "cents a share."
    )
    assert got[0] == ("cash_from_common_stock_issuance", "value", Decimal("1150000000.00"))
    got = concept_measure_value(
        "The redemption was partly funded by $834.5 million of common stock sold in May."
    )
    assert got == [("cash_from_common_stock_issuance", "value", Decimal("834500000.0"))]
    got = claims("上半年，公司通过增发新股募集4.84亿美元。")
    assert [c for c, _s, _v in got] == ["cash_from_common_stock_issuance"]


def test_a_line_of_x_of_y_named_y_x():
    # ("Net gain on disposal of assets" said "a net gain on asset disposals")
    from caibao.claims.printed_lines import LineNames

    line = "Net gain on disposal of assets"
    names = LineNames([(line, "filer_line", line)])
    ((_a, _b, hit),) = names.named("and a $191 million net gain on asset disposals also helped")
    assert hit == ("filer_line", line)
    # (the article the press puts after "on" names it too: a gain on the disposition of assets)
    ((_a, _b, hit),) = names.named("a net gain on the disposal of assets")
    assert hit == ("filer_line", line)


def test_a_business_named_in_a_dashed_aside_is_not_the_figures_segment():
    got = claims(
        "Strip out discontinued operations -- Acme is selling its Irish business -- and the "
        "picture darkens: income from continuing operations fell 56% to $341 million."
    )
    assert [(c, s) for c, s, _v in got] == [("np_continuing", None), ("np_continuing", None)]


def test_a_wire_headlines_bare_net_is_the_net_income():
    got = claims("Acme Amended 10-Q: 2Q Net $314.2M Vs $215.6M")
    assert [(c, v) for c, _s, v in got] == [
        ("np_parent", Decimal("314200000.0")),
        ("np_parent", Decimal("215600000.0")),
    ]
    # (net alone elsewhere is no metric: the net $5 million it paid)
    assert [c for c, _s, _v in claims("It paid a net $5 million for the plant.")] == [None]


def test_borrowed_before_a_sum_is_the_cash_it_borrowed():
    got = claims(
        "Acme filled the gap the old-fashioned way: it borrowed $1.49 billion and suspended buybacks."
    )
    assert [c for c, _s, _v in got] == ["cash_from_borrowings"]
    # (what it borrowed against, no sum after: no figure of borrowings)
    assert [c for c, _s, _v in claims("It borrowed heavily; revenue rose 5%.")] == ["revenue"]


def test_a_peer_named_with_its_listing_after_a_colon_is_another_company():
    from datetime import date

    from caibao.claims.extract import extract_claims
    from caibao.claims.lexicon import Lexicon

    text = (
        "Acme Oil (NYSE: ACO) refiled its report. Net income dropped 47% to $413 million. "
        "Acme is hardly alone: Bigco Petroleum (NYSE: BGP) said its second-quarter profit fell 66%."
    )
    lex = Lexicon({"Acme Oil": "ACO", "Acme": "ACO"})
    got = [(c.subject, c.printed) for c in extract_claims(text, "ACO", date(2009, 8, 31), lex)]
    assert got == [("ACO", "47%"), ("ACO", "$413 million"), ("other", "66%")]


def test_the_lexicons_words_starting_one_lines_name_where_the_store_holds_none():
    from datetime import date

    from caibao.claims.extract import extract_claims
    from caibao.claims.printed_lines import LineNames, name_lines

    line = "Net impairment losses on available-for-sale securities"
    names = LineNames([(line, "filer_line", line), ("Operating expenses", "filer_line", "Opex")])
    text = (
        "Acme Life said operating expenses fell. Net realized capital losses widened to $155.2 "
        "million and included net impairment losses of $134.4 million on available-for-sale "
        "securities."
    )
    claims_ = extract_claims(text, "X", date(2009, 8, 6))
    got = name_lines(text, claims_, "X", names, lambda concept: False)
    (hit,) = [c for c in got if c.printed == "$134.4 million"]
    assert (hit.concept, hit.segment) == ("filer_line", line)
    got = name_lines(text, claims_, "X", names, lambda concept: True)
    (hit,) = [c for c in got if c.printed == "$134.4 million"]
    assert hit.concept == "securities_impairments"


def test_a_us_segment_rendered_word_by_word_in_chinese_with_an_enumeration_comma():
    seg = "Transportation, storage and processing of natural gas"
    got = claims(
        "二季度，公司天然气运输、储存及加工业务收入为6.22亿美元，同比增长5.8%。",
        segments=(seg, "Distribution of natural gas"),
    )
    assert [(c, s) for c, s, _v in got] == [("revenue", "天然气运输、储存及加工")] * 2
    from caibao.claims.printed_lines import segment_in_english

    assert segment_in_english("天然气运输、储存及加工", [seg, "Distribution of natural gas"]) == seg


def test_debt_as_a_share_of_capital_is_the_debt_to_capital_ratio():
    got = claims("At quarter's end, total debt to total capital was about 38%.")
    assert [c for c, _s, _v in got] == ["debt_to_capital"]
    got = claims(
        "Stockholders' equity stood at $21.81 billion, putting total debt at about 28% of capital."
    )
    assert [c for c, _s, _v in got][-1] == "debt_to_capital"
    # (capital alone is no whole elsewhere: its cost of capital rose 2%)
    assert "total_capitalization" not in [c for c, _s, _v in claims("The cost of capital rose 2%.")]
