"""Whole-text regex scans that skip, in C, the characters no match can start at.

Python's sre runs a tight loop over the text only when a pattern's first item is consumed: a
literal or a character class. A pattern that opens with a look-ahead of its first characters,
``(?=[...])``, still has the matcher called at every position of the text (some 175 machine
instructions each: most of the cost of a scan of an article for a handful of matches).

``Scan`` wraps such a pattern: the class of its first characters is consumed, then a look-behind
of that one character steps back to where it stood and matches the whole pattern inside a
look-ahead, an empty group at its end marking where it ends. sre so finds a match at every
position the pattern matches at, overlapping ones included; ``finditer`` drops those that start
inside the match before, and what is left is exactly what ``Pattern.finditer`` gives.

It pays where the first characters are rare (a note's bracket, a year's digit): each candidate
costs more than a plain match attempt, so a pattern whose first characters are on every line
(numbers, period words) is faster as it is.

The pattern must not match the empty string (finditer's rule for empty matches is not kept), nor
refer to its own groups (a look-behind may not). ``firsts`` must hold every character a match
can start with, in every case the pattern's flags let it match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# the letters outside ASCII that re.IGNORECASE matches against an ASCII one (İ and ı against i, ſ
# against s, the Kelvin sign K against k): a case-blind pattern's English words can start with
# them, so a scan's first characters, and a cheap gate in front of such a pattern, hold them too
FOLDED_ONTO_ASCII = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
FOLDED_LETTERS = "".join(FOLDED_ONTO_ASCII.values())
# a Latin letter, as a case-blind pattern sees one
LATIN = re.compile(f"[A-Za-z{FOLDED_LETTERS}]")


class Scan:
    """``Scan(pattern, firsts).finditer(text)``: the matches of ``pattern`` in ``text`` as
    ``pattern.finditer(text)`` finds them, each as (start, end, match); the match's groups are
    the pattern's own (by number and by name), but its group 0 is the first character alone."""

    def __init__(self, pattern: re.Pattern, firsts: str) -> None:
        self._scan = re.compile(
            rf"(?-i:[{firsts}])(?<=(?=(?:{pattern.pattern})(?P<_scan_end>))[\s\S])",
            pattern.flags,
        )

    def finditer(self, text: str) -> Iterator[tuple[int, int, re.Match]]:
        end = 0
        for m in self._scan.finditer(text):
            start = m.start()
            if start >= end:  # (a match inside the one before: finditer resumes after it)
                end = m.end("_scan_end")
                yield start, end, m
