"""The thin command line over the library: ``caibao ingest|facts|companies|documents|check|write|demo``.

Every command that prints data takes the same ``--json`` / ``--csv`` options (``output_options``
in ``_output.py``). Errors reach the user as one line ``caibao: <input>: <reason>`` and a non-zero
exit code; no traceback for anything caibao raises on purpose.
"""

from __future__ import annotations

import click

from .. import __version__


@click.group()
@click.version_option(__version__, prog_name="caibao")
def main() -> None:
    """caibao (财报): read company reports into facts with provenance, write and check articles."""


# Each command lives in its own module and registers itself on ``main`` when imported.
from . import check, demo, ingest, query, write  # noqa: E402,F401
