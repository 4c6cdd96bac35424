"""Reading a number's value, unit, measure and qualifier in its clause.

Takes: the sentence, the number's place and ``Amount`` (``caibao.numbers``), the metric word that
names it. Gives: the measure (a level, a change in % or points, a share, a multiple, a rank) with
the signed value and unit (``Measures._measure``), the qualifier and its span (``_qualifier``), what
a value word says itself (``_word_measure``: 翻番 is a change), the segment a share comes from
(``_share_source``: 近三成收入来自X), plus the numbers the extractor adds to ``find_amounts``'s
(``bare_after_metric``: 流动比率1.30; ``rank_amounts``: 第一大业务). A mixin of the extractor.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..metrics.definitions import lower_is_better
from ..numbers import Amount, parse_amount
from ..scan import FOLDED_LETTERS, FOLDED_ONTO_ASCII
from .lexicon import Lexicon
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
from .ratio_names import ratio_of  # noqa: F401 (its home before ratio_names)
from .structures import has_currency
from .words import WordValue

_BARE_AFTER = re.compile(
    # (速动比率仅0.55, 约1.2, only 0.8: a softening word before the number)
    r"\s*(?:仅为|仅|只有|约为|约|已达|降至|升至|only|just|about|around|为|是|达到?|was|were|of|at"
    # the level a change arrives at (improved to 1.4, edged down to 1.12, 提升至1.40)
    r"|(?:[a-z]+\s+){1,2}?(?:to|at)(?=\s)|[\u4e00-\u9fff]{1,3}?[至到])?"
    r"\s*([-+]?\d+(?:\.\d+)?)(?![\d%]|[.,]\d)(?!\s*(?:[元倍亿万]|yuan|times|x\b))",
    re.I,
)
_BARE_UNIT = {"times": "倍", "per_share": "元"}


def bare_after_metric(norm: str, lex: Lexicon, amounts, metric_matches=None) -> list:
    """Numbers printed without a unit right after a metric whose unit goes without saying
    (流动比率1.30, 每股收益0.21): a multiple or yuan per share. ``metric_matches``: the lexicon's
    metric words found in ``norm``, when the caller has them already."""
    taken = [(a, b) for a, b, _ in amounts]
    out = []
    matches = lex.metrics_re.finditer(norm) if metric_matches is None else metric_matches
    for m in matches:
        unit = _BARE_UNIT.get(lex.metric(m.group()).kind)
        n = _BARE_AFTER.match(norm, m.end()) if unit else None
        if n is None or any(a < n.end(1) and b > n.start(1) for a, b in taken):
            continue
        amount = parse_amount(n.group(1) + unit)
        out.append((n.start(1), n.end(1), replace(amount, printed=n.group(1))))
    return out


# (found from 第, the verb before it added: a pattern that may start with an optional verb would
# be tried at every character of the text)
_RANK = re.compile(r"第(?P<n>[一二三四五12345])大(?:业务|板块|收入来源|产品线|业务板块)")
_RANK_VERBS = ("成为", "位居", "位列", "排名", "是", "为")
_CN_ORD = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}


# the country's second-largest developer by sales, its third-biggest market by revenue: a rank
# by a metric (an ordinal or none, the first), said with "by" and what it ranks by
_RANK_EN = re.compile(
    r"(?i)(?<![\w-])(?:(?P<n>second|third|fourth|fifth|2nd|3rd|4th|5th)[- ])?(?:largest|biggest)"
    r"(?=\s+(?:[A-Za-z-]+\s+){1,4}?by\s+(?:sales|revenues?|turnover|assets|market\s+share)\b)"
)
_EN_ORD = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}


def rank_amounts(norm: str) -> list[tuple[int, int, Amount]]:
    """Ranks among segments (第一大业务 → 1) as amounts of unit "rank"; in English, a rank said
    by a metric (the second-largest developer by sales → 2)."""
    out = []
    if "largest" in norm or "biggest" in norm:
        for m in _RANK_EN.finditer(norm):
            value = Decimal(_EN_ORD[m["n"].lower()] if m["n"] else 1)
            amount = Amount(value, "rank", m.group(), Decimal(0), "")
            out.append((m.start(), m.end(), amount))
    for m in _RANK.finditer(norm):
        verb = next((v for v in _RANK_VERBS if norm.endswith(v, 0, m.start())), "")
        start = m.start() - len(verb)
        value = Decimal(_CN_ORD.get(m["n"], m["n"]))
        out.append((start, m.end(), Amount(value, "rank", norm[start : m.end()], Decimal(0), "")))
    return out


# 每10股派1元, 10 yuan for every 10 shares: the 10 is a ratio, not a figure (matched from the
# character before the number)
PER_SHARES = re.compile(
    r"每\d+股|(?<=every)\s\d+\s+shares\b|(?<=each)\s\d+\s+shares\b|(?<=per)\s\d+\s+shares\b"
)
PER_N_SHARES = re.compile(r"每(\d*)股")
# 占营业收入的5.52%, 相当于收入的91%: the metric after it is the whole, not the subject (占净收入:
# a broker's net revenues)
DENOMINATOR = re.compile(r"(?:占|相当于)(?:公司)?(?:总|净)?$")
# (约占当年归母净利润的14.2%: the whole's period said between, the part's own period; a figure
# of the same metric before it is a period's share of its year instead: 四季度营收…，占当年营收的三成)
DENOMINATOR_OF_PERIOD = re.compile(r"(?:占|相当于)(?:公司)?(?:当年|当期|本期|报告期内?)(?:总|净)?$")
# the characters DENOMINATOR_OF_PERIOD's longest match spans
DENOMINATOR_REACH = 8
# diluted EPS rose to $1.88 from $1.53, a gain of 19%: a change named as a noun before its rate
# (not before an amount: a gain of $40 million on a sale is a gain, the figure of its own line)
CHANGE_NOUN_OF = re.compile(
    r"(?i)(?=[ag])\b(?:an?\s+)?(gain|rise|jump|climb|advance)\s+of\s+"
    r"(?:(?:about|nearly|almost|roughly|some|around|more\s+than|over)\s+)?$"
)
_CHANGE_AFTER = re.compile(
    r"\s*(?:的)?\s*(增长|增幅|涨幅|降幅|下降|下滑|增加|减少|increase|rise|growth|gain|jump|"
    r"decrease|decline|drop|fall|slide|slump|reduction|contraction|cut|improvement|widening"
    r"|narrowing|expansion"
    # (a 6% raise, a 10% hike: what a company does to its dividend, as a noun)
    r"|raise|hike"
    # two percentage points better (than a year before): a judged change, not one over a forecast
    r"|(?:better|worse)(?!\s+than\s+(?:expected|forecast|estimated|analysts|the\s+consensus))"
    # 4.2% lower than at the end of 2022, 5% up from a year earlier
    r"|(?:higher|lower|up|down|above|below)(?=\s+(?:than|from|on|year|versus|compared|the)\b)"
    # spent 43% more on buybacks than a year earlier, paid 10% less for fuel: a change of the sum
    # (earned 13 percent more in the second quarter: the change of what was earned)
    r"|(?:more|less)(?=\s+(?:than|on|for|in|during)\b|\s*[,;.](?:\s|$))"
    # (diluted shares averaged nearly 5% fewer than a year ago: a count's change)
    r"|fewer(?=\s+than\b)"
    # a loss 21% wider than a year before, a deficit 30% narrower than: a change of its size
    r"|(?:wider|narrower|larger|smaller|bigger|deeper|shallower)(?=\s+than\b)"
    # a 56% bigger loss, a 30% narrower deficit: the same change, the comparative before the noun
    r"|(?:wider|narrower|larger|smaller|bigger|deeper|shallower)"
    r"(?=\s+(?:net\s+|quarterly\s+|annual\s+)?(?:loss|losses|deficit|outflow)\b)"
    r"|yoy|y/y|year[- ]on[- ]year)(?![A-Za-z])",
    re.I,
)
_NAMED_CHANGE_AFTER = re.compile(
    r"\s+(?P<noun>[A-Za-z&-]+(?:\s+[A-Za-z&-]+)?)\s+"
    r"(?P<change>gain|increase|rise|growth|jump|decline|decrease|drop|fall|slide|dip)(?![A-Za-z])",
    re.I,
)
# comparatives after a rate that say it is less (4% below, 30% narrower than)
_LESS = frozenset({"below", "narrower", "smaller", "shallower", "less", "fewer"})
_QOQ = re.compile(
    r"环比|按季|较上一?季度?|比上一?季度?|quarter[- ](?:on|over)[- ]quarter|\bQoQ\b|\bq/q\b"
    r"|sequential|from the previous quarter",
    re.I,
)
# quarter on quarter said after the change (fell 59% quarter on quarter, down 17% QoQ, down 4%
# from the third quarter — in a fourth quarter's sentence the quarter before; 11% lower
# sequentially: a comparative between)
_QOQ_AFTER = re.compile(
    r"\s*(?:(?:higher|lower|up|down)\s+(?=[qQs]))?"
    r"(?:quarter[- ](?:on|over)[- ]quarter|QoQ\b|q/q\b|sequentially|环比"
    r"|(?:(?:higher|lower|more|less|above|below)\s+than|on|from|over|versus|vs\.?)"
    r"\s+(?:in\s+|that\s+of\s+)?the\s+(?:previous|prior|preceding|first|second|third)"
    r"\s+quarter"
    # (from the January-March period, over the April-June quarter: the quarter before, named by
    # its months and no year)
    r"|(?:on|from|over|versus|vs\.?)\s+the\s+(?:January|April|July|October)\s*[-–]\s*"
    r"(?:March|June|September|December)\s+(?:period|quarter)(?!\s+(?:of\s+)?(?:19|20)\d{2}))",
    re.I,
)


def sequential(s: str, clause: int, a: int, b: int) -> bool:
    """Whether a change said at s[a:b] is on the quarter before (环比, sequentially, from the
    previous quarter, from the January-March period in a second-quarter story)."""
    return bool(_QOQ.search(s, clause, a) or _QOQ_AFTER.match(s, b) or _QOQ_LEAD.match(s))


# what stands before a signed rate that is a change: a base (较上年末+7.22%, vs. 2023: -3%) or
# the bracket after a figure (营收120亿元（-3.1%）)
_SIGNED_CHANGE_LEAD = re.compile(
    r"(?:较|比|相比|相较|同比|环比|按年|\b(?:vs\.?|versus|from|yoy|y/y))[^，,。;；:：\d]{0,10}"
    r"[:：]?\s*$|[（(]\s*$",
    re.I,
)
# a figure then a comma, just before a signed rate: "2.31 billion yuan, +26.3%" (a list's grammar)
_AFTER_FIGURE = re.compile(
    r"(?:\d|%|元|yuan|dollars|bn|billion|million|trillion|tn|mn|m)\)?\s*[,，]\s*$", re.I
)
# "by" between a metric and its number (capex by 63%)
_BY = re.compile(r"\s+by\s", re.I)
_BY_ONLY = re.compile(r"\s+by\s*", re.I)
_PHRASAL_UP = re.compile(
    r"\b(?:made|make|makes|making|ate|eat|eats|eating|took|take|takes|taking|summed|sums)\s+$",
    re.I,
)
# a sentence led by the quarter before (Compared with the first quarter, revenue edged up 3%;
# Sequentially, revenue was down 3 percent …, while net income rose 29 percent: every change in it)
_QOQ_LEAD = re.compile(
    r"\s*(?:(?:compared\s+(?:with|to)|versus|against|relative\s+to|from)\s+the\s+"
    r"(?:previous|prior|preceding|first|second|third)\s+quarter\b"
    r"|(?:sequentially|on\s+a\s+sequential\s+basis|quarter[- ](?:on|over)[- ]quarter)\s*,)",
    re.I,
)
# a rate of change named as a noun, then the level it moved to (增速放缓至, 降幅收窄至)
_RATE_NOUN_TO = re.compile(r"(增速|增幅|涨幅|增长率|降幅|跌幅)[\u4e00-\u9fff]{0,4}?[至到]\s*$")
# a multiple of another figure (是上年的2倍, 相当于同期的): not a rate said as a multiple
_OF_ANOTHER = re.compile(r"的\s*$|相当于|\bof\b", re.I)
MULTIPLE_OF = re.compile(r"(?:为|是|相当于)[\u4e00-\u9fffA-Za-z]{2,20}的\s*$")
# a character every word of LOSS holds (亏 损 流, or a Latin letter, with the four non-ASCII
# letters re.I folds onto ASCII ones); _SIGN_WORD's words hold one of these or 盈 赚: a text
# without one is not searched
LOSS_CUE = re.compile(f"[亏损流A-Za-z{FOLDED_LETTERS}]")
_SIGN_CUE = re.compile(f"[亏损流盈赚A-Za-z{FOLDED_LETTERS}]")
# (gains and losses: the name of non-recurring items, not a loss; inflow net of outflow: a net)
# (净损失: a net loss, 上年同期为净损失7600万美元)
# (lost, deficit, hole: a loss said by a verb or a metaphor — Vanke lost 16bn yuan, a ¥49bn hole)
# a loss word naming an item of an expense line (benefits, claims, losses and settlement
# expenses; losses and loss adjustment expenses): the line's name, not the figure's sign
_ITEM_OF_EXPENSE = (
    r"es\s+and\s+(?:[a-z]+\s+){0,2}(?:expenses|costs)\b|\s+and\s+loss\s+adjustment\b"
    r"|\s+adjustment\s+expenses?\b"
)
LOSS = re.compile(
    rf"(?=[亏净纯流loudhrb])(?:亏损|净亏|亏|纯损|净损失|净流出|流出|(?<!gains and )loss(?!{_ITEM_OF_EXPENSE})|(?<!net of )outflow|used\s+in|\blost\b|defici(?:t|ency)|\bhole\b|red\s+ink|\bburn(?:ed|t)\b)",
    re.I,
)


def _names_a_loss(word: str) -> bool:
    """Whether a metric's own name says its figure is a loss: a loss word, or 损失 in it
    (已实现投资损失4.41亿美元, 累计其他综合损失; the names where 损失 is the item's, 信用减值损失,
    are ``loss_named``)."""
    return bool(LOSS.search(word)) or "损失" in word


# a flow named as an outflow right before its metric's words (the net outflow from financing
# activities, net cash outflow of operating activities)
_OUTFLOW_BEFORE = re.compile(r"(?i)\boutflows?\s+(?:from|of|in|on)\s+(?:the\s+|its\s+)?$")
_SIGN_WORD = re.compile(
    rf"(?=[亏净纯流loudhrb盈扭转赚pie])(?:亏损|净亏|亏|纯损|净损失|净流出|流出|(?<!gains and )loss(?!{_ITEM_OF_EXPENSE})|(?<!net of )outflow|used\s+in|\blost\b|defici(?:t|ency)|\bhole\b|red\s+ink|\bburn(?:ed|t)\b"
    r"|盈利|扭亏|转盈|净赚|赚|净流入|profit|inflow|earned)",
    re.I,
)
# a clause that is only "or" before its figure (…$193mn, or $0.37 per diluted share)
_OR_ALONE = re.compile(r"\s*or\s+(?:US\$|HK\$|\$)?", re.I)
# a share said by where it comes from: 近三成收入来自骨科业务, a third of revenue came from hotels
_SHARE_FROM_ZH = re.compile(
    r"[^，。；,;]{0,12}?(?:来自于?|来源于|源自于?|源于)\s*(?P<seg>[\u4e00-\u9fffA-Za-z0-9]{1,12}?)"
    r"(?:业务板块|业务|板块|分部|事业部|产品线|产品|领域)?(?=[，。；、,;]|$|以及|和|及|与)"
)
_SHARE_FROM_EN = re.compile(
    r"[^,;]{0,50}?\b(?:came|come|comes|coming|was\s+derived|were\s+derived|derived|stemmed|"
    r"was\s+generated|were\s+generated)\s+from\s+(?:its\s+|the\s+|their\s+)?"
    r"(?P<seg>[A-Za-z][A-Za-z'&\- ]{1,40}?)(?:\s+(?:business|segment|division|unit|products|"
    r"operations|drugs))?(?=\s*(?:[,.;]|$)|\s+(?:in|during|for|while|and|last|this|over)\b)",
    re.I,
)
# a percentage of a whole named after it: 99.1% of revenue, 5.5% of the company's total revenue
_OF_WHOLE = re.compile(
    r"\s+of\s+(?:the\s+(?:company|group|bank|lender|year|period|quarter|half)['’]s\s+|its\s+"
    r"|the\s+|[A-Z][\w-]*['’]s\s+)?"
    # (4.28 percent of the bank's $81.4 billion in loans: the whole's own amount before its name)
    r"(?:(?:US\$|\$)[\d.,]+\s*(?:billion|million|bn|mn)?\s+(?:in|of)\s+)?"
    r"(?:full[- ]year\s+|annual\s+|first[- ]half\s+|half[- ]year\s+)?"
    r"(?:total\s+)?",
)
# 非经常性损益贡献超八成利润, 贡献了公司60%以上的营收: the whole a contributed share is of, after it
_CONTRIBUTED = re.compile(r"贡献了?(?:公司|集团)?(?:约|近|超过?|逾|接近|将近|高达|达)?$")
_CONTRIBUTED_WHOLE = re.compile(r"(?:以上|多|左右)?的?(?:公司|集团)?(?:总|全部)?")
# 10 yuan for every 10 shares: a dividend per 10 shares
PER_N_AFTER = re.compile(r"\s*(?:for\s+every|for\s+each|per|every)\s+(\d+)\s+shares\b", re.I)
# a share said by what contributes it: 骨科类产品贡献八成营收, 医药工业贡献了30%的收入
SHARE_CONTRIB = re.compile(
    r"(?P<seg>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:业务板块|业务|板块|分部|产品线|产品)?"
    r"(?:\d{4}年度?|全年|上半年|报告期内?)?贡献了?(?:公司)?(?:全年|总)?(?:近|约|超|逾|超过|接近|将近)?$"
)


def mention_is_after(mention, a: int) -> bool:
    """Whether the metric word comes after the number (+5% revenue growth names itself)."""
    return mention is not None and mention.start > a


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
            after = _CHANGE_AFTER.match(s, amount_end(s, a, amount))
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


# a range: 在5亿元至6亿元区间, between $2 billion and $3 billion (its bounds are at least and at
# most; "from X to Y" and 由X增至Y are a change, not a range)
_RANGE_BEFORE = re.compile(r"(?:在|介于|处于|徘徊于|between)\s*$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:至|到|-|~|～|—|and|to)\s*(?=[\d$¥]|RMB|US\$)", re.I)
_RANGE_AFTER = re.compile(r"[^，。,;；]{0,12}?(?:区间|之间|范围)")
_RANGE_LOWER = re.compile(
    # (the look-ahead: the characters a lower bound can start with, one test at any other)
    r"(?=[在介处徘b$¥ru\s\d])(?P<cue>在|介于|处于|徘徊于|between)?\s*(?:[$¥]|RMB|US\$)?\s*\d[\d.,]*\s*"
    r"(?:万亿|亿|万|billion|million|bn|mn)?\s*(?:元|美元|港元|yuan|dollars|%)?"
    r"\s*(?:至|到|-|~|～|—|and|to)\s*(?:[$¥]|RMB|US\$)?\s*$",
    re.I,
)

_RANGE_JOIN_BEFORE = re.compile(
    r"(?=[至到\-~～—at])(?:至|到|-|~|～|—|and|to)\s*(?:[$¥]|RMB|US\$)?\s*$", re.I
)
# the characters _RANGE_JOIN_BEFORE can end on (bar spaces), any case
_JOIN_LAST = frozenset("至到-~～—dDoO$¥bB")


def range_bound(s: str, a: int, b: int) -> str | None:
    """ "more_than" for a range's lower bound, "less_than" for its upper bound, else None."""
    join = _RANGE_JOIN.match(s, b)
    if join and (_RANGE_BEFORE.search(s, max(0, a - 10), a) or _RANGE_AFTER.match(s, join.end())):
        return "more_than"
    # (the join a lower bound ends on, looked for first: the full pattern backtracks over every
    # number in the window and costs twenty times more where there is none)
    # (the join's last character, or its currency's, ends the text before the figure bar spaces:
    # a cheap test first)
    window = max(0, a - 40)
    joined = (
        _RANGE_JOIN_BEFORE.search(s, window, a) if s[window:a].rstrip()[-1:] in _JOIN_LAST else None
    )
    lower = _RANGE_LOWER.search(s, max(0, a - 40), a) if joined else None
    if lower and (lower.group("cue") or _RANGE_AFTER.match(s, a)):
        return "less_than"
    return None


# a clause that ends on a change in % (同比增长36.83%，), to be restated by the next
_RESTATED = re.compile(
    r"(增长|下降|增加|减少|上升|下滑|提升|下跌|上涨|rose|fell|grew|declined|up|down)"
    r"[^，,；;。\d]{0,4}[\d.]+\s*%\s*[，,]\s*$",
    re.I,
)


# how the lexicon's qualifier pattern ends: a qualifier word, an optional particle, spaces, the
# end (the cheap tests below assume it; any other ending turns them off)
_QUALIFIER_TAIL = r")(?:了|到|为|at|of)?[ \u00a0]*$"
_QUALIFIER_TAIL_ENDS = "了到为tTfF"
# the non-ASCII letters re.I folds onto ASCII ones
_ENDS_BY_PATTERN: dict[str, frozenset[str] | None] = {}


def _qualifier_ends(lex) -> frozenset[str] | None:
    """The characters a match of the lexicon's qualifier pattern can end on before its trailing
    spaces (the last characters of its words, any case, and of the particles after them), or
    None when they cannot be told (then every text is searched)."""
    pattern = lex.qualifier_before_re.pattern
    ends = _ENDS_BY_PATTERN.get(pattern, False)
    if ends is not False:
        return ends
    ends = None
    lasts = {w[-1] for w in lex.qualifier_before}
    if pattern.endswith(_QUALIFIER_TAIL) and all(
        c.isascii() or "\u4e00" <= c <= "\u9fff" for c in lasts
    ):
        chars = set(_QUALIFIER_TAIL_ENDS)
        for c in lasts:
            chars |= {c, c.lower(), c.upper(), *FOLDED_ONTO_ASCII.get(c.lower(), "")}
        ends = frozenset(chars)
    _ENDS_BY_PATTERN[pattern] = ends
    return ends


def _last_before_spaces(text: str) -> str:
    """The last character of a text before its trailing spaces (and a final line break, before
    which $ matches too), or ""."""
    if text.endswith("\n"):
        text = text[:-1]
    return text.rstrip(" \u00a0")[-1:]


def _without_qualifier(lex, text: str) -> str:
    """The text without the qualifier it ends on (约, more than), as ``qualifier_before_re.sub``
    gives it, the pattern run only when the text ends on a character a qualifier can end on."""
    ends = _qualifier_ends(lex)
    if ends is not None and _last_before_spaces(text) not in ends:
        return text
    return lex.qualifier_before_re.sub("", text)


def amount_end(s: str, a: int, amount: Amount) -> int:
    """Where a number's printed text ends in the sentence."""
    return a + len(amount.printed)
