"""A company's own segments (the names the store has) found in a sentence, for
``segment_names``: English names in any case, a revenue line named in fewer or other words around
"revenue" (New licence revenue, revenue from franchisees), by two or more capitalised words
(BlackRock Solutions), by its Chinese rendering (``[segments.zh_to_en]``) or word by word
(``line_words.toml``).

Takes the sentence and the company's segments (a tuple of stored names); gives (position, stored
name) pairs, or the compiled regex that finds them (cached per company).
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import (
    segment_by_words,
    segment_in_store,
    zh_to_en,
)
from .printed_lines import rendering


@cache
def has_ascii_segment(segments: tuple[str, ...]) -> bool:
    """Whether a company's segments include English names (asked for every claim)."""
    return any(x.isascii() for x in segments)


# the words before "revenue" (Licence updates and product support revenue rose 6.2%)
# (a line of fees too: Performance fees for "Investment advisory performance fees")
_BEFORE_REVENUE = re.compile(r"((?:[A-Za-z&'’-]+\s+){1,6}?)(revenues?|sales|fees)\b")


# …or after it (revenue from franchisees, sales at company-operated restaurants)
# (revenue from owned, leased and consolidated joint-venture hotels: a line's commas too)
_AFTER_REVENUE = re.compile(
    r"\b(?:revenues?|sales)\s+(?:from|at|by|of)\s+((?:[A-Za-z&'’-]+,?\s+){0,6}[A-Za-z&'’-]+)",
    re.I,
)


def _lines_before_revenue(s: str, segments: tuple[str, ...]) -> list[tuple[int, str]]:
    """The company's revenue lines named in fewer or other words than the filing's around
    "revenue" (New licence revenue → New software licenses, revenue from franchisees →
    Revenues from franchised restaurants), the longest words that name one."""
    out = []
    for m in _BEFORE_REVENUE.finditer(s):
        words = m.group(1).split()
        # (the noun is a line's word too: revenue and sales are fillers, fees are not)
        noun = " fees" if m.group(2) == "fees" else ""
        for k in range(len(words)):
            found = segment_by_words(" ".join(words[k:]) + noun, segments)
            if found:
                out.append((m.start(1) + m.group(1).index(words[k]), found))
                break
    for m in _AFTER_REVENUE.finditer(s):
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            found = segment_by_words(" ".join(words[:k]), segments)
            if found:
                out.append((m.start(), found))
                break
    return out


# two or more capitalised words in a row (BlackRock Solutions, Online Stores)
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z&'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][A-Za-z&'’-]*)+")


def _capitalised_lines(s: str, segments: tuple[str, ...]) -> list[tuple[int, str]]:
    """The company's lines named by two or more capitalised words that hold only words of the
    line's name (BlackRock Solutions: "BlackRock Solutions and advisory")."""
    out = []
    for m in _CAPITALISED.finditer(s):
        found = segment_by_words(m.group(), segments)
        if found and found.lower() != m.group().lower():
            out.append((m.start(), found))
    return out


@cache
def _rendered_segments_re(segments: tuple[str, ...]) -> re.Pattern | None:
    """The Chinese renderings (``[segments.zh_to_en]``, three characters or more: 服务 is in
    服务器) of the company's English segments, or None when it has none."""
    names = sorted(
        (zh for zh in zh_to_en() if len(zh) >= 3 and segment_in_store(zh, segments) != zh),
        key=len,
        reverse=True,
    )
    return re.compile("|".join(map(re.escape, names))) if names else None


@cache
def _worded_segments_re(segments: tuple[str, ...]) -> re.Pattern | None:
    """The company's English segments rendered word by word (天然气运输、储存及加工 for
    "Transportation, storage and processing of natural gas", line_words.toml), of two words or
    more, or None when none has a rendering."""
    words = [p for p in (rendering(x) for x in segments if x.isascii()) if p]
    return re.compile("|".join(words)) if words else None


_AND_RELATED = re.compile(r"(\S+)\s+and\s+related\b")


@cache
def _ascii_segments_re(segments: tuple[str, ...]) -> re.Pattern:
    names = [x for x in segments if x.isascii()]
    # a line of a product "and related products and services" is named by the product alone
    # (the iPad for "iPad and related products and services")
    # (not one of a list of products: "the iPhone and Apple TV sales" name no one line)
    heads = [m.group(1) for x in names if (m := _AND_RELATED.match(x))]
    names = sorted(set(names), key=len, reverse=True)
    names += [rf"{re.escape(h)}(?!\s+(?:and|&)\s)" for h in heads]
    # "Net sales and revenues" (Deere, Caterpillar) is the total line's name, not the "Net sales"
    # segment and a word more
    return re.compile(
        # (not the second word of a compound before a noun: an oilfield-services company)
        r"(?<![A-Za-z])(?<![A-Za-z]-)(?:"
        + "|".join(x if x.endswith(")") else re.escape(x) for x in names)
        + r")(?![A-Za-z])(?!\s+and\s+(?:other\s+)?revenues?\b)",
        re.I,
    )
