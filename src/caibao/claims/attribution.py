"""Attributing a number to a metric (and, through ``subjects.Subjects``, a subject).

Takes: the sentence, its metric mentions and company mentions, the number's place and clause.
Gives: the metric word that names the number (``Attribution._metric``: before it in its clause,
a counted noun after it, else the clause before) and the words that name it for the verdict's
reason (``_words``); the subject company (``_subject_of``) and whether the clause names something
else so no metric carries over (``_names_something_else``) come from the ``subjects.Subjects``
mixin, the patterns both read with from ``attribution_cues``; whether the figure is a forecast is
``forecasts.is_forecast``. ``Mention`` and ``ReadingState`` (``mentions``) are the records the
walker keeps. A mixin of the extractor.
"""

from __future__ import annotations

import re

from ..numbers import Amount
from ..scan import LATIN as _LATIN
from .attribution_cues import (
    _APPLICABLE_TO,
    _ARTICLE_BEFORE,
    _ASIDE,
    _BACK_REFERENCE,
    _BEFORE_EXTRAORDINARY_EPS,
    _CAUSE,
    _CAUSE_AFTER,
    _CAUSE_POSSESSIVE,
    _CENTS_ANY,
    _CHANGE_NOUN_AFTER,
    _CHANGE_NOUN_IN,
    _CHARGE_FOR,
    _COMPARES_BACK,
    _COMPLEMENT,
    _CONTINUING_EPS,
    _CONTINUING_PROFIT,
    _CONTINUING_SCOPE,
    _CURRENCIES,
    _DEBT_FLOW_VERB,
    _DEBT_OWED,
    _DEFINITION,
    _DILUTED_AFTER,
    _DILUTED_BEFORE,
    _DILUTED_WORD,
    _EQUITIES,
    _FOR_EACH_SHARE,
    _FROM_A_SUM,
    _HOLDERS,
    _HOW_ASIDE,
    _IN_ALL,
    _IN_ALL_ZH,
    _IN_STOCK_TOO,
    _INCLUDES_ZH,
    _INCLUDING_BEFORE,
    _LOSS_ONLY,
    _MEDIA,
    _NOUN_RIGHT_AFTER,
    _OF_AFTER_FIGURE,
    _OF_NOUN,
    _OF_WHOLE_TAIL,
    _ON_BASE,
    _OWN_CLAUSE_OBJECT,
    _PAID_FOR,
    _PAIRED_PER_SHARE,
    _PARTS,
    _PAYOUTS,
    _PER_N_BEFORE,
    _PER_SHARE_AFTER,
    _PER_SHARE_AFTER_ANY,
    _PER_SHARE_BEFORE,
    _PER_SHARE_ZH,
    _PROFIT_VERBS,
    _PROFITS,
    _QUOTIENT_ASIDE,
    _RATIO_OF,
    _RATIO_TO,
    _SPENT_BEFORE,
    _SPENT_ON,
    _STOCK_SOLD_VERB,
    _STOCK_WORDS,
    _THING_AFTER,
    _TO_CENTS,
    _TO_PER_SHARE,
    _VERSUS_A,
    _WHOLE_OF_RATE,
    VOLUME_VERB,
    _has_aside_marks,
    _not_per_share,
    _outside_asides,
    _rates_first,
    _sum_of_parts,
    _whole_before,
)
from .clauses import CLAUSE_SEP
from .lexicon import MetricWord as _Word
from .measures import (
    DENOMINATOR,
    DENOMINATOR_OF_PERIOD,
    DENOMINATOR_REACH,
    LOSS,
    LOSS_CUE,
    PER_N_AFTER,
    ratio_of,
)
from .mentions import Mention, ReadingState
from .model import CHANGE_PCT, TIMES
from .ratio_names import as_share_of, fronted_share_of
from .structures import balances, has_currency
from .subjects import Subjects

# a sentence opening on continuing operations (On a continuing basis, From continuing operations,)
_CONTINUING_FRAME = re.compile(
    r"(?i)\s*(?:on|for|from)\s+(?:a\s+|its\s+|the\s+)?continuing\s+(?:basis|operations)\s*,"
)


def _own_clause(s: str, clause: int, start: int) -> int:
    """Where the clause of a metric named at ``start`` opens: the number's own (``clause``), or,
    for a metric named in a clause before (持续经营业务摊薄每股收益1.51美元，上年同期为1.43美元),
    that clause's opening."""
    if start >= clause:
        return clause
    return max(s.rfind(sep, 0, start) for sep in "，,；;。") + 1


class Attribution(Subjects):
    """Metric and subject of a number, for ``extract._Extractor``."""

    def _profit_behind_loss(self, mention: Mention, subjects: list[Mention]) -> Mention:
        """A bare loss word (亏损, a loss of) after a profit metric is that metric's sign, not
        another metric: 扣非净利润亏损4.68亿元 is 扣非净利润."""
        if mention.word.text.lower() not in _LOSS_ONLY:
            return mention
        if mention.word.text.lower() in ("deficit", "deficiency", "hole"):
            # equity swung to a positive $180m from a deficit of $1.29bn: the balance's sign
            held = [m for m in subjects if m.end <= mention.start and m.word.concept in balances()]
            if held:
                return held[-1]
        profits = [
            m
            for m in subjects
            if m.end <= mention.start
            and m.word.concept in _PROFITS
            and m.word.text.lower() not in _LOSS_ONLY
        ]
        return profits[-1] if profits else mention

    def _subjects(self, s: str, metrics: list[Mention]) -> list[Mention]:
        # a metric after 占 is a denominator (占营业收入的5.52%), not what the number measures;
        # "shares" in 10 yuan for every 10 shares is no share price
        asides = [x.span() for x in _HOW_ASIDE.finditer(s)] if "," in s else []
        if "（" in s and ("/" in s or "之比" in s or "除以" in s):
            # 医疗费用率（医疗费用/保费收入）为83.6%，同比下降0.4个百分点: the quotient that
            # defines a rate names its parts, not what the figures after it measure
            asides += [x.span() for x in _QUOTIENT_ASIDE.finditer(s)]
        if "（" in s or "(" in s:
            for m in metrics:
                if s[m.end : m.end + 1] in ("（", "("):
                    gloss = _ASIDE.match(s, m.end)
                    if gloss is None or not _PARTS.search(gloss.group()):
                        continue
                    x, y = gloss.span()
                    inner = [n for n in metrics if x < n.start and n.end <= y]
                    # (运营成本（销售、一般及管理费用）: one line's whole name, the line it is)
                    if not (len(inner) == 1 and inner[0].end - inner[0].start == y - x - 2):
                        asides.append((x, y))
        return [
            m
            for m in metrics
            if not DENOMINATOR.search(s, max(0, m.start - 3), m.start)
            and not self._whole_of_its_period(s, m, metrics)
            # Gross margin, calculated from revenue and cost of sales, slipped: the aside's
            # metrics say how the figure is worked out, not what it is
            and not any(x <= m.start and m.end <= y for x, y in asides)
            # (both end on a space right before the word: a cheap test first)
            and not (
                s[m.start - 1 : m.start].isspace()
                and (
                    _PER_N_BEFORE.search(s, max(0, m.start - 16), m.start)
                    # costs applicable to gold sales: the costs, not the sales
                    or _APPLICABLE_TO.search(s, max(0, m.start - 30), m.start)
                )
            )
        ]

    @staticmethod
    def _whole_of_its_period(s: str, m: Mention, metrics: list[Mention]) -> bool:
        """A metric after 占当年 (约占当年归母净利润的14.2%) is a denominator, unless the metric
        named before it is the same (四季度营收…，占当年营收的三成: a period's share of its year)."""
        if not DENOMINATOR_OF_PERIOD.search(s, max(0, m.start - DENOMINATOR_REACH), m.start):
            return False
        before = [x for x in metrics if x.end <= m.start]
        return not before or before[-1].word.concept != m.word.concept

    def _metric(self, s, a, b, clause, metrics, subjects, amount: Amount, state: ReadingState):
        """(mention, found in the number's own clause)."""
        mention, own = self._metric_named(s, a, b, clause, metrics, subjects, amount, state)
        if (
            mention is not None
            and mention.word.concept in _CONTINUING_EPS
            and (
                self.lex.continuing_re.search(s, _own_clause(s, clause, mention.start), a)
                # (On a continuing basis, per-share earnings nearly quadrupled: a frame the
                # sentence opens with)
                or ("continuing" in s[:40] and _CONTINUING_FRAME.match(s) is not None)
            )
        ):
            # earnings from continuing operations came to $1.61 a share: that EPS, not the
            # whole net income's
            concept = _CONTINUING_EPS[mention.word.concept]
            eps = _Word(mention.word.text, concept, None, "per_share", True)
            mention = Mention(mention.start, mention.end, eps)
        elif (
            mention is not None
            and mention.word.concept in _CONTINUING_PROFIT
            and ("持续经营" in s or "ontinuing" in s or "iscontinued" in s)
            and _CONTINUING_SCOPE.search(s, 0, mention.start)
            and not self.lex.continuing_re.search(s, mention.start, a)
        ):
            # 若只看持续经营业务，二季度利润同比降幅达23%: the profit of continuing operations
            word = mention.word
            scoped = _Word(word.text, _CONTINUING_PROFIT[word.concept], word.measure, word.kind,
                           word.whole_company)  # fmt: skip
            mention = Mention(mention.start, mention.end, scoped)
        elif (
            mention is not None
            and mention.word.concept in _BEFORE_EXTRAORDINARY_EPS
            and self.lex.before_extraordinary_re.search(s, min(clause, mention.start), a)
        ):
            # income before the extraordinary item was $502 million, or 79 cents a share: the EPS
            # before it, not the EPS of the net loss after it
            concept = _BEFORE_EXTRAORDINARY_EPS[mention.word.concept]
            eps = _Word(mention.word.text, concept, None, "per_share", True)
            mention = Mention(mention.start, mention.end, eps)
        return mention, own

    def _metric_named(self, s, a, b, clause, metrics, subjects, amount, state: ReadingState):
        mention, own = self._metric_word(s, a, b, clause, metrics, subjects, amount, state)
        if mention is None:
            return mention, own
        if amount.unit in _CURRENCIES and _ON_BASE.search(s, max(0, a - 16), a):
            # preferred dividends, mostly on the $25 billion the Treasury injected: the sum a
            # metric is paid on is not that metric
            return None, own
        if mention.word.kind == "per_share":
            profits = [m for m in subjects if m.end <= a and m.word.concept in _PROFITS]
            state.profit_behind_per_share = profits[-1] if profits else None
        else:
            state.profit_behind_per_share = None
        ratio = self._ratio_named(s, clause, a)
        if ratio is not None:
            return ratio, True
        if mention.word.concept == "eps_basic" and (
            _DILUTED_AFTER.match(s, b) or _DILUTED_BEFORE.search(s, min(clause, mention.start), a)
        ):
            eps = _Word(mention.word.text, "eps_diluted", None, "per_share", True)
            return Mention(mention.start, mention.end, eps), own
        after = _PER_SHARE_AFTER.match(s, b)
        if mention.word.concept in _PAYOUTS and PER_N_AFTER.match(s, b):
            per10 = _Word(
                mention.word.text, _PAYOUTS[mention.word.concept], None, "per_share", True
            )
            return Mention(mention.start, mention.end, per10), own
        per_share = after or (
            _PER_SHARE_BEFORE.search(s, 0, a)
            if s.find("每股", 0, a) >= 0 or _LATIN.search(s, 0, a)
            else None
        )
        if (
            not per_share
            and amount.unit in _CURRENCIES
            and not amount.scale
            and amount.value < 100
            and _PAIRED_PER_SHARE.search(s, max(0, a - 80), a)
        ):
            # …, or 66 cents a share, up 7.2% from $1.20 billion, or 71 cents; 98 cents a share
            # from $1.14: the year before's figure per share, said like the one before it
            per_share = _PAIRED_PER_SHARE.search(s, max(0, a - 80), a)
            after = _PER_SHARE_AFTER.search(s, per_share.start(), a)
        if amount.unit == "%" and not per_share:
            # earnings were unchanged at $1.85 a share, rose 5% to 42 cents a share, the dividend
            # was raised by a third to 50 cents a share: the change of the figure per share after it
            to = _TO_PER_SHARE.match(s, b)
            after = to and _PER_SHARE_AFTER.match(s, to.end())
            per_share = after
        if (
            mention.word.concept in _EQUITIES
            and amount.unit in _CURRENCIES
            and not amount.scale
            and (after or _FOR_EACH_SHARE.match(s, b))
        ):
            # equity of $4.93 billion, or $7.24 for each of the 680 million shares outstanding
            # ($7.24 a share): the book value per share
            bps = _Word(mention.word.text, "bps", None, "per_share", True)
            return Mention(mention.start, mention.end, bps), own
        if (
            per_share
            and mention.word.concept
            in ("np_parent", "np_common", "np_continuing", "np_before_extraordinary")
            and amount.unit in (*_CURRENCIES, "%")
            # (down from $278 million, or $0.78 per diluted share: millions are no figure per
            # share, whatever per-share words come before)
            and not (amount.unit in _CURRENCIES and amount.scale not in ("", "元") and not after)
            # (earned $1.27 billion, or $2.59 per share, down 5 percent from $1.34 billion: a
            # change from a sum in billions is the profit's, not the figure per share's)
            and not (amount.unit == "%" and not after and _FROM_A_SUM.match(s, b))
        ):
            # the profit word stays (its sign: lost is negative), the concept is EPS
            # (98 cents a share on a diluted basis; diluted earnings were 1.85 a share; what is
            # left for the common shareholders, or 12 cents a share: EPS is that profit's)
            diluted = (
                (after and (after.group("diluted") or _DILUTED_AFTER.match(s, after.end())))
                or _DILUTED_BEFORE.search(s, min(clause, mention.start), a)
                or _DILUTED_WORD.search(s, max(0, mention.start - 12), mention.start)
            )
            concept = "eps_diluted" if diluted else "eps_basic"
            eps = _Word(mention.word.text, concept, None, "per_share", True)
            state.profit_behind_per_share = mention
            return Mention(mention.start, mention.end, eps), own
        # (paid dividends of 68 cents a share: the dividends paid, said per share)
        if mention.word.concept in ("dividend_cash", "kpi_dividends_paid") and (
            (amount.unit in _CURRENCIES and (after or (not amount.scale and amount.value < 100)))
            or (amount.unit == "%" and after)
            # a dividend of 10 cents a share, against 31 cents, a cut of two-thirds: the change
            # of the dividend the clause before gave per share
            # (cut its dividend to 5 cents from 42.5 cents, a reduction of 88%: levels in cents
            # are per share too)
            or (
                amount.unit == "%"
                and mention.end <= a
                and (
                    _PER_SHARE_AFTER_ANY.search(s, mention.end, a) is not None
                    or _CENTS_ANY.search(s, mention.end, a) is not None
                    or (
                        s.find("每股", max(0, mention.start - 8), a) >= 0
                        and _PER_SHARE_ZH.search(s, max(0, mention.start - 8), a) is not None
                    )
                )
            )
            # the dividend was slashed 84% to 5 cents: the change of the level per share it reached
            or (amount.unit == "%" and _TO_CENTS.match(s, b) is not None)
        ):
            # 49 cents a share, a $0.10 quarterly dividend: a dividend without a scale is per
            # share (a company's total is printed in millions)
            dps = _Word(mention.word.text, "dividend_per_share", None, "per_share", True)
            return Mention(mention.start, mention.end, dps), own
        return mention, own

    def _ratio_named(self, s: str, clause: int, a: int) -> Mention | None:
        """The ratio of X to Y named before the number in its clause, as a rate (X / Y × 100);
        so is X as a percentage of Y (a table's row: SG&A as % of revenues)."""
        named = as_share_of(self.lex, s, clause, a) or fronted_share_of(self.lex, s, clause, a)
        if named is not None:
            start, end, concept = named
            return Mention(start, end, _Word(s[start:end], concept, None, "ratio", False))
        if not _LATIN.search(s, clause, a):
            return None  # ("ratio of" is English)
        for r in _RATIO_OF.finditer(s, clause, a):
            first = self.lex.metrics_re.match(s, r.end())
            to = first and _RATIO_TO.match(s, first.end())
            second = to and self.lex.metrics_re.match(s, to.end())
            if not second or second.end() > a:
                continue
            x, y = (self.lex.metric(m.group()).concept for m in (first, second))
            concept = ratio_of(x, y)
            if concept is not None:
                word = _Word(s[r.start() : second.end()], concept, None, "ratio", False)
                return Mention(r.start(), second.end(), word)
        return None

    def _metric_word(self, s, a, b, clause, metrics, subjects, amount, state):
        if amount.unit == "count" and _HOLDERS.search(amount.printed):
            # 65,625 shareholders: the counted noun is the metric (the word alone is too loose
            # for the lexicon: profit attributable to shareholders)
            word = _Word(amount.printed, "kpi_shareholders", None, "count", False)
            return Mention(a, b, word), True
        if amount.unit == "count" and (verb := VOLUME_VERB.search(s, max(clause, a - 8), a)):
            # 全年销售1461万盒, 生产1577万盒: the verb of selling or making names the volume
            concept = "production_volume" if verb.group(1) in ("生产", "产出") else "sales_volume"
            word = _Word(verb.group(1), concept, None, "count", False)
            return Mention(verb.start(), verb.end(1), word), True
        if amount.unit in _CURRENCIES and (
            _IN_ALL.match(s, b) or ("计" in s[max(0, a - 6) : a] and _IN_ALL_ZH.search(s, 0, a))
        ):
            summed = _sum_of_parts(subjects, a)
            if summed is not None:
                return summed, True
        if len(subjects) > 1 and (
            "which" in s
            or ", the " in s
            or ", a" in s
            or ", including " in s
            or ", excluding " in s
            or ", not including " in s
            or ", counting " in s
            or ", not counting " in s
            or _has_aside_marks(s)
        ):
            subjects = _outside_asides(s, a, subjects)
        segments = self._us_segments_before(s, a)
        if segments:
            # (Premiums receivable jumped 63%: a segment's name inside a balance sheet line's
            # is that line's name)
            segments = [
                (x, y)
                for x, y in segments
                if not any(
                    m.start <= x and y < m.end and m.word.concept in balances() for m in subjects
                )
            ]
        if segments:
            # a metric word inside a segment's name (Online stores) names the segment only
            subjects = [
                m for m in subjects if not any(x <= m.start and m.end <= y for x, y in segments)
            ]
            named = self._segment_named(s, a, segments, subjects, amount)
            if named is not None:
                return named, True
        before = [m for m in subjects if m.end <= a and m.start >= clause]
        if before and before[0].start < a - 6 and "原因" in s[clause:a]:
            # 利润下滑的主要原因是当季计提了4.44亿美元的诉讼相关费用: the metric whose change is
            # explained is not what the figure of the cause measures
            cause = _CAUSE.search(s, clause, a)
            before = [m for m in before if m.start >= cause.end()] if cause else before
        if len(before) > 1 and _DEFINITION.search(s, clause, a):
            # free cash flow (operating cash flow less capex) nearly doubled: the words of an
            # aside that defines the metric are its parts, not what the figure measures
            asides = [m.span() for m in _DEFINITION.finditer(s, clause, a)]
            kept = [m for m in before if not any(x < m.start and m.end <= y for x, y in asides)]
            before = kept or before
        if len(before) > 1 and _OF_AFTER_FIGURE.search(
            s, max(0, before[-1].start - 24), before[-1].start
        ):
            # operating activities provided $16.0bn of cash … versus a $14.1bn outflow: the noun
            # after an earlier figure is what it was paid in, the metric is the one before
            before = before[:-1]
        if amount.scale not in ("", "元") and amount.unit in _CURRENCIES:
            # fell to $783 million, or $1.21 per diluted share, … from $945 million: millions are
            # no figure per share, they are the profit's
            subjects = _not_per_share(subjects)
            before = _not_per_share(before)
            # (buying back its own shares, compared with $500 million a year earlier: millions
            # are no share price)
            subjects = [m for m in subjects if m.word.concept != "kpi_share_price"] or subjects
            before = [m for m in before if m.word.concept != "kpi_share_price"] or before
        if amount.unit == "%" and _FROM_A_SUM.match(s, b):
            # earned $423 million, or $0.36 per diluted share, down 29.5% from $600 million: a
            # change from a sum in millions is the sum's, not the figure per share's
            subjects = _not_per_share(subjects)
            before = _not_per_share(before)
        after = [
            m
            for m in metrics
            if a < m.start
            # (the nearness test first: it rules out most of the sentence's words cheaply)
            and (
                m.start < b
                # (a $124 million charge for the company's global cost reduction plan: what the
                # charge is for names it, however far)
                or (
                    s[b : b + 8] in (" charge ", " charges")
                    and _CHARGE_FOR.fullmatch(s, b, m.start)
                )
                or (
                    m.start - b <= (24 if s[b : m.start].isascii() else 12)
                    and not CLAUSE_SEP.search(s[b : m.start])
                    # ($161.6 million -- still 14% of product sales: a dash sets off an aside
                    # about the figure, whose words are not what it measures)
                    and "--" not in s[b : m.start]
                    and "\u2014" not in s[b : m.start]
                )
            )
            and not (
                s[m.start - 1 : m.start].isspace()  # (where _PER_N_BEFORE ends: cheap first)
                and _PER_N_BEFORE.search(s, max(0, m.start - 16), m.start)
            )
            # ($1.52 billion as lower equity markets cut into asset values: a clause of cause
            # after the figure names what moved it, not what it measures)
            and not _CAUSE_AFTER.match(s, b, m.start)
            and not (
                s[m.end : m.end + 1] in ("'", "’") and _CAUSE_POSSESSIVE.match(s, b, m.end + 2)
            )
            # the 20.13% it earned in 2021: a rate a profit verb follows is the subject's rate
            # before it (a return), not the profit
            and not (amount.unit == "%" and m.word.text.lower() in _PROFIT_VERBS)
        ]
        if (
            not after
            and amount.unit in _CURRENCIES
            and s[max(0, a - 14) : a].rstrip().endswith(("including", " a", " an", "$"))
            and _INCLUDING_BEFORE.search(s, max(0, a - 16), a)
            and _THING_AFTER.match(s, b)
        ):
            # expense more than doubled to $2.66 billion, including a $133 million special
            # assessment: a part of the metric before, named by a noun the lexicon does not know
            return None, True
        if not after and s[b : b + 8] in (" charge ", " charges") and _CHARGE_FOR.match(s, b):
            # a $22.2 million charge related to a customer's bankruptcy: a charge named by what
            # it is for, no metric the sentence named before
            return None, True
        if amount.unit == "%" and any(m.end <= a for m in subjects):
            # R&D was 21.7m yuan, 3.74% of revenue: the metric after "of" is the whole, not what
            # the rate measures (unless a segment it came from follows: a third of revenue came
            # from hotels)
            tail = _OF_WHOLE_TAIL.match(s, b)
            after = [m for m in after if not _whole_before(s, b, m.start, tail)]
        if (
            len(before) == 1
            and after
            and _OF_AFTER_FIGURE.search(s, max(0, before[0].start - 24), before[0].start)
            and _OF_NOUN.fullmatch(s, b, after[0].start)
        ):
            # $2.97 billion in cash plus $9.0 billion of marketable securities: each figure is
            # the noun said right after it, the one before named the figure before
            before = []
        counted = amount.unit == "count" or (amount.scale and not has_currency(amount.printed))
        # a counted noun after the number names it (802万开发者); so does any metric word after
        # it when none comes before in the clause (实现233亿元营收, RMB 5.6 billion in net profit)
        if (
            after
            and not before
            and after[0].word.concept == "cash"
            and _OF_NOUN.fullmatch(s, b, after[0].start)
            and (_IN_STOCK_TOO.match(s, after[0].end) or _PAID_FOR.search(s, max(0, a - 24), a))
        ):
            # agreed to buy BGI for about $13.5 billion in cash and stock: what a deal is paid
            # in, not the company's cash
            return None, True
        if (
            after
            and not before
            and after[0].word.text.lower() in ("loss", "net loss")
            and s[b : after[0].start].isspace()
            and _VERSUS_A.search(s, max(0, a - 24), a)
        ):
            # non-operating income of $77 million, against a $4 million loss a year earlier: the
            # loss compared with a result is that result's sign, not the net loss
            return self._profit_behind_loss(after[0], subjects), True
        if (
            after
            and not before
            and after[0].word.concept in _DEBT_OWED
            and _DEBT_FLOW_VERB.search(s, max(0, a - 20), a)
        ):
            # 偿还了5亿美元长期借款, 新借入9亿美元长期债务: the debt repaid or taken on in the
            # period (a cash-flow line), not the debt owed at its end
            verb = _DEBT_FLOW_VERB.search(s, max(0, a - 20), a)
            repaid = verb.group().startswith(("偿还", "偿付", "归还")) or verb.group("repaid")
            flow = "偿还债务" if repaid else "借入长期债务"
            return Mention(after[0].start, after[0].end, self.lex.metric(flow)), True
        if (
            after
            and after[0].word.text.lower() in _STOCK_WORDS
            and _OF_NOUN.fullmatch(s, b, after[0].start)
            and _STOCK_SOLD_VERB.search(s, max(0, a - 20), a)
        ):
            # the company sold $869 million of stock: the proceeds of the shares it issued
            word = self.lex.metric("issuance of common stock")
            return Mention(after[0].start, after[0].end, word), True
        if after and ((counted and after[0].word.kind == "count") or not before):
            return after[0], True
        if (
            after
            and before
            and amount.unit in _CURRENCIES
            and s[b : after[0].start] == "的"
            and _INCLUDES_ZH.search(s, max(before[-1].end, a - 8), a)
        ):
            # 净利润中包含3120万美元的终止经营业务收益: a part of the figure named before, named
            # after its own figure, is what that figure measures
            return after[0], True
        if (
            after
            and before
            and after[0].word.text[:12].lower() == "attributable"
            and s[b : after[0].start].isspace()
        ):
            # net income of $609 million includes $20 million attributable to noncontrolling
            # interests: whose share a figure is, said right after it, is what it measures
            return after[0], True
        if (
            after
            and before
            and amount.unit == "%"
            and s[b : after[0].start].isspace()
            and _CHANGE_NOUN_AFTER.match(s, after[0].end)
        ):
            # a lower tax rate turned a 4% sales gain into…: the metric between the rate and its
            # change noun names it
            return after[0], True
        if after and before and _CHANGE_NOUN_IN.fullmatch(s, b, after[0].start):
            # inventories offset a 7 percent drop in sales: the change's noun names what it is of
            return after[0], True
        if (
            after
            and before
            and amount.unit in _CURRENCIES
            and after[0].word.kind == "amount"
            # (provided $16.0bn of cash, bought back $2 billion of stock: what a flow was paid
            # in or bought, not the measure of the sum)
            and after[0].word.concept not in _MEDIA
            and _OF_NOUN.fullmatch(s, b, after[0].start)
        ):
            # free cash flow after $54 million of capital spending came to $317 million: a sum
            # and "of" before a metric is that metric's (a measure phrase), not the clause's
            # subject's
            return after[0], True
        if (
            after
            and before
            and amount.unit in _CURRENCIES
            and _SPENT_BEFORE.search(s, max(0, a - 40), a)
            and _SPENT_ON.fullmatch(s, b, after[0].start)
        ):
            return after[0], True
        if (
            after
            and before
            and amount.unit in _CURRENCIES
            and after[0].word.kind == "amount"
            and _ARTICLE_BEFORE.search(s, max(0, a - 5), a)
            and _NOUN_RIGHT_AFTER.fullmatch(s, b, after[0].start)
        ):
            # what turned that into a profit was a $115 million income-tax benefit: "a" sum
            # and the metric right after it name one thing, the metric the sum's
            return after[0], True
        if before and not counted and before[-1].word.kind == "count":
            # sales at company-operated restaurants dropped 10.4%: the stores are where the
            # sales were made (a complement after at/in/of), the figure is the sales'
            amounts_before = [
                m
                for m in before[:-1]
                if m.word.kind != "count" and _COMPLEMENT.fullmatch(s, m.end, before[-1].start)
            ]
            if amounts_before:
                before = amounts_before
        if before and _OWN_CLAUSE_OBJECT.search(s, max(before[-1].end, a - 60), a):
            # interest expense doubled to $82 million after the company sold $2 billion of
            # notes: the object of a clause with its own subject and verb is not the metric
            # the sentence opened with
            return None, True
        if amount.unit == "pp":
            before = _rates_first(before)
        if before:
            return self._profit_behind_loss(before[-1], subjects), True
        earlier = [m for m in subjects if m.end <= a]
        if len(earlier) > 1 and _WHOLE_OF_RATE.search(
            s, max(0, earlier[-1].start - 30), earlier[-1].start
        ):
            # the allowance rose to $4.57 billion, or 2.77 percent of loans, from $3.92 billion:
            # the whole an earlier rate was of is not what the figures after it go on about
            earlier = earlier[:-1]
        if amount.unit == "pp":
            earlier = _rates_first(earlier)
        if earlier:
            return self._profit_behind_loss(earlier[-1], subjects), False
        # a sentence that is only a change ("同比增长18.79%。") continues the one before it; any
        # other sentence names its own subject ("截至发稿，公司股价涨3.5%")
        if amount.unit in ("%", "pp", "times") and not self._names_something_else(s, 0, a, ()):
            behind = state.profit_behind_per_share
            if (
                behind is not None
                and state.metric is not None
                and state.metric.word.kind == "per_share"
                and _BACK_REFERENCE.match(s)
            ):
                return behind, False  # …, or $1.46 a share. That was up 11%: the profit
            return state.metric, False
        if (
            amount.unit in _CURRENCIES
            and state.metric is not None
            and state.metric.word.kind in ("amount", "per_share")
            and _COMPARES_BACK.match(s)
        ):
            # That compares with $750.5 million, or $1.44 per share, a year earlier: a sentence
            # that names no metric and compares back gives the figures of the one before it
            behind = state.profit_behind_per_share
            if state.metric.word.kind == "per_share" and behind is not None:
                return behind, False
            return state.metric, False
        return self._segment_subject(s, clause, a, amount), True

    def _words(self, s, clause, a, mention: Mention | None, measure: str) -> str | None:
        """The words that named the figure; for a change, a loss or outflow word of its clause
        (亏损同比收窄35.68%, 净流出同比收窄48.54%), which the checker reads as a change of size."""
        if measure in (CHANGE_PCT, TIMES):
            loss = list(LOSS.finditer(s, clause, a)) if LOSS_CUE.search(s, clause, a) else []
            if loss:
                return loss[-1].group()
        return mention.word.text if mention else None
