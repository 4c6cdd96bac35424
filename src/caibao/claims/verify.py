"""Verification: each claim against the store (every source, with provenance) and against the
article's own arithmetic.

Verdicts (``claims.model``):
- ``supported``: every source the store has for the figure agrees within the printed precision
  (a last-digit difference in a printed rate is reported as rounding), qualifier included; or,
  when the store has nothing, the article's own figures give it (growth from the two levels it
  prints, an increase from a level and a growth rate, a share from the part and the total);
- ``contradicted``: the sources (or the article's own figures) give another value;
- ``sources_disagree``: some sources agree and some do not (an outlier that the store's own growth
  and prior-year figures contradict does not count, and is named in the reason);
- ``misleading``: "growth" of a loss or an outflow (the loss narrowed), a 倍 that reads true one way
  and false the other (增长6倍: +600% or 6× the level?), a change in a rate given in % when the
  sources give it in percentage points;
- ``unverifiable``: about another company, an unknown metric or segment, or nothing to compare.

The grammar of comparisons it reads from the claims around a claim (wording in ``verify.toml``):
a change printed beside a compared figure of an earlier period is measured from that period (41%
below the 838.7 million yuan earned in the first quarter; 较二季度的107.9亿元环比腰斩有余; 与2020年的
415亿元相比缩水逾七成), a level after a compared figure inside one comparison is their difference
(比二季度的7.26亿元少了约2亿元), a percentage of a whole named beside it is the figure before over
that whole (ate up 57% of revenue, 是营收的1.08倍, only about a quarter of the 5.57 billion yuan),
a size with a word of outflow or loss is negative (used 178.0 million yuan), a threshold crossed
compares the level (跌破千亿), and a streak is checked year by year (连续三年下滑). An English
article's expected values are printed in English scale words and the fact's currency.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from importlib import resources

from ..metrics import Computed, Metrics
from ..metrics.computed import TURNED_LOSS, TURNED_PROFIT
from ..metrics.definitions import definitions, shares_of
from .cash_flow_periods import (
    _cash_flow_to_date,
    _own_words,
    _quarter_named,
    _year_of_fourth_quarter,
    per_quarter_period,
    to_date_figure,
)
from .currency_effects import currency_effect
from .current_rates import said_as_current
from .growth_gaps import growth_fraction, growth_gap
from .lexicon import alternatives, market_concepts, segment_in_chinese
from .model import (
    CHANGE_PCT,
    CHANGE_PP,
    CHANGE_QOQ_PCT,
    CONTRADICTED,
    MISLEADING,
    OTHER,
    RANK,
    SHARE_PCT,
    SOURCES_DISAGREE,
    SUPPORTED,
    TIMES,
    UNVERIFIABLE,
    VALUE,
    Claim,
    Verdict,
    verify_data,
)
from .multiples import _times, increase_reading
from .own_arithmetic import _internal
from .period_fractions import fraction_of_named_period
from .printed_lines import outflows_as_paid, segment_in_english
from .restated_growth import growth_on_printed_levels
from .segment_shares import share_of_segment
from .signs import (
    _CASH_FLOWS,
    _LOSS_WORDS,
    _SIGN_WORDS_CASH,
    _SIGN_WORDS_PROFIT,
    _level_of_threshold,
    _sign_verdict,
    _signed,
    direction_of_level,
    signed_like_before,
    size_of_loss_line,
)
from .verify_base import (
    HUNDRED,
    _agrees,
    _compatible,
    _label,
    _lang,
    _lookup,
    position,
    sentence_before,
    show,
    words_before,
)
from .verify_bases import (
    _QOQ_BEFORE,
    _as_difference,
    _borrow_metric,
    _compared_base,
    _earlier,
    _named_base,
    _own_period_before_base,
    _percent_before_level,
    fraction_as_share,
    year_ago_balance,
)
from .verify_share_words import rate_of_earlier_figure
from .verify_years import _over_years, _streak
from .wholes import (
    _multiple_of_whole,
    _ratio_to_whole,
    multiple_of_itself,
    multiple_of_metric_after,
    multiple_of_named_period,
)

# (compiled once: these run for every claim)


def _strict_bound(claim: Claim) -> Claim:
    """A bound said on a number in words (more than doubled, down by more than a third, 超过翻倍)
    is exact: "more than doubled" is above +100%, and +95.7% has not doubled; -31.9% is not
    down by more than a third. The word's usual slack (doubled: about +100%) is for the word
    alone; a bound the word carries itself (腰斩: down by about half) keeps it."""
    if (
        claim.qualifier not in ("more_than", "less_than")
        or claim.measure not in (CHANGE_PCT, CHANGE_QOQ_PCT)
        or not claim.printed
        or any(ch.isdigit() for ch in claim.printed)
    ):
        return claim
    at = claim.quote.rfind(claim.printed)
    before = claim.quote[:at].rstrip().lower() if at > 0 else ""
    if not before.endswith(_bound_words()[claim.qualifier]):
        return claim
    return claim.with_(precision=Decimal(0))


# per-share earnings a US filer's release adjusts (its 10-Q prints only the GAAP figures)
_NON_GAAP_CONCEPTS = frozenset(("eps_basic", "eps_diluted", "eps"))


def _non_gaap(claim: Claim, article: list[Claim]) -> bool:
    """Whether a US filer's (a ticker, not an A-share's six digits: 调整后 there restates a
    prior year) figure is called adjusted/non-GAAP right before it (verify.toml [non_gaap])."""
    if not claim.subject or claim.subject.isdigit():
        return False
    text = getattr(article, "text", "")
    before = text[max(0, claim.start - 24) : claim.start] if text else ""
    # in the clause of the figure only (经调整每股收益为0.59美元，每股收益为0.63美元: the second is GAAP)
    before = (
        _CLAUSE_BREAK.split(before)[-1] + claim.quote[: max(0, claim.quote.find(claim.printed))]
    )
    if any(w in before.lower() for w in verify_data()["non_gaap"]["words"]):
        return True
    # (剔除重组费用等特殊项目后，美铝每股亏损0.26美元; Excluding items, it earned 26 cents: a lead
    # clause that takes items out adjusts the figures of the clause after it)
    return bool(text) and _ADJUSTING_LEAD.search(text, max(0, claim.start - 60), claim.start)


_CLAUSE_BREAK = re.compile(r"[，,；;。:：!?！？]|\.\s")
_ADJUSTING_LEAD = re.compile(
    r"(?:(?:剔除|扣除|不计|不含|排除)[^，,；;。]{0,16}?(?:特殊|一次性|特别)(?:项目|因素|开支|费用|损益)后?"
    r"|(?i:\b(?:excluding|before|not\s+counting)\s+(?:[a-z-]+\s+){0,3}?items))"
    r"\s*[，,][^，,；;。]*$"
)


@cache
def _bound_words() -> dict[str, tuple[str, ...]]:
    """Qualifier → the words that say it before a number (``lexicon.toml`` [qualifiers])."""
    text = resources.files(__package__).joinpath("lexicon.toml").read_text(encoding="utf-8")
    words = tomllib.loads(text)["qualifiers"]
    return {q: tuple(w.lower() for w in words[q]) for q in ("more_than", "less_than")}


def verify(claim: Claim, m: Metrics | None, article: list[Claim], kinds: dict) -> Verdict:
    """The verdict on one claim (``article``: all the article's claims, for its arithmetic)."""
    claim = _strict_bound(claim)
    if claim.subject == OTHER:
        return Verdict(UNVERIFIABLE, "The sentence is about another company, not the one checked.")
    if m is None or claim.subject is None:
        return Verdict(UNVERIFIABLE, "No company in the store to check it against.")
    if claim.forecast:
        return Verdict(
            UNVERIFIABLE,
            "A forecast or target (预计/目标/expects/consensus), not a reported figure: the "
            "reports' actuals neither support nor contradict it.",
        )
    if claim.concept in _NON_GAAP_CONCEPTS and _non_gaap(claim, article):
        return Verdict(
            UNVERIFIABLE,
            "An adjusted (non-GAAP) figure from the results release: the filing's statements "
            "do not carry it, so they neither support nor contradict it.",
        )
    if currency_effect(claim, getattr(article, "text", "")):
        return Verdict(
            UNVERIFIABLE,
            "A currency's effect on a change, or the change without it (constant currency): "
            "the statements print only the whole change.",
        )
    if claim.concept in market_concepts():
        return Verdict(
            UNVERIFIABLE,
            "A market figure (share price, market value, valuation): financial reports do not "
            "carry it.",
        )
    if claim.concept is None:
        claim = _borrow_metric(claim, article)
    if claim.concept is None:
        multiple = multiple_of_named_period(claim, m, article)
        multiple = multiple or _multiple_of_whole(claim, m, article)
        if multiple is None and claim.measure == TIMES:
            # fees of $3.05 billion were 2.5 times the $1.20 billion: the article's own figures
            multiple = _internal(claim, article)
        if multiple is not None:
            return multiple
        return Verdict(UNVERIFIABLE, "The metric this number measures is not recognised.")
    if claim.period is None:
        return Verdict(UNVERIFIABLE, "The period this number is about is not clear.")
    if claim.measure.startswith("streak_"):
        return _streak(claim, m)
    claim = per_quarter_period(claim)
    if claim.segment is None and claim.period[-2:] in ("Q2", "Q3"):
        moved = to_date_figure(claim, m)
        if moved is not None:
            v = verify(moved, m, article, kinds)
            if not _quarter_named(_own_words(claim, article)):
                reason = (
                    f"As the year to date {moved.period} (no figure for {claim.period} alone): "
                )
                return Verdict(v.verdict, reason + v.reason, v.expected, v.sources)
            if v.verdict == SUPPORTED:
                # third-quarter selling expenses of 4.77 billion yuan, the January–September
                # figure: the figure of the wrong period
                return Verdict(CONTRADICTED, f"The reports give no figure for {claim.period} "
                               f"alone: the figure is the year to date {moved.period}'s "
                               f"({v.reason})", v.expected, v.sources)  # fmt: skip
    claim = fraction_as_share(claim, article)
    if claim.unit == "%" and kinds.get(claim.concept, "amount") == "amount":
        fraction = fraction_of_named_period(claim, m, article)
        if fraction is not None:
            return fraction
    ratio = _ratio_to_whole(claim, m, article, kinds)
    if ratio is not None:
        return ratio
    segment = None
    if claim.segment:
        # a share's segment is named where the figure it is a share of is (revenue_share: revenue)
        named_by = shares_of().get(claim.concept, claim.concept)
        d = definitions().get(named_by)
        if d is not None and d.numerators and not m.segments(named_by):
            # a ratio's segment is named where its parts are (AWS operating margin: operating
            # profit and revenue of AWS)
            named_by = d.numerators[0]
        segment = m.segment_name(claim.segment, named_by)
        if segment is None and claim.segment.isascii():
            # an English article's segment, under the Chinese name the reports print
            chinese = segment_in_chinese(claim.segment)
            segment = m.segment_name(chinese, named_by) if chinese else None
        elif segment is None:
            # a Chinese article's segment of a US filer, in the words its English name renders
            segment = segment_in_english(claim.segment, m.segments(named_by))
        if segment is None:
            # a segment the filing gives whole statements of (Textron's Finance group) but no
            # operating income: what it lost or earned is its bottom line (``[segment_stand_in]``)
            for other in _segment_stand_ins().get(claim.concept or "", ()):
                segment = m.segment_name(claim.segment, other)
                if segment is not None:
                    claim = claim.with_(concept=other)
                    break
        if segment is not None and claim.measure == SHARE_PCT:
            # 占医药工业收入的比重达81.09%: the share of another segment, the part named before
            of_segment = share_of_segment(claim, m, article, segment, named_by)
            if of_segment is not None:
                return of_segment
        if segment is None:
            if claim.measure == TIMES:
                return _times(claim, None, None, article)
            inner = _internal(claim, article)
            if inner is not None:
                return inner
            return Verdict(
                UNVERIFIABLE, f"The store has no figures for the segment {claim.segment}."
            )
    if kinds.get(claim.concept, "amount") == "amount":
        as_change = _percent_before_level(claim, article)
        if as_change is not claim:
            # its direction is in no word the extraction knows (cratered 34% to $27.2 billion):
            # the size is the claim, the sign the sources'
            got = _lookup(m, claim.concept, claim.period, segment, CHANGE_PCT)
            down = bool(got) and got[0].value is not None and got[0].value < 0
            claim = as_change.with_(value=-abs(claim.value) if down else abs(claim.value))
    claim = _level_of_threshold(signed_like_before(_signed(claim), article))
    if claim.measure == CHANGE_PCT and _QOQ_BEFORE.search(words_before(claim, article)):
        # Q2营收79.57亿元，同比+16.8%，环比+16.1%: the word of the base stands before the quote
        claim = claim.with_(measure=CHANGE_QOQ_PCT)
    if claim.measure == VALUE:
        claim = _as_difference(claim, article)
    claim = _own_period_before_base(claim, article)
    compared = _compared_base(claim, article) or _named_base(claim, article)
    compared = compared or year_ago_balance(claim, article, m)
    if compared is not None:
        rate = kinds.get(claim.concept) == "ratio"
        return _change_from(claim, compared, m, segment, article, rate)
    if claim.measure == RANK:
        return _rank(claim, m, segment)
    if claim.measure == CHANGE_PCT:
        span = _over_years(claim, m, segment)
        if span is not None:
            return span
    if claim.measure == TIMES:
        if m is not None and not m.candidates(claim.concept, claim.period):
            # 短期债务激增6倍 of a filer that prints its short-term debt as DebtCurrent: the
            # multiple of the concept that stands in for it (``[stand_in]``)
            held = (
                s
                for s in _stand_ins().get(claim.concept or "", ())
                if m.candidates(s, claim.period)
            )
            claim = claim.with_(concept=next(held, claim.concept))
        # 经营活动现金流72.74亿美元，约为2022年的3.6倍: a bare multiple whose period is earlier
        # than the figure just before is that figure over its value then
        itself = None
        if segment is None:
            itself = multiple_of_metric_after(claim, m, article)
            itself = itself or multiple_of_named_period(claim, m, article)
            itself = itself or multiple_of_itself(claim, m, article)
        else:
            itself = multiple_of_named_period(claim, m, article, segment)
        return itself or _times(claim, m, segment, article)

    if claim.measure == CHANGE_PCT:
        sign = _sign_verdict(claim, m, segment)
        if sign is not None:
            return sign
    if claim.measure == CHANGE_PCT and kinds.get(claim.concept) == "ratio":
        pp = _lookup(m, claim.concept, claim.period, segment, CHANGE_PP)
        if pp and pp[0].value is not None and abs(pp[0].value - claim.value) <= claim.precision * 2:
            return Verdict(
                MISLEADING,
                "A change in a rate is given in % where the sources give percentage points.",
                show(pp[0].value, "pp", lang=_lang(claim)),
                pp[0].sources,
            )
    fraction = growth_fraction(claim, m, article, segment)
    if fraction is not None:
        return fraction  # (销售和管理费用的降幅已接近收入降幅的一半)
    if claim.measure == CHANGE_PP and kinds.get(claim.concept, "amount") != "ratio":
        gap = growth_gap(claim, m, article, segment)
        if gap is not None:
            return gap
        # 归母净利润同比下降46.39个百分点: an amount's change in points, where reports give %
        pct = _lookup(m, claim.concept, claim.period, segment, CHANGE_PCT)
        if pct and pct[0].value is not None:
            same = abs(pct[0].value - claim.value) <= claim.precision * 2
            return Verdict(
                MISLEADING if same else CONTRADICTED,
                "A change in an amount is given in percentage points where the sources give %.",
                show(pct[0].value, "%", lang=_lang(claim)),
                pct[0].sources,
            )

    cands = [
        c
        for c in _lookup(m, claim.concept, claim.period, segment, claim.measure)
        if _compatible(claim, c)
    ]
    if not cands:
        to_date = _cash_flow_to_date(claim, m, segment)
        if to_date is not None:
            said, (claim, cands) = claim.period, to_date
            v = _judge(claim, cands, m, segment)
            if v.verdict == SUPPORTED and _quarter_named(_own_words(claim, article)):
                # 二季度经营活动现金流111.07亿美元, where 111.07 is the first half's: the figure
                # of the wrong period
                return Verdict(CONTRADICTED, f"The reports give no cash flow for {said} alone: "
                               f"the figure is the year to date {claim.period}'s ({v.reason})",
                               v.expected, v.sources)  # fmt: skip
            reason = f"As the year to date {claim.period} (no cash-flow figure for {said}): "
            return Verdict(v.verdict, reason + v.reason, v.expected, v.sources)
        year = _year_of_fourth_quarter(claim, m, segment)
        if year is not None and not _quarter_named(_own_words(claim, article)):
            v = _judge(year[0], year[1], m, segment)
            if v.verdict == SUPPORTED:
                reason = f"As the year {year[0].period} (no figure for {claim.period} alone): "
                return Verdict(v.verdict, reason + v.reason, v.expected, v.sources)
    if (
        not cands
        and segment is not None
        and claim.unit == "%"
        and claim.measure in (VALUE, SHARE_PCT)
        and kinds.get(claim.concept, "amount") == "amount"
    ):
        # AWS贡献了公司全部营业利润的186%, 39 percent of all revenue: a segment's amount in % is
        # its share of the company's total
        share = m.share_of_total(claim.concept, claim.period, segment)
        if share is not None:
            return _judge_share(claim, share)
    if not cands:
        inner = _internal(claim, article)
        if inner is not None:
            return inner
        held = _as_alternative(claim, m, segment) or _as_only_variant(claim, m, segment)
        if held is not None:
            return held
        as_rate = rate_of_earlier_figure(claim, m, article)
        if as_rate is not None:
            v = _judge(as_rate[0], as_rate[1], m, None)
            return Verdict(v.verdict, f"As {as_rate[0].concept}: {v.reason}", v.expected, v.sources)
        what = f"{claim.concept}" + (f" ({claim.segment})" if claim.segment else "")
        measure = "" if claim.measure == VALUE else f" {claim.measure}"
        return Verdict(UNVERIFIABLE, f"The store has no {what}{measure} for {claim.period}.")

    cands = outflows_as_paid(claim, cands)

    # (what is said around the claim matters only to a restated per-share figure: worked out then)
    def said() -> tuple[str, Decimal | None]:
        return words_before(claim, article, 30) + claim.quote, _later_figure(claim, article)

    verdict = _judge(claim, cands, m, segment, said)
    if verdict.verdict == CONTRADICTED:
        # 累计投资损失8.28亿美元: the size of a line of losses, filed negative
        sentence = sentence_before(claim, article, 60) + claim.quote
        size = size_of_loss_line(claim, segment, cands, sentence)
        verdict = _judge(size, cands, m, segment, said) if size is not None else verdict
    if (
        verdict.verdict == SUPPORTED
        and claim.measure == CHANGE_PCT
        and kinds.get(claim.concept) == "ratio"
        and claim.qualifier in (None, "approx", "reached")
        and any(map(str.isdigit, claim.printed or ""))
    ):
        # (dipped below 80%: a bound on the level, not a change said in %)
        # 营业利润率由40.2%升至49.9%，提升了24% (增幅达24%): a rate's change said as its relative change in %
        # reads as points (9.7 here); halved, fell by a third (in words) say the relative change
        return Verdict(
            MISLEADING,
            "A change in a rate is given as its relative change in %, where a rate's change is "
            f"said in percentage points ({verdict.reason})",
            verdict.expected,
            verdict.sources,
        )
    if verdict.verdict == CONTRADICTED:
        on_levels = growth_on_printed_levels(claim, cands, m, segment)
        if on_levels is not None:
            return on_levels
    if verdict.verdict == CONTRADICTED and not _level_fixes_concept(claim, m, segment, article):
        # a loose word ("净利润", "net profit") may mean a neighbouring concept (净利润 including
        # minority interests): if that one holds, the claim holds, and the reason says which
        held = _as_alternative(claim, m, segment)
        if held is not None:
            return held
    return said_as_current(claim, direction_of_level(claim, m, segment, verdict))


def _judge_share(claim: Claim, got: Computed) -> Verdict:
    ok, _r = _agrees(claim.with_(measure=VALUE), got)
    expected = show(got.value, "%", lang=_lang(claim))
    return Verdict(
        SUPPORTED if ok else CONTRADICTED,
        f"{'Matches' if ok else 'The sources give'} {expected} (computed as {got.formula}, "
        f"{_label(got)}).",
        expected,
        got.sources,
    )


def _change_from(
    claim: Claim, base: Claim, m: Metrics, segment, article=(), rate: bool = False
) -> Verdict:
    """A change against the figure the article compares with, in the store's figures (``rate``:
    the claim's concept is a rate, whose change in % may be meant in points)."""
    measure = "times" if claim.measure == TIMES else claim.measure
    if measure == CHANGE_QOQ_PCT:
        measure = CHANGE_PCT
    cands = m.change_between(claim.concept, claim.period, base.period, segment, measure)
    if not cands:
        return Verdict(
            UNVERIFIABLE,
            f"The store has no {claim.concept} for both {claim.period} and {base.period} to "
            f"measure the change from.",
        )
    c = cands[0]
    if measure == "times":
        ok = claim.agrees(c.value, c.precision)
        expected = f"{c.value:.2f}×"
        either = None if ok or c.value is None else increase_reading(claim, article, c.value)
        if either is not None:
            return Verdict(either.verdict, either.reason, either.expected, c.sources)
    else:
        ok, _r = _agrees(claim, c)
        expected = show(c.value, c.unit, claim.scale, _lang(claim))
    reason = (
        f"{claim.period} against {base.period}: {expected} (computed as {c.formula}, {_label(c)})."
    )
    if (
        ok
        and measure == CHANGE_PCT
        and rate
        and claim.qualifier in (None, "approx")
        and any(map(str.isdigit, claim.printed or ""))
    ):
        # (3.53 percent of loans, up 50 percent from 2.36 percent: a rate's relative change in
        # %, misleading as it is without a named base, where a rate's change is said in points)
        return Verdict(
            MISLEADING,
            "A change in a rate is given as its relative change in %, where a rate's change "
            f"is said in percentage points (Matches {reason})",
            expected,
            c.sources,
        )
    if not ok and measure == CHANGE_PCT and rate:
        # (4.28 percent of loans, up almost 1 percent from 3.31 percent: a rate's change in
        # points given in %)
        pp = m.change_between(claim.concept, claim.period, base.period, segment, CHANGE_PP)
        if pp and pp[0].value is not None and abs(pp[0].value - claim.value) <= claim.precision * 2:
            return Verdict(
                MISLEADING,
                "A change in a rate is given in % where the sources give percentage points.",
                show(pp[0].value, "pp", lang=_lang(claim)),
                pp[0].sources,
            )
    if not ok and measure != "times":
        # (Total Prudential Financial equity jumped 34.5% to $18.07 billion from $13.4 billion:
        # a loose word's neighbouring concept, as for the levels, ``_as_alternative``)
        for other in _alternative_concepts(claim):
            alt = m.change_between(other, claim.period, base.period, segment, measure)
            if alt and alt[0].value is not None and _agrees(claim, alt[0])[0]:
                a = alt[0]
                shown = show(a.value, a.unit, claim.scale, _lang(claim))
                return Verdict(SUPPORTED, f"As {other}: Matches {claim.period} against "
                               f"{base.period}: {shown} (computed as {a.formula}, {_label(a)}).",
                               shown, a.sources)  # fmt: skip
    return Verdict(SUPPORTED if ok else CONTRADICTED, ("Matches " if ok else "The sources give ")
                   + reason, expected, c.sources)  # fmt: skip


@cache
def _stand_ins() -> dict[str, tuple[str, ...]]:
    """Concept → the ones that stand in when the store has none of it (``[stand_in]``)."""
    data = verify_data().get("stand_in", {})
    return {k: (v,) if isinstance(v, str) else tuple(v) for k, v in data.items()}


@cache
def _segment_stand_ins() -> dict[str, tuple[str, ...]]:
    """Concept → the ones that stand in for a segment the store has none of it for
    (``[segment_stand_in]``)."""
    return {k: tuple(v) for k, v in verify_data().get("segment_stand_in", {}).items()}


# the words of a comparison's base in a per-share claim's quote, and the words that flag a
# figure as the one first published (2023年年报披露的2.90元, as originally reported)
_MIXED_BASE = re.compile(
    r"\bcompared\s+with\b|\bcompared\s+to\b|\bversus\b|\bvs\.?\s|\bagainst\b|\bfrom\b|"
    r"上年同期为|上年为|去年同期为|较|比",
    re.I,
)
_AS_PUBLISHED = re.compile(r"披露|公布|originally|as reported|as published|first reported", re.I)


def _later_figure(claim: Claim, article: list[Claim]) -> Decimal | None:
    """The value of the same metric's figure for a later period printed just before the claim
    (2.63 yuan, compared with 2.90 yuan in 2023: 2.63), or None."""
    i = position(claim, article)
    for c in reversed(article[max(0, (i or 0) - 3) : i or 0]):
        if claim.start - c.end > 60:
            break
        if c.concept == claim.concept and c.measure == VALUE and _earlier(claim.period, c.period):
            return c.value
    return None


@cache
def _either() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Concept → (the other variant, words that name the claim's own) (``[either]``)."""
    data = verify_data().get("either", {})
    return {k: (v["other"], tuple(v.get("unless", ()))) for k, v in data.items()}


def _alternative_concepts(claim: Claim) -> list[str]:
    """The neighbouring concepts a loose word may mean (``[alternatives]``, ``[either]``)."""
    others = list(alternatives().get((claim.words or "").lower(), ()))
    either = _either().get(claim.concept or "")
    if either and either[0] not in others:
        said = f"{claim.words or ''} {claim.quote}".lower()
        if not any(w in said for w in either[1]):
            others.append(either[0])  # EPS not called basic or diluted: either
    return others


def _level_fixes_concept(claim: Claim, m: Metrics, segment, article: list[Claim]) -> bool:
    """Whether a change's own level, said with it (net income rose 7.1% to $675 million), is
    the figure of the claim's first concept: the word means that concept, not a neighbour."""
    if claim.measure != CHANGE_PCT:
        return False
    level = next(
        (
            c
            for c in article
            if c.start == claim.start
            and c.end > claim.end
            and c.measure == VALUE
            and c.concept == claim.concept
            and c.period == claim.period
            and c.value
        ),
        None,
    )
    if level is None:
        return False
    cands = m.candidates(claim.concept, claim.period, segment)
    return any(
        c.value is not None and abs(c.value - level.value) <= abs(level.value) * Decimal("0.005")
        for c in cands
    )


def _as_alternative(claim: Claim, m: Metrics, segment) -> Verdict | None:
    """Supported under a neighbouring concept a loose word may mean (``[alternatives]``), or
    None: tried when the first meaning is contradicted or has no figures."""
    others = _alternative_concepts(claim)
    stand_ins = _stand_ins().get(claim.concept or "", ())
    if stand_ins and not m.candidates(claim.concept, claim.period):
        others.extend(s for s in stand_ins if s not in others)
    for other in others:
        alt = [c for c in _lookup(m, other, claim.period, segment, claim.measure)]
        alt = [c for c in alt if _compatible(claim, c)]
        if alt:
            second = _judge(claim.with_(concept=other), alt, m, segment)
            if second.verdict == SUPPORTED:
                return Verdict(SUPPORTED, f"As {other}: {second.reason}", second.expected,
                               second.sources)  # fmt: skip
    return None


def _as_only_variant(claim: Claim, m: Metrics, segment) -> Verdict | None:
    """A figure not called either variant (``[either]``: earnings per share not called basic or
    diluted) judged by the other, where the filing prints only that one for the period (one
    "basic and diluted" figure): held or not, as that figure says; None otherwise."""
    either = _either().get(claim.concept or "")
    said = f"{claim.words or ''} {claim.quote}".lower()
    if either is None or any(w in said for w in either[1]):
        return None
    other = [c for c in _lookup(m, either[0], claim.period, segment, claim.measure)]
    other = [c for c in other if _compatible(claim, c)]
    if not other:
        return None
    v = _judge(claim.with_(concept=either[0]), other, m, segment)
    return Verdict(v.verdict, f"As {either[0]}: {v.reason}", v.expected, v.sources)


def _judge(
    claim: Claim, cands: list[Computed], m: Metrics, segment, said: Callable | None = None
) -> Verdict:
    """The verdict on the candidates; ``said()`` gives the claim's clause up to its end (its quote
    and the words before it), where a comparison's base is named, and the value of the same
    metric's figure for a later period just before it in the article (the one it is compared
    with)."""
    good = [c for c in cands if not c.is_outlier and c.value is not None]
    outliers = [c for c in cands if c.is_outlier]
    sign_notes = [c for c in cands if c.value is None and c.note]
    if not good and sign_notes and claim.measure == CHANGE_PCT:
        note = sign_notes[0].note
        what = _SIGN_WORDS_CASH if claim.concept in _CASH_FLOWS else _SIGN_WORDS_PROFIT
        meaning = next((v for k, v in what.items() if note.startswith(k)), note)
        # a rise said of a figure that turned from profit to loss (inflow to outflow), or a fall
        # of one that turned to a profit, asserts the wrong direction: false, not just loose
        wrong_way = (note.startswith(TURNED_LOSS) and claim.value > 0) or (
            note.startswith(TURNED_PROFIT) and claim.value < 0
        )
        wrong_way = wrong_way and not (claim.words and _LOSS_WORDS.search(claim.words))
        return Verdict(
            CONTRADICTED if wrong_way else MISLEADING,
            f"A change across zero is not a percentage: the figure {meaning} ({note}); the "
            "reports print 不适用.",
            note,
            sign_notes[0].sources,
        )
    if not good:
        note = cands[0].note or "no value"
        return Verdict(UNVERIFIABLE, f"The sources give no percentage here ({note}).", None,
                       cands[0].sources)  # fmt: skip
    results = [(c, *_agrees(claim, c)) for c in good]
    agree = [c for c, ok, _r in results if ok]
    rounding = any(r for _c, ok, r in results if ok)
    # (one candidate's sources are the tuple itself)
    sources = cands[0].sources if len(cands) == 1 else tuple(s for c in cands for s in c.sources)
    first = agree[0] if agree else good[0]
    lang = _lang(claim)
    expected = show(first.value, first.unit, claim.scale, lang)
    tail = ""
    if outliers:
        tail = f" ({_label(outliers[0])} prints {show(outliers[0].value, outliers[0].unit, claim.scale, lang)}, which the other figures contradict)"  # noqa: E501
    how = "printed" if first.formula == "printed" else f"computed as {first.formula}"
    # the company's later figure (调整后, or a later report's column) supersedes its earlier one
    # (the figures that do not agree, read off ``results``: equal figures agree alike, so this is
    # ``c not in agree`` without comparing every pair of figures field by field)
    disagree = [c for c, ok, _r in results if not ok]
    old = [c for c in disagree if m.superseded(c, good)]
    if agree and disagree and len(old) == len(disagree):
        first_reported = show(old[0].value, old[0].unit, claim.scale, lang)
        return Verdict(SUPPORTED, f"Matches the restated {expected} ({_label(first)}; first "
                       f"reported as {first_reported}).", expected, sources)  # fmt: skip
    # (with no figure that disagrees there is no later one to name: the test is skipped)
    if agree and disagree and all(m.superseded(c, good) for c in agree):
        now_c = next((c for c in disagree if not m.superseded(c, good)), None)
        if now_c is not None:
            now = show(now_c.value, now_c.unit, claim.scale, lang)
            if now_c.unit.endswith("/share"):
                # a per-share figure a later report restates is re-based on a new share count
                # (a bonus issue or a split: 2.48元 becomes 1.90元 after 10转3), not corrected:
                # the figure as reported holds. Set as the base of a comparison with a figure on
                # the new count (2.63 yuan, compared with 2.90 yuan in 2023) whose direction the
                # new base reverses (2.24: a rise, not a fall), it misleads, unless the copy says
                # it is the figure as first published
                said, later = said() if said is not None else ("", None)
                flips = later is not None and (later > first.value) != (later > now_c.value)
                if flips and _MIXED_BASE.search(said) and not _AS_PUBLISHED.search(said):
                    return Verdict(MISLEADING, f"Matches {expected} as first reported "
                                   f"({_label(first)}), but a later report re-based it on a new "
                                   f"share count to {now} ({_label(now_c)}): set against a "
                                   "figure on the new count, the comparison mixes bases.",
                                   now, sources)  # fmt: skip
                return Verdict(SUPPORTED, f"Matches {expected} as reported ({_label(first)}); "
                               f"a later report re-based it on a new share count to {now} "
                               f"({_label(now_c)}).", expected, sources)  # fmt: skip
            return Verdict(SOURCES_DISAGREE, f"Matches the figure as first reported; a later "
                           f"report restated it to {now} ({_label(now_c)}).", now, sources)  # fmt: skip
    if agree and len(agree) == len(good):
        why = "a last-digit rounding difference from" if rounding else "matches"
        return Verdict(SUPPORTED, f"{why.capitalize()} {expected} ({_label(first)}, {how}){tail}.",
                       expected, sources)  # fmt: skip
    listing = "; ".join(f"{_label(c)} {show(c.value, c.unit, claim.scale, lang)}" for c in good)
    if agree:
        return Verdict(
            SOURCES_DISAGREE, f"The sources disagree: {listing}{tail}.", expected, sources
        )
    if claim.measure == VALUE:
        implied = _implied_from_next(claim, m, segment)
        if implied is not None:
            value, basis = implied
            probe = Computed(claim.concept or "", claim.period or "", segment, VALUE, value,
                             claim.unit, "implied", precision=abs(value) / 2000)  # fmt: skip
            # (the next year's growth worked out on the same printed figure implies that figure
            # again: no second source, unless it differs from the ones listed)
            same = any(abs(c.value - value) <= probe.precision for c in good)
            if _agrees(claim, probe)[0] and not same:
                return Verdict(
                    SOURCES_DISAGREE,
                    f"The sources disagree: {listing}, while {basis} imply "
                    f"{show(value, claim.unit, claim.scale, lang)}.",
                    expected,
                    sources,
                )
    return Verdict(CONTRADICTED, f"The sources give {listing}{tail}.", expected, sources)


def _implied_from_next(claim: Claim, m: Metrics, segment) -> tuple[Decimal, str] | None:
    """A prior-year value implied by the next year's value and its printed growth."""
    period = claim.period or ""
    try:
        year = int(period[:4])
    except ValueError:
        return None
    nxt = f"{year + 1}{period[4:]}"
    level = m.value(claim.concept, nxt, segment)
    growth = m.facts(claim.concept, nxt, segment, CHANGE_PCT)
    if level is None or level.value is None or not growth or growth[0].value is None:
        return None
    value = level.value / (1 + growth[0].value / HUNDRED)
    return value, f"{_label(level)}'s {nxt} value and printed growth"


def _rank(claim: Claim, m: Metrics, segment) -> Verdict:
    if segment is None and not claim.segment:
        # the country's second-largest developer by sales: its peers' figures are not in its
        # reports
        return Verdict(UNVERIFIABLE, "A rank among companies: the reports do not carry the "
                       "figures of the others.")  # fmt: skip
    if segment is None:
        return Verdict(UNVERIFIABLE, "The store has no figures for this segment.")
    values = []
    for name in m.segments(claim.concept, claim.period):
        c = m.value(claim.concept, claim.period, name)
        if c is not None and c.value is not None:
            values.append((c.value, name, c))
    values.sort(key=lambda x: x[0], reverse=True)
    names = [n for _v, n, _c in values]
    if segment not in names:
        return Verdict(UNVERIFIABLE, "The store has no figure for this segment in that period.")
    rank = names.index(segment) + 1
    sources = tuple(s for _v, _n, c in values for s in c.sources)
    expected = f"No. {rank} of {len(names)}"
    verdict = SUPPORTED if rank == claim.value else CONTRADICTED
    return Verdict(verdict, f"{segment} ranks {rank} of {len(names)} segments by {claim.concept}.",
                   expected, sources)  # fmt: skip


# -- the article's own arithmetic -----------------------------------------------------------------
