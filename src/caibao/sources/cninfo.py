"""cninfo's financial-data API answers (JSON), as saved from webapi.cninfo.com.cn.

Each answer file is one document (keyed by the file's sha256): ``getIncomeStatement``,
``getBalanceSheets``, ``getCashFlowStatement``, ``getMainIndicators`` and
``getCompanyIntroduction``. What an answer means is read from its own ``path`` field, never from
the file name; ``cninfo_labels.toml`` maps cninfo's ``index`` labels and F-codes to concept ids.

How to ingest: give the folder (``caibao ingest corpus/cn/000002-cninfo``) or any of its files.
Each file ingests on its own; the company's name comes from ``getCompanyIntroduction`` — the file
itself, or a sibling file of the same folder that is that answer for the same code — and is the
code when there is none. The company introduction ingests as a document with no facts that
registers the company with its other names (full name, A/B/H short names, English name and the
forms journalists shorten it to: ``caibao.company_names``).

Amounts are given in 万元 as JSON numbers (``3.431764407E7``): the number's text is kept as
``Source.text`` and converted exactly (``Decimal``, never float) to yuan.
"""

from __future__ import annotations

import json
import tomllib
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..company_names import PrintedNames
from ..company_names import rules as name_rules
from ..concepts import concept_for_label
from ..errors import InputError
from ..model import VALUE, Company, Document, Fact, Reading, Source
from .common import (
    CNINFO,
    exchange_for_code,
    in_cents,
    period_end,
    plain,
    read_bytes,
    sha256_bytes,
)

SCALES = {"万元": Decimal(10000), "元": Decimal(1)}
_INTRODUCTION = "/companyOverview/getCompanyIntroduction"

# A record's key → (period suffix for flows, month-day for balances).
_RECORD_PERIODS = {
    "year": ("FY", "12-31"),
    "middle": ("H1", "06-30"),
    "one": ("Q1", "03-31"),
    "three": ("Q1-Q3", "09-30"),
}
# Which chart-of-accounts statement a cninfo answer's labels belong to (for the fallback lookup).
_STATEMENT = {
    "/financialData/getBalanceSheets": "balance",
    "/financialData/getIncomeStatement": "income",
    "/financialData/getCashFlowStatement": "cashflow",
}


@cache
def answer_specs() -> dict[str, dict[str, Any]]:
    text = resources.files(__package__).joinpath("cninfo_labels.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _load(name: str, data: bytes) -> dict[str, Any]:
    try:
        # Numbers stay text so nothing passes through float.
        doc = json.loads(data.decode("utf-8-sig"), parse_float=str, parse_int=str)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(name, f"not valid JSON ({exc})") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("data"), dict):
        raise InputError(name, "not a cninfo API answer (no data)")
    status = doc["data"].get("resultCode")
    if str(doc.get("code")) != "200" or (status is not None and str(status) != "200"):
        message = doc["data"].get("resultMsg") or doc.get("msg") or "no message"
        raise InputError(name, f"the cninfo answer is an error ({message})")
    return doc


def _scode(doc: dict[str, Any]) -> str | None:
    params = doc.get("params") or {}
    for request in params.values() if isinstance(params, dict) else ():
        if isinstance(request, dict) and request.get("scode"):
            return str(request["scode"])
    return None


def _company_from_introduction(
    doc: dict[str, Any],
) -> tuple[str | None, str | None, tuple[str, ...]]:
    """(code, registered short name, other names) from a company-introduction answer: the full
    Chinese name, the A/B/H short names, the English name and its short forms (the name
    fields are ``[cninfo]`` in ``company_names.toml``)."""
    for record in doc["data"].get("records") or []:
        for info in record.get("basicInformation") or []:
            short = info.get("ASECNAME") or info.get("ORGNAME")
            # 万  科Ａ → 万科A: NFKC folds full-width letters, spaces pad short names.
            name = "".join(unicodedata.normalize("NFKC", short).split()) if short else None
            names = PrintedNames()
            for kind, fields in name_rules()["cninfo"].items():
                for key in fields:
                    value = info.get(key)
                    names.add(kind, value if isinstance(value, str) else None)
            return info.get("ASECCODE"), name, names.aliases(exclude=(name or "",))
    return None, None, ()


def _sibling_name(path: Path, code: str) -> tuple[str | None, tuple[str, ...]]:
    """The company's name and other names from a company-introduction answer in the same
    folder, if any."""
    if not path.parent.is_dir():
        return None
    for sibling in sorted(path.parent.glob("*.json")):
        if sibling == path or sibling.stat().st_size > 1_000_000:
            continue
        try:
            doc = json.loads(sibling.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
        if isinstance(doc, dict) and doc.get("path") == _INTRODUCTION:
            sib_code, name, aliases = _company_from_introduction(doc)
            if name and (sib_code or _scode(doc)) == code:
                return name, aliases
    return None, ()


def _decimal(raw: str, name: str) -> Decimal:
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise InputError(name, f"not a number: {raw!r}") from exc
    return value


def _period(record_key: str, year: str, kind: str) -> str:
    suffix, month_day = _RECORD_PERIODS[record_key]
    return f"{year}-{month_day}" if kind == "date" else f"{year}{suffix}"


def read_cninfo(path: str | Path, data: bytes | None = None) -> Reading:
    """Read one cninfo API answer into a ``Reading`` (document kind ``cninfo``)."""
    path = Path(path)
    name = str(path)
    if data is None:
        data = read_bytes(path)
    doc = _load(name, data)
    api = doc.get("path")
    spec = answer_specs().get(api)
    if spec is None:
        raise InputError(name, f"a cninfo answer caibao does not read yet ({api})")
    sha = sha256_bytes(data)

    code, short_name, aliases = (
        _company_from_introduction(doc) if api == _INTRODUCTION else (None, None, ())
    )
    code = code or _scode(doc)
    if not code:
        raise InputError(name, "no company code (params.scode) in the cninfo answer")
    if not short_name:
        short_name, aliases = _sibling_name(path, code)
    short_name = short_name or code

    facts: list[Fact] = []
    warnings: list[str] = []
    unread: set[str] = set()
    covered: set[str] = set()
    records = doc["data"].get("records") or []
    for record in records if api != _INTRODUCTION else ():
        for key, rows in record.items():
            if key not in _RECORD_PERIODS:
                warnings.append(f"record {key!r} skipped: its period is unknown")
                continue
            if "fields" in spec:
                batch = _indicator_facts(rows, key, api, spec, code, path.name, sha)
            else:
                batch = _statement_facts(rows, key, api, spec, code, path.name, sha, unread)
            facts += batch
            # The document's period is the latest it covers, in flow notation (2025Q1-Q3) even
            # for a balance sheet, whose facts are balances at dates.
            covered.update(_period(key, f.period[:4], "flow") for f in batch)
    if unread:
        warnings.append(f"labels with no concept, skipped: {', '.join(sorted(unread))}")

    period = max(covered, key=period_end) if covered else ""
    company = Company(code, short_name, exchange_for_code(code), aliases)
    document = Document(sha256=sha, file=path.name, kind=CNINFO, company=company, period=period)
    return Reading(document=document, facts=facts, warnings=warnings)


def _statement_facts(rows, key, api, spec, code, name, sha, unread) -> list[Fact]:
    scale = spec["scale"]
    labels = spec.get("labels", {})
    out = []
    for row in rows:
        label = row.get("index")
        years = {k: v for k, v in row.items() if k.isdigit() and len(k) == 4}
        if not label or all(v is None for v in years.values()):
            continue  # a section heading (资产类科目)
        concept = labels.get(label) or concept_for_label(label, _STATEMENT.get(api, ""))
        if concept is None:
            unread.add(label)
            continue
        for year, raw in sorted(years.items()):
            if raw is None:
                continue
            out.append(
                Fact(
                    company=code,
                    concept=concept,
                    period=_period(key, year, spec["periods"]),
                    value=in_cents(_decimal(raw, name) * SCALES[scale]),
                    unit="CNY",
                    scale=scale,
                    source=Source(name, sha, None, api, label, f"{key} {year}", raw),
                )
            )
    return out


def _indicator_facts(rows, key, api, spec, code, name, sha) -> list[Fact]:
    out = []
    for row in rows:
        end = row.get("ENDDATE") or ""
        year = end[:4]
        if not year.isdigit():
            continue
        for field, meaning in spec["fields"].items():
            raw = row.get(field)
            if raw is None:
                continue
            unit = meaning["unit"]
            out.append(
                Fact(
                    company=code,
                    concept=meaning["concept"],
                    period=_period(key, year, meaning.get("periods", spec["periods"])),
                    value=plain(_decimal(raw, name)),
                    unit=unit,
                    scale=unit if unit == "%" else "",
                    measure=meaning.get("measure", VALUE),
                    source=Source(name, sha, None, api, field, f"{key} {end}", raw),
                )
            )
    return out
