"""Reading one row of the SEC financial statement data sets (``num.txt``, ``pre.txt``): the small
steps ``sec_fsds``, ``fsds_revenue`` and ``fsds_lines`` share.

Takes a row's fields as text (``tag``, ``version``, ``ddate``, ``qtrs``, ``plabel``) and gives:
the element a tag names (``element``; ``own`` for a filer's own element in provenance, ``named``
for either), a ``ddate`` as a date (``day``), the first day of a span of quarters (``start``), a
row's span and fiscal period (``when``) and its provenance column (``column``), and a printed
label as compared with ``[label_fallbacks]`` (``line_key``) and a one-word label as its own
element's name says it whole (``in_full``).
"""

from __future__ import annotations

import re
from datetime import date

from .us_gaap import FiscalCalendar, label_key, mapping

_PREFIXES = {"us-gaap": "us-gaap", "ifrs": "ifrs-full", "ifrs-full": "ifrs-full"}


def element(tag: str, version: str) -> str | None:
    """The element a ``num``/``pre`` row's tag names: the taxonomy's ("us-gaap:Revenues"); a
    filer's own element that bears the name of a taxonomy element us_gaap.toml maps is read as
    that element (early filers declared their own copies: Eli Lilly's 2009
    EarningsPerShareBasicAndDiluted, MasterCard's ProfitLoss); None for any other own element."""
    prefix = _PREFIXES.get(version.partition("/")[0])
    if prefix:
        return f"{prefix}:{tag}"
    copy = f"us-gaap:{tag}"
    return copy if "/" not in version and copy in mapping().by_element else None


def own(tag: str) -> str:
    """How a filer's own element is named in provenance (the data sets give no prefix)."""
    return f"own:{tag}"


def named(tag: str, version: str) -> str:
    """The element a row names in provenance: ``element``, else the filer's own (``own``)."""
    return element(tag, version) or own(tag)


# the words of an element's name (WholesaleEnergyMarketingRealized: Wholesale, Energy, …)
_CAMEL = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[0-9]+")


def in_full(label: str, tag: str, version: str) -> str:
    """A filer's own line printed by one word under a heading (PPL's "Realized" under "Wholesale
    energy marketing", a heading the data sets leave out), named as its element's name says it
    whole: WholesaleEnergyMarketingRealized is "Wholesale energy marketing realized". The label
    itself for a line of more words, a taxonomy element, or an element whose name does not end
    with the label's word."""
    if "/" in version or len(label.split()) != 1:
        return label
    words = _CAMEL.findall(tag)
    if len(words) < 3 or words[-1].lower() != label.strip().lower():
        return label
    return " ".join([words[0], *(w.lower() for w in words[1:])])


def day(text: str) -> date | None:
    """A ``ddate`` (yyyymmdd) as a date; None when it is none."""
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except (ValueError, IndexError):
        return None


def start(end: date, quarters: int) -> date:
    """The first day of a span of ``quarters`` quarters ending on a month end."""
    months = end.year * 12 + end.month - 1 - 3 * quarters + 1
    return date(months // 12, months % 12 + 1, 1)


def when(
    calendar: FiscalCalendar, ddate: str, qtrs: str
) -> tuple[date | None, date, str | None] | None:
    """A row's (first day, end, fiscal period) from its ``ddate`` and ``qtrs``: the first day None
    for a balance (``qtrs`` 0), the period None where the calendar names none; None when
    ``ddate`` is no date or ``qtrs`` no count of quarters."""
    end = day(ddate)
    if end is None or not qtrs.isdigit():
        return None
    first = None if qtrs == "0" else start(end, int(qtrs))
    return first, end, calendar.period(first, end)


def column(adsh: str, ddate: str, qtrs: str, first: date | None, end: date) -> str:
    """The provenance column of a row: the accession number, ``ddate`` and ``qtrs`` as given and
    the dates they stand for."""
    span = end.isoformat() if first is None else f"{first} to {end}"
    return f"{adsh} ddate {ddate} qtrs {qtrs}: {span}"


def line_key(label: str, tag: str) -> str:
    """A line's printed label as compared with ``[label_fallbacks]`` (``label_key``); a bare
    "Total" under lines of revenue, of an element that names revenue (Entergy's UtilityRevenue
    "TOTAL" under "Electric", "Natural gas", "Competitive businesses"), is "total revenues"."""
    key = label_key(label)
    if key == "total" and _REVENUE_ELEMENT.search(tag):
        return "total revenues"
    return key


_REVENUE_ELEMENT = re.compile(r"Revenues?$")
