"""Reading a number's value, unit, measure and qualifier in its clause.

Takes: the sentence, the number's place and ``Amount`` (``caibao.numbers``), the metric word that
names it. Gives: the measure (a level, a change in % or points, a share, a multiple, a rank) with
the signed value and unit (``Measures._measure``), the qualifier and its span (``_qualifier``), what
a value word says itself (``_word_measure``: 翻番 is a change), the segment a share comes from
(``_share_source``: 近三成收入来自X). A mixin of the extractor. The patterns it reads with are
``measure_cues``; a range's bounds and the qualifier's cheap tests are ``qualifier_spans``; the
numbers the extractor adds to ``find_amounts``'s (``bare_after_metric``: 流动比率1.30;
``rank_amounts``: 第一大业务) are ``added_amounts``, re-exported here with the names other
modules import from here.
"""

from __future__ import annotations

import re

from ..metrics.definitions import lower_is_better
from ..numbers import Amount
from .added_amounts import bare_after_metric as bare_after_metric
from .added_amounts import rank_amounts as rank_amounts
from .measure_cues import (
    _AFTER_FIGURE,
    _BY,
    _BY_ONLY,
    _CHANGE_WORD_AFTER_RATE,
    _CONTRIBUTED,
    _CONTRIBUTED_WHOLE,
    _LESS,
    _NAMED_CHANGE_AFTER,
    _OF_ANOTHER,
    _OF_WHOLE,
    _OR_ALONE,
    _OUTFLOW_BEFORE,
    _PHRASAL_UP,
    _QOQ,
    _QOQ_AFTER,
    _QOQ_LEAD,
    _RATE_NOUN_RANKED,
    _RATE_NOUN_TO,
    _RESTATED,
    _SHARE_FROM_EN,
    _SHARE_FROM_ZH,
    _SIGN_CUE,
    _SIGN_WORD,
    _SIGNED_CHANGE_LEAD,
    CHANGE_NOUN_OF,
    DEFINITION,
    DENOMINATOR,
    DENOMINATOR_OF_PERIOD,
    DENOMINATOR_REACH,
    LOSS,
    PER_N_AFTER,
    _names_a_loss,
    mention_is_after,
)
from .measure_cues import LOSS_CUE as LOSS_CUE
from .measure_cues import MULTIPLE_OF as MULTIPLE_OF
from .measure_cues import PER_N_SHARES as PER_N_SHARES
from .measure_cues import PER_SHARES as PER_SHARES
from .measure_cues import SHARE_CONTRIB as SHARE_CONTRIB
from .measure_cues import sequential as sequential
from .model import (
    CHANGE_ABS,
    CHANGE_PCT,
    CHANGE_PP,
    CHANGE_QOQ_PCT,
    RANK,
    SHARE_PCT,
    TIMES,
    VALUE,
)
from .qualifier_spans import (
    _last_before_spaces,
    _qualifier_ends,
    _without_qualifier,
    amount_end,
    range_bound,
)
from .ratio_names import ratio_of  # noqa: F401 (its home before ratio_names)
from .structures import has_currency
from .words import WordValue


class Measures:
    """Value, unit, measure and qualifier of a number, for ``extract._Extractor``."""

    def _share_source(self, s: str, b: int) -> str | None:
        """The segment a share comes from (近三成收入来自骨科业务, a third of revenue came from
        hotels), or None."""
        m = _SHARE_FROM_ZH.match(s, b) or _SHARE_FROM_EN.match(s, b)
        if m is None:
            return None
        name = m.group("seg").strip()
        return (self._clean_segment(name) or name) if not name.isascii() else name

    def _whole_after(self, s: str, b: int, a: int = -1) -> str | None:
        """The concept a percentage is a part of when English names it after the number (99.1%
        of revenue, 5.5% of its total revenue), or Chinese after a verb of contributing before
        it (贡献超八成利润, 贡献了60%以上的营收), or None."""
        m = _OF_WHOLE.match(s, b)
        if m is None and a > 0 and "贡献" in s and _CONTRIBUTED.search(s, max(0, a - 8), a):
            m = _CONTRIBUTED_WHOLE.match(s, b)
        if m is None:
            return None
        metric = self.lex.metrics_re.match(s, m.end())
        if metric is None and s[m.end() - 6 : m.end()].lower() == "total ":
            # more than half of total assets: "total" is the whole's own word, not a qualifier
            metric = self.lex.metrics_re.match(s, m.end() - 6)
        return self.lex.metric(metric.group()).concept if metric else None

    def _denominator(self, s: str, clause: int, a: int) -> str | None:
        """The concept after 占 in the clause before a number (占营业收入的5.52% → revenue)."""
        for m in self.lex.metrics_re.finditer(s, clause, a):
            if DENOMINATOR.search(
                s, max(0, m.start() - 3), m.start()
            ) or DENOMINATOR_OF_PERIOD.search(s, max(0, m.start() - DENOMINATOR_REACH), m.start()):
                return self.lex.metric(m.group()).concept
        return None

    def _measure(self, s, a, clause, mention, amount: Amount, kind, base):
        lex = self.lex
        value, unit = amount.value, amount.unit
        pre_start = max(clause, mention.end) if mention and mention.end <= a else clause
        if s[pre_start : pre_start + 1] in ("（", "(") and mention and mention.end == pre_start:
            # 自由现金流（经营现金流减资本开支）约为…: the aside that defines the metric says no
            # change of it
            aside = DEFINITION.match(s, pre_start, a)
            pre_start = aside.end() if aside else pre_start
        pre = s[pre_start:a]
        core = _without_qualifier(lex, pre)
        to_level = bool(lex.to_re.search(core)) and bool(lex.change_re.search(core))
        # made up, ate up, took up 40% of…: a part of a whole, not a rise
        changes = [
            m
            for m in lex.change_re.finditer(pre)
            if m.group().lower() != "up" or not _PHRASAL_UP.search(pre, 0, m.start())
        ]
        change = changes[-1].group().lower() if changes else None
        if change in lex.raise_words and mention and mention.word.concept in lex.raised_concepts:
            change = None  # raised $1.15 billion in a share sale: the amount it raised
        if unit == "%" and mention is not None and mention.start >= a:
            # a 4% sales gain, a 1% revenue decline: the change noun after the metric the rate is
            # of says the change (not a word of the clause before: a lower tax rate turned…)
            named = _NAMED_CHANGE_AFTER.match(s, amount_end(s, a, amount))
            if named and lex.metrics_re.fullmatch(named["noun"]):
                change = named["change"].lower()
        verb_before = False  # the change verb is before the metric (cut its debt by $700 million)
        if (
            change is None
            and mention
            and mention.end <= a
            and (_BY.match(pre) or (unit == "%" and pre.isspace() and s[a - 1 : a].isspace()))
        ):
            # slashed capex by 63%, raised its dividend by a third, grew revenue 8 per cent: the
            # verb before the metric
            words = s[max(clause, mention.start - 40) : mention.start].split()[-3:]
            verbs = [w.lower() for w in words if lex.change_re.fullmatch(w)]
            change = verbs[-1] if verbs else None
            # (cut R&D by 16 percent to $1.64 billion: the level it reached, no change)
            verb_before = change is not None and _BY_ONLY.fullmatch(core) is not None
        if change is None and unit in ("%", "pp", "times"):
            # the change word after the rate: 实现18.79%的增长, a 5% increase in revenue
            after = _CHANGE_WORD_AFTER_RATE.match(s, amount_end(s, a, amount))
            change = after.group(1).lower() if after else None
        if change is None and unit in ("%", "pp") and " of " in pre[-24:]:
            noun = CHANGE_NOUN_OF.search(pre)
            change = noun.group(1).lower() if noun else None
        if (
            change is None
            and unit == "%"
            and clause
            and not _without_qualifier(lex, s[clause:a]).strip()  # (a qualifier at most)
        ):
            # a change restated round (同比增长36.83%，接近四成): the clause before's change
            restated = _RESTATED.search(s, max(0, clause - 24), clause)
            if restated:
                change = restated.group(1).lower()
            elif "增" in s[max(0, clause - 16) : clause] and _RATE_NOUN_RANKED.search(
                s, max(0, clause - 16), clause
            ):
                change = "增幅"  # 西南大区增速最快，达35.87%: the rate of change ranked before
        signed_rate = unit == "%" and amount.printed.lstrip()[:1] in ("+", "-", "−", "﹢")
        if (
            change is None
            and signed_rate
            and kind != "ratio"
            and not mention_is_after(mention, a)
            and (_SIGNED_CHANGE_LEAD.search(pre) or _AFTER_FIGURE.search(s, max(0, a - 24), a))
        ):
            # 较上年末+7.22%, (-3.1%) after a figure: a signed rate beside a figure is its change
            return CHANGE_PCT, value, unit
        down = (change in lex.down_words or change in _LESS) if change else False
        if change in lex.worsen_words:
            down = True  # margins two points worse: they fell
        if (
            change is not None
            and (change in lex.improve_words or change in lex.worsen_words)
            and mention
            and mention.word.concept in lower_is_better()
        ):
            # the operating ratio's improvement of 2.4 points: a cost ratio fell; two points
            # worse: it rose
            down = change in lex.improve_words
        if unit == "rank":
            return RANK, value, unit
        if unit == "times" and kind == "times":
            return VALUE, value, unit  # 流动比率1.40倍: the ratio is printed in times
        if (
            unit == "times"
            and kind == "ratio"
            and not change
            and amount.printed.endswith("倍")
            and not _OF_ANOTHER.search(pre)
        ):
            # 收现比约1.1倍: a rate said as a multiple (not one of another figure: 是去年的2倍;
            # English "ratio below 1.5x" is mostly a covenant's bound on another ratio)
            return VALUE, value, unit
        if unit == "times":
            return TIMES, -value if down else value, unit
        if unit == "pp":
            return CHANGE_PP, -abs(value) if down else value, unit
        if unit == "%" and self._whole_after(s, amount_end(s, a, amount), a):
            return VALUE, value, unit  # ate up 57% of revenue: a part of a whole, not a change
        if unit == "%":
            share = lex.share_re.search(s[clause:a]) or (
                mention and lex.share_re.search(mention.word.text)
            )
            if share and kind != "ratio":  # 研发投入占营业收入比例 is a rate, not a share
                return (CHANGE_PCT if change and not to_level else SHARE_PCT), value, unit
            if kind == "ratio":
                if base:
                    return VALUE, value, unit  # rose to 73.7% from 73.2%: the base's level
                if change and not to_level:
                    return CHANGE_PCT, -abs(value) if down else value, unit
                return VALUE, value, unit
            if change or lex.yoy_re.search(s[clause:a]):
                rate_to = _RATE_NOUN_TO.search(core) if to_level else None
                if rate_to is not None:
                    # 增速放缓至12%, 降幅收窄至3%: the level a rate of change reached is a change
                    down_rate = rate_to.group(1) in ("降幅", "跌幅")
                    return CHANGE_PCT, -abs(value) if down_rate else value, unit
                if to_level:
                    return VALUE, value, unit
                signed = -abs(value) if down else value
                if (
                    _QOQ.search(s[clause:a])
                    or _QOQ_AFTER.match(s, amount_end(s, a, amount))
                    or _QOQ_LEAD.match(s)
                ):
                    return CHANGE_QOQ_PCT, signed, unit
                return CHANGE_PCT, signed, unit
            return VALUE, value, unit
        # money or counts
        if unit == "CNY" and kind == "count" and not has_currency(amount.printed):
            unit = "count"
        if unit in ("CNY", "USD", "HKD") and kind == "per_share":
            unit = f"{unit}/share"  # 每股收益0.21元, $6.13 per diluted share
            per_n = PER_N_AFTER.match(s, amount_end(s, a, amount))
            if per_n and int(per_n.group(1)) > 1:
                value = value / int(per_n.group(1))  # 10 yuan for every 10 shares: 1 a share
        if mention is not None and mention.word.measure and not base:
            return mention.word.measure, value, unit
        if (
            change
            and not to_level
            and (
                # (trimmed its short-term debt by $700 million: the amount of the change)
                verb_before
                # (少了, 上升了: the change word's own 了 goes as the core's does)
                or re.sub(r"(?:了|\s+by)\s*$", "", core.rstrip())
                .lower()
                .endswith(change.rstrip("了"))
            )
        ):
            signed = -abs(value) if down else value
            loss_word = LOSS.search(pre, 0, changes[-1].start()) if changes else None
            named_loss = (
                mention is not None
                and _names_a_loss(mention.word.text)
                and mention.word.concept not in lex.loss_named
            )
            if loss_word or named_loss:
                signed = -signed  # 净流出同比增加10.4亿元: the net flow fell by 10.4亿元
            return CHANGE_ABS, signed, unit
        # the last of loss and profit words before the number decides (上年亏损…转为盈利7461万元)
        signs = list(_SIGN_WORD.finditer(pre)) if _SIGN_CUE.search(pre) else []
        if not signs and kind == "per_share" and _OR_ALONE.fullmatch(pre):
            # net loss was $193mn, or $0.37 per diluted share: the figure per share said after
            # the sum, by "or" alone, is of the sum's sign (the clause before it says it)
            head = s[max(0, clause - 80) : clause].rstrip(" ,")
            # (the sum's own clause only: lost $564 million, or $1.12 a share, compared with net
            # income of $309 million, or 65 cents a share)
            head = head[max(head.rfind(","), head.rfind(";")) + 1 :]
            signs = list(_SIGN_WORD.finditer(head)) if _SIGN_CUE.search(head) else []
        # the net outflow from financing activities narrowed to 23.1 billion yuan: the flow
        # named as an outflow right before the metric's words
        outflow_named = (
            not signs
            and mention is not None
            and clause < mention.start
            and mention.end <= a
            and _OUTFLOW_BEFORE.search(s, max(clause, mention.start - 30), mention.start)
            is not None
        )
        if signs:
            loss = bool(LOSS.fullmatch(signs[-1].group()))
        elif outflow_named:
            loss = True
        else:
            # 信用减值损失, credit impairment losses: the loss word names the item, not its sign
            loss = (
                mention is not None
                and _names_a_loss(mention.word.text)
                and mention.word.concept not in lex.loss_named
            )
        if loss and value > 0 and unit.split("/")[0] in ("CNY", "USD", "HKD"):
            value = -value
        return VALUE, value, unit

    @staticmethod
    def _word_measure(word: WordValue, measure, value, unit, kind):
        """The measure a value word says itself (翻番: a change in %); 持平 of a rate is a change
        of zero points."""
        if word.measure is None:
            return measure, value, unit
        if word.measure == CHANGE_PCT and value == 0 and kind == "ratio":
            return CHANGE_PP, value, "pp"
        return word.measure, value, unit

    def _qualifier(self, s, a, b):
        lex = self.lex
        q, q_start, q_end = None, a, b
        lo = max(0, a - 16)
        ends = _qualifier_ends(lex)
        if ends is None or _last_before_spaces(s[lo:a]) in ends:
            m = lex.qualifier_before_re.search(s, lo, a)
        else:
            m = None  # (no qualifier ends where the figure starts: a cheap test first)
        if m:
            q, q_start = lex.qualifier_before[m.group(1).lower()], m.start()
        m2 = lex.qualifier_after_re.match(s, b)
        if m2 and q is None:
            q, q_end = lex.qualifier_after[m2.group(1).lower()], m2.end()
        if q is None:
            q = range_bound(s, a, b)
        return q, q_start, q_end
