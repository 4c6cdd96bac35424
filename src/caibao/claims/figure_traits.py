"""Small traits of a figure that the sentence reader, the attribution and the table reader share:
the precision a journalist's round amount carries (``journalist_precision``: 230亿 to the
billion), whether a figure is printed with its currency (``has_currency``), the concepts that are
balances at a date, not flows over a period (``balances``), and the year to date that ends on a
quarter's last day (``span_ending``).

Takes a printed ``Amount``, a printed string or a ``Period``; gives a precision, a flag, a set of
concept ids or a ``Period``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from ..concepts import accounts
from ..numbers import Amount
from ..periods import Period
from .lexicon import (
    instant_concepts,
)

# (compiled once: these run for every claim)
_CURRENCY = re.compile(r"元|美元|港元|RMB|CNY|USD|HKD|\$|¥|yuan|dollar", re.I)
_NOT_DIGIT = re.compile(r"[^\d.]")


def span_ending(day: Period) -> Period:
    """The year-to-date period that ends on a quarter's last day (else the day itself)."""
    end = day.end
    if (end.month, end.day) in ((3, 31), (6, 30), (9, 30), (12, 31)):
        return Period.ytd(end.year, end.month // 3)
    return day


def has_currency(printed: str) -> bool:
    return bool(_CURRENCY.search(printed))


def _in_basis_points(amount: Amount) -> bool:
    printed = amount.printed.lower()
    return "基点" in printed or "basis" in printed or "bp" in printed


def journalist_precision(amount: Amount) -> Decimal:
    """A round amount of three digits or more ("230亿", "2000亿美元") is rounded to its
    trailing zeros; rates ("30%") and short numbers ("10亿") keep their last digit."""
    digits = _NOT_DIGIT.sub("", amount.printed.replace(",", ""))
    if (
        amount.unit == "pp"
        and digits.endswith("0")
        and digits.strip("0")
        and _in_basis_points(amount)
    ):
        # basis points ending in 0 (+540bp, 下降30个基点) are rounded to tens: 5.42pp is +540bp
        return max(amount.precision, Decimal("0.05"))
    if not digits or "." in digits or len(digits) < 3 or amount.unit in ("%", "pp", "times"):
        return amount.precision
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0 or zeros == len(digits):
        return amount.precision
    return amount.precision * Decimal(10) ** zeros


@cache
def balances() -> frozenset[str]:
    """Concepts that are balances at a date (资产负债表), not flows over a period."""
    out = set()
    for cid, c in accounts().items():
        timing = getattr(c, "timing", None)
        if timing == "instant" or (timing is None and c.statement == "balance"):
            out.add(cid)
    return frozenset(out | {"debt_ratio"} | instant_concepts())
