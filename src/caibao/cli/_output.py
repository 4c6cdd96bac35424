"""The output options every data command shares: a terminal table by default, ``--json`` or ``--csv``."""

from __future__ import annotations

import csv
import functools
import io
import json
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import click

from ..errors import CaibaoError


def _default(obj: Any) -> Any:
    if isinstance(obj, Decimal):
        return str(obj)
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_default)


def output_options(func: Callable) -> Callable:
    """Add ``--json`` and ``--csv`` to a command; the command receives ``fmt`` ("table"|"json"|"csv")."""

    @click.option("--json", "as_json", is_flag=True, help="Print JSON.")
    @click.option("--csv", "as_csv", is_flag=True, help="Print CSV.")
    @functools.wraps(func)
    def wrapper(*args: Any, as_json: bool, as_csv: bool, **kwargs: Any) -> Any:
        if as_json and as_csv:
            raise click.UsageError("--json and --csv are exclusive")
        fmt = "json" if as_json else "csv" if as_csv else "table"
        return func(*args, fmt=fmt, **kwargs)

    return wrapper


def _flatten(row: dict, prefix: str = "") -> dict:
    flat = {}
    for key, value in row.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        elif isinstance(value, list | tuple):
            flat[f"{prefix}{key}"] = json.dumps(value, ensure_ascii=False, default=_default)
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def emit(rows: Sequence[dict], fmt: str, columns: Sequence[str] | None = None) -> None:
    """Print rows (dicts, possibly nested) as a table, JSON list or CSV."""
    if fmt == "json":
        click.echo(to_json(list(rows)))
        return
    flat = [_flatten(r) for r in rows]
    cols = list(columns) if columns else (list(flat[0].keys()) if flat else [])
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(flat)
        click.echo(buf.getvalue(), nl=False)
        return
    if not flat:
        click.echo("(none)")
        return
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in cols] for r in flat]
    widths = [max(_width(c), *(_width(row[i]) for row in cells)) for i, c in enumerate(cols)]
    click.echo("  ".join(_pad(c, w) for c, w in zip(cols, widths, strict=True)))
    for row in cells:
        click.echo("  ".join(_pad(v, w) for v, w in zip(row, widths, strict=True)))


def _width(text: str) -> int:
    # East Asian wide characters take two terminal columns.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def fail(error: CaibaoError) -> None:
    """One clear line on stderr; the caller decides the exit code."""
    click.echo(f"caibao: {error}", err=True)


def die(error: CaibaoError) -> None:
    fail(error)
    sys.exit(error.exit_code)
