"""The SEC companyfacts API answer (``CIK##########.json``): every XBRL fact a company filed.

One file is one ``Document`` (kind ``sec_companyfacts``, period = the latest fiscal year or
quarter it covers). The company code is the ten-digit CIK (the answer names no trading symbol),
its name ``entityName``. Elements map to concepts through ``us_gaap.toml`` (US GAAP and IFRS
taxonomies alike), preferred element first, as for an XBRL instance (``sources.xbrl``).

Periods: each fact's own ``start``/``end`` in fiscal notation (2023FY, 2023Q3, 2023Q1-Q3,
2023-12-31 for a balance), the fiscal calendar anchored on the filing that reported it (its
``fy``, ``fp`` and the latest end date it reports). ``frame`` is not used: it is the SEC's
calendar-aligned frame, set on one of the filings only.

Several filings report the same figure (a year's revenue comes again as the prior year of the
next annual report). One fact is kept per concept, period and unit: the value of the **latest
filed** report, which holds any restatement. Keeping every filing's value would put several
values of one figure into one document, which the checker would read as sources that disagree;
instead, an earlier filing that printed another value is named in a warning ("restated").

The rounding of each filing's amounts (whole millions, thousands) is kept as ``Fact.scale``, as
the data sets do not give it.

Provenance: table = the statement ("XBRL income statement"), row_label = the element's label as
the answer gives it (else its name) and ``[taxonomy:Element]``, column = the form, accession
number, filing date and the fact's dates, text = the number as the JSON writes it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Company, Document, Fact, Reading, Source
from ..periods import Period
from .common import SEC_COMPANYFACTS, read_bytes, sha256_bytes
from .us_gaap import (
    FiscalCalendar,
    company_aliases,
    credit_side_positive,
    fallback_facts,
    mapping,
    nonzero,
    outflows_positive,
    reporting_scale,
    set_apart,
    to_value,
)

# The answer's unit names → Fact.unit.
_UNITS = {"shares": None, "pure": None}


def _unit(name: str) -> str | None:
    if name in _UNITS:
        return _UNITS[name]
    money, _, per = name.partition("/")
    if len(money) == 3 and money.isalpha() and money.isupper():
        return f"{money}/share" if per == "shares" else (money if not per else None)
    return None


@dataclass(frozen=True, slots=True)
class _Entry:
    concept: str
    rank: int
    element: str
    label: str | None
    unit: str
    start: date | None
    end: date
    raw: dict[str, Any]


def _load(name: str, data: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(data.decode("utf-8-sig"), parse_float=str)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(name, f"not valid JSON ({exc})") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("facts"), dict) or "cik" not in doc:
        raise InputError(name, "not an SEC companyfacts answer (no cik and facts)")
    return doc


def _day(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def read_companyfacts(path: str | Path, data: bytes | None = None) -> Reading:
    """Read one companyfacts answer into a ``Reading``."""
    path = Path(path)
    name = str(path)
    if data is None:
        data = read_bytes(path)
    doc = _load(name, data)
    sha = sha256_bytes(data)
    cik = str(doc["cik"]).strip()
    code = cik.zfill(10) if cik.isdigit() else cik
    registrant = str(doc.get("entityName") or code)
    company = Company(code, registrant, None, company_aliases(registrant))

    m = mapping()
    entries: list[_Entry] = []
    apart: list[tuple[str, dict]] = []  # rows of elements that set a concept apart
    for taxonomy, elements in doc["facts"].items():
        if not isinstance(elements, dict):
            continue
        for local, body in elements.items():
            element, hits = f"{taxonomy}:{local}", m.by_element.get(f"{taxonomy}:{local}")
            if element in m.apart_elements and isinstance(body, dict):
                apart += [(element, r) for rows in (body.get("units") or {}).values() for r in rows]
            if hits is None or not isinstance(body, dict):
                continue
            label = body.get("label")
            for unit_name, rows in (body.get("units") or {}).items():
                unit = _unit(unit_name)
                for row in rows if unit else ():
                    end = _day(row.get("end"))
                    if end is None or row.get("val") is None:
                        continue
                    start = _day(row["start"]) if row.get("start") else None
                    for concept, rank in hits:
                        entries.append(_Entry(concept, rank, element, label, unit, start, end, row))
    calendars = _calendars(entries)
    best: dict[tuple, tuple] = {}
    values: dict[tuple, list[_Entry]] = defaultdict(list)
    for e in entries:
        calendar = calendars.get(e.raw.get("accn"))
        period = calendar.period(e.start, e.end) if calendar else None
        if period is None:
            continue
        key = (e.concept, period, e.unit)
        order = (e.rank, _negated(str(e.raw.get("filed", ""))), str(e.raw.get("accn", "")))
        if key not in best or order < best[key][0]:
            best[key] = (order, e)
        values[key].append(e)

    facts, warnings = [], []
    by_filing: dict[str, list[str]] = defaultdict(list)
    for e in entries:
        if "/" not in e.unit:
            by_filing[e.raw.get("accn")].append(str(e.raw["val"]))
    scales = {accn: reporting_scale(texts) for accn, texts in by_filing.items()}
    for (concept, period, unit), (_, e) in best.items():
        text = str(e.raw["val"])
        try:
            value = to_value(text, unit)
        except InvalidOperation:
            warnings.append(f"{e.element} {period}: not a number ({text!r}), skipped")
            continue
        for other in values[(concept, period, unit)]:
            if other.element == e.element and Decimal(str(other.raw["val"])) != Decimal(text):
                warnings.append(
                    f"restated: {concept} {period} {other.raw['val']} in {other.raw.get('form')} "
                    f"{other.raw.get('accn')} (filed {other.raw.get('filed')}), {text} in "
                    f"{e.raw.get('form')} {e.raw.get('accn')} (filed {e.raw.get('filed')}): "
                    "the latest kept"
                )
                break
        scale = "" if "/" in unit else scales.get(e.raw.get("accn"), "")
        facts.append(_fact(e, concept, period, unit, value, text, code, path.name, sha, scale))
    facts = credit_side_positive(outflows_positive(facts))
    facts += fallback_facts(facts)
    printed: dict[str, set[str]] = defaultdict(set)
    for element, row in apart:
        calendar = calendars.get(row.get("accn"))
        end, start = _day(row.get("end")), _day(row.get("start")) if row.get("start") else None
        if calendar and end and nonzero(str(row.get("val", ""))):
            printed[calendar.period(start, end) or ""].add(element)
    facts = set_apart(facts, printed)
    document = Document(
        sha256=sha,
        file=path.name,
        kind=SEC_COMPANYFACTS,
        company=company,
        period=_latest_period(facts),
    )
    return Reading(document=document, facts=facts, warnings=warnings)


def _negated(filed: str) -> str:
    """A sort key that puts the latest filing date first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in filed)


def _fact(e: _Entry, concept, period, unit, value, text, code, file, sha, scale) -> Fact:
    r = e.raw
    span = e.end.isoformat() if e.start is None else f"{e.start} to {e.end}"
    column = f"{r.get('form')} {r.get('accn')} filed {r.get('filed')}: {span}"
    label = f"{e.label} [{e.element}]" if e.label else f"[{e.element}]"
    return Fact(
        company=code,
        concept=concept,
        period=period,
        value=value,
        unit=unit,
        source=Source(file, sha, None, mapping().table(concept), label, column, text),
        scale=scale,
    )


def _calendars(entries: list[_Entry]) -> dict[str, FiscalCalendar]:
    """Each filing's fiscal calendar, from its ``fy``/``fp`` and the latest end it reports; the
    fiscal year's month and day from the annual filings, when there are any."""
    latest: dict[str, tuple[date, int | None, str]] = {}
    for e in entries:
        accn = e.raw.get("accn")
        if not accn or e.start is None:
            continue
        fy = e.raw.get("fy")
        fy = int(fy) if isinstance(fy, int) or str(fy).isdigit() else None
        held = latest.get(accn)
        if held is None or e.end > held[0]:
            latest[accn] = (e.end, fy, str(e.raw.get("fp") or "FY"))
    year_ends = [end for end, _, fp in latest.values() if fp.upper() == "FY"]
    md = f"--{max(year_ends).strftime('%m-%d')}" if year_ends else None
    return {
        accn: FiscalCalendar.anchored(end, fy, fp, md) for accn, (end, fy, fp) in latest.items()
    }


def _latest_period(facts: list[Fact]) -> str:
    spans = [f.period for f in facts if not Period.parse(f.period).is_instant]
    if not spans:
        return ""
    return max(spans, key=lambda p: (Period.parse(p).end, -Period.parse(p).months))
