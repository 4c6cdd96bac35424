"""A plain facts CSV: one figure a line, with its source.

Columns (header required, any order): ``company,concept,segment,period,value,unit,source`` and,
optionally, ``measure`` (value | change_pct | change_pp; default value), ``company_name`` and
``note``. ``value`` is written in ``unit`` (元, 万元, 亿元, %, pp, or a count such as 万 — see
``units.toml``); commas, full-width digits and a leading minus are accepted, an empty value or
不适用 means "no value". The reader converts to base units (yuan, count) and keeps the written
value as ``Source.text`` and the unit as ``Fact.scale``.

One file holds one company's figures (a ``Document`` belongs to one company). Any bad line makes
the whole file an ``InputError`` naming the line: nothing of a half-read file reaches the store.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

from ..errors import InputError
from ..model import CHANGE_PCT, CHANGE_PP, VALUE, Company, Document, Fact, Reading, Source
from ..numbers import parse_cell
from .common import (
    FACTS_CSV,
    FACTS_CSV_COLUMNS,
    canonical_period,
    exchange_for_code,
    in_cents,
    period_end,
    plain,
    read_bytes,
    sha256_bytes,
    units,
)

OPTIONAL_COLUMNS = ("measure", "company_name", "note")
MEASURES = (VALUE, CHANGE_PCT, CHANGE_PP)
# The unit a change must be written in.
_CHANGE_UNITS = {CHANGE_PCT: "%", CHANGE_PP: "pp"}

_CONCEPT_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_MINUS_SIGNS = str.maketrans({"\u2212": "-", "\u2013": "-", "\uff0d": "-"})


def read_facts_csv(path: str | Path, data: bytes | None = None) -> Reading:
    """Read a facts CSV into a ``Reading`` (document kind ``facts_csv``)."""
    path = Path(path)
    name = str(path)
    if data is None:
        data = read_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(name, "a facts CSV must be UTF-8 text") from exc
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in FACTS_CSV_COLUMNS if c not in header]
    if missing:
        raise InputError(name, f"not a facts CSV: missing column(s) {', '.join(missing)}")
    reader.fieldnames = header
    warnings = []
    unknown = [h for h in header if h not in FACTS_CSV_COLUMNS + OPTIONAL_COLUMNS]
    if unknown:
        warnings.append(f"columns ignored: {', '.join(unknown)}")

    sha = sha256_bytes(data)
    facts: list[Fact] = []
    names: dict[str, str] = {}
    for row in reader:
        line = reader.line_num
        cells = {k: (v or "").strip() for k, v in row.items() if k is not None}
        if not any(cells.values()):
            continue
        try:
            facts.append(_fact(cells, path.name, sha, line))
        except ValueError as exc:
            raise InputError(name, f"line {line}: {exc}") from exc
        if cells.get("company_name"):
            names.setdefault(cells["company"], cells["company_name"])
    if not facts:
        raise InputError(name, "a facts CSV with a header and no figures")

    codes = sorted({f.company for f in facts})
    if len(codes) > 1:
        raise InputError(name, f"one company per facts CSV, found {len(codes)}: {', '.join(codes)}")
    code = codes[0]
    company = Company(code, names.get(code, code), exchange_for_code(code))
    document = Document(
        sha256=sha, file=path.name, kind=FACTS_CSV, company=company, period=_main_period(facts)
    )
    return Reading(document=document, facts=facts, warnings=warnings)


def _fact(cells: dict[str, str], file: str, sha: str, line: int) -> Fact:
    company = cells["company"]
    if not company:
        raise ValueError("empty company")
    concept = cells["concept"]
    if not _CONCEPT_ID.match(concept):
        raise ValueError(f"concept {concept!r} is not a concept id (lower_case_with_underscores)")
    try:
        period = canonical_period(cells["period"])
    except ValueError:
        raise ValueError(
            f"period {cells['period']!r} is not 2024FY, 2025H1, 2025Q1..Q4, 2025Q1-Q3 or a date"
        ) from None
    measure = cells.get("measure") or VALUE
    if measure not in MEASURES:
        raise ValueError(f"measure {measure!r} is not one of {', '.join(MEASURES)}")
    written_unit = cells["unit"]
    unit = units().get(written_unit)
    if unit is None:
        raise ValueError(f"unit {written_unit!r} is not one of {', '.join(units())}")
    if measure in _CHANGE_UNITS and unit.unit != _CHANGE_UNITS[measure]:
        raise ValueError(f"a {measure} is written in {_CHANGE_UNITS[measure]}, not {written_unit}")
    source_text = cells["source"]
    if not source_text:
        raise ValueError("empty source: every figure names where it comes from")
    written = cells["value"]
    try:
        number = parse_cell(written.translate(_MINUS_SIGNS))
    except ValueError:
        raise ValueError(f"value {written!r} is not a number") from None
    value = None if number is None else _scaled(number, unit.factor, unit.unit)
    note = cells.get("note") or ""
    return Fact(
        company=company,
        concept=concept,
        period=period,
        value=value,
        unit=unit.unit,
        scale=written_unit,
        segment=cells["segment"] or None,
        measure=measure,
        source=Source(
            file=file,
            sha256=sha,
            page=None,
            table=source_text.split()[0],
            row_label=source_text,
            column=f"line {line}" + (f"; {note}" if note else ""),
            text=written,
        ),
    )


def _scaled(number: Decimal, factor: Decimal, unit: str) -> Decimal:
    value = number * factor
    return in_cents(value) if unit in ("CNY", "USD") else plain(value)


def _main_period(facts: list[Fact]) -> str:
    """The document's period: the one most figures are about, the latest on a tie."""
    counts = Counter(f.period for f in facts if f.measure == VALUE) or Counter(
        f.period for f in facts
    )
    return max(counts, key=lambda p: (counts[p], period_end(p)))
