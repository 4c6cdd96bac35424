"""A US filer's own statement lines, named in an article by the filing's words: read from the SEC
data sets as ``filer_line`` facts (sources/fsds_lines.py) and found in English and Chinese
articles (claims/printed_lines.py). Made-up company and figures."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from caibao.claims.checker import Checker
from caibao.claims.printed_lines import LineNames, chinese_pattern, forms, segment_in_english
from caibao.ingest import ingest_file
from caibao.sources.sec_fsds import read_fsds
from caibao.store import Store
from fsds_archive import fsds_archive

A = "0000000077-09-000077"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "77", "ACME PETROLEUM CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090807",
     "acp-20090630.xml"],
]  # fmt: skip
NUM_HEAD = ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "x"]
PRE_HEAD = ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "neg"]


def _num(tag, ddate, qtrs, value, version="us-gaap/2008"):
    return [A, tag, version, ddate, qtrs, "USD", "", "", value, ""]


def _archive(tmp_path):
    num = [
        NUM_HEAD,
        _num("Revenues", "20090630", "1", "2000000000"),
        _num("Revenues", "20080630", "1", "3000000000"),
        _num("ExplorationAndProductionCosts", "20090630", "1", "444000000"),
        _num("ExplorationAndProductionCosts", "20080630", "1", "403000000"),
        _num("ExplorationCosts", "20090630", "1", "312000000", A),
        _num("ExplorationCosts", "20080630", "1", "158000000", A),
        _num("IncreaseDecreaseInInventories", "20090630", "2", "-50000000"),
        _num("PaymentsForRepurchaseOfPreferredStock", "20090630", "2", "-3134000000", A),
        _num("Assets", "20090630", "0", "9000000000"),
    ]
    pre = [
        PRE_HEAD,
        [A, "2", "4", "IS", "0", "H", "Revenues", "us-gaap/2008", "Total revenues", "0"],
        [A, "2", "5", "IS", "0", "H", "ExplorationAndProductionCosts", "us-gaap/2008",
         "Production expenses", "0"],
        [A, "2", "6", "IS", "0", "H", "ExplorationCosts", A,
         "Exploration expenses, including dry holes and lease impairment", "0"],
        [A, "4", "9", "CF", "0", "H", "IncreaseDecreaseInInventories", "us-gaap/2008",
         "Inventories", "0"],
        [A, "4", "10", "CF", "0", "H", "PaymentsForRepurchaseOfPreferredStock", A,
         "Retirement of preferred stock", "0"],
    ]  # fmt: skip
    return fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": num, "pre.txt": pre})


def test_unmapped_lines_are_facts_named_by_their_printed_label(tmp_path):
    (reading,) = list(read_fsds(_archive(tmp_path)))
    lines = {(f.segment, f.period): f.value for f in reading.facts if f.concept == "filer_line"}
    assert lines[("Production expenses", "2009Q2")] == Decimal("444000000")
    label = "Exploration expenses, including dry holes and lease impairment"
    assert lines[(label, "2008Q2")] == Decimal("158000000")
    # a cash-flow statement's change in a balance is no line of its own
    assert not any(segment == "Inventories" for segment, _ in lines)


def test_the_forms_a_label_is_shortened_to():
    got = forms("Exploration expenses, including dry holes and lease impairment")
    assert ["exploration", "expenses"] in got
    assert ["mortgage", "production", "income"] in forms("Mortgage production related income")
    assert forms("Repayments")[0] == ["repayments", "expense"]  # one word alone is no name
    assert ["exploration", "expense"] in forms("Exploration")  # a one-word line of costs


def test_x_and_other_y_is_named_x_y():
    """The press calls "Fees and other income" the fee income."""
    names = LineNames([("Fees and other income", "revenue", "Fees and other income")])
    ((_, _, target),) = names.named("Fee income nearly tripled.")
    assert target == ("revenue", "Fees and other income")
    assert ["fees", "income"] in forms("Fees and other income")
    assert ["cash", "income"] not in forms("Cash and other and sundry income")


def test_chinese_renderings_of_a_label():
    assert chinese_pattern(["production", "expenses"]) == "(?:生产)、?(?:费用|支出|开支)"
    assert chinese_pattern(["cost", "of", "services"]) == "(?:服务)的?(?:成本|费用)"
    # the words after from/in/for come first too, each turn in its place
    got = chinese_pattern(["proceeds", "from", "issuance", "of", "common", "stock"])
    assert re.fullmatch(got, "发行普通股所得款项") and re.fullmatch(got, "普通股发行所得款项")
    assert re.fullmatch(got, "所得款项发行普通股") is None
    assert re.fullmatch(chinese_pattern(["provision", "for", "loan", "losses"]), "贷款损失拨备")
    assert chinese_pattern(["income", "attributable", "to", "parent"]) is None
    names = LineNames([("Gain on sale of investments", "filer_line", "Gain on sale")])
    (hit,) = names.named("公司录得9.08亿美元出售投资收益")
    assert hit[2] == ("filer_line", "Gain on sale")


def test_a_chinese_segment_in_the_english_name_s_words():
    names = ["Regulated", "Non-Regulated"]
    assert segment_in_english("受管制业务", names) == "Regulated"
    assert segment_in_english("非受管制业务", names) == "Non-Regulated"
    assert segment_in_english("新能源", names) is None


def _checked(tmp_path, text):
    store = Store(":memory:")
    ingest_file(_archive(tmp_path), store)
    result = Checker(store).check(text, day=date(2009, 8, 10))
    return {
        c.claim.quote: (c.claim.concept, c.claim.segment, c.verdict.verdict) for c in result.claims
    }


def test_an_article_names_the_filing_s_lines(tmp_path):
    text = (
        "Acme Petroleum said second-quarter revenue fell to $2.0 billion. Production expenses "
        "were $444 million, and exploration expense nearly doubled to $312 million."
    )
    got = _checked(tmp_path, text)
    assert got["$444 million"] == ("filer_line", "Production expenses", "supported")
    label = "Exploration expenses, including dry holes and lease impairment"
    assert got["nearly doubled"] == ("filer_line", label, "supported")
    assert got["$312 million"] == ("filer_line", label, "supported")


def test_an_amount_of_a_line_is_that_line_s(tmp_path):
    """Read: "Revenue fell to $2.0 billion, including $444 million of production expenses": the
    amount is the line's, not the revenue's."""
    text = (
        "Acme Petroleum said second-quarter revenue fell to $2.0 billion, after $444 million of"
        " production expenses."
    )
    got = _checked(tmp_path, text)
    assert got["$444 million"] == ("filer_line", "Production expenses", "supported")


def test_an_act_of_a_line_named_by_its_verb(tmp_path):
    """Read: "retired $3.13 billion of preferred stock": the filing's "Retirement of preferred stock"
    line, which its cash-flow statement prints as an outflow (-3,134)."""
    text = "Acme Petroleum retired $3.13 billion of preferred stock in the first half."
    got = _checked(tmp_path, text)
    assert got["$3.13 billion of preferred stock"] == (
        "filer_line", "Retirement of preferred stock", "supported"
    )  # fmt: skip


def test_a_chinese_article_names_them_in_chinese(tmp_path):
    text = "Acme Petroleum二季度生产费用4.44亿美元，勘探费用达3.12亿美元，上年同期为1.85亿美元。"
    got = _checked(tmp_path, text)
    label = "Exploration expenses, including dry holes and lease impairment"
    assert got["4.44亿美元"] == ("filer_line", "Production expenses", "supported")
    assert got["达3.12亿美元"] == ("filer_line", label, "supported")
    assert got["1.85亿美元"] == ("filer_line", label, "contradicted")  # 1.58亿 a year earlier


def test_a_bare_total_under_revenue_lines_is_the_revenue(tmp_path):
    # (a utility's UtilityRevenue printed as "TOTAL" under its lines of business; the lines are
    # its segments; an unmapped capital expenditures element is capex by its printed label)
    num = [
        NUM_HEAD,
        _num("ElectricUtilityRevenue", "20090630", "1", "1918"),
        _num("CompetitiveEnergyRevenue", "20090630", "1", "574"),
        _num("UtilityRevenue", "20090630", "1", "2492"),
        _num("PaymentsForCapitalImprovements", "20090630", "2", "932"),
    ]
    pre = [
        PRE_HEAD,
        [A, "2", "4", "IS", "0", "H", "ElectricUtilityRevenue", "us-gaap/2008", "Electric", "0"],
        [A, "2", "5", "IS", "0", "H", "CompetitiveEnergyRevenue", "us-gaap/2008",
         "Competitive businesses", "0"],
        [A, "2", "6", "IS", "0", "H", "UtilityRevenue", "us-gaap/2008", "TOTAL", "0"],
        [A, "4", "9", "CF", "0", "H", "PaymentsForCapitalImprovements", "us-gaap/2008",
         "Construction/capital expenditures", "1"],
    ]  # fmt: skip
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": num, "pre.txt": pre})
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.segment, f.period): f.value for f in reading.facts}
    assert got[("revenue", None, "2009Q2")] == Decimal("2492")
    assert got[("revenue", "Competitive businesses", "2009Q2")] == Decimal("574")
    assert got[("capex", None, "2009H1")] == Decimal("932")
