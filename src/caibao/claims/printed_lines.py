"""A line the filing prints, named in an article by the filing's own words: "mortgage
production income more than doubled to $165.4 million" (SunTrust prints "Mortgage production
related income"), "exploration expense rose 9% to $288 million" ("Exploration expenses,
including dry holes and lease impairment").

The store holds a US filer's unmapped statement lines as ``filer_line`` facts named by the printed
label (``sources.fsds_lines``). A label is found in an article in the forms journalists shorten it
to: without what it puts in parentheses or after a comma ("Exploration expenses"), without the
words "related" and "net", in the singular or the plural, "&" for "and". A form of two words or
more only (a one-word line, "Repayments", is a word articles use loosely), and only a form one line
gives (two lines shortened to the same words name neither); a one-word line with the word for a
cost after it ("Exploration": "exploration expense"). A claim whose metric the lexicon did
not recognise takes the line named last before it in its sentence.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from functools import cache
from importlib import resources

from ..concepts import accounts

_PARENS = re.compile(r"\s*\([^()]*\)")
_LEAD = re.compile(r"^(?:less|plus|add|deduct)\s*:\s*", re.I)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_FILLER = frozenset({"related", "net"})
_KINDS = ("expense", "cost", "charge")
# a sentence's end between a line's name and the claim's number
_BREAK = re.compile(r"[.;!?](?:\s|$)|[\n。；！？]")
_REACH = 120  # characters from the end of a line's name to the claim
# between an amount and the line's name right after it ("$455 million impairment of …")
_GAP = re.compile(r"[ \u00a0]+(?:in\s+)?")
# between a line's name and a number that follows it at once ("Production expenses were $444
# million", 生产费用为4.44亿美元)
_ADJACENT = re.compile(
    r"\s*(?:was|were|of|totaled|totalled|为|达|是|:|：)?\s*(?:约|近|超|about|nearly)?\s*"
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("&", " and "))


def _key(words: list[str]) -> tuple[str, ...]:
    """Words compared without a plural's s (expense ~ expenses)."""
    return tuple(w[:-1] if len(w) > 3 and w[-1] == "s" and w[-2] not in "su" else w for w in words)


def forms(label: str) -> list[list[str]]:
    """The words of the label and of its shorter forms, two words or more each."""
    base = _LEAD.sub("", _PARENS.sub("", label)).strip()
    out: list[list[str]] = []
    for text in (base, re.split(r",|\s+-\s+|;", base)[0]):
        words = _words(text)
        for variant in (words, [w for w in words if w not in _FILLER]):
            if len(variant) >= 2 and variant not in out:
                out.append(variant)
    if len(_words(base)) == 1:
        # a one-word line of costs ("Exploration", "Impairments") is named with the word for
        # what it is: "exploration expense", "impairment charges"
        out += [[*_words(base), kind] for kind in _KINDS]
    return out


_SEP = r",?[\s\-/]+"


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
            parts.append(rf"(?:{w}(?:e?s)?{_SEP}of|{stem}ing)")
            i += 2
            continue
        parts.append("(?:and|&)" if w == "and" else f"{w}(?:e?s)?")
        i += 1
    return _SEP.join(parts)


@cache
def _glossary() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    text = resources.files(__package__).joinpath("line_words.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return {k: tuple(v) for k, v in data["en_to_zh"].items()}, frozenset(data["skip"])


_AND_ZH = "(?:及|和|与|、|以及)?"
# words a Chinese name has no place for: a line named with them has no Chinese form
_UNSAID = frozenset(
    {"in", "from", "to", "for", "before", "after", "attributable", "per", "including",
     "excluding", "under", "at", "by", "with", "a", "or", "as"}
)  # fmt: skip


def chinese_pattern(words: list[str], alone: bool = False) -> str | None:
    """The Chinese rendering of an English line name's words as a regex, or None when a word of
    it has none (``line_words.toml``): "X of Y" and "X on Y" are written Y X ("Cost of services":
    服务成本; "Gain on sale of investments": 出售投资收益, "sale of" a phrase of its own)."""
    glossary, skip = _glossary()
    words = [w for w in words if w not in skip]
    if any(w in _UNSAID for w in words):
        return None
    units: list[str] = []
    single = 0  # the units rendering one English word
    turn = None  # where "of" / "on" turns the order round
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            phrase = " ".join(words[i : i + n])
            if len(words) - i >= n and phrase in glossary:
                units.append("(?:" + "|".join(map(re.escape, glossary[phrase])) + ")")
                single += n == 1
                i += n
                break
        else:
            w = words[i]
            if w in ("of", "on") and turn is None and units and i < len(words) - 1:
                turn = len(units)
            elif w == "and" and units and i < len(words) - 1:
                units.append(_AND_ZH)
            else:
                return None
            i += 1
    if len(units) == 1 and single and not alone:
        return None  # one word alone (亏损, 收入) is no line's name (a segment's may be)
    if turn is not None:
        units = units[turn:] + units[:turn]
    return "、?".join(units).replace("、?" + _AND_ZH + "、?", _AND_ZH) if units else None


class LineNames:
    """The forms of a company's printed lines, and where an article names them: each line's
    (printed label, concept, segment), a mapped element's line its concept's (SunTrust's
    "Mortgage production related income" is mortgage_banking_revenue), an unmapped one a
    ``filer_line`` named by the label."""

    def __init__(self, lines: list[tuple[str, str, str | None]]) -> None:
        by_form: dict[tuple[str, ...], set[tuple[str, str | None]]] = {}
        labels_of: dict[tuple[str, ...], set[str]] = {}
        words_of: dict[tuple[str, ...], list[str]] = {}
        for label, concept, segment in lines:
            for words in forms(label):
                by_form.setdefault(_key(words), set()).add((concept, segment))
                labels_of.setdefault(_key(words), set()).add(label)
                words_of.setdefault(_key(words), words)
        # one printed line of flows read as several concepts (a concept and the one whose
        # fallback it is: "Plant construction and other property additions", capex and
        # capex_total) names them all, with the same figures: the first of them stands for the
        # line (not a balance's: "Long-term debt" is also the words of other debt lines' names)
        found = {
            k: min(v, key=lambda t: (t[0], t[1] or ""))
            for k, v in by_form.items()
            if len(v) == 1 or (len(labels_of[k]) == 1 and all(_flow(c, seg) for c, seg in v))
        }
        keys = sorted(found, key=lambda k: (-len(k), k))
        self.targets = [found[k] for k in keys]
        english = [_pattern(k) for k in keys]
        chinese = [chinese_pattern(words_of[k]) for k in keys]
        self.english = _alternation(english, r"(?i)(?<![A-Za-z])(?:", r")(?![A-Za-z])")
        self.chinese = _alternation(chinese, "(?:", ")")
        # each line's full words (for a name the press cuts short: starting_with)
        self._full = [
            (_key(_words(label)), (concept, segment)) for label, concept, segment in lines
        ]

    def starting_with(self, words: str) -> tuple[str, str | None] | None:
        """The one line whose printed name starts with these words ("net impairment losses" of
        "Net impairment losses on available-for-sale securities"), of two words or more; None
        when no line or several do."""
        start = _key(_words(words))
        if len(start) < 2:
            return None
        found = {t for k, t in self._full if k[: len(start)] == start and len(k) > len(start)}
        return found.pop() if len(found) == 1 else None

    def named(self, text: str) -> list[tuple[int, int, tuple[str, str | None]]]:
        """(start, end, (concept, segment)) of each line named in the text."""
        out = []
        cjk = any("\u4e00" <= ch <= "\u9fff" for ch in text)
        for regex in (self.english, self.chinese if cjk else None):
            if regex is None:
                continue
            for m in regex.finditer(text):
                out.append((m.start(), m.end(), self.targets[int(m.lastgroup[1:])]))
        return sorted(out)


def _flow(concept: str, segment: str | None) -> bool:
    """Whether a concept is a whole company's flow (not a balance, not a segment's)."""
    found = accounts().get(concept)
    return segment is None and found is not None and found.timing == "flow"


def _money_line(concept: str) -> bool:
    """Whether a concept is a statement's line of money (not a ratio, not a figure the metrics
    compute from others): one a filer's line of the same name can stand for."""
    found = accounts().get(concept)
    return found is not None and found.unit == "CNY" and found.statement != "segment"


def _alternation(patterns: list[str | None], head: str, tail: str) -> re.Pattern | None:
    """One regex of the patterns, each its own group ``g<index>``; longest forms come first."""
    parts = [f"(?P<g{i}>{p})" for i, p in enumerate(patterns) if p]
    return re.compile(head + "|".join(parts) + tail) if parts else None


def name_lines(text: str, claims: list, code: str | None, names: LineNames, holds) -> list:
    """The claims of the company read as the line named last before their number, in their
    sentence: a claim whose metric the lexicon did not recognise (or, for one, the line named
    right after its figure); and one whose number follows the line's name at once
    (福利及赔付支出15.84亿美元) when the line is a part the concept's word does not say (a
    ``filer_line``, a revenue line) or the store holds nothing of the concept the lexicon read
    (``holds``). A concept the
    store holds is not taken from it by a whole line's name (the filing's "Net income" may be
    the figure before non-controlling interests, where the press's is after them)."""
    if not any(c.subject == code for c in claims):
        return claims
    spans = names.named(text)
    if not spans:
        return claims
    out = []
    for c in claims:
        if "/share" in c.unit:
            out.append(c)  # no line is an amount per share
            continue
        at = c.start + max(0, c.quote.rfind(c.printed)) if c.printed else c.start
        if (
            c.concept is not None
            and c.subject == code
            and c.words
            and not holds(c.concept)
            and _money_line(c.concept)
            and (cut := names.starting_with(c.words)) is not None
        ):
            # the lexicon's words of a concept the store holds none of, the start of one line's
            # name (net impairment losses of $134.4 million on available-for-sale securities)
            out.append(replace(c, concept=cut[0], segment=cut[1]))
            continue
        if c.concept is None and c.subject == code and c.printed:
            named = _named_after(text, c, at + len(c.printed), spans)
            if named is not None:
                out.append(replace(c, concept=named[2][0], segment=named[2][1]))
                continue
        before = [s for s in spans if s[1] <= at and at - s[1] <= _REACH]
        if c.subject != code or not before or _BREAK.search(text, before[-1][1], at):
            out.append(c)
            continue
        start, end, (concept, segment) = before[-1]
        # (a rate's level is no line's: "gross margin -- revenue less cost of services --
        # widened to 42.1%")
        amount = c.unit not in ("%", "pp") or c.measure != "value"
        own = amount and _ADJACENT.fullmatch(text, end, at) is not None
        named = text[start:end].lower()
        if c.words and named in c.words.lower():
            # the lexicon's name of a concept, in full: its concept stays, where the store holds
            # it; where it holds none, the filer's line of that name is the figure ("operating
            # expenses were cut 24 percent": an insurer's own "Operating expenses" line;
            # 计提无形资产减值: the filer's "Impairment of intangibles")
            own = (
                amount
                and named == c.words.lower()
                and not holds(c.concept)
                and _money_line(c.concept)
            )
        elif c.words and amount and len(c.words) < len(named) and c.words.lower() in named:
            # the lexicon read a part of the line's name (operating expenses of "Acquisition and
            # operating expenses, net of deferrals, were cut 17%"): the line is named in full
            own = True
        if (
            c.concept is None
            or (own and (segment is not None or not holds(c.concept)) and concept != c.concept)
            or (own and concept == c.concept and c.segment is None and segment is not None)
        ):
            c = replace(c, concept=concept, segment=segment)
        out.append(c)
    return out


def _named_after(text: str, c, after: int, spans) -> tuple | None:
    """The line named right after a figure of no recognised metric, which is that line's ("a
    $95 million gain from exchanging common shares", "a $455 million impairment of gas and oil
    properties"): at once or a space or two after a figure that is no rate, or after spaces
    (and "in") after any."""
    for span in spans:
        if span[0] < after:
            continue
        gap = text[after : span[0]]
        close = span[0] <= after + 2 and not gap.strip() and c.unit not in ("%", "pp")
        if close or _GAP.fullmatch(gap):
            return span
    return None


def rendering(name: str) -> str | None:
    """The regex of an English line's or segment's name rendered word by word in Chinese (two
    words or more), or None when a word of it has no rendering."""
    return chinese_pattern(_words(name.replace("-", " ")))


def segment_in_english(printed: str, names: list[str]) -> str | None:
    """The store's English segment name a Chinese article's segment renders word by word
    (受管制业务 → "Regulated", 非受管制业务 → "Non-Regulated": ``line_words.toml``), the one
    whose rendering covers most of it; None when none does, or two cover as much."""
    best: list[tuple[int, str]] = []
    for name in names:
        pattern = chinese_pattern(_words(name.replace("-", " ")), alone=True)
        found = re.search(pattern, printed) if pattern else None
        if found:
            best.append((len(found.group()), name))
    best.sort(reverse=True)
    if not best or (len(best) > 1 and best[0][0] == best[1][0]):
        return None
    return best[0][1]
