"""Which metric word names a number: before it in its clause, a counted noun after it, else the
clause or sentence before.

Takes: the sentence, the number's place and clause, the metric mentions and subject mentions
(``Mention``), the ``Amount`` and the ``ReadingState`` of the sentences before. Gives:
``MetricWords._metric_word``: (the mention, whether it is in the number's own clause), or None
where the figure is named by a noun the lexicon does not know (a charge for X, a part of the
metric before). It reads with the patterns of ``attribution_cues``. A mixin of
``attribution.Attribution``.
"""

from __future__ import annotations

from .attribution_cues import (
    _ARTICLE_BEFORE,
    _BACK_REFERENCE,
    _CAUSE,
    _CAUSE_AFTER,
    _CAUSE_CLAUSE_AFTER,
    _CAUSE_POSSESSIVE,
    _CHANGE_NOUN_AFTER,
    _CHANGE_NOUN_IN,
    _CHARGE_FOR,
    _COMPARED_GAP,
    _COMPARES_BACK,
    _COMPLEMENT,
    _CURRENCIES,
    _DEBT_FLOW_VERB,
    _DEBT_OWED,
    _DEFINITION,
    _FROM_A_SUM,
    _HOLDERS,
    _IN_ALL,
    _IN_ALL_ZH,
    _IN_STOCK_TOO,
    _INCLUDES_ZH,
    _INCLUDING_BEFORE,
    _MEDIA,
    _NOUN_RIGHT_AFTER,
    _OF_AFTER_FIGURE,
    _OF_NOUN,
    _OF_WHOLE_TAIL,
    _OWN_CLAUSE_OBJECT,
    _PAID_FOR,
    _PER_N_BEFORE,
    _PER_SHARE_AFTER,
    _PROFIT_VERBS,
    _SPENT_BEFORE,
    _SPENT_ON,
    _STOCK_SOLD_VERB,
    _STOCK_WORDS,
    _THING_AFTER,
    _VERSUS_A,
    _WHOLE_OF_RATE,
    _WORKS_OUT,
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
from .mentions import Mention
from .structures import balances, has_currency


class MetricWords:
    """The metric word that names a number, for ``attribution.Attribution``."""

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
            and not _cause_clause_before(s, b, m.start)
            and not _COMPARED_GAP.fullmatch(s, b, m.start)
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
            return self._profit_behind_loss(after[0], subjects, s), True
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
            # in or bought, not the measure of the sum; but the balance sheet carries $1.2bn of
            # cash: a stock's part, the cash held)
            and (
                after[0].word.concept not in _MEDIA
                or (after[0].word.concept == "cash" and before[-1].word.concept in balances())
            )
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
            return self._profit_behind_loss(before[-1], subjects, s), True
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
            return self._profit_behind_loss(earlier[-1], subjects, s), False
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
        if (
            amount.unit in _CURRENCIES
            and not amount.scale
            and state.metric is not None
            and state.metric.word.concept in ("np_parent", "np_common", "net_profit")
            and _WORKS_OUT.match(s)
            and _PER_SHARE_AFTER.match(s, b)
        ):
            # net income reached $4.04 billion. That works out to $4.47 a share: the profit
            # before, per share
            # (named by the pointing word, in this sentence)
            back = _WORKS_OUT.match(s)
            eps = _Word(state.metric.word.text, "eps_basic", None, "per_share", True)
            start = back.end() - len(back.group().lstrip())
            return Mention(start, back.end(), eps), True
        return self._segment_subject(s, clause, a, amount), True


def _cause_clause_before(s: str, b: int, start: int) -> bool:
    """Whether a clause of cause with its verb of change opens between a figure (ending at
    ``b``) and a metric word at ``start`` (…to $458 million as intangible assets from the 2005
    merger wore down): the metric is the clause's, not what the figure measures."""
    gap = s[b:start]
    if not any(w in gap for w in (" as ", "because", "amid", "while")):
        return False  # (a cheap test first: most gaps hold none)
    found = _CAUSE_CLAUSE_AFTER.match(s, b)
    return found is not None and found.start("at") < start < found.end()
