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
