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

``verify(claim, metrics, article_claims, kinds) -> Verdict`` walks a claim through these in turn;
its parts here: ``verify_guards`` (a bound said in words, an adjusted figure), ``verify_judge``
(the verdict on the store's candidates), ``verify_alternatives`` (a neighbouring concept, a
stand-in, either variant of earnings per share), ``verify_compared`` (a change from a compared
figure, a rank).
"""

from __future__ import annotations

from decimal import Decimal

from ..metrics import Metrics
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
from .lexicon import market_concepts, segment_in_chinese
from .model import (
    CHANGE_PCT,
    CHANGE_PP,
    CHANGE_QOQ_PCT,
    CONTRADICTED,
    MISLEADING,
    OTHER,
    RANK,
    SHARE_PCT,
    SUPPORTED,
    TIMES,
    UNVERIFIABLE,
    VALUE,
    Claim,
    Verdict,
)
from .multiples import _times
from .own_arithmetic import _internal
from .period_fractions import fraction_of_named_period
from .printed_lines import outflows_as_paid, segment_in_english
from .restated_growth import growth_on_printed_levels
from .segment_shares import share_of_segment
from .share_changes import share_change
from .signs import (
    _level_of_threshold,
    _sign_verdict,
    _signed,
    direction_of_level,
    signed_like_before,
    size_of_loss_line,
)
from .verify_alternatives import (
    _as_alternative,
    _as_only_variant,
    _level_fixes_concept,
    _segment_stand_ins,
    _stand_ins,
)
from .verify_base import (
    _compatible,
    _lang,
    _lookup,
    sentence_before,
    show,
    words_before,
)
from .verify_bases import (
    _QOQ_BEFORE,
    _as_difference,
    _borrow_metric,
    _compared_base,
    _named_base,
    _own_period_before_base,
    _percent_before_level,
    fraction_as_share,
    year_ago_balance,
)
from .verify_compared import _change_from, _rank
from .verify_guards import _NON_GAAP_CONCEPTS, _strict_bound
from .verify_guards import _non_gaap as _non_gaap
from .verify_judge import _judge, _judge_share, _later_figure
from .verify_share_words import rate_of_earlier_figure
from .verify_years import _over_years, _streak
from .wholes import (
    _multiple_of_whole,
    _ratio_to_whole,
    multiple_of_itself,
    multiple_of_metric_after,
    multiple_of_named_period,
)


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
    moved_share = share_change(claim, article, getattr(article, "text", ""))
    if moved_share is not None:
        return moved_share
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
