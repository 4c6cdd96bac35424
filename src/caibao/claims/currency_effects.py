"""Figures said as a currency's effect, or without it (constant currency).

汇率变动使销售额减少约8.6%, 若剔除汇率因素，公司销售额同比增长约3%, sales rose 3% in constant
currency, excluding currency moves, revenue grew 5%: the press repeats the company's own split of
a change into its currency part and the rest. The statements print the change only as a whole, so
they neither support nor contradict either part (words: ``verify.toml`` [currency_effect]).
"""

from __future__ import annotations

import re
from functools import cache

from .model import Claim, verify_data

_BREAK = re.compile(r"[，,；;。!?！？]|\.\s")
# a lead clause that takes the currency out: 剔除汇率因素，… / excluding currency effects, …
_LEAD = re.compile(
    r"(?:(?:剔除|扣除|不计|不考虑|排除|撇除)[^，,；;。]{0,8}?汇率[^，,；;。]{0,8}"
    r"|(?:以|按|在)(?:固定|不变)汇率[^，,；;。]{0,6}"
    r"|(?i:\b(?:excluding|stripping\s+out|not\s+counting|before|ex)\s+(?:the\s+)?"
    r"(?:(?:effects?|impact|swings?|moves?|changes?)\s+(?:of|in|from)\s+)?(?:foreign\s+)?"
    r"(?:currency|currencies|exchange[- ]rates?|foreign\s+exchange)[^,;.]{0,30}))"
    r"\s*[，,][^，,；;。]*$"
)


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = verify_data()["currency_effect"]
    return tuple(w.lower() for w in data["before"]), tuple(w.lower() for w in data["after"])


@cache
def _moves() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A currency's move said in the clause before a figure (美元兑欧元走强) and the verbs of its
    pull on the figure that open the figure's clause (拖累, 推高): ``verify.toml``."""
    data = verify_data()["currency_effect"]
    return tuple(data["currencies"]), tuple(data["moved"]), tuple(data["pulled"])


def _moved_before(clauses: list[str], clause: str) -> bool:
    """Whether the clause before the figure's says a currency moved and the figure's clause
    opens with its pull (美元兑欧元、日元等主要货币走强，拖累公司二季度销售额约4个百分点)."""
    if len(clauses) < 2:
        return False
    currencies, moved, pulled = _moves()
    head, prior = clause.lstrip(), clauses[-2].rstrip()
    return head.startswith(pulled) and prior.endswith(moved) and any(c in prior for c in currencies)


def _named(text: str) -> bool:
    """Whether a currency may be named in the text (汇率, currency, exchange, FX): a cheap gate."""
    return "汇" in text or "urrenc" in text or "xchange" in text or "FX" in text


def currency_effect(claim: Claim, text: str) -> bool:
    """Whether the claim's figure is a currency's effect on a change, or the change without it."""
    if not text or claim.start <= 0:
        return False
    window = text[max(0, claim.start - 40) : claim.start]
    printed_at = claim.quote.find(claim.printed)
    clauses = _BREAK.split(window)
    clause = clauses[-1] + claim.quote[: max(0, printed_at)]
    if ("货币" in window or "元" in window) and _moved_before(clauses, clause):
        return True
    if not _named(window):
        after = text[claim.end : claim.end + 40]
        if not _named(after):
            return False
    before_words, after_words = _words()
    if any(w in clause.lower() for w in before_words):
        return True
    after = _BREAK.split(text[claim.end : claim.end + 40])[0].lower()
    if any(w in after for w in after_words):
        return True
    return _LEAD.search(text, max(0, claim.start - 60), claim.start) is not None
