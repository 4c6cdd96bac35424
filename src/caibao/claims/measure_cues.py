"""The patterns ``measures.Measures`` reads a number's measure with.

Takes: nothing (pattern tables, compiled once). Gives: what says a number is a change (a word
after it: ``_CHANGE_WORD_AFTER_RATE``; a noun before its rate: ``CHANGE_NOUN_OF``), on the
quarter before (``sequential``), a loss or a sign (``LOSS``, ``_SIGN_WORD`` with their cheap character gates
``LOSS_CUE``/``_SIGN_CUE``; ``_names_a_loss``), a share and its whole or source (``DENOMINATOR``,
``_OF_WHOLE``, ``_SHARE_FROM_ZH``/``_EN``, ``SHARE_CONTRIB``), a ratio per N shares
(``PER_SHARES``, ``PER_N_SHARES``, ``PER_N_AFTER``), a multiple of another figure
(``MULTIPLE_OF``) and a change restated by the next clause (``_RESTATED``).
"""

from __future__ import annotations

import re

from ..scan import FOLDED_LETTERS

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
# (相当于当季营业利润的56%: a quarter's, 当季 or 本季度)
DENOMINATOR_OF_PERIOD = re.compile(
    r"(?:占|相当于)(?:公司)?(?:当年|当期|本期|报告期内?|当季|本季度?)(?:总|净)?$"
)
# the characters DENOMINATOR_OF_PERIOD's longest match spans
DENOMINATOR_REACH = 8
# diluted EPS rose to $1.88 from $1.53, a gain of 19%: a change named as a noun before its rate
# (not before an amount: a gain of $40 million on a sale is a gain, the figure of its own line)
CHANGE_NOUN_OF = re.compile(
    r"(?i)(?=[ag])\b(?:an?\s+)?(gain|rise|jump|climb|advance)\s+of\s+"
    r"(?:(?:about|nearly|almost|roughly|some|around|more\s+than|over)\s+)?$"
)
# the change word after a rate (实现18.79%的增长, a 5% increase, 4.2% lower than, 5% yoy; not
# printed_lines._CHANGE_AFTER, a change said after a line's figure)
_CHANGE_WORD_AFTER_RATE = re.compile(
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
    # its months and no year; 40 per cent more than in the July-September period)
    r"|(?:on|from|over|versus|vs\.?|(?:higher|lower|more|less|above|below)\s+than(?:\s+in)?)"
    r"\s+the\s+(?:January|April|July|October)\s*[-–]\s*"
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
    # (against the March quarter: the quarter before named by its last month, with no year)
    r"|(?:compared\s+(?:with|to)|versus|against|relative\s+to)\s+the\s+(?:March|June|September"
    r"|December)\s+quarter\s*,"
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


# a clause that ends on a change in % (同比增长36.83%，), to be restated by the next
# a rate of change named with how it ranks, its figure in the clause after (西南大区增速最快，
# 达35.87%; 收入增幅最大，为20%): the change
_RATE_NOUN_RANKED = re.compile(
    r"(增速|增幅|涨幅|增长率|增长幅度)(?:[最较更][快高大慢低小]|领先|居首|第一)[^，,；;。\d]{0,4}[，,]\s*$"
)
_RESTATED = re.compile(
    r"(增长|下降|增加|减少|上升|下滑|提升|下跌|上涨|rose|fell|grew|declined|up|down)"
    r"[^，,；;。\d]{0,4}[\d.]+\s*%\s*[，,]\s*$",
    re.I,
)


# an aside that defines a metric by its parts: (operating cash flow less capex), — net interest
# income plus noninterest income —, （经营现金流减去资本开支）
DEFINITION = re.compile(
    # (医疗费用率（医疗费用/保费收入）: a rate defined by its quotient)
    r"[(（—–][^()（）—–]{0,80}?(?:\b(?:less|minus|plus|net\s+of|excluding|divided\s+by)\b"
    # (（经营现金流减资本开支）: 减 alone, not a word of a fall, 减少, 减值)
    r"|减去|加上|扣除|除以|/|÷|之比|(?<=[流润入益])减(?=[\u4e00-\u9fff]{2}))"
    r"[^()（）—–]{0,80}[)）—–]",
    re.I,
)
