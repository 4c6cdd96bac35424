"""Signs in ``claims.verify``: a size with a word of outflow or loss is negative (used 178.0
million yuan), a threshold crossed compares the level (跌破千亿), and growth of a loss or an
outflow is judged on its size (wording in ``verify.toml``)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache, lru_cache

from ..metrics import Computed, Metrics
from ..metrics.definitions import lower_is_better
from ..metrics.engine import prior_period
from ..metrics.select import fact_precision
from ..scan import FOLDED_LETTERS
from .model import (
    CHANGE_ABS,
    CHANGE_PCT,
    CONTRADICTED,
    MISLEADING,
    SUPPORTED,
    VALUE,
    Claim,
    Verdict,
    verify_data,
)
from .verify_base import HUNDRED, _agrees, _label, _lang, _lookup, position, show, words_before


@cache
def _sign_words() -> tuple[re.Pattern, frozenset[str]]:
    """(a regex of the sign words, the negative ones) from ``verify.toml`` [sign]."""
    sign = verify_data()["sign"]
    words = sorted({*sign["negative"], *sign["positive"]}, key=len, reverse=True)
    alts = "|".join((r"\b" + re.escape(w) + r"\b") if w.isascii() else re.escape(w) for w in words)
    # (a look-ahead of the words' first characters: other positions fail at one test)
    firsts = "".join(sorted({re.escape(w[0]) for w in words}))
    return re.compile(f"(?=[{firsts}])(?:{alts})", re.I), frozenset(
        w.lower() for w in sign["negative"]
    )


@cache
def _negative_gate() -> re.Pattern:
    """A regex finding, in a lower-cased quote, the longest piece of any negative sign word: a
    quote without one holds no negative word, even once names in it are blanked (blanking only
    makes spaces, and a piece has none)."""
    pieces = {
        max(reversed(w.lower().split()), key=len)
        for w in verify_data()["sign"]["negative"]
        if w.split()
    }
    return re.compile(
        "|".join(re.escape(p) for p in sorted(pieces, key=len, reverse=True)) or "(?!)"
    )


@cache
def _sign_ignored() -> tuple[tuple[str, ...], re.Pattern]:
    """(the names that say no sign, a regex finding any of them lower-cased: most quotes hold
    none, and one search tells)."""
    names = tuple(n for n in verify_data()["sign"].get("ignore", ()) if n)
    lowered = sorted({n.lower() for n in names}, key=len, reverse=True)
    return names, re.compile("|".join(re.escape(n) for n in lowered) or "(?!)")


@lru_cache(maxsize=1024)
def _name_re(name: str) -> re.Pattern[str]:
    """A name found in any case (compiled once: ``_signed`` blanks the same few per claim)."""
    return re.compile(re.escape(name), re.I)


_FLOWS = frozenset({"ocf", "icf", "fincf"})

# letters outside ASCII that a case-blind match takes for ASCII ones (ı for i, ſ for s, the
# Kelvin sign for k, İ): a quote without them holds a name only if it holds it lower-cased
_ASCII_FOLDS = frozenset(FOLDED_LETTERS)


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


def _signed(claim: Claim) -> Claim:
    """A money level printed as a size with a word that gives its sign (investing activities
    used 178.0 million yuan, 净流出1.2亿元): the signed figure."""
    if claim.measure != VALUE or claim.value <= 0 or claim.unit not in ("CNY", "USD", "HKD"):
        return claim
    pattern, negative = _sign_words()
    at = claim.quote.find(claim.printed) if claim.printed else -1
    if at < 0:
        return claim
    # the metric's own name (net profit after deducting non-recurring gains and losses, credit
    # impairment losses) and the names of items (损益) say no sign
    quote = claim.quote
    # (a cash flow's own name says its direction: operations consumed, net operating cash
    # outflow; it is kept)
    own = "" if claim.concept in _FLOWS else (claim.words or "")
    low = quote.lower()
    folds = not _ASCII_FOLDS.isdisjoint(quote)  # (then any name may match: tried as before)
    if not folds and not _negative_gate().search(low):
        return claim  # (most quotes: no word that could make the figure negative)
    if own and (folds or own.lower() in low):
        quote = _name_re(own).sub(_blank, quote)
    ignored, any_ignored = _sign_ignored()
    if folds or any_ignored.search(low):
        for name in ignored:
            if folds or name.lower() in low:
                quote = _name_re(name).sub(_blank, quote)
    before = list(pattern.finditer(quote, 0, at))
    # (the word after the figure counts only when none stands before it)
    word = before[-1] if before else pattern.search(quote, at + len(claim.printed))
    if word is None or word.group().lower() not in negative:
        return claim
    return claim.with_(value=-claim.value)


def signed_like_before(claim: Claim, article: list[Claim]) -> Claim:
    """A size compared with the signed figure printed just before it, by a word of narrowing or
    widening (a net outflow of 0.76 million yuan, narrowing from 11.95 million yuan a year
    earlier), is of the same sign (``verify.toml`` [sign] like_before)."""
    if claim.measure != VALUE or claim.value <= 0 or claim.unit not in ("CNY", "USD", "HKD"):
        return claim
    head = words_before(claim, article, 24).lower().rstrip()
    if not head.endswith(_like_before()):
        return claim
    i = position(claim, article)
    prev = article[i - 1] if i else None
    if prev is None or prev.unit != claim.unit or claim.start - prev.end > 40:
        return claim
    if _signed(prev).value < 0:
        return claim.with_(value=-claim.value)
    return claim


@cache
def _like_before() -> tuple[str, ...]:
    return tuple(w.lower() for w in verify_data()["sign"].get("like_before", ()))


@cache
def _threshold_words() -> tuple[str, ...]:
    return tuple(w.lower() for w in verify_data()["threshold"]["words"])


def _level_of_threshold(claim: Claim) -> Claim:
    """跌破千亿关口 / 突破100亿元 read as a change by the round figure: the level is below (after a
    fall) or above (after a rise) that figure (``verify.toml`` [threshold])."""
    if claim.measure != CHANGE_ABS or claim.qualifier != "more_than" or not claim.printed:
        return claim
    at = claim.quote.find(claim.printed)
    head = claim.quote[:at].lower().rstrip() if at >= 0 else ""
    if not head.endswith(_threshold_words()):
        return claim
    below = claim.value < 0
    return claim.with_(
        measure=VALUE, value=abs(claim.value), qualifier="less_than" if below else "more_than"
    )


# a line the filing names as its losses (Total investment losses, Other loss)
_LOSS_LINE = re.compile(r"\blosse?s?\b", re.I)
# an element of a gain or a loss (GainLossOnContractTermination: negative, a loss), and the words
# that say a figure was a cost
_GAIN_OR_LOSS_ELEMENT = re.compile(r":\w*(?:GainLoss|GainsLosses)\w*\]")
_CHARGE_WORDS = re.compile(
    r"费用|支出|开支|损失|\b(?:charges?|expenses?|costs?|loss(?:es)?)\b", re.I
)


def size_of_loss_line(claim: Claim, segment: str | None, cands: list, said: str) -> Claim | None:
    """A positive figure of a line filed negative, which the article gives as the size of a
    loss: a line the filing names as losses (an insurer's "Total investment losses", -828), or
    a gain-or-loss element's line (a utility's "Lease terminations and other", -888) said as a
    cost in the sentence (``said``: 转为费用，上半年累计达8.88亿美元). The claim as the signed figure;
    None for any other claim."""
    if claim.measure != VALUE or claim.value <= 0 or not segment:
        return None
    if not cands or any(c.value is None or c.value >= 0 for c in cands):
        return None
    named = _LOSS_LINE.search(segment)
    if not named:
        elements = " ".join(s.row_label or "" for c in cands for s in c.sources)
        if not (_GAIN_OR_LOSS_ELEMENT.search(elements) and _CHARGE_WORDS.search(said)):
            return None
    return claim.with_(value=-claim.value)


_LOSS_WORDS = re.compile(
    r"亏损|净亏|亏|损失|(?<!gains and )loss|outflow|流出|defici(?:t|ency)|\blost\b", re.I
)


def _sign_verdict(claim: Claim, m: Metrics, segment) -> Verdict | None:
    """A change of a figure that is a loss or an outflow. Said of the loss (亏损扩大56%), it is
    checked against the change of its size; said as growth of the figure, it misleads."""
    level = _lookup(m, claim.concept, claim.period, segment, VALUE)
    if not level or level[0].value is None or level[0].value >= 0:
        return None
    cur = level[0]
    prior = prior_period(claim.period or "")
    base = _lookup(m, claim.concept, prior, segment, VALUE) if prior else []
    base = base[0] if base and base[0].value is not None else None
    what = "outflow" if claim.concept == "ocf" else "loss"
    size = show(-cur.value, cur.unit, claim.scale or "亿", _lang(claim))
    change = None
    sources = cur.sources + (base.sources if base is not None else ())
    against = ""
    precision = Decimal(0)
    if base is not None and base.value < 0:
        change = (abs(cur.value) / abs(base.value) - 1) * HUNDRED
        precision = abs(change) / 10000
        against = f" against {show(-base.value, base.unit, claim.scale or '亿', _lang(claim))} a year before"
    elif base is None:
        # no prior level, but a printed change of the (negative) figure: its size moved the
        # other way (a loss 35.68% smaller is printed +35.68%)
        printed = m.facts(claim.concept, claim.period or "", segment, CHANGE_PCT)
        if printed and printed[0].value is not None:
            change = -printed[0].value
            precision = fact_precision(printed[0])
            sources = sources + (printed[0].source,)
            against = f" (the printed change of the figure is {printed[0].value:+}%)"
    if claim.words and _LOSS_WORDS.search(claim.words) and change is not None:
        probe = Computed(claim.concept or "", claim.period or "", segment, CHANGE_PCT, change,
                         "%", "size", precision=precision)  # fmt: skip
        ok, _r = _agrees(claim, probe)
        expected = f"{change:+.2f}%"
        verdict = SUPPORTED if ok else CONTRADICTED
        reason = f"The {what} was {size}{against}: {expected} in size."
        return Verdict(verdict, reason, expected, sources)
    if claim.value <= 0 and not (claim.words and _LOSS_WORDS.search(claim.words)):
        return _across_zero(claim, cur, base, what, sources)
    how = ""
    if change is not None:
        how = f" (the {what} {'widened' if change > 0 else 'narrowed'} by {abs(change):.2f}%)"
    elif base is not None and base.value > 0:
        how = f" (from {show(base.value, base.unit, claim.scale or '亿', _lang(claim))} a year before)"
    # a rise said of a figure that turned from a profit (an inflow) to a loss asserts the wrong
    # direction: false, not just loose (said of the loss, a 228% increase, it is only loose)
    of_loss = bool(claim.words and _LOSS_WORDS.search(claim.words))
    wrong_way = base is not None and base.value > 0 and claim.value > 0 and not of_loss
    return Verdict(
        CONTRADICTED if wrong_way else MISLEADING,
        f"{claim.period} was a{'n' if what == 'outflow' else ''} {what} of {size}{how}: "
        + (
            "it fell below zero, not rose."
            if wrong_way
            else "a change in % of a negative figure is not growth."
        ),  # fmt: skip
        show(cur.value, cur.unit, claim.scale or "亿", _lang(claim)),
        sources,
    )


def _across_zero(claim: Claim, cur, base, what: str, sources) -> Verdict | None:
    """A fall in % of a figure that turned from a profit (an inflow) to a loss: right as
    arithmetic (Net income plunged 507%: 12.16 to -49.48), but a change across zero is no
    percentage (the reports print 不适用 and say 转亏)."""
    if base is None or base.value <= 0:
        return None
    change = (cur.value / base.value - 1) * HUNDRED
    probe = Computed(claim.concept or "", claim.period or "", None, CHANGE_PCT, change, "%",
                     "across zero", precision=abs(change) / 10000)  # fmt: skip
    if not _agrees(claim, probe)[0]:
        return None
    lang = _lang(claim)
    return Verdict(
        MISLEADING,
        f"{claim.period} turned from {'an inflow' if what == 'outflow' else 'a profit'} of {show(base.value, base.unit, claim.scale or '亿', lang)}"
        f" to a {what} of {show(-cur.value, cur.unit, claim.scale or '亿', lang)}:"
        " a change in % across zero is not growth.",
        f"{change:+.2f}%",
        sources,
    )


_CASH_FLOWS = {"ocf", "icf", "fincf", "net_increase_in_cash"}
_SIGN_WORDS_PROFIT = {
    "扭亏": "turned from a loss to a profit",
    "转亏": "turned from a profit to a loss",
    "减亏": "is a smaller loss",
    "亏损扩大": "is a larger loss",
    "基数为零": "grew from zero",
}
_SIGN_WORDS_CASH = {
    "扭亏": "turned from a net outflow to a net inflow",
    "转亏": "turned from a net inflow to a net outflow",
    "减亏": "is a smaller net outflow",
    "亏损扩大": "is a larger net outflow",
    "基数为零": "grew from zero",
}


# ("from" names a base when a figure or a time follows it within a few words: "rose from 5.1%
# to", "from the previous quarter's"; "Equity income from partially owned affiliates rose to" is
# the metric's own name)
_OWN_BASE = re.compile(
    r"由|从|從|较|較|比|环比|環比|\bagainst\b|\bversus\b|\bcompared\b|"
    r"\bfrom\s+(?:[\w'’-]+\s+){0,3}?(?:[$€£¥\d]|(?:quarter|year|month|period|level|high|low|"
    r"peak|record|zero|nothing)s?\b)|sequential|quarter[- ]on[- ]quarter",
    re.I,
)


_ADVERB = re.compile(r"\s+[a-z]+ly(?=\s+to$)")


# the words of approximation that may follow a direction word (rose to about 5.9%)
_ABOUT = ("about", "around", "roughly", "nearly", "almost", "some", "约", "近")


@cache
def _direction_words() -> tuple[re.Pattern, frozenset[str], frozenset[str]]:
    """(a regex of the direction words at the end of a head, the "up" ones, the characters a
    head can end on, spaces aside, when the regex finds a word there) from verify.toml."""
    words = verify_data()["direction"]
    # an adverb may stand between the verb and its "to" (rose slightly to, fell sharply to)
    alts = "|".join(
        re.escape(w).replace(r"\ to", r"(?:\s+[a-z]+ly)?\s+to")
        for w in sorted([*words["up"], *words["down"]], key=len)[::-1]
    )
    tail = rf"\s*(?:{'|'.join(_ABOUT)}|)\s*$"
    ends = frozenset(w[-1].lower() for w in (*words["up"], *words["down"], *_ABOUT) if w)
    return re.compile(rf"(?:^|[^a-z])({alts}){tail}", re.I), frozenset(words["up"]), ends


def _may_end_on_direction(head: str, ends: frozenset[str]) -> bool:
    """False when the head's last character (spaces aside) ends no direction word nor word of
    approximation: an ASCII letter matches another case-blind only as its lower case, and a CJK
    character has no case. Any other character is left to the regex."""
    last = head.rstrip()[-1:]
    if not last:
        return False
    if last.isascii():
        return last.lower() in ends
    return last in ends or not "\u3000" <= last <= "\u9fff"


@cache
def _judged_words() -> frozenset[str]:
    """Direction words that judge a move (improved to), from verify.toml [direction]."""
    return frozenset(verify_data()["direction"].get("judged", ()))


def direction_of_level(claim: Claim, m: Metrics, segment, verdict: Verdict) -> Verdict:
    """A supported level after a word of direction (net margin improved to 5.9%) whose figure
    moved the other way since the same period a year before (a balance: since the last
    year-end) is contradicted: the move it asserts is false (``[direction]``)."""
    if verdict.verdict != SUPPORTED or claim.measure != VALUE or not claim.printed:
        return verdict
    period = claim.period or ""
    at = claim.quote.find(claim.printed)
    pattern, up, ends = _direction_words()
    head = claim.quote[:at] if at > 0 else ""
    # (most heads end on no direction word: a test of their last character spares the search)
    word = pattern.search(head) if _may_end_on_direction(head, ends) else None
    if len(period) == 10 and period[4] == "-":
        # a balance moves from the start of its year (the last year-end), as its sheet compares
        prior = f"{int(period[:4]) - 1}-12-31" if period[:4].isdigit() else None
    else:
        prior = prior_period(period)
    if word is None or prior is None or _OWN_BASE.search(claim.quote[: word.start(1)]):
        return verdict  # 由上季度的163万元回升至468万元: the move is from the base it names
    now = m.value(claim.concept, period, segment)
    before = m.value(claim.concept, prior, segment)
    if now is None or before is None or now.value is None or before.value is None:
        return verdict
    a, b = now.value, before.value
    if (a < 0) != (b < 0) and claim.words and _LOSS_WORDS.search(claim.words):
        # 归属普通股股东的净亏损扩大至2.44亿美元 where the year before was a profit: a loss said
        # to widen is compared with another loss (the net loss before preferred dividends)
        return verdict
    if a < 0 and b < 0:
        a, b = -a, -b  # a loss widens when its size grows
    if abs(a - b) <= now.precision + before.precision:
        return verdict
    said = _ADVERB.sub("", word.group(1).lower())
    rising = said in up
    if said in _judged_words() and claim.concept in lower_is_better():
        rising = not rising  # the operating ratio improved to 73.4%: it fell
    if rising == (a > b):
        return verdict
    lang = _lang(claim)
    return Verdict(
        CONTRADICTED,
        f"The level holds, but '{word.group(1)}' says it moved the other way: it was "
        f"{show(before.value, now.unit, lang=lang)} {'at' if '-' in prior else 'in'} {prior} "
        f"({_label(before)}).",
        verdict.expected,
        verdict.sources + before.sources,
    )
