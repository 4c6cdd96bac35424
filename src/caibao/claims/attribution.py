"""Attributing a number to a metric (and, through ``subjects.Subjects``, a subject).

Takes: the sentence, its metric mentions and company mentions, the number's place and clause.
Gives: the metric word that names the number (``Attribution._metric``: before it in its clause,
a counted noun after it, else the clause before: ``metric_words.MetricWords``; what a named word
becomes, a ratio or a figure per share: ``per_share_names.PerShareNames``; continuing operations
and EPS before an extraordinary item here) and the words that name it for the verdict's reason
(``_words``); the subject company (``_subject_of``) and whether the clause names something
else so no metric carries over (``_names_something_else``) come from the ``subjects.Subjects``
mixin, the patterns both read with from ``attribution_cues``; whether the figure is a forecast is
``forecasts.is_forecast``. ``Mention`` and ``ReadingState`` (``mentions``) are the records the
walker keeps. A mixin of the extractor.
"""

from __future__ import annotations

import re

from ..numbers import Amount
from .attribution_cues import (
    _APPLICABLE_TO,
    _ASIDE,
    _BEFORE_EXTRAORDINARY_EPS,
    _CONTINUING_EPS,
    _CONTINUING_PROFIT,
    _CONTINUING_SCOPE,
    _HOW_ASIDE,
    _LOSS_ONLY,
    _PARTS,
    _PER_N_BEFORE,
    _PROFITS,
    _QUOTIENT_ASIDE,
)
from .lexicon import MetricWord as _Word
from .measures import (
    DENOMINATOR,
    DENOMINATOR_OF_PERIOD,
    DENOMINATOR_REACH,
    LOSS,
    LOSS_CUE,
)
from .mentions import Mention, ReadingState
from .metric_words import MetricWords
from .model import CHANGE_PCT, TIMES
from .per_share_names import PerShareNames
from .structures import balances
from .subjects import Subjects

# a sentence opening on continuing operations (On a continuing basis, From continuing operations,)
_CONTINUING_FRAME = re.compile(
    r"(?i)\s*(?:on|for|from)\s+(?:a\s+|its\s+|the\s+)?continuing\s+(?:basis|operations)\s*,"
)


# the words a profit is said without its non-recurring items by (excluding, stripping out, 扣除)
# a part of a figure said with where it came from (归母净利润中约2965万元来自非经常性损益): the
# part is the source's figure
_CAME_FROM = re.compile(r"\s*(?:主要|均|全部|大部分)?(?:来自于?|来源于|源于|源自)\s*")
_WITHOUT_ITEMS = re.compile(r"(?i:exclud\w*|strip\w*\s+out|before|without|ex)\s+(?:the\s+)?$|扣除$")


def _own_clause(s: str, clause: int, start: int) -> int:
    """Where the clause of a metric named at ``start`` opens: the number's own (``clause``), or,
    for a metric named in a clause before (持续经营业务摊薄每股收益1.51美元，上年同期为1.43美元),
    that clause's opening."""
    if start >= clause:
        return clause
    return max(s.rfind(sep, 0, start) for sep in "，,；;。") + 1


class Attribution(PerShareNames, MetricWords, Subjects):
    """Metric and subject of a number, for ``extract._Extractor``."""

    def _profit_behind_loss(
        self, mention: Mention, subjects: list[Mention], s: str = ""
    ) -> Mention:
        """A bare loss word (亏损, a loss of) after a profit metric is that metric's sign, not
        another metric: 扣非净利润亏损4.68亿元 is 扣非净利润 (not the non-recurring items a profit
        is said without: Excluding non-recurring items, the company earned …)."""
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
            # (basic EPS was a loss of RMB 4.17: a per-share result's sign)
            and (m.word.concept in _PROFITS or m.word.kind == "per_share")
            and m.word.text.lower() not in _LOSS_ONLY
            and not (
                m.word.concept == "non_recurring"
                and _WITHOUT_ITEMS.search(s, max(0, m.start - 16), m.start)
            )
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
                # (English sets its bracket a space after the name: Recurring net profit
                # (excluding non-recurring gains and losses) was …, up 181.78%)
                at = m.end + 1 if s[m.end : m.end + 2] == " (" else m.end
                if s[at : at + 1] in ("（", "("):
                    gloss = _ASIDE.match(s, at)
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
        after = s[b : b + 6]
        came = (
            _CAME_FROM.match(s, b)
            if amount.unit != "%" and ("来" in after or "源" in after)
            else None
        )
        source = self.lex.metrics_re.match(s, came.end()) if came is not None else None
        if source is not None:
            # 归母净利润中约2965万元来自非经常性损益: the part from the source named after it
            return Mention(source.start(), source.end(), self.lex.metric(source.group())), True
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

    def _words(self, s, clause, a, mention: Mention | None, measure: str) -> str | None:
        """The words that named the figure; for a change, a loss or outflow word of its clause
        (亏损同比收窄35.68%, 净流出同比收窄48.54%), which the checker reads as a change of size."""
        if measure in (CHANGE_PCT, TIMES):
            loss = list(LOSS.finditer(s, clause, a)) if LOSS_CUE.search(s, clause, a) else []
            if loss:
                return loss[-1].group()
        return mention.word.text if mention else None
