"""``caibao check``: every number in an article, checked against the fact store."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from ..claims.article import read_article
from ..claims.checker import Checker
from ..claims.html import render
from ..errors import CaibaoError, InputError, UnknownCompanyError
from . import main
from ._output import die, emit, to_json
from .query import db_option, open_store

_COLUMNS = ["#", "quote", "concept", "segment", "period", "verdict", "expected", "reason"]


def _parse_date(_ctx, _param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


@main.command()
@click.argument("file", metavar="FILE|-")
@click.option(
    "--company",
    help="Code or name of the company the article is about (default: the one it names most).",
)  # noqa: E501
@click.option(
    "--date",
    "day",
    callback=_parse_date,
    help="The article's date, YYYY-MM-DD (resolves 今年/去年).",
)  # noqa: E501
@db_option
@click.option("--json", "as_json", is_flag=True, help='Print {"claims": [...], "summary": {...}}.')
@click.option(
    "--html",
    "html_out",
    type=click.Path(dir_okay=False),
    help="Also write one standalone HTML page here.",
)  # noqa: E501
def check(file, company, day, db, as_json, html_out):
    """Find every numeric claim in an article (text, Markdown or HTML; Chinese or English) and say
    whether the fact store supports it: supported, contradicted, sources_disagree, misleading or
    unverifiable — each with a reason, the expected value and the sources.

    \b
    Exit codes:
      0  checked; nothing contradicted or misleading
      1  checked; at least one claim is contradicted or misleading
      2  unusable input: missing, empty, binary or too large a file, no numbers,
         an unknown company (--company, or none named that the store knows),
         a store that cannot be opened
    """
    try:
        text = read_article(file, sys.stdin.buffer if file == "-" else None)
    except CaibaoError as exc:
        die(exc)
    with open_store(db) as store:
        try:
            result = Checker(store).check(text, company, day)
        except CaibaoError as exc:
            die(exc)
    if not result.claims:
        die(InputError(file, "no figures to check: no number in it has a unit (亿元, %, 倍...)"))
    if result.company is None:
        die(UnknownCompanyError(file, "it names no company the store knows: ingest the company's "
                                "reports, or pass --company CODE"))  # fmt: skip
    if result.company_name is None:
        die(UnknownCompanyError(result.company, "no figures for this company in the store: "
                                "ingest its reports first"))  # fmt: skip
    if html_out:
        try:
            Path(html_out).write_text(render(text, result, Path(file).name), encoding="utf-8")
        except OSError as exc:
            die(InputError(html_out, f"cannot write the page ({exc.strerror})"))
    if as_json:
        click.echo(to_json(result.to_json()))
    else:
        rows = []
        for i, c in enumerate(result.claims, 1):
            row = c.to_json()
            row["#"] = i
            row["quote"] = " ".join(row["quote"].split())
            rows.append(row)
        emit(rows, "table", _COLUMNS)
        s = result.summary()
        counts = ", ".join(
            f"{s[k]} {k}"
            for k in ("supported", "contradicted", "sources_disagree", "misleading", "unverifiable")
        )  # noqa: E501
        who = f"{s['company_name']} ({s['company']})" if s["company"] else "no company found"
        click.echo(f"\n{who}: {s['claims']} claims — {counts}")
    sys.exit(result.exit_code)
