"""The lines a filer prints that ``us_gaap.toml`` maps to no concept, as facts by their printed
names: a bank's "Mortgage production related income", an oil producer's "Exploration expenses,
including dry holes and lease impairment", a driller's "Services and rentals" cost.

The press quotes a filing's own lines by the words the filing prints, and no table of elements
covers every industry's lines. So each line of a filing's income statement and cash-flow statement
(``pre.txt``, ``stmt`` IS or CF, not in parentheses) whose element is mapped to no concept becomes
a fact of the concept ``filer_line`` with ``Fact.segment`` = the printed label, for every period
the filing gives it in a currency: the checker finds the label's words in an article
(``claims.printed_lines``) and checks the figure like a segment's. A balance-sheet line (``stmt``
BS) is read the same way as a fact of ``filer_balance``, a balance: its balance at each date the
filing gives (period = the ISO date, as a mapped balance's), where the statements of flows give
only spans. Not read: a line printed under two different elements in one filing (which is meant
is unknowable; but a charge printed in the income statement and added back in the cash-flow
statement is the income statement's), a line named only "other", the lines that are revenue parts
already (``fsds_revenue.revenue_lines``), and a cash-flow statement's changes in balances
(``IncreaseDecrease…``: "Accounts receivable" there is no receivables balance). A line printed
under a negated label with a negative value (a utility's
"Amortization of Gain", -55.1 printed as 55.1) is read as the positive figure printed: the press
quotes its size.

Takes a filing's unmapped ``pre.txt`` lines (``collect``: its ``PrintedLines``) and its
``num.txt`` rows (``line_facts``: the ``filer_line`` facts, provenance as ``sec_fsds``'s).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import InvalidOperation

from ..model import Fact, Source
from . import fsds_rows
from .us_gaap import to_value

CONCEPT = "filer_line"
# a balance-sheet line's balance at a date (period = the ISO date, as a mapped balance's)
BALANCE = "filer_balance"
# the taxonomy's elements of a change in a balance, which the cash-flow statement prints under the
# balance's own name ("Inventories"): an article's "inventories" is the balance, not the change
_CHANGES = "IncreaseDecrease"
STATEMENTS = {
    "IS": "XBRL income statement",
    "CF": "XBRL cash flow statement",
    "BS": "XBRL balance sheet",
}


@dataclass(frozen=True, slots=True)
class PrintedLines:
    """One filing's unmapped lines: (tag, version) → (statement, printed label); ``negated``: the
    lines printed under a negated label."""

    lines: dict[tuple[str, str], tuple[str, str]]
    negated: frozenset[tuple[str, str]] = frozenset()

    def wanted(self, tag: str, version: str) -> bool:
        return (tag, version) in self.lines


def collect(rows: list[tuple], unnamed) -> PrintedLines | None:
    """The lines of (statement, tag, version, label[, negated]) rows, the unmapped ones of one
    filing, in printed order; None when none is left."""
    by_label: dict[str, set[tuple[str, str]]] = defaultdict(set)
    first: dict[tuple[str, str], tuple[str, str]] = {}
    negated = set()
    for stmt, tag, version, label, *flag in rows:
        label = fsds_rows.in_full(" ".join(label.split()), tag, version)
        if not label or unnamed.match(label) or stmt not in STATEMENTS:
            continue
        if tag.startswith(_CHANGES):
            continue  # a cash-flow statement's change in a balance ("Accounts receivable")
        by_label[label.lower()].add((tag, version))
        first.setdefault((tag, version), (stmt, label))
        if flag and flag[0]:
            negated.add((tag, version))
    lines = {key: value for key, value in first.items() if _one_line(key, value, by_label, first)}
    return PrintedLines(lines, frozenset(negated & lines.keys())) if lines else None


def _one_line(key, value, by_label, first) -> bool:
    """Whether a line's label names it alone: printed under one element, or under one in the
    income statement and others in the cash-flow statement only (Sherwin-Williams' "Impairment of
    trademarks and goodwill", a charge and its add-back under two of its own elements): the
    income statement's line is the charge the press quotes."""
    keys = by_label[value[1].lower()]
    if len(keys) == 1:
        return True
    income = [k for k in keys if first[k][0] == "IS"]
    return (
        len(income) == 1
        and income[0] == key
        and len(keys) - 1 == sum(first[k][0] == "CF" for k in keys)
    )


def line_facts(rows, calendar, printed: PrintedLines, filing, scale) -> list[Fact]:
    """A ``filer_line`` fact per printed line and period of ``num.txt`` rows (the filing's, without
    segments), in ``scale``. ``filing``: (adsh, file, sha, company code)."""
    adsh, file, sha, code = filing
    out: dict[tuple[str, str], Fact] = {}
    for row in rows:
        key = (row["tag"], row["version"])
        if key not in printed.lines or row.get("coreg") or row.get("segments"):
            continue
        uom = (row.get("uom") or "").strip()
        quarters = row.get("qtrs") or ""
        span = fsds_rows.when(calendar, row.get("ddate") or "", quarters)
        if len(uom) != 3 or not uom.isupper() or span is None:
            continue
        stmt, label = printed.lines[key]
        if (quarters == "0") != (stmt == "BS"):
            # a balance printed in a flow statement (cash at the end of the period), a flow in
            # the balance sheet
            continue
        start, end, period = span
        if period is None:
            continue
        text = row["value"].strip()
        try:
            value = to_value(text, uom)
        except InvalidOperation:
            continue
        if value < 0 and key in printed.negated:
            value = -value  # (the positive figure its negated label prints)
        element = fsds_rows.named(row["tag"], row["version"])
        column = fsds_rows.column(adsh, row["ddate"], quarters, start, end)
        source = Source(file, sha, None, STATEMENTS[stmt], f"{label} [{element}]", column, text)
        out.setdefault(
            (label, period),
            Fact(
                code,
                BALANCE if stmt == "BS" else CONCEPT,
                period,
                value,
                uom,
                source,
                scale,
                segment=label,
            ),  # fmt: skip
        )
    return list(out.values())
