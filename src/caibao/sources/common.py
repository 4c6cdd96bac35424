"""What the structured-source readers share: hashing, sniffing a file's kind from its content,
the exchange a code trades on, and the period notation check."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import InputError
from ..periods import Period

PDF = "pdf"
CNINFO = "cninfo"
FACTS_CSV = "facts_csv"
XBRL = "xbrl"  # an XBRL instance (SEC 10-K, 10-Q ...)
SEC_COMPANYFACTS = "sec_companyfacts"  # the SEC companyfacts API answer
SEC_FSDS = "sec_fsds"  # an SEC financial statement data sets archive (zip)

FACTS_CSV_COLUMNS = ("company", "concept", "segment", "period", "value", "unit", "source")

# How much of a file is enough to tell its kind: a PDF header may follow up to 1 KiB of junk.
_SNIFF_BYTES = 4096


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_bytes(path: Path) -> bytes:
    """The file's bytes; an InputError naming the file when it is missing or empty."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(str(path), "no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(str(path), "is a directory") from exc
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise InputError(str(path), "empty file")
    return data


def sniff(path: Path, data: bytes | None = None) -> str | None:
    """``PDF``, ``CNINFO``, ``FACTS_CSV``, ``XBRL``, ``SEC_COMPANYFACTS`` or ``SEC_FSDS`` from
    the file's content, or None for anything else."""
    if data is None:
        with open(path, "rb") as fh:
            data = fh.read()
    head = data[:_SNIFF_BYTES]
    if b"%PDF-" in head[:1024]:
        return PDF
    if head[:4] == b"PK\x03\x04":
        from .sec_fsds import is_fsds  # a zip: only the data sets are read

        return SEC_FSDS if is_fsds(data) else None
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
        if _looks_like_cninfo(data):
            return CNINFO
        return SEC_COMPANYFACTS if _looks_like_companyfacts(data) else None
    if _XBRL_ROOT.search(data[:_XML_SNIFF_BYTES]):
        return XBRL
    return FACTS_CSV if _csv_header(head) is not None else None


# The root element of an XBRL instance: <xbrl xmlns="http://www.xbrl.org/2003/instance"> or a
# prefixed <xbrli:xbrl ...>; comments and a long namespace list may come before the URI.
_XBRL_ROOT = re.compile(rb"<(?:[\w.-]+:)?xbrl[\s>][^>]*http://www\.xbrl\.org/2003/instance")
_XML_SNIFF_BYTES = 16384


def _looks_like_companyfacts(data: bytes) -> bool:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
    # {"cik": 320193, "entityName": "Apple Inc.", "facts": {"us-gaap": {...}, "dei": {...}}}
    return isinstance(doc, dict) and "cik" in doc and isinstance(doc.get("facts"), dict)


def _looks_like_cninfo(data: bytes) -> bool:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
    # An answer: {"path": "/financialData/...", "code": 200, "data": {"records": [...]}}; an
    # error answer may carry no records, and is reported by the reader with its message.
    return isinstance(doc, dict) and isinstance(doc.get("path"), str) and "data" in doc


def _csv_header(head: bytes) -> list[str] | None:
    """The header of a facts CSV, or None when the first line is not one."""
    try:
        first = head.decode("utf-8-sig").splitlines()[0]
    except (UnicodeDecodeError, IndexError):
        return None
    header = [c.strip() for c in next(csv.reader(io.StringIO(first)), [])]
    return header if all(c in header for c in FACTS_CSV_COLUMNS) else None


def canonical_period(text: str) -> str:
    """Period notation (2024FY, 2025H1, 2025Q1..Q4, 2025Q1-Q3, 2024-12-31) in its one canonical
    spelling (2025Q1-Q2 is 2025H1); ValueError for anything else."""
    return str(Period.parse(text))


def period_end(text: str) -> date:
    """The last day a period covers, for ordering periods."""
    return Period.parse(text).end


# Exchange from the first digits of an A-share code (BSE codes start 4, 8 or 92).
_EXCHANGE_PREFIXES = (("92", "BSE"), ("6", "SSE"), ("0", "SZSE"), ("2", "SZSE"), ("3", "SZSE"),
                      ("4", "BSE"), ("8", "BSE"))  # fmt: skip


def exchange_for_code(code: str) -> str | None:
    if not re.fullmatch(r"\d{6}", code):
        return None
    for prefix, exchange in _EXCHANGE_PREFIXES:
        if code.startswith(prefix):
            return exchange
    return None


_CENT = Decimal("0.01")


def in_cents(value: Decimal) -> Decimal:
    """An amount of money, fixed point and to the cent when that is exact: 3.431764407E+11 →
    343176440700.00, 249.5 亿 → 24950000000.00; a finer amount keeps its digits."""
    cents = value.quantize(_CENT)
    return cents if cents == value else plain(value)


def plain(value: Decimal) -> Decimal:
    """The same number without an exponent: the store and JSON show fixed-point strings."""
    return Decimal(format(value, "f"))


@dataclass(frozen=True, slots=True)
class Unit:
    unit: str  # Fact.unit
    factor: Decimal  # written value × factor = value in base units


@cache
def units() -> dict[str, Unit]:
    """The units a facts CSV may name (``units.toml``)."""
    data = tomllib.loads(
        resources.files(__package__).joinpath("units.toml").read_text(encoding="utf-8")
    )
    return {name: Unit(e["unit"], Decimal(e["factor"])) for name, e in data.items()}
