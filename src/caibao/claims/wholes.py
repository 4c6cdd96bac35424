"""A percentage or a multiple of a whole in ``claims.verify``: the figure just discussed over the
whole named beside it (ate up 57% of revenue, 占利润总额比重近98%, 是营收的1.08倍), a period's
share of its year (the fourth quarter accounted for 70% of the full-year profit)."""

from __future__ import annotations

import re
from functools import cache

from ..metrics import Computed, Metrics
from ..periods import Period, resolve
from .model import (
    CHANGE_PCT,
    CONTRADICTED,
    SHARE_PCT,
    SUPPORTED,
    TIMES,
    UNVERIFIABLE,
    VALUE,
    Claim,
    Verdict,
)
from .period_phrases import find_periods
from .verify_base import (
    HUNDRED,
    _agrees,
    _label,
    _lang,
    position,
    sentence_before,
    show,
    words_before,
)

_OF_WHOLE_EN = re.compile(
    r"\s*(?:per\s*cent|percent)?\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:year|quarter|period|half|company|group)['’]s\s+|total\s+|full-year\s+|annual\s+)*",
    re.I,
)

# (compiled once: these run for every claim)
_QUALIFIER_TAIL = re.compile(r"[\s约近逾超達达]+$")
_OF_WHOLE_ZH = re.compile(r"(?:相当于|相當於|占|佔|为|是)(?:公司)?(?:总)?$")
_SHARE_OF_YEAR = re.compile(r"(?:占|佔|相当于|相當於)(?:公司)?(?:全年|全年度|年度|当年|當年)$")
_WHOLE_YEAR = re.compile(r"(\d{4})FY")
_SUB_YEAR = re.compile(r"(\d{4})(?:Q[1-4]|H[12]|Q1-Q3)")
_FULL_YEAR = re.compile(r"full-year|annual|year['’]s", re.I)
_PROFITS = ("np_parent", "net_profit")
_PAYOUT_WORDS = re.compile(r"dividend|payout|pay-out|分红|派息|派现|现金红利|股息|股利", re.I)
_RATIO_TO = re.compile(r"(?:之比|的比值|的比率|比值)(?:为|為|是)?")
_SHARE_NOUN = re.compile(r"(?:比例|比重|占比|佔比)")
_MONEY = ("CNY", "USD", "HKD")


def _ratio_to_whole(claim: Claim, m: Metrics, article: list[Claim], kinds: dict):
    """A percentage of a whole named beside it (equivalent to 107% of revenue, ate up 57% of
    revenue, 相当于收入的91%) is the figure just discussed over that whole: the level printed
    right before it in the sentence, of another metric. A percentage of a figure of the same
    metric for another period (earnings were only about a quarter of the 5.57 billion yuan of the
    fourth quarter) is the claim's figure over that one. None when neither reading applies."""
    if claim.unit != "%" or claim.measure not in (VALUE, SHARE_PCT, CHANGE_PCT) or not claim.period:
        return None
    if kinds.get(claim.concept, "amount") == "ratio" and claim.printed:
        return _fraction_of_rate(claim, m, article)
    if kinds.get(claim.concept, "amount") != "amount" or not claim.printed:
        return None
    at = claim.quote.find(claim.printed)
    words = claim.words or ""
    if at < 0 or not words:
        return None
    if claim.measure == SHARE_PCT and not claim.segment:
        # 投资收益3亿元，占利润总额比重约20%: the claim's figure over the whole named after 占
        named = _SHARE_OF.search(claim.quote[:at])
        lex = _metric_words()
        word = lex.metrics_re.fullmatch(named["whole"].strip()) if named else None
        whole = lex.metric(word.group()).concept if word else None
        if whole is not None and whole != claim.concept:
            return _judge_ratio(claim, m.ratio_of(claim.concept, whole, claim.period))
    tail = claim.quote[at + len(claim.printed) :]
    of = _OF_WHOLE_EN.match(tail)
    named_after = of is not None and tail[of.end() :].lower().startswith(words.lower())
    head = _QUALIFIER_TAIL.sub("", claim.quote[:at])
    w = head.rfind(words + "的")
    named_before = w >= 0 and bool(_OF_WHOLE_ZH.search(head[:w]))
    if head.startswith(words) and _RATIO_TO.fullmatch(head[len(words) :]):
        # (销售商品收到的现金3.81亿元，与)营收之比约99%: the figure before over the whole
        named_before = True
    if w == 0 and _SHARE_NOUN.match(head[len(words) + 1 :]):
        # (分红14.82亿元，占)归母净利润的比例超过五成: the quote opens on the whole, the 占 is
        # before it, and 的比例/比重/占比 says a share of it
        named_before = True
    i = position(claim, article)
    if i is None:
        return None
    if named_after or named_before:
        for c in reversed(article[max(0, i - 3) : i]):
            if claim.start - c.end > 60:
                break
            if (
                c.measure == VALUE
                and c.unit in ("CNY", "USD", "HKD")
                and c.concept not in (None, claim.concept)
                and c.period == claim.period
                and c.subject == claim.subject
            ):
                got = m.ratio_of(c.concept, claim.concept, claim.period)
                return _judge_ratio(claim, got)
        if claim.concept in _PROFITS and _PAYOUT_WORDS.search(sentence_before(claim, article)):
            # the total payout …, equal to 53.4% of net profit: a share of the profit in a
            # sentence about the dividend is the payout ratio, whatever the figure before
            payout = [c for c in m.candidates("dividend_payout_ratio", claim.period)
                      if c.value is not None and not c.is_outlier]  # fmt: skip
            return _judge_ratio(claim, payout[0] if payout else None)
    # 第四季度营业收入1.63亿元，…，占全年营收的近三成: the whole's words open the quote after
    # 占全年, so the claim bears the year; the part is the same metric's figure just before, for
    # a span inside that year
    whole_year = _WHOLE_YEAR.fullmatch(claim.period)
    if (
        whole_year
        and head.startswith(words + "的")
        and _SHARE_OF_YEAR.search(words_before(claim, article))
    ):
        for c in reversed(article[max(0, i - 3) : i]):
            if claim.start - c.end > 60:
                break
            part = _SUB_YEAR.fullmatch(c.period or "")
            if (
                c.measure == VALUE
                and c.concept == claim.concept
                and c.unit in ("CNY", "USD", "HKD")
                and c.segment == claim.segment
                and part is not None
                and part[1] == whole_year[1]
            ):
                got = m.ratio_of(claim.concept, claim.concept, c.period, None, claim.period)
                return _judge_ratio(claim, got)
    # no other metric's level before it: the claim's own figure over its year's
    year = _SUB_YEAR.fullmatch(claim.period)
    if of is not None and year and _FULL_YEAR.search(of.group()) and claim.measure != CHANGE_PCT:
        # the fourth quarter accounted for 70% of the full-year profit: the part over the year
        got = m.ratio_of(claim.concept, claim.concept, claim.period, None, f"{year[1]}FY")
        return _judge_ratio(claim, got)
    # only about a quarter of the 5.57 billion yuan (the next claim, the same metric's figure)
    if i + 1 < len(article):
        c = article[i + 1]
        if (
            c.measure == VALUE
            and c.concept == claim.concept
            and c.unit in ("CNY", "USD", "HKD")
            and c.period not in (None, claim.period)
            and c.start - claim.end <= 20
            and _OF_WHOLE_EN.match(_after(claim, c, tail)) is not None
        ):
            got = m.ratio_of(claim.concept, claim.concept, claim.period, None, c.period)
            return _judge_ratio(claim, got)
    if (
        year
        and not tail.strip(" ,.;")
        and not claim.segment
        and claim.measure in (SHARE_PCT, VALUE)
        and "/" not in (claim.concept or "/")
    ):
        # fourth-quarter revenue represented about 36% (of the full-year total): a part of the
        # year's amount said in % (a share: an amount has no level in %), its whole left
        # unquoted, is a share of its year (a ratio the extractor named, sga_expense/revenue,
        # is not; without the year's figure the reading is left to the usual lookup)
        got = m.ratio_of(claim.concept, claim.concept, claim.period, None, f"{year[1]}FY")
        return _judge_ratio(claim, got) if got is not None else None
    return None


def _fraction_of_rate(claim: Claim, m: Metrics, article: list[Claim]) -> Verdict | None:
    """A rate said as a fraction in words of the same rate in another period printed right after
    it (return on equity was 4.91%, less than a quarter of the 20.13% it earned in 2021): the rate
    over its value in that period, from the store (a wrong earlier rate makes the comparison
    wrong whatever the article's own arithmetic says)."""
    if claim.measure != VALUE or any(ch.isdigit() for ch in claim.printed or "0"):
        return None
    i = position(claim, article)
    if i is None or i + 1 >= len(article):
        return None
    c = article[i + 1]
    tail = claim.quote[claim.quote.find(claim.printed) + len(claim.printed) :]
    between = getattr(article, "text", "")[claim.end : c.start] if c.start >= claim.end else ""
    if (
        c.measure != VALUE
        or c.concept not in (claim.concept, None)  # (a bare "of the 20.13%": the same rate)
        or c.unit != "%"
        or c.segment != claim.segment
        or c.period in (None, claim.period)
        or c.start - claim.end > 20
        or _OF_WHOLE_EN.match(between or _after(claim, c, tail)) is None
    ):
        return None
    got = m.ratio_of(claim.concept, claim.concept, claim.period, claim.segment, c.period)
    return _judge_ratio(claim, got)


def _after(claim: Claim, following: Claim, tail: str) -> str:
    """The words after the claim's number, read on in the following claim's quote when that one
    starts where the claim does (only about a quarter | of the 5.57 billion yuan)."""
    if tail or following.start != claim.start or not following.quote.startswith(claim.quote):
        return tail
    return following.quote[len(claim.quote) :]


def _judge_ratio(claim: Claim, got: Computed | None) -> Verdict:
    if got is None:
        return Verdict(UNVERIFIABLE, "The store lacks one of the two figures of the ratio.")
    probe = claim.with_(measure=VALUE)
    ok, _r = _agrees(probe, got)
    expected = show(got.value, "%", lang=_lang(claim))
    how = "printed" if got.formula == "printed" else f"computed as {got.formula}"
    return Verdict(
        SUPPORTED if ok else CONTRADICTED,
        f"{'Matches' if ok else 'The sources give'} {expected} ({how}, {_label(got)}).",
        expected,
        got.sources,
    )


_MULTIPLE_OF = re.compile(r"(?:是|为|相当于|相當於|^)(?P<whole>[^的，。是为]{1,12})的\s*$")


# 投资收益3178万元，占利润总额比重近98%: a share of a whole the sentence names
_SHARE_OF = re.compile(
    r"(?:占|佔|相当于|相當於)(?:公司)?(?P<whole>[^的，。占佔]{1,12}?)的?(?:比重|比例|比)?(?:为|达|约|近|逾|超|超过)?\s*$"
)


@cache
def _metric_words():
    from .lexicon import Lexicon

    return Lexicon()


def multiple_of_itself(claim: Claim, m: Metrics, article: list[Claim]) -> Verdict | None:
    """A bare multiple right after a figure, with a period of its own (合同负债829.42万元，是年初
    的11倍有余): that figure over its value in the multiple's period."""
    if claim.measure != TIMES or not claim.printed or not claim.quote.startswith(claim.printed):
        return None
    before = [c for c in article if c.end <= claim.start and claim.start - c.end <= 12]
    c = before[-1] if before else None
    if (
        c is None
        or c.measure != VALUE
        or c.concept is None
        or claim.concept not in (None, c.concept)
        or c.subject != claim.subject
        or not _before(claim.period, c.period)
    ):
        return None
    return _judge_times(claim, m.ratio_of(c.concept, c.concept, c.period, None, claim.period))


# a multiple whose whole is a period (是年初的近四倍, 为2022年的1.4倍): the same figure then
_OF_A_PERIOD = re.compile(
    # (长期借款增至年初的近6倍: a level that rose to a multiple of its level then)
    r"(?:是|为|為|相当于|相當於|增至|增加至|增加到|增长至|增长到|升至|攀升至|涨至|扩大至|扩大到)"
    r"(?P<p>[^是为為的，,。；]{2,8})的"
    r"(?:近|约|約|逾|超过|超|将近|接近|几乎|近乎|大约)?\s*$"
)


def multiple_of_named_period(
    claim: Claim, m: Metrics, article: list[Claim], segment: str | None = None
) -> Verdict | None:
    """A multiple of the same figure in an earlier period the sentence names as its whole
    (商誉增至221.89亿美元，是年初的近四倍; 经营活动现金流净额是2022年的1.4倍): the figure's level
    over its level then. The period reader may give the claim the named period (the whole's):
    its own is then the period of the figure it follows, or of the article's figures before it.
    ``segment``: the store's name of the claim's line (累计投资损失8.28亿美元，是上年同期的5倍多),
    whose figures before it are those of the same line."""
    if claim.measure != TIMES or not claim.printed or not claim.period:
        return None
    at = claim.quote.find(claim.printed)
    if at < 0:
        return None
    said = words_before(claim, article, 20) + claim.quote[:at]
    named = _OF_A_PERIOD.search(said)
    if named is None or _metric_words().metrics_re.search(named["p"]):
        return None  # (是上半年归母净利润的4倍: a metric's whole, _multiple_of_whole)
    try:
        whole = resolve(named["p"], context=Period.parse(claim.period))
    except ValueError:
        return None
    i = position(claim, article)
    if whole is None or i is None:
        return None
    concept, own, base = claim.concept, claim.period, str(whole)
    before = [c for c in reversed(article[max(0, i - 6) : i]) if c.measure == VALUE and c.period]
    # the figure the multiple follows in its sentence (商誉增至221.89亿美元，是年初的…)
    follows = next((c for c in before[:1] if claim.start - c.end <= 12 and c.concept), None)
    if follows is not None and segment is not None and follows.segment != claim.segment:
        follows = None  # (of another line: not the figure the multiple is of)
    if follows is not None and concept in (None, follows.concept):
        concept = follows.concept
    if concept is None:
        return None
    gave_whole = follows is not None and follows.concept == concept
    gave_whole = gave_whole and _before(claim.period, follows.period)
    tried = not gave_whole and _before(base, own)
    if tried:
        got = m.ratio_of(concept, concept, own, segment, base)
        if got is not None:
            return _judge_times(claim, got)
        # (…而年初仅为10.34亿元；其中长期借款增至年初的近6倍: the reader gave the claim the
        # opening date itself, and 年初 read from it is a year before: the claim's is the whole's)
    # the reader gave the claim the whole's period: its own is a later one of the same kind
    # (the figure it follows, else the latest of the article's figures just before); a
    # figure it follows of the whole's period is the whole (一季度净利润仅0.17亿美元，二季度
    # 净利润是一季度的15倍以上), and the claim's own period stands
    base = claim.period
    later = [c for c in before if _before(base, c.period) and _like(c.period, base)]
    mine = [
        c.period
        for c in later
        if c.concept == concept and (segment is None or c.segment == claim.segment)
    ]
    # (二季度归母净利润是一季度的15倍: the period the clause names before its verb)
    head = find_periods(said[: named.start()])
    named_own = resolve(head[-1][2], context=Period.parse(base)) if head else None
    if named_own is not None and _before(base, str(named_own)):
        mine = [str(named_own)]
    if not (mine or later):
        return _judge_times(claim, None) if tried else None
    own = (mine or [c.period for c in later])[0]
    return _judge_times(claim, m.ratio_of(concept, concept, own, segment, base))


def _like(a: str | None, b: str) -> bool:
    """Two periods of one kind: two balances, or two spans of the same length."""
    try:
        x, y = Period.parse(a or ""), Period.parse(b)
    except ValueError:
        return False
    return x.is_instant == y.is_instant and (x.is_instant or x.kind == y.kind)


# the period named between the verb and the whole (是上半年|归母净利润的4倍, 为去年同期|营收的2倍)
_PERIOD_OF_WHOLE = re.compile(
    r"(?:是|为|為|相当于|相當於|达到|達到|达|達)(?P<p>[^是为為达達]{2,8})$"
)


def _whole_period(claim: Claim, article: list[Claim]) -> str | None:
    """The period the article names right before the whole of a multiple, resolved against the
    claim's own (上半年 of a 2025Q3 claim: 2025H1), or None."""
    named = _PERIOD_OF_WHOLE.search(words_before(claim, article))
    if named is None or not claim.period:
        return None
    try:
        got = resolve(named["p"], context=Period.parse(claim.period))
    except ValueError:
        return None
    return str(got) if got is not None and str(got) != claim.period else None


def _before(first: str | None, second: str | None) -> bool:
    try:
        return Period.parse(first or "").end < Period.parse(second or "").end
    except ValueError:
        return False


def _judge_times(claim: Claim, got: Computed | None) -> Verdict:
    if got is None:
        return Verdict(UNVERIFIABLE, "The store lacks one of the two figures.")
    if claim.unit == "%":
        return _judge_ratio(claim, got)
    times, slack = got.value / HUNDRED, got.precision / HUNDRED
    ok = claim.with_(measure=VALUE).agrees(times, slack)
    expected = show(times, "times", lang=_lang(claim))
    return Verdict(
        SUPPORTED if ok else CONTRADICTED,
        f"{'Matches' if ok else 'The sources give'} {expected} (computed as "
        f"{got.formula.replace(' × 100', '')}, {_label(got)}).",
        expected,
        got.sources,
    )


# was about 1.2 times revenue, twice its net income: the whole a multiple is of, named after it
# (on the same line: a headline's multiple is not of the next line's first word)
_WHOLE_AFTER = re.compile(r"[ \t]+(?:(?:its|the|the\s+company['’]s)\s+)?", re.I)
# the company's name before the metric (1.2 times Xerox shareholders' equity)
_NAME_BEFORE_METRIC = re.compile(r"[A-Z][\w&.-]*\s+")


def multiple_of_metric_after(claim: Claim, m: Metrics, article: list[Claim]) -> Verdict | None:
    """A figure said as a multiple of another metric named right after the multiple (cash
    received from sales was about 1.2 times revenue): the one over the other, in times."""
    text = getattr(article, "text", "")
    if claim.concept is None or not claim.period or not text or claim.end >= len(text):
        return None
    if not claim.quote.endswith(("times", "x")):
        return None  # (English: 增长超两倍 扣非利润… is a headline's multiple, then its next part)
    gap = _WHOLE_AFTER.match(text, claim.end)
    word = gap and _metric_words().metrics_re.match(text, gap.end())
    name = None if word or not gap else _NAME_BEFORE_METRIC.match(text, gap.end())
    if name is not None:
        word = _metric_words().metrics_re.match(text, name.end())
    if not word:
        return None
    denominator = _metric_words().metric(word.group()).concept
    if denominator == claim.concept:
        return None  # (twice its year-ago revenue: a multiple of itself)
    return _judge_times(claim, m.ratio_of(claim.concept, denominator, claim.period))


def _multiple_of_whole(claim: Claim, m: Metrics, article: list[Claim]) -> Verdict | None:
    """One figure as a multiple of another (销售商品收到的现金201.47亿元，是营收的1.08倍) or a share of
    it (投资收益3178万元，占利润总额比重近98%), where the extractor names no metric: the figure
    just before over the whole the sentence names, in times or in %."""
    if claim.measure not in (TIMES, VALUE, SHARE_PCT) or not claim.printed or not claim.period:
        return None
    at = claim.quote.find(claim.printed)
    if at < 0:
        return None
    if claim.measure == TIMES:
        whole = _MULTIPLE_OF.search(claim.quote[:at])
        if whole is None and at == 0:
            # (相当于净利润的|1.2倍以上: the words of the whole stand before the quote, in its
            # clause)
            whole = _MULTIPLE_OF.search(words_before(claim, article, 20))
            verb = whole is not None and whole.group().startswith(("是", "为", "相当于", "相當於"))
            whole = whole if verb else None
        if whole is None and claim.quote.startswith(claim.printed):
            # the quote is the multiple alone (是年初的|11倍有余): its period names the whole
            return multiple_of_itself(claim, m, article)
    elif claim.unit == "%":
        whole = _SHARE_OF.search(claim.quote[:at])
    else:
        return None
    if whole is None:
        return None
    lex = _metric_words()
    word = lex.metrics_re.fullmatch(whole["whole"].strip())
    denominator = lex.metric(word.group()).concept if word else None
    i = position(claim, article)
    if i is None:
        return None
    if claim.measure == TIMES and denominator is not None:
        # (the period may be the claim's own, when the reader gave it the whole's)
        of_period = _whole_period(claim, article) or claim.period
        if of_period:
            # 归母净利润2829万元…单季利润已是上半年归母净利润的4倍多: the figure before over the
            # same metric in the period named with the whole
            for c in reversed(article[max(0, i - 3) : i]):
                if claim.start - c.end > 40:
                    break
                if (
                    c.measure == VALUE
                    and c.concept == denominator
                    and c.period != of_period
                    and _before(of_period, c.period)
                ):
                    return _judge_times(claim, m.ratio_of(c.concept, denominator, c.period,
                                                          None, of_period))  # fmt: skip
    for c in reversed(article[max(0, i - 2) : i]):
        if c.measure != VALUE or c.concept is None or claim.start - c.end > 20:
            continue
        if denominator is None:
            # 合同负债829.42万元，是年初的11倍有余: the whole is a period, not a metric — the
            # figure before over its own value then (the claim carries that period)
            if c.period in (None, claim.period) or claim.measure != TIMES:
                continue
            got = m.ratio_of(c.concept, c.concept, c.period, None, claim.period)
        elif (
            c.concept != denominator
            and c.period == claim.period
            and (c.unit in _MONEY) == (lex.kinds.get(denominator, "amount") == "amount")
        ):
            # 销售费用3.54亿元，销售费用率60.4%，是研发费用的12倍: a multiple of an amount is of
            # the amount before it, not of the rate between
            got = m.ratio_of(c.concept, denominator, claim.period)
        else:
            continue
        return _judge_times(claim, got)
    return None
