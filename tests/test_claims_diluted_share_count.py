"""The weighted average of diluted shares (a US income statement's "Diluted" share count, uom
"shares" in the data sets): read as a count, not an amount, and its change said as "N% fewer
than a year ago" is a fall of that count. Made-up filing."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.sources.sec_fsds import read_fsds

A = "0000000038-09-000038"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "38", "HILLCREST LABORATORIES INC", "10-Q", "20090630", "2009", "Q2", "1231", "20090728"],
]
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "WeightedAverageNumberOfDilutedSharesOutstanding", "us-gaap/2009", "20090630", "1",
     "shares", "", "", "187003000", ""],
    [A, "WeightedAverageNumberOfSharesOutstandingBasic", "us-gaap/2009", "20090630", "1",
     "shares", "", "", "185000000", ""],
    [A, "SalesRevenueNet", "us-gaap/2009", "20090630", "1", "USD", "", "", "1901818000", ""],
]  # fmt: skip


def test_the_diluted_share_count_is_read_as_a_count(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB, "num.txt": NUM, "pre.txt": NUM[:1]}.items():
            archive.writestr(name, "".join("\t".join(r) + "\n" for r in rows))
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): (f.value, f.unit) for f in reading.facts}
    assert got[("diluted_shares_weighted", "2009Q2")] == (Decimal("187003000"), "count")
    assert got[("revenue", "2009Q2")][1] == "USD"
    assert {f.unit for f in reading.facts} == {"count", "USD"}


def test_a_count_said_to_be_fewer_than_a_year_ago_fell():
    text = (
        "The lab reported second-quarter results. Diluted shares outstanding averaged nearly "
        "5% fewer than a year ago."
    )
    (claim,) = extract_claims(text, "X", date(2009, 7, 30))
    assert (claim.concept, claim.measure, claim.value) == (
        "diluted_shares_weighted",
        "change_pct",
        Decimal(-5),
    )


def test_a_number_of_diluted_shares_is_a_count_not_money():
    text = (
        "The lab reported second-quarter results. The company had about 187 million diluted "
        "shares outstanding during the quarter."
    )
    (claim,) = extract_claims(text, "X", date(2009, 7, 30))
    assert (claim.concept, claim.value, claim.unit) == (
        "diluted_shares_weighted",
        Decimal(187000000),
        "count",
    )
