"""Words as values (翻番, 腰斩, 过半, 破百亿, doubled, sixfold, a third of), shares said by where they
come from, forecasts, market figures and other companies named by grammar: small inline cases,
extracted and checked against an inline store."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caibao.claims.checker import Checker
from caibao.claims.extract import extract_claims
from caibao.model import CHANGE_PCT
from inline_store import inline_store

CODE = "600999"
DAY = date(2025, 4, 25)


def claims(text: str, company: str = CODE):
    return extract_claims(text, company, DAY)


def one(text: str, word: str):
    found = [c for c in claims(text) if word in c.quote]
    assert len(found) == 1, (word, [c.quote for c in claims(text)])
    return found[0]


def said(c) -> tuple:
    return (c.concept, c.period, c.measure, c.value, c.unit, c.qualifier)


# -- words that are values --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("示例科技2024年归母净利润同比翻番。", "翻番", ("np_parent", "change_pct", 100, None)),
        ("示例科技2024年净利润翻了一番。", "翻了一番", ("np_parent", "change_pct", 100, None)),
        ("示例科技2024年营收翻两番。", "翻两番", ("revenue", "change_pct", 300, None)),
        ("示例科技2024年净利润腰斩。", "腰斩", ("np_parent", "change_pct", -50, None)),
        ("示例科技2024年净利润减半。", "减半", ("np_parent", "change_pct", -50, None)),
        ("示例科技2024年净利润下降一半。", "一半", ("np_parent", "change_pct", -50, None)),
        ("示例科技2024年营收翻了三番。", "翻了三番", ("revenue", "change_pct", 700, None)),
        ("示例科技2024年营收增长近一倍。", "一倍", ("revenue", "change_pct", 100, "approaching")),
        ("示例科技2024年营收增长一倍。", "一倍", ("revenue", "change_pct", 100, None)),
        ("示例科技2024年营收增长了1倍。", "1倍", ("revenue", "change_pct", 100, None)),
        ("示例科技2024年营收增长两倍。", "两倍", ("revenue", "times", 2, None)),
        ("示例科技2024年营收几乎持平。", "持平", ("revenue", "change_pct", 0, None)),
        ("示例科技2024年毛利率基本持平。", "持平", ("gross_margin", "change_pp", 0, None)),
        ("示例科技2024年营收破百亿。", "百亿", ("revenue", "value", 10**10, "more_than")),
        ("示例科技2024年营收突破100亿元。", "100亿元", ("revenue", "value", 10**10, "more_than")),
        ("Its net profit doubled in 2024.", "doubled", ("np_parent", "change_pct", 100, None)),
        ("Its revenue tripled in 2024.", "tripled", ("revenue", "change_pct", 200, None)),
        ("Its revenue quadrupled in 2024.", "quadrupled", ("revenue", "change_pct", 300, None)),
        ("Its net profit more than doubled in 2024.", "doubled",
         ("np_parent", "change_pct", 100, "more_than")),
        ("Its net profit halved in 2024.", "halved", ("np_parent", "change_pct", -50, None)),
        ("Its revenue was flat in 2024.", "flat", ("revenue", "change_pct", 0, None)),
        ("Its net profit rose sixfold in 2024.", "sixfold", ("np_parent", "times", 6, None)),
        ("Its net profit rose six-fold in 2024.", "six-fold", ("np_parent", "times", 6, None)),
        ("Its net profit rose 6-fold in 2024.", "6-fold", ("np_parent", "times", 6, None)),
    ],
)  # fmt: skip
def test_a_word_is_a_value(text, word, expected):
    c = one(text, word)
    assert word in c.quote
    assert (c.concept, c.measure, c.value, c.qualifier) == (
        expected[0],
        expected[1],
        Decimal(expected[2]),
        expected[3],
    )
    assert c.period == "2024FY"


def test_a_word_that_is_not_a_value():
    assert claims("示例科技进军百亿级市场，营收在上半年的前半段表现平稳。") == []
    c = claims("Its net profit was RMB 0.01 billion in the first half of 2024.")
    assert [x.printed for x in c] == ["RMB 0.01 billion"]


# -- shares said by where they come from ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("示例科技2024年近三成收入来自云服务业务。", "三成", ("云服务", 30, "approaching")),
        ("示例科技2024年营收中逾两成来自硬件。", "两成", ("硬件", 20, "more_than")),
        ("示例科技2024年营收过半来自硬件。", "过半", ("硬件", 50, "more_than")),
        ("示例科技2024年营收近半来自硬件板块。", "近半", ("硬件", 50, "approaching")),
        ("2024年，硬件产品贡献了八成营收。", "八成", ("硬件", 80, None)),
        ("示例科技2024年近三分之一的收入来自云服务业务。", "三分之一",
         ("云服务", Decimal("33.33"), "approaching")),
        ("示例科技2024年营收中约四分之一来自硬件。", "四分之一", ("硬件", 25, "approx")),
        ("About a third of its revenue came from hotels in 2024.", "a third",
         ("hotels", Decimal("33.33"), "approx")),
        ("More than a quarter of revenue came from the cloud business in 2024.", "a quarter",
         ("cloud", 25, "more_than")),
        ("Nearly half of its revenue came from drugs in 2024.", "half", ("drugs", 50, "approaching")),
    ],
)  # fmt: skip
def test_a_share_from_a_segment(text, word, expected):
    c = one(text, word)
    assert (c.concept, c.measure, c.period) == ("revenue", "share_pct", "2024FY")
    assert (c.segment, c.value, c.qualifier) == (expected[0], Decimal(expected[1]), expected[2])


# -- checked like their numeral twins ---------------------------------------------------------


@pytest.fixture(scope="module")
def checker():
    y = "CNY"
    store = inline_store(
        [
            ("revenue", "2024FY", "12000000000", y, "value", None, "S1"),
            ("revenue", "2023FY", "6000000000", y, "value", None, "S1"),
            ("revenue", "2024FY", "100", "%", CHANGE_PCT, None, "S1"),
            ("revenue", "2024FY", "3500000000", y, "value", "云服务", "S1"),
            ("revenue", "2024FY", "8500000000", y, "value", "硬件", "S1"),
            ("np_parent", "2024FY", "500000000", y, "value", None, "S1"),
            ("np_parent", "2023FY", "1100000000", y, "value", None, "S1"),
            ("np_parent", "2024FY", "-54.55", "%", CHANGE_PCT, None, "S1"),
        ],
        CODE,
        "示例科技",
    )
    yield Checker(store)
    store.close()


def verdict(checker, text: str, word: str) -> str:
    result = checker.check(text, CODE, DAY)
    found = [c for c in result.claims if word in c.claim.quote]
    assert len(found) == 1, [c.claim.quote for c in result.claims]
    return found[0].verdict.verdict


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("示例科技2024年营收翻番。", "翻番", "supported"),
        ("示例科技2024年营收翻两番。", "翻两番", "contradicted"),
        ("示例科技2024年净利润腰斩。", "腰斩", "supported"),
        ("示例科技2024年营收破百亿。", "百亿", "supported"),
        ("示例科技2024年营收突破千亿元。", "千亿", "contradicted"),
        ("示例科技2024年营收几乎持平。", "持平", "contradicted"),
        ("示例科技2024年近三成收入来自云服务业务。", "三成", "supported"),
        ("示例科技2024年营收过半来自云服务。", "过半", "contradicted"),
        ("Its revenue doubled in 2024.", "doubled", "supported"),
        ("Its net profit halved in 2024.", "halved", "supported"),
        ("Its revenue rose twofold in 2024.", "twofold", "misleading"),
    ],
)
def test_checked_like_the_numeral(checker, text, word, expected):
    assert verdict(checker, text, word) == expected


# -- forecasts and guidance: unverifiable, scoped to the clause -------------------------------


@pytest.mark.parametrize(
    ("text", "word", "forecast"),
    [
        ("示例科技预计2025年营收将达到150亿元。", "150亿元", True),
        ("示例科技2024年营收120亿元，预计明年继续增长。", "120亿元", False),
        ("示例科技预计，2025年营收将超过150亿元。", "150亿元", True),
        ("示例科技管理层预期：2025年营收150亿元。", "150亿元", True),
        ("示例科技2024年净利润超预期增长35%。", "35%", False),
        ("示例科技2024年末预计负债1亿元，营收120亿元。", "120亿元", False),
        ("Its management expects revenue of 15 billion yuan in 2025.", "15 billion", True),
        ("Analysts had expected net profit of 800 million yuan in 2024.", "800 million", True),
        ("Net profit rose to 500 million yuan in 2024, versus the 800 million yuan analysts had "
         "expected.", "800 million", True),
        ("Net profit rose to 500 million yuan in 2024, versus the 800 million yuan analysts had "
         "expected.", "500 million", False),
        ("Revenue rose 20% to 12 billion yuan in 2024, beating estimates.", "12 billion", False),
        ("Its 2025 guidance is revenue of 15 billion yuan.", "15 billion", True),
        ("The consensus estimate was net profit of 800 million yuan for 2024.", "800 million", True),
        ("Net profit was 500 million yuan in 2024, below the 800 million yuan consensus estimate.",
         "800 million", True),
        ("Net profit was 500 million yuan in 2024, below the 800 million yuan consensus estimate.",
         "500 million", False),
    ],
)  # fmt: skip
def test_a_forecast_is_scoped_to_its_clause(text, word, forecast):
    assert one(text, word).forecast is forecast


def test_a_forecast_is_unverifiable_not_contradicted(checker):
    result = checker.check("Analysts had expected revenue of 15 billion yuan in 2024.", CODE, DAY)
    (c,) = result.claims
    assert c.verdict.verdict == "unverifiable" and "forecast" in c.verdict.reason


# -- market figures: not in the reports -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("示例科技股价上涨5%，收盘价12.3元。", "5%"),
        ("示例科技股价上涨5%，收盘价12.3元。", "12.3元"),
        ("示例科技总市值450亿元，市盈率30倍。", "450亿元"),
        ("示例科技总市值450亿元，市盈率30倍。", "30倍"),
        ("Its shares rose 5% to 12.3 yuan in 2024.", "5%"),
        ("It had a market capitalisation of 45 billion yuan and a P/E of 30 times.", "45 billion"),
        ("It had a market capitalisation of 45 billion yuan and a P/E of 30 times.", "30 times"),
    ],
)
def test_a_market_figure_is_unverifiable_with_a_reason(checker, text, word):
    result = checker.check(text, CODE, DAY)
    found = [c for c in result.claims if word in c.claim.quote]
    assert found and all(c.verdict.verdict == "unverifiable" for c in found)
    assert "market figure" in found[-1].verdict.reason


def test_a_dividend_per_ten_shares_is_read_per_share():
    c = one("示例科技2024年度利润分配预案为每10股派发现金红利1.5元。", "1.5元")
    assert (c.concept, c.value, c.unit) == ("dividend_per_share", Decimal("0.15"), "CNY/share")
    # a number of shares is no price a share (the shares outstanding: the share count)
    assert claims("Its shares outstanding rose to 200 million shares in 2024.")[0].concept == (
        "share_count"
    )


# -- other companies, named by grammar in English ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "subject"),
    [
        ("Rival Acme Pharma's revenue rose 8% in 2024. Ginwa's revenue rose 3.5%.", "8%", "other"),
        ("Rival Acme Pharma's revenue rose 8% in 2024. Ginwa's revenue rose 3.5%.", "3.5%",
         "600080"),
        ("Zenith Land reported a loss of 2 billion yuan in 2024. Ginwa's revenue rose 3.5%.",
         "2 billion", "other"),
        ("Ginwa's revenue rose 3.5% in 2024, while Acme Pharma, a rival, posted revenue of 1 "
         "billion yuan.", "1 billion", "other"),
        ("Ginwa's revenue rose 3%, but peer Acme Pharma's first-half net profit fell 9%.", "9%",
         "other"),
        # a person's possessive names no company's figure
        ("Ginwa's revenue rose 3%. Chairman Wu Yihe's team said net profit was 74.6 million "
         "yuan.", "74.6 million", "600080"),
        # a short name the alias tables do not know, used throughout, is the article's company
        ("Jinhua's net profit rose 10% in 2024. Jinhua's revenue was 585 million yuan.", "10%",
         "600080"),
    ],
)  # fmt: skip
def test_another_company_by_grammar(text, word, subject):
    assert one_of(text, word, "600080").subject == subject


def one_of(text: str, word: str, company: str):
    found = [c for c in claims(text, company) if word in c.quote]
    assert len(found) == 1, [c.quote for c in claims(text, company)]
    return found[0]


def test_another_company_is_unverifiable(checker):
    text = "示例科技2024年营收120亿元。Rival Acme Pharma's revenue rose 8% in 2024."
    result = checker.check(text, CODE, DAY)
    (c,) = [c for c in result.claims if "8%" in c.claim.quote]
    assert c.verdict.verdict == "unverifiable" and "another company" in c.verdict.reason


# -- not claims -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "示例科技连续3年营收增长，连续15年分红，连续三个季度盈利，营收排名第3位，位列行业第二。",
        "董事长张三62岁。根据《公司法》第142条，公司发布Mate 60和iPhone 15，推出X5型号。",
        "Its revenue rose for the third consecutive year, ranking No. 2, for 3 consecutive years.",
        "Chairman Zhang, 62, said revenue has grown for five straight years, under Article 5.",
    ],
)
def test_streaks_ranks_ages_models_and_articles_are_not_claims(text):
    assert claims(text) == []


# -- property: any metric with any change word comes back with its value ----------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from caibao.claims.lexicon import Lexicon, _data  # noqa: E402
from caibao.claims.structures import balances  # noqa: E402

_LEX = Lexicon()
_METRICS: dict[str, str] = {}
for _w in _LEX.metric_words.values():
    if not _w.measure and _w.kind == "amount" and not _w.concept.startswith("kpi_"):
        _METRICS.setdefault(_w.concept + ("_en" if _w.text.isascii() else ""), _w.text)
_CHANGE_WORDS = [
    (w, Decimal(e["value"]))
    for e in _data("lexicon.toml")["value_words"]
    if e.get("measure") == "change_pct" and not e.get("then")  # (then: a word must follow)
    for w in e["words"]
]


@settings(max_examples=150, deadline=None)
@given(
    metric=st.sampled_from(sorted(_METRICS.items())),
    word=st.sampled_from(_CHANGE_WORDS),
    year=st.integers(2005, 2024),
)
def test_any_metric_with_a_change_word_round_trips(metric, word, year):
    key, text = metric
    w, value = word
    if w.isascii() != text.isascii():
        text = _METRICS.get(key.removesuffix("_en") + ("_en" if w.isascii() else ""))
        if text is None:
            return
    sentence = f"Its {text} {w} in {year}." if w.isascii() else f"示例科技{year}年{text}{w}。"
    got = claims(sentence)
    assert len(got) == 1, (sentence, got)
    c = got[0]
    concept = key.removesuffix("_en")
    period = f"{year}-12-31" if concept in balances() else f"{year}FY"  # a balance: at year end
    assert w in c.quote and c.period == period, sentence
    assert (c.concept, c.value) == (concept, value), sentence


def test_a_threshold_crossed_is_the_bound_itself(checker):
    c = one("示例科技2024年营收突破100亿元。", "100亿元")
    assert (c.qualifier, c.precision) == ("more_than", 0)
    assert one("Its revenue topped 10 billion yuan in 2024.", "10 billion").qualifier == "more_than"
    assert verdict(checker, "示例科技2024年营收突破150亿元。", "150亿元") == "contradicted"
    assert verdict(checker, "示例科技2024年营收突破100亿元。", "100亿元") == "supported"


# -- a bound on a fall is a bound on its size -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("示例科技2024年净利润下降超过50%。", "50%", "supported"),  # fell 54.55%
        ("示例科技2024年净利润下降超过60%。", "60%", "contradicted"),
        ("示例科技2024年净利润下降不到60%。", "60%", "supported"),
        ("示例科技2024年净利润下降逾五成。", "五成", "supported"),
        ("示例科技2024年净利润下降近七成。", "七成", "contradicted"),
        ("示例科技2024年净利润下降近六成。", "六成", "supported"),
        ("Its net profit more than halved in 2024.", "halved", "supported"),
        ("Its net profit fell less than 50% in 2024.", "50%", "contradicted"),
    ],
)
def test_a_bound_on_a_fall_bounds_its_size(checker, text, word, expected):
    assert verdict(checker, text, word) == expected


# -- a segment's share changing, in points ----------------------------------------------------


def test_a_segments_share_change_in_points_is_checked_year_against_year():
    y = "CNY"
    store = inline_store(
        [
            ("revenue", "2024FY", "10000000000", y, "value", None, "S1"),
            ("revenue", "2023FY", "8000000000", y, "value", None, "S1"),
            ("revenue", "2024FY", "3000000000", y, "value", "云服务", "S1"),
            ("revenue", "2023FY", "2000000000", y, "value", "云服务", "S1"),
        ],
        CODE,
        "示例科技",
    )
    try:
        checker = Checker(store)
        text = "2024年，示例科技云服务业务收入30亿元，占比同比提升{}个百分点。"
        for pp, expected in (("5", "supported"), ("3", "contradicted")):  # 30% − 25%
            found = checker.check(text.format(pp), CODE, DAY).claims[-1]
            assert (found.claim.concept, found.claim.measure) == ("revenue_share", "change_pp")
            assert found.verdict.verdict == expected, found.verdict.reason
    finally:
        store.close()


def test_a_percentage_of_a_whole_named_after_it():
    c = one(
        "In 2024, its cloud business's revenue was 3.5 billion yuan, 29.2% of revenue.", "29.2%"
    )
    assert (c.measure, c.segment) == ("share_pct", "cloud")
    c = one("Its R&D spending was 5.52% of revenue in 2024.", "5.52%")
    assert (c.concept, c.measure) == ("rd_intensity", "value")
