"""Whose figure it is: a group word before a name describes the company, a registrant's name
without its possessive apostrophe, a legal form inside a rival's name, a national industry, a
named index, commodity prices and a rival named by its ticker are not the company's. Made-up
companies and figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon
from caibao.claims.model import OTHER
from claim_periods import ACME_FOODS as LEX

REF = date(2024, 4, 20)


def test_a_group_word_before_a_name_describes_it():
    lex = Lexicon({"康达药业": "ACME"})
    got = extract_claims(
        "国内中药龙头药企康达药业（08123）昨日公布年度业绩，营业收入12.5亿元，同比增长8%。",
        "ACME",
        REF,
        lex,
    )
    assert [c.subject for c in got] == ["ACME", "ACME"]
    # a group word on its own is still another subject
    got = extract_claims("康达药业2023年营收增长8%。同期上市药企营收平均增长3%。", "ACME", REF, lex)
    assert [c.subject for c in got] == ["ACME", OTHER]


def test_a_registrant_name_without_its_possessive_apostrophe():
    lex = Lexicon({"Smiths Kitchens": "SMK", "Smiths": "SMK", "Bobs Burgers": "BOB"})
    for text in ("Smith's said sales rose 4%.", "Smith’s Kitchens said sales rose 4%."):
        got = extract_claims(text, "SMK", REF, lex)
        assert [c.subject for c in got] == ["SMK"], text
    assert lex.company("Bob's Burgers") == "BOB"
    # a name in capitals is the registrant's own spelling, and 'ss' is no possessive
    assert "SMITH'S" not in Lexicon({"SMITHS": "SMK"}).companies
    assert "Bos's" not in Lexicon({"Boss": "BOS"}).companies


def test_a_legal_form_before_another_does_not_end_the_sentence():
    lex = Lexicon({"Acme": "ACME"})
    got = extract_claims(
        "Acme's revenue rose 5% in 2023. Rival Baxo Pharma Group Co. Ltd. reported 2023 revenue "
        "of 12.1 billion yuan.",
        "ACME",
        REF,
        lex,
    )
    assert [c.subject for c in got][-1] == OTHER


def test_a_national_industry_is_not_the_company():
    got = extract_claims(
        "公司2024年营收增长5%。同期全国化学制造业营收同比下降1.2%（国家统计局）。", "ACME", REF
    )
    assert [c.subject for c in got] == ["ACME", OTHER]


def test_a_named_index_is_not_the_company():
    text = "Acme Foods shares rose 2% on Monday; the Bovespa Small Cap Index fell 1.1%."
    got = extract_claims(text, "ACME", REF, LEX)
    assert [c.subject for c in got if c.quote.endswith("1.1%")] == [OTHER]


def test_commodity_prices_and_a_ticker_named_rival_are_not_the_company_s():
    from caibao.claims.checker import Checker
    from inline_store import inline_store

    rows = [("revenue", "2023FY", "5000000000", "USD", "value", None, "S1")]
    store = inline_store(rows, "600998", "Minco")
    checker = Checker(store)
    text = (
        "In 2023 Minco said revenue rose 8% to $5 billion, with gold averaging $1,940 an ounce and copper "
        "at $3.85 a pound. Few miners turn $1,900-plus gold into cash. For comparison, Orecorp "
        "(NYSE: ORC) reported earnings of $0.42 a share for 2023."
    )
    result = checker.check(text, company="600998", day=date(2024, 2, 10))
    quotes = [c.claim.quote for c in result.claims]
    assert not any("1,940" in q or "3.85" in q or "1,900" in q for q in quotes), quotes
    eps = [c.claim for c in result.claims if "0.42" in c.claim.quote]
    assert eps and eps[0].subject == "other", eps
