"""Financial statement data sets: a filer's own cash-flow line "Invested in capital projects" (a
2009 filer's InvestedInCapitalProjectsContinuingOperations) is its capital expenditure, which
the press calls its spending on capital projects. Made-up filing."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.sources.sec_fsds import read_fsds

A = "0000000041-09-000041"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "41", "HILLCREST PAPER CO", "10-Q", "20090630", "2009", "Q2", "1231", "20090810"],
]
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "InvestedInCapitalProjectsContinuingOperations", A, "20090630", "2", "USD", "", "",
     "-259000000", ""],
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "4", "12", "CF", "0", "X", NUM[1][1], A, "Invested in capital projects", "0"],
]  # fmt: skip


def test_invested_in_capital_projects_is_the_capex(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE}.items():
            archive.writestr(name, "".join("\t".join(r) + "\n" for r in rows))
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert abs(got[("capex", "2009H1")]) == Decimal("259000000")


def test_spending_on_capital_projects_is_capex():
    text = (
        "The paper maker reported its second-quarter results. In the first half, spending on "
        "capital projects fell 46 percent to $259 million."
    )
    claims = extract_claims(text, "X", date(2009, 8, 11))
    assert {c.printed: c.concept for c in claims}["$259 million"] == "capex"
