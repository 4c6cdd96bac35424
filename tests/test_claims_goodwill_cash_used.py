"""A goodwill impairment charged in the period, and operating cash "used for operations": the
words of a broker's note on a US filer (made-up sentences, no corpus)."""

from __future__ import annotations

from caibao.claims.lexicon import Lexicon
from caibao.sources.us_gaap import mapping


def test_goodwill_impairment_words_name_the_charge_not_the_balance():
    lexicon = Lexicon()
    for words in ("goodwill impairment", "goodwill impairment charge", "goodwill write-off"):
        assert lexicon.metric(words).concept == "asset_impairment_loss", words
    assert lexicon.metric("goodwill").concept == "goodwill"


def test_goodwill_impairment_loss_element_is_an_impairment_charge():
    got = dict(mapping().by_element["us-gaap:GoodwillImpairmentLoss"])
    assert "asset_impairment_loss" in got
    # the broader charge, where a filer tags both, stays preferred
    assert (
        got["asset_impairment_loss"]
        > dict(mapping().by_element["us-gaap:AssetImpairmentCharges"])["asset_impairment_loss"]
    )


def test_cash_used_for_operations_is_the_operating_flow():
    lexicon = Lexicon()
    for words in ("net cash used for operations", "cash used in operations"):
        assert lexicon.metric(words).concept == "ocf", words
