"""Words that stand for a value: 翻番 (+100%), 腰斩 (−50% or more), 几乎持平 (≈0%), 过半 (> 50%),
破百亿 (> 100亿), doubled, halved, flat, "a third of", sixfold / 6-fold.

Takes: the normalised article text and the ``Lexicon`` (``[[value_words]]`` and
``[fold_numerals]`` in ``lexicon.toml``). Gives: ``find_value_words(norm, lex)`` →
``[(start, end, Amount, WordValue)]``, amounts the extractor reads like the numerals
``caibao.numbers.find_amounts`` finds (the Amount's ``printed`` is the word itself, so the claim's
quote contains it), with what the word says beyond its value: the measure and the qualifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from ..numbers import Amount
from ..scan import FOLDED_ONTO_ASCII, Scan
from .lexicon import _data, _words_regex
from .model import CHANGE_PCT


@dataclass(frozen=True, slots=True)
class WordValue:
    """What a value word says: ``measure`` (None: as a numeral in its place would) and
    ``qualifier`` (None: the words before it decide)."""

    measure: str | None
    qualifier: str | None


@dataclass(frozen=True, slots=True)
class _Entry:
    value: Decimal
    unit: str
    precision: Decimal
    scale: str
    measure: str | None
    qualifier: str | None
    of: bool
    after: tuple[str, ...]
    then: tuple[str, ...]


@cache
def _table() -> tuple[dict[str, _Entry], Scan, dict[str, int], re.Pattern, re.Pattern]:
    data = _data("lexicon.toml")
    entries: dict[str, _Entry] = {}
    for e in data.get("value_words", ()):
        entry = _Entry(
            Decimal(e["value"]),
            e["unit"],
            Decimal(e["precision"]),
            e.get("scale", ""),
            e.get("measure"),
            e.get("qualifier"),
            bool(e.get("of", False)),
            tuple(e.get("after", ())),
            tuple(e.get("then", ())),
        )
        for w in e["words"]:
            entries.setdefault(w.lower(), entry)
    numerals = {k.lower(): int(v) for k, v in data.get("fold_numerals", {}).items()}
    names = "|".join(sorted(numerals, key=len, reverse=True))
    fold = re.compile(
        rf"(?<![\w.])(?P<n>\d+(?:\.\d+)?|{names})[- ]?fold(?![A-Za-z])"
        # four times (the figures: numbers reads 4 times), five percentage points
        rf"|(?<![\w.-])(?P<w>{names})\s+(?P<u>times|percentage\s+points?)(?![A-Za-z])"
        # a change of 1.5 points: points of a rate (an index's points are no company's figure)
        r"|(?<![\w.])(?P<p>\d+(?:\.\d+)?)(?:\s+|-)points?(?![A-Za-z])",
        re.IGNORECASE,
    )
    changes = _data("lexicon.toml")["changes"]
    change_before = re.compile(
        # (slashed capex by nearly two-thirds: the object may stand between the verb and "by";
        # a drop of more than a quarter: the change as a noun)
        r"(?:(?<![A-Za-z])(?:"
        + "|".join(re.escape(w) for w in changes["up"] + changes["down"])
        + r")(?:\s+(?:[A-Za-z&'’-]+\s+){0,3}?by)?"
        r"|\b(?:a|an)\s+(?:[a-z-]+\s+)?(?:drop|fall|decline|decrease|reduction|contraction|cut|slide"
        r"|rise|increase|gain|jump|surge)\s+of)"
        r"\s+(?:(?:nearly|almost|about|roughly|around|some|more\s+than|over"
        r"|just\s+over|just\s+under|close\s+to)\s+)?$",
        re.IGNORECASE,
    )
    # (the words start with few characters: a scan that skips the others in C, see caibao.scan;
    # an English word matches in any case, and re.I folds four non-ASCII letters onto ASCII ones)
    firsts = {c for w in entries for c in (w[0], w[0].lower(), w[0].upper())}
    firsts |= {f for c, folds in FOLDED_ONTO_ASCII.items() if c in firsts for f in folds}
    scan = Scan(_words_regex(list(entries)), "".join(re.escape(c) for c in sorted(firsts)))
    return entries, scan, numerals, fold, change_before


_ASCII_FOLD = str.maketrans({f: c for c, folds in FOLDED_ONTO_ASCII.items() for f in folds})


# a fraction of something, not "the first half of 2024" / "half of January"
# (half of the year's net profit is a share: the year's possessive names what it is a share of)
_OF = re.compile(
    r"\s+of\s+(?!\d|(?:fiscal|the\s+year|this\s+year|last\s+year)\b(?!['’]s))", re.IGNORECASE
)
# a quarter of a point, half a percentage point: a fraction of one percentage point
_OF_A_POINT = re.compile(r"\s+(?:of\s+)?an?\s+(?:percentage[- ])?point\b(?!s)", re.IGNORECASE)
_STREAK_OF = re.compile(
    r"(?:straight|consecutive|successive)\s+(?:years?|quarters?)\s+of\s+$", re.IGNORECASE
)
_PART_OF_YEAR = re.compile(
    r"(?:first|second|1st|2nd|latter|former|the|this|last|next|fiscal|a)[\s-]*$", re.IGNORECASE
)


# a round threshold of a digit's hundreds, thousands or tens of thousands of 亿 crossed (营收破五千亿,
# 首次突破两千亿元, 超三万亿): the bound, "more than" it; the crossing verb is what makes it one
_CROSSED = re.compile(
    r"(?=[突破超逾迈跨站])(?:突破|破|超过|超|逾|迈过|跨过|站上|迈上|跨越)"
    r"(?P<n>[一二两三四五六七八九])(?P<s>[百千万])亿(?P<u>美元|元)?"
)
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_TIMES = {"百": Decimal(10) ** 10, "千": Decimal(10) ** 11, "万": Decimal(10) ** 12}


def is_change_word(word: str) -> bool:
    """Whether a word says a change by itself (halves, doubled): a value word of a change."""
    entry = _table()[0].get(word.lower())
    return entry is not None and entry.measure == "change_pct"


def find_value_words(norm: str) -> list[tuple[int, int, Amount, WordValue]]:
    """Every value word in the text (see the module docstring), in text order."""
    entries, words_scan, numerals, fold, change_before = _table()
    out = []
    for start, end, _m in words_scan.finditer(norm):
        word = norm[start:end]
        e = entries.get(word.lower())
        if e is None:
            # a word matched through a letter re.I folds onto an ASCII one (tripleſ, doubled
            # with a Kelvin sign K): looked up as its ASCII spelling
            e = entries.get(word.translate(_ASCII_FOLD).lower())
            if e is None:
                continue
        point = _OF_A_POINT.match(norm, end) if e.of and e.unit == "%" else None
        if point is not None:
            # a quarter of a point, half a percentage point: that fraction of one point
            printed = norm[start : point.end()]
            amount = Amount(e.value / 100, "pp", printed, e.precision / 100, "")
            out.append((start, point.end(), amount, WordValue(None, e.qualifier)))
            continue
        # a fraction right after a change verb is the change (jumped nearly a quarter, grew by
        # nearly half)
        changed = e.of and change_before.search(norm, max(0, start - 40), start)
        if changed and not _PART_OF_YEAR.search(norm, max(0, start - 12), start):
            amount = Amount(e.value, e.unit, word, e.precision, e.scale)
            out.append((start, end, amount, WordValue(CHANGE_PCT, e.qualifier)))
            continue
        if e.of and (
            not _OF.match(norm, end) or _PART_OF_YEAR.search(norm, max(0, start - 12), start)
        ):
            continue  # "half" alone, "the first half of 2024": not a share
        if e.measure == CHANGE_PCT and not e.of and _OF.match(norm, end):
            continue  # in half of its markets: a part of something, no change
        if e.measure == CHANGE_PCT and _STREAK_OF.search(norm, max(0, start - 40), start):
            continue  # third straight year of double-digit growth: a streak's (claims.streaks)
        after_ok = not e.after or any(norm.endswith(w, 0, start) for w in e.after)
        then_ok = not e.then or _then(norm, end, e.then)
        if e.after and e.then:
            if not (after_ok or then_ok):
                continue  # 百亿级市场 is no threshold; 突破千亿 and 千亿元以上 are
        elif not after_ok:
            continue  # 百亿级市场 is no threshold
        elif not then_ok:
            continue  # double digits, a double-digit rise: not a multiple
        amount = Amount(e.value, e.unit, word, e.precision, e.scale)
        out.append((start, end, amount, WordValue(e.measure, e.qualifier)))
    low = norm.lower()
    for m in fold.finditer(norm) if ("fold" in low or "times" in low or "point" in low) else ():
        if m["p"] is not None:
            n = m["p"]
            value, unit = Decimal(n), "pp"
        else:
            n = (m["n"] or m["w"]).lower()
            value = Decimal(numerals[n]) if n in numerals else Decimal(n)
            unit = "pp" if m["u"] and m["u"].lower().startswith("percentage") else "times"
        frac = n.partition(".")[2] if n not in numerals else ""
        precision = Decimal(1).scaleb(-len(frac)) / 2
        amount = Amount(value, unit, m.group(), precision, "")
        out.append((m.start(), m.end(), amount, WordValue(None, None)))
    for m in _CROSSED.finditer(norm) if "亿" in norm else ():
        value = _DIGITS[m["n"]] * _TIMES[m["s"]]
        unit = "USD" if m["u"] == "美元" else "CNY"
        scale = "万亿" if m["s"] == "万" else "亿"
        a = m.start("n")
        amount = Amount(value, unit, norm[a : m.end()], Decimal(0), scale)
        out.append((a, m.end(), amount, WordValue(None, "more_than")))
    out.sort(key=lambda x: x[0])
    return out


def _then(norm: str, end: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` follows at ``end`` as a whole word."""
    rest = norm[end : end + 16].lstrip().lower()
    return any(
        rest.startswith(w) and not (w.isascii() and rest[len(w) : len(w) + 1].isalpha())
        for w in words
    )


def merge_amounts(amounts: list, words: list) -> list:
    """Numerals and value words together: a word replaces a numeral it overlaps (增长一倍 over 一倍,
    6 fold over 6 fold)."""
    if not words:
        return sorted(amounts, key=lambda x: x[0])
    spans = [(a, b) for a, b, _x, _w in words]
    kept = [x for x in amounts if not any(a < x[1] and x[0] < b for a, b in spans)]
    return sorted(kept + [(a, b, x) for a, b, x, _w in words], key=lambda x: x[0])
