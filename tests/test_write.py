"""The writer on the iFlytek figures shipped in examples/ (no ../shared needed) and on small inline
stores for the edges: losses, missing sections, disagreeing sources, findings order."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from caibao.ingest import ingest_paths
from caibao.store import Store
from caibao.write import render, write_article
from caibao.write.findings import fires
from caibao.write.words import loss_change_key

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ROOT / "examples" / "iflytek-fy2024" / "figures.csv"


def _store(path: Path, *csv_files: Path) -> Store:
    store = Store(path)
    results = ingest_paths(csv_files, store)
    assert all(r.ok for r in results), [r.errors for r in results]
    return store


@pytest.fixture(scope="module")
def iflytek(tmp_path_factory):
    store = _store(tmp_path_factory.mktemp("iflytek") / "s.duckdb", FIGURES)
    yield store
    store.close()


@pytest.fixture(scope="module")
def zh(iflytek):
    return write_article(iflytek, "002230", "2024FY", "zh", charts=False)


def _csv(tmp_path: Path, rows: list[str], name: str = "f.csv") -> Path:
    path = tmp_path / name
    header = "company,concept,segment,period,value,unit,source,measure,company_name"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


# -- the iFlytek article covers what the seed article covers, and what it left out -------------


def test_iflytek_article_covers_the_seed_topics(zh):
    text = render(zh, "text")
    for printed in (
        "营业收入233.43亿元",  # revenue
        "同比增长18.79%",  # and its growth
        "归属于上市公司股东的净利润5.60亿元",  # profit
        "2024年扣非净利润1.88亿元",  # recurring profit
        "59.36%",
        "经营活动产生的现金流量净额为24.95亿元",  # operating cash flow
        "613.40%",
        "回款率",  # collection (the sources disagree: said, not printed)
        "开放平台及消费者业务营业收入78.86亿元",  # segments and shares
        "营收占比33.78%",
        "智慧教育营业收入72.29亿元",
        "营收占比30.97%",
        "新增研发投入7.40亿元",  # R&D
        "新增开发者数量224万",  # operating data
        "开发者团队802万",
    ):
        assert printed in text, printed


def test_iflytek_article_adds_what_the_seed_left_out(zh):
    text = render(zh, "text")
    assert "非经常性损益占比为66.43%" in text  # (5.60 - 1.88) / 5.60
    assert "2025年第一季度" in text
    assert "归母净利润亏损1.93亿元" in text  # the Q1 loss is called a loss
    assert "亏损同比收窄35.68%" in text
    assert "同比增长35.68%" not in text  # the seed's misleading wording
    assert "净流出7.12亿元" in text and "同比增长48.54%" not in text


def test_disputed_figure_is_not_printed(zh):
    text = render(zh, "text")
    assert "98.14%" not in text and "97.20%" not in text  # S7 and S6 disagree
    assert "不同来源给出的回款率不一致" in text
    assert "249.5" not in text  # the outlier revenue figure of S7


def test_findings_lead_and_are_ordered(zh):
    assert [f.rule for f in zh.findings][:2] == ["ocf_vs_profit", "recurring_vs_reported"]
    scores = [f.score for f in zh.findings]
    assert scores == sorted(scores, reverse=True)
    assert "latest_quarter_loss" in [f.rule for f in zh.findings]
    blocks = [kind for kind, _ in zh.blocks()]
    assert blocks[:3] == ["headline", "findings", "lede"]


def test_every_number_has_a_claim_at_its_offsets_and_a_source(zh):
    text, claims = zh.text_and_claims()
    nums = zh.numbers()
    assert len(claims) == len(nums) > 40
    for claim, num in zip(claims, nums, strict=True):
        assert text[claim.start : claim.end] == claim.quote == num.text
        assert num.sources, num.text
        assert claim.subject == "002230" and claim.period
    # every printed number with a unit is one of the writer's claims
    spans = {(c.start, c.end) for c in claims}
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?(?:亿元|万元|元|%|个百分点)", text):
        assert any(s <= m.start() and m.end() <= e for s, e in spans), m.group()


def test_claim_values_are_base_units_and_signed(zh):
    _, claims = zh.text_and_claims()
    by_quote = {(c.concept, c.period, c.measure): c for c in claims if c.segment is None}
    revenue = by_quote[("revenue", "2024FY", "value")]
    assert revenue.value == Decimal("23343000000") and revenue.unit == "CNY"
    assert revenue.scale == "亿" and revenue.agrees(Decimal("23343000000"))
    loss = by_quote[("np_parent", "2025Q1", "value")]
    assert loss.value == Decimal("-193000000")


def test_markdown_footnotes_and_html_hover(zh):
    md = render(zh, "md")
    marks = set(re.findall(r"\[\^(s\d+)\](?!:)", md))
    defined = set(re.findall(r"^\[\^(s\d+)\]:", md, re.M))
    assert marks and marks == defined
    assert "figures.csv" in md and "S1 https://www.mffb.com.cn" in md
    html = render(zh, "html")
    figs = re.findall(r'<a class="fig"[^>]*>', html)
    assert len(figs) == len(zh.numbers())
    assert all('title="' in f and 'data-source="' in f for f in figs)
    assert 'title="figures.csv, S1 https://www.mffb.com.cn/news/show-508439.html' in html
    assert html.count('<li id="src-') == len(zh.sources())


def test_english_article(iflytek):
    en = write_article(iflytek, "002230", "2024FY", "en", charts=False)
    text = render(en, "text")
    assert "RMB 23.34 billion" in text and "up 18.79% year on year" in text
    assert "a loss of RMB 193.00 million" in text
    assert not re.search(r"[\u4e00-\u9fff]{2,}(?:亿|%)", text)


def test_charts_are_inline_svg(iflytek):
    article = write_article(iflytek, "002230", "2024FY", "zh")
    keys = [c.key for c in article.charts]
    assert keys == ["revenue_profit", "segments", "quarters", "cash"]
    html = render(article, "html")
    assert html.count("<svg") == 4 and "<?xml" not in html


def test_quarterly_article_says_loss_widened_or_fell(iflytek):
    # 2024Q1-Q3: np_parent -3.44亿 with a printed -445.91%: a wider loss or a turn from profit,
    # so the change is not stated
    text = render(write_article(iflytek, "002230", "2024Q1-Q3", "zh", charts=False), "text")
    assert "亏损3.44亿元" in text and "445.91%" not in text
    assert "扣非净利润亏损4.68亿元，亏损同比扩大44.38%" in text
    assert "最新单季 (2024年第三季度)" in text


# -- edges on inline stores ----------------------------------------------------------------------


def test_sections_absent_without_data(tmp_path):
    csv = _csv(tmp_path, ["600001,revenue,,2024FY,12.5,亿元,S x,value,某公司"])
    with _store(tmp_path / "s.duckdb", csv) as store:
        article = write_article(store, "600001", "2024FY", "zh")
    assert [s.key for s in article.sections] == []
    assert article.findings == [] and article.charts == []
    assert render(article, "text").startswith("某公司2024年营业收入12.50亿元")


def test_turned_profit_and_failed_rules(tmp_path):
    rows = [
        "600002,revenue,,2024FY,8000,万元,S a,value,某某",
        "600002,np_parent,,2024FY,300,万元,S a,value,某某",
        "600002,np_parent,,2023FY,-1200,万元,S a,value,某某",
    ]
    with _store(tmp_path / "s.duckdb", _csv(tmp_path, rows)) as store:
        article = write_article(store, "600002", "2024FY", "zh", charts=False)
    text = render(article, "text")
    assert article.findings[0].rule == "loss_turned"
    assert "归母净利润300.00万元，同比扭亏为盈（2023年归母净利润亏损1,200.00万元）" in text


def test_unknown_company_and_period(iflytek):
    from caibao.errors import UnknownCompanyError

    with pytest.raises(UnknownCompanyError):
        write_article(iflytek, "999999", "2024FY")
    with pytest.raises(UnknownCompanyError):
        write_article(iflytek, "002230", "2019FY")


@pytest.mark.parametrize(
    ("growth", "prior", "key"),
    [
        ("35.68", None, "loss_narrowed"),
        ("-44.38", None, "loss_widened"),  # a profit a year before would have left a profit
        ("-445.91", None, None),  # a wider loss or a turn from profit: not said
        ("-445.91", "-1", "loss_widened"),
    ],
)
def test_loss_change_wording(growth, prior, key):
    assert loss_change_key(Decimal(growth), None if prior is None else Decimal(prior)) == key


def test_triggers():
    assert fires({"op": "abs>=", "threshold": "30"}, Decimal("-60")) == 2
    assert fires({"op": "abs>=", "threshold": "30"}, Decimal("29.9")) is None
    assert fires({"op": "outside", "low": "0.5", "high": "2"}, Decimal("4")) == 2
    assert fires({"op": "outside", "low": "0.5", "high": "2"}, Decimal("0.25")) == 2
    assert fires({"op": "outside", "low": "0.5", "high": "2"}, Decimal("1")) is None
    assert fires({"op": "<=", "threshold": "-1"}, Decimal("-5")) == 5


def test_segment_cuts_are_not_mixed(tmp_path):
    # one table cut three ways (industry, product, region), each adding up to the total
    rows = [
        "600003,revenue,,2024FY,100,亿元,S t,value,三分",
        "600003,revenue,工业,2024FY,90,亿元,S t,value,三分",
        "600003,revenue,商业,2024FY,10,亿元,S t,value,三分",
        "600003,revenue,甲类,2024FY,60,亿元,S t,value,三分",
        "600003,revenue,乙类,2024FY,25,亿元,S t,value,三分",
        "600003,revenue,丙类,2024FY,15,亿元,S t,value,三分",
        "600003,revenue,华东大区,2024FY,70,亿元,S t,value,三分",
        "600003,revenue,境外,2024FY,30,亿元,S t,value,三分",
        "600003,revenue,分部抵消,2024FY,-1,亿元,S t,value,三分",
    ]
    with _store(tmp_path / "s.duckdb", _csv(tmp_path, rows)) as store:
        from caibao.write import FigureBook

        cuts = FigureBook(store, "600003").segment_cuts("2024FY")
        article = write_article(store, "600003", "2024FY", "zh", charts=False)
    assert cuts == {"main": ["工业", "商业"], "other": ["甲类", "乙类", "丙类"],
                    "region": ["华东大区", "境外"]}  # fmt: skip
    text = render(article, "text")
    assert "2024年工业营业收入90.00亿元，营收占比90.00%。" in text
    assert "按地区看，华东大区营业收入70.00亿元，营收占比70.00%" in text
    assert "分部抵消" not in text


def test_write_command(tmp_path):
    from click.testing import CliRunner

    from caibao.cli import main

    db = str(tmp_path / "s.duckdb")
    _store(Path(db), FIGURES).close()
    out = tmp_path / "a.html"
    runner = CliRunner()
    got = runner.invoke(main, ["write", "002230", "2024FY", "--db", db, "--format", "html",
                               "--out", str(out)])  # fmt: skip
    assert got.exit_code == 0, got.output
    assert out.read_text(encoding="utf-8").count("<svg") == 4
    got = runner.invoke(main, ["write", "002230", "2025Q1", "--db", db, "--lang", "en"])
    assert got.exit_code == 0 and "a loss of **RMB 193.00 million**[^s" in got.output
    bad = runner.invoke(main, ["write", "999999", "2024FY", "--db", db])
    assert bad.exit_code != 0 and bad.output.startswith("caibao: 999999: ")
    bad = runner.invoke(main, ["write", "002230", "FY24", "--db", db])
    assert bad.exit_code != 0


@pytest.mark.parametrize(
    ("lang", "value", "points", "words"),
    [
        ("zh", "50", False, "大幅增长"),  # at the threshold of [adjectives] in wording.toml
        ("zh", "49.99", False, "增长"),
        ("zh", "-29.99", False, "下降"),
        ("zh", "-30", False, "大幅下降"),
        ("zh", "80", True, "提升"),  # no adjective on percentage points
        ("en", "-5", False, "down "),
    ],
)
def test_adjectives_only_past_their_thresholds(lang, value, points, words):
    from caibao.write.words import Words

    assert Words(lang).direction(Decimal(value), points=points) == words
