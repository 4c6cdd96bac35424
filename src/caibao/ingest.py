"""Ingest: files in, validated documents in the store, one transaction per document.

Takes: paths — report PDFs, cninfo API answers (JSON), facts CSVs, or directories of them.
Gives: one ``IngestResult`` per file (what ``caibao ingest --json`` prints).

Each file's kind comes from its content, never its name: ``%PDF`` → the PDF reader
(``caibao.extract.read_report``), a cninfo answer → ``sources.cninfo``, a CSV with the facts
header → ``sources.facts_csv``, an XBRL instance → ``sources.xbrl``, an SEC companyfacts answer
→ ``sources.sec_companyfacts``, an SEC data sets zip → ``sources.sec_fsds`` (one document per
filing; the zip's result sums them up). A document already in the store (same sha256) is reported as
``unchanged`` and nothing is written. Errors are caught per file, so the other files still go in;
a failed file leaves nothing in the store.

A directory ingests the files directly in it (not its sub-directories), in name order; a file
there that is none of the three kinds is ``skipped`` (reported, not an error), while a file named
on the command line that is none of them fails.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import duckdb

from .errors import CaibaoError, InputError, StoreError, UnsupportedReportError
from .model import Check, Fact, Reading
from .periods import Period
from .sources.cninfo import read_cninfo
from .sources.common import (
    CNINFO,
    FACTS_CSV,
    PDF,
    SEC_COMPANYFACTS,
    SEC_FSDS,
    XBRL,
    read_bytes,
    sha256_bytes,
    sniff,
)
from .sources.facts_csv import read_facts_csv
from .sources.sec_companyfacts import read_companyfacts
from .sources.sec_fsds import read_fsds
from .sources.xbrl import read_xbrl
from .store import Store
from .validate import validate

INGESTED = "ingested"
UNCHANGED = "unchanged"
FAILED = "failed"
SKIPPED = "skipped"

NOT_READABLE = (
    "not a report PDF, XBRL instance, SEC companyfacts JSON or data sets, cninfo JSON or facts CSV"
)


@dataclass
class IngestResult:
    """What happened to one file."""

    file: str
    status: str = FAILED  # ingested | unchanged | failed | skipped
    sha256: str | None = None
    company_code: str | None = None
    company_name: str | None = None
    report_kind: str | None = None
    period: str | None = None
    facts: int = 0
    checks_passed: int = 0
    checks_failed: list[Check] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status != FAILED

    def to_json(self) -> dict:
        return {
            "file": self.file,
            "status": self.status,
            "sha256": self.sha256,
            "company_code": self.company_code,
            "company_name": self.company_name,
            "report_kind": self.report_kind,
            "period": self.period,
            "facts": self.facts,
            "checks_passed": self.checks_passed,
            "checks_failed": [c.to_json() for c in self.checks_failed],
            "errors": self.errors,
            "warnings": self.warnings,
        }


def ingest_paths(paths: Iterable[str | Path], store: Store) -> list[IngestResult]:
    """Ingest every file (directories: the files in them); one result per file."""
    results = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            members = sorted(
                p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")
            )
            results += [ingest_file(p, store, in_directory=True) for p in members]
        else:
            results.append(ingest_file(path, store))
    return results


def ingest_file(path: str | Path, store: Store, in_directory: bool = False) -> IngestResult:
    """Read, validate and store one file. Never raises for a bad file: see ``result.errors``."""
    name = str(path)
    result = IngestResult(file=name)
    try:
        data = read_bytes(Path(path))
        result.sha256 = sha256_bytes(data)
        if store.has_document(result.sha256):
            return _unchanged(result, store)
        kind = sniff(Path(path), data)
        if kind is None:
            if in_directory:
                result.status = SKIPPED
                result.errors.append(NOT_READABLE)
                return result
            raise InputError(name, NOT_READABLE)
        if kind == SEC_FSDS:
            return _ingest_filings(read_fsds(Path(path), data), store, result)
        reading = _read(kind, Path(path), data, name)
        return ingest_reading(reading, store, result)
    except CaibaoError as exc:
        result.status = FAILED
        result.errors.append(exc.reason)
    except Exception as exc:  # a bug in a reader: this file fails, the others still go in
        result.status = FAILED
        result.errors.append(f"internal error ({type(exc).__name__}: {exc}); please report it")
    return result


def _read(kind: str, path: Path, data: bytes, name: str) -> Reading:
    if kind == CNINFO:
        return read_cninfo(path, data)
    if kind == FACTS_CSV:
        return read_facts_csv(path, data)
    if kind == XBRL:
        return read_xbrl(path, data)
    if kind == SEC_COMPANYFACTS:
        return read_companyfacts(path, data)
    assert kind == PDF
    try:
        from .extract import read_report  # the PDF reader: heavy imports, only when needed
    except ImportError as exc:
        raise UnsupportedReportError(name, "reading report PDFs is not available yet") from exc
    return read_report(path, data, name)


def ingest_reading(
    reading: Reading, store: Store, result: IngestResult | None = None
) -> IngestResult:
    """Validate one reading and write it with its checks in one transaction.

    Raises ``InputError`` for a reading that is not well formed (nothing is written) and
    ``StoreError`` when the store refuses it (the transaction is rolled back).
    """
    doc = reading.document
    result = result or IngestResult(file=doc.file)
    result.sha256 = doc.sha256
    _describe(result, doc)
    _check_well_formed(reading, result.file)
    checks = validate(reading, store)
    try:
        added = store.add(reading, checks)
    except duckdb.Error as exc:
        raise StoreError(
            result.file, f"the store refused the document, nothing written ({exc})"
        ) from exc
    if not added:
        return _unchanged(result, store)
    result.status = INGESTED
    result.facts = len(reading.facts)
    result.checks_passed = sum(c.passed for c in checks)
    result.checks_failed = [c for c in checks if not c.passed]
    result.warnings = list(reading.warnings)
    return result


def _ingest_filings(readings, store: Store, result: IngestResult) -> IngestResult:
    """An archive of many filings (the SEC data sets): each filing is a document of its own,
    validated and written in its own transaction; the archive's result adds them up, and a
    filing that fails is named in its warnings while the others still go in."""
    result.report_kind = SEC_FSDS
    statuses = []
    for reading in readings:
        one = IngestResult(file=f"{result.file} {reading.document.sha256[:12]}")
        try:
            ingest_reading(reading, store, one)
        except CaibaoError as exc:
            one.status = FAILED
            result.warnings.append(f"{reading.document.company.name}: {exc.reason}")
        statuses.append(one.status)
        result.facts += one.facts
        result.checks_passed += one.checks_passed
        result.checks_failed += one.checks_failed
        result.warnings += one.warnings
    if not statuses:
        raise InputError(result.file, "the data sets hold no filing")
    if all(s == FAILED for s in statuses):
        raise InputError(result.file, "no filing of the data sets could be stored")
    result.status = INGESTED if INGESTED in statuses else UNCHANGED
    return result


def _describe(result: IngestResult, doc) -> None:
    result.company_code = doc.company.code
    result.company_name = doc.company.name
    result.report_kind = doc.kind
    result.period = doc.period


def _unchanged(result: IngestResult, store: Store) -> IngestResult:
    for doc, n in store.documents():
        if doc.sha256 == result.sha256:
            _describe(result, doc)
            result.facts = n
            break
    checks = store.checks(result.sha256)
    result.status = UNCHANGED
    result.checks_passed = sum(c.passed for c in checks)
    result.checks_failed = [c for c in checks if not c.passed]
    return result


def _check_well_formed(reading: Reading, name: str) -> None:
    """A reader's output, held to the model's promises before anything is written."""
    sha = reading.document.sha256
    for i, fact in enumerate(reading.facts, 1):
        problem = _fact_problem(fact, sha)
        if problem:
            raise InputError(name, f"fact {i} ({fact.concept} {fact.period}): {problem}")


def _fact_problem(fact: Fact, sha: str) -> str | None:
    if not fact.company or not fact.concept or not fact.unit:
        return "no company, concept or unit"
    if fact.value is not None and not isinstance(fact.value, Decimal):
        return f"value {fact.value!r} is not a Decimal"
    if fact.value is not None and not fact.value.is_finite():
        return f"value {fact.value} is not a finite number"
    if fact.source.sha256 != sha:
        return "its source is another document"
    try:
        Period.parse(fact.period)
    except ValueError:
        return f"period {fact.period!r} is not in period notation"
    return None
