"""Structured sources: documents that already hold figures, read into the same ``Reading`` a report
PDF gives, so they are validated and stored the same way.

Takes: a file path — the cninfo statements API JSON (``cninfo``) or a plain facts CSV
(``facts_csv``). Gives: ``Reading`` (a ``Document`` keyed by the file's sha256, and ``Fact``s in
base units: yuan, count, per cent), raising ``caibao.errors.InputError`` for a file it cannot
read.

Provenance of a structured fact (``Source``): ``file`` is the path as given, ``sha256`` the file's
hash, ``page`` None. For a facts CSV, ``table`` is the source key (the first word of the ``source``
cell, e.g. ``S1``), ``row_label`` the whole ``source`` cell (key and URL or description),
``column`` ``line N`` of the CSV (and the row's ``note`` after ``; `` when there is one), ``text``
the value cell as written; ``Fact.scale`` is the unit cell (``亿元``, ``万``). For cninfo,
``table`` is the API file's name (``income_statement``), ``row_label`` cninfo's ``index`` label,
``column`` the record's period label, ``text`` the number as given (万元).

SEC filings: an XBRL instance (``xbrl``: 10-K, 10-Q, 20-F), the companyfacts API JSON
(``sec_companyfacts``) and the financial statement data sets zip (``sec_fsds``, one document per
filing) give ``USD`` facts in fiscal periods, through ``us_gaap.toml`` (``us_gaap``).

``sniff(path)`` says which reader a file needs, from its content, never from its name.
"""

from __future__ import annotations

from .common import sniff

__all__ = ["sniff"]
