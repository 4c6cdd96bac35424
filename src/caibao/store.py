"""The fact store: one DuckDB file.

Every fact row keeps its provenance columns; documents are keyed by sha256 so ingesting the same
file twice changes nothing; one document is written in one transaction so a failure leaves nothing
of it behind.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import duckdb
import platformdirs

from .errors import StoreError
from .model import Check, Company, Document, Fact, Reading, Source

ENV_DB = "CAIBAO_DB"

SCHEMA = """
CREATE TABLE IF NOT EXISTS companies (
    code VARCHAR PRIMARY KEY,
    name VARCHAR,
    exchange VARCHAR,
    aliases VARCHAR[]           -- other printed names: full name, former names, English name
);
CREATE TABLE IF NOT EXISTS documents (
    sha256 VARCHAR PRIMARY KEY,
    file VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    company VARCHAR NOT NULL,
    period VARCHAR NOT NULL,
    pages INTEGER,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS facts (
    company VARCHAR NOT NULL,
    concept VARCHAR NOT NULL,
    segment VARCHAR,
    period VARCHAR NOT NULL,
    value VARCHAR,              -- exact decimal string; NULL for 不适用 / --
    num DECIMAL(38, 10),        -- the same value, for arithmetic in SQL
    unit VARCHAR NOT NULL,
    scale VARCHAR,
    scope VARCHAR NOT NULL,
    basis VARCHAR,
    measure VARCHAR NOT NULL,
    doc_sha256 VARCHAR NOT NULL,
    file VARCHAR NOT NULL,
    page INTEGER,
    source_table VARCHAR,
    row_label VARCHAR,
    column_header VARCHAR,
    printed VARCHAR
);
CREATE TABLE IF NOT EXISTS checks (
    doc_sha256 VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    passed BOOLEAN NOT NULL,
    detail VARCHAR NOT NULL,
    expected VARCHAR,
    actual VARCHAR,
    sources VARCHAR             -- JSON list of the compared figures' sources: marks the facts
);
"""

# Stores made before checks kept their sources, or companies their aliases, gain the column
# (additive, idempotent).
MIGRATIONS = """
ALTER TABLE checks ADD COLUMN IF NOT EXISTS sources VARCHAR;
ALTER TABLE companies ADD COLUMN IF NOT EXISTS aliases VARCHAR[];
"""


def default_db_path() -> Path:
    """``$CAIBAO_DB`` if set, else ``caibao.duckdb`` in the user's data directory."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("caibao")) / "caibao.duckdb"


def _fact_from_row(row: tuple) -> Fact:
    (
        company,
        concept,
        segment,
        period,
        value,
        unit,
        scale,
        scope,
        basis,
        measure,
        sha,
        file,
        page,
        table,
        label,
        column,
        printed,
    ) = row
    return Fact(
        company=company,
        concept=concept,
        segment=segment,
        period=period,
        value=None if value is None else Decimal(value),
        unit=unit,
        scale=scale,
        scope=scope,
        basis=basis,
        measure=measure,
        source=Source(file, sha, page, table, label, column, printed),
    )


_FACT_COLUMNS = (
    "company, concept, segment, period, value, unit, scale, scope, basis, measure, "
    "doc_sha256, file, page, source_table, row_label, column_header, printed"
)


def _insert_rows(con: duckdb.DuckDBPyConnection, table: str, columns: str, rows: list) -> None:
    """Insert many rows in one statement, a list parameter per column.

    DuckDB's ``executemany`` runs one statement per row (about 1.4 ms each: 1 s for an annual
    report's facts); unnesting column lists writes them in ~15 ms. Decimals travel as strings
    and are cast by the column type, so nothing passes through float.
    """
    lists = [
        [str(v) if isinstance(v, Decimal) else v for v in column]
        for column in zip(*rows, strict=True)
    ]
    select = ", ".join(f"unnest(${i})" for i in range(1, len(lists) + 1))
    con.execute(f"INSERT INTO {table} ({columns}) SELECT {select}", lists)


def _merge_aliases(stored: Iterable[str], new: Iterable[str]) -> list[str]:
    """The stored aliases followed by the new ones not already among them."""
    out = list(stored)
    seen = set(out)
    for alias in new:
        if alias and alias not in seen:
            seen.add(alias)
            out.append(alias)
    return out


class Store:
    """A DuckDB fact store. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        try:
            if str(self.path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            if read_only and not self.path.exists():
                self.con = duckdb.connect(":memory:")
            else:
                self.con = duckdb.connect(str(self.path), read_only=read_only)
            if not read_only or str(self.path) == ":memory:" or not self.path.exists():
                self.con.execute(SCHEMA)
                self.con.execute(MIGRATIONS)
        except duckdb.Error as exc:  # locked, corrupt, not a database
            raise StoreError(str(self.path), f"cannot open the fact store: {exc}") from exc

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # -- writing ---------------------------------------------------------------------------

    def has_document(self, sha256: str) -> bool:
        row = self.con.execute("SELECT 1 FROM documents WHERE sha256 = ?", [sha256]).fetchone()
        return row is not None

    def add(self, reading: Reading, checks: Iterable[Check] = ()) -> bool:
        """Write one document with its facts and checks, all or nothing.

        Returns False (and writes nothing) when the document is already in the store.
        """
        doc = reading.document
        if self.has_document(doc.sha256):
            return False
        with self.transaction() as con:
            self._upsert_company(con, doc.company)
            con.execute(
                "INSERT INTO documents (sha256, file, kind, company, period, pages) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [doc.sha256, doc.file, doc.kind, doc.company.code, doc.period, doc.pages],
            )
            rows = [
                (
                    f.company,
                    f.concept,
                    f.segment,
                    f.period,
                    None if f.value is None else str(f.value),
                    None if f.value is None else f.value,
                    f.unit,
                    f.scale,
                    f.scope,
                    f.basis,
                    f.measure,
                    f.source.sha256,
                    f.source.file,
                    f.source.page,
                    f.source.table,
                    f.source.row_label,
                    f.source.column,
                    f.source.text,
                )
                for f in reading.facts
            ]
            if rows:
                _insert_rows(con, "facts", _FACT_COLUMNS.replace("value,", "value, num,", 1), rows)
            check_rows = [
                (
                    c.document,
                    c.name,
                    c.passed,
                    c.detail,
                    None if c.expected is None else str(c.expected),
                    None if c.actual is None else str(c.actual),
                    json.dumps([s.to_json() for s in c.sources], ensure_ascii=False),
                )
                for c in checks
            ]
            if check_rows:
                _insert_rows(
                    con,
                    "checks",
                    "doc_sha256, name, passed, detail, expected, actual, sources",
                    check_rows,
                )
        return True

    def _upsert_company(self, con: duckdb.DuckDBPyConnection, company: Company) -> None:
        """Insert the company, or fill what the stored row lacks and merge its aliases.

        Aliases are a union in order of arrival: a later document (a renamed company's newer
        report) adds its names after the ones already kept, and repeats nothing.
        """
        existing = con.execute(
            "SELECT name, exchange, aliases FROM companies WHERE code = ?", [company.code]
        ).fetchone()
        if existing is None:
            con.execute(
                "INSERT INTO companies (code, name, exchange, aliases) VALUES (?, ?, ?, ?)",
                [company.code, company.name, company.exchange, list(company.aliases)],
            )
            return
        name, exchange, stored = existing
        aliases = _merge_aliases(stored or (), company.aliases)
        if (
            (not name and company.name)
            or (not exchange and company.exchange)
            or aliases != list(stored or ())
        ):
            con.execute(
                "UPDATE companies SET name = coalesce(name, ?), exchange = coalesce(exchange, ?), "
                "aliases = ? WHERE code = ?",
                [company.name, company.exchange, aliases, company.code],
            )

    # -- reading ---------------------------------------------------------------------------

    def facts(
        self,
        company: str | None = None,
        period: str | None = None,
        concept: str | None = None,
        segment: str | None = None,
        document: str | None = None,
        scope: str | None = None,
        measure: str | None = None,
    ) -> list[Fact]:
        """Facts matching every filter given. ``document`` matches a sha256 prefix or file name."""
        where, args = [], []
        for column, value in (
            ("company", company),
            ("period", period),
            ("concept", concept),
            ("segment", segment),
            ("scope", scope),
            ("measure", measure),
        ):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        if document is not None:
            # a sha256 prefix, the file name as stored, or a path to it
            where.append("(starts_with(doc_sha256, ?) OR file = ? OR file = ?)")
            args += [document, document, Path(document).name]
        sql = f"SELECT {_FACT_COLUMNS} FROM facts"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY company, concept, segment NULLS FIRST, period, scope, measure, file, page"
        return [_fact_from_row(r) for r in self.con.execute(sql, args).fetchall()]

    def companies(self) -> list[Company]:
        """Every company with its aliases (none from a store opened read-only before migration)."""
        aliases = "aliases" if self._has_column("companies", "aliases") else "NULL"
        rows = self.con.execute(
            f"SELECT code, name, exchange, {aliases} FROM companies ORDER BY code"
        ).fetchall()
        return [Company(code, name, exchange, tuple(a or ())) for code, name, exchange, a in rows]

    def _has_column(self, table: str, column: str) -> bool:
        # a store opened read-only is not migrated: an old file may lack a newer column
        row = self.con.execute(
            "SELECT 1 FROM duckdb_columns() WHERE table_name = ? AND column_name = ?",
            [table, column],
        ).fetchone()
        return row is not None

    def documents(self, company: str | None = None) -> list[tuple[Document, int]]:
        """Documents with the number of facts read from each."""
        sql = (
            "SELECT d.sha256, d.file, d.kind, d.company, c.name, c.exchange, d.period, d.pages, "
            "(SELECT count(*) FROM facts f WHERE f.doc_sha256 = d.sha256) "
            "FROM documents d LEFT JOIN companies c ON c.code = d.company"
        )
        args: list = []
        if company is not None:
            sql += " WHERE d.company = ?"
            args.append(company)
        sql += " ORDER BY d.company, d.period, d.file"
        out = []
        for sha, file, kind, code, name, exchange, period, pages, n in self.con.execute(
            sql, args
        ).fetchall():
            out.append((Document(sha, file, kind, Company(code, name, exchange), period, pages), n))
        return out

    def checks(self, document: str | None = None) -> list[Check]:
        sql = "SELECT doc_sha256, name, passed, detail, expected, actual, sources FROM checks"
        args: list = []
        if document is not None:
            sql += " WHERE starts_with(doc_sha256, ?)"
            args.append(document)
        return [
            Check(
                sha,
                name,
                passed,
                detail,
                None if e is None else Decimal(e),
                None if a is None else Decimal(a),
                tuple(Source(**d) for d in json.loads(src or "[]")),
            )
            for sha, name, passed, detail, e, a, src in self.con.execute(sql, args).fetchall()
        ]
