"""What the writer says, the checker finds and supports: articles written from real reports
(Chinese and English, annual and half-year) are checked back against the same store. The
writer's own claims (``Article.text_and_claims``) are the answer key for what must be found."""

from __future__ import annotations

import pytest

from caibao.claims.checker import Checker
from caibao.ingest import ingest_file
from caibao.metrics.engine import printed_as
from caibao.store import Store
from caibao.write import write_article

REPORTS = {
    "600080": ["600080_20250425_LXGH.pdf", "600080_20250822_ODWZ.pdf"],
    "000999": ["华润三九：2025年半年度报告摘要.pdf", "华润三九：2024年半年度报告摘要.pdf"],
}


@pytest.fixture(scope="module")
def store(corpus, tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("rt") / "rt.duckdb")
    for code, files in REPORTS.items():
        for name in files:
            ingest_file(corpus / "cn" / code / name, s)
    yield s
    s.close()


def _same_concept(a: str | None, b: str | None) -> bool:
    # rd_intensity is printed as rd_investment_ratio: one figure, two ids
    return a == b or b in printed_as().get(a or "", ()) or a in printed_as().get(b or "", ())


@pytest.mark.parametrize(
    "code, period, lang",
    [("600080", "2024FY", "zh"), ("600080", "2025H1", "en"), ("000999", "2025H1", "zh")],
)
def test_written_articles_are_found_and_supported(store, code, period, lang):
    article = write_article(store, code, period, lang=lang, charts=False)
    text, written = article.text_and_claims()
    result = Checker(store).check(text)
    assert result.company == code
    found = [c.claim for c in result.claims]
    for w in written:
        hits = [c for c in found if c.start < w.end and c.end > w.start]
        assert hits, f"not found: {w.quote}"
        assert any(
            _same_concept(c.concept, w.concept) and (c.period, c.measure) == (w.period, w.measure)
            for c in hits
        ), (
            w.quote,
            w.concept,
            w.period,
            w.measure,
            [(c.concept, c.period, c.measure) for c in hits],
        )
    bad = [(c.claim.quote, c.verdict.verdict, c.verdict.reason) for c in result.claims
           if c.verdict.verdict != "supported"]  # fmt: skip
    print(
        f"\n{code} {period} {lang}: {len(written)} written, {len(found)} found, {len(bad)} not supported"
    )
    assert len(written) >= 10 and not bad, bad
