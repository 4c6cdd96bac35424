"""A filer with minority interests prints the result of its discontinued operations twice: in all
and, in its "Amounts attributable to" block, the parent's share. Both are read, and an article's
"loss from discontinued operations" holds on either (verify.toml [either]). Made-up filing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.sources.sec_fsds import read_fsds
from fsds_archive import fsds_archive
from inline_store import checked_claims

A = "0000000044-09-000044"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "44", "BLUE RIDGE PIPELINES INC", "10-Q", "20090630", "2009", "Q2", "1231", "20090806"],
]
DISC = "IncomeLossFromDiscontinuedOperations"
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "Revenues", "us-gaap/2009", "20090630", "2", "USD", "", "", "900000000", ""],
    [A, DISC + "NetOfTax", "us-gaap/2009", "20090630", "2", "USD", "", "", "-225000000", ""],
    [A, DISC + "NetOfTaxAttributableToReportingEntity", "us-gaap/2009", "20090630", "2", "USD",
     "", "", "-155000000", ""],
]  # fmt: skip


def test_both_the_whole_and_the_parents_share_are_read(tmp_path):
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": NUM})
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("np_discontinued", "2009H1")] == Decimal(-225000000)
    assert got[("np_discontinued_parent", "2009H1")] == Decimal(-155000000)


_ROWS = [
    ("np_discontinued", "2024H1", "-225000000", "CNY", "value", None, "IS"),
    ("np_discontinued_parent", "2024H1", "-155000000", "CNY", "value", None, "IS"),
]


def test_a_loss_from_discontinued_operations_holds_on_the_parents_share():
    text = "样例药业上半年终止经营净亏损1.55亿元。"
    claims = checked_claims(_ROWS, text, date(2024, 8, 25))
    assert [c.verdict.verdict for c in claims] == ["supported"]


def test_a_filer_printing_only_the_parents_share_gives_it_as_the_whole_too(tmp_path):
    num = [r for r in NUM if not r[1].endswith("NetOfTax")]
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": SUB, "num.txt": num})
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("np_discontinued", "2009H1")] == Decimal(-155000000)
