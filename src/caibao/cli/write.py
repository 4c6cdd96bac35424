"""``caibao write CODE PERIOD``: the earnings article for one company and period."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import CaibaoError
from ..periods import Period
from . import main
from ._output import die, to_json
from .query import db_option, open_store


@main.command()
@click.argument("code")
@click.argument("period")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True)
@click.option(
    "--format", "fmt", type=click.Choice(["md", "html", "text"]), default="md", show_default=True
)
@click.option(
    "--out", type=click.Path(dir_okay=False), help="Write to this file (default: stdout)."
)
@click.option("--no-charts", is_flag=True, help="HTML without charts (faster).")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the article as JSON: its text and every number's claim with its sources.",
)
@db_option
def write(code, period, lang, fmt, out, no_charts, as_json, db):
    """Write the article about CODE's PERIOD (2024FY, 2025H1, 2025Q1, 2025Q1-Q3)."""
    from ..write import render, write_article

    try:
        Period.parse(period)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="PERIOD") from None
    try:
        with open_store(db) as store:
            article = write_article(
                store, code, period, lang, charts=fmt == "html" and not no_charts
            )
        text = to_json(article.to_json()) if as_json else render(article, fmt)
        if out:
            Path(out).parent.mkdir(parents=True, exist_ok=True)
            Path(out).write_text(text, encoding="utf-8")
            click.echo(out)
        else:
            click.echo(text)
    except CaibaoError as exc:
        die(exc)
