"""SEC Financial Statement Data Sets (a quarter's ``.zip`` of ``sub``, ``num``, ``tag``, ``pre``):
the numbers of every filing of the quarter, one ``Reading`` per filing.

Each filing (``adsh``, the accession number) is its own ``Document``: kind = ``sub.form``
("10-K", "10-Q", "10-K/A" ...), period = ``sub.fy`` + ``sub.fp`` (2009Q3, 2009FY), company code
= the ticker the instance's file name ``sub.instance`` starts with (EDGAR's naming convention;
the code the XBRL reader gives the same filer), else the ten-digit CIK; name = ``sub.name``
(EDGAR's conformed name, aliases from it and, by that ticker, the press's names of
``press_names.toml``). Its key is not the
hash of a file of its own but sha256("<archive sha256>:<adsh>"): one archive holds thousands of documents; ingesting the
archive again changes nothing.

Streaming: ``sub.txt`` (one row per filing) is read whole; ``pre.txt``, ``tag.txt`` and
``num.txt`` are read row by row and only the rows of elements ``us_gaap.toml`` maps are kept, so
memory follows the mapped figures, not the archive.

Figures: a ``num`` row gives a fact when its tag maps to a concept (preferred element first, as
for an XBRL instance) or, for a filer's own tag, when the filing prints none of the concept's
elements and the tag's printed label in ``pre.txt`` names the concept's whole line
(``[label_fallbacks]``: "Revenues"); its unit is a currency, and it has no ``coreg`` (a
co-registrant; in a combined filing that gives every figure a co-registrant, the
"ParentCompany" rows are the registrant's own) and no ``segments`` (a member of an axis: not read, counted in a warning: equity
components, legal entities, business segments), except a comparative the filing gives only as
restated (``Scenario=AdjustedNewAccountingTreatment;``, ``Scenario=ScenarioRestated;``), which is
the figure it prints in that column, and a business segment's rows (one member of the business
segments axis, or of the scenario axis where a filer gives its segments' columns there:
``Scenario=FinancialServices;``), which are that segment's facts. Revenue lines (the lines an income statement prints above
its revenue total, as revenue facts by segment) are ``fsds_revenue``'s; the lines no concept
takes, ``fsds_lines``'s. The period comes from
``ddate`` (the end, which the data sets round to a month end: Apple's quarter ended
2009-06-27 is 2009-06-30 here) and ``qtrs`` (0 a balance, 1 a quarter, 4 a year ...), in fiscal
notation (``sources.xbrl``): the calendar is anchored on the filing's ``period``, ``fy``,
``fp`` and ``fye``. The year is named as the filer names it (``us_gaap.fiscal_year_name``): the
calendar year the fiscal year ends in, not the data sets' ``fy`` where that is the year it starts
in (the 2009 sets' years ending in February or March: Electronic Arts' quarter to 2009-06-30 is
``fy`` 2009 ``fp`` Q1, stored as ``2010Q1``, its fiscal 2010 first quarter); for a year ending in
January, which filers name both ways (Walmart, Dell: fiscal 2010 ends January 2010; Home Depot:
fiscal 2009 does), ``fy`` as given (Dell's 10-Q/A for the quarter to 2009-07-31 is ``2009Q2``).
``fye`` (the month end the fiscal year ends on) and each
filing's balance dates are what a reader needs to learn the fiscal calendar of a filer with
quarterly reports only. The data sets give EPS in ``USD``: per-share concepts get
``USD/share``. They do not give the rounding: ``Fact.scale`` is the one a filing's amounts
share ("millions" when all are whole millions), so the identities allow for it.

Provenance: file = the archive's name, sha256 = the filing's key, table = the statement
("XBRL income statement"), row_label = the label the filing prints (``pre.plabel``; else the
taxonomy's ``tag.tlabel``) and ``[us-gaap:Tag]``, column = the accession number and the row's
``ddate``/``qtrs`` with the dates they stand for, text = ``num.value`` as written.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import replace
from decimal import InvalidOperation
from pathlib import Path

from ..concepts import accounts
from ..errors import InputError
from ..model import Company, Document, Fact, Reading, Source
from . import fsds_lines, fsds_rows, fsds_sectors
from .common import SEC_FSDS, read_bytes, sha256_bytes
from .fsds_revenue import goods_cost, paired_cost, revenue_lines, revenue_parts
from .us_gaap import (
    FiscalCalendar,
    company_aliases,
    credit_side_positive,
    fallback_facts,
    label_key,
    mapping,
    nonzero,
    outflows_positive,
    reporting_scale,
    set_apart,
    ticker_from_instance,
    to_value,
)

_MEMBERS = ("sub.txt", "num.txt")


def is_fsds(data: bytes) -> bool:
    """A zip archive holding the data sets' ``sub.txt`` and ``num.txt``."""
    if data[:4] != b"PK\x03\x04":
        return False
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile:
        return False
    return all(m in names for m in _MEMBERS)


def _rows(archive: zipfile.ZipFile, member: str) -> Iterator[dict[str, str]]:
    """The rows of one tab-separated member, streamed."""
    with archive.open(member) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
        yield from csv.DictReader(text, delimiter="\t", quoting=csv.QUOTE_NONE)


def read_fsds(path: str | Path, data: bytes | None = None) -> Iterator[Reading]:
    """One ``Reading`` per filing of the archive, in ``sub.txt`` order."""
    path = Path(path)
    name = str(path)
    if data is None:
        data = read_bytes(path)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        missing = [m for m in _MEMBERS if m not in archive.namelist()]
    except zipfile.BadZipFile as exc:
        raise InputError(name, f"not a readable zip archive ({exc})") from exc
    if missing:
        raise InputError(name, f"not an SEC financial statement data set (no {missing[0]})")
    archive_sha = sha256_bytes(data)
    m = mapping()
    try:
        filings = {row["adsh"]: row for row in _rows(archive, "sub.txt")}
        labels, own, lines, unmapped, own_rows = _printed_labels(archive, m)
        # a filer's statements by sector (Ford's Automotive and Financial Services): each
        # sector's own elements are that sector's facts (fsds_sectors), never the company's
        sectors = fsds_sectors.sector_elements(own_rows, m)
        own = {**own, **{key: concept for key, (concept, _) in sectors.items()}}
        for adsh, _stmt, tag, label in own_rows:
            if (adsh, tag) in sectors and label:
                labels.setdefault((adsh, fsds_rows.own(tag)), label)
        parts = {adsh: p for adsh, p in ((a, revenue_lines(ls, m)) for a, ls in lines.items()) if p}
        printed = _unmapped_lines(unmapped, own, parts, m)
        numbers, skipped = _numbers(archive, m, filings, own, parts, printed, sectors)
    except (KeyError, csv.Error, zipfile.BadZipFile, EOFError) as exc:
        raise InputError(name, f"a data set file cannot be read ({exc!r})") from exc
    for adsh, sub in filings.items():
        rows = numbers.get(adsh, [])
        yield _filing(
            path.name, archive_sha, adsh, sub, rows, labels, own, skipped, parts, printed.get(adsh)
        )


def _unmapped_lines(unmapped, own, parts, m) -> dict[str, fsds_lines.PrintedLines]:
    """Per filing, its statements' lines no concept takes (``fsds_lines``): not a filer's own
    element read as a concept, not a revenue line."""
    out = {}
    for adsh, rows in unmapped.items():
        taken = parts[adsh].tags if adsh in parts else frozenset()
        rows = [r for r in rows if (adsh, r[1]) not in own and (r[1], r[2]) not in taken]
        found = fsds_lines.collect(rows, m.unnamed_line)
        if found is not None:
            out[adsh] = found
    return out


def _calendar(sub: dict[str, str]) -> FiscalCalendar | None:
    """The filing's fiscal calendar, anchored on its ``period``, ``fy``, ``fp`` and ``fye``."""
    period_end = fsds_rows.day(sub.get("period") or "")
    if period_end is None:
        return None
    fye = sub.get("fye") or ""
    md = f"--{fye[:2]}-{fye[2:4]}" if len(fye) == 4 else None
    fy = int(sub["fy"]) if (sub.get("fy") or "").isdigit() else None
    return FiscalCalendar.anchored(period_end, fy, _focus(sub), md)


def _focus(sub: dict[str, str]) -> str:
    """The filing's fiscal period (FY, Q1..Q3): ``fp``, or, where sub.txt leaves it empty (an
    amended 10-Q's row may), the quarter a quarterly report's period end is in, counted from
    the fiscal year's end (``fye``; December where not given): Travelers' 10-Q/A for June 30 is
    its Q2."""
    fp = (sub.get("fp") or "").strip().upper()
    if fp or not (sub.get("form") or "").upper().startswith("10-Q"):
        return fp or "FY"
    end, fye = fsds_rows.day(sub.get("period") or ""), sub.get("fye") or ""
    year_end = int(fye[:2]) if len(fye) == 4 and fye[:2].isdigit() else 12
    if end is None or not 1 <= year_end <= 12:
        return "FY"
    quarter = round(((end.month - year_end) % 12) / 3)
    return f"Q{quarter}" if 1 <= quarter <= 3 else "FY"


def _printed_labels(archive: zipfile.ZipFile, m) -> tuple[dict, dict, dict]:
    """(adsh or "", element) → label: the filing's printed label, else the taxonomy's;
    (adsh, tag) → concept for a filer's own elements whose printed label names a concept's whole
    line (``[label_fallbacks]`` of us_gaap.toml), and for mapped elements printed as another
    concept's whole line (that concept too); and per filing the lines of its income
    statement (report, line, tag, version, label, negating), for ``fsds_revenue.revenue_lines``."""
    out: dict[tuple[str, str], str] = {}
    own: dict[tuple[str, str], str] = {}
    industry: dict[tuple[str, str], set[str]] = defaultdict(set)  # lines named as a concept
    candidates: set[tuple[str, str]] = set()  # of them, the unmapped taxonomy elements
    lines: dict[str, list[tuple]] = defaultdict(list)
    unmapped: dict[str, list[tuple]] = defaultdict(list)  # (stmt, tag, version, label)
    own_rows: list[tuple] = []  # (adsh, stmt, tag, label) of the filers' own elements
    mapped: dict[tuple[str, str], list] = defaultdict(list)  # (adsh, stmt) → (element, row)
    also: dict[tuple[str, str], str] = {}  # mapped elements labelled as another concept's line
    instant: set[str] = set()  # the taxonomy's elements of a balance at a date
    if "tag.txt" in archive.namelist():
        for row in _rows(archive, "tag.txt"):
            element = fsds_rows.element(row.get("tag", ""), row.get("version", ""))
            if element in m.by_element and row.get("tlabel"):
                out.setdefault(("", element), row["tlabel"])
            elif element is not None and row.get("iord") == "I":
                instant.add(element)
    if "pre.txt" in archive.namelist():
        for row in _rows(archive, "pre.txt"):
            element = fsds_rows.element(row.get("tag", ""), row.get("version", ""))
            if (
                row.get("stmt") == "IS"
                and row.get("inpth") == "0"
                and row.get("line", "").isdigit()
            ):
                lines[row["adsh"]].append(
                    (
                        int(row.get("report") or 0),
                        int(row["line"]),
                        row.get("tag", ""),
                        row.get("version", ""),
                        (row.get("plabel") or "").strip(),
                        row.get("negating") == "1",
                    )
                )
            if (
                row.get("stmt") in fsds_lines.STATEMENTS
                and row.get("inpth") == "0"
                and element not in m.by_element
                and element not in m.apart_elements
            ):
                unmapped[row["adsh"]].append(
                    (
                        row["stmt"],
                        row.get("tag", ""),
                        row.get("version", ""),
                        row.get("plabel") or "",
                        row.get("negating") == "1",
                    )
                )
            if (
                row.get("stmt") in fsds_lines.STATEMENTS
                and row.get("inpth") == "0"
                and element in m.by_element
            ):
                mapped[(row["adsh"], row["stmt"])].append((element, row))
            if (
                element is None
                and row.get("version") == row.get("adsh")
                and row.get("inpth") == "0"
            ):
                own_rows.append(
                    (row["adsh"], row.get("stmt", ""), row["tag"], row.get("plabel") or "")
                )
            if element in m.by_element and row.get("plabel"):
                out.setdefault((row["adsh"], element), row["plabel"])
                concept = m.label_fallbacks.get((row.get("stmt", ""), label_key(row["plabel"])))
                if concept:
                    industry[(row["adsh"], concept)].add(row["tag"])  # named by a mapped line
                if (
                    concept
                    and all(c != concept for c, _ in m.by_element[element])
                    and not any(
                        _per_share(c) != _per_share(concept) for c, _ in m.by_element[element]
                    )
                ):
                    # a broader element printed as a narrower concept's whole line (a broker's
                    # FeesAndCommissions as "Asset management and administration fees"): that
                    # concept too, where the filing prints none of its elements (see _facts)
                    also[(row["adsh"], row["tag"])] = concept
            elif element is None and row.get("version") == row.get("adsh"):
                key = (
                    row.get("stmt", ""),
                    fsds_rows.line_key(row.get("plabel") or "", row.get("tag", "")),
                )
                if key in m.label_fallbacks:
                    own.setdefault((row["adsh"], row["tag"]), m.label_fallbacks[key])
                    out.setdefault((row["adsh"], fsds_rows.own(row["tag"])), row["plabel"])
            elif element is not None and element not in m.apart_elements:
                concept = m.label_fallbacks.get(
                    (
                        row.get("stmt", ""),
                        fsds_rows.line_key(row.get("plabel") or "", row.get("tag", "")),
                    )
                )
                # (an element of a balance printed as a flow's line is mislabelled: US Steel's
                # accumulated depreciation as its depreciation; and the other way round)
                if concept and (m.rules[concept].statement == "balance") == (element in instant):
                    industry[(row["adsh"], concept)].add(row["tag"])
                    candidates.add((row["adsh"], row["tag"]))
                    out.setdefault((row["adsh"], element), row["plabel"])
    # A taxonomy element us_gaap.toml does not map, printed as a concept's whole line (a
    # utility's UtilityRevenue as "Operating Revenues", a driller's RevenueOilAndGasServices as
    # "Operating Revenues", an asset manager's RevenuesExcludingInterestAndDividends as "Total
    # revenue"): the concept, like a filer's own element, when it is the only line so named
    # (not beside a mapped line so named: a maker's SalesRevenueGoodsNet "Revenues" above its
    # finance arm's FinancialServicesRevenue "Revenues").
    named = {(adsh, concept) for (adsh, _), concept in own.items()}
    for (adsh, concept), tags in industry.items():
        tag = next(iter(tags))
        preferred = [t for t in tags if f"us-gaap:{t}" in m.label_preferred.get(concept, ())]
        if len(tags) > 1 and len(preferred) == 1:
            # several lines so labelled (Aon's "Income from continuing operations" before and
            # after its noncontrolling interests): the one the concept prefers names it
            tags, tag = {preferred[0]}, preferred[0]
        if len(tags) == 1 and (adsh, concept) not in named and (adsh, tag) in candidates:
            own[(adsh, tag)] = concept
    for key, concept in also.items():
        own.setdefault(key, concept)
    for (adsh, _stmt), rows in mapped.items():
        unmapped[adsh] += _outranked(rows, m)
    return out, own, lines, unmapped, own_rows


def _outranked(rows: list, m) -> list[tuple]:
    """The lines of one statement whose element each concept it maps to takes only after another
    element the statement prints too (Torchmark's "Life premium", PremiumsEarnedNetLife, above its
    "Total premium", PremiumsEarnedNet): the concept is the other line's, so the line is read as
    the filer's own (``fsds_lines``), as (stmt, tag, version, label, negated) rows."""
    printed = {element for element, _ in rows}
    out = []
    for element, row in rows:
        concepts = m.by_element[element]
        if all(
            rank > 0 and any(e in printed for e in m.rules[c].elements[:rank])
            for c, rank in concepts
        ):
            out.append(
                (
                    row["stmt"],
                    row.get("tag", ""),
                    row.get("version", ""),
                    row.get("plabel") or "",
                    row.get("negating") == "1",
                )
            )
    return out


def _per_share(concept: str) -> bool:
    """Whether a concept is an amount per share (a continuing operations' EPS line printed as
    "Income (loss) from continuing operations" under the per-share heading is no profit)."""
    found = accounts().get(concept)
    return found is not None and "/share" in (found.unit or "")


def _numbers(archive, m, filings, own, parts, printed, sectors) -> tuple[dict, dict[str, int]]:
    """The mapped rows of ``num.txt`` by filing (and the rows of the revenue lines ``parts``
    names; a sector's line as a row of that business segment, ``sectors``), and per filing how
    many segment rows were not read."""
    kept: dict[str, list[dict]] = defaultdict(list)
    skipped: dict[str, int] = defaultdict(int)
    restated: dict[str, list[dict]] = defaultdict(list)
    parent: dict[str, list[dict]] = defaultdict(list)  # rows of the co-registrant "ParentCompany"
    for row in _rows(archive, "num.txt"):
        element = fsds_rows.element(row.get("tag", ""), row.get("version", ""))
        adsh, tag = row.get("adsh", ""), row.get("tag", "")
        wanted = element in m.by_element or element in m.apart_elements
        wanted = wanted or (adsh, tag) in own
        wanted = wanted or (adsh in parts and (tag, row.get("version", "")) in parts[adsh].tags)
        wanted = wanted or (adsh in printed and printed[adsh].wanted(tag, row.get("version", "")))
        if not wanted or row.get("adsh") not in filings:
            continue
        if row.get("coreg") == "ParentCompany" and row.get("segments") in _PARENT:
            parent[row["adsh"]].append({**row, "coreg": "", "segments": ""})
        if row.get("coreg"):
            continue
        sector = sectors.get((adsh, tag))
        if sector is not None:
            if not row.get("segments"):
                kept[adsh].append({**row, "segments": f"BusinessSegments={sector[1]};"})
            continue
        if row.get("segments") in _RESTATED:
            restated[row["adsh"]].append({**row, "segments": ""})
            continue
        if row.get("segments") and not business_segment(row["segments"]):
            skipped[row["adsh"]] += 1
            continue
        kept[row["adsh"]].append(row)  # (a business segment's rows keep their member)
    for adsh, rows in parent.items():
        # a combined filing whose every figure names a co-registrant (Sempra with its utilities):
        # the parent's are the registrant's own, consolidated statements
        # (its business segments' rows, without a co-registrant, are no consolidated figures)
        if all(r.get("segments") for r in kept.get(adsh, ())):
            kept[adsh] = rows + kept.get(adsh, [])
    for adsh, rows in restated.items():
        # a comparative the filing gives only as restated (for a standard adopted this year: St.
        # Jude's 2008 quarter) is the figure it prints in that column
        plain = {_number_key(r) for r in kept.get(adsh, ()) if not r.get("segments")}
        kept[adsh] += [r for r in rows if _number_key(r) not in plain]
    return kept, skipped


# the one axis whose members are the consolidated company's own figures: a comparative restated
_RESTATED = frozenset({"Scenario=AdjustedNewAccountingTreatment;", "Scenario=ScenarioRestated;"})


_PARENT = frozenset({"", "LegalEntity=ParentCompany;"})
# one member of the business segments axis and no other (BusinessSegments=SegmentFinanceGroup;),
# or of the scenario axis where a filer gives its segments' columns there (PACCAR's
# Scenario=TruckAndOther;, Weyerhaeuser's Scenario=TimberProperties;)
_BUSINESS_SEGMENT = re.compile(r"(?:BusinessSegments|(Scenario))=(\w+);")
# the scenario axis's own members, which are no segments: a restatement, an acquiree before and
# after its purchase, a forecast, a pro forma figure
_NO_SEGMENT_SCENARIO = re.compile(
    r"^(?:Scenario|Predecessor|Successor|Previously|Reported|Pro_?Forma|Forecast|Actual"
    r"|Plan(?![a-z])|Budget|Pending|Proposed)|Adjust|Restate|Consolidat|Eliminat"
)
# a member that is the whole company, not a segment of it
_WHOLE_MEMBERS = frozenset({"consolidated", "total", "segmentconsolidated", "segmenttotal"})
_SMALL_WORDS = frozenset({"and", "of", "the", "for", "in"})


def business_segment(segments: str) -> str | None:
    """The name in words of the one business segment a row's ``segments`` names
    (``BusinessSegments=SegmentManufacturingGroup;`` → "Manufacturing Group",
    ``SegmentFinanceAndFinancialProducts`` → "Finance and Financial Products"), None for any
    other dimension, more than one, or a member that is the whole company (``SegmentConsolidated``).
    """
    m = _BUSINESS_SEGMENT.fullmatch(segments)
    if m is None or m.group(2).lower() in _WHOLE_MEMBERS:
        return None
    if m.group(1) and _NO_SEGMENT_SCENARIO.search(m.group(2)):
        return None
    member = m.group(2).strip("_")
    member = re.sub(r"^Segment(?=[A-Z])|(?<=[a-z])(?:Segment)?(?:Member)?$", "", member)
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", member)
    if not words:
        return None
    words = [w.lower() if i and w.lower() in _SMALL_WORDS else w for i, w in enumerate(words)]
    return " ".join(words)


def _number_key(row: dict) -> tuple[str, ...]:
    return tuple(row.get(k) or "" for k in ("tag", "version", "ddate", "qtrs", "uom"))


def _filing(file, archive_sha, adsh, sub, rows, labels, own, skipped, parts, printed) -> Reading:
    sha = hashlib.sha256(f"{archive_sha}:{adsh}".encode()).hexdigest()
    cik = (sub.get("cik") or "").strip()
    ticker = ticker_from_instance(sub.get("instance") or "")
    # the trading symbol, as the XBRL reader names a company, so a filer read from both sources is
    # one company in the store; the CIK when the instance's name gives none
    code = ticker or (cik.zfill(10) if cik.isdigit() else cik or adsh)
    registrant = (sub.get("name") or code).strip()
    company = Company(code, registrant, None, company_aliases(registrant, ticker))
    fp = _focus(sub)
    fy = int(sub["fy"]) if (sub.get("fy") or "").isdigit() else None
    calendar = _calendar(sub)
    year = calendar.year if calendar else fy
    period = f"{year}{fp}" if year and fp in ("FY", "Q1", "Q2", "Q3", "Q4") else ""
    warnings = []
    if calendar is None:
        warnings.append(f"{adsh}: no period in sub.txt: its figures are not read")
    # a business segment's rows (Textron's Manufacturing group and Finance group): its facts
    members: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        if row.get("segments"):
            members[business_segment(row["segments"]) or ""].append({**row, "segments": ""})
    rows = [row for row in rows if not row.get("segments")]
    facts = _facts(rows, calendar, adsh, file, sha, code, labels, own, warnings) if calendar else []
    segment_own = _segment_lines(adsh, printed, own) if members else own
    for name, seg_rows in members.items() if calendar else ():
        found = _facts(seg_rows, calendar, adsh, file, sha, code, labels, segment_own, warnings)
        facts += [replace(f, segment=name) for f in found if name]
    if calendar and adsh in parts:
        facts += revenue_parts(rows, calendar, parts[adsh], adsh, file, sha, code, facts)
        facts += goods_cost(facts, parts[adsh])
        facts += paired_cost(facts)
    if calendar and printed is not None and facts:
        # the lines no concept takes (fsds_lines), in the scale of the filing's other figures
        scale = next((f.scale for f in facts if f.scale), "")
        facts += fsds_lines.line_facts(rows, calendar, printed, (adsh, file, sha, code), scale)
    if skipped.get(adsh):
        warnings.append(f"{adsh}: {skipped[adsh]} rows of mapped tags with segments not read")
    kind = (sub.get("form") or "").strip() or SEC_FSDS
    document = Document(sha256=sha, file=file, kind=kind, company=company, period=period)
    return Reading(document=document, facts=facts, warnings=warnings)


def _segment_lines(adsh: str, printed, own: dict) -> dict:
    """``own`` and, for a segment's rows, the lines the filing prints under a concept's whole-line
    label (``[label_fallbacks]``) whose element no concept takes: a finance arm's column of
    "Revenues" (PACCAR's FinancialServicesRevenue) is that segment's revenue where the segment
    gives none of the concept's elements (``_facts``)."""
    if printed is None:
        return own
    m = mapping()
    extra = {
        (adsh, tag): concept
        for (tag, _), (stmt, label) in printed.lines.items()
        if (concept := m.label_fallbacks.get((stmt, label_key(label))))
    }
    return {**extra, **own} if extra else own


_CURRENCY = re.compile(r"[A-Z]{3}")
# units an early filer mistakenly gave an amount per share (read as the filing's currency)
_NOT_A_CURRENCY = frozenset({"pure", "shares"})


def chart_per_share(chart, concept: str) -> bool:
    """Whether the concept is an amount per share (its unit in the chart of accounts)."""
    return concept in chart and chart[concept].unit.endswith("/share")


def _counted(chart, concept: str) -> bool:
    """Whether the concept is a count (of shares), in the chart of accounts."""
    return concept in chart and chart[concept].unit == "count"


def _facts(rows, calendar, adsh, file, sha, code, labels, own, warnings) -> list[Fact]:
    m = mapping()
    chart = accounts()
    best: dict[tuple, tuple] = {}
    printed: dict[str, set[str]] = defaultdict(set)
    # a filer's own element stands for a concept only in a filing that prints none of the
    # concept's elements
    standard = {
        c
        for row in rows
        for c, _ in m.by_element.get(fsds_rows.element(row["tag"], row["version"]), ())
    }
    # early XBRL filers gave per-share amounts the unit "pure" (Coca-Cola's 2009 10-Q: diluted
    # EPS 0.88 pure) or "shares" (Kimberly-Clark's: diluted EPS 0.97 shares): such an amount is
    # in the currency of the filing's other amounts
    currency = Counter(
        u for row in rows if _CURRENCY.fullmatch(u := (row.get("uom") or "").strip())
    ).most_common(1)
    for row in rows:
        element = fsds_rows.element(row["tag"], row["version"])
        hits = m.by_element.get(element, ())
        if not hits and (adsh, row["tag"]) in own:
            concept = own[(adsh, row["tag"])]
            if concept in standard:
                continue
            element = element or fsds_rows.own(row["tag"])
            hits = ((concept, len(m.rules[concept].elements)),)
        elif hits and (adsh, row["tag"]) in own:
            # (a mapped element whose printed label names another concept's whole line)
            concept = own[(adsh, row["tag"])]
            if concept not in standard and all(c != concept for c, _ in hits):
                hits = (*hits, (concept, len(m.rules[concept].elements)))
        uom = (row.get("uom") or "").strip()
        uom_pure = uom in _NOT_A_CURRENCY and bool(currency)
        if uom_pure and any(chart_per_share(chart, c) for c, _ in hits):
            uom = currency[0][0]
        # (diluted shares outstanding: a count, the only facts of unit "shares" read)
        counted = uom == "shares" and any(_counted(chart, c) for c, _ in hits)
        if counted:
            uom, uom_pure = "count", False
        if not (_CURRENCY.fullmatch(uom) or counted):
            continue
        span = fsds_rows.when(calendar, row.get("ddate") or "", row.get("qtrs") or "")
        if span is None or span[2] is None:
            continue
        start, end, period = span
        if element in m.apart_elements and nonzero(row.get("value") or ""):
            printed[period].add(element)
        for concept, rank in hits:
            per_share = chart_per_share(chart, concept)
            if (uom_pure and not per_share) or counted != _counted(chart, concept):
                continue
            unit = f"{uom}/share" if per_share else uom
            key = (concept, period, unit)
            if key not in best or rank < best[key][0]:
                best[key] = (rank, element, row, start, end)
    facts = []
    scale = reporting_scale(
        [
            row["value"]
            for (_, _, u), (_, _, row, _, _) in best.items()
            if "/" not in u and u != "count"
        ]
    )
    for (concept, period, unit), (_, element, row, start, end) in best.items():
        text = row["value"].strip()
        try:
            value = to_value(text, unit)
        except InvalidOperation:
            warnings.append(f"{adsh} {element} {period}: not a number ({text!r}), skipped")
            continue
        label = (
            labels.get((adsh, element)) or labels.get(("", element)) or element.partition(":")[2]
        )
        column = fsds_rows.column(adsh, row["ddate"], row["qtrs"], start, end)
        source = Source(file, sha, None, m.table(concept), f"{label} [{element}]", column, text)
        facts.append(Fact(code, concept, period, value, unit, source, "" if "/" in unit else scale))
    facts = credit_side_positive(outflows_positive(facts))
    return set_apart(facts + fallback_facts(facts), printed)
