"""``caibao facts``, ``caibao companies``, ``caibao documents``: read the store."""

from __future__ import annotations

import click

from ..errors import CaibaoError
from ..store import Store
from . import main
from ._output import die, emit, output_options

db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False),
    envvar="CAIBAO_DB",
    help="Fact store file (default: caibao.duckdb in the user data directory; env CAIBAO_DB).",
)


def open_store(db: str | None, read_only: bool = True) -> Store:
    try:
        return Store(db, read_only=read_only)
    except CaibaoError as exc:
        die(exc)
        raise  # unreachable


@main.command()
@click.option("--company", help="Company code, e.g. 600080.")
@click.option("--period", help="2024FY, 2025H1, 2025Q3, 2025Q1-Q3, 2024-12-31.")
@click.option("--concept", help="Concept id, e.g. revenue, np_parent, ocf.")
@click.option("--segment", help="Segment name as printed, e.g. 医药工业.")
@click.option("--document", help="Only facts of this document (sha256 prefix or file name).")
@click.option(
    "--scope",
    type=click.Choice(["consolidated", "parent", "all"]),
    default="consolidated",
    show_default=True,
    help="Consolidated (合并) or parent-company (母公司) statements.",
)
@db_option
@output_options
def facts(company, period, concept, segment, document, scope, db, fmt):
    """List facts with their sources."""
    with open_store(db) as store:
        rows = store.facts(
            company=company,
            period=period,
            concept=concept,
            segment=segment,
            document=document,
            scope=None if scope == "all" else scope,
        )
    table_columns = [
        "company",
        "concept",
        "segment",
        "period",
        "value",
        "unit",
        "measure",
        "basis",
        "source.file",
        "source.page",
        "source.row_label",
        "source.column",
    ]
    # CSV carries every field (sha256, table, printed text): provenance travels with the figure.
    emit([f.to_json() for f in rows], fmt, table_columns if fmt == "table" else None)


@main.command()
@db_option
@output_options
def companies(db, fmt):
    """List the companies in the store."""
    with open_store(db) as store:
        rows = [{"code": c.code, "name": c.name, "exchange": c.exchange} for c in store.companies()]
    emit(rows, fmt)


@main.command()
@click.option("--company", help="Company code.")
@db_option
@output_options
def documents(company, db, fmt):
    """List the documents in the store with the number of facts read from each."""
    with open_store(db) as store:
        rows = [
            {
                "file": d.file,
                "sha256": d.sha256,
                "company_code": d.company.code,
                "company_name": d.company.name,
                "report_kind": d.kind,
                "period": d.period,
                "pages": d.pages,
                "facts": n,
            }
            for d, n in store.documents(company)
        ]
    emit(rows, fmt)
