"""Property: a sentence built from any fact of a real report — any concept the lexicon names, any
period, printed in 元/万元/亿元 with any qualifier, in Chinese or English — is extracted back with
the same concept, period and value (at the printed precision)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caibao.claims.extract import extract_claims
from caibao.claims.lexicon import Lexicon
from caibao.ingest import ingest_file
from caibao.numbers import format_amount
from caibao.periods import Period
from caibao.store import Store

LEX = Lexicon()
# the first (canonical) Chinese and English word of each concept in the lexicon
_ZH: dict[str, str] = {}
_EN: dict[str, str] = {}
for w in LEX.metric_words.values():
    if w.measure or w.kind != "amount" or w.concept.startswith("kpi_"):
        continue
    target = _EN if w.text.isascii() else _ZH
    target.setdefault(w.concept, w.text)


def _zh_period(p: Period) -> str:
    if p.kind == "INSTANT":
        return f"截至{p.year}年{p.end.month}月{p.end.day}日，"
    if p.kind == "Q":
        return f"{p.year}年第{'一二三四'[p.quarter - 1]}季度"
    return {"FY": f"{p.year}年", "H1": f"{p.year}年上半年", "YTD": f"{p.year}年前三季度"}[p.kind]


def _en_period(p: Period) -> str:
    if p.kind == "INSTANT":
        return f"as of {p.end.strftime('%B')} {p.end.day}, {p.year}"
    if p.kind == "Q":
        return f"in the {['first', 'second', 'third', 'fourth'][p.quarter - 1]} quarter of {p.year}"
    return {
        "FY": f"in {p.year}",
        "H1": f"in the first half of {p.year}",
        "YTD": f"in the first nine months of {p.year}",
    }[p.kind]


@pytest.fixture(scope="module")
def facts(corpus, tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("pf") / "pf.duckdb")
    ingest_file(corpus / "cn" / "600080" / "600080_20250425_LXGH.pdf", store)
    rows = [
        f
        for f in store.facts(company="600080", scope="consolidated", measure="value")
        if f.segment is None and f.unit == "CNY" and f.value and f.concept in _ZH
        and Period.parse(f.period).kind != "H2"
    ]  # fmt: skip
    store.close()
    assert len({f.concept for f in rows}) >= 15
    return rows


_QUAL_ZH = {None: "", "approx": "约", "more_than": "超过", "approaching": "近", "reached": "达"}
_QUAL_EN = {None: "", "approx": "about ", "more_than": "more than ", "approaching": "nearly "}


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)  # noqa: E501
@given(data=st.data())
def test_any_fact_round_trips_in_chinese(facts, data):
    fact = data.draw(st.sampled_from(facts))
    scale = data.draw(st.sampled_from(["亿", "万", "元"]))
    qualifier = data.draw(st.sampled_from(list(_QUAL_ZH)))
    period = Period.parse(fact.period)
    amount = format_amount(fact.value, "CNY", "zh", scale=scale)
    sentence = f"金花股份{_zh_period(period)}{_ZH[fact.concept]}{_QUAL_ZH[qualifier]}{amount}。"
    got = [c for c in extract_claims(sentence, "600080") if c.measure == "value"]
    assert len(got) == 1, (sentence, got)
    c = got[0]
    assert (c.concept, c.period, c.qualifier) == (fact.concept, fact.period, qualifier), sentence
    assert abs(c.value - fact.value) <= c.precision, sentence


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)  # noqa: E501
@given(data=st.data())
def test_any_fact_round_trips_in_english(facts, data):
    named = [f for f in facts if f.concept in _EN]
    fact = data.draw(st.sampled_from(named))
    qualifier = data.draw(st.sampled_from(list(_QUAL_EN)))
    scale = data.draw(st.sampled_from(["million", "billion"]))
    period = Period.parse(fact.period)
    amount = format_amount(fact.value, "CNY", "en", scale=scale)
    sentence = (
        f"Ginwa's {_EN[fact.concept]} was {_QUAL_EN[qualifier]}{amount} {_en_period(period)}."
    )
    got = [c for c in extract_claims(sentence, "600080") if c.measure == "value"]
    assert len(got) == 1, (sentence, got)
    c = got[0]
    assert (c.concept, c.period, c.qualifier) == (fact.concept, fact.period, qualifier), sentence
    assert abs(c.value - fact.value) <= c.precision + Decimal("0.005"), sentence
