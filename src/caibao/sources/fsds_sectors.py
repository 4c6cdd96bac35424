"""A filer's statements by sector, printed under its own elements named by the sector (Ford's
"Automotive" and "Financial Services" columns: AutomotiveOperatingIncomeLoss,
AutomotiveCashCashEquivalentsAndShortTermInvestments, IncomeLossBeforeIncomeTaxesAutomotive,
FinancialServicesAssets), as that sector's facts.

A sector is a word group P of a filing's own elements whose "P" + "Assets" is printed in its
balance sheet as "Total P assets" (Ford's AutomotiveAssets "Total Automotive assets", not an
OtherAssets "Other assets"): the filing keeps a balance
sheet per sector, so its own elements that begin or end with P are that sector's lines. Such an
element is the sector's fact of the concept its remainder names (AutomotiveOperatingIncomeLoss:
the taxonomy's OperatingIncomeLoss, ``operating_profit``) or, where the remainder is no element
us_gaap.toml maps, of the concept whose whole-line label the printed label names without the
sector's words ("Income/(Loss) before income taxes - Automotive": ``total_profit``,
``[label_fallbacks]``). Its rows are read as those of a business segment named by P's words
(``sec_fsds.business_segment``: "Financial Services"), never as the company's own figures.

Takes a data set's own-element ``pre.txt`` rows (adsh, stmt, tag, label); gives
(adsh, tag) → (concept, member) where member is P, the segment's member name.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .us_gaap import label_key

# a sector's balance sheet total: its name, then "Assets" (AutomotiveAssets)
_SECTOR_TOTAL = re.compile(r"([A-Z][A-Za-z]+?)Assets")
# the statements whose lines a sector prints: the income statement's sector columns are in an
# unclassified report (``stmt`` UN) where the data sets do not know their kind
_STATEMENTS = {"IS": ("IS",), "BS": ("BS",), "CF": ("CF",), "UN": ("IS",)}
# the sector's name after a dash or in brackets at the end of a label ("… - Automotive")
_TRAILING = r"\s*(?:[-–—:,]\s*{name}|\(\s*{name}\s*\))\s*$"


def sector_elements(rows: list[tuple], m) -> dict[tuple[str, str], tuple[str, str]]:
    """(adsh, tag) → (concept, sector member) of the filings' sector lines (see the module)."""
    by_filing: dict[str, list[tuple]] = defaultdict(list)
    for adsh, stmt, tag, label in rows:
        if stmt in _STATEMENTS:
            by_filing[adsh].append((stmt, tag, label))
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for adsh, lines in by_filing.items():
        sectors = {
            found.group(1)
            for stmt, tag, label in lines
            if stmt == "BS"
            and (found := _SECTOR_TOTAL.fullmatch(tag))
            and re.fullmatch(rf"total\s+{_words(found.group(1))}\s+assets", label.strip(), re.I)
        }
        if not sectors:
            continue
        for stmt, tag, label in lines:
            for sector in sectors:
                concept = _concept(stmt, tag, label, sector, m)
                if concept is not None:
                    out.setdefault((adsh, tag), (concept, sector))
                    break
    return out


def _concept(stmt: str, tag: str, label: str, sector: str, m) -> str | None:
    """The concept of a sector's line: its element's remainder mapped, else its label's."""
    if tag.startswith(sector) and tag[len(sector) : len(sector) + 1].isupper():
        rest = tag[len(sector) :]
    elif tag.endswith(sector) and len(tag) > len(sector):
        rest = tag[: -len(sector)]
    else:
        return None
    hits = m.by_element.get(f"us-gaap:{rest}", ())
    if hits:
        return min(hits, key=lambda hit: hit[1])[0]
    bare = re.sub(_TRAILING.format(name=_words(sector)), "", label, flags=re.I)
    for kind in _STATEMENTS[stmt]:
        concept = m.label_fallbacks.get((kind, label_key(bare)))
        if concept:
            return concept
    return None


def _words(sector: str) -> str:
    """A pattern of a sector's words as a label prints them (FinancialServices: Financial Services)."""
    return r"\s+".join(re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", sector))
