"""The cheap gates in front of the grammar's searches skip a search when the text holds none of
a cue's characters. They are only right while every word the gated pattern can match holds one
of those characters: a word added to a pattern (期望 to the forecast words, say) must add its
character to the cue, or figures after it would silently stop being read as forecasts."""

from __future__ import annotations

import re

import pytest

from caibao.claims import forecasts, measures

GATED = [
    (forecasts._FORECAST, forecasts._FORECAST_CUE),
    (forecasts._FORECAST_LEAD, forecasts._LEAD_CUE),
    (measures.LOSS, measures.LOSS_CUE),
    (measures._SIGN_WORD, measures._SIGN_CUE),
]


@pytest.mark.parametrize(("pattern", "cue"), GATED)
def test_every_chinese_word_of_a_gated_pattern_holds_a_cue_character(pattern, cue):
    words = re.findall(r"[\u4e00-\u9fff]+", pattern.pattern)
    assert words  # (the patterns hold Chinese words: the test reads them)
    assert [w for w in words if not cue.search(w)] == []


@pytest.mark.parametrize(("pattern", "cue"), GATED)
def test_every_latin_letter_passes_a_gate(pattern, cue):
    # English words pass on any letter, with the four non-ASCII letters re.I folds onto ASCII
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u0130\u0131\u017f\u212a"
    assert all(cue.match(c) for c in letters)


def test_a_word_without_a_cue_character_would_fail_the_check():
    cue = forecasts._FORECAST_CUE
    assert not cue.search("期望")  # (what the first test exists to catch)
