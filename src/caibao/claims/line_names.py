"""A line of revenue named in full: a bank's investment banking fees, credit card income."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from functools import cache
from importlib import resources

from .lexicon import Lexicon
from .mentions import Mention
from .structures import _ascii_segments_re


def lines_named_in_full(
    norm: str, mentions: list[Mention], segments: tuple[str, ...], lex: Lexicon
) -> list[Mention]:
    """The metric mentions with each one that lies inside a longer name of a line of revenue the
    store holds (``segments``: investment in "investment banking fees", income in "credit card
    income") read as revenue, the line's own concept: the words of the filing's line name it, not
    the metric a word inside it names elsewhere (kpi_investment). Only the store's English names
    of more than one word: a one-word line (Services) is a word articles use loosely."""
    names = tuple(s for s in segments if " " in s and s.isascii())
    if not names or not mentions:
        return mentions
    lines = [(m.start(), m.end()) for m in _ascii_segments_re(names).finditer(norm)]
    if not lines:
        return mentions
    revenue = lex.metric("revenue")
    out = []
    for x in mentions:
        inside = next(
            ((a, b) for a, b in lines if a <= x.start and x.end <= b and b - a > x.end - x.start),
            None,
        )
        if inside is None or x.word.concept == "revenue":
            out.append(x)
        elif not any(o.start == inside[0] for o in out):
            out.append(Mention(inside[0], inside[1], revenue))
    return out


# an acronym right before the word for revenue (ICD revenue grew about 6%): a product line's
# (letters only: 1H23 revenue, 3Q23 revenue are periods)
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z0-9.&'\-])([A-Z]{2,5})[ \u00a0]+$")
_REVENUE_WORDS = frozenset({"revenue", "revenues", "sales", "net sales"})


@cache
def _not_lines() -> frozenset[str]:
    text = resources.files(__package__).joinpath("lexicon.toml").read_text(encoding="utf-8")
    return frozenset(tomllib.loads(text)["product_lines"]["not_lines"])


def product_lines(text: str, claims: list, names: dict[str, str]) -> list:
    """A company's revenue said of a line its acronym names right before the word (St. Jude's
    "ICD revenue grew about 6%"): the line's, as a segment (the store's, when it holds one so
    named; none it does not). Not an acronym that names a company (``names``: alias → code),
    nor the words of ``lexicon.toml`` [product_lines] (GAAP revenue, U.S. sales are the whole's
    or a region's)."""
    out = []
    for c in claims:
        if (
            c.concept == "revenue"
            and c.segment is None
            and c.words
            and c.words.lower() in _REVENUE_WORDS
            and text[c.start : c.start + len(c.words)].lower() == c.words.lower()
        ):
            found = _ACRONYM_BEFORE.search(text, max(0, c.start - 8), c.start)
            name = found.group(1) if found else None
            if name and name not in _not_lines() and name not in names:
                c = replace(c, segment=name)
        out.append(c)
    return out
