"""The sentence reader: one sentence of an article, its numbers made claims.

Takes: a sentence, its offset in the normalised text, its amounts, and the ``ReadingState`` in
force (the period discussed, the last metric); the extractor's mentions of metrics, periods and
companies (``_within``). Gives: the sentence's ``Claim``s, appended to the extractor's claims,
and the state it leaves for the next sentence. A mixin of ``extract._Extractor``; the patterns
and small tests only it reads with are ``sentence_cues``, and where a sentence's segments and
clauses are, which segment a number is of and the span of its claim, ``sentence_parts``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from datetime import date
from decimal import Decimal

from ..periods import Period
from .attribution_cues import _CURRENCIES, EXCLUDING
from .clauses import DIGRESSION
from .forecasts import is_forecast
from .measures import (
    MULTIPLE_OF,
    PER_N_SHARES,
    SHARE_CONTRIB,
    ratio_of,
    sequential,
)
from .mentions import FigureReading, ReadingState
from .model import (
    CHANGE_ABS,
    CHANGE_PCT,
    CHANGE_PP,
    CHANGE_QOQ_PCT,
    SHARE_PCT,
    TIMES,
    VALUE,
    Claim,
)
from .ratio_names import bettered
from .sentence_cues import (
    _APPOSED_CHANGE,
    _BOUNDS,
    _CHANGE_NOUN_AFTER,
    _IN_NAME,
    _OF_OWNER,
    _OR_RATE_BEFORE,
    _RATE_CHANGE,
    _RATE_FROM,
    _RATE_MOVED,
    _SAME_PERIOD_OF,
    _TENTH_BOUND,
    _YEAR_PLANS,
    _YEAR_TOTAL,
    FRAME_LEAD,
    _forecast_list_item,
    _may_digress,
    _past_its_whole,
    _share_concepts,
)
from .sentence_parts import SentenceParts
from .structures import (
    balances,
    journalist_precision,
    span_ending,
)


class SentenceReader(SentenceParts):
    """One sentence's numbers read into claims, for ``extract._Extractor``."""

    # -- one sentence -----------------------------------------------------------------------------

    def _sentence(self, s: str, offset: int, amounts, state: ReadingState) -> None:
        period_before = state.period
        self._read_sentence(s, offset, amounts, state)
        if _may_digress(s) and DIGRESSION.search(s):
            state.period = period_before

    def _read_sentence(self, s: str, offset: int, amounts, state: ReadingState) -> None:
        end = offset + len(s)
        metrics = self._within("metrics", offset, end)
        periods = self._within("periods", offset, end)
        named = self._within("companies", offset, end)
        companies = [(x[0], x[2]) for x in named]
        segs = self._sentence_segments(s, named, metrics)
        resets = [x[0] for x in self._within("resets", offset, end)]
        clause_starts = self._clause_starts(s, segs)
        lists = self._lists(s, [(a - offset, b - offset) for a, b, _ in amounts], metrics, periods)
        sentence_period = state.period
        used_periods: set[int] = set()
        starts = [x - offset for x, _y, _z in amounts]
        base_phrase = self._base_phrases(s, periods, amounts, offset)
        subjects = self._subjects(s, metrics)

        prev_rate: tuple[int, str] | None = None  # (end, concept) of the last rate's level
        # (figure's concept, ratio) of the last rate said as a share of a whole (2.77% of loans)
        apposed_ratio: tuple[str, str] | None = None
        # (part's concept, ratio) of a rate said as a share before any level of its part
        named_rate: tuple[str, str] | None = None
        rate_base_end = -1  # where the last rate's base level ended (…，比去年同期的69.9%)
        forecast_end = -1  # where the last figure ended, when it was a forecast
        for a_start, a_end, amount in amounts:
            a, b = a_start - offset, a_end - offset
            clause = clause_starts[bisect_right(clause_starts, a) - 1]

            period, main, base, year_start_base = self._period_of(
                s, a, b, clause, amount, periods, base_phrase, starts, sentence_period, used_periods
            )
            sentence_period = main
            state.period = main

            # metric
            item = lists.get(a)
            mention, from_clause = self._metric(s, a, b, clause, metrics, subjects, amount, state)
            if item is not None and item[0] == "metric":
                mention, from_clause = item[1], False
            inherited = not from_clause and (item is None or item[0] != "metric")
            if (
                inherited
                and self._names_something_else(s, clause, a, periods)
                and not (
                    mention is not None
                    and (frame := FRAME_LEAD.match(s)) is not None
                    and mention.end <= frame.end() <= clause
                )
            ):
                mention = None  # 市场规模达到500亿元 after a sentence on revenue: not revenue
            concept = mention.word.concept if mention else None
            if concept == "np_parent" and EXCLUDING.search(s, 0, a):
                # Excluding one-off items, earnings grew 22%: the recurring profit
                concept = "np_parent_recurring"
            if mention is not None and self._unknown_noun_between(s, mention, clause, a):
                concept, mention = None, None
            if mention is not None:
                state.metric = mention
            kind = mention.word.kind if mention else "amount"

            subject = self._subject_of(s, a, clause, companies, self.company)

            # segment
            segment = self._segment_of(s, a, clause, segs, resets, item, concept)
            if item is not None and item[0] == "period":
                period = item[1]

            measure, value, unit = self._measure(s, a, clause, mention, amount, kind, base)
            if (
                concept is None
                and segment is not None
                and measure == CHANGE_PCT
                and mention is None
                and not s.isascii()
            ):
                # 西南大区增速最快，达35.87%; 骨科类产品同比增长10%: a segment's growth with no
                # metric named is its revenue's, as the reports' segment tables give it
                concept = "revenue"
            whole = self._whole_after(s, b, a) if unit == "%" and measure == VALUE else None
            if whole is not None and kind != "ratio":
                measure = SHARE_PCT  # 99.1% of revenue, 5.5% of sales: a share of the whole
            if measure == SHARE_PCT and segment is None and concept is not None:
                # 研发投入…占营业收入的5.52%: a rate of two concepts (rd_intensity), not a share
                ratio = ratio_of(concept, whole or self._denominator(s, clause, a))
                if ratio is not None:
                    concept, measure = ratio, VALUE
                    apposed_ratio = (mention.word.concept, ratio)
                    if mention is not None and not any(mention.end <= x < a for x in starts):
                        named_rate = apposed_ratio
            elif (
                apposed_ratio is not None
                and unit == "%"
                and measure == VALUE
                and whole is None
                and concept == apposed_ratio[0]
                and _OR_RATE_BEFORE.search(s, max(0, a - 24), a)
            ):
                # …$4.57 billion, or 2.77 percent of loans, from $3.92 billion, or 2.32 percent:
                # the rate in apposition to the earlier figure is the same ratio, its whole unsaid
                concept = apposed_ratio[1]
            elif (
                named_rate is not None
                and unit in ("%", "pp")
                and measure in (CHANGE_PCT, CHANGE_PP)
                and concept == named_rate[0]
                and not from_clause
            ):
                # 贷款损失准备占贷款总额的比例升至2.37%，较年初上升0.5%: the change after a rate
                # said before any level of its part, in a clause naming nothing of its own, is
                # the rate's (销售费用为6521.83万元，约占营业收入的56%，同比增加5.3%: the level's)
                concept = named_rate[1]
            elif (
                unit == "%" and measure == VALUE and kind != "ratio" and segment is None and concept
            ):
                # 现金分红总额16.95亿元，占归母净利润的50.34%: the figure before as a share of the
                # one after 占, a ratio of the two (the payout ratio)
                ratio = ratio_of(concept, self._denominator(s, clause, a))
                if ratio is not None:
                    if mention is not None and not any(mention.end <= x < a for x in starts):
                        named_rate = (concept, ratio)  # (X占Y的比例升至2.37%: no level of X first)
                    concept = ratio
            if (
                unit == "%"
                and measure == VALUE
                and whole is None
                and self.claims
                and self.claims[-1].measure == CHANGE_ABS
                and self.claims[-1].concept == concept
                and self.last_figure is not None
                and self.last_figure[0] is s
                and self.last_figure[1] >= a - 24
                and _OR_RATE_BEFORE.search(s, max(0, a - 24), a)
            ):
                # fell $142 million, or 6.2%: the change in apposition to the amount it fell by
                measure = CHANGE_PCT
                value = -abs(value) if self.claims[-1].value < 0 else value
            if unit == "%" and prev_rate is not None and _RATE_FROM.fullmatch(s, prev_rate[0], a):
                # 33.5% of sales, up from 33.2% a year earlier: the rate before, a level too
                concept, measure, value = prev_rate[1], VALUE, amount.value
                rate_base_end = b
            elif (
                measure in (CHANGE_PCT, CHANGE_PP)
                and prev_rate is not None
                and prev_rate[0] == rate_base_end
                and not from_clause
                and _RATE_CHANGE.match(s, prev_rate[0], a)
                and (
                    self.lex.change_re.search(s, prev_rate[0], a)
                    # (up from 81% a year earlier -- an 18% jump: the change's noun after it)
                    or _CHANGE_NOUN_AFTER.match(s, b)
                )
            ):
                value = bettered(self.lex, s[prev_rate[0] : a], prev_rate[1], mention, value)
                concept = prev_rate[1]
            elif (
                measure in (CHANGE_PCT, CHANGE_PP)
                and prev_rate is not None
                and _RATE_MOVED.fullmatch(s, prev_rate[0], a)
            ):
                # 4.28 percent of loans, up almost 1 percent from 3.31 percent: the rate's change
                concept = prev_rate[1]
            elif (
                measure == CHANGE_PP
                and prev_rate is not None
                and concept != prev_rate[1]
                and not from_clause
                and not self.lex.metrics_re.search(s, _past_its_whole(s, prev_rate[0]), a)
            ):
                # or 22.45% of sales, a deleveraging of 167 basis points: a change in points said
                # after a rate, with no metric named between, is that rate's
                concept = prev_rate[1]
            if concept == "kpi_share_price" and unit == "count":
                concept = None  # 200 million shares: a number of shares, not a price
            if concept == "gross_margin" and measure == VALUE and unit in _CURRENCIES:
                # gross margin of $1,164 million: the filer's line of that name, gross profit
                # (Texas Instruments, Apple), not the rate
                concept = "gross_profit"
            per = PER_N_SHARES.search(s, clause, a) if concept == "dividend_cash" else None
            if per is not None and unit == "CNY":
                # 每10股派发现金红利1.5元: 0.15 yuan a share
                n = Decimal(per.group(1) or 1)
                concept, unit, value = "dividend_per_share", "CNY/share", value / n
                if _YEAR_TOTAL.search(s, clause, per.start()):
                    concept = "dividend_per_share_year"  # 全年合计每10股派现: interim and final
                amount = replace(amount, precision=amount.precision / n)
            if (
                measure == TIMES
                and MULTIPLE_OF.search(s, clause, a)
                and not _SAME_PERIOD_OF.search(s, clause, a)
            ):
                # 约为归母净利润的1.3倍: one figure as a multiple of another, not a growth (是上年
                # 同期的1.5倍: of the same figure a year before, its growth)
                concept = None
            share_of = _share_concepts().get(concept or "")
            if (
                measure == CHANGE_PP
                and segment
                and share_of
                and self.lex.share_re.search(s, clause, a)
            ):
                concept = share_of  # 占比同比提升0.96个百分点: the segment's share, in points
            elif (
                measure == CHANGE_PCT
                and segment
                and share_of
                and self.claims
                and self.claims[-1].measure == SHARE_PCT
                and self.claims[-1].segment == segment
                and self.claims[-1].concept == concept
                and _APPOSED_CHANGE.fullmatch(
                    self.t.original,
                    self.claims[-1].end,
                    self.t.original_span(offset + a, offset + b)[0],
                )
            ):
                # makes up 84% of revenue, up 6% from a year earlier: the share's change
                concept = share_of
            source = (
                self._share_source(s, b) if unit == "%" and measure in (VALUE, SHARE_PCT) else None
            )
            if source is None and unit == "%" and mention is not None and mention.start >= b:
                contributor = SHARE_CONTRIB.search(s, clause, a)
                source = contributor and (self._clean_segment(contributor["seg"]) or None)
            if source is not None:
                measure, segment = SHARE_PCT, source
            # (a ratio of two balances is one too: goodwill over total assets, at a date)
            balance = concept in balances() or (
                concept is not None
                and "/" in concept
                and all(x in balances() for x in concept.split("/"))
            )
            if balance and year_start_base and main is not None:
                # a balance compared with no period named (eased to 72.7% from 73.2%) is compared
                # with the start of the year, as balance sheets are
                period = Period.instant(date(main.end.year - 1, 12, 31))
            elif balance and period is not None and not period.is_instant:
                period = period.end_instant()  # 总资产 in a half-year article: at 30 June
            elif concept and period is not None and period.is_instant and not balance:
                period = span_ending(period)  # 销售费用 after 截至2024年末: the year 2024
            if concept in _YEAR_PLANS and "USD" not in unit and str(period).endswith("Q4"):
                # a yuan dividend or bonus issue proposed with fourth-quarter results is the
                # year's distribution plan (A-shares pay by the year, not by the quarter)
                period = Period.parse(str(period)[:4] + "FY")
            qualifier, q_start, q_end = self._qualifier(s, a, b)
            precision = journalist_precision(amount)
            if q_start < a and s[q_start:a].lower().startswith(self.lex.thresholds):
                precision = Decimal(0)  # 突破100亿元: more than 100亿 itself, not 95亿
            if qualifier in _BOUNDS and amount.printed.endswith("成"):
                # 逾六成, 不足三成: a bound said in tenths is the round tenth itself (57% is not
                # more than 六成), not a tenth rounded half a tenth
                precision = min(precision, _TENTH_BOUND)
            word = self.word_values.get(a_start)
            if word is not None:
                measure, value, unit = self._word_measure(word, measure, value, unit, kind)
                if measure == CHANGE_PCT and sequential(s, clause, a, b):
                    # net income more than doubled from the January-March period: on the quarter
                    # before, as a rate would be
                    measure = CHANGE_QOQ_PCT
                if unit == "pp" and not (amount.unit == "pp" and amount.printed[:1].isalpha()):
                    # 毛利率基本持平: within half a point (not a quarter of a point, said as one)
                    precision = Decimal("0.5")
                qualifier = word.qualifier or qualifier
            elif measure == VALUE and unit == "times" and kind == "ratio":
                # 收现比约1.1倍: the rate as a multiple, 110%
                value, unit, precision = value * 100, "%", precision * 100
            elif measure == TIMES and value == 1:
                # 增长1倍 cannot mean 1× the level: it is +100%, as 翻番
                measure, value, unit, precision = CHANGE_PCT, Decimal(100), "%", Decimal(5)
            if (
                qualifier is None
                and word is None
                and offset < self.title_end
                and "." not in amount.printed
            ):
                qualifier = "approx"  # a headline rounds: 回款230亿 for 229.09亿
            fig = FigureReading(a, b, clause, amount, item, measure, mention, concept)
            start, end = self._claim_span(s, fig, from_clause, starts, (q_start, q_end))
            o_start, o_end = self.t.original_span(offset + start, offset + end)
            self.claims.append(
                Claim(
                    start=o_start,
                    end=o_end,
                    quote=self.t.original[o_start:o_end],
                    subject=subject,
                    concept=concept,
                    segment=segment,
                    period=None if period is None else str(period),
                    measure=measure,
                    value=value,
                    unit=unit,
                    precision=precision,
                    qualifier=qualifier,
                    scale=amount.scale,
                    words=self._words(s, clause, a, mention, measure),
                    printed=amount.printed,
                    forecast=is_forecast(s, clause, a, b, mention, named)
                    or _forecast_list_item(s, forecast_end, a, mention),
                )
            )
            forecast_end = b if self.claims[-1].forecast else -1
            self.last_figure = (s, b, period)  # (for a figure in apposition to this one)
            rate = concept and (self.lex.kinds.get(concept) == "ratio" or "/" in concept)
            if unit == "%" and measure == VALUE and rate:
                prev_rate = (b, concept)
            elif (
                prev_rate is not None
                and measure in (CHANGE_PCT, CHANGE_PP)
                and concept == prev_rate[1]
            ):
                # to 77.3%, an improvement of 2.4 points from 79.6%: the rate's change, whose
                # base level may follow it
                prev_rate = (b, concept)
            elif prev_rate is not None and (
                whole := self._whole_named_after(s, prev_rate[0], a, b)
            ):
                # 4.28 percent of the bank's $81.4 billion in loans: the whole's own amount, then
                # its name; what follows may still speak of the rate
                prev_rate = (whole, prev_rate[1])
            else:
                prev_rate = None

    def _whole_named_after(self, s: str, rate_end: int, a: int, b: int) -> int | None:
        """Where the name of a rate's whole ends, when the figure at ``a``:``b`` is that whole's
        own amount said between "of" and the name (…% of the bank's $81.4 billion in loans)."""
        if not _OF_OWNER.fullmatch(s, rate_end, a):
            return None
        name = _IN_NAME.match(s, b)
        metric = name and self.lex.metrics_re.match(s, name.end())
        return metric.end() if metric else None


# 分析师平均预期每股收益为1.28美元，销售额约为19.9亿美元: the next item of a list of forecasts
# (the figure before it a forecast, then only a separator, a metric's name and a copula)
