"""The period of each number in a sentence: the period being discussed, and a base's own.

Takes: a sentence, its period phrases (``period_phrases.find_periods``), the numbers in it and
the period in force. Gives: ``PeriodReading._period_of`` — the number's period, the period now
discussed (which later numbers and sentences inherit), the base word before the number (较/from),
and whether a balance is compared with the start of the year; ``_base_phrases`` and
``_update_period`` (which phrases are bases, the period a sentence without numbers sets) are
``phrase_roles``'s, the patterns ``period_cues``, small rules ``figure_periods``. A mixin of the
extractor.
"""

from __future__ import annotations

from bisect import bisect_left

from . import period_cues as cues
from .clauses import CJK, CLAUSE_SEP
from .compared_periods import COMPARED as _COMPARED
from .compared_periods import EN_BASE_GAP as _EN_BASE_GAP
from .compared_periods import (
    brackets,
    opening_base,
    parallel_base,
    sequential_base,
    year_compared,
)
from .figure_periods import (
    _figure_just_before,
    _in_year,
    _last_quarter,
    _last_year_of_part,
    _opens_part,
    _prior,
    _quarterly_figure,
    _so_far,
    _strip_period_tail,
)
from .period_phrases import resolve_phrase
from .phrase_roles import PhraseRoles


class PeriodReading(PhraseRoles):
    """Periods of numbers, for ``extract._Extractor``."""

    def _says_this_year(self, s: str) -> bool:
        """Whether the sentence speaks of this year, not the whole year to come (asked for each
        of its figures, answered once: the answer is kept for the last sentence asked)."""
        memo = getattr(self, "_this_year_memo", None)
        if memo is None or memo[0] is not s:
            # (its English words hold an h; a Chinese sentence without 今年 or 年内 is not searched)
            cue = "今年" in s or "年内" in s or "h" in s or "H" in s
            memo = (s, cue and bool(cues._THIS_YEAR.search(s)) and not cues._WHOLE_YEAR.search(s))
            self._this_year_memo = memo
        return memo[1]

    def _period_of(
        self, s, a, b, clause, amount, periods, base_phrase, starts, sentence_period, used_periods
    ):
        """(period of the number, period now discussed, the base word before it or None, whether
        it is compared with the start of the year): phrases before the number in the sentence,
        else after it (English), a base's own period (较2023年同期的196.50亿元), a figure's own
        compared period (versus X in 1H22)."""
        pre = s[clause:a]
        # period: phrases before the number in the sentence, else after (English)
        stripped = _strip_period_tail(pre, periods, clause, a)
        # (较上年同期翻了一番多: the doubling is the change itself, said right after its base)
        base = (
            cues._BASE.search(stripped)
            if stripped.rstrip()[-1:] in cues._BASE_LAST and not cues._DOUBLING.match(s, a)
            else None
        )
        if (
            base is None
            and pre.rstrip()[-1:] in "从由股"  # (where _FROM_ZH must end: a cheap test first)
            and cues._FROM_ZH.search(pre)
            and cues._TO_ZH.match(s, b)
        ):
            # 亏损从9.24亿美元扩大到77.46亿美元: the base (从2021年的X names its own year)
            base = cues._FROM_ZH.search(pre)
        main = sentence_period
        main_named = False
        named_by_earlier = False
        claim_period = None
        own_before = False
        named_at = -1
        named_phrase = ""
        framed_at = -1
        # an aside in brackets (…降幅还大（上半年营收同比下降28.23%）。归母净利润…): a period named
        # in it is its figures' only, never the period discussed outside it
        spans = brackets(s) if "(" in s or "（" in s else ()
        inner = next(((o, c) for o, c in spans if o < a < c), None)
        main_outside = main
        for (p_start, p_end, phrase), is_base in zip(periods, base_phrase, strict=True):
            if p_end <= a:
                if any(o < p_start < c <= a for o, c in spans if (o, c) != inner):
                    continue  # (inside a bracket closed before the number)
                if s[p_end : p_end + 1] == "," and cues._EVENT_YEAR_ASIDE.search(
                    s, max(0, p_start - 140), p_start
                ):
                    continue  # (the firm, spun off from X in 2005, said…: the event's year)
                resolved = resolve_phrase(phrase, self.reference, main)
                if resolved is None:
                    continue
                # an earlier year after the sentence has named its period is a comparison
                # (营收233.43亿元，上年为196.5亿元): it names the next figure only
                if main_named and main is not None and resolved.end < main.start:
                    is_base = True
                if is_base:
                    # 较2023年同期的196.50亿元: the base's own figure; 较上年末增长x%: not
                    between = bisect_left(starts, a) - bisect_left(starts, p_end)
                    # (after a first quarter of 6.35 billion yuan and 1.15 billion yuan: a figure
                    # joined by "and" to the base's own shares its period)
                    joined = between == 1 and bool(cues._AND_FIGURE.search(s, max(0, a - 16), a))
                    # (；上年同期股东净利润为2.72亿美元，每股收益0.96美元: an earlier period that
                    # opens a part set off by semicolons dates each figure of that part)
                    part = _opens_part(s, p_start, p_end, a)
                    joined = joined or part
                    own = (not between or joined) and not self.lex.change_re.search(s, p_end, a)
                    own = own and not self.lex.to_re.search(s, p_end, a)  # …2024 to X
                    own = own and not cues._DOUBLING.match(s, a)
                    # (1.03 billion yuan a year earlier and less than half the 1.27 billion yuan
                    # it earned in Q1: the period trailing the figure before, then "and" another)
                    own = own and not (
                        cues._AND_NEXT.match(s, p_end) and cues._TRAILS_FIGURE.search(s, 0, p_start)
                    )
                    if amount.unit in ("%", "pp", "times"):
                        # 较年初缩水近六成: a rate after a verb is the change, not the base's own;
                        # 较上年末+7.22%: a signed one too
                        own = own and bool(
                            cues._OWN_RATE_GAP.fullmatch(s, p_end, a)
                            # (roughly double last year's 36%: the possessive's own rate)
                            or cues._POSSESSIVE_GAP.fullmatch(s, p_end, a)
                            # 单季利润已是上半年归母净利润的4倍多: a multiple of that period's
                            or (
                                amount.unit == "times"
                                and cues._MULTIPLE_GAP.fullmatch(s, p_end, a)
                                and cues._IS_BEFORE.search(s, max(0, p_start - 4), p_start)
                            )
                        )
                        own = own and not any(c in cues._SIGNS for c in s[max(0, a - 1) : a + 1])
                    if (p_end > clause or part) and own:
                        claim_period = resolved
                        if (
                            main is not None
                            and _last_year_of_part(phrase, main)
                            and cues._POSSESSIVE_GAP.fullmatch(s, p_end, a)
                        ):
                            claim_period = main.prior_year()  # (last year's 36%, of a quarter)
                        own_before = True
                        # (上年同期，公司三季度营收…为54.62亿元: the year-ago frame of a part
                        # whose own period is named after it, see below)
                        framed_at = p_start if part and resolved == _prior(main) else -1
                elif p_end <= clause and cues._GUIDED.search(s, max(0, p_start - 24), p_start):
                    continue  # (guidance's period, said in a clause before the number's)
                elif phrase != "同期":
                    # (said after an earlier figure as its period — 0.06 yuan in the quarter —
                    # it is already the period discussed)
                    named_by_earlier = p_start in used_periods
                    main = main if named_by_earlier else resolved
                    main_named = True
                    named_at = p_start
                    named_phrase = phrase
                    if inner is None or p_start < inner[0]:
                        main_outside = main
        if framed_at >= 0 and named_at > framed_at and own_before and main is not None:
            # 上年同期，公司三季度营收和归母净利润分别为…: a year-ago frame opening the part, then
            # the part's period without a year: that period a year earlier (对比去年同期，公司2024年
            # 上半年营收为…: one named with its year is its own)
            claim_period = main if cues._YEAR_NAMED.search(named_phrase) else main.prior_year()
        # a period after the number in its clause (fell 6% to 1.27 billion yuan in the first
        # quarter: both figures'), unless a compared figure comes in between (fell to 2.75
        # billion yuan from 4.11 billion yuan in 2021: "in 2021" is the second's, see below)
        after = [
            p
            for p in periods
            if p[0] >= b
            # (first, as it is cheap and rules out most phrases of Chinese text)
            and not CJK.search(s, b, p[0])  # Chinese names a figure's period before it
            # 1.09元（上年同期1.44元）: a period right before the next figure is that figure's
            # (not across a comma: 22.34 million yuan in the third quarter, little changed)
            and not any(p[1] <= x <= p[1] + 2 and "," not in s[p[1] : x] for x in starts)
            and not (" as " in s[b : p[0]] and cues._AS_CLAUSE.search(s, b, p[0]))
            and (
                not CLAUSE_SEP.search(s[b : p[0]])
                or cues._TRAILING_PERIOD.fullmatch(s, b, p[0])
                or (cues._TRAILING_SHARE.fullmatch(s, b, p[0]) and cues._RELATIVE.match(p[2]))
                # (X of that, or 94%, came in the fourth quarter: the figure's own period)
                or cues._CAME_IN.fullmatch(s, b, p[0])
                # (a profit of $55.9 million, or 9 cents per share, a year ago)
                or (cues._OR_SHARE_GAP.fullmatch(s, b, p[0]) and cues._RELATIVE.match(p[2]))
                # (up from $1.07 billion, or $1.19, a year ago: an apposition's own figure)
                or (
                    cues._RELATIVE.match(p[2])
                    and cues._COMMA_GAP.fullmatch(s, b, p[0])
                    and cues._OR_BEFORE.search(s, max(0, a - 8), a)
                )
            )
            # (a quarter of the 20.13% it earned in 2021: the period of the figure it is of)
            and not any(b < x < p[0] and cues._OF_THE_FIGURE.fullmatch(s, b, x) for x in starts)
            # (fees of $3.05bn were 2.5 times the $1.20bn of a year ago: a relative period after
            # another figure is that one's — not after a per-share apposition, ", or 87 cents";
            # a multiple or a change keeps it, as the period of what it compares with)
            and not (
                amount.unit not in ("%", "pp", "times", "rank")
                and cues._RELATIVE.search(p[2])
                and any(b < x < p[0] and not cues._OR_APPOSITION.fullmatch(s, b, x) for x in starts)
            )
            # (three-fifths of the full-year loss of X: the adjective dates X only)
            and not cues._FULL_YEAR_ADJ.fullmatch(p[2])
            # (up 61%, the highest of any quarter last year: the range of a superlative)
            and not cues._ANY_RANGE.search(s, max(0, p[0] - 30), p[0])
            # (profit was $5m (first-half profit: $9m): an aside's period is its own figures')
            and not any(b <= o < p[0] < c for o, c in spans if (o, c) != inner)
        ]
        if (
            after
            and amount.unit in ("%", "pp")
            and cues._ON_GAP.fullmatch(s, b, after[0][0])
            and not cues._RELATIVE.search(after[0][2])
        ):
            # (up 7% on the first half of 2008, in a second-quarter story: the change is the
            # first half's, a year after its base)
            on = resolve_phrase(after[0][2], self.reference, main)
            if on is not None and not on.is_instant and (main is None or main.kind != on.kind):
                later = on.with_year(on.year + 1)
                if self.reference is None or later.end < self.reference:
                    claim_period = later
        if after and (
            _EN_BASE_GAP.search(s, b, after[0][0])
            or (amount.unit in ("%", "pp") and cues._ON_GAP.fullmatch(s, b, after[0][0]))
            # ($1.4bn was up 7% on the first half of 2008: the base of the change after it)
            or cues._CHANGE_ON.search(s, max(b, after[0][0] - 20), after[0][0])
        ):
            # rose 23% to 2.4 billion yuan from a year earlier: the base of the change
            after = []
        if own_before and after and cues._RIGHT_AFTER.fullmatch(s, b, after[0][0]):
            claim_period = None
        year_start_base = False
        named_after = False
        signed_rate = amount.unit == "%" and s[a : a + 1] in cues._SIGNS  # 较上年末+7.22%: a change
        # (up from -2.58%: after an English base word a signed rate is the level it came from)
        signed_rate = signed_rate and not (base is not None and base.group()[:1].isascii())
        if base is not None and claim_period is None and main is not None and not signed_rate:
            # dropped to X from Y at the end of December: the base's own period; else the
            # same period a year earlier (a balance: see below)
            own = resolve_phrase(after[0][2], self.reference, main) if after else None
            if (
                own is not None
                and _last_year_of_part(after[0][2], main)
                and s[b : after[0][0]].isspace()
            ):
                # (a margin of 33.5% in the quarter, against 35.7% last year: the compared
                # figure of the same period a year before, not of last year as a whole)
                own = main.prior_year()
            # (a balance's from X in the first half is the change's period, not X's; from X in
            # 2022, a year before the one discussed, is X's own, balance or flow)
            earlier_year = own is not None and own.kind == "FY" and own.year < main.end.year
            if own is not None and not own.is_instant and own.end >= main.end:
                # (more than halved to X from Y in the three months to June: the period of the
                # change, not yet over for a figure it started from; Y is a year before)
                claim_period = own.prior_year()
            elif own is not None and (earlier_year or not (main.is_instant and not own.is_instant)):
                claim_period = own
            elif parallel := parallel_base(self, s, a, clause, periods, base_phrase, starts, main):
                # revenue fell 20% from the X booked in the second quarter, and profit dropped
                # 28% from Y: a second figure compared in the same breath, of the same period
                claim_period = parallel
            elif (opening := opening_base(self, s, a, periods, main)) is not None:
                # From the first quarter, profit jumped 14-fold from $43 million: a base the
                # sentence opens with is the period of every figure it compares with
                claim_period = opening
            elif (sequent := sequential_base(s, a, main)) is not None:
                # down 6.6% quarter-on-quarter from 7.29 billion yuan: the quarter before's
                claim_period = sequent
            elif (head := _figure_just_before(self, s, a, main)) is not None:
                # was $54.1 million in the half, up from $41.8 million: the figure just compared
                # with, whose period was named after it, a year earlier
                claim_period = head.prior_year()
            else:
                claim_period = main.prior_year()
                year_start_base = True
        is_level = amount.unit not in ("%", "pp", "times", "rank")
        # return on equity was 5.06%, against 4.79% a year ago: a rate right after a comparing
        # word is the compared level of a ratio, not a change
        # (each pattern must end on its last word's last character, bar spaces: a cheap test first)
        pre_last = pre.rstrip()[-1:] if amount.unit == "%" else ""
        is_level = is_level or (
            pre_last in cues._COMPARED_RATE_LAST and bool(cues._COMPARED_RATE.search(pre))
        )
        # (down from the 20.13% it earned in 2021, a quarter of the 9.8% of 2021: a rate named
        # with "the" after a comparison is the compared level, whose period is its own only)
        the_rate = pre_last in ("e", "E") and bool(cues._THE_RATE.search(pre))
        is_level = is_level or the_rate
        # (to 23.7% (19.9% in the 2008 quarter): a rate opening a bracket right after a rate is
        # that figure's compared level, of the period the bracket names)
        is_level = is_level or (
            pre_last in ("(", "（") and cues._RATE_THEN_BRACKET.search(pre) is not None
        )
        if after and claim_period is None and cues._RELATIVE.search(after[0][2]) and is_level:
            # "... RMB 42.89 million a year earlier": that figure's period only
            claim_period = resolve_phrase(after[0][2], self.reference, main)
        elif (
            after
            and claim_period is None
            and (
                # (margins exceeded 20% as recently as 2021: a rate of that past year too)
                cues._PAST_ONLY.match(after[0][2])
                # (shrank in the second quarter, after a 2.8% drop in Q1: the earlier change's)
                or cues._AFTER_PAST.search(pre)
                or is_level
                and (
                    _COMPARED.search(pre)
                    or cues._EN_FROM_FIGURE.search(pre)
                    or the_rate
                    or base_phrase[periods.index(after[0])]
                )
            )
        ):
            claim_period = resolve_phrase(after[0][2], self.reference, main)
        elif after and claim_period is None and cues._CAME_IN.fullmatch(s, b, after[0][0]):
            # (3.7 billion yuan of that, or 94%, came in the fourth quarter: a part's period,
            # not the one discussed after it)
            claim_period = resolve_phrase(after[0][2], self.reference, main)
        elif (
            after
            and claim_period is None
            and base is None
            and (
                main is sentence_period
                # (turned positive in the second quarter, though it still burned X over the
                # half: a period right after a figure names it over one said in a clause before)
                or (
                    named_at < clause
                    and (
                        cues._RIGHT_AFTER.fullmatch(s, b, after[0][0]) is not None
                        or cues._OF_THING_AFTER.fullmatch(s, b, after[0][0]) is not None
                    )
                )
            )
            and not cues._RELATIVE.search(after[0][2])
            # (more than half of last year's loss: a base's possessive never becomes the period
            # discussed)
            and s[after[0][1] : after[0][1] + 2] not in ("'s", "’s")
            # fell 7.2% from the end of 2024, down 1.8% from end-2022: the base of the change,
            # not its period
            and not _EN_BASE_GAP.search(s, b, after[0][0])
            and not _EN_BASE_GAP.match(after[0][2])
            # (raised its quarterly dividend to 27 cents a share earlier this year: when the
            # rate was set, not its period: the rate is the one paid now; from 46 cents earlier
            # this year is a base's, above)
            and not cues._EARLIER_THIS_YEAR.fullmatch(after[0][2])
            # (more than quadruple the $12.4 million recorded in the first six months of 2008:
            # the period after the figure a multiple is of names that figure, not the multiple)
            and not (amount.unit == "times" and any(b < x < after[0][0] for x in starts))
        ):
            resolved = resolve_phrase(after[0][2], self.reference, main)
            # (sales in the three months through December, the highest of any quarter last year:
            # the quarter named before the figure stands, not the year around it)
            around = main_named and not named_by_earlier and named_at >= clause
            around = around and resolved is not None and main is not None
            around = around and resolved != main and resolved.contains(main)
            compared = (
                resolved is not None
                and main is not None
                and not main.is_instant
                and resolved == main.prior_year()
                and any(x < a and cues._EN_FROM_FIGURE.search(s, max(0, x - 40), x) for x in starts)
            )
            if compared:
                # down from $274 million, or $2.00, in the second quarter of 2008 -- a 25.7%
                # decline: the year-earlier period dates the compared figures, not the change
                # after them, whose period is still the one discussed
                claim_period = resolved
                used_periods.add(after[0][0])
            elif resolved is not None and not around:
                main = resolved  # English names the period after the figure: "... in 2024"
                # (it is this figure's: for the next one, not a period named around it — 0.06
                # yuan in the quarter and 0.08 yuan for the nine months)
                used_periods.add(after[0][0])
                named_after = True

        bracket = cues._BRACKET_YEAR.search(s, max(a - 16, 0), a) if "(" in s or "（" in s else None
        if bracket and main is not None:
            # ROE 9.48% (2021: 9.78%): the figure of the year the bracket names
            year = int(bracket["y"] or bracket["fy"])
            claim_period = _in_year(main, year + 2000 if year < 100 else year)
        if (
            claim_period is None
            and base is None
            and main is not None
            and not main.is_instant
            # (down from $278 million, or $0.78 per diluted share, in the first half of 2008:
            # the compared figure's own period is said after it)
            and not named_after
            # (the pattern ends on ", or " right before the figure: two cheap tests first)
            and s[a - 1 : a].isspace()
            and s[max(0, a - 70) : a].rstrip()[-2:].lower() == "or"
            and cues._APPOSED_TO_BASE.search(s, max(0, a - 70), a)
        ):
            # up 7.2% from $1.20 billion, or 71 cents: the compared figure's per-share apposition;
            # (from $3.92 billion, or 2.32 percent, at the end of 2008: the period of the figure
            # it is apposed to, where that one has its own)
            head = getattr(self, "last_figure", None)
            apposed = head is not None and head[0] is s and head[2] is not None
            apposed = apposed and cues._OR_APPOSITION.fullmatch(s, head[1], a) is not None
            claim_period = head[2] if apposed else main.prior_year()
        if claim_period is None and is_level and main is not None and main.kind == "Q":
            claim_period = year_compared(self, s, b, periods, base_phrase, starts, main)
        quarterly = _quarterly_figure(self.lex, s, a, periods)
        if quarterly and (claim_period or main) is not None:
            claim_period = _last_quarter(claim_period or main)
        if claim_period is None and not main_named and main is not None:
            frame = cues._YEAR_AGO_FRAME.match(s) if s[:1] in "AaOoTtIiBbY " else None
            # (… -- a swing of nearly $11 billion: a dash's comment is on the change since)
            if frame is not None and frame.end() <= a and not cues._DASH.search(s, frame.end(), a):
                claim_period = main.prior_year()
        first = s[clause : clause + 1]  # (_WHEN starts with a space or a w: a cheap test first)
        if (
            claim_period is None
            and (first.isspace() or first in ("w", "W"))
            and cues._WHEN.match(s, clause)
        ):
            # 16.1% higher than the first quarter, when sales had fallen 6%: that quarter's
            named = [p for p in periods if p[1] <= clause and not s[p[1] : clause].strip(" ,")]
            if named:
                claim_period = resolve_phrase(named[-1][2], self.reference, main)
        claim_period = claim_period or main
        if self.reference is not None and self._says_this_year(s):
            claim_period, main = _so_far(self, claim_period), _so_far(self, main)
        # (a figure inside brackets leaves the period discussed outside them as it was)
        return claim_period, main if inner is None else main_outside, base, year_start_base
