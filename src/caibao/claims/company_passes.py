"""Whole-text company pass: the company mentions found in an article, corrected.

``without_descriptors`` takes the normalised text and the company mentions (start, end, code),
sorted, and gives them without a group word that stands right before a name as its descriptor
(医药龙头片仔癀), and with a name the article glosses with its company's name in brackets
(美盛集团（Legg Mason，LM.N）) given to that company. ``extract`` runs it once per article.
"""

from __future__ import annotations

import re

from .model import OTHER

# between a name and the bracket that glosses it with another name: 美盛集团（Legg Mason
_GLOSS = re.compile(r"(?:集团|公司|控股|股份|有限公司|[ \u00a0]*)[（(]\s*")


def without_descriptors(norm: str, companies: list[tuple[int, int, str]]):
    """The company mentions without a group word that stands right before a name as its
    descriptor (内地龙头房企万科企业, 医药龙头片仔癀, "peer Tasly"): the name is the subject, not
    the group (a descriptor of another company stays, being OTHER like the name). A name the
    alias tables give another company that the article glosses with its own company's name in
    brackets (美盛集团（Legg Mason，LM.N）: 美盛 is also Mosaic's name) is its company's, there and
    wherever else the article writes it."""
    glossed = {}
    for i, (a, b, code) in enumerate(companies):
        nxt = companies[i + 1] if i + 1 < len(companies) else None
        if code == OTHER and nxt and nxt[2] != OTHER and _GLOSS.fullmatch(norm, b, nxt[0]):
            glossed[norm[a:b]] = nxt[2]
    if glossed:
        companies = [
            (a, b, glossed.get(norm[a:b], code) if code == OTHER else code)
            for a, b, code in companies
        ]
    out = []
    for i, (a, b, code) in enumerate(companies):
        nxt = companies[i + 1] if i + 1 < len(companies) else None
        if code == OTHER and nxt and nxt[2] != OTHER and not norm[b : nxt[0]].strip():
            continue
        out.append((a, b, code))
    return out
