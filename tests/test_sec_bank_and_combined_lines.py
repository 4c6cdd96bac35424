"""SEC data sets: a bank's or broker's revenue total net of its interest expense and the lines
above it (interest income and expense netted by the net interest income line are no parts);
administrative expenses and long-term borrowings of a filer that prints them only inside one
combined line (selling, general and administrative; long-term debt)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from caibao.sources.us_gaap import adds_up, parts_of
from test_sec_revenue_lines import _filing

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
