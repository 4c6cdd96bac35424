"""SEC data sets: the lines an income statement prints above its revenue total read as revenue
segments when they add up to it; standard elements of software R&D, long-term debt, deferred
revenue; net income available to common stock as the parent's when no preferred dividends; the
names of fiscal years."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal

import pytest

from caibao.claims.lexicon import Lexicon
from caibao.sources.sec_fsds import read_fsds
from caibao.sources.us_gaap import adds_up, fiscal_year_name, line_name

SUB_HEAD = ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "instance"]
NUM_HEAD = ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "note"]
PRE_HEAD = ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel",
            "negating"]  # fmt: skip


def _archive(path, members):
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in members.items():
            archive.writestr(name, "".join("\t".join(r) + "\n" for r in rows))
    return path


@pytest.mark.parametrize(
    ("lines", "total", "expected"),
    [
        (["700", "300"], "1000", True),
        # a subtotal of the two lines above it, then a third line
        (["200", "500", "700", "300"], "1000", True),
        (["700", "299"], "1000", False),
        (["1000"], "1000", False),  # one line is the total again, not a part
        # lines that are not all parts: net interest income after interest expense
        (["900", "400", "500"], "1000", False),
    ],
)
def test_adds_up(lines, total, expected):
    assert adds_up([Decimal(x) for x in lines], Decimal(total)) is expected


@pytest.mark.parametrize(
    ("lines", "total", "expected"),
    [
        # amounts rounded to the unit: three parts and the total, each off by up to half a unit
        (["13479", "9198", "574"], "23250", True),
        (["4100", "2950", "7049", "7050"], "14100", True),  # a subtotal off by its rounding
        (["700", "296"], "1000", False),  # more than the rounding can explain
    ],
)
def test_adds_up_to_the_rounding(lines, total, expected):
    assert adds_up([Decimal(x) for x in lines], Decimal(total), Decimal(1)) is expected
    assert not adds_up([Decimal(x) for x in lines], Decimal(total))


def _filing(tmp_path, pre_rows, num_rows, fy="2011", fp="Q2", fye="1231", period="20110630"):
    a = "0000000009-11-000009"
    sub = [SUB_HEAD, [a, "9", "EXAMPLE KITCHENS INC", "10-Q", period, fy, fp, fye, "exk.xml"]]
    num = [NUM_HEAD] + [[a, tag, ver, ddate, q, "USD", "", "", v, ""] for tag, ver, ddate, q, v in
                        num_rows]  # fmt: skip
    pre = [PRE_HEAD] + [[a, "3", str(i), "IS", "0", "H", tag, ver, label, neg]
                        for i, (tag, ver, label, neg) in enumerate(pre_rows, 1)]  # fmt: skip
    files = {"sub.txt": sub, "num.txt": num, "pre.txt": pre}
    (reading,) = read_fsds(_archive(tmp_path / "2011q3.zip", files))
    return reading, a


def test_lines_above_the_revenue_total_are_its_segments(tmp_path):
    """Meals sold in the filer's own diners and fees from licensed diners, printed above total
    revenues and adding up to it, are revenue of two lines; an 'Other revenues' line counts in
    the sum but names nothing; a period where they do not add up gives no segment."""
    g = "us-gaap/2011"
    pre = [
        ("SalesRevenueGoodsNet", g, "Meals sold in owned diners", "0"),
        ("LicenseFeesFromDiners", "own", "Fees from licensed diners", "0"),
        ("OtherSalesRevenueNet", g, "Other revenues", "0"),
        ("Revenues", g, "Total revenues", "0"),
        ("CostOfRevenue", g, "Cost of meals", "0"),
    ]
    num = [
        ("SalesRevenueGoodsNet", g, "20110630", "1", "610.0000"),
        ("LicenseFeesFromDiners", "own", "20110630", "1", "380.0000"),
        ("OtherSalesRevenueNet", g, "20110630", "1", "10.0000"),
        ("Revenues", g, "20110630", "1", "1000.0000"),
        ("CostOfRevenue", g, "20110630", "1", "400.0000"),
        # the year before: the lines miss the total by 5
        ("SalesRevenueGoodsNet", g, "20100630", "1", "600.0000"),
        ("LicenseFeesFromDiners", "own", "20100630", "1", "390.0000"),
        ("Revenues", g, "20100630", "1", "995.0000"),
    ]
    adsh = "0000000009-11-000009"
    pre = [(t, adsh if v == "own" else v, label, neg) for t, v, label, neg in pre]
    num = [(t, adsh if v == "own" else v, d, q, x) for t, v, d, q, x in num]
    reading, _ = _filing(tmp_path, pre, num)
    got = {(f.period, f.segment): f.value for f in reading.facts if f.concept == "revenue"}
    assert got == {
        ("2011Q2", None): Decimal("1000.00"),
        ("2011Q2", "Meals sold in owned diners"): Decimal("610.00"),
        ("2011Q2", "Fees from licensed diners"): Decimal("380.00"),
        ("2010Q2", None): Decimal("995.00"),
    }
    fees = next(f for f in reading.facts if f.segment == "Fees from licensed diners")
    assert fees.source.row_label == "Fees from licensed diners [own:LicenseFeesFromDiners]"
    assert fees.source.table == "XBRL income statement"


def test_a_line_printed_under_the_totals_label_names_no_segment(tmp_path):
    """Sales of goods printed "Net sales" above "Net sales, related party" and a "Net sales"
    total: the press's net sales are the total's, so that line is no segment of its own (the
    related-party line still is) and carries no cost of goods."""
    g = "us-gaap/2011"
    pre = [
        ("SalesRevenueGoodsNet", g, "Net sales", "0"),
        ("RevenueFromRelatedParties", g, "Net sales, related party", "0"),
        ("SalesRevenueNet", g, "Net sales", "0"),
        ("CostOfGoodsSold", g, "Cost of products sold", "0"),
    ]
    num = [
        ("SalesRevenueGoodsNet", g, "20110630", "1", "900.0000"),
        ("RevenueFromRelatedParties", g, "20110630", "1", "100.0000"),
        ("SalesRevenueNet", g, "20110630", "1", "1000.0000"),
        ("CostOfGoodsSold", g, "20110630", "1", "600.0000"),
    ]
    reading, _ = _filing(tmp_path, pre, num)
    got = {(f.concept, f.segment): f.value for f in reading.facts if f.concept == "revenue"}
    assert got == {
        ("revenue", None): Decimal("1000.00"),
        ("revenue", "Net sales, related party"): Decimal("100.00"),
    }
    assert not [f for f in reading.facts if f.concept == "operating_cost" and f.segment]


def test_a_deduction_above_the_total_is_no_breakdown(tmp_path):
    """Gross sales less excise taxes (a line printed negated) are not parts of net revenue."""
    g = "us-gaap/2011"
    pre = [
        ("SalesRevenueGoodsGross", g, "Gross sales", "0"),
        ("ExciseAndSalesTaxes", g, "Excise taxes", "1"),
        ("SalesRevenueNet", g, "Net sales", "0"),
    ]
    num = [
        ("SalesRevenueGoodsGross", g, "20110630", "1", "1100.0000"),
        ("ExciseAndSalesTaxes", g, "20110630", "1", "100.0000"),
        ("SalesRevenueNet", g, "20110630", "1", "1000.0000"),
    ]
    reading, _ = _filing(tmp_path, pre, num)
    assert not [f for f in reading.facts if f.segment and f.concept == "revenue"]


def test_standard_elements_of_software_rd_debt_and_deferred_revenue(tmp_path):
    """A software filer's R&D element, its non-current notes and current deferred revenue; the
    net income it prints only as available to common stock, with no preferred dividends, is the
    parent's net income (with preferred dividends it would not be)."""
    g = "us-gaap/2011"
    num = [
        ("ResearchAndDevelopmentExpenseSoftwareExcludingAcquiredInProcessCost", g, "20110630",
         "1", "70.0000"),
        ("LongTermNotesPayable", g, "20110630", "0", "900.0000"),
        ("DeferredRevenueCurrent", g, "20110630", "0", "260.0000"),
        ("NetIncomeLossAvailableToCommonStockholdersBasic", g, "20110630", "1", "120.0000"),
    ]  # fmt: skip
    reading, _ = _filing(tmp_path, [], num)
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("rd_expense", "2011Q2")] == Decimal("70.00")
    assert got[("long_term_debt", "2011-06-30")] == Decimal("900.00")
    assert got[("deferred_revenue", "2011-06-30")] == Decimal("260.00")
    assert got[("np_parent", "2011Q2")] == got[("np_common", "2011Q2")] == Decimal("120.00")

    num.append(("PreferredStockDividendsIncomeStatementImpact", g, "20110630", "1", "5.0000"))
    reading, _ = _filing(tmp_path, [], num)
    assert "np_parent" not in {f.concept for f in reading.facts}


@pytest.mark.parametrize(
    ("year_end", "filed", "name"),
    [
        ("2012-03-31", 2011, 2012),  # a March year is named for the year it ends in
        ("2012-02-29", 2011, 2012),
        ("2011-05-31", 2011, 2011),
        ("2011-09-24", None, 2011),
        ("2011-01-01", 2011, 2010),  # 52 weeks ended on the Saturday nearest 31 December
        ("2012-01-31", 2011, 2011),  # a January year: the filer's own name, either year
        ("2012-01-31", 2012, 2012),
        ("2012-02-04", 2011, 2011),
        ("2012-01-31", None, 2012),
        ("2012-01-31", 2008, 2012),  # neither year: the year it ends in
    ],
)
def test_fiscal_year_name(year_end, filed, name):
    assert fiscal_year_name(date.fromisoformat(year_end), filed) == name


def test_a_march_year_quarter_is_named_for_the_year_it_ends_in(tmp_path):
    """The data sets' fy of a filer whose year ends in March may be the year it starts in: the
    quarter to June 2011 is the first of the fiscal year ending March 2012, fiscal 2012."""
    g = "us-gaap/2011"
    num = [
        ("Revenues", g, "20110630", "1", "500.0000"),
        ("Revenues", g, "20100630", "1", "450.0000"),
        ("Assets", g, "20110331", "0", "9000.0000"),
    ]
    reading, _ = _filing(tmp_path, [], num, fy="2011", fp="Q1", fye="0331")
    assert reading.document.period == "2012Q1"
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got == {
        ("revenue", "2012Q1"): Decimal("500.00"),
        ("revenue", "2011Q1"): Decimal("450.00"),
        ("total_assets", "2011-03-31"): Decimal("9000.00"),
    }


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Its long-term debt fell to $4.1 billion at the end of March.", "long_term_debt"),
        ("long-term notes payable were $2 billion", "long_term_debt"),
        ("Unearned revenue climbed 9% to $812 million.", "deferred_revenue"),
        ("递延收入较年初增长12%", "deferred_revenue"),
        ("notes payable rose to $3 million", "notes_payable"),  # a bill, not long-term debt
    ],
)
def test_words_of_the_new_balance_lines(text, concept):
    lexicon = Lexicon()
    found = lexicon.metrics_re.search(text)
    assert lexicon.metric(found.group(0)).concept == concept


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Hardware revenues", "Hardware"),
        ("Subscription and support revenue", "Subscription and support"),
        ("Net revenues", "Net revenues"),  # nothing but a generic word left
        ("Revenues", "Revenues"),
        ("Membership and other income", "Membership and other income"),
    ],
)
def test_a_revenue_line_is_named_without_the_word_revenue(label, name):
    assert line_name(label) == name


def test_own_pre_tax_income_and_minority_share_by_their_labels(tmp_path):
    """A filer's own pre-tax income element printed as "Income before income taxes" is its
    pre-tax income; its own minority line keeps the parent's net income from standing in for
    the consolidated one."""
    g = "us-gaap/2011"
    adsh = "0000000009-11-000009"
    pre = [
        ("PretaxIncome", adsh, "Income before income taxes", "0"),
        ("IncomeTaxExpenseBenefit", g, "Provision for income taxes", "0"),
        ("MinorityShare", adsh, "Less: net income attributable to noncontrolling interests", "0"),
        ("NetIncomeLoss", g, "Net income attributable to the company", "0"),
    ]
    num = [
        ("PretaxIncome", adsh, "20110630", "1", "150.0000"),
        ("IncomeTaxExpenseBenefit", g, "20110630", "1", "40.0000"),
        ("MinorityShare", adsh, "20110630", "1", "10.0000"),
        ("NetIncomeLoss", g, "20110630", "1", "100.0000"),
    ]
    reading, _ = _filing(tmp_path, pre, num)
    got = {f.concept: f.value for f in reading.facts if f.period == "2011Q2"}
    assert got["total_profit"] == Decimal("150.00")
    assert got["minority_profit"] == Decimal("10.00")
    assert got["np_parent"] == Decimal("100.00")
    assert "net_profit" not in got  # 110 consolidated: not printed, and not the parent's 100
