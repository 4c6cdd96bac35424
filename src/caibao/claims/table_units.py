"""The unit a Markdown table's bare numbers are in: printed in a row label or a column header
(营业收入（亿元）, Revenue (mn yuan)), in the corner cell (RMB mn) or in the caption before the table
(（单位：亿元）, (US$ millions, except per share), in millions of dollars except per-share data).
``unit_suffix`` gives it as a suffix ``numbers.parse_amount`` reads; ``claims.structures`` uses it.
"""

from __future__ import annotations

import re

# a table's unit, printed in the row label or the column header: 营业收入（亿元）
_CELL_UNIT = re.compile(
    r"[（(]\s*(万亿元|亿元|百万元|千元|万元|元|亿美元|百万美元|万美元|千美元|美元|亿港元|百万港元|港元"
    r"|%|亿|万)\s*[)）]"
)
# a table's unit in English or in a caption: (RMB mn), Revenue (mn yuan), 单位：亿元, US$ bn
_EN_UNIT = re.compile(
    r"(?:\(|（|\b|^)(?P<cur>RMB|CNY|US\$|USD|HK\$|HKD|\$)?\s*(?P<scale>bn|billion|mn|million|mm|m|k|"
    r"thousands?|'000)\b\s*(?P<cur2>yuan|RMB|CNY|USD|HKD|dollars)?"
    # (US$ m, except per share): a caption's unit may be followed by its exceptions
    # (US$m unless stated): or by the words that bring them in
    r"(?:\)|）|$|(?<=[^\s(（]),\s|\s+(?:unless|except)\b)",
    re.I,
)
# a caption's unit in words: (US$ millions, except per share), ($ in millions), in millions of
# dollars except per-share data
_EN_UNIT_WORDS = re.compile(
    r"(?P<cur>US\$|HK\$|RMB|USD|HKD|\$)\s*(?:in\s+)?(?P<scale>millions|billions|thousands)\b"
    r"|\bin\s+(?P<scale2>millions|billions|thousands)\s+of\s+(?:U\.?S\.?\s+|US\s+)?"
    r"(?P<cur2>dollars|yuan|renminbi)\b"
    # (Dollars in millions: a footnote's words)
    r"|\b(?P<cur3>dollars|yuan|renminbi)\s+in\s+(?P<scale3>millions|billions|thousands)\b",
    re.I,
)

# (单位：亿美元，每股收益单位为美元: a US filer's table as the Chinese press prints it; the
# per-share exception is the rule for per-share rows, see claims.structures)
_CAPTION_UNIT = re.compile(
    r"单位\s*[:：]\s*(?:人民币)?\s*(万亿元|亿美元|百万美元|万美元|千美元|亿港元|百万港元|万港元"
    r"|亿元|百万元|千元|万元|美元|港元|元)"
)
_SCALE_WORDS = {"bn": "billion", "billion": "billion", "mn": "million", "million": "million", "mm": "million",
                "m": "million", "k": "thousand", "thousand": "thousand", "thousands": "thousand",
                "'000": "thousand", "millions": "million", "billions": "billion"}  # fmt: skip
CURRENCY_WORDS = {"rmb": "yuan", "cny": "yuan", "yuan": "yuan", "us$": "USD", "usd": "USD",
                   "$": "USD", "dollars": "USD", "hk$": "HKD", "hkd": "HKD", "美元": "USD",
                   "港元": "HKD", "元": "yuan", "renminbi": "yuan"}  # fmt: skip


PER_SHARE_ROW = re.compile(r"\bEPS\b|per[\s-]+share|/\s*sh(?:are)?\b|每股", re.I)
ROW_CURRENCY = re.compile(r"[(（]\s*(US\$|HK\$|RMB|USD|CNY|HKD|\$|yuan|美元|港元|元)", re.I)


def unit_suffix(text: str) -> str | None:
    """The unit a table's header cell or caption gives its bare numbers, as a suffix
    ``parse_amount`` reads (亿元, " million yuan"), or None."""
    m = _CELL_UNIT.search(text) or _CAPTION_UNIT.search(text)
    if m:
        return m.group(1)
    m = _EN_UNIT.search(text)
    if m is None and ("illions" in text or "housands" in text):
        words = _EN_UNIT_WORDS.search(text)
        if words:
            cur = words.group("cur") or words.group("cur2") or words.group("cur3")
            cur = CURRENCY_WORDS.get(cur.lower(), "yuan")
            scale = words.group("scale") or words.group("scale2") or words.group("scale3")
            return f" {_SCALE_WORDS[scale.lower()]} {cur}"
    if m is None or not (
        m.group("cur") or m.group("cur2") or "(" in m.group() or "（" in m.group()
    ):
        return None
    cur = CURRENCY_WORDS.get((m.group("cur") or m.group("cur2") or "yuan").lower(), "yuan")
    return f" {_SCALE_WORDS[m.group('scale').lower()]} {cur}"


# the lines of a table: Markdown rows, or a plain table's (inner pipes, runs of spaces)
_TABLE_LINE = re.compile(r"[^\n]*(?:\|[^\n]*\||   |\t)[^\n]*")
_FIRST_SENTENCE = re.compile(r"[^.。;；]{1,60}(?:[.。;；]|$)")


def footnote_unit(norm: str, offset: int) -> str | None:
    """The unit a note right under a table gives its figures (Dollars in millions. Source: the
    10-Q.), when its first sentence is that unit; ``offset`` is a row's start."""
    end = norm.find("\n", offset)
    while end != -1:
        nxt = norm.find("\n", end + 1)
        line = norm[end + 1 : nxt if nxt != -1 else len(norm)]
        if not _TABLE_LINE.fullmatch(line):
            break
        end = nxt
    if end == -1:
        return None
    rest = norm[end + 1 : end + 200].lstrip("\n")
    if norm.count("\n", end, end + 1 + len(norm[end + 1 : end + 200]) - len(rest)) > 2:
        return None  # (a note two blank lines down is no table's)
    first = _FIRST_SENTENCE.match(rest)
    if first is None or not ("illions" in first.group() or "housands" in first.group()):
        return None
    return unit_suffix(first.group())
