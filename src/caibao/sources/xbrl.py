"""SEC XBRL instance documents (10-K, 10-Q, 20-F ...) read into a ``Reading``.

Takes an XBRL 2.1 instance (the ``*_htm.xml`` EDGAR extracts from inline XBRL, or an older
``name-YYYYMMDD.xml``) and, when they lie beside it, its label linkbase (for the printed labels).
Parsed with the standard library's ElementTree: the XBRL libraries on PyPI are either heavy
(arelle), GPL (py-xbrl) or unmaintained (python-xbrl), and an instance is plain XML.

What is read:
- the filing (``Document``): kind = ``dei:DocumentType`` ("10-K", "10-Q"), period =
  ``dei:DocumentFiscalYearFocus`` + ``dei:DocumentFiscalPeriodFocus`` (2023FY, 2023Q3); company
  code = ``dei:TradingSymbol`` upper-case (else the CIK, ten digits), name =
  ``dei:EntityRegistrantName``, exchange = ``dei:SecurityExchangeName``;
- facts of the elements ``us_gaap.toml`` maps to a concept, in their context's period; for one
  period only the concept's preferred element (``us_gaap.toml`` order) is kept; a fact printed
  twice is kept once (the finer rounding when a note rounds it more); nil facts are skipped;
- segment facts: a context with one member of a segment axis (products/services, business
  segments, geographical areas) gives ``Fact.segment`` = the member's terse label as the tables
  print it ("iPhone", "AWS", "North America"), else its local name without ``Member``. Beside
  a member of another segment axis, a member that is the whole company for that figure (the
  region figures of a sole product add up to the consolidated one) says nothing more: Netflix's
  streaming revenue in Asia-Pacific is Asia-Pacific's revenue. Facts with any other dimension (class of stock, equity component, fair-value level, the operating
  segments' total alone) are not read, and counted in a warning.

Fiscal periods (``us_gaap``): the notation names the filer's **fiscal** year and quarters
(Apple's ``2023FY`` ends 2023-09-30, ``2023Q3`` is the quarter ended 2023-07-01), anchored on
``dei:DocumentFiscalYearFocus``, ``DocumentFiscalPeriodFocus``, ``DocumentPeriodEndDate`` and
``CurrentFiscalYearEndDate``; balances keep their real date. A duration that is no fiscal
quarter, half, year to date or year (a trailing twelve months, one month) is not read.

Values are exact ``Decimal``s in the unit's base (dollars; ``USD/share`` for EPS); the printed
rounding (``decimals``: -6 is millions) is kept as ``Fact.scale`` ("millions").

Provenance (``Source``): file = the instance's name, page None, table = the statement the
concept belongs to ("XBRL income statement": one table per statement so the identities of
``identities.toml`` group its lines; a figure they would fail for a structural reason gets a
table of its own, see ``us_gaap.toml`` ``apart_when``), row_label = the element's standard label followed by its
name in brackets ("Assets [us-gaap:Assets]"), column = the context id and its period, text =
the value as written in the instance.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..errors import InputError
from ..model import Company, Document, Fact, Reading, Source
from .common import read_bytes, sha256_bytes
from .us_gaap import (
    FiscalCalendar,
    Mapping,
    canonical_prefix,
    company_aliases,
    credit_side_positive,
    fallback_facts,
    mapping,
    nonzero,
    outflows_positive,
    set_apart,
    ticker_from_instance,
    to_value,
)

NS_INSTANCE = "http://www.xbrl.org/2003/instance"
NS_XBRLDI = "http://xbrl.org/2006/xbrldi"
NS_LINK = "http://www.xbrl.org/2003/linkbase"
NS_XLINK = "http://www.w3.org/1999/xlink"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_I = f"{{{NS_INSTANCE}}}"
_XL = f"{{{NS_XLINK}}}"

ROLE_LABEL = "http://www.xbrl.org/2003/role/label"
ROLE_TERSE = "http://www.xbrl.org/2003/role/terseLabel"


_SCALES = {-3: "thousands", -6: "millions", -9: "billions"}

# -- the instance ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Context:
    id: str
    start: date | None
    end: date
    dims: tuple[tuple[str, str], ...]  # (axis, member), canonical prefixes
    typed: bool  # a typed dimension: never a segment


def _date(text: str | None, name: str, what: str) -> date:
    try:
        return date.fromisoformat((text or "").strip()[:10])
    except ValueError as exc:
        raise InputError(name, f"{what}: not a date ({text!r})") from exc


class _Instance:
    """The parsed instance: prefixes, contexts, units, and its elements in document order."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        self.prefixes: dict[str, str] = {}  # declared prefix → namespace URI
        try:
            root = None
            for event, item in ET.iterparse(io.BytesIO(data), events=("start-ns", "start")):
                if event == "start-ns":
                    self.prefixes.setdefault(item[0], item[1])
                elif root is None:
                    root = item
        except ET.ParseError as exc:
            raise InputError(name, f"not well-formed XML ({exc})") from exc
        if root is None or root.tag != f"{_I}xbrl":
            raise InputError(name, "an XML file but not an XBRL instance")
        self.root = root
        self.uri_prefix = {uri: canonical_prefix(uri, p) for p, uri in self.prefixes.items()}
        self.contexts = {c.get("id"): self._context(c) for c in root.iter(f"{_I}context")}
        self.units = {u.get("id"): self._unit(u) for u in root.iter(f"{_I}unit")}

    def qname(self, text: str) -> str:
        """A prefixed name as written (``us-gaap:Foo``), with the canonical prefix."""
        prefix, _, local = text.strip().rpartition(":")
        uri = self.prefixes.get(prefix)
        return f"{self.uri_prefix.get(uri, prefix) if uri else prefix}:{local}"

    def tag_qname(self, tag: str) -> str:
        uri, _, local = tag[1:].partition("}")
        return f"{self.uri_prefix.get(uri, uri)}:{local}"

    def _context(self, c: ET.Element) -> Context:
        cid = c.get("id") or ""
        period = c.find(f"{_I}period")
        if period is None:
            raise InputError(self.name, f"context {cid} has no period")
        instant = period.findtext(f"{_I}instant")
        if instant is not None:
            start, end = None, _date(instant, self.name, f"context {cid}")
        else:
            start = _date(period.findtext(f"{_I}startDate"), self.name, f"context {cid}")
            end = _date(period.findtext(f"{_I}endDate"), self.name, f"context {cid}")
        dims = tuple(
            (self.qname(m.get("dimension") or ""), self.qname(m.text or ""))
            for m in c.iter(f"{{{NS_XBRLDI}}}explicitMember")
        )
        typed = next(c.iter(f"{{{NS_XBRLDI}}}typedMember"), None) is not None
        return Context(cid, start, end, dims, typed)

    def _unit(self, u: ET.Element) -> str:
        def measure(m: str) -> str:
            prefix, _, local = m.strip().rpartition(":")
            if local == "shares":
                return "share"
            return local  # iso4217:USD → USD; pure → pure

        num = u.find(f"{_I}divide/{_I}unitNumerator")
        den = u.find(f"{_I}divide/{_I}unitDenominator")
        if num is not None and den is not None:
            return f"{measure(num.findtext(f'{_I}measure') or '')}/" + measure(
                den.findtext(f"{_I}measure") or ""
            )
        return "/".join(measure(m.text or "") for m in u.findall(f"{_I}measure"))


def _money_unit(unit: str) -> bool:
    """A currency (USD) or a currency per share (USD/share): what the mapped concepts are in."""
    return bool(re.fullmatch(r"[A-Z]{3}(?:/share)?", unit))


# -- labels ----------------------------------------------------------------------------------------

_LABEL_SNIFF = re.compile(rb"<(?:\w+:)?labelLink[\s>]")


def read_labels(paths: list[Path]) -> dict[str, dict[str, list[str]]]:
    """qname → role → label texts, from label linkbases (the first file wins a qname)."""
    out: dict[str, dict[str, list[str]]] = {}
    for path in paths:
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError):
            continue
        for link in root.iter(f"{{{NS_LINK}}}labelLink"):
            locs: dict[str, str] = {}
            texts: dict[str, list[tuple[str, str]]] = {}
            arcs: list[tuple[str, str]] = []
            for el in link:
                kind = el.tag.rpartition("}")[2]
                if kind == "loc":
                    fragment = (el.get(f"{_XL}href") or "").partition("#")[2]
                    prefix, _, local = fragment.partition("_")
                    locs[el.get(f"{_XL}label") or ""] = f"{prefix}:{local}"
                elif kind == "label":
                    role = el.get(f"{_XL}role") or ROLE_LABEL
                    texts.setdefault(el.get(f"{_XL}label") or "", []).append(
                        (role, " ".join((el.text or "").split()))
                    )
                elif kind == "labelArc":
                    arcs.append((el.get(f"{_XL}from") or "", el.get(f"{_XL}to") or ""))
            for frm, to in arcs:
                qname = locs.get(frm)
                if qname is None:
                    continue
                roles = out.setdefault(qname, {})
                for role, text in texts.get(to, ()):
                    if text and text not in roles.setdefault(role, []):
                        roles[role].append(text)
    return out


def label_linkbases(instance: Path) -> list[Path]:
    """The label linkbases beside an instance, told by their content (``labelLink``), not their
    names: EDGAR extracts rename files, so a schema's references do not always resolve."""
    folder = instance.parent
    found = []
    for p in sorted(folder.glob("*.xml")) if folder.is_dir() else ():
        if p == instance or p.stat().st_size > 50_000_000:
            continue
        with open(p, "rb") as fh:
            if _LABEL_SNIFF.search(fh.read(8192)):
                found.append(p)
    return found[:5]


def standard_label(labels: dict, qname: str) -> str:
    roles = labels.get(qname, {})
    found = roles.get(ROLE_LABEL) or roles.get(ROLE_TERSE)
    return found[0] if found else qname.partition(":")[2]


def member_label(labels: dict, member: str) -> str:
    """A segment member's name as the filing prints it in its tables: its terse label ("AWS",
    "Services"), else its standard label without ``[Member]``, else its local name."""
    roles = labels.get(member, {})
    for text in roles.get(ROLE_TERSE, []) + roles.get(ROLE_LABEL, []):
        name = re.sub(r"\s*\[(?:Member|Domain)\]\s*$", "", text).strip()
        if name:
            return name
    local = member.partition(":")[2].removesuffix("Member")
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local)


# -- reading ---------------------------------------------------------------------------------------


def scale_of(decimals: str | None) -> str:
    try:
        return _SCALES.get(int(decimals or ""), "")
    except ValueError:  # INF
        return ""


def _precision(decimals: str | None) -> int:
    """``decimals`` as a number: INF (exact) above any figure."""
    try:
        return int(decimals or "")
    except ValueError:
        return 99 if (decimals or "").upper() == "INF" else -99


def read_xbrl(path: str | Path, data: bytes | None = None) -> Reading:
    """Read one XBRL instance into a ``Reading`` (document kind = its ``dei:DocumentType``)."""
    path = Path(path)
    name = str(path)
    if data is None:
        data = read_bytes(path)
    inst = _Instance(data, name)
    sha = sha256_bytes(data)
    m = mapping()
    dei: dict[str, list[tuple[str, str]]] = {}  # local name → (text, contextRef)
    candidates: list[tuple] = []
    apart_elements = m.apart_elements
    apart: list[tuple[str, Context]] = []
    skipped_dims = 0
    warnings: list[str] = []
    wholes = _whole_members(inst, m)
    for el in inst.root:
        if not el.tag.startswith("{") or el.tag.startswith(_I):
            continue
        qname = inst.tag_qname(el.tag)
        if qname.startswith("dei:"):
            dei.setdefault(qname[4:], []).append(((el.text or "").strip(), el.get("contextRef")))
            continue
        if qname in apart_elements and nonzero(el.text or ""):
            ctx = inst.contexts.get(el.get("contextRef"))
            if ctx is not None and not ctx.dims:
                apart.append((qname, ctx))
        hits = m.by_element.get(qname)
        if hits is None or el.get(f"{{{NS_XSI}}}nil") == "true":
            continue
        ctx = inst.contexts.get(el.get("contextRef"))
        unit = inst.units.get(el.get("unitRef"), "")
        if ctx is None or not _money_unit(unit):
            continue
        key = (qname, ctx.start, ctx.end, el.get("unitRef"))
        axis_rank, segment_member = _segment(ctx, m, wholes, key)
        if axis_rank is None:
            skipped_dims += 1
            continue
        for concept, rank in hits:
            candidates.append((concept, (rank, axis_rank), ctx, segment_member, unit, qname, el))

    def first(key: str) -> str | None:
        return next((t for t, _ in dei.get(key, ()) if t), None)

    company, calendar, kind, period = _filing(inst, dei, first, name)
    labels = read_labels(label_linkbases(path)) if path.exists() else {}
    if not labels:
        warnings.append("no label linkbase beside the instance: element names stand for labels")
    chosen: dict[tuple, tuple] = {}
    for concept, rank, ctx, member, unit, qname, el in candidates:
        fact_period = calendar.period(ctx.start, ctx.end)
        if fact_period is None:
            continue
        segment = member_label(labels, member) if member else None
        key = (concept, fact_period, segment, unit)
        held = chosen.get(key)
        # The preferred element and axis; for the same one printed twice (a statement and a
        # note), the finer rounding (a note may print 2.9 billion for 2,863 million).
        rank = (*rank, -_precision(el.get("decimals")))
        if held is None or rank < held[0]:
            chosen[key] = (rank, ctx, unit, qname, el)
        elif rank == held[0] and (el.text or "").strip() != (held[4].text or "").strip():
            warnings.append(
                f"{qname} {fact_period}{' ' + segment if segment else ''} printed twice with "
                f"different values ({held[4].text} in {held[1].id}, {el.text} in {ctx.id}): "
                "the first kept"
            )
    facts = []
    for (concept, fact_period, segment, unit), (_, ctx, _, qname, el) in chosen.items():
        text = (el.text or "").strip()
        try:
            value = to_value(text, unit)
        except InvalidOperation:
            warnings.append(f"{qname} in {ctx.id}: not a number ({text!r}), skipped")
            continue
        span = ctx.end.isoformat() if ctx.start is None else f"{ctx.start} to {ctx.end}"
        source = Source(
            path.name,
            sha,
            None,
            m.table(concept),
            f"{standard_label(labels, qname)} [{qname}]",
            f"{ctx.id}: {span}",
            text,
        )
        facts.append(
            Fact(
                company=company.code,
                concept=concept,
                period=fact_period,
                value=value,
                unit=unit,
                source=source,
                scale=scale_of(el.get("decimals")),
                segment=segment,
            )
        )
    facts = credit_side_positive(outflows_positive(facts))
    facts += fallback_facts(facts)
    printed: dict[str, set[str]] = {}
    for qname, ctx in apart:
        printed.setdefault(calendar.period(ctx.start, ctx.end) or "", set()).add(qname)
    facts = set_apart(facts, printed)
    if skipped_dims:
        warnings.append(
            f"{skipped_dims} facts of mapped elements with dimensions other than segments "
            "(class of stock, equity component, ...) not read"
        )
    document = Document(sha256=sha, file=path.name, kind=kind, company=company, period=period)
    return Reading(document=document, facts=facts, warnings=warnings)


def _whole_members(inst: _Instance, m: Mapping) -> frozenset[tuple[tuple[str, str], tuple]]:
    """(member, (element, start, end, unit)): a segment axis's member that is the whole company
    for that figure, printed beside the members of another segment axis whose figures add up to
    the consolidated one (Netflix's streaming by region in 2024, when it sold nothing else; not in
    2023, with DVD revenue beside). Beside another member it says nothing more then (streaming
    revenue in Asia-Pacific is Asia-Pacific's revenue)."""
    whole: dict[tuple, Decimal] = {}
    sums: dict[tuple[str, str], dict[tuple, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for el in inst.root:
        if not el.tag.startswith("{") or el.tag.startswith(_I):
            continue
        qname = inst.tag_qname(el.tag)
        ctx = inst.contexts.get(el.get("contextRef"))
        if qname not in m.by_element or ctx is None or ctx.typed:
            continue
        try:
            value = Decimal((el.text or "").strip())
        except InvalidOperation:
            continue
        key = (qname, ctx.start, ctx.end, el.get("unitRef"))
        dims = [d for d in ctx.dims if d not in m.neutral_members]
        if not ctx.dims:
            whole[key] = value
            continue
        axes = {axis for axis, _ in dims}
        if len(dims) == 2 and len(axes) == 2 and axes <= set(m.segment_axes):
            for member in dims:
                sums[member][key] += value
    return frozenset(
        (member, key)
        for member, by_key in sums.items()
        for key, total in by_key.items()
        if total != 0 and whole.get(key) == total
    )


def _segment(
    ctx: Context, m: Mapping, wholes: frozenset = frozenset(), key: tuple = ()
) -> tuple[int | None, str | None]:
    """(axis rank, member) of a segment context, (0, None) for the whole company, (None, None)
    for a context with other dimensions."""
    if ctx.typed:
        return None, None
    if not ctx.dims:
        return 0, None
    # Operating segments of the consolidation axis say nothing more only beside a segment: alone
    # they are the segments' total, which differs from the consolidated figure. A member that is
    # the whole company says nothing more beside another.
    dims = [d for d in ctx.dims if d not in m.neutral_members]
    if len(dims) > 1:
        dims = [d for d in dims if (d, key) not in wholes]
    if len(dims) == 1 and dims[0][0] in m.segment_axes:
        return 1 + m.segment_axes.index(dims[0][0]), dims[0][1]
    return None, None


def _filing(inst: _Instance, dei: dict, first, name: str):
    """Company, fiscal calendar, document kind and period from the dei cover facts."""
    cik = first("EntityCentralIndexKey")
    if cik is None:
        ident = inst.root.find(f"{_I}context/{_I}entity/{_I}identifier")
        cik = (ident.text or "").strip() if ident is not None else None
    symbols = [(t, c) for t, c in dei.get("TradingSymbol", ()) if t]
    symbol, symbol_ctx = symbols[0] if symbols else (None, None)
    exchanges = dei.get("SecurityExchangeName", [])
    exchange = next((t for t, c in exchanges if c == symbol_ctx and t), None) or first(
        "SecurityExchangeName"
    )
    code = symbol.upper() if symbol else (cik.zfill(10) if cik and cik.isdigit() else cik)
    if not code:
        raise InputError(name, "no trading symbol and no CIK in the instance")
    registrant = first("EntityRegistrantName") or code
    ticker = symbol.upper() if symbol else ticker_from_instance(Path(name).name)
    company = Company(code, registrant, exchange, company_aliases(registrant, ticker))

    kind = first("DocumentType") or "XBRL"
    focus = (first("DocumentFiscalPeriodFocus") or "FY").upper()
    end_text = first("DocumentPeriodEndDate")
    if end_text is None:
        ref = next((c for _, c in dei.get("DocumentType", ())), None)
        ctx = inst.contexts.get(ref)
        if ctx is None:
            raise InputError(name, "no dei:DocumentPeriodEndDate: the filing's period is unknown")
        end_text = ctx.end.isoformat()
    period_end = _date(end_text, name, "dei:DocumentPeriodEndDate")
    year_text = first("DocumentFiscalYearFocus") or ""
    fiscal_year = int(year_text[:4]) if year_text[:4].isdigit() else None
    calendar = FiscalCalendar.anchored(
        period_end, fiscal_year, focus, first("CurrentFiscalYearEndDate")
    )
    if focus == "FY":
        period = f"{calendar.year}FY"
    elif focus in ("Q1", "Q2", "Q3", "Q4", "H1"):
        period = f"{calendar.year}{focus}"
    else:
        period = calendar.period(None, period_end) or period_end.isoformat()
    return company, calendar, kind, period
