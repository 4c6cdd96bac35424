"""The press's wording of a US filer's own lines: an article before the words of a printed
name ("a gain on the disposition of assets"), a "Cash proceeds from …" line without its "Cash",
a line the filer names a gain printed negative among its costs, "cost of operations" as the cost
of revenue, and what a figure is said with in brackets after its metric (净销售额（含消费税）).
Made-up company and figures."""

from __future__ import annotations

from datetime import date

from caibao.claims.checker import Checker
from caibao.claims.extract import extract_claims
from caibao.claims.printed_lines import LineNames, forms
from caibao.ingest import ingest_file
from caibao.store import Store
from fsds_archive import fsds_archive

A = "0000000078-09-000078"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "78", "ACME HAULING CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090807",
     "ach-20090630.xml"],
]  # fmt: skip
NUM_HEAD = ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "x"]
PRE_HEAD = ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "neg"]
DIVESTED = "ProceedsFromDivestitureOfBusinessesNetOfCashDivested"
ADDITIONS = "PaymentsToAcquireOilAndGasPropertyAndEquipment"


def _num(tag, ddate, qtrs, value, version="us-gaap/2009"):
    return [A, tag, version, ddate, qtrs, "USD", "", "", value, ""]


def _archive(tmp_path):
    num = [
        NUM_HEAD,
        _num("SalesRevenueNet", "20090630", "1", "2000000000"),
        _num("SalesRevenueNet", "20080630", "1", "800000000"),
        _num("GainOnDispositionOfAssetsNet", "20090630", "1", "-150100000", A),
        _num("GainOnDispositionOfAssetsNet", "20080630", "1", "0", A),
        _num(DIVESTED, "20090630", "2", "424200000"),
        # (tagged negative, as some filers do a payment)
        _num(ADDITIONS, "20090630", "2", "-1433600000"),
        _num(ADDITIONS, "20080630", "2", "-2144800000"),
    ]
    pre = [
        PRE_HEAD,
        [A, "2", "3", "IS", "0", "H", "SalesRevenueNet", "us-gaap/2009", "Revenue", "0"],
        [A, "2", "9", "IS", "0", "H", "GainOnDispositionOfAssetsNet", A,
         "Gain on disposition of assets, net", "0"],
        [A, "4", "34", "CF", "0", "H", DIVESTED, "us-gaap/2009",
         "Cash proceeds from divestitures, net of cash divested", "0"],
        [A, "4", "35", "CF", "0", "H", ADDITIONS, "us-gaap/2009",
         "Additions to Oil and Gas Properties", "0"],
    ]  # fmt: skip
    return fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": num, "pre.txt": pre})


def _checked(tmp_path, text):
    store = Store(":memory:")
    ingest_file(_archive(tmp_path), store)
    result = Checker(store).check(text, day=date(2009, 8, 10))
    return {
        c.claim.printed: (c.claim.concept, c.claim.segment, c.verdict.verdict)
        for c in result.claims
    }


def test_an_article_before_a_printed_name_s_words():
    names = LineNames([("Gain on disposition of assets, net", "filer_line", "Gain")])
    (hit,) = names.named("a $150.1 million gain on the disposition of assets")
    assert hit[2] == ("filer_line", "Gain")


def test_cash_proceeds_are_said_without_cash():
    assert ["proceeds", "from", "divestitures"] in forms(
        "Cash proceeds from divestitures, net of cash divested"
    )
    assert ["dividends", "paid"] not in forms("Cash dividends paid")


def test_a_gain_printed_negative_among_costs_and_proceeds_named_without_cash(tmp_path):
    text = (
        "Acme Hauling said revenue rose to $2.0 billion in the second quarter. The quarter "
        "included a $150.1 million gain on the disposition of assets. In the first half, "
        "proceeds from divestitures added $442.2 million."
    )
    got = _checked(tmp_path, text)
    gain = "Gain on disposition of assets, net"
    assert got["$150.1 million"] == ("filer_line", gain, "supported")
    proceeds = "Cash proceeds from divestitures, net of cash divested"
    assert got["$442.2 million"] == ("filer_line", proceeds, "contradicted")  # 424.2


def _concepts(text: str) -> dict[str, str | None]:
    return {c.printed: c.concept for c in extract_claims(text, "ACME", date(2009, 8, 3))}


def test_cost_of_operations_as_a_share_of_revenue_is_the_cost_ratio():
    got = _concepts("Cost of operations ate up 59.4% of revenue, versus 69.8% a year earlier.")
    assert got["59.4%"] == "operating_cost/revenue"
    assert got["69.8%"] == "operating_cost/revenue"


def test_what_a_figure_is_said_with_in_brackets_is_not_its_metric():
    got = _concepts("ACME二季度净销售额（含消费税）为15.19亿美元，上年同期为10.70亿美元。")
    assert got["15.19亿美元"] == "revenue"
    assert got["10.70亿美元"] == "revenue"


def test_a_gain_on_acquisition_of_business_is_the_press_s_business_combination_gain():
    names = LineNames([("Gain on acquisition of business", "filer_line", "Gain on acquisition")])
    (hit,) = names.named("公司二季度录得2416万美元的企业合并收益")
    assert hit[2] == ("filer_line", "Gain on acquisition")


def test_a_figure_that_evaporated_fell():
    (c,) = [
        c
        for c in extract_claims("ACME二季度天然气收入蒸发近三分之二。", "ACME", date(2009, 8, 7))
        if "三分之二" in c.quote
    ]
    assert c.measure == "change_pct" and c.value < 0


def test_cash_paid_for_income_taxes_in_chinese():
    names = LineNames([("Cash paid for income taxes", "filer_line", "Cash paid for income taxes")])
    for text in ("上半年现金缴纳所得税3.45亿美元", "上半年支付的所得税为3.45亿美元"):
        (hit,) = names.named(text)
        assert hit[2] == ("filer_line", "Cash paid for income taxes")


def test_additions_to_a_line_in_chinese_and_the_change_of_their_size(tmp_path):
    text = "Acme Hauling上半年油气资产新增支出14.34亿美元，同比减少33.2%。"
    got = _checked(tmp_path, text)
    label = "Additions to Oil and Gas Properties"
    assert got["14.34亿美元"] == ("filer_line", label, "supported")
    assert got["33.2%"] == ("filer_line", label, "supported")  # -1,433.6 against -2,144.8


def test_the_revenue_after_net_of_excise_is_net_of_them():
    got = _concepts("扣除消费税后，ACME二季度销售额为10.33亿美元，同比增长16.6%。")
    assert got["10.33亿美元"] == "revenue_net_of_excise"
    assert got["16.6%"] == "revenue_net_of_excise"
    got = _concepts("ACME二季度销售额为10.33亿美元。")
    assert got["10.33亿美元"] == "revenue"


def test_a_change_of_two_printed_rates_given_in_percent_for_points():
    from caibao.claims.own_arithmetic import _internal

    claims = extract_claims(
        "ACME二季度毛利率由上年同期的77.5%降至74.1%，下滑3.4%。", "ACME", date(2009, 9, 7)
    )
    (change,) = [c for c in claims if c.measure == "change_pct"]
    verdict = _internal(change, claims)
    assert verdict is not None and verdict.verdict == "misleading"


def test_a_commodity_s_price_per_unit_is_no_amount_of_the_company():
    got = _concepts("ACME二季度天然气收入4.60亿美元，而天然气现货均价不足4美元/百万英热单位。")
    assert "4.60亿美元" in got
    assert not any(p.startswith("4美元") for p in got)


def test_revenue_net_of_excise_is_the_filers_revenue_where_that_is_already_net():
    from inline_store import checked_claims

    # (a brewer's "Net sales" is net of the excise taxes it prints above them: revenue less those
    # taxes would take them off twice)
    rows = [
        ("revenue", "2024FY", "798900000", "USD", "value", None, "S1"),
        ("excise_taxes", "2024FY", "361900000", "USD", "value", None, "S2"),
    ]
    text = "2024年，样例药业扣除消费税后的净销售额为7.99亿美元。"
    got = checked_claims(rows, text, date(2025, 4, 25))
    assert [(c.claim.concept, c.verdict.verdict) for c in got] == [
        ("revenue_net_of_excise", "supported")
    ]
