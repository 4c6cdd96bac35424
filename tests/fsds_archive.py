"""A made-up SEC financial statement data set (a quarter's zip of tab-separated tables), for the
tests of what reads one."""

from __future__ import annotations

import zipfile
from pathlib import Path


def fsds_archive(path: Path, tables: dict[str, list[list[str]]]) -> Path:
    """Write ``tables`` (file name, e.g. ``num.txt`` → rows, header first) into a zip at ``path``."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in tables.items():
            archive.writestr(name, "".join("\t".join(r) + "\n" for r in rows))
    return path
