"""A US filer's lines as an article names them: a line named right after its amount ("a $455
million impairment of gas and oil properties"), one printed line read as two concepts (capex and
the capex_total it falls back to), commercial paper printed as "Short-term debt" (the stand-in
for short-term borrowings), a tax line tagged with a component's element, share-based pay
(claims/printed_lines.py, us_gaap.toml, verify.toml, lexicon.toml). Made-up company and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.checker import Checker
from caibao.claims.currency_effects import currency_effect
from caibao.claims.model import Claim
from caibao.ingest import ingest_file
from caibao.sources.sec_fsds import read_fsds
from caibao.store import Store
from fsds_archive import fsds_archive

A = "0000000078-09-000078"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "78", "ACME POWER CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090807",
     "apc-20090630.xml"],
]  # fmt: skip
NUM_HEAD = ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "x"]
PRE_HEAD = ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "neg"]


def _num(tag, ddate, qtrs, value, version="us-gaap/2008"):
    return [A, tag, version, ddate, qtrs, "USD", "", "", value, ""]


def _pre(report, line, stmt, tag, label):
    return [A, report, line, stmt, "0", "H", tag, "us-gaap/2008", label, "0"]


def _archive(tmp_path):
    num = [
        NUM_HEAD,
        _num("Revenues", "20090630", "2", "8228000000"),
        _num("Revenues", "20080630", "2", "7752000000"),
        _num("ImpairmentOfOilAndGasProperties", "20090630", "2", "455000000"),
        _num("PaymentsToAcquirePropertyPlantAndEquipment", "20090630", "2", "1707000000"),
        _num("PaymentsToAcquirePropertyPlantAndEquipment", "20080630", "2", "1509000000"),
        _num("ShareBasedCompensation", "20090630", "2", "116400000"),
        _num("ShareBasedCompensation", "20080630", "2", "47200000"),
        _num("CommercialPaperCurrent", "20090630", "0", "1079000000"),
        _num("CommercialPaperCurrent", "20081231", "0", "2030000000"),
        _num("IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterest", "20090630",
             "1", "299686000"),
        _num("CurrentIncomeTaxExpenseBenefit", "20090630", "1", "80316000"),
    ]  # fmt: skip
    pre = [
        PRE_HEAD,
        _pre("1", "3", "IS", "Revenues", "Operating Revenue"),
        _pre("1", "10", "IS", num[10][1], "Earnings before income taxes"),
        _pre("1", "11", "IS", "CurrentIncomeTaxExpenseBenefit", "Income tax expense"),
        _pre("2", "33", "BS", "CommercialPaperCurrent", "Short-term debt"),
        _pre("4", "7", "CF", "ImpairmentOfOilAndGasProperties",
             "Impairment of gas and oil properties"),
        _pre("4", "8", "CF", "ShareBasedCompensation", "Expense of share-based compensation plans"),
        _pre("4", "22", "CF", "PaymentsToAcquirePropertyPlantAndEquipment",
             "Plant construction and other property additions"),
    ]  # fmt: skip
    return fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": num, "pre.txt": pre})


def test_the_lines_are_read(tmp_path):
    (reading,) = list(read_fsds(_archive(tmp_path)))
    got = {(f.concept, f.period): f.value for f in reading.facts if not f.segment}
    assert got[("income_tax", "2009Q2")] == Decimal("80316000")
    assert got[("commercial_paper", "2008-12-31")] == Decimal("2030000000")
    assert got[("share_based_compensation", "2009H1")] == Decimal("116400000")


def _checked(tmp_path, text):
    store = Store(":memory:")
    ingest_file(_archive(tmp_path), store)
    result = Checker(store).check(text, day=date(2009, 8, 10))
    return {c.claim.quote: (c.claim.concept, c.verdict.verdict) for c in result.claims}


def test_an_article_names_the_lines(tmp_path):
    text = (
        "Acme Power's first-half revenue rose 6.1 percent to $8.23 billion. The half included a "
        "$455 million impairment of gas and oil properties. Spending on plant construction and "
        "other property additions rose 13 percent to $1.71 billion. Short-term debt nearly "
        "halved to $1.08 billion at June 30 from $2.03 billion at Dec. 31. The one line growing "
        "fast is stock-based pay, which rose to $116.4 million in the half."
    )
    got = _checked(tmp_path, text)
    assert got["$455 million"] == ("asset_impairment_loss", "supported")
    assert got["13 percent"][1] == "supported"
    assert got["13 percent"][0] in ("capex", "capex_total")
    assert got["Short-term debt nearly halved to $1.08 billion"][1] == "supported"
    debt = "Short-term debt nearly halved to $1.08 billion at June 30 from $2.03 billion"
    assert got[debt][1] == "supported"
    (pay,) = [v for q, v in got.items() if q.endswith("$116.4 million")]
    assert pay == ("share_based_compensation", "supported")


def test_a_tax_rate_on_a_component_s_element(tmp_path):
    got = _checked(tmp_path, "Acme Power's second-quarter effective tax rate was 26.8%.")
    assert [v for q, v in got.items() if q.endswith("26.8%")] == [("kpi_tax_rate", "supported")]


def test_fx_is_a_currency():
    text = "By our estimate, FX trimmed roughly $60 million from 2Q sales."
    start = text.index("roughly")
    claim = Claim(
        start, len(text), text[start:], "X", "revenue", None, "2009Q2", "change_abs",
        Decimal("-60000000"), "USD", Decimal("500000"), printed="$60 million",
    )  # fmt: skip
    assert currency_effect(claim, text)


def test_a_utility_segment_in_chinese():
    from caibao.claims.printed_lines import segment_in_english

    names = ["Electric utilities", "Unregulated businesses"]
    assert segment_in_english("受监管的电力业务", names) == "Electric utilities"
    assert segment_in_english("非受监管业务", names) == "Unregulated businesses"
