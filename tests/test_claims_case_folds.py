"""Letters that case-blind matching folds onto ASCII ones (ſ onto s, the Kelvin sign K onto k,
ı and İ onto i) can spell a value word of the lexicon: such a word is read as its ASCII
spelling, not a crash (an article is untrusted input)."""

from __future__ import annotations

from caibao.claims.extract import extract_claims


def test_a_value_word_spelled_with_a_folded_letter_is_read():
    claims = extract_claims("金花股份2024年营收5.85亿元，净利润tripleſ。", "600080", None)
    assert "tripleſ" in [c.printed for c in claims]
    assert "5.85亿元" in [c.printed for c in claims]
