"""Financial statement data sets: a filer printing one "Capital expenditures" line net of the
little it sells (the 2009 taxonomy's PaymentsForProceedsFromProductiveAssets) has its capital
expenditure, and so a free cash flow. Made-up filing."""

from __future__ import annotations

import zipfile
from decimal import Decimal

from caibao.sources.sec_fsds import read_fsds

A = "0000000037-09-000037"
SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    [A, "37", "HILLCREST LABORATORIES INC", "10-Q", "20090630", "2009", "Q2", "1231", "20090728"],
]
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    [A, "PaymentsForProceedsFromProductiveAssets", "us-gaap/2009", "20090630", "2", "USD", "", "",
     "75996000", ""],
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    [A, "4", "16", "CF", "0", "X", NUM[1][1], "us-gaap/2009", "Capital expenditures", "1"],
]  # fmt: skip


def test_capital_expenditures_net_of_proceeds_are_the_capex(tmp_path):
    path = tmp_path / "2009q3.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE}.items():
            archive.writestr(name, "".join("\t".join(r) + "\n" for r in rows))
    (reading,) = list(read_fsds(path))
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got[("capex", "2009H1")] == Decimal("75996000")
