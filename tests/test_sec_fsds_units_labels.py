"""Financial statement data sets: an early filer's per-share amounts in the unit "pure", a
filer's own pre-tax element under a "(loss)" label, and equity-method income. Made-up filings."""

from __future__ import annotations

import zipfile
from decimal import Decimal

from caibao.sources.sec_fsds import read_fsds
from caibao.sources.us_gaap import label_key

A = "0000000009-09-000009"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "9", "FIZZWELL BEVERAGE CO", "10-Q", "20090630", "2009", "Q2", "1231", "20090730"],
]
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "Revenues", "us-gaap/2009", "20090630", "1", "USD", "", "", "900.0000", ""],
    [A, "EarningsPerShareDiluted", "us-gaap/2009", "20090630", "1", "pure", "", "", "0.7700", ""],
    [A, "CommonStockDividendsPerShareDeclared", "us-gaap/2009", "20090630", "1", "pure", "", "",
     "0.2100", ""],
    [A, "IncomeLossFromEquityMethodInvestments", "us-gaap/2009", "20090630", "1", "USD", "", "",
     "-55.0000", ""],
    [A, "IncomeLossBeforeTaxesOfOurOwn", A, "20090630", "1", "USD", "", "", "300.0000", ""],
    [A, "OperatingExpenses", "us-gaap/2009", "20090630", "1", "USD", "", "", "250.0000", ""],
    [A, "SharesOutstandingRatio", "us-gaap/2009", "20090630", "1", "pure", "", "", "4.0000", ""],
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "1", "1", "IS", "0", "H", "Revenues", "us-gaap/2009", "Revenues", "0"],
    [A, "1", "5", "IS", "0", "H", "IncomeLossBeforeTaxesOfOurOwn", A,
     "Income/(Loss) before income taxes", "0"],
]  # fmt: skip


def _tsv(rows):
    return "".join("\t".join(r) + "\n" for r in rows)


def test_pure_per_share_amounts_own_pretax_element_and_equity_income(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE}.items():
            archive.writestr(name, _tsv(rows))
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period, f.unit): f.value for f in reading.facts}
    assert got[("eps_diluted", "2009Q2", "USD/share")] == Decimal("0.7700")
    assert got[("dividend_per_share", "2009Q2", "USD/share")] == Decimal("0.2100")
    assert got[("investment_income_associates", "2009Q2", "USD")] == Decimal("-55.00")
    assert got[("total_profit", "2009Q2", "USD")] == Decimal("300.00")
    assert got[("operating_expenses", "2009Q2", "USD")] == Decimal("250.00")
    assert not any(u == "pure" for _c, _p, u in got)  # a ratio in "pure" is no amount


def test_label_key_drops_the_alternative_word():
    for label in (
        "Income/(Loss) before income taxes",
        "(Loss) income before income taxes",
        "Income (loss)  before income taxes",
        "INCOME BEFORE INCOME TAXES",
    ):
        assert label_key(label) == "income before income taxes", label
    assert label_key("Operating income/(loss)") == "operating income"
    got = label_key("Income (loss) before income tax expense (benefit)")
    assert got == "income before income tax expense"


def test_dividends_declared_per_share_name_the_per_share_line():
    from caibao.claims.lexicon import Lexicon

    lexicon = Lexicon()
    for words in ("Dividends declared per share", "dividend paid per share"):
        assert lexicon.metric(words).concept == "dividend_per_share", words
    # bare operating expenses are those below gross profit, not the total costs and expenses
    assert lexicon.metric("Operating expenses").concept == "operating_expenses"
    assert lexicon.metric("total costs and expenses").concept == "total_operating_costs"
