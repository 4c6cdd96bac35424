"""Financial statement data sets: an early filer that gave its per-share amounts the unit
"shares" (a tagging slip of 2009 filers, like "pure"). Made-up filing."""

from __future__ import annotations

import zipfile
from decimal import Decimal

from caibao.sources.sec_fsds import read_fsds

A = "0000000011-09-000011"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "11", "SOFTWEAVE TISSUE CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090806"],
]
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "Revenues", "us-gaap/2009", "20090630", "2", "USD", "", "", "4100.0000", ""],
    [A, "EarningsPerShareBasic", "us-gaap/2009", "20090630", "2", "shares", "", "", "1.4600", ""],
    [A, "EarningsPerShareDiluted", "us-gaap/2009", "20080630", "1", "shares", "", "", "0.7100",
     ""],
    [A, "CommonStockDividendsPerShareCashPaid", "us-gaap/2009", "20090630", "1", "shares", "", "",
     "0.4400", ""],
    [A, "WeightedAverageNumberOfDilutedSharesOutstanding", "us-gaap/2009", "20090630", "1",
     "shares", "", "", "415000000", ""],
]  # fmt: skip


def _tsv(rows):
    return "".join("\t".join(r) + "\n" for r in rows)


def test_per_share_amounts_in_the_unit_shares_are_in_the_filings_currency(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB, "num.txt": NUM, "pre.txt": NUM[:1]}.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period, f.unit): f.value for f in reading.facts}
    assert got[("eps_basic", "2009H1", "USD/share")] == Decimal("1.4600")
    assert got[("eps_diluted", "2008Q2", "USD/share")] == Decimal("0.7100")
    assert got[("dividend_per_share", "2009Q2", "USD/share")] == Decimal("0.4400")
    # a count of shares is no amount of money
    assert not any(u in ("shares", "USD") and v == 415000000 for (_c, _p, u), v in got.items())


B = "0000000012-09-000012"
SUB_B = [SUB[0], [B, "12", "THREADLINE STORES INC", "10-Q", "20090731", "2009", "Q2", "0131",
                  "20090904"]]  # fmt: skip
NUM_B = [
    NUM[0],
    [B, "InventoryFinishedGoods", "us-gaap/2008", "20090731", "0", "USD", "", "", "1210000000", ""],
    [B, "DividendsPaidPerShareOfOurOwn", B, "20090731", "1", "USD", "", "", "0.0900", ""],
]  # fmt: skip
# the taxonomy's element is of a balance at a date ("iord" I)
TAG_B = [["tag", "version", "custom", "abstract", "datatype", "iord", "crdr", "tlabel", "doc"],
         ["InventoryFinishedGoods", "us-gaap/2008", "0", "0", "monetary", "I", "debit",
          "Inventory, Finished Goods", ""]]  # fmt: skip
PRE_B = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [B, "1", "8", "BS", "0", "H", "InventoryFinishedGoods", "us-gaap/2008", "Merchandise inventories",
     "0"],
    [B, "3", "17", "IS", "0", "H", "DividendsPaidPerShareOfOurOwn", B,
     "Cash dividends declared per share", "0"],
]  # fmt: skip


def test_a_retailers_merchandise_inventory_and_own_dividend_line_by_their_labels(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {
            "sub.txt": SUB_B,
            "num.txt": NUM_B,
            "pre.txt": PRE_B,
            "tag.txt": TAG_B,
        }.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period, f.unit): f.value for f in reading.facts}
    assert got[("inventory", "2009-07-31", "USD")] == Decimal("1210000000")
    assert got[("dividend_per_share", "2009Q2", "USD/share")] == Decimal("0.0900")


C = "0000000013-09-000013"
SUB_C = [SUB[0], [C, "13", "LEAFSMOKE HOLDINGS", "10-Q", "20090630", "2009", "Q2", "1231",
                  "20090805"]]  # fmt: skip
NUM_C = [
    NUM[0],
    [C, "SalesRevenueNet", "us-gaap/2008", "20090630", "1", "USD", "", "", "5000000000", ""],
    [C, "ExciseAndSalesTaxes", "us-gaap/2008", "20090630", "1", "USD", "", "", "1500000000", ""],
    [C, "MarketingAdministrationAndResearchCosts", C, "20090630", "1", "USD", "", "", "600000000",
     ""],
]  # fmt: skip
PRE_C = [
    PRE_B[0],
    [C, "2", "5", "IS", "0", "H", "ExciseAndSalesTaxes", "us-gaap/2008", "Excise taxes on products",
     "0"],
    [C, "2", "7", "IS", "0", "H", "MarketingAdministrationAndResearchCosts", C,
     "Marketing, administration and research costs", "0"],
]  # fmt: skip


def test_excise_taxes_and_a_marketing_administration_and_research_line(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB_C, "num.txt": NUM_C, "pre.txt": PRE_C}.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period, f.unit): f.value for f in reading.facts}
    assert got[("excise_taxes", "2009Q2", "USD")] == Decimal("1500000000")
    assert got[("sga_expense", "2009Q2", "USD")] == Decimal("600000000")


def test_excise_tax_words_name_the_excise_taxes():
    from caibao.claims.lexicon import Lexicon

    lexicon = Lexicon()
    for words in ("联邦消费税", "federal excise taxes", "Excise tax"):
        assert lexicon.metric(words).concept == "excise_taxes", words


def test_revenue_with_and_without_its_excise_taxes():
    from caibao.claims.lexicon import Lexicon
    from caibao.metrics.definitions import definitions

    lexicon = Lexicon()
    assert lexicon.metric("营收（含消费税）").concept == "revenue"
    for words in ("扣除消费税后的营收", "revenue excluding excise taxes"):
        assert lexicon.metric(words).concept == "revenue_net_of_excise", words
    assert "revenue_net_of_excise" in definitions()


def test_bare_deposits_name_a_lenders_deposits():
    from caibao.claims.lexicon import Lexicon

    assert Lexicon().metric("存款").concept == "customer_deposits"
