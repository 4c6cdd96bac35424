"""Wording the round-5 lexicon fixer added. Made-up companies and figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon
from caibao.claims.model import OTHER

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


def test_a_national_industry_is_not_the_company():
    got = extract_claims(
        "公司2024年营收增长5%。同期全国化学制造业营收同比下降1.2%（国家统计局）。", "ACME", REF
    )
    assert [c.subject for c in got] == ["ACME", OTHER]


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
