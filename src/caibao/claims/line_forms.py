"""A filer's printed line label → the forms an article names it by, and their regex.

Takes a printed label ("Exploration expenses, including dry holes and lease impairment") and
gives the word lists of its shorter forms journalists use (``forms``: without parentheses or what
follows a comma, without "related" and "net", "X and other" as X, a one-word line with the word
for a cost, a purchase line as the spending on it), the words compared without a plural's s
(``_key``), and the English regex of a form's words as the press writes them (``_pattern``).
Used by ``printed_lines`` (the English side) and ``line_renderings`` (the words it renders).
"""

from __future__ import annotations

import re

_PARENS = re.compile(r"\s*\([^()]*\)")
_LEAD = re.compile(r"^(?:less|plus|add|deduct)\s*:\s*", re.I)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# ("Deferred policy acquisition costs": the press's deferred acquisition costs)
_FILLER = frozenset({"related", "net", "policy"})
_KINDS = ("expense", "cost", "charge")
# the first word of a cash-flow line of what a filer bought ("Acquisition of …", "Payments for …")
_BUYING = frozenset(
    {"acquisition", "acquisitions", "purchase", "purchases", "payments", "additions"}
)
# the words after "Cash" the press says without it ("Cash proceeds from divestitures")
_CASH_FLOWS = (["proceeds"], ["payments"])
# the word for a charge, which the press leaves off a line's name of two words more
_CHARGES = frozenset({"charge", "charges"})


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("&", " and "))


def _key(words: list[str]) -> tuple[str, ...]:
    """Words compared without a plural's s (expense ~ expenses)."""
    return tuple(w[:-1] if len(w) > 3 and w[-1] == "s" and w[-2] not in "su" else w for w in words)


def forms(label: str) -> list[list[str]]:
    """The words of the label and of its shorter forms, two words or more each."""
    base = _LEAD.sub("", _PARENS.sub("", label)).strip()
    out: list[list[str]] = []
    # (and the line's own name after its heading's: "Discontinued operations, net: Gain on
    # disposal" is a gain on disposal)
    _head, colon, own = base.partition(": ")
    for text in (base, re.split(r",|\s+-\s+|;", base)[0], *((own,) if colon else ())):
        words = _words(text)
        # a line "X and other" is named X ("Lease terminations and other": lease termination
        # charges, 租赁终止费用)
        bare = words[:-2] if words[-2:] == ["and", "other"] else words
        # ("Cash proceeds from divestitures": the press's proceeds from divestitures)
        uncashed = words[1:] if words[:1] == ["cash"] and words[1:2] in _CASH_FLOWS else []
        for variant in (words, [w for w in words if w not in _FILLER], bare, _lumped(words),
                        uncashed):  # fmt: skip
            # ("Trademark impairment charge": the press's trademark impairment, 商标减值)
            short = variant[:-1] if variant and variant[-1] in _CHARGES else None
            for v in (variant, short) if short else (variant,):
                if len(v) >= 2 and v not in out:
                    out.append(v)
    first = out[0] if out else []
    if len(first) >= 5 and first[0] in _RESULTS and first[1] == "on":
        # "Gains (Losses) on Mark-to-Market Commodity Derivative Contracts": the press names what
        # the result is on and says gain or loss with the figure (按市值计价商品衍生品合约录得…亏损)
        out.append(first[2:])
    if len(first) >= 4 and first[0] in _BUYING and first[1] in ("of", "for", "to"):
        # a cash-flow line of what was bought ("Acquisition of equipment for operating leases")
        # is the spending on it
        out.append(["spending", "on", *first[2:]])
    if len(_words(base)) == 1:
        # a one-word line of costs ("Exploration", "Impairments") is named with the word for
        # what it is: "exploration expense", "impairment charges"
        out += [[*_words(base), kind] for kind in _KINDS]
    return out


# the words of a line of a result, gain or loss, on what follows "on"
_RESULTS = frozenset({"gain", "gains", "loss", "losses"})


def _lumped(words: list[str]) -> list[str]:
    """The words of "X and other Y" as the press shortens them, X Y: "Fees and other income" is
    the "fee income"; [] for other labels."""
    if len(words) >= 4 and words[-3:-1] == ["and", "other"] and "and" not in words[:-3]:
        return words[:-3] + words[-1:]
    return []


_SEP = r",?[\s\-/]+"
# the words after which the press puts an article the printed name leaves out
_PREPOSITIONS = frozenset({"on", "from", "for", "in", "to"})


def _pattern(words: tuple[str, ...]) -> str:
    """The regex of a line's words as the press writes them: "and" or "&", a plural, "related
    to" as from/on/for/tied to ("Gain related to exchange of …": a gain from the exchange), and a
    noun before "of" as its verb's -ing form ("exchange of common shares": exchanging them)."""
    parts = []
    i = 0
    while i < len(words):
        w, nxt = re.escape(words[i]), words[i + 1] if i + 1 < len(words) else None
        if w == "related" and nxt == "to":
            parts.append(rf"(?:related{_SEP}to|tied{_SEP}to|from|on|for)")
            i += 2
            continue
        if nxt == "of" and i + 2 < len(words) and len(w) > 3 and w.isalpha():
            stem = w[:-1] if w.endswith("e") else w
            of = words[i + 2]
            if i + 3 == len(words) and len(of) > 3 and of.isalpha():
                # the last word its object, also put before it ("Disposal of assets": asset
                # disposals, "Impairment of goodwill": goodwill impairment)
                one = re.escape(of[:-1] if of.endswith("s") and not of.endswith("ss") else of)
                parts.append(
                    rf"(?:(?:{w}(?:e?s)?{_SEP}of|{stem}ing){_SEP}{re.escape(of)}(?:e?s)?"
                    rf"|{one}s?{_SEP}{w}(?:e?s)?)"
                )
                break
            parts.append(rf"(?:{w}(?:e?s)?{_SEP}of(?:{_SEP}the)?|{stem}ing)")
            i += 2
            continue
        if w in _PREPOSITIONS and parts:
            # ("Gain on disposition of assets": a gain on the disposition of assets)
            parts.append(rf"{w}(?:{_SEP}the)?")
            i += 1
            continue
        # (a customer's bankruptcy: the filer's "Customer bankruptcy")
        parts.append("(?:and|&)" if w == "and" else f"{w}(?:e?s)?(?:['’]s)?")
        i += 1
    return _SEP.join(parts)
