"""SEC structured sources: the companyfacts JSON (``sources.sec_companyfacts``), sniffing SEC
files from their content, fiscal calendars, registrant aliases and the element mapping."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date
from decimal import Decimal

import pytest
from click.testing import CliRunner

from caibao.claims.lexicon import Lexicon
from caibao.cli import main
from caibao.concepts import accounts
from caibao.errors import InputError
from caibao.metrics.definitions import definitions
from caibao.sources.common import CNINFO, SEC_COMPANYFACTS, SEC_FSDS, XBRL, sniff
from caibao.sources.sec_companyfacts import read_companyfacts
from caibao.sources.sec_fsds import read_fsds
from caibao.sources.us_gaap import (
    FiscalCalendar,
    company_aliases,
    mapping,
    reporting_scale,
    ticker_from_instance,
)
from caibao.store import Store
from caibao.validate import validate


@pytest.fixture(scope="module")
def lpa(corpus):
    return corpus / "us" / "lpa_facts.json"


def _value(reading, concept, period):
    found = [
        f for f in reading.facts if (f.concept, f.period, f.segment) == (concept, period, None)
    ]
    assert len(found) == 1, (concept, period, found)
    return found[0]


# -- companyfacts -------------------------------------------------------------------------------


def test_companyfacts_document_and_ifrs_figures(lpa):
    reading = read_companyfacts(lpa)
    doc = reading.document
    assert (doc.kind, doc.period) == ("sec_companyfacts", "2024FY")
    assert (doc.company.code, doc.company.name) == (
        "0001997711",
        "Logistic Properties of the Americas",
    )
    assert _value(reading, "revenue", "2024FY").value == Decimal("43862372.00")
    assert _value(reading, "np_parent", "2024FY").value == Decimal("-29285428.00")
    assert _value(reading, "net_profit", "2024FY").value == Decimal("-19426051.00")
    assert _value(reading, "total_assets", "2024-12-31").value == Decimal("607019578.00")
    revenue = _value(reading, "revenue", "2023FY")
    s = revenue.source
    assert s.row_label == "[ifrs-full:Revenue]" and s.table == "XBRL income statement"
    assert s.column == "20-F 0001997711-25-000030 filed 2025-04-02: 2023-01-01 to 2023-12-31"
    assert s.text == "39436343" and s.page is None and len(s.sha256) == 64


def test_companyfacts_keeps_the_latest_filed_value_and_names_the_restatement(lpa):
    reading = read_companyfacts(lpa)
    eps = _value(reading, "eps_basic", "2022FY")
    # the 2023 20-F printed 0.048; the 2024 20-F restated it to 0.28
    assert (eps.value, eps.unit) == (Decimal("0.28"), "USD/share")
    assert "0001997711-25-000030" in eps.source.column
    assert any(w.startswith("restated: eps_basic 2022FY 0.048") for w in reading.warnings)
    keys = [(f.concept, f.period, f.segment, f.unit) for f in reading.facts]
    assert len(keys) == len(set(keys))


def test_companyfacts_identities_hold(lpa):
    checks = validate(read_companyfacts(lpa))
    assert {"balance_sheet_identity", "net_profit_parent_minority"} <= {c.name for c in checks}
    assert all(c.passed for c in checks), [c.detail for c in checks if not c.passed]


def test_companyfacts_quarters_of_a_september_fiscal_year(tmp_path):
    """Two filings of one company: the 10-K's fiscal calendar (September) names the 10-Q's
    periods too; the later filing's value of a figure is kept."""

    def row(start, end, val, accn, fy, fp, form, filed):
        r = {"end": end, "val": val, "accn": accn, "fy": fy, "fp": fp, "form": form}
        r["filed"] = filed
        if start:
            r["start"] = start
        return r

    k, q = "0000000001-23-000001", "0000000001-24-000002"
    doc = {
        "cik": 1,
        "entityName": "Example Fruit Inc.",
        "facts": {
            "us-gaap": {
                "Revenues": {
                    "label": "Revenues",
                    "units": {
                        "USD": [
                            row(
                                "2022-09-25", "2023-09-30", 100, k, 2023, "FY", "10-K", "2023-11-03"
                            ),
                            row(
                                "2023-10-01", "2023-12-30", 30, q, 2024, "Q1", "10-Q", "2024-02-02"
                            ),
                            row(
                                "2022-09-25", "2022-12-31", 28, q, 2024, "Q1", "10-Q", "2024-02-02"
                            ),
                            row(
                                "2022-09-25", "2022-12-31", 27, k, 2023, "FY", "10-K", "2023-11-03"
                            ),
                        ]
                    },
                },
                "Assets": {
                    "units": {
                        "USD": [row(None, "2023-12-30", 500, q, 2024, "Q1", "10-Q", "2024-02-02")]
                    }
                },
            }
        },
    }
    path = tmp_path / "CIK0000000001.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert sniff(path) == SEC_COMPANYFACTS
    reading = read_companyfacts(path)
    got = {(f.concept, f.period): f.value for f in reading.facts}
    assert got == {
        ("revenue", "2023FY"): Decimal("100.00"),
        ("revenue", "2024Q1"): Decimal("30.00"),
        ("revenue", "2023Q1"): Decimal("28.00"),  # the 10-Q, filed later, over the 10-K's 27
        ("total_assets", "2023-12-30"): Decimal("500.00"),
    }
    assert reading.document.period == "2024Q1"
    assert reading.document.company.aliases == (
        "Example Fruit Inc.",
        "Example Fruit",
        "Example-Fruit",
    )


def test_companyfacts_ingest_json(lpa, tmp_path):
    db = str(tmp_path / "facts.duckdb")
    result = CliRunner().invoke(main, ["ingest", "--db", db, "--json", str(lpa)])
    assert result.exit_code == 0, result.output
    (out,) = json.loads(result.stdout)
    assert (out["status"], out["report_kind"], out["company_code"]) == (
        "ingested",
        "sec_companyfacts",
        "0001997711",
    )
    assert out["facts"] == len(read_companyfacts(lpa).facts) and out["checks_failed"] == []
    with Store(db, read_only=True) as store:
        (company,) = store.companies()
        assert company.name == "Logistic Properties of the Americas"


# -- sniffing ------------------------------------------------------------------------------------


def test_sniff_tells_sec_files_from_their_content(corpus, tmp_path):
    xbrl = corpus / "us" / "xbrl"
    for instance in (
        xbrl / "aapl" / "10k_2023" / "aapl-20230930_htm.xml",
        xbrl / "aapl" / "10k_2010" / "aapl-20100925.xml",
        xbrl / "msft" / "10k_2015" / "msft-20150630.xml",
    ):
        copy = tmp_path / "renamed.dat"  # the name says nothing
        copy.write_bytes(instance.read_bytes())
        assert sniff(copy) == XBRL, instance
    for other in ("aapl-20230930_lab.xml", "aapl-20230930.xsd", "metadata.json"):
        assert sniff(xbrl / "aapl" / "10k_2023" / other) is None, other
    assert sniff(corpus / "us" / "lpa_facts.json") == SEC_COMPANYFACTS
    cninfo = sorted((corpus / "cn" / "000002-cninfo").glob("*.json"))[0]
    assert sniff(cninfo) == CNINFO


# -- fiscal calendars -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("anchor", "start", "end", "expected"),
    [
        # Apple: 52/53-week years ending on the last Saturday of September
        (("2023-09-30", 2023, "FY", "--09-30"), "2022-09-25", "2023-09-30", "2023FY"),
        (("2023-09-30", 2023, "FY", "--09-30"), "2021-09-26", "2022-09-24", "2022FY"),
        (("2023-09-30", 2023, "FY", "--09-30"), "2022-09-25", "2022-12-31", "2023Q1"),
        (("2023-07-01", 2023, "Q3", "--09-30"), "2023-04-02", "2023-07-01", "2023Q3"),
        (("2023-07-01", 2023, "Q3", "--09-30"), "2022-09-25", "2023-07-01", "2023Q1-Q3"),
        (("2023-07-01", 2023, "Q3", "--09-30"), "2022-09-25", "2023-04-01", "2023H1"),
        (("2023-07-01", 2023, "Q3", None), None, "2022-09-24", "2022-09-24"),
        # Microsoft: June
        (("2015-06-30", 2015, "FY", "--06-30"), "2014-07-01", "2014-09-30", "2015Q1"),
        (("2015-06-30", 2015, "FY", "--06-30"), "2015-01-01", "2015-06-30", "2015H2"),
        # a retailer whose fiscal 2023 ends on 3 February 2024
        (("2024-02-03", 2023, "FY", "--01-31"), "2023-01-29", "2024-02-03", "2023FY"),
        (("2024-02-03", 2023, "FY", "--01-31"), "2023-01-29", "2023-04-29", "2023Q1"),
        # a calendar year; spans that are none of the notation's
        (("2024-12-31", 2024, "FY", "--12-31"), "2024-10-01", "2024-12-31", "2024Q4"),
        (("2024-12-31", 2024, "FY", "--12-31"), "2024-12-01", "2024-12-31", None),
        (("2024-12-31", 2024, "FY", "--12-31"), "2023-10-01", "2024-09-30", None),
        (("2024-12-31", 2024, "FY", "--12-31"), "2020-01-01", "2024-12-31", None),
    ],
)
def test_fiscal_periods(anchor, start, end, expected):
    end_day, year, focus, md = anchor
    calendar = FiscalCalendar.anchored(date.fromisoformat(end_day), year, focus, md)
    first = date.fromisoformat(start) if start else None
    assert calendar.period(first, date.fromisoformat(end)) == expected


# -- names and the mapping ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("registrant", "aliases"),
    [
        ("Apple Inc.", ("Apple Inc.", "Apple")),
        ("MICROSOFT CORPORATION", ("MICROSOFT CORPORATION", "Microsoft Corporation", "Microsoft")),
        ("AMAZON COM INC", ("AMAZON COM INC", "Amazon.com Inc", "Amazon.com", "Amazon")),
        ("Netflix, Inc.", ("Netflix, Inc.", "Netflix")),
        ("Logistic Properties of the Americas", ("Logistic Properties of the Americas",)),
    ],
)
def test_company_aliases(registrant, aliases):
    assert company_aliases(registrant) == aliases


def test_every_mapped_concept_is_known_and_every_element_maps_once():
    known = set(accounts()) | set(definitions())
    m = mapping()
    assert set(m.rules) <= known
    for rule in m.rules.values():
        assert rule.statement in m.tables, rule.concept
        assert rule.fallback is None or rule.fallback in m.rules, rule.concept
        assert set(rule.unless) <= set(m.rules), rule.concept
    for element, hits in m.by_element.items():
        concepts = {c for c, _ in hits}
        # one element, one meaning; but a single EPS figure is both basic and diluted
        assert len(concepts) == 1 or concepts in (
            {"eps_basic", "eps_diluted"},
            {"eps_continuing", "eps_continuing_diluted"},
            {"eps_before_extraordinary", "eps_before_extraordinary_diluted"},
        ), element


# -- financial statement data sets ------------------------------------------------------------------


@pytest.fixture(scope="module")
def fsds_readings(corpus):
    path = corpus / "us" / "fsds" / "2009q3.zip"
    return path, list(read_fsds(path))


def test_fsds_one_reading_per_filing(fsds_readings):
    path, readings = fsds_readings
    with zipfile.ZipFile(path) as archive:
        filings = archive.read("sub.txt").decode("utf-8").splitlines()[1:]
    assert len(readings) == len(filings) == 435
    keys = {r.document.sha256 for r in readings}
    assert len(keys) == len(readings)
    archive_sha = hashlib.sha256(path.read_bytes()).hexdigest()
    apple = next(r for r in readings if r.document.company.code == "AAPL")
    adsh = "0001193125-09-153165"
    assert apple.document.sha256 == hashlib.sha256(f"{archive_sha}:{adsh}".encode()).hexdigest()
    assert all(f.source.sha256 == apple.document.sha256 for f in apple.facts)


def test_fsds_apple_fiscal_q3_2009(fsds_readings):
    _, readings = fsds_readings
    apple = next(r for r in readings if r.document.company.code == "AAPL")
    doc = apple.document
    assert (doc.kind, doc.period, doc.company.name, doc.file) == (
        "10-Q",
        "2009Q3",
        "APPLE INC",
        "2009q3.zip",
    )
    assert "Apple" in doc.company.aliases
    million = Decimal(1_000_000)
    assert _value(apple, "revenue", "2009Q3").value == 8337 * million
    assert _value(apple, "revenue", "2009Q1-Q3").value == 26667 * million
    assert _value(apple, "revenue", "2008Q3").value == 7464 * million
    assert _value(apple, "np_parent", "2009Q3").value == 1229 * million
    # the data sets round balance dates to a month end (the quarter ended 2009-06-27)
    assert _value(apple, "total_assets", "2009-06-30").value == 48140 * million
    eps = _value(apple, "eps_diluted", "2009Q3")
    assert (eps.value, eps.unit) == (Decimal("1.35"), "USD/share")
    s = _value(apple, "revenue", "2009Q3").source
    assert s.row_label == "Net sales [us-gaap:SalesRevenueNet]"
    assert s.column == "0001193125-09-153165 ddate 20090630 qtrs 1: 2009-04-01 to 2009-06-30"
    assert s.text == "8337000000.0000" and s.table == "XBRL income statement"
    assert all(c.passed for c in validate(apple))


def _tsv(rows: list[list[str]]) -> str:
    return "".join("\t".join(r) + "\n" for r in rows)


SUB = [
    ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "filed"],
    ["0000000001-15-000001", "1", "EXAMPLE SOFT CORP", "10-K", "20150630", "2015", "FY", "0630",
     "20150731"],
    ["0000000002-15-000002", "2", "OTHER CO INC", "10-Q", "20150331", "2015", "Q1", "1231",
     "20150505"],
]  # fmt: skip
NUM = [
    ["adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote"],
    ["0000000001-15-000001", "Revenues", "us-gaap/2015", "20150630", "4", "USD", "", "", "1000.0000", ""],
    ["0000000001-15-000001", "Revenues", "us-gaap/2015", "20150630", "1", "USD", "", "", "300.0000", ""],
    ["0000000001-15-000001", "SalesRevenueNet", "us-gaap/2015", "20150630", "4", "USD", "", "", "999.0000", ""],
    ["0000000001-15-000001", "Revenues", "us-gaap/2015", "20150630", "4", "USD", "BusinessSegments=Cloud;", "", "400.0000", ""],
    ["0000000001-15-000001", "Revenues", "us-gaap/2015", "20150630", "4", "USD", "BusinessSegments=Cloud;ProductOrService=Licences;", "", "90.0000", ""],
    ["0000000001-15-000001", "Revenues", "us-gaap/2015", "20150630", "4", "USD", "", "Sub LLC", "50.0000", ""],
    ["0000000001-15-000001", "EarningsPerShareDiluted", "us-gaap/2015", "20150630", "4", "USD", "", "", "1.2500", ""],
    ["0000000001-15-000001", "Assets", "us-gaap/2015", "20150630", "0", "USD", "", "", "5000.0000", ""],
    ["0000000001-15-000001", "Revenues", "0000000001-15-000001", "20150630", "4", "USD", "", "", "7.0000", ""],
    ["0000000002-15-000002", "NetIncomeLoss", "us-gaap/2015", "20150331", "1", "USD", "", "", "-20.0000", ""],
]  # fmt: skip
PRE = [
    ["adsh", "report", "line", "stmt", "inpth", "rfile", "tag", "version", "plabel", "negating"],
    ["0000000001-15-000001", "2", "1", "IS", "0", "H", "Revenues", "us-gaap/2015", "Total revenue", "0"],
]  # fmt: skip
TAG = [
    ["tag", "version", "custom", "abstract", "datatype", "iord", "crdr", "tlabel", "doc"],
    ["Assets", "us-gaap/2015", "0", "0", "monetary", "I", "D", "Assets", "Sum of assets."],
]  # fmt: skip


def _archive(path, members: dict[str, list[list[str]]]):
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in members.items():
            archive.writestr(name, _tsv(rows))
    return path


def test_fsds_small_archive_edges(tmp_path):
    path = _archive(tmp_path / "2015q3.zip", {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE,
                                              "tag.txt": TAG})  # fmt: skip
    assert sniff(path) == SEC_FSDS
    soft, other = list(read_fsds(path))
    assert (soft.document.company.code, soft.document.period) == ("0000000001", "2015FY")
    got = {(f.concept, f.period, f.unit): f.value for f in soft.facts if not f.segment}
    assert got == {
        # June fiscal year: the quarter to June is Q4; Revenues preferred to SalesRevenueNet
        ("revenue", "2015FY", "USD"): Decimal("1000.00"),
        ("revenue", "2015Q4", "USD"): Decimal("300.00"),
        ("eps_diluted", "2015FY", "USD/share"): Decimal("1.2500"),
        ("total_assets", "2015-06-30", "USD"): Decimal("5000.00"),
    }  # the co-registrant's, the custom tag's and the segment's rows are not the company's
    # a business segment alone is a segment fact; a row of two axes is not read
    segments = {(f.concept, f.segment): f.value for f in soft.facts if f.segment}
    assert segments == {("revenue", "Cloud"): Decimal("400.00")}
    labels = {f.concept: f.source.row_label for f in soft.facts}
    assert labels["revenue"] == "Total revenue [us-gaap:Revenues]"  # the filing's label
    assert labels["total_assets"] == "Assets [us-gaap:Assets]"  # the taxonomy's
    assert any("segments not read" in w for w in soft.warnings)
    assert (other.document.kind, other.document.period) == ("10-Q", "2015Q1")
    assert [(f.concept, f.period, f.value) for f in other.facts if f.concept == "np_parent"] == [
        ("np_parent", "2015Q1", Decimal("-20.00"))
    ]


def test_fsds_quarterly_filing_without_its_fiscal_period(tmp_path):
    """An amended 10-Q whose sub.txt row leaves fy and fp empty is read as the quarter its period
    end is in, counted from the fiscal year's end (not as a fiscal year)."""
    sub = [
        SUB[0],
        ["0000000003-15-000003", "3", "THIRD CO", "10-Q/A", "20150630", "", "", "1231", "20150806"],
        ["0000000004-15-000004", "4", "FOURTH CO", "10-Q/A", "20150630", "", "", "0930", "20150806"],
    ]  # fmt: skip
    num = [NUM[0]] + [
        [a, "NetIncomeLoss", "us-gaap/2015", "20150630", q, "USD", "", "", v, ""]
        for a in ("0000000003-15-000003", "0000000004-15-000004")
        for q, v in (("1", "20.0000"), ("2", "45.0000"))
    ]
    path = _archive(tmp_path / "2015q3.zip", {"sub.txt": sub, "num.txt": num, "pre.txt": PRE[:1]})
    third, fourth = list(read_fsds(path))
    assert third.document.period == "2015Q2"
    got = {(f.concept, f.period): f.value for f in third.facts if f.concept == "np_parent"}
    assert got == {
        ("np_parent", "2015Q2"): Decimal("20.00"),
        ("np_parent", "2015H1"): Decimal("45.00"),
    }
    # a fiscal year ending in September: June is its third quarter
    assert fourth.document.period == "2015Q3"


def test_fsds_ingest_then_again_changes_nothing(tmp_path):
    path = _archive(tmp_path / "2015q3.zip", {"sub.txt": SUB, "num.txt": NUM, "pre.txt": PRE})
    db = str(tmp_path / "facts.duckdb")
    first = CliRunner().invoke(main, ["ingest", "--db", db, "--json", str(path)])
    assert first.exit_code == 0, first.output
    (out,) = json.loads(first.stdout)
    assert (out["status"], out["report_kind"]) == ("ingested", "sec_fsds")
    assert out["facts"] == sum(len(r.facts) for r in read_fsds(path))
    again = CliRunner().invoke(main, ["ingest", "--db", db, "--json", str(path)])
    assert json.loads(again.stdout)[0]["status"] == "unchanged"
    with Store(db, read_only=True) as store:
        assert sorted(d.company.code for d, _ in store.documents()) == ["0000000001", "0000000002"]
        assert len(store.facts()) == out["facts"]


def test_fsds_bad_archives(tmp_path):
    no_num = _archive(tmp_path / "partial.zip", {"sub.txt": SUB})
    assert sniff(no_num) is None  # a zip, but not the data sets
    with pytest.raises(InputError, match="no num.txt"):
        list(read_fsds(no_num))
    truncated = tmp_path / "truncated.zip"
    full = _archive(tmp_path / "full.zip", {"sub.txt": SUB, "num.txt": NUM})
    truncated.write_bytes(full.read_bytes()[:200])
    db = str(tmp_path / "facts.duckdb")
    result = CliRunner().invoke(main, ["ingest", "--db", db, str(truncated)])
    assert result.exit_code == 1
    assert result.stderr.strip().startswith(f"caibao: {truncated}: ")
    with Store(db, read_only=True) as store:
        assert store.documents() == []


@pytest.mark.parametrize(
    ("texts", "scale"),
    [
        (["383285000000", "214137000000", "169148000000", "0", "6000000", "1000000"], "millions"),
        (["33723297000", "5407990000", "1000", "2000", "3000"], "thousands"),
        (["43862372", "39436343", "1000000", "2000000", "3000000"], ""),
        (["1000000", "2000000"], ""),  # too few to tell
        (["1000000.5", "2000000", "3000000", "4000000", "5000000"], ""),
    ],
)
def test_reporting_scale(texts, scale):
    assert reporting_scale(texts) == scale


def test_identities_allow_for_the_rounding_of_millions(tmp_path):
    """Three figures each rounded to millions may miss their sum by a million."""
    path = tmp_path / "2015q3.zip"
    num = [NUM[0]] + [
        ["0000000001-15-000001", tag, "us-gaap/2015", "20150630", "0", "USD", "", "", v, ""]
        for tag, v in [("Assets", "5001000000"), ("Liabilities", "3000000000"),
                       ("StockholdersEquity", "2000000000"), ("AssetsCurrent", "1000000000"),
                       ("LiabilitiesCurrent", "1000000000")]
    ]  # fmt: skip
    _archive(path, {"sub.txt": SUB[:2], "num.txt": num})
    (reading,) = read_fsds(path)
    assert {f.scale for f in reading.facts} == {"millions"}
    checks = {c.name: c for c in validate(reading)}
    assert checks["balance_sheet_identity"].passed
    assert "printed rounding ±1,500,000.00" in checks["balance_sheet_identity"].detail


def test_fsds_own_element_labelled_as_the_whole_line(tmp_path):
    """A filer's own tag whose printed income-statement label names the whole revenue line gives
    revenue when the filing prints no revenue element; a part ("Ore sales, net") never does; a
    net income printed only as ProfitLoss, with no non-controlling interest, is the parent's."""
    a, b = "0000000003-10-000003", "0000000004-10-000004"
    sub = [
        ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "instance"],
        [a, "3", "ACME ORE CORP /NV/", "10-Q", "20100331", "2010", "Q1", "1231", "acme-20100331.xml"],
        [b, "4", "BETA & GAMMA INC", "10-Q", "20100331", "2010", "Q1", "1231", "bg-20100331.xml"],
    ]  # fmt: skip
    num = [
        NUM[0],
        [a, "TotalSalesOfOre", a, "20100331", "1", "USD", "", "", "900.0000", ""],
        [a, "OreSalesNet", a, "20100331", "1", "USD", "", "", "700.0000", ""],
        [a, "ProfitLoss", "us-gaap/2009", "20100331", "1", "USD", "", "", "80.0000", ""],
        [a, "CommonStockDividendsPerShareDeclared", "us-gaap/2009", "20100331", "1", "USD", "",
         "", "0.1500", ""],
        [a, "PaymentsForRepurchaseOfCommonStock", "us-gaap/2009", "20100331", "1", "USD", "", "",
         "25.0000", ""],
        [a, "ResearchAndDevelopmentExpense", "us-gaap/2009", "20100331", "1", "USD", "", "",
         "12.0000", ""],
        [b, "OwnRevenues", b, "20100331", "1", "USD", "", "", "55.0000", ""],
        [b, "Revenues", "us-gaap/2009", "20100331", "1", "USD", "", "", "60.0000", ""],
        [b, "ProfitLoss", "us-gaap/2009", "20100331", "1", "USD", "", "", "9.0000", ""],
        [b, "NetIncomeLossAttributableToNoncontrollingInterest", "us-gaap/2009", "20100331", "1",
         "USD", "", "", "1.0000", ""],
    ]  # fmt: skip
    pre = [
        PRE[0],
        [a, "2", "1", "IS", "0", "H", "OreSalesNet", a, "Ore sales, net", "0"],
        [a, "2", "2", "IS", "0", "H", "TotalSalesOfOre", a, "  NET SALES ", "0"],
        [b, "2", "1", "IS", "0", "H", "OwnRevenues", b, "Revenues", "0"],
    ]  # fmt: skip
    path = _archive(tmp_path / "2010q2.zip", {"sub.txt": sub, "num.txt": num, "pre.txt": pre})
    acme, beta = read_fsds(path)
    got = {(f.concept, f.period): f.value for f in acme.facts}
    assert got[("revenue", "2010Q1")] == Decimal("900.00")
    assert acme.facts[[f.concept for f in acme.facts].index("revenue")].source.row_label == (
        "  NET SALES  [own:TotalSalesOfOre]"
    )
    assert got[("np_parent", "2010Q1")] == got[("net_profit", "2010Q1")] == Decimal("80.00")
    assert got[("dividend_per_share", "2010Q1")] == Decimal("0.1500")
    assert got[("kpi_share_repurchases", "2010Q1")] == Decimal("25.00")
    # R&D is expensed as incurred under US GAAP: the period's R&D spending is its expense
    assert got[("rd_investment", "2010Q1")] == got[("rd_expense", "2010Q1")] == Decimal("12.00")
    assert "Acme Ore" in acme.document.company.aliases  # no "/NV/", no legal form
    got = {(f.concept, f.period): f.value for f in beta.facts}
    assert got[("revenue", "2010Q1")] == Decimal("60.00")  # the taxonomy's element, not its own
    assert ("np_parent", "2010Q1") not in got  # a minority share: ProfitLoss is not the parent's
    assert "B&G" in beta.document.company.aliases


@pytest.mark.parametrize(
    ("file_name", "ticker"),
    [
        ("jnj-20090628.xml", "JNJ"),
        ("aapl-20230930.htm", "AAPL"),
        ("aapl-20230930_htm.xml", "AAPL"),
        ("brk.b-20231231.htm", "BRK.B"),
        ("trv_20090630.xml", "TRV"),  # an early filer's underscore
        ("Financial_Report.xml", None),
        ("", None),
    ],
)
def test_ticker_from_instance(file_name, ticker):
    assert ticker_from_instance(file_name) == ticker


@pytest.mark.parametrize(
    ("registrant", "ticker", "expected", "absent"),
    [
        ("NEWMONT MINING CORP /DE/", "NEM", ["Newmont", "纽蒙特"], ["Newmont Mining Corp /De/"]),
        ("FREEPORT MCMORAN COPPER & GOLD INC", None, ["Freeport Mcmoran", "Freeport-Mcmoran"],
         ["Freeport"]),  # a name's first word is not derived ...
        ("FREEPORT MCMORAN COPPER & GOLD INC", "FCX", ["Freeport", "自由港麦克莫兰"], ["自由港"]),
        ("JOHNSON & JOHNSON", None, ["Johnson & Johnson", "J&J"], ["Johnson"]),
        ("HEWLETT PACKARD CO", "HPQ", ["Hewlett Packard", "Hewlett-Packard", "惠普", "HP"], []),
        ("Hewlett-Packard Company", None, ["Hewlett-Packard", "Hewlett Packard"], []),
        ("UNITED STATES STEEL CORP", None, [], ["United", "United States", "United-States"]),
        ("GENERAL MILLS INC /NEW/", None, ["General Mills"], ["General"]),
        # EDGAR's conformed names: initials as separate letters, a person's surname first
        ("V F CORP", None, ["VF Corp", "V.F. Corp"], ["VF Corp Corp"]),
        ("C H ROBINSON WORLDWIDE INC", None, ["C.H. Robinson", "CH Robinson"], []),
        ("L 3 COMMUNICATIONS HOLDINGS INC", None, ["L-3 Communications"], ["L-3"]),
        ("BARD C R INC /NJ/", None, ["C.R. Bard", "C. R. Bard", "Bard"], ["C R"]),
        ("GRAINGER W W INC", None, ["W.W. Grainger", "Grainger"], []),
        ("PRICE T ROWE GROUP INC", None, ["T. Rowe Price", "T. Rowe Price Group Inc"], ["Price"]),
        ("DUPONT E I DE NEMOURS & CO", None, [], ["E. I. De Nemours Dupont", "Dupont"]),
        # a limited partnership's legal form, spaced or not
        ("KINDER MORGAN ENERGY PARTNERS L P", None, ["Kinder Morgan Energy Partners"], []),
        ("ONEOK PARTNERS LP", None, ["Oneok Partners"], []),
    ],
)  # fmt: skip
def test_company_aliases_of_edgar_names(registrant, ticker, expected, absent):
    aliases = company_aliases(registrant, ticker)
    assert all(n in aliases for n in expected), aliases
    assert not any(n in aliases for n in absent), aliases


def test_net_income_for_common_stock_is_read_as_its_own_figure():
    """A filer with preferred stock reports what is left for common stockholders; the words name
    np_common (mapped from NetIncomeLossAvailableToCommonStockholdersBasic), not np_parent."""
    lexicon = Lexicon()
    text = "Quarterly net earnings applicable to common stock rose 5% to $1.2 billion."
    found = lexicon.metrics_re.search(text)
    assert lexicon.metric(found.group(0)).concept == "np_common"
    assert mapping().rules["np_common"].elements == (
        "us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic",
    )


def test_fsds_operating_expense_lines_of_a_carrier(tmp_path):
    """A carrier's income statement lines (fuel, salaries and benefits, the total of its operating
    expenses with no cost of sales above it) are figures of their own."""
    a = "0000000005-11-000005"
    sub = [
        ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "instance"],
        [a, "5", "EXAMPLE FREIGHT CORP", "10-Q", "20110228", "2011", "Q3", "0531", "exf-20110228.xml"],
    ]  # fmt: skip
    num = [NUM[0]] + [
        [a, tag, "us-gaap/2010", "20110228", "1", "USD", "", "", value, ""]
        for tag, value in [("FuelCosts", "410.0000"), ("LaborAndRelatedExpense", "1200.0000"),
                           ("OperatingCostsAndExpenses", "2900.0000"), ("Revenues", "3000.0000")]
    ]  # fmt: skip
    (reading,) = read_fsds(_archive(tmp_path / "2011q1.zip", {"sub.txt": sub, "num.txt": num}))
    got = {f.concept: f.value for f in reading.facts if f.period == "2011Q3"}
    assert got["fuel_cost"] == Decimal("410.00")
    assert got["staff_cost"] == Decimal("1200.00")
    assert got["total_operating_costs"] == Decimal("2900.00")


def test_fsds_cost_of_products_beside_cost_of_services_is_no_cost_of_revenue(tmp_path):
    """Cost of goods sold is the cost of revenue only when no cost of services is printed beside
    it; a filer's own R&D element labelled as the whole line is its R&D expense."""
    a, b = "0000000006-11-000006", "0000000007-11-000007"
    sub = [
        ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "instance"],
        [a, "6", "EXAMPLE SYSTEMS CO", "10-Q", "20110331", "2011", "Q1", "1231", "exs-20110331.xml"],
        [b, "7", "EXAMPLE GOODS INC", "10-Q", "20110331", "2011", "Q1", "1231", "exg-20110331.xml"],
    ]  # fmt: skip
    num = [NUM[0]] + [
        [adsh, tag, version, "20110331", "1", "USD", "", "", value, ""]
        for adsh, tag, version, value in [
            (a, "CostOfGoodsSold", "us-gaap/2010", "600.0000"),
            (a, "CostOfServices", "us-gaap/2010", "300.0000"),
            (a, "ExpenseForResearch", a, "80.0000"),
            (a, "ProvisionForLoanAndLeaseLosses", "us-gaap/2010", "25.0000"),
            (b, "CostOfGoodsSold", "us-gaap/2010", "450.0000"),
        ]
    ]  # fmt: skip
    pre = [PRE[0], [a, "2", "3", "IS", "0", "H", "ExpenseForResearch", a, "Research and development", "0"]]  # fmt: skip
    path = _archive(tmp_path / "2011q2.zip", {"sub.txt": sub, "num.txt": num, "pre.txt": pre})
    systems, goods = read_fsds(path)
    got = {f.concept: f.value for f in systems.facts}
    assert "operating_cost" not in got and got["cost_goods"] == Decimal("600.00")
    assert got["rd_expense"] == Decimal("80.00")
    assert got["credit_impairment_loss"] == Decimal("25.00")  # a provision for loan losses
    assert {f.concept: f.value for f in goods.facts}["operating_cost"] == Decimal("450.00")


def test_fsds_sales_of_services_alone_are_the_revenue(tmp_path):
    """A filer that prints sales of services and neither a total nor sales of goods sells
    services only: they are its revenue. Beside sales of goods they are a part, not the total."""
    a, b = "0000000008-11-000008", "0000000009-11-000009"
    sub = [
        ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "instance"],
        [a, "8", "EXAMPLE MARKETS INC", "10-Q", "20110331", "2011", "Q1", "1231", "exm-20110331.xml"],
        [b, "9", "EXAMPLE MIXED CO", "10-Q", "20110331", "2011", "Q1", "1231", "exx-20110331.xml"],
    ]  # fmt: skip
    num = [NUM[0]] + [
        [adsh, tag, "us-gaap/2010", "20110331", "1", "USD", "", "", value, ""]
        for adsh, tag, value in [
            (a, "SalesRevenueServicesNet", "2000.0000"),
            (b, "SalesRevenueServicesNet", "700.0000"),
            (b, "SalesRevenueGoodsNet", "900.0000"),
        ]
    ]  # fmt: skip
    markets, mixed = read_fsds(_archive(tmp_path / "2011q2.zip", {"sub.txt": sub, "num.txt": num}))
    got = {f.concept: f.value for f in markets.facts}
    assert got["revenue"] == got["sales_services"] == Decimal("2000.00")
    assert "revenue" not in {f.concept for f in mixed.facts}


def test_fsds_sales_and_other_operating_revenue_is_the_revenue(tmp_path):
    """An oil company's own first line, "Sales and other operating revenues", is its revenue; the
    total below it adds equity-affiliate and other income and is no revenue."""
    a = "0000000010-11-000010"
    sub = [
        ["adsh", "cik", "name", "form", "period", "fy", "fp", "fye", "instance"],
        [a, "10", "EXAMPLE PETROLEUM CORP", "10-Q", "20110331", "2011", "Q1", "1231", "exp-20110331.xml"],
    ]  # fmt: skip
    num = [NUM[0]] + [
        [a, tag, a, "20110331", "1", "USD", "", "", value, ""]
        for tag, value in [("OperatingRevenueWithExcise", "5000.0000"),
                           ("RevenuesAndOtherIncomeTotal", "5400.0000")]
    ]  # fmt: skip
    pre = [PRE[0]] + [
        [a, "2", line, "IS", "0", "H", tag, a, label, "0"]
        for line, tag, label in [("1", "OperatingRevenueWithExcise", "Sales and other operating revenues"),
                                 ("3", "RevenuesAndOtherIncomeTotal", "Total revenues and other income")]
    ]  # fmt: skip
    path = _archive(tmp_path / "2011q2.zip", {"sub.txt": sub, "num.txt": num, "pre.txt": pre})
    (reading,) = read_fsds(path)
    assert {f.concept: f.value for f in reading.facts}["revenue"] == Decimal("5000.00")
