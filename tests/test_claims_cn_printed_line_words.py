"""A US filer's printed lines named by the Chinese press: a charge's name without the word for a
charge (商标减值 for "Trademark impairment charge"), a name with two "of"/"on" turned round
(合资企业终止收益 for "Gain on termination of joint venture"), the line named after its figure
with 的 between (4.53亿美元的商标减值), its first quarter as the half less the second, and a
line's rate to net sales (占净销售额的比例). Made-up company and figures."""

from __future__ import annotations

import re
from datetime import date

from caibao.claims.checker import Checker
from caibao.claims.printed_lines import chinese_pattern, forms
from caibao.ingest import ingest_file
from caibao.store import Store
from fsds_archive import fsds_archive

A = "0000000078-09-000078"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "78", "ACME TOBACCO CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090731",
     "act-20090630.xml"],
]  # fmt: skip
NUM_HEAD = ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "x"]
PRE_HEAD = ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "neg"]
G = "us-gaap/2008"


def _num(tag, ddate, qtrs, value):
    return [A, tag, G, ddate, qtrs, "USD", "", "", value, ""]


def _checked(tmp_path, text):
    num = [NUM_HEAD]
    for ddate, q, sales, ads, impairment, gain in (
        ("20090630", "1", "2000000000", "200000000", "0", "0"),
        ("20080630", "1", "2100000000", "231000000", "0", "0"),
        ("20090630", "2", "3900000000", "390000000", "453000000", "0"),
        ("20080630", "2", "4000000000", "420000000", "0", "328000000"),
    ):
        num += [
            _num("SalesRevenueNet", ddate, q, sales),
            _num("MarketingAndAdvertisingExpense", ddate, q, ads),
            _num("ImpairmentOfIntangibleAssetsIndefinitelivedExcludingGoodwill", ddate, q,
                 impairment),
            _num("GainLossOnContractTermination", ddate, q, gain),
        ]  # fmt: skip
    pre = [
        PRE_HEAD,
        [A, "2", "1", "IS", "0", "H", "SalesRevenueNet", G, "Net sales", "0"],
        [A, "2", "2", "IS", "0", "H", "MarketingAndAdvertisingExpense", G,
         "Advertising and promotion expenses", "0"],
        [A, "2", "3", "IS", "0", "H", "ImpairmentOfIntangibleAssetsIndefinitelivedExcludingGoodwill",
         G, "Trademark impairment charge", "0"],
        [A, "2", "4", "IS", "0", "H", "GainLossOnContractTermination", G,
         "Gain on termination of joint venture", "1"],
    ]  # fmt: skip
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": num, "pre.txt": pre})
    store = Store(":memory:")
    ingest_file(path, store)
    result = Checker(store).check(text, day=date(2009, 8, 1))
    return {c.claim.quote: (c.claim.concept, c.verdict.verdict) for c in result.claims}


def test_the_words_of_a_charge_and_of_two_turns():
    assert ["trademark", "impairment"] in forms("Trademark impairment charge")
    words = ["gain", "on", "termination", "of", "joint", "venture"]
    assert re.fullmatch(chinese_pattern(words), "合资企业终止收益")


def test_lines_named_after_their_figure_and_a_first_quarter(tmp_path):
    text = (
        "Acme Tobacco上半年利润下滑：一是公司在一季度计提了4.53亿美元的商标减值；"
        "二是上年同期包含一笔3.28亿美元的合资企业终止收益。"
    )
    got = _checked(tmp_path, text)
    assert got["4.53亿美元"] == ("filer_line", "supported")  # the half's less the second quarter's
    assert got["3.28亿美元"] == ("filer_line", "supported")


def test_a_lines_rate_to_net_sales(tmp_path):
    text = (
        "Acme Tobacco二季度广告及促销费用2.00亿美元，同比下降13.4%，"
        "占净销售额的比例从上年同期的11.0%降至10.0%。"
    )
    got = _checked(tmp_path, text)
    assert got["2.00亿美元"] == ("selling_expense", "supported")
    assert got["13.4%"] == ("selling_expense", "supported")
    assert got["11.0%"] == ("selling_expense_ratio", "supported")
    assert got["10.0%"] == ("selling_expense_ratio", "supported")


def test_research_as_yanfa_and_general_as_yiban_guanli():
    # "Marketing, research and general expenses": 营销、研发及一般管理费用
    words = forms("Marketing, research and general expenses")[0]
    assert re.fullmatch(chinese_pattern(words), "营销、研发及一般管理费用")
    assert re.fullmatch(chinese_pattern(words), "营销、研究及一般费用")


def test_an_act_printed_last_and_a_leveraged_lease():
    # "Common stock issuances": 发行普通股 or 普通股发行; "Leveraged lease income": 杠杆租赁业务收益
    words = forms("Common stock issuances")[0]
    assert re.fullmatch(chinese_pattern(words), "发行普通股")
    assert re.fullmatch(chinese_pattern(words), "普通股发行")
    words = forms("Leveraged lease income (losses)")[0]
    assert re.fullmatch(chinese_pattern(words), "杠杆租赁业务收益")
    # (an impairment is no act a name prints first: 资产减值 only)
    assert not re.fullmatch(chinese_pattern(forms("Asset impairments")[0]), "减值资产")


def test_a_result_on_mark_to_market_contracts_named_by_what_it_is_on():
    # "Gains (Losses) on Mark-to-Market Commodity Derivative Contracts": 按市值计价商品衍生品合约
    # (录得…亏损), "mark to market" a phrase of the glossary though "to" is no word Chinese says
    label = "Gains (Losses) on Mark-to-Market Commodity Derivative Contracts"
    assert any(
        (p := chinese_pattern(words)) and re.fullmatch(p, "按市值计价商品衍生品合约")
        for words in forms(label)
    )
