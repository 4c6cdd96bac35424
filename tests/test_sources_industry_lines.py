"""Financial statement data sets: lines of a filer's industry (a health insurer's premiums and
medical costs, a carrier's operating expenses, a bank's provision and its own-element mortgage
banking line), a filer's own copy of a taxonomy element (EPS basic and diluted in one line), a
capital expenditure printed negated, and the industry ratios computed from them. Made-up filings."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal

from caibao.claims.checker import Checker
from caibao.metrics import Metrics
from caibao.sources.sec_fsds import read_fsds
from caibao.sources.us_gaap import label_key
from caibao.store import Store

A = "0000000011-09-000011"
B = "0000000012-09-000012"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "11", "GREATPLAINS HEALTH & RAIL CO", "10-Q", "20090630", "2009", "Q2", "1231", "20090730",
     "gphr-20090630.xml"],
    [B, "12", "PRAIRIE SAVINGS BANCORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090730",
     "psbk-20090630.xml"],
]  # fmt: skip


def _row(adsh, tag, version, ddate, value, qtrs="1"):
    return [adsh, tag, version, ddate, qtrs, "USD", "", "", value, ""]


NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    _row(A, "Revenues", "us-gaap/2009", "20090630", "1000.0000"),
    _row(A, "Revenues", "us-gaap/2009", "20080630", "800.0000"),
    _row(A, "PremiumsEarnedNet", "us-gaap/2009", "20090630", "900.0000"),
    _row(A, "PremiumsEarnedNet", "us-gaap/2009", "20080630", "720.0000"),
    _row(A, "PolicyholderBenefitsAndClaimsIncurredNet", "us-gaap/2009", "20090630", "747.0000"),
    _row(A, "PolicyholderBenefitsAndClaimsIncurredNet", "us-gaap/2009", "20080630", "612.0000"),
    _row(A, "OperatingExpenses", "us-gaap/2009", "20090630", "850.0000"),
    _row(A, "OperatingExpenses", "us-gaap/2009", "20080630", "720.0000"),
    # the filer's own copy of the taxonomy's element, one line for basic and diluted EPS
    _row(A, "EarningsPerShareBasicAndDiluted", A, "20090630", "0.5100"),
    # a payment printed negated in the cash-flow statement
    _row(A, "PaymentsToAcquirePropertyPlantAndEquipment", "us-gaap/2009", "20090630", "-64.0000",
         qtrs="2"),
    _row(B, "ProvisionForOtherCreditLosses", "us-gaap/2009", "20090630", "140.0000"),
    _row(B, "HomeLoanOriginationAndServicingIncome", B, "20090630", "31.0000"),
    _row(B, "LoansAndLeasesReceivableNetOfDeferredIncome", "us-gaap/2009", "20090630", "5000.0000",
         qtrs="0"),
    _row(B, "LoansAndLeasesReceivableAllowance", "us-gaap/2009", "20090630", "120.0000", qtrs="0"),
    _row(B, "Deposits", "us-gaap/2009", "20090630", "6250.0000", qtrs="0"),
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "1", "1", "IS", "0", "H", "Revenues", "us-gaap/2009", "Total revenues", "0"],
    [A, "1", "9", "IS", "0", "H", "EarningsPerShareBasicAndDiluted", A,
     "Earnings per share - basic and diluted", "0"],
    [B, "1", "4", "IS", "0", "H", "HomeLoanOriginationAndServicingIncome", B,
     "Mortgage banking revenue", "0"],
]  # fmt: skip


def _tsv(rows):
    return "".join("\t".join(r) + "\n" for r in rows)


def _archive(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE}.items():
            archive.writestr(name, _tsv(rows))
    return path


def test_industry_lines_own_copies_and_outflows(tmp_path):
    got = {}
    for reading in read_fsds(_archive(tmp_path)):
        for f in reading.facts:
            got[(f.company, f.concept, f.period)] = f
    value = {k: f.value for k, f in got.items()}
    assert value[("GPHR", "premiums_earned", "2009Q2")] == Decimal("900.00")
    assert value[("GPHR", "medical_costs", "2009Q2")] == Decimal("747.00")
    # no cost of sales printed: the operating expenses' total is the total operating costs
    assert value[("GPHR", "total_operating_costs", "2009Q2")] == Decimal("850.00")
    assert value[("GPHR", "eps_basic", "2009Q2")] == Decimal("0.5100")
    assert value[("GPHR", "eps_diluted", "2009Q2")] == Decimal("0.5100")
    capex = got[("GPHR", "capex", "2009H1")]
    assert capex.value == Decimal("64.00") and capex.source.text == "-64.0000"
    assert value[("PSBK", "credit_impairment_loss", "2009Q2")] == Decimal("140.00")
    assert value[("PSBK", "mortgage_banking_revenue", "2009Q2")] == Decimal("31.00")


def test_a_filer_with_cost_of_sales_keeps_its_operating_expenses_apart(tmp_path):
    rows = [
        NUM[0],
        _row(A, "Revenues", "us-gaap/2009", "20090630", "1000.0000"),
        _row(A, "CostOfRevenue", "us-gaap/2009", "20090630", "600.0000"),
        _row(A, "OperatingExpenses", "us-gaap/2009", "20090630", "250.0000"),
    ]
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, r in {"sub.txt": SUB[:2], "num.txt": rows, "pre.txt": PRE[:1]}.items():
            archive.writestr(name, _tsv(r))
    (reading,) = list(read_fsds(path))
    assert "total_operating_costs" not in {f.concept for f in reading.facts}


def test_label_key_drops_a_trailing_note():
    assert label_key("Cost of sales (excludes amortization of acquired intangibles below)") == (
        "cost of sales"
    )
    assert (
        label_key("Collaboration and other revenue (Note 4)") == "collaboration and other revenue"
    )
    assert label_key("Income (loss) before income taxes") == "income before income taxes"


def test_industry_ratios_are_checked_by_their_press_names(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    for reading in read_fsds(_archive(tmp_path)):
        store.add(reading)
    checker = Checker(store)
    text = (
        "Greatplains Health & Rail said its second-quarter medical care ratio was 83.0%, "
        "compared with 85.0% a year earlier, and its operating ratio fell to 85.0% "
        "from 90.0%. Premium revenue climbed 25%."
    )
    res = checker.check(text, day=date(2009, 7, 31))
    verdicts = {(c.claim.concept, c.claim.quote.split()[-1]): c.verdict.verdict for c in res.claims}
    by_concept = {}
    for c in res.claims:
        by_concept.setdefault(c.claim.concept, []).append(c.verdict.verdict)
    assert by_concept.get("medical_cost_ratio") == ["supported", "supported"], verdicts
    assert by_concept.get("operating_ratio") and set(by_concept["operating_ratio"]) == {
        "supported"
    }, verdicts
    assert by_concept.get("premiums_earned") == ["supported"], verdicts


C = "0000000013-09-000013"
SUB_C = [SUB[0], [C, "13", "RIVERBEND POWER & DEVICES INC", "10-Q", "20090630", "2009", "Q2",
                  "1231", "20090730", "rbpd-20090630.xml"]]  # fmt: skip
NUM_C = [
    NUM[0],
    _row(C, "Revenues", "us-gaap/2009", "20090630", "4000000000.0000"),
    _row(C, "CostOfPurchasedPower", "us-gaap/2009", "20090630", "900000000.0000"),
    _row(C, "CostOfPurchasedPower", "us-gaap/2009", "20080630", "1200000000.0000"),
    _row(C, "SettlementsOfCertainSuits", C, "20090630", "250000000.0000"),
    _row(C, "LitigationReserveCurrent", C, "20090630", "400000000.0000", qtrs="0"),
    _row(C, "LitigationReserveNoncurrent", "us-gaap/2009", "20090630", "600000000.0000",
         qtrs="0"),
]  # fmt: skip
PRE_C = [
    PRE[0],
    [C, "1", "1", "IS", "0", "H", "Revenues", "us-gaap/2009", "Revenues", "0"],
    [C, "1", "6", "IS", "0", "H", "SettlementsOfCertainSuits", C, "Certain litigation charges", "0"],
]  # fmt: skip


def test_lines_cas_does_not_print_are_read_and_checked(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB_C, "num.txt": NUM_C, "pre.txt": PRE_C}.items():
            archive.writestr(name, _tsv(rows))
    store = Store(tmp_path / "s.duckdb")
    for reading in read_fsds(path):
        store.add(reading)
    text = (
        "Riverbend Power & Devices said second-quarter purchased power costs fell 25% to $900 million, and it "
        "booked $250 million of litigation charges. Its litigation reserve stood at $1.0 billion "
        "at the end of June."
    )
    res = Checker(store).check(text, day=date(2009, 7, 31))
    got = {(c.claim.concept, c.verdict.verdict) for c in res.claims}
    assert ("purchased_power", "supported") in got, got
    assert ("litigation_charges", "supported") in got, got
    assert ("litigation_reserve", "supported") in got, got
    assert not any(v != "supported" for _, v in got), got


def test_a_retailers_card_lines_and_sga_rate(tmp_path):
    d = "0000000014-09-000014"
    sub = [SUB[0], [d, "14", "BULLSEYE STORES CORP", "10-Q", "20090630", "2009", "Q2", "1231",
                    "20090730", "bull-20090630.xml"]]  # fmt: skip
    num = [
        NUM[0],
        _row(d, "Revenues", "us-gaap/2009", "20090630", "15000000000.0000"),
        _row(d, "SellingGeneralAndAdministrativeExpense", "us-gaap/2009", "20090630",
             "3120000000.0000"),
        _row(d, "CardProgramCosts", d, "20090630", "390000000.0000"),
        _row(d, "CardProgramCosts", d, "20080630", "300000000.0000"),
        _row(d, "LoansAndLeasesReceivableConsumerRevolvingCreditCard", "us-gaap/2009", "20090630",
             "7000000000.0000", qtrs="0"),
    ]  # fmt: skip
    pre = [
        PRE[0],
        [d, "1", "4", "IS", "0", "H", "CardProgramCosts", d, "Credit card expenses", "0"],
    ]
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": sub, "num.txt": num, "pre.txt": pre}.items():
            archive.writestr(name, _tsv(rows))
    store = Store(tmp_path / "s.duckdb")
    for reading in read_fsds(path):
        store.add(reading)
    text = (
        "Bullseye Stores第二季度信用卡费用3.9亿美元，同比增长30%；季末信用卡应收账款70亿美元。"
        "二季度销售及管理费用率为20.8%。"
    )
    res = Checker(store).check(text, day=date(2009, 8, 20))
    got = [(c.claim.concept, c.verdict.verdict) for c in res.claims]
    assert sorted(got) == [
        ("credit_card_expenses", "supported"),
        ("credit_card_expenses", "supported"),
        ("credit_card_receivables", "supported"),
        ("sga_ratio", "supported"),
    ], got


def test_a_banks_ratios_at_the_quarter_end(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    for reading in read_fsds(_archive(tmp_path)):
        store.add(reading)
    text = (
        "Prairie Savings Bancorp ended the second quarter with an allowance-to-loans ratio of "
        "2.4% and a loan-to-deposit ratio of 80%."
    )
    res = Checker(store).check(text, day=date(2009, 7, 31))
    got = sorted((c.claim.concept, c.claim.period, c.verdict.verdict) for c in res.claims)
    assert got == [
        ("allowance_to_loans", "2009-06-30", "supported"),
        ("loan_to_deposit_ratio", "2009-06-30", "supported"),
    ], got


def test_cost_of_goods_is_the_cost_of_the_one_line_of_goods(tmp_path):
    e = "0000000015-09-000015"
    sub = [SUB[0], [e, "15", "HELIX THERAPEUTICS INC", "10-Q", "20090630", "2009", "Q2", "1231",
                    "20090730", "hlx-20090630.xml"]]  # fmt: skip
    num = [NUM[0]]
    for ddate, goods, royalty, cost in (("20090630", "1600", "200", "400"),
                                        ("20080630", "1400", "150", "300")):  # fmt: skip
        num += [
            _row(e, "SalesRevenueGoodsNet", "us-gaap/2009", ddate, goods + "000000.0000"),
            _row(e, "RoyaltyRevenue", "us-gaap/2009", ddate, royalty + "000000.0000"),
            _row(e, "Revenues", "us-gaap/2009", ddate,
                 str(int(goods) + int(royalty)) + "000000.0000"),
            _row(e, "CostOfGoodsSold", "us-gaap/2009", ddate, cost + "000000.0000"),
        ]  # fmt: skip
    pre = [
        PRE[0],
        [e, "2", "1", "IS", "0", "H", "SalesRevenueGoodsNet", "us-gaap/2009", "Product sales", "0"],
        [e, "2", "2", "IS", "0", "H", "RoyaltyRevenue", "us-gaap/2009", "Royalty revenues", "0"],
        [e, "2", "3", "IS", "0", "H", "Revenues", "us-gaap/2009", "Total revenues", "0"],
        [e, "2", "5", "IS", "0", "H", "CostOfGoodsSold", "us-gaap/2009", "Cost of goods sold", "0"],
    ]  # fmt: skip
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": sub, "num.txt": num, "pre.txt": pre}.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    costs = {(f.segment, f.period): f.value for f in reading.facts if f.concept == "operating_cost"}
    assert costs[("Product sales", "2009Q2")] == Decimal("400000000.00")
    assert ("Royalty", "2009Q2") not in costs
    store = Store(tmp_path / "s.duckdb")
    store.add(reading)
    m = Metrics(store, "HLX")
    assert "Product sales" in m.segments("gross_profit")
    margin = m.value("gross_margin", "2009Q2", "Product sales")
    assert round(margin.value, 2) == Decimal("75.00")
