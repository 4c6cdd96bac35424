"""One earnings per share, basic and diluted alike, printed as a filer's own element ("Earnings per
Common Share - Basic and Diluted"): the figure an article's earnings per share not called either
is judged by, supported or contradicted."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.sources.sec_fsds import read_fsds
from fsds_archive import fsds_archive
from inline_store import checked_claims

A = "0000000012-09-000012"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "12", "RIVERTON UTILITIES CORP", "10-Q", "20090630", "2009", "Q2", "1231", "20090810"],
]
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "Revenues", "us-gaap/2009", "20090630", "1", "USD", "", "", "900.0000", ""],
    [A, "BasicDilutedEarningsPerShareNetIncome", A, "20090630", "1", "USD", "", "", "0.7700", ""],
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "1", "1", "IS", "0", "H", "Revenues", "us-gaap/2009", "Revenues", "0"],
    [A, "1", "2", "IS", "0", "H", "BasicDilutedEarningsPerShareNetIncome", A,
     "Earnings per Common Share - Basic and Diluted", "0"],
]  # fmt: skip


def test_an_own_basic_and_diluted_element_is_the_diluted_figure(tmp_path):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE})
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period, f.unit): f.value for f in reading.facts}
    assert got[("eps_diluted", "2009Q2", "USD/share")] == Decimal("0.7700")


_ROWS = [
    ("eps_diluted", "2024FY", "0.77", "CNY/share", "value", None, "IS"),
    ("eps_diluted", "2023FY", "0.98", "CNY/share", "value", None, "IS"),
]


def test_earnings_per_share_not_called_either_is_judged_by_the_only_one_printed():
    text = "样例药业2024年每股收益为0.77元，上年为0.89元。"
    claims = checked_claims(_ROWS, text, date(2025, 4, 25))
    got = {c.claim.printed: c.verdict.verdict for c in claims}
    assert got == {"0.77元": "supported", "0.89元": "contradicted"}
