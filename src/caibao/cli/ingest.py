"""``caibao ingest FILE...``: read reports and structured sources into the fact store."""

from __future__ import annotations

import click

from ..errors import CaibaoError
from ..ingest import FAILED, ingest_paths
from . import main
from ._output import emit, fail, output_options
from .query import db_option, open_store

_TABLE_COLUMNS = ["status", "kind", "company", "period", "facts", "checks_failed", "file"]


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True))
@db_option
@output_options
def ingest(files, db, fmt):
    """Read FILES into the fact store: report PDFs, cninfo API answers (JSON) and facts CSVs;
    SEC XBRL instances, companyfacts JSON and financial statement data sets (zip).

    A file's kind is read from its content, not its name. A directory ingests the files directly
    in it (files there of no known kind are skipped). A file already in the store is reported as
    unchanged and nothing is written; each document is written in one transaction.

    Prints one line per file (status, kind, company, period, facts, failed checks); --json prints,
    per file, its sha256, company, report kind, period, number of facts, the checks passed and
    the failed ones with their details, and errors.

    Exit status: 0 when every file was ingested or unchanged; 1 when a file failed (one line
    `caibao: FILE: reason` on stderr for each; the other files are still ingested); 2 when the
    store cannot be opened or the command line is wrong.
    """
    with open_store(db, read_only=False) as store:
        results = ingest_paths(files, store)
    for r in results:
        if r.status == FAILED:
            fail(CaibaoError(r.file, "; ".join(r.errors) or "failed"))
    if fmt == "json":
        emit([r.to_json() for r in results], fmt)
    else:
        rows = [
            {
                "status": r.status,
                "kind": r.report_kind,
                "company": r.company_code,
                "period": r.period,
                "facts": r.facts,
                "checks_passed": r.checks_passed,
                "checks_failed": len(r.checks_failed),
                "file": r.file,
            }
            for r in results
        ]
        emit(rows, fmt, _TABLE_COLUMNS if fmt == "table" else None)
    if any(r.status == FAILED for r in results):
        raise SystemExit(1)
