"""Who a figure is about: a company's name found in running text only where it is the name (a
short name also inside an ordinary word is stopped there), and figures of others."""

from __future__ import annotations

from caibao.claims.lexicon import Lexicon
from caibao.claims.model import OTHER


def _found(lex: Lexicon, text: str) -> list[tuple[str, str]]:
    return [(m.group(), lex.company(m.group())) for m in lex.companies_re.finditer(text)]


def test_a_stopped_short_name_is_the_company_beside_other_words_only():
    lex = Lexicon({"高通": "QCOM", "高通公司": "QCOM", "京东": "JD"})
    assert _found(lex, "高通本季度营收增长") == [("高通", "QCOM")]
    assert _found(lex, "高通公司发布") == [("高通公司", "QCOM")]  # the longer name still wins
    assert _found(lex, "在高通胀环境下，消费放缓") == []
    assert _found(lex, "公司希望提高通关效率") == []
    assert _found(lex, "京东方的面板出货量") == []
    assert _found(lex, "京东的营收") == [("京东", "JD")]


def test_a_peers_word_stopped_in_a_banks_own_terms():
    lex = Lexicon()
    assert _found(lex, "同业存单余额上升") == []
    assert _found(lex, "同业拆借利率") == []
    assert [c for _n, c in _found(lex, "同业平均增速为5%")] == [OTHER]


def test_a_us_peer_the_store_does_not_hold_is_another_company():
    # the press's name of a US-listed company names a peer when the store does not hold it
    lex = Lexicon({"高通": "QCOM"})
    assert [c for _n, c in _found(lex, "相比之下，辉瑞的营收下滑")] == [OTHER]
    assert [c for _n, c in _found(lex, "高通胜过博通")] == ["QCOM", OTHER]
    # a name the store gives its own company keeps it
    assert [c for _n, c in _found(Lexicon({"博通": "AVGO"}), "博通营收")] == ["AVGO"]
    # a dateline's desk is the outlet, and 平安进一步 holds no 安进
    assert _found(lex, "新浪财经讯 公司公布年报") == []
    assert _found(lex, "中国平安进一步扩大") == []


def _subjects(text: str, company: str, names: dict[str, str]) -> dict[str, str | None]:
    from datetime import date

    from caibao.claims.extract import extract_claims

    claims = extract_claims(
        text, company=company, reference=date(2024, 8, 30), lexicon=Lexicon(names)
    )
    return {c.printed: c.subject for c in claims}


def test_a_name_in_a_clause_giving_a_cause_is_no_subject_of_the_next():
    text = (
        "上半年，公司营业收入50.2亿元，同比增长31.5%，主要系收购片仔癀部分业务并表；"
        "经营活动现金流量净额8.8亿元，同比增长12.1%。"
    )
    got = _subjects(text, "688001", {"星河医药": "688001"})
    assert got["8.8亿元"] == "688001" and got["12.1%"] == "688001"


def test_a_peer_brought_in_for_comparison_or_by_a_possessive_period():
    text = (
        "Acme Foods said first-half revenue rose 12% to $4.1 billion. Acme Foods lifted its "
        "dividend. By comparison, Borealis Snacks said on Monday that its profit fell 30%. "
        "Zenith Drinks's H1 revenue slipped 4%."
    )
    got = _subjects(text, "ACME", {"Acme Foods": "ACME"})
    assert got["12%"] == "ACME"
    assert got["30%"] == OTHER and got["4%"] == OTHER
