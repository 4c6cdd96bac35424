"""Which figure of the article a claim is compared with: the base a change is measured from
(较一季度的…, from $1.2 billion a year earlier, since 2020), the level beside it, the metric a bare
figure borrows from its neighbour, and a difference said as an amount (少了约2亿元).

Functions of the article's claims alone: the store is not read here (``claims.verify`` is).
"""

from __future__ import annotations

import re
from functools import cache

from ..metrics.engine import prior_period
from ..periods import Period, resolve
from .model import (
    CHANGE_ABS,
    CHANGE_PCT,
    CHANGE_PP,
    CHANGE_QOQ_PCT,
    TIMES,
    VALUE,
    Claim,
    verify_data,
)
from .verify_base import ArticleClaims, mostly_chinese, position, words_before

_CJK = re.compile(r"[\u4e00-\u9fff]")


# a quarter-on-quarter word right before a bare change (环比+16.1%, 按季增长约5%, QoQ -57.1%)
_QOQ_BEFORE = re.compile(
    r"(?:环比|環比|按季|较上季度?|較上季度?|\bQoQ|quarter[- ]on[- ]quarter)\s*"
    r"(?:增长|增長|增加|上升|提升|下降|下滑|减少|減少|回落|大增|大降|则|則)*[了约約近超逾达達为為\s]*$",
    re.I,
)


# a break between a change and the figure after it: a new statement, not its base
_SENTENCE_OR_CLAUSE = re.compile(r"[;；。!?！？]|\.\s")

_SAME_LENGTH = {"Q": "Q", "FY": "FY", "H1": "H", "H2": "H", "YTD": "YTD", "INSTANT": "INSTANT"}


def _compared_base(claim: Claim, article: list[Claim]) -> Claim | None:
    """The figure a change is measured from when the article prints it beside the change and it
    is of another period than the usual base (41% below the 838.7 million yuan earned in the
    first quarter, 较二季度的约107.9亿元环比腰斩有余, 与2020年的415亿元相比缩水逾七成): a level
    of the same figure, right before or after the change, for an earlier period of the same
    length (a quarter against a quarter, a year against a year)."""
    if claim.measure not in (CHANGE_PCT, CHANGE_QOQ_PCT, CHANGE_ABS, CHANGE_PP, TIMES):
        return None
    if not claim.period:
        return None
    i = position(claim, article)
    if i is None:
        return None
    # Chinese names the compared figure before the change (较二季度的107.9亿元环比腰斩有余),
    # English after it (41% below the 838.7 million yuan earned in the first quarter)
    chinese = mostly_chinese(article)
    if chinese and claim.measure == TIMES:
        # 较2023年的40亿元增长2倍 is growth, ambiguous by nature (see _times); Chinese says a level
        # multiple as 是…的N倍 (_multiple_of_whole)
        return None
    near = [i - 1] if chinese else [i + 1]
    if chinese and i >= 2 and _level_reached(article[i - 1], claim):
        # 从2021年的155.44亿元增至2023年的247.39亿元，两年增长近六成: the change after a "from A
        # to B" pair, B the claim's own level, is measured from A
        near = [i - 2]
    if not chinese and i + 2 < len(article) and _own_level_after(article[i + 1], claim):
        # jumped sixfold to $3.11 billion from $519 million at the start of the fiscal year:
        # the change, its own level, then the figure it is measured from
        near = [i + 2]
    for j in near:
        if not 0 <= j < len(article):
            continue
        c = article[j]
        gap = c.start - claim.end if j > i else claim.start - c.end
        if j == i - 2:
            gap -= 20  # the "to" level between them
        if (
            c.measure != VALUE
            or c.concept != claim.concept
            or c.subject != claim.subject
            or c.segment != claim.segment
            or not c.period
            or c.period == claim.period
            or gap > 40
        ):
            continue
        text = getattr(article, "text", "")
        if j > i and text and _SENTENCE_OR_CLAUSE.search(text, claim.end, c.start):
            continue  # (a 2.3-point drop; it was 29.25% in 2020: another statement)
        # (the claim's own period is read only for a neighbour that may be its base: most are not)
        try:
            here = Period.parse(claim.period)
        except ValueError:
            return None
        if c.period in _usual_bases(claim, here):
            continue
        try:
            there = Period.parse(c.period)
        except ValueError:
            continue
        # (a rate is comparable across spans of any length: the nine months' gross margin, down
        # 0.39 point from 9.97% in the first half)
        same = _SAME_LENGTH.get(there.kind) == _SAME_LENGTH.get(here.kind) or (
            claim.measure == CHANGE_PP and there.is_instant == here.is_instant
        )
        if same and there.end < here.end:
            return c
    return None


def _usual_bases(claim: Claim, here: Period) -> set[str | None]:
    """The periods a change is measured from without naming them (the year before; a quarter's
    change on the quarter before: that quarter)."""
    # a multiple beside the compared figure is the ratio of the two levels (nearly double the
    # loss of the same quarter last year), whatever the period
    # (a rate's change in points too: 毛利率45.7%，较一季度的38.6%回升7.1个百分点)
    # (a balance's is the year's start: its level at the same date a year before, printed beside
    # the change — down 6.7 percent from $75.9 billion a year earlier — is a base of its own)
    prior = f"{here.end.year - 1}-12-31" if here.is_instant else prior_period(claim.period)
    usual = {prior} if claim.measure in (CHANGE_PCT, CHANGE_ABS, CHANGE_PP) else set()
    if here.is_single_quarter and claim.measure == CHANGE_QOQ_PCT:
        usual.add(str(Period.q(here.year, here.quarter - 1)) if here.quarter > 1 else None)
    return usual


# the base of a change named in words before it, with its year (较2021年末增长12.7%, 与2019年同期
# 相比下降约三成, 比2020年增长): the year must be printed, relative bases are the usual ones, but
# for a balance 上年同期 (its usual base is the year's start)
_NAMED_BASE = re.compile(
    r"(?:较|較|比|与|與|相较于?|相較於?|对比)"
    r"(?P<base>[^，。；较較比与與]*?(?<![\d.])(?:19|20)\d\d(?=年)[^，。；较較比]{0,6}?"
    r"|第?[一二三四1-4]季度?|Q[1-4]|上半年"
    # (a balance against the same date a year before: 季末存货…较上年同期增长2.9%)
    r"|(?:上|去)年同期末?)"
    # (an adverb before the verb: 较一季度仅减少)
    r"(?:相比|相较|相較)?(?:仅|僅|只|又|再|则|則|也|还|還|已)?"
    r"(?:增长|增長|增加|下降|减少|減少|上升|提升|提高|下滑|下跌|回落|缩水|縮水"
    r"|增|降|涨|漲|跌)[了约約近超逾达達为為]*$"
)


# a base year named right after the change (the cash pile has more than halved since 2020, sales
# are up 40% on 2019): the change runs from that year (a balance: from its year-end); an analyst's
# quarter (grew 4.9% from 1Q09, up 3% on Q1'09): from that quarter
_BASE_AFTER = re.compile(
    r"\s*(?:since|on|over|from|compared\s+with|versus|vs\.?)\s+(?:the\s+end\s+of\s+)?"
    r"(?:fiscal\s+)?(?P<base>(?:19|20)\d\d|[1-4]Q\s?\d\d|Q[1-4]\s?(?:['’]|20)?\d\d)\b"
    r"(?!\s*(?:%|percent|to\b|-|–))",
    re.I,
)


def _named_base(claim: Claim, article: list[Claim]) -> Claim | None:
    """A change whose base the clause names in words with a year, right before it (较2021年末增长
    12.7%) or right after it (has halved since 2020): the claim at that base's period, for
    ``_change_from``."""
    # (营收较一季度仅减少210万美元: an amount of change, too)
    if claim.measure not in (CHANGE_PCT, CHANGE_PP, CHANGE_ABS) or not claim.period:
        return None
    at = claim.quote.find(claim.printed) if claim.printed else -1
    head = claim.quote[:at] if at > 0 else ""
    named = _NAMED_BASE.search(words_before(claim, article, 20) + head)
    if named is None:
        text = getattr(article, "text", "")
        named = _BASE_AFTER.match(text, claim.end) if text else None
    if named is None:
        return None
    try:
        here = Period.parse(claim.period)
        base = resolve(named["base"], context=here)
        if base is not None and named.re is _BASE_AFTER and base.kind == "FY":
            # a balance since a year: since its end; a span against a year: the same span then
            base = base.end_instant() if here.is_instant else here.with_year(base.year)
    except ValueError:
        return None
    # the usual base needs no naming: the year before, or for a balance the year's start
    # (a balance against the same date a year before is named: 较上年同期)
    usual = f"{here.end.year - 1}-12-31" if here.is_instant else prior_period(claim.period)
    if base is None or str(base) in (claim.period, usual):
        return None
    if not base.end < here.end or base.is_instant != here.is_instant:
        return None
    return claim.with_(period=str(base), measure=VALUE)


# a balance's change said against the same date a year before (Inventories were $770 million at
# June 30, down 10.9 percent from a year earlier; $4.63 billion, 7.5% lower than a year ago)
_YEAR_AGO_AFTER = re.compile(
    r"\s*(?:(?:lower|higher|less|more|smaller|larger|bigger|up|down)\s+)?"
    r"(?:from|than|on|compared\s+with|versus|vs\.?)\s+(?:a|the)\s+year\s+(?:earlier|ago|before)"
    r"|\s*(?:from\s+)?year[- ](?:earlier|ago)\s+levels?",
    re.I,
)


def year_ago_balance(claim: Claim, article: list[Claim], m) -> Claim | None:
    """A balance's change followed by "from a year earlier": the claim at the same date a year
    before (not the year's start, the usual base), where the store has that balance."""
    if claim.measure not in (CHANGE_PCT, CHANGE_ABS) or not claim.period or m is None:
        return None
    text = getattr(article, "text", "")
    if "year" not in text[claim.end : claim.end + 40] or not _YEAR_AGO_AFTER.match(text, claim.end):
        return None
    try:
        here = Period.parse(claim.period)
    except ValueError:
        return None
    if not here.is_instant:
        return None
    base = str(here.prior_year())
    if not m.candidates(claim.concept, base, claim.segment):
        return None
    return claim.with_(period=base, measure=VALUE)


def _own_level(c: Claim, claim: Claim) -> bool:
    """``c`` is the claim's own figure (company, metric, segment, period) as a level."""
    return (
        c.measure == VALUE
        and c.concept == claim.concept
        and c.subject == claim.subject
        and c.segment == claim.segment
        and c.period == claim.period
    )


def _level_reached(c: Claim, claim: Claim) -> bool:
    """``c`` is the claim's own figure as a level, printed right before the change."""
    return _own_level(c, claim) and 0 <= claim.start - c.end <= 12


def _own_level_after(c: Claim, claim: Claim) -> bool:
    """``c`` is the claim's own figure as a level, printed right after the change (rose 15% to
    3.12 billion yuan)."""
    return _own_level(c, claim) and c.start >= claim.start and c.end - claim.end <= 30


_REACHED = re.compile(r"\bto\b|至|到", re.I)


def _own_period_before_base(claim: Claim, article: list[Claim]) -> Claim:
    """An English change or multiple that took its period from the compared figure named after it
    (almost three times the second-quarter deficit of 5.70 billion yuan: "second-quarter" is the
    base's) is of the period of the same metric's figure discussed just before it (the third
    quarter's loss), of the same length."""
    if claim.measure not in (CHANGE_PCT, TIMES) or not claim.period or mostly_chinese(article):
        return claim
    i = position(claim, article)
    if i is None or i + 1 >= len(article):
        return claim
    base = article[i + 1]
    if (
        base.measure != VALUE
        or base.concept != claim.concept
        or base.subject != claim.subject
        or base.segment != claim.segment
        or base.period != claim.period
        or base.start - claim.end > 40
        or not base.printed
    ):
        return claim
    text = getattr(article, "text", "")
    between = text[claim.end : base.start + base.quote.rfind(base.printed)]
    if not text or _REACHED.search(between):
        return claim  # (jumped 36.8% in 2023 to 24.74 billion yuan: the level it reached)
    for c in reversed(article[max(0, i - 4) : i]):
        if (
            c.concept == claim.concept
            and c.measure == VALUE
            and c.segment == claim.segment
            and _earlier(base.period, c.period)
            and _same_length(c, base)
        ):
            return claim.with_(period=c.period)
    return claim


# only "to" between a percentage and a level of money: the percentage is the change that reached it
_TO = re.compile(r"\s*(?:to|至|到)\s*", re.I)


def _percent_before_level(claim: Claim, article: list[Claim]) -> Claim:
    """A percentage of an amount right before "to" and the amount's own level is the change that
    reached that level, whatever verb (or none) the extraction read (Grew wireless service revenue
    nearly 10% to $12.0 billion; 营收增长约10%至120亿元): the claim as a change in %, not a share
    of a total."""
    if claim.measure != VALUE or claim.unit != "%":
        return claim
    i = position(claim, article)
    text = getattr(article, "text", "")
    if i is None or i + 1 >= len(article) or not text:
        return claim
    level = article[i + 1]
    if not _own_level(level, claim) or level.unit not in _MONEY or not level.printed:
        return claim
    at = level.start + level.quote.rfind(level.printed)
    if not claim.end <= at <= claim.end + 6 or not _TO.fullmatch(text, claim.end, at):
        return claim
    return claim.with_(measure=CHANGE_PCT)


def _earlier(first: str | None, second: str | None) -> bool:
    try:
        return Period.parse(first or "").end < Period.parse(second or "").end
    except ValueError:
        return False


def _neighbour(claim: Claim, article: list[Claim]) -> Claim | None:
    """The claim a compared figure would be: before it in Chinese, after it in English."""
    i = position(claim, article)
    if i is None:
        return None
    chinese = mostly_chinese(article)
    j = i - 1 if chinese else i + 1
    if not 0 <= j < len(article):
        return None
    c = article[j]
    gap = c.start - claim.end if j > i else claim.start - c.end
    return c if gap <= 40 else None


def _borrow_metric(claim: Claim, article: list[Claim]) -> Claim:
    """A change that names no metric beside the figure it is measured from (roughly 41% below
    the 838.7 million yuan earned in the first quarter) is a change of that figure's metric."""
    if claim.measure == VALUE:
        return _compared_level(claim, article)
    if claim.measure not in (CHANGE_PCT, CHANGE_QOQ_PCT, TIMES) or not claim.period:
        return claim
    c = _neighbour(claim, article)
    if not _a_money_level(c, claim):
        # English puts the compared figure after the change; with none there, a change in
        # apposition to the level just printed is that level's (cash was CNY195.2 billion,
        # virtually unchanged from end-2020)
        before = _apposed(claim, article) or _parallel_change(claim, c)
        if before is not None:
            return claim.with_(concept=before.concept, segment=before.segment, words=before.words)
        return claim
    period = claim.period
    if c.period == claim.period:
        # 与2020年的415亿元相比缩水逾七成: the change took the compared figure's year; it is the
        # change to the period discussed just before, the last of the same metric's figures
        k = article.index(c)
        later = [
            x.period
            for x in article[max(0, k - 4) : k]
            if x.concept == c.concept and _earlier(c.period, x.period) and _same_length(x, c)
        ]
        period = later[-1] if later else period
        if not later and k >= 1 and _from_to(article[k - 1], c):
            # 由2021年的3059万元升至2023年的6055万元，三年间几乎翻了一番: the change after a
            # "from A to B" pair is B's metric, measured from A (_compared_base)
            return claim.with_(concept=c.concept, segment=c.segment, words=c.words)
    if not _earlier(c.period, period):
        return claim
    return claim.with_(concept=c.concept, segment=c.segment, words=c.words, period=period)


def _paired_named(claim: Claim, article: list[Claim], i: int) -> Claim | None:
    """Sums that name no metric, in a row right after as many named ones of an earlier period
    (X of revenue and Y of net profit, after a first quarter of A and B): the one in the same
    place of the named row, whose metric each takes in order."""

    def unnamed(k: int) -> bool:
        c = article[k]
        return c.concept is None and c.measure == VALUE and c.unit == claim.unit

    first = i
    while first > 0 and unnamed(first - 1) and article[first].start - article[first - 1].end < 30:
        first -= 1
    last = i
    while (
        last + 1 < len(article)
        and unnamed(last + 1)
        and article[last + 1].start - article[last].end < 30
    ):
        last += 1
    n = last - first + 1
    if n < 2 or first < n:
        return None
    named = article[first - n : first]
    if (
        article[first].start - named[-1].end > 60
        or any(c.measure != VALUE or c.unit != claim.unit or c.concept is None for c in named)
        or len({c.concept for c in named}) != n
        or any(named[k + 1].start - named[k].end > 40 for k in range(n - 1))
    ):
        return None
    c = named[i - first]
    if c.subject != claim.subject or not _earlier(claim.period, c.period):
        return None
    return c


def _compared_level(claim: Claim, article: list[Claim]) -> Claim:
    """A sum of money that names no metric, of an earlier period, right after a figure of a
    metric is the figure it is compared with (up 77 per cent from the first quarter's 37.99
    billion yuan; down 0.4%. Still only just over half of 2020's 41.52bn): that metric's."""
    if claim.unit not in _MONEY or not claim.period:
        return claim
    i = position(claim, article)
    if i is None:
        return claim
    paired = _paired_named(claim, article, i)
    if paired is not None:
        return claim.with_(concept=paired.concept, segment=paired.segment, words=paired.words)
    for c in reversed(article[max(0, i - 3) : i]):
        # (up 22% on last year's first half, after an outflow of X: a change's complement between)
        if claim.start - c.end > 60:
            break
        if c.concept is None or c.end > claim.start:
            continue
        level = c if c.measure == VALUE else None
        if level is None:
            # a change just before: its level, printed with it, gives the metric's unit
            k = position(c, article) or 0
            level = next((x for x in reversed(article[max(0, k - 3) : k]) if x.measure == VALUE
                          and x.concept == c.concept and x.period == c.period), None)  # fmt: skip
        if (
            level is not None
            and level.unit == claim.unit
            and c.subject == claim.subject
            and _earlier(claim.period, c.period)
        ):
            return claim.with_(concept=c.concept, segment=c.segment, words=c.words)
        return claim
    return claim


_MONEY = ("CNY", "USD", "HKD")


def _a_money_level(c: Claim | None, claim: Claim) -> bool:
    return (
        c is not None
        and c.measure == VALUE
        and c.concept is not None
        and c.subject == claim.subject
        and c.unit in ("CNY", "USD", "HKD")
    )


def _apposed(claim: Claim, article: list[Claim]) -> Claim | None:
    """The level printed right before an English change, of the same period, a comma between."""
    if _CJK.search(claim.quote):
        return None
    before = [c for c in article if c.end <= claim.start and claim.start - c.end <= 30]
    c = before[-1] if before else None
    if _a_money_level(c, claim) and c.period == claim.period:
        return c
    if (
        _a_money_level(c, claim)
        and claim.measure == CHANGE_PCT
        and _earlier(claim.period, c.period)
        and _same_length(c, claim)
    ):
        # profit jumped 42% to 1.03 billion yuan, after an 18.5% rise in the first quarter: a
        # change of an earlier period of the same length, said right after the level, is that
        # metric's change then
        return c
    return None


def _parallel_change(claim: Claim, c: Claim | None) -> Claim | None:
    """The change printed right before, of the same period, when a second change follows it in
    the same breath (股东应占纯利约84.2亿元，按年下跌约22%，按季则急增近5倍; down 22% from a year
    earlier and up fivefold from the first quarter): both are of that change's metric."""
    if (
        c is None
        or claim.words  # (a whole it names: 是归母净利润的1.3倍 is no change)
        or c.concept is None
        or c.measure not in (CHANGE_PCT, CHANGE_QOQ_PCT, TIMES)
        or c.subject != claim.subject
        or c.period != claim.period
        or not 0 <= claim.start - c.end <= 12
    ):
        return None
    return c


def _from_to(a: Claim, b: Claim) -> bool:
    """``a`` is the "from" figure of a "from A to B" pair ending in ``b``: the same metric, an
    earlier period, printed inside B's quote or right before it."""
    inside = b.start <= a.start and a.end < b.end
    return (
        a.measure == VALUE
        and a.concept == b.concept
        and a.subject == b.subject
        and _earlier(a.period, b.period)
        and (inside or 0 <= b.start - a.end <= 12)
    )


def _same_length(a: Claim, b: Claim) -> bool:
    try:
        pa, pb = Period.parse(a.period or ""), Period.parse(b.period or "")
    except ValueError:
        return False
    return _SAME_LENGTH.get(pa.kind) == _SAME_LENGTH.get(pb.kind)


# (the quote may begin after the verb: 是|营收的1.08倍; the whole must then be a metric word)
def _as_difference(claim: Claim, article: list[Claim]) -> Claim:
    """A level printed after a compared figure inside one comparison is a difference (比二季度的
    7.26亿元少了约2亿元, 2 billion yuan less than the 7.26 billion of the second quarter): the
    claim as a change in amount, signed by its word (``verify.toml`` [difference])."""
    if not claim.printed or claim.unit not in ("CNY", "USD", "HKD"):
        return claim
    # (only a claim that starts inside the quote can be the base: those are looked up)
    inside = (
        [article[k] for k in article.starting_within(claim.start, claim.end)]
        if isinstance(article, ArticleClaims)
        else article
    )
    for base in inside:
        if (
            # (inside the claim's quote first: it rules out all but a few of the article's)
            not (claim.start <= base.start and base.end < claim.end)
            or base is claim
            or base.measure != VALUE
            or base.concept != claim.concept
            or base.period == claim.period
            or not _earlier(base.period, claim.period)
        ):
            continue
        at = claim.quote.rfind(claim.printed)
        between = claim.quote[base.end - claim.start : at].lower() if at >= 0 else ""
        for word, sign in _difference_words():
            if word in between:
                return claim.with_(measure=CHANGE_ABS, value=sign * abs(claim.value))
    return claim


@cache
def _difference_words() -> tuple[tuple[str, int], ...]:
    d = verify_data()["difference"]
    pairs = [(w.lower(), -1) for w in d["less"]] + [(w.lower(), 1) for w in d["more"]]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


# a fraction in words followed by "of" the whole (about half of the quarter's profit, a third of
# revenue): a portion, not a change; unless a word of change or "by" leads up to it
_OF_AFTER = re.compile(r"\s+of\s+(?:the|its|their|all|total|this|that)\b", re.I)
_CHANGE_BEFORE = re.compile(
    r"\b(?:by|rose|fell|grew|dropped|declined|shrank|slid|cut|down|up|increased|decreased|"
    r"jumped|slumped|plunged|lost|gained)\s*$",
    re.I,
)


def fraction_as_share(claim: Claim, article: list[Claim]) -> Claim:
    """A fraction said in words and followed by "of" a whole (non-recurring gains made up about
    half of the quarter's profit) that the reader took for a change: the level of a share, in
    %, its size."""
    if claim.measure != CHANGE_PCT or not claim.printed or any(map(str.isdigit, claim.printed)):
        return claim
    text = getattr(article, "text", "")
    if not text or not _OF_AFTER.match(text, claim.end):
        return claim
    if _CHANGE_BEFORE.search(
        words_before(claim, article, 16) + claim.quote[: claim.quote.find(claim.printed)]
    ):
        return claim
    return claim.with_(measure=VALUE, value=abs(claim.value))
