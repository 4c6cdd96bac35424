"""SEC data sets: a bank's or broker's revenue total net of its interest expense and the lines
above it (interest income and expense netted by the net interest income line are no parts);
administrative expenses and long-term borrowings of a filer that prints them only inside one
combined line (selling, general and administrative; long-term debt)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caibao.sources.sec_fsds import read_fsds
from caibao.sources.us_gaap import adds_up, parts_of
from test_sec_revenue_lines import NUM_HEAD, PRE_HEAD, SUB_HEAD, _archive, _filing

G = "us-gaap/2011"
OWN = "0000000009-11-000009"  # the filing's accession number: the version of its own elements


@pytest.mark.parametrize(
    ("lines", "total", "netted"),
    [
        # fees 500 and 300, their subtotal 800, interest income 400 less expense 150 = 250 net
        (["500", "300", "800", "400", "150", "250"], "1050", {3, 4}),
        # three parts, one the difference of the other two: parts as printed, nothing netted
        (["700", "300", "400"], "1400", set()),
        (["900", "400", "500"], "1000", None),  # a net line alone is not the total
    ],
)
def test_parts_of_a_total_net_of_interest_expense(lines, total, netted):
    assert parts_of([Decimal(x) for x in lines], Decimal(total)) == netted
    assert adds_up([Decimal(x) for x in lines], Decimal(total)) is (netted is not None)


def test_a_brokers_net_revenues_and_their_lines(tmp_path):
    """A broker's own 'Total net revenues, net of interest expense' element is its revenue; the
    advisory and brokerage lines above are revenue lines; the interest income and interest
    expense that the net interest line nets are not."""
    pre = [
        ("AdvisoryFees", OWN, "Advisory fees", "0"),
        ("BrokerageCommissions", OWN, "Brokerage commissions", "0"),
        ("InterestAndDividendIncomeOperating", G, "Interest and dividends", "0"),
        ("InterestExpense", G, "Interest expense", "0"),
        ("InterestIncomeExpenseNet", G, "Net interest", "0"),
        ("NetRevenuesNetOfInterest", OWN, "Net revenues, net of interest expense", "0"),
    ]
    num = [
        ("AdvisoryFees", OWN, "20110630", "1", "120.0000"),
        ("BrokerageCommissions", OWN, "20110630", "1", "230.0000"),
        ("InterestAndDividendIncomeOperating", G, "20110630", "1", "90.0000"),
        ("InterestExpense", G, "20110630", "1", "40.0000"),
        ("InterestIncomeExpenseNet", G, "20110630", "1", "50.0000"),
        ("NetRevenuesNetOfInterest", OWN, "20110630", "1", "400.0000"),
    ]
    reading, _ = _filing(tmp_path, pre, num)
    got = {(f.period, f.segment): f.value for f in reading.facts if f.concept == "revenue"}
    assert got == {
        ("2011Q2", None): Decimal("400.00"),
        ("2011Q2", "Advisory fees"): Decimal("120.00"),
        ("2011Q2", "Brokerage commissions"): Decimal("230.00"),
        ("2011Q2", "Net interest"): Decimal("50.00"),
    }


def test_administrative_expenses_inside_one_combined_line(tmp_path):
    """A filer printing one 'Marketing and administrative' line has no administrative expenses
    apart: that line is them (and its long-term debt its long-term borrowings). A filer that
    prints its selling expenses apart has no such line for them."""
    num = [
        ("SellingGeneralAndAdministrativeExpense", G, "20110630", "1", "310.0000"),
        ("LongTermDebtNoncurrent", G, "20110630", "0", "2500.0000"),
    ]
    reading, _ = _filing(tmp_path, [], num)
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("admin_expense", "2011Q2")] == got[("sga_expense", "2011Q2")] == Decimal("310.00")
    assert got[("long_term_borrowings", "2011-06-30")] == Decimal("2500.00")
    admin = next(f for f in reading.facts if f.concept == "admin_expense")
    assert "SellingGeneralAndAdministrativeExpense" in admin.source.row_label

    num.append(("SellingAndMarketingExpense", G, "20110630", "1", "200.0000"))
    reading, _ = _filing(tmp_path, [], num)
    assert "admin_expense" not in {f.concept for f in reading.facts}

    num.append(("GeneralAndAdministrativeExpense", G, "20110630", "1", "80.0000"))
    reading, _ = _filing(tmp_path, [], num)
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("admin_expense", "2011Q2")] == Decimal("80.00")


def test_a_banks_lines_and_balances(tmp_path):
    """A bank's net interest income, noninterest income and expense (its operating costs too),
    loans before the allowance, the allowance and its deposits; Kraft-style interest and debt
    expense is its interest expense."""
    num = [
        ("InterestIncomeExpenseNet", G, "20110630", "1", "640.0000"),
        ("NoninterestIncome", G, "20110630", "1", "410.0000"),
        ("NoninterestExpense", G, "20110630", "1", "700.0000"),
        ("LoansAndLeasesReceivableNetOfDeferredIncome", G, "20110630", "0", "52000.0000"),
        ("LoansAndLeasesReceivableAllowance", G, "20110630", "0", "1300.0000"),
        ("Deposits", G, "20110630", "0", "61000.0000"),
        ("InterestAndDebtExpense", G, "20110630", "1", "45.0000"),
        ("IncomeLossFromDiscontinuedOperationsNetOfTax", G, "20110630", "1", "12.0000"),
    ]
    reading, _ = _filing(tmp_path, [], num)
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("net_interest_income", "2011Q2")] == Decimal("640.00")
    assert got[("noninterest_income", "2011Q2")] == Decimal("410.00")
    assert got[("noninterest_expense", "2011Q2")] == Decimal("700.00")
    assert got[("total_operating_costs", "2011Q2")] == Decimal("700.00")
    assert got[("loans", "2011-06-30")] == Decimal("52000.00")
    assert got[("loan_loss_allowance", "2011-06-30")] == Decimal("1300.00")
    assert got[("customer_deposits", "2011-06-30")] == Decimal("61000.00")
    assert got[("interest_expense", "2011Q2")] == Decimal("45.00")
    assert got[("np_discontinued", "2011Q2")] == Decimal("12.00")


@pytest.mark.parametrize(
    ("text", "concept", "value"),
    [
        ("Net interest income climbed to $640 million.", "net_interest_income", "640000000"),
        ("Non-interest income slipped to $410 million.", "noninterest_income", "410000000"),
        ("Noninterest expenses were $700 million.", "noninterest_expense", "700000000"),
        # (losses in the name of the allowance make no negative figure)
        ("The allowance for loan losses stood at $1.3 billion.", "loan_loss_allowance",
         "1300000000"),
        ("Total deposits grew to $61 billion.", "customer_deposits", "61000000000"),
        ("吸收存款增至610亿美元", "customer_deposits", "61000000000"),
    ],
)  # fmt: skip
def test_a_banks_lines_in_the_press(text, concept, value):
    from caibao.claims.extract import extract_claims

    (claim,) = [c for c in extract_claims(text, "ACME", date(2011, 8, 5)) if c.measure == "value"]
    assert (claim.concept, claim.value) == (concept, Decimal(value))


def test_lines_a_filer_prints_as_its_own_elements(tmp_path):
    """A filer's own elements for its R&D ('Research, development and related expenses'), its
    net interest expense, its SG&A and its restructuring charges, by their printed labels; the
    taxonomy's depreciation and amortization."""
    pre = [
        ("ResearchDevelopmentAndRelated", OWN, "Research, development and related expenses", "0"),
        ("InterestExpenseNetOwn", OWN, "Interest expense, net", "0"),
        ("SgaOwn", OWN, "Selling, general and administrative", "0"),
        ("RestructuringOwn", OWN, "Restructuring costs", "0"),
        ("DepreciationAndAmortization", G, "Depreciation and amortization", "0"),
    ]
    num = [
        ("ResearchDevelopmentAndRelated", OWN, "20110630", "1", "309.0000"),
        ("InterestExpenseNetOwn", OWN, "20110630", "1", "55.0000"),
        ("SgaOwn", OWN, "20110630", "1", "1200.0000"),
        ("RestructuringOwn", OWN, "20110630", "1", "37.0000"),
        ("DepreciationAndAmortization", G, "20110630", "1", "410.0000"),
    ]
    reading, _ = _filing(tmp_path, pre, num)
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("rd_expense", "2011Q2")] == Decimal("309.00")
    assert got[("interest_expense", "2011Q2")] == Decimal("55.00")
    assert got[("sga_expense", "2011Q2")] == Decimal("1200.00")
    assert got[("restructuring_charges", "2011Q2")] == Decimal("37.00")
    assert got[("depreciation_amortization", "2011Q2")] == Decimal("410.00")


@pytest.mark.parametrize(
    ("text", "concept", "value"),
    [
        ("Depreciation and amortization rose to $410 million.", "depreciation_amortization",
         "410000000"),
        ("折旧及摊销为4.10亿美元", "depreciation_amortization", "410000000"),
        ("Restructuring charges were $37 million.", "restructuring_charges", "37000000"),
        ("重组费用0.37亿美元", "restructuring_charges", "37000000"),
        ("Interest and other expense eased to $312 million.", "interest_expense", "312000000"),
        ("Income from discontinued operations was $69 million.", "np_discontinued", "69000000"),
    ],
)  # fmt: skip
def test_depreciation_and_restructuring_in_the_press(text, concept, value):
    test_a_banks_lines_in_the_press(text, concept, value)


def test_whole_equity_and_a_cash_flow_add_back_as_own_elements(tmp_path):
    """A filer with non-controlling interests that prints its whole equity as its own 'Total
    equity' element: that is its total equity (assets = liabilities + it); its depreciation
    printed only as the cash-flow statement's own add-back is its depreciation."""
    a = "0000000009-11-000009"
    rows = [
        ("BS", "StockholdersEquity", G, "Total Example stockholders' equity", "20110630", "0", "900"),
        ("BS", "MinorityInterest", G, "Noncontrolling interests", "20110630", "0", "100"),
        ("BS", "TotalEquityOwn", OWN, "Total equity", "20110630", "0", "1000"),
        ("CF", "DepreciationOwn", OWN, "Depreciation and amortization", "20110630", "2", "75"),
    ]  # fmt: skip
    sub = [SUB_HEAD, [a, "9", "EXAMPLE KITCHENS INC", "10-Q", "20110630", "2011", "Q2", "1231",
                      "exk.xml"]]  # fmt: skip
    num = [NUM_HEAD] + [[a, t, v, d, q, "USD", "", "", x, ""] for _, t, v, _, d, q, x in rows]
    pre = [PRE_HEAD] + [[a, "2", str(i), s, "0", "H", t, v, label, "0"]
                        for i, (s, t, v, label, *_) in enumerate(rows, 1)]  # fmt: skip
    files = {"sub.txt": sub, "num.txt": num, "pre.txt": pre}
    (reading,) = read_fsds(_archive(tmp_path / "2011q3.zip", files))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("total_equity", "2011-06-30")] == Decimal("1000.00")
    assert got[("equity_parent", "2011-06-30")] == Decimal("900.00")
    assert got[("depreciation_amortization", "2011H1")] == Decimal("75.00")


def test_an_unmapped_taxonomy_element_printed_as_the_whole_line(tmp_path):
    """A utility's UtilityRevenue printed as 'Operating revenues' is its revenue (the lines above
    it its revenue lines); a balance element printed under a flow's label is not that flow."""
    pre = [
        ("ElectricUtilityRevenue", G, "Electric", "0"),
        ("GasDomesticRegulatedRevenue", G, "Gas", "0"),
        ("UtilityRevenue", G, "Operating revenues", "0"),
        ("InterestExpenseDebt", G, "Interest expense", "0"),
    ]
    num = [
        ("ElectricUtilityRevenue", G, "20110630", "1", "700.0000"),
        ("GasDomesticRegulatedRevenue", G, "20110630", "1", "300.0000"),
        ("UtilityRevenue", G, "20110630", "1", "1000.0000"),
        ("InterestExpenseDebt", G, "20110630", "1", "60.0000"),
    ]
    reading, _ = _filing(tmp_path, pre, num)
    got = {(f.concept, f.period, f.segment): f.value for f in reading.facts}
    assert got[("revenue", "2011Q2", None)] == Decimal("1000.00")
    assert got[("revenue", "2011Q2", "Electric")] == Decimal("700.00")
    assert got[("interest_expense", "2011Q2", None)] == Decimal("60.00")
    total = next(f for f in reading.facts if f.concept == "revenue" and f.segment is None)
    assert total.source.row_label == "Operating revenues [us-gaap:UtilityRevenue]"

    # two lines so named (manufacturing and finance 'Revenues', no total): neither is the whole
    pre = [("SalesRevenueGoodsNet", G, "Revenues", "0"),
           ("FinancialServicesRevenue", G, "Revenues", "0")]  # fmt: skip
    num = [("SalesRevenueGoodsNet", G, "20110630", "1", "800.0000"),
           ("FinancialServicesRevenue", G, "20110630", "1", "90.0000")]  # fmt: skip
    reading, _ = _filing(tmp_path, pre, num)
    assert {f.value for f in reading.facts if f.concept == "revenue"} == {Decimal("800.00")}


def test_a_banks_revenue_efficiency_ratio_and_preferred_dividends():
    """A bank that prints no revenue total: its revenue is net interest income plus noninterest
    income, its efficiency ratio noninterest expense over that; preferred dividends printed only
    as the gap between net income and the income applicable to common stock."""
    from caibao.metrics import Metrics
    from inline_store import inline_store

    rows = [
        ("net_interest_income", "2011Q2", "640"),
        ("noninterest_income", "2011Q2", "410"),
        ("noninterest_expense", "2011Q2", "700"),
        ("np_parent", "2011Q2", "300"),
        ("np_common", "2011Q2", "260"),
    ]
    store = inline_store([(c, p, v, "USD", "value", None, "IS") for c, p, v in rows], "BNK", "Bank")
    try:
        # (one engine, revenue asked first: the ratio met while working revenue out, its
        # revenue cut off as a loop, is not remembered as missing)
        metrics = Metrics(store, "BNK")
        assert metrics.value("revenue", "2011Q2").value == Decimal("1050")
        ratio = metrics.value("efficiency_ratio", "2011Q2")
        assert round(ratio.value, 2) == Decimal("66.67")
        assert metrics.value("preferred_dividends", "2011Q2").value == Decimal("40")
    finally:
        store.close()


def test_investment_income_net_below_operating_income(tmp_path):
    """'Investment income' tagged InvestmentIncomeNet (interest and dividends below operating
    income) is the filer's investment income."""
    pre = [("InvestmentIncomeNet", G, "Investment income", "0")]
    num = [("InvestmentIncomeNet", G, "20110630", "1", "31.3000")]
    reading, _ = _filing(tmp_path, pre, num)
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("investment_income", "2011Q2")] == Decimal("31.30")


def test_a_line_printed_blank_in_one_period_leaves_its_subtotal_standing(tmp_path):
    """An insurer prints total impairment losses, the portion moved to other comprehensive
    income and the net impairment losses under them; the year before, the portion is a dash, so
    the net line repeats the total line: it is their subtotal, and that year's lines are still
    revenue lines (premiums, fees)."""
    pre = [
        ("PremiumsEarnedNet", G, "Net earned premiums", "0"),
        ("TotalImpairmentLosses", OWN, "Total impairment losses", "0"),
        ("PortionInOci", OWN, "Portion of loss recognized in other comprehensive loss", "0"),
        ("NetImpairmentLosses", OWN, "Net impairment losses recognized in earnings", "0"),
        ("OtherIncome", G, "Fees and other income", "0"),
        ("Revenues", G, "Total revenues", "0"),
    ]
    num = [
        ("PremiumsEarnedNet", G, "20110630", "1", "900.0000"),
        ("TotalImpairmentLosses", OWN, "20110630", "1", "-8.0000"),
        ("PortionInOci", OWN, "20110630", "1", "4.0000"),
        ("NetImpairmentLosses", OWN, "20110630", "1", "-4.0000"),
        ("OtherIncome", G, "20110630", "1", "204.0000"),
        ("Revenues", G, "20110630", "1", "1100.0000"),
        ("PremiumsEarnedNet", G, "20100630", "1", "950.0000"),
        ("TotalImpairmentLosses", OWN, "20100630", "1", "-30.0000"),
        ("NetImpairmentLosses", OWN, "20100630", "1", "-30.0000"),
        ("OtherIncome", G, "20100630", "1", "80.0000"),
        ("Revenues", G, "20100630", "1", "1000.0000"),
    ]
    reading, _ = _filing(tmp_path, pre, num)
    got = {(f.period, f.segment): f.value for f in reading.facts if f.concept == "revenue"}
    assert got[("2010Q2", "Fees and other income")] == Decimal("80.00")
    assert got[("2010Q2", "Net impairment losses recognized in earnings")] == Decimal("-30.00")
    assert ("2010Q2", "Portion of loss recognized in other comprehensive loss") not in got
    assert got[("2011Q2", "Fees and other income")] == Decimal("204.00")
