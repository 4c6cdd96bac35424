"""Amounts as printed ⇄ Decimal. The one module that parses and formats numbers for the PDF
reader, the claim checker and the writer.

- ``parse_cell``: a table cell as printed in a report ("585,461,786.23", "-42,890,580.25",
  "(1,234.56)", "３.５５", "不适用", "--", "—") → Decimal, or None for "no value".
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# Full-width digits and signs to ASCII.
_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９．，－＋％（）", "0123456789.,-+%()"
)

# Printed placeholders that mean "no value" (不适用, --, —, －, /, 无).
NO_VALUE = frozenset({"不适用", "--", "-", "—", "——", "－", "－－", "/", "无", "N/A", "n/a", ""})

_CELL = re.compile(r"^([-+]?)\(?([-+]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\)?(%?)$")


def normalize_digits(text: str) -> str:
    """Full-width digits and punctuation to ASCII; drop spaces inside the number."""
    return text.translate(_FULLWIDTH)


def is_no_value(text: str) -> bool:
    return text.strip() in NO_VALUE


def parse_cell(text: str) -> Decimal | None:
    """Parse a number printed in a report table. Returns None for placeholders.

    Raises ValueError for text that is neither a number nor a placeholder.
    """
    raw = text.strip()
    if raw in NO_VALUE:
        return None
    s = normalize_digits(raw).replace(" ", "").replace("\u00a0", "")
    if s in NO_VALUE:
        return None
    m = _CELL.match(s)
    if not m:
        raise ValueError(f"not a printed number: {text!r}")
    sign1, sign2, whole, frac, _pct = m.groups()
    negative = sign1 == "-" or sign2 == "-" or (s.startswith("(") and s.rstrip("%").endswith(")"))
    try:
        value = Decimal(whole.replace(",", "") + (frac or ""))
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only digits
        raise ValueError(f"not a printed number: {text!r}") from exc
    return -value if negative else value


def looks_like_cell_number(text: str) -> bool:
    try:
        return parse_cell(text) is not None
    except ValueError:
        return False
