"""A US holding company's lines (an insurer with a driller and a pipeline) in a Chinese article:
revenue lines named as losses and filed negative, and a gain-or-loss line said as a cost, given as
their size; a change that carries its
figure's metric word goes with the line that figure was read as; a multiple of the same figure a
year before (是上年同期的5倍多) is of this period's figure; and the lines the data sets give the
filing's way: a per-share line printed under a profit line's words is no profit, "Income (loss)
before income tax" is the pre-tax profit, "Long term debt" the long-term debt. Made-up company
and figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.checker import Checker
from caibao.ingest import ingest_file
from caibao.sources.sec_fsds import read_fsds
from caibao.sources.us_gaap import parts_of
from caibao.store import Store
from fsds_archive import fsds_archive

A = "0000000079-09-000079"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed", "instance"],
    [A, "79", "ACME HOLDINGS CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090806",
     "ach-20090630.xml"],
]  # fmt: skip
NUM_HEAD = ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "x"]
PRE_HEAD = ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "neg"]
OWN = A  # (a filer's own element: its version is the filing's adsh)

# (tag, version, label, {(ddate, qtrs): value})
LINES = [
    ("PremiumsEarnedNet", "us-gaap/2008", "Insurance premiums",
     {("20090630", "1"): "1656", ("20080630", "1"): "1774",
      ("20090630", "2"): "3328", ("20080630", "2"): "3586"}),
    ("NetInvestmentIncomeIncomeStatement", OWN, "Net investment income",
     {("20090630", "1"): "735", ("20080630", "1"): "697",
      ("20090630", "2"): "1182", ("20080630", "2"): "1176"}),
    ("TotalRealizedInvestmentLosses", OWN, "Total investment losses",
     {("20090630", "1"): "-297", ("20080630", "1"): "-111",
      ("20090630", "2"): "-828", ("20080630", "2"): "-162"}),
    ("ContractDrillingsRevenues", OWN, "Contract drilling revenues",
     {("20090630", "1"): "923", ("20080630", "1"): "937",
      ("20090630", "2"): "1779", ("20080630", "2"): "1707"}),
    ("Revenues", "us-gaap/2008", "Total",
     {("20090630", "1"): "3017", ("20080630", "1"): "3297",
      ("20090630", "2"): "5461", ("20080630", "2"): "6307"}),
    ("GainLossOnContractTermination", "us-gaap/2008", "Lease terminations and other",
     {("20090630", "2"): "-888", ("20080630", "2"): "73"}),
    ("IncomeLossBeforeIncomeTax", OWN, "Income (loss) before income tax",
     {("20090630", "2"): "-111", ("20080630", "2"): "1969"}),
    ("NetIncomeLoss", "us-gaap/2008", "Net income (loss) attributable to Acme",
     {("20090630", "1"): "340", ("20080630", "1"): "4963"}),
    ("NetIncomeAttributableToCommonStockIncomeFromContinuingOperations", OWN,
     "Income (loss) from continuing operations",
     {("20090630", "1"): "341", ("20080630", "1"): "511"}),
]  # fmt: skip
PER_SHARE = (
    "IncomeLossFromContinuingOperationsPerDilutedShare",
    "Income (loss) from continuing operations",
)


def _archive(tmp_path):
    eps, eps_label = PER_SHARE
    # (the per-share row first: which row of a period is read first is the data set's order)
    num = [NUM_HEAD, [A, eps, "us-gaap/2008", "20090630", "1", "USD", "", "", "0.78", ""]]
    pre = [PRE_HEAD]
    for line, (tag, version, label, values) in enumerate(LINES, 1):
        pre.append([A, "3", str(line), "IS", "0", "H", tag, version, label, "0"])
        for (ddate, qtrs), value in values.items():
            num.append([A, tag, version, ddate, qtrs, "USD", "", "", value + "000000", ""])
    pre.append([A, "3", "20", "IS", "0", "H", eps, "us-gaap/2008", eps_label, "0"])
    pre.append([A, "1", "1", "BS", "0", "H", "Assets", "us-gaap/2008", "Total assets", "0"])
    pre.append([A, "1", "2", "BS", "0", "H", "LongTermDebt", "us-gaap/2008", "Long term debt", "0"])
    for ddate, assets, debt in (("20090630", "71630", "8647"), ("20081231", "69870", "8187")):
        num.append([A, "Assets", "us-gaap/2008", ddate, "0", "USD", "", "", assets + "000000", ""])
        num.append(
            [A, "LongTermDebt", "us-gaap/2008", ddate, "0", "USD", "", "", debt + "000000", ""]
        )
    elements = [
        ["tag", "version", "custom", "abstract", "datatype", "iord", "crdr", "tlabel", "doc"],
        ["LongTermDebt", "us-gaap/2008", "0", "0", "monetary", "I", "credit", "Long-term Debt", ""],
    ]
    files = {"sub.txt": SUB, "num.txt": num, "pre.txt": pre, "tag.txt": elements}
    return fsds_archive(tmp_path / "2009q3.zip", files)


def _facts(tmp_path):
    (reading,) = list(read_fsds(_archive(tmp_path)))
    return {(f.concept, f.period): f.value for f in reading.facts if f.segment is None}


def test_a_per_share_line_under_a_profit_line_s_words_is_no_profit(tmp_path):
    # ("Income (loss) from continuing operations" under the diluted per-share heading)
    assert _facts(tmp_path)[("np_continuing", "2009Q2")] == Decimal("341000000")


def test_income_before_income_tax_is_the_pre_tax_profit(tmp_path):
    assert _facts(tmp_path)[("total_profit", "2009H1")] == Decimal("-111000000")


def test_long_term_debt_without_its_hyphen(tmp_path):
    assert _facts(tmp_path)[("long_term_debt", "2009-06-30")] == Decimal("8647000000")


def _checked(tmp_path, text):
    store = Store(":memory:")
    ingest_file(_archive(tmp_path), store)
    result = Checker(store).check(text, day=date(2009, 8, 9))
    return {c.claim.printed: (c.claim.segment, c.verdict.verdict) for c in result.claims}


def test_a_change_goes_with_the_line_its_figure_was_read_as(tmp_path):
    # (the line is read by its label, as a segment or, where its label names a concept, as it)
    got = _checked(tmp_path, "Acme Holdings二季度净投资收益7.35亿美元，同比增长5.5%。")
    assert got["7.35亿美元"][1] == "supported"
    assert got["5.5%"] == got["7.35亿美元"]


def test_losses_said_as_their_size_and_as_a_multiple_of_the_year_before(tmp_path):
    got = _checked(
        tmp_path,
        "Acme Holdings二季度总投资损失2.97亿美元。上半年累计投资损失8.28亿美元，是上年同期的5倍多。",
    )
    assert got["2.97亿美元"] == ("Total investment losses", "supported")
    assert got["8.28亿美元"] == ("Total investment losses", "supported")
    assert got["5倍"] == ("Total investment losses", "supported")


def test_a_line_equal_to_the_one_above_is_its_subtotal():
    # an insurer's impairments (-170) and the net of them recognised in earnings (-170) in a
    # year with no part of them in other comprehensive income, then its total investment losses
    lines = [1774, 697, -170, -170, 59, -111, 2, 937, 623]
    assert parts_of([Decimal(v) for v in lines], Decimal(3922)) is not None
    # (two parts of equal size are still two parts where they add up as printed)
    assert parts_of([Decimal(5), Decimal(5), Decimal(3)], Decimal(13)) == set()


def test_a_loss_of_a_gain_or_loss_line_said_as_a_cost(tmp_path):
    # ("Lease terminations and other", filed as a gain or loss element: -888, a charge)
    got = _checked(
        tmp_path, '利润表中"租赁终止及其他"一项转为费用，Acme Holdings上半年累计达8.88亿美元。'
    )
    assert got["8.88亿美元"] == ("Lease terminations and other", "supported")
    got = _checked(tmp_path, "Acme Holdings上半年租赁终止及其他一项录得8.88亿美元。")
    assert got["8.88亿美元"] == ("Lease terminations and other", "contradicted")
