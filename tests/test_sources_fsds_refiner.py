"""Financial statement data sets: a refiner's top line. A refiner that prints no Revenues tags
its operating revenues RefiningAndMarketingRevenue: that is its revenue; a filer that prints
Revenues too keeps Revenues (the refining line is then a part). Made-up filings."""

from __future__ import annotations

from decimal import Decimal

from caibao.sources.sec_fsds import read_fsds
from fsds_archive import fsds_archive

HEAD_SUB = ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"]
HEAD_NUM = ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value",
            "footnote"]  # fmt: skip


def _revenue(tmp_path, tags: dict[str, str]) -> Decimal:
    a = "0000000043-09-000043"
    sub = [HEAD_SUB, [a, "43", "GULF COAST REFINING CO", "10-Q", "20090630", "2009", "Q2", "1231",
                      "20090805"]]  # fmt: skip
    num = [HEAD_NUM] + [
        [a, tag, "us-gaap/2009", "20090630", "1", "USD", "", "", value, ""]
        for tag, value in tags.items()
    ]
    path = fsds_archive(tmp_path / "2009q3.zip", {"sub.txt": sub, "num.txt": num})
    (reading,) = list(read_fsds(path))
    return {(f.concept, f.period): f.value for f in reading.facts}[("revenue", "2009Q2")]


def test_a_refiners_operating_revenues_are_its_revenue(tmp_path):
    assert _revenue(tmp_path, {"RefiningAndMarketingRevenue": "17925000000"}) == Decimal(
        "17925000000"
    )


def test_printed_revenues_come_before_the_refining_line(tmp_path):
    tags = {"Revenues": "2500000000", "RefiningAndMarketingRevenue": "400000000"}
    assert _revenue(tmp_path, tags) == Decimal("2500000000")
