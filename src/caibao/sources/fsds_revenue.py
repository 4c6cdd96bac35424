"""The revenue lines of an SEC data sets filing: the lines its income statement prints above its
revenue total, as revenue facts of a line of business.

Takes one filing's income statement lines (``pre.txt`` rows: report, line, tag, version, printed
label, negating) and gives its ``RevenueLines`` (``revenue_lines``); with the filing's ``num.txt``
rows and fiscal calendar, gives the revenue facts of those lines (``revenue_parts``), the cost
of goods sold as the cost of its one line of goods (``goods_cost``), and the cost of revenue of a
filer that prints only product sales and services and a cost of each (``paired_cost``).

The lines an income statement prints above its revenue total (Walmart's net sales and membership
and other income, McDonald's company-operated and franchised restaurants, Oracle's new licences,
licence updates and support, services) are revenue facts with ``Fact.segment`` = the printed label
(less a trailing "revenues": ``us_gaap.line_name``), for each period in which they add up to the
total (``us_gaap.parts_of``, to the filing's rounding: a subtotal of the lines just above it is
allowed, and a bank's interest income and expense netted by the net interest income below them are
no parts); a line printed negated (a deduction) makes none of them parts, and a line named only
"other" counts in the sum but gives no segment. Provenance as ``sec_fsds``'s.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from ..model import Fact, Source
from . import fsds_rows
from .us_gaap import label_key, line_name, mapping, parts_of, scale_step, to_value


@dataclass(frozen=True, slots=True)
class RevenueLines:
    """The lines an income statement prints above its revenue total, in printed order: the
    total's (tag, version), and (tag, version, printed label) of each line above it; the total's
    printed label."""

    total: tuple[str, str]
    lines: tuple[tuple[str, str, str], ...]
    total_label: str = ""

    @property
    def tags(self) -> frozenset[tuple[str, str]]:
        return frozenset((tag, version) for tag, version, _ in self.lines) | {self.total}


def revenue_lines(lines: list[tuple], m) -> RevenueLines | None:
    """The lines above the revenue total of one filing's income statement (``pre.txt`` rows:
    report, line, tag, version, label, negating): the lines of products or services a filer
    prints before its total (net sales and membership income; company-operated and franchised
    restaurants; new licences, licence updates and support, services). None when the statement
    prints fewer than two such lines or subtracts one (a line printed negated is a deduction, not
    a part). Whether they are parts of the total is for ``parts_of`` to say, period by period."""
    best = None
    for report, line, tag, version, label, _ in lines:
        element = fsds_rows.element(tag, version)
        ranks = [r for c, r in m.by_element.get(element, ()) if c == "revenue"]
        unmapped = element is None or element not in m.by_element
        if unmapped and m.label_fallbacks.get(("IS", fsds_rows.line_key(label, tag))) == "revenue":
            ranks = [len(m.rules["revenue"].elements)]
        if ranks and (best is None or (ranks[0], report, line) < best[0]):
            best = ((ranks[0], report, line), (tag, version), label)
    if best is None:
        return None
    (_, report, at), total, total_label = best
    above = sorted(row for row in lines if row[0] == report and row[1] < at)
    if any(row[5] for row in above):
        return None
    parts = tuple(
        (tag, version, fsds_rows.in_full(label, tag, version))
        for _, _, tag, version, label, _ in above
        if label
    )
    parts = tuple(p for p in parts if (p[0], p[1]) != total)
    if len(parts) < 2 or len({label for _, _, label in parts}) < len(parts):
        return None
    return RevenueLines(total, parts, total_label or "")


def _as_the_total(label: str, parts: RevenueLines) -> bool:
    """Whether a line above the total is printed under the total's own label (Reynolds's "Net
    sales" of goods above "Net sales, related party" and the "Net sales" total): the press's
    "net sales" is the total's, so the line names no line of business of its own (it counts in
    the sum)."""
    return bool(parts.total_label) and label_key(label) == label_key(parts.total_label)


def goods_cost(facts: list[Fact], parts: RevenueLines) -> list[Fact]:
    """The cost of goods sold as the cost of the one line of goods among the revenue lines
    (``Fact.segment`` = that line's name, concept operating_cost), for the periods that line has
    a revenue fact: a drug maker's "Cost of goods sold" beside its "Product sales", royalties and
    contract revenue is what its product sales cost, so their gross margin can be computed. None
    when the statement prints a cost of services too, or no single line of goods."""
    m = mapping()
    goods = {
        line_name(label)
        for tag, version, label in parts.lines
        if fsds_rows.element(tag, version) in m.goods_elements or label_key(label) in m.goods_labels
    }
    if len(goods) != 1 or any(f.concept == "cost_services" for f in facts):
        return []
    (name,) = goods
    sold = {f.period for f in facts if f.concept == "revenue" and f.segment == name}
    return [
        replace(f, concept="operating_cost", segment=name)
        for f in facts
        if f.concept == "cost_goods" and f.segment is None and f.period in sold
    ]


def paired_cost(facts: list[Fact]) -> list[Fact]:
    """The cost of revenue of a filer that prints revenue as product sales and service revenue
    only, and a cost of each, with no total (Tyco's "Cost of product sales" and "Cost of
    services"): their sum, as operating_cost, for each period in which revenue is the two lines'
    sum and the filing prints no cost of revenue of its own; so its gross margin can be worked
    out. Not a filer whose revenue has a third part (Hewlett-Packard's financing income)."""
    whole = {
        (f.concept, f.period): f
        for f in facts
        if f.segment is None
        and f.concept
        in ("revenue", "sales_goods", "sales_services", "cost_goods", "cost_services",
            "operating_cost")
    }  # fmt: skip
    out = []
    for (concept, period), revenue in whole.items():
        goods, services = whole.get(("sales_goods", period)), whole.get(("sales_services", period))
        costs = whole.get(("cost_goods", period)), whole.get(("cost_services", period))
        if (
            concept != "revenue"
            or goods is None
            or services is None
            or None in costs
            or ("operating_cost", period) in whole
            or any(f.value is None for f in (revenue, goods, services, *costs))
            or goods.value + services.value != revenue.value
        ):
            continue
        a, b = costs
        source = replace(
            a.source,
            row_label=f"{a.source.row_label} + {b.source.row_label}",
            text=f"{a.source.text} + {b.source.text}",
        )
        out.append(replace(a, concept="operating_cost", value=a.value + b.value, source=source))
    return out


def revenue_parts(rows, calendar, parts: RevenueLines, adsh, file, sha, code, facts) -> list[Fact]:
    """Revenue facts of each line above the total (``Fact.segment`` = its printed label) for
    every period in which the lines printed add up to the total (``parts_of``)."""
    m = mapping()
    by_key: dict[tuple[str, str, str], dict[tuple[str, str], dict]] = defaultdict(dict)
    for row in rows:
        if row.get("coreg") or row.get("segments"):
            continue
        key = (row.get("ddate") or "", row.get("qtrs") or "", (row.get("uom") or "").strip())
        by_key[key][(row["tag"], row["version"])] = row
    scale = next((f.scale for f in facts if f.concept == "revenue" and f.segment is None), "")
    step = scale_step(scale)
    out = []
    for (ddate, quarters, uom), printed in by_key.items():
        span = fsds_rows.when(calendar, ddate, quarters)
        if parts.total not in printed or span is None or quarters == "0":
            continue
        start, end, period = span
        # a line the statement prints with no figure in this period (a dash) counts as zero: a
        # subtotal under it then stands for the one line above it (Total impairment losses,
        # portion in other comprehensive income —, net impairment losses)
        present = [(p, printed.get(p[:2])) for p in parts.lines]
        try:
            values = [Decimal(row["value"]) if row else Decimal(0) for _, row in present]
            total = Decimal(printed[parts.total]["value"])
        except InvalidOperation:
            continue
        if sum(row is not None for _, row in present) < 2:
            continue
        netted = parts_of(values, total, step) if period is not None else None
        if netted is None:
            continue
        for k, ((tag, version, label), row) in enumerate(present):
            if (
                row is None
                or m.unnamed_line.match(label)
                or k in netted
                or _as_the_total(label, parts)
            ):
                continue
            element = fsds_rows.named(tag, version)
            column = fsds_rows.column(adsh, ddate, quarters, start, end)
            text = row["value"].strip()
            source = Source(
                file, sha, None, m.table("revenue"), f"{label} [{element}]", column, text
            )
            value = to_value(text, uom)
            name = line_name(label)
            out.append(Fact(code, "revenue", period, value, uom, source, scale, segment=name))
    return out
