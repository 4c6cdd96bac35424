"""Articles about companies other than the seed's, written for these tests in the styles of the
financial press (Chinese quick reports, an English wire story), checked against the companies'
real reports and cninfo answers in ../shared. Each claim's verdict is asserted."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caibao.claims.checker import Checker
from caibao.ingest import ingest_file
from caibao.store import Store

SANJIU_REPORTS = [
    "华润三九：2025年半年度报告摘要.pdf",
    "华润三九：2025年一季度报告.pdf",
    "华润三九：2024年半年度报告摘要.pdf",
    "华润三九：2024年年度报告摘要.pdf",
    "华润三九：2023年年度报告摘要.pdf",
]

SANJIU_ZH = """华润三九上半年净利润同比下降24.31%，二季度营收增长近17%

8月20日晚，华润三九（000999.SZ）披露2025年半年度报告。公司上半年实现营业收入148.10亿元，同比增长4.99%；归属于上市公司股东的净利润18.15亿元，同比下降24.31%；扣除非经常性损益后的净利润16.98亿元，同比减少26.46%。基本每股收益1.09元。

经营活动产生的现金流量净额为28.60亿元，同比增长21.03%。截至6月末，公司总资产572.60亿元，较上年末增长42.86%，归属于上市公司股东的净资产213.40亿元。

分季度看，公司第二季度实现营收79.57亿元，同比增长16.8%，环比增长16.09%，归母净利润5.45亿元，同比下降47.3%。一季度营收68.54亿元，同比下滑6.04%。

对比去年同期，公司2024年上半年营收为141.06亿元，净利润23.98亿元。

此前，华润三九2024年全年实现营业收入276.17亿元，同比增长11.63%，归母净利润33.68亿元，同比增长18.50%。
"""

SANJIU_EN = """China Resources Sanjiu posts weaker first-half profit

China Resources Sanjiu (000999.SZ) reported first-half 2025 results on August 20. Revenue rose 4.99% year on year to RMB 14.81 billion, while net profit attributable to shareholders fell 24.31% to RMB 1.82 billion. Recurring net profit was RMB 1.70 billion, down 26.46%.

Operating cash flow grew 21.03% to RMB 2.86 billion. Total assets reached RMB 57.26 billion at the end of June, up 42.86% from the end of last year.

In the second quarter alone, revenue was RMB 7.96 billion, up 16.8% from a year earlier, and net profit fell 47.3% to RMB 545 million. For the full year 2024, revenue was RMB 27.62 billion and net profit RMB 3.37 billion, up 18.05%.
"""

VANKE_ZH = """万科前三季度亏损280亿元，亏损同比扩大56%

10月30日晚间，万科A（000002）发布2025年三季度报告。前三季度，公司实现营业总收入1613.88亿元，同比下降26.6%；归属于上市公司股东的净亏损280.16亿元，上年同期亏损179.43亿元，亏损同比扩大56.14%。

其中，第三季度单季归母净利润亏损160.69亿元。经营活动产生的现金流量净额为-58.89亿元。

截至9月末，公司总资产约1.14万亿元，较上年末下降11.64%；资产负债率73.52%。

值得注意的是，万科前三季度经营性现金流同比增长21.5%。
"""


JINHUA_ZH = """扭亏！金花股份2024年赚了7461万

（记者 张三）4月25日，金花股份交出2024年成绩单：全年营收5.85亿元，同比微增3.55%；净利润由上年亏损4289万元转为盈利7461万元。

拆分来看，医药工业板块营收5.85亿元，占比超99%，毛利率高达78.4%。值得一提的是，公司全年研发投入同比翻倍，达到3233万元，研发投入占营收比重提升至5.52%。

不过，公司经营活动产生的现金流量净额仅1086万元，较上年的6055万元大幅下降82.07%。2024年公司销售商品、提供劳务收到的现金为5.86亿元。

公司董事会拟定的利润分配方案为每10股派发现金红利0.5元。截至报告期末，公司研发人员72人。股价方面，截至4月25日收盘，金花股份报10.52元/股，总市值39.3亿元。
"""


@pytest.fixture(scope="module")
def store(corpus, tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("articles") / "a.duckdb")
    for name in SANJIU_REPORTS:
        ingest_file(corpus / "cn" / "000999" / name, s)
    ingest_file(corpus / "cn" / "600080" / "600080_20250425_LXGH.pdf", s)
    for path in sorted((corpus / "cn" / "000002-cninfo").glob("*.json")):
        ingest_file(path, s, in_directory=True)
    yield s
    s.close()


def _verdicts(store, text):
    result = Checker(store).check(text)
    return result, [(c.claim.quote.split("\n")[0][:12], c.verdict.verdict) for c in result.claims]


def test_sanjiu_half_year_in_chinese(store):
    result, got = _verdicts(store, SANJIU_ZH)
    assert result.company == "000999"
    periods = [c.claim.period for c in result.claims]
    assert periods[:3] == ["2025H1", "2025Q2", "2025H1"]
    assert "2025-06-30" in periods  # 截至6月末 总资产
    verdicts = [v for _q, v in got]
    # every figure is right except the last growth (18.05% printed, 18.50% written)
    assert verdicts[:-1] == ["supported"] * (len(verdicts) - 1), got
    assert verdicts[-1] == "contradicted"
    assert len(verdicts) == 27


def test_sanjiu_half_year_in_english(store):
    result, got = _verdicts(store, SANJIU_EN)
    assert result.company == "000999" and len(got) == 17
    assert {v for _q, v in got} == {"supported"}, got


def test_vanke_losses_from_cninfo(store):
    result, got = _verdicts(store, VANKE_ZH)
    assert result.company == "000002"
    verdicts = [v for _q, v in got]
    assert verdicts.count("supported") == 12, got
    assert verdicts[-1] == "misleading"  # "growth" of an outflow that widened
    loss = result.claims[0].claim
    assert (loss.concept, loss.value < 0, loss.period) == ("np_parent", True, "2025Q1-Q3")


def test_restated_figures(store):
    # 2023 EPS: 2.90 in the 2023 annual report, restated to 2.24 in the 2024 one (bonus shares)
    checker = Checker(store)
    now = checker.check("华润三九2023年基本每股收益2.24元。").claims[0].verdict
    assert now.verdict == "supported" and "first reported as 2.90" in now.reason
    then = checker.check("华润三九2023年基本每股收益2.90元。").claims[0].verdict
    # a per-share figure re-based on a new share count, not corrected: as reported, it holds
    assert then.verdict == "supported" and "re-based it on a new share count to 2.24" in then.reason
    assert {s.file.rsplit("/", 1)[-1][5:9] for s in then.sources} == {"2023", "2024"}
    # set as the base of a comparison with a figure on the new count, it misleads, unless the
    # copy says it is the figure as first published
    text = "华润三九2024年基本每股收益2.63元，上年同期为2.90元。"
    got = {c.claim.value: c.verdict.verdict for c in checker.check(text).claims}
    assert got.get(Decimal("2.90")) == "misleading", got
    # a comparison whose direction both bases agree on (3.10 is above 2.90 and 2.24) holds
    got = {
        c.claim.value: c.verdict.verdict for c in checker.check(text.replace("2.63", "3.10")).claims
    }
    assert got.get(Decimal("2.90")) == "supported", got
    text = "华润三九2024年基本每股收益2.63元，较2023年年报公布的基本每股收益2.90元有所下降。"
    got = {c.claim.value: c.verdict.verdict for c in checker.check(text).claims}
    assert got.get(Decimal("2.90")) == "supported", got


def test_a_sentence_about_another_company_in_the_store(store):
    text = (
        "华润三九2024年营业收入276.17亿元，归母净利润33.68亿元；万科A2025年前三季度亏损280.16亿元。"
    )
    result = Checker(store).check(text, day=date(2025, 10, 31))
    assert [c.claim.subject for c in result.claims] == ["000999", "000999", "000002"]
    assert {c.verdict.verdict for c in result.claims} == {"supported"}


def test_jinhua_annual_report_story(store):
    result, got = _verdicts(store, JINHUA_ZH)
    assert result.company == "600080"
    kinds = [v for _q, v in got]
    # market figures (share price, market value) are not in reports; the dividend plan is, and
    # the report's is 每10股派发现金红利0.3元, not 0.5元
    assert kinds.count("unverifiable") == 2 and kinds.count("supported") == len(kinds) - 3, got
    (dividend,) = [c for c in result.claims if c.claim.concept == "dividend_per_share"]
    assert (dividend.claim.value, dividend.verdict.verdict) == (Decimal("0.05"), "contradicted")
    assert dividend.verdict.expected == "0.03元/股"
    first = result.claims[0].claim
    assert (first.concept, first.value, first.qualifier) == ("np_parent", 74610000, "approx")
    loss, profit = [c.claim for c in result.claims if c.claim.concept == "np_parent"][1:3]
    assert (loss.period, loss.value < 0, profit.period, profit.value > 0) == (
        "2023FY",
        True,
        "2024FY",
        True,
    )


def test_a_loose_word_may_mean_the_neighbouring_concept(store):
    checker = Checker(store)
    # 净利润 7,360.05万元 is net profit with minority interests; 归母 is 7,461.13万元
    loose = checker.check("金花股份2024年净利润7360.05万元。").claims[0].verdict
    assert loose.verdict == "supported" and "net_profit" in loose.reason
    strict = checker.check("金花股份2024年归母净利润7360.05万元。").claims[0].verdict
    assert strict.verdict == "contradicted"
