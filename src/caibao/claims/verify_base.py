"""What every verdict of ``claims.verify`` uses: the expected value printed back in the claim's
language and scale, the store's candidates for a claim, and agreement within precision."""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal

from ..metrics import Computed, Metrics
from ..numbers import format_amount
from .model import (
    CHANGE_PCT,
    CHANGE_PP,
    CHANGE_QOQ_PCT,
    SHARE_PCT,
    Claim,
)

# (compiled once: these run for every claim)
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")

HUNDRED = Decimal(100)
_RATE_UNITS = ("%", "pp")


_EN_SCALES = ("trillion", "billion", "million", "thousand")
_CURRENCY_EN = {"CNY": "RMB ", "USD": "$", "HKD": "HK$"}


def show(value: Decimal | None, unit: str, scale: str = "", lang: str | None = None) -> str:
    """A value printed the way the claim printed its own (亿 stays 亿; an English article's
    figure in English words and the fact's currency: $383.29 billion, USD 1.26 per share)."""
    if value is None:
        return "no value"
    lang = lang or ("en" if scale in _EN_SCALES else "zh")
    try:
        if unit.endswith("/share"):
            currency = unit.removesuffix("/share")
            if currency == "CNY":
                return format_amount(value, unit, lang=lang)
            return f"{currency} {value.normalize():f} per share"
        if unit in ("%", "pp", "times"):
            return format_amount(value, unit, lang=lang)
        if unit == "rank":
            return f"No. {value}"
        if unit == "count" and not scale and value == value.to_integral_value():
            return f"{int(value):,}"
        if unit in ("CNY", "USD", "HKD", "count"):
            if lang == "en":
                en_scale = scale if scale in _EN_SCALES else None
                return format_amount(value, unit, "en", scale=en_scale)
            zh_scale = scale if scale in ("万亿", "亿", "万") else None
            return format_amount(value, unit, "zh", scale=zh_scale)
    except (ValueError, ArithmeticError):
        pass
    return f"{value} {unit}"


class ArticleClaims(list):
    """An article's claims (a list, not to be changed once built) with what every claim's
    verification asks of the whole article worked out once per check: each span's position and
    the language most claims are quoted in. ``verify`` takes a plain list too; then these are
    worked out for each claim."""

    def __init__(self, claims=(), text: str = "") -> None:
        super().__init__(claims)
        self.text = text  # the article as given (claims' offsets point into it)
        self.positions: dict[tuple[int, int], int] = {}
        for k, c in enumerate(self):
            self.positions.setdefault((c.start, c.end), k)
        self.chinese = _count_chinese(self)
        self._starts: list[tuple[int, int]] | None = None

    def starting_within(self, start: int, end: int) -> list[int]:
        """The indices, in order, of the claims that start at ``start`` or after and before
        ``end`` (the ones a quote may hold): found by bisection, not by reading every claim."""
        if self._starts is None:
            self._starts = sorted((c.start, k) for k, c in enumerate(self))
        lo = bisect_left(self._starts, (start, -1))
        hi = bisect_left(self._starts, (end, -1))
        found = [k for _s, k in self._starts[lo:hi]]
        return sorted(found) if len(found) > 1 else found


# an English word in a quote (a bare "40.9%", "+1.58pct" or a table cell is of neither language)
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _count_chinese(article: list[Claim]) -> bool:
    """More claims quoted in Chinese than in English words: the quotes of bare figures (a
    broker's table of percentages) say nothing of the language and are not counted."""
    chinese = english = 0
    for c in article:  # (one pass, each quote searched for Chinese once)
        if _CJK_CHAR.search(c.quote):
            chinese += 1
        elif _LATIN_WORD.search(c.quote):
            english += 1
    return chinese > english


def words_before(claim: Claim, article: list[Claim], n: int = 12) -> str:
    """Up to ``n`` characters of the article right before the claim's quote, from the start of
    its clause ("" when the article's text is not at hand)."""
    text = getattr(article, "text", "")
    start = claim.start
    lo = max(0, start - n)
    # (the last clause break in the window, found by one match: no list of the pieces is built)
    upto = _THROUGH_LAST_CLAUSE_BREAK.match(text, lo, start)
    return text[upto.end() if upto else lo : start]


def sentence_before(claim: Claim, article: list[Claim], n: int = 200) -> str:
    """Up to ``n`` characters of the article before the claim's quote, from the start of its
    sentence ("" when the article's text is not at hand)."""
    text = getattr(article, "text", "")
    start = claim.start
    lo = max(0, start - n)
    # (endpos ends the window as the slice did: a full stop at its end is not followed by a space)
    upto = _THROUGH_LAST_SENTENCE_BREAK.match(text, lo, start)
    return text[upto.end() if upto else lo : start]


def clause_after(claim: Claim, article: list[Claim], n: int = 30) -> str:
    """Up to ``n`` characters of the article right after the claim's quote, to the end of its
    clause ("" when the article's text is not at hand)."""
    text = getattr(article, "text", "")
    end = claim.end
    upto = _CLAUSE_BREAK.search(text, end, end + n)  # (the first break: the first piece of a split)
    return text[end : upto.start() if upto else end + n]


# (a full stop only before a space or the end: not the point of 13.2 yuan)
_SENTENCE_BREAK = re.compile(r"[。！？!?\n]|\.(?=\s)")
_CLAUSE_BREAK = re.compile(r"[，。；！？,;!?\n]")
# everything up to the last break (greedy): the text after it is the last piece of a split
_THROUGH_LAST_SENTENCE_BREAK = re.compile(r".*(?:[。！？!?\n]|\.(?=\s))", re.S)
_THROUGH_LAST_CLAUSE_BREAK = re.compile(r".*[，。；！？,;!?\n]", re.S)


def position(claim: Claim, article: list[Claim]) -> int | None:
    """The index of the article's first claim with the claim's span, if any."""
    if isinstance(article, ArticleClaims):
        return article.positions.get((claim.start, claim.end))
    span = (claim.start, claim.end)
    return next((k for k, c in enumerate(article) if (c.start, c.end) == span), None)


def mostly_chinese(article: list[Claim]) -> bool:
    """Whether most of the article's claims are quoted in Chinese."""
    if isinstance(article, ArticleClaims):
        return article.chinese
    return _count_chinese(article)


def _lang(claim: Claim) -> str:
    """The language of the article a claim was read from (for the figures of its reason)."""
    if claim.scale in _EN_SCALES:
        return "en"
    text = claim.quote or claim.printed
    return "zh" if _CJK_CHAR.search(text) else "en"


def _label(c: Computed) -> str:
    if c.formula == "the article":
        return "the article's own growth rate"
    keys = sorted({s.table or s.file for s in c.sources if (s.table or s.file)})
    return "+".join(keys) if keys else "store"


def _lookup(m: Metrics, concept: str, period: str, segment: str | None, measure: str):
    """Candidates, trying the balance date and the year as one (年末 KPIs are stored as FY)."""
    cands = m.candidates(concept, period, segment, measure)
    if cands:
        return cands
    if period.endswith("-12-31"):
        return m.candidates(concept, f"{period[:4]}FY", segment, measure)
    if period.endswith("FY"):
        return m.candidates(concept, f"{period[:4]}-12-31", segment, measure)
    return []


def _agrees(claim: Claim, c: Computed) -> tuple[bool, bool]:
    """(agrees, only by a last-digit rounding difference)."""
    if c.value is None:
        return False, False
    if claim.agrees(c.value, c.precision):
        rounding = abs(c.value - claim.value) > claim.precision and claim.qualifier is None
        return True, rounding and claim.unit in _RATE_UNITS
    last_digit = abs(c.value - claim.value) <= 2 * claim.precision + c.precision
    if claim.unit in _RATE_UNITS and claim.qualifier is None and last_digit:
        return True, True
    return False, False


def _compatible(claim: Claim, c: Computed) -> bool:
    if claim.measure in (CHANGE_PCT, SHARE_PCT, CHANGE_QOQ_PCT):
        return c.unit == "%"
    if claim.measure == CHANGE_PP:
        return c.unit == "pp"
    if claim.unit == "count" and c.unit == "CNY" and claim.concept == "share_capital":
        # 总股本98,818.40万股 against 股本 988,184,000元: an A share's par value is one yuan, so the
        # share capital in yuan is the number of shares
        return True
    if c.unit == f"{claim.unit}/share" and claim.concept:
        # | Diluted EPS | $1.41 |: a per-share concept's figure printed in its currency alone
        # (a table cell, "earnings of 98 cents") is per share
        return True
    return c.unit == claim.unit or (c.unit == "%" and claim.unit == "%")
