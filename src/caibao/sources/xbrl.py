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
  context only the first mapped element of a concept (by that file's order) is kept, and a fact
  printed twice is kept once; nil facts are skipped;
- segment facts: a context with one member of a segment axis (products/services, business
  segments, geographical areas) gives ``Fact.segment`` = the member's terse label as the tables
  print it ("iPhone", "AWS", "North America"), else its local name without ``Member``. Facts with any other
  dimension (class of stock, equity component, fair-value level ...) are not read, and counted
  in a warning.

Fiscal periods. US companies' fiscal years need not end in December; the period notation
(``periods``) names the **fiscal** year and its quarters: for Apple (year ending on the last
Saturday of September) ``2023FY`` is the 53 weeks ended 2023-09-30, ``2023Q3`` the quarter ended
2023-07-01, ``2023Q1-Q3`` the nine months to then, ``2023H1`` the first fiscal half. The fiscal
year of a period is the one whose end (anchored on the filing's own year and period focus) is
within 45 days of it, so 52/53-week years fit. Balance-sheet facts are instants and keep their
real date (``2023-09-30``). A duration that is no fiscal quarter, half, year to date or year
(a trailing twelve months, one month) is not read.

Values are exact ``Decimal``s in the unit's base (dollars; ``USD/share`` for EPS); the printed
rounding (``decimals``: -6 is millions) is kept as ``Fact.scale`` ("millions").

Provenance (``Source``): file = the instance's name, page None, table = the statement the
concept belongs to ("XBRL income statement": one table per statement so the identities of
``identities.toml`` group its lines), row_label = the element's standard label followed by its
name in brackets ("Assets [us-gaap:Assets]"), column = the context id and its period, text =
the value as written in the instance.
"""

from __future__ import annotations

import io
import re
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import InputError
from ..model import Company, Document, Fact, Reading, Source
from ..periods import Period
from .common import in_cents, plain, read_bytes, sha256_bytes

NS_INSTANCE = "http://www.xbrl.org/2003/instance"
NS_XBRLDI = "http://xbrl.org/2006/xbrldi"
NS_LINK = "http://www.xbrl.org/2003/linkbase"
NS_XLINK = "http://www.w3.org/1999/xlink"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_I = f"{{{NS_INSTANCE}}}"
_XL = f"{{{NS_XLINK}}}"

ROLE_LABEL = "http://www.xbrl.org/2003/role/label"
ROLE_TERSE = "http://www.xbrl.org/2003/role/terseLabel"

# Within this many days of a fiscal year's nominal end, a date ends that year (52/53-week years).
_YEAR_SLACK = 45
_MONTH_DAYS = 30.436875

_SCALES = {-3: "thousands", -6: "millions", -9: "billions"}

# -- the mapping (us_gaap.toml) --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConceptRule:
    concept: str
    statement: str
    elements: tuple[str, ...]
    fallback: str | None
    unless: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Mapping:
    rules: dict[str, ConceptRule]
    # element → ((concept, rank: lower is preferred), ...): EarningsPerShareBasicAndDiluted
    # gives both EPS concepts
    by_element: dict[str, tuple[tuple[str, int], ...]]
    tables: dict[str, str]
    segment_axes: tuple[str, ...]
    neutral_members: frozenset[tuple[str, str]]
    namespaces: dict[str, str]

    def table(self, concept: str) -> str:
        return self.tables[self.rules[concept].statement]


@cache
def mapping() -> Mapping:
    text = resources.files(__package__).joinpath("us_gaap.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    rules, by_element = {}, {}
    for concept, entry in data["concepts"].items():
        rule = ConceptRule(
            concept,
            entry["statement"],
            tuple(entry["elements"]),
            entry.get("fallback"),
            tuple(entry.get("unless", ())),
        )
        rules[concept] = rule
        for rank, element in enumerate(rule.elements):
            by_element[element] = (*by_element.get(element, ()), (concept, rank))
    dims = data["dimensions"]
    neutral = frozenset(tuple(m.split("=", 1)) for m in dims["neutral_members"])
    return Mapping(
        rules, by_element, data["tables"], tuple(dims["segment_axes"]), neutral, data["namespaces"]
    )


def canonical_prefix(uri: str, declared: str) -> str:
    """The conventional prefix of a namespace (us-gaap of any year), else the declared one."""
    for start, prefix in mapping().namespaces.items():
        if uri.startswith(start):
            return prefix
    return declared


# -- fiscal periods --------------------------------------------------------------------------------


def _months(days: int) -> int:
    return round(days / _MONTH_DAYS)


def _same_day_in(year: int, day: date) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


@dataclass(frozen=True, slots=True)
class FiscalCalendar:
    """A company's fiscal years, anchored on one year's end and name (2023-09-30 is FY2023)."""

    year_end: date
    year: int

    @classmethod
    def anchored(
        cls, period_end: date, fiscal_year: int | None, focus: str, year_end_md: str | None = None
    ) -> FiscalCalendar:
        """From a filing's period end and focus (FY, Q1..Q3, H1) and, when known, the fiscal year
        end's month and day (``--09-30``)."""
        focus = (focus or "FY").upper()
        quarter = {"Q1": 1, "Q2": 2, "H1": 2, "Q3": 3}.get(focus, 4)
        year_end = period_end
        if quarter != 4:
            year_end = period_end + timedelta(days=round((4 - quarter) * 3 * _MONTH_DAYS))
            md = re.fullmatch(r"-*(\d{2})-(\d{2})", (year_end_md or "").strip())
            if md:  # the nominal end nearest the estimate
                month, day = int(md[1]), int(md[2])
                guesses = []
                for y in (year_end.year - 1, year_end.year, year_end.year + 1):
                    try:
                        guesses.append(date(y, month, day))
                    except ValueError:
                        guesses.append(date(y, month, 28))
                year_end = min(guesses, key=lambda d: abs((d - year_end).days))
        return cls(year_end, fiscal_year if fiscal_year else year_end.year)

    def fiscal_year(self, day: date) -> tuple[int, date]:
        """The fiscal year a day falls in, and that year's nominal end."""
        back = ((self.year_end - day).days + _YEAR_SLACK) // 365.2425
        k = int(back)
        return self.year - k, _same_day_in(self.year_end.year - k, self.year_end)

    def period(self, start: date | None, end: date) -> str | None:
        """Period notation of a context: an instant's date, or the fiscal span (None when the
        span is none of quarter, half, year to date, year)."""
        if start is None:
            return end.isoformat()
        year, year_end = self.fiscal_year(end)
        before_end = _months((year_end - end).days)
        quarter = 4 - round(before_end / 3)
        if not 1 <= quarter <= 4 or abs(before_end - 3 * (4 - quarter)) > 1:
            return None
        months = _months((end - start).days + 1)
        if months == 3:
            return str(Period.q(year, quarter))
        if months == 3 * quarter:
            return str(Period.ytd(year, quarter))
        if months == 6 and quarter == 4:
            return str(Period.h2(year))
        return None


# -- company names ---------------------------------------------------------------------------------

_SUFFIXES = re.compile(
    r"(?:[,\s]+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|l\.p|lp|"
    r"holdings?|group|s\.a|n\.v|ag|se)\.?)+$",
    re.IGNORECASE,
)


def company_aliases(name: str) -> tuple[str, ...]:
    """Names journalists use for a registrant: "Apple Inc." → ("Apple Inc.", "Apple");
    EDGAR's upper case "MICROSOFT CORPORATION" → (..., "Microsoft Corporation", "Microsoft");
    "AMAZON COM INC" → (..., "Amazon.com", "Amazon")."""
    out: list[str] = []

    def add(n: str) -> None:
        n = n.strip(" ,&")
        if n and n not in out:
            out.append(n)

    add(name)
    shown = name.title() if name.isupper() else name
    shown = re.sub(r"(?:\s+|\.)Com\b", ".com", shown) if name.isupper() else shown
    add(shown)
    short = _SUFFIXES.sub("", shown)
    add(short)
    if short.lower().endswith(".com"):
        add(short[: -len(".com")])
    return tuple(out)


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


def to_value(text: str, unit: str) -> Decimal:
    value = Decimal(text.strip())
    return in_cents(value) if "/" not in unit else plain(value)


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
    skipped_dims = 0
    warnings: list[str] = []
    for el in inst.root:
        if not el.tag.startswith("{") or el.tag.startswith(_I):
            continue
        qname = inst.tag_qname(el.tag)
        if qname.startswith("dei:"):
            dei.setdefault(qname[4:], []).append(((el.text or "").strip(), el.get("contextRef")))
            continue
        hits = m.by_element.get(qname)
        if hits is None or el.get(f"{{{NS_XSI}}}nil") == "true":
            continue
        ctx = inst.contexts.get(el.get("contextRef"))
        unit = inst.units.get(el.get("unitRef"), "")
        if ctx is None or not _money_unit(unit):
            continue
        axis_rank, segment_member = _segment(ctx, m)
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
    facts += fallback_facts(facts)
    if skipped_dims:
        warnings.append(
            f"{skipped_dims} facts of mapped elements with dimensions other than segments "
            "(class of stock, equity component, ...) not read"
        )
    document = Document(sha256=sha, file=path.name, kind=kind, company=company, period=period)
    return Reading(document=document, facts=facts, warnings=warnings)


def _segment(ctx: Context, m: Mapping) -> tuple[int | None, str | None]:
    """(axis rank, member) of a segment context, (0, None) for the whole company, (None, None)
    for a context with other dimensions."""
    if ctx.typed:
        return None, None
    if not ctx.dims:
        return 0, None
    # Operating segments of the consolidation axis say nothing more only beside a segment: alone
    # they are the segments' total, which differs from the consolidated figure.
    dims = [d for d in ctx.dims if d not in m.neutral_members]
    if len(dims) == 1 and dims[0][0] in m.segment_axes:
        return 1 + m.segment_axes.index(dims[0][0]), dims[0][1]
    return None, None


def fallback_facts(facts: list[Fact]) -> list[Fact]:
    """Facts a concept's ``fallback`` gives (net income as net profit when there is no
    non-controlling interest), where the filing printed none of its own."""
    m = mapping()
    present = {f.concept for f in facts}
    have = {(f.concept, f.period, f.segment) for f in facts}
    out = []
    for rule in m.rules.values():
        if rule.fallback is None or any(u in present for u in rule.unless):
            continue
        for f in facts:
            if f.concept == rule.fallback and (rule.concept, f.period, f.segment) not in have:
                out.append(
                    Fact(
                        company=f.company,
                        concept=rule.concept,
                        period=f.period,
                        value=f.value,
                        unit=f.unit,
                        source=f.source,
                        scale=f.scale,
                        segment=f.segment,
                    )
                )
    return out


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
    company = Company(code, registrant, exchange, company_aliases(registrant))

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
