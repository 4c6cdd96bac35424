"""Sentences and clauses: the units the clause walker (``claims.extract``) reads a paragraph in.

Takes: a paragraph of normalised article text. Gives: ``split_sentences(paragraph, headline)`` (the
sentence matches; a headline's parts split at the spaces between them), and the patterns that cut a
sentence into clauses (``CLAUSE_SEP``), into contrasting parts (``CONTRAST``: ；, while, but) and
that mark a digression to a part of the period (``DIGRESSION``: 其中，第三季度单季…).
"""

from __future__ import annotations

import re

# A sentence ends at 。！？!? or, in English, at a full stop before a capital ("4.99%" and
# "000999.SZ" do not end one), but not at the full stop of a title (Mr. Smith, No. 2) or of a
# legal form another one follows (Yunnan Baiyao Group Co. Ltd. reported…).
_ABBREVIATION = (
    r"(?:(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bDr)|(?<=\bSt)|(?<=\bNo))\."
    r"|(?:(?<=\bCo)|(?<=\bCorp)|(?<=\bInc))\.(?=\s+(?:Ltd|Limited|Inc|Corp)\b)"
)
# (a run of plain characters is taken whole, possessively: one step of the loop, not one a
# character)
_SENTENCE = re.compile(
    rf"(?:[^。！？!?\n.]++|\.(?!\s+[A-Z“\"])|{_ABBREVIATION})+(?:[。！？!?]+|\.|$)"
)
# a Chinese headline's parts stand apart: 骨科类产品贡献八成营收 第四季度单季盈利4384万元, and
# one that starts with a Latin name (固网业务持续流失 Qwest二季度净利逆势增长18%)
CJK = re.compile(r"[\u4e00-\u9fff]")
_HEADLINE_GAP = re.compile(
    r"(?<=[\u4e00-\u9fff\d%])[ \u3000]+(?=[\u4e00-\u9fff]|[A-Z][A-Za-z&.\-]*[\u4e00-\u9fff])"
)


def split_sentences(paragraph: str, headline: bool):
    """The sentences of a paragraph (matches with .start()/.end() in it); a headline's parts
    split at the spaces between them."""
    if not headline or not _HEADLINE_GAP.search(paragraph):
        yield from _SENTENCE.finditer(paragraph)
        return
    start = 0
    for gap in [*_HEADLINE_GAP.finditer(paragraph), None]:
        end = gap.start() if gap else len(paragraph)
        yield from _SENTENCE.finditer(paragraph, start, end)
        start = gap.end() if gap else end


# A sentence that digresses to a part of the period (其中，第三季度单季…) does not change the
# period of the sentences after it.
DIGRESSION = re.compile(
    r"^\s*(?:其中|其次)|单季|单个季度|in the (?:first|second|third|fourth) quarter alone", re.I
)
# (a comma inside a line item's name does not cut: selling, general and administrative expenses;
# research, development and engineering; selling, administrative and other expenses; marketing,
# administration and research costs)
CLAUSE_SEP = re.compile(
    r"[，；;：:]|,(?!\s*(?:general\s+and\s+administrative|development\s+and\s+engineering"
    r"|administration\s+and\s+research|informational\s+and\s+administrative"
    r"|plant\s+and\s+equipment)\b)"
    r"(?!(?<=elling,)\s*administrative\s+and\s+(?:other|general)\b)"
    r"|——|(?<=[a-zA-Z%])\s+(?:while|but|whereas)\s+",
    re.I,
)
CONTRAST = re.compile(r"(?=[；;wb])(?:[；;]|\b(?:while|whereas|but)\b)", re.I)
