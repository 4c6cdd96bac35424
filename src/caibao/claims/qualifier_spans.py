"""A number's qualifier and where its printed text ends.

Takes: the sentence, the number's place (and the ``Lexicon``'s qualifier pattern). Gives:
``range_bound`` (the bounds of a range, 在5亿元至6亿元区间, between $2 billion and $3 billion:
more_than / less_than), ``_qualifier_ends`` / ``_last_before_spaces`` / ``_without_qualifier``
(the cheap test before the lexicon's qualifier pattern is run, and the text without the qualifier
it ends on) and ``amount_end``.
"""

from __future__ import annotations

import re

from ..numbers import Amount
from ..scan import FOLDED_ONTO_ASCII

# a range: 在5亿元至6亿元区间, between $2 billion and $3 billion (its bounds are at least and at
# most; "from X to Y" and 由X增至Y are a change, not a range)
_RANGE_BEFORE = re.compile(r"(?:在|介于|处于|徘徊于|between)\s*$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:至|到|-|~|～|—|and|to)\s*(?=[\d$¥]|RMB|US\$)", re.I)
_RANGE_AFTER = re.compile(r"[^，。,;；]{0,12}?(?:区间|之间|范围)")
_RANGE_LOWER = re.compile(
    # (the look-ahead: the characters a lower bound can start with, one test at any other)
    r"(?=[在介处徘b$¥ru\s\d])(?P<cue>在|介于|处于|徘徊于|between)?\s*(?:[$¥]|RMB|US\$)?\s*\d[\d.,]*\s*"
    r"(?:万亿|亿|万|billion|million|bn|mn)?\s*(?:元|美元|港元|yuan|dollars|%)?"
    r"\s*(?:至|到|-|~|～|—|and|to)\s*(?:[$¥]|RMB|US\$)?\s*$",
    re.I,
)

_RANGE_JOIN_BEFORE = re.compile(
    r"(?=[至到\-~～—at])(?:至|到|-|~|～|—|and|to)\s*(?:[$¥]|RMB|US\$)?\s*$", re.I
)
# the characters _RANGE_JOIN_BEFORE can end on (bar spaces), any case
_JOIN_LAST = frozenset("至到-~～—dDoO$¥bB")


def range_bound(s: str, a: int, b: int) -> str | None:
    """ "more_than" for a range's lower bound, "less_than" for its upper bound, else None."""
    join = _RANGE_JOIN.match(s, b)
    if join and (_RANGE_BEFORE.search(s, max(0, a - 10), a) or _RANGE_AFTER.match(s, join.end())):
        return "more_than"
    # (the join a lower bound ends on, looked for first: the full pattern backtracks over every
    # number in the window and costs twenty times more where there is none)
    # (the join's last character, or its currency's, ends the text before the figure bar spaces:
    # a cheap test first)
    window = max(0, a - 40)
    joined = (
        _RANGE_JOIN_BEFORE.search(s, window, a) if s[window:a].rstrip()[-1:] in _JOIN_LAST else None
    )
    lower = _RANGE_LOWER.search(s, max(0, a - 40), a) if joined else None
    if lower and (lower.group("cue") or _RANGE_AFTER.match(s, a)):
        return "less_than"
    return None


# how the lexicon's qualifier pattern ends: a qualifier word, an optional particle, spaces, the
# end (the cheap tests below assume it; any other ending turns them off)
_QUALIFIER_TAIL = r")(?:了|到|为|at|of)?[ \u00a0]*$"
_QUALIFIER_TAIL_ENDS = "了到为tTfF"
# the non-ASCII letters re.I folds onto ASCII ones
_ENDS_BY_PATTERN: dict[str, frozenset[str] | None] = {}


def _qualifier_ends(lex) -> frozenset[str] | None:
    """The characters a match of the lexicon's qualifier pattern can end on before its trailing
    spaces (the last characters of its words, any case, and of the particles after them), or
    None when they cannot be told (then every text is searched)."""
    pattern = lex.qualifier_before_re.pattern
    ends = _ENDS_BY_PATTERN.get(pattern, False)
    if ends is not False:
        return ends
    ends = None
    lasts = {w[-1] for w in lex.qualifier_before}
    if pattern.endswith(_QUALIFIER_TAIL) and all(
        c.isascii() or "\u4e00" <= c <= "\u9fff" for c in lasts
    ):
        chars = set(_QUALIFIER_TAIL_ENDS)
        for c in lasts:
            chars |= {c, c.lower(), c.upper(), *FOLDED_ONTO_ASCII.get(c.lower(), "")}
        ends = frozenset(chars)
    _ENDS_BY_PATTERN[pattern] = ends
    return ends


def _last_before_spaces(text: str) -> str:
    """The last character of a text before its trailing spaces (and a final line break, before
    which $ matches too), or ""."""
    if text.endswith("\n"):
        text = text[:-1]
    return text.rstrip(" \u00a0")[-1:]


def _without_qualifier(lex, text: str) -> str:
    """The text without the qualifier it ends on (约, more than), as ``qualifier_before_re.sub``
    gives it, the pattern run only when the text ends on a character a qualifier can end on."""
    ends = _qualifier_ends(lex)
    if ends is not None and _last_before_spaces(text) not in ends:
        return text
    return lex.qualifier_before_re.sub("", text)


def amount_end(s: str, a: int, amount: Amount) -> int:
    """Where a number's printed text ends in the sentence."""
    return a + len(amount.printed)
