"""Attributing a number to a metric and a subject.

Takes: the sentence, its metric mentions and company mentions, the number's place and clause.
Gives: the metric word that names the number (``Attribution._metric``: before it in its clause,
a counted noun after it, else the clause before), the words that name it for the verdict's reason
(``_words``), the subject company (``_subject_of``), and whether the clause names something
else so no metric carries over (``_names_something_else``); whether the figure is a forecast is
``forecasts.is_forecast``. ``Mention`` and ``ReadingState`` are the records the walker keeps.
A mixin of the extractor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from ..metrics.definitions import definitions
from ..numbers import Amount
from ..periods import Period
from ..scan import LATIN as _LATIN
from .clauses import CLAUSE_SEP, CONTRAST
from .lexicon import MetricWord
from .lexicon import MetricWord as _Word
from .measures import _OF_WHOLE, DENOMINATOR, LOSS, LOSS_CUE, PER_N_AFTER, ratio_of
from .model import CHANGE_PCT, TIMES
from .ratio_names import as_share_of
from .structures import _ascii_segments_re, balances, has_ascii_segment, has_currency

_LOSS_ONLY = {
    "亏损", "亏损额", "净亏损", "巨亏", "a loss of", "loss", "net loss", "lost", "deficit", "hole",
    "red ink",
    "earned",
    # (pre-tax income dropped 101%, to a loss of $8 million from a profit of $628 million: the
    # swing's other side, the same metric's sign)
    "a profit of",
}  # fmt: skip
# segment names that are common words too (other income is no segment's revenue)
_GENERIC_SEGMENTS = {"other", "others", "rest of world", "other countries"}
# what a sum of money is paid in or buys ($1.21bn of cash, $2 billion of stock), not a measure
_MEDIA = frozenset(("cash", "kpi_share_price", "kpi_market_cap", "share_capital"))
_CONTINUING_EPS = {"eps_basic": "eps_continuing", "eps_diluted": "eps_continuing_diluted"}
_BEFORE_EXTRAORDINARY_EPS = {
    "eps_basic": "eps_before_extraordinary",
    "eps_diluted": "eps_before_extraordinary_diluted",
}
# a price paid (buy X for about $13.5 billion; $2 billion in cash and stock)
_PAID_FOR = re.compile(
    r"(?i)\b(?:buy|buys|bought|acquire[sd]?|purchase[sd]?|sell|sells|sold)\b[^,;]{0,40}\bfor\s+"
    r"(?:about|around|roughly|some|nearly|almost|approximately|up\s+to)?\s*$"
)
_IN_STOCK_TOO = re.compile(r"(?i)\s*(?:and|plus|or)\s+(?:common\s+)?(?:stock|shares|equity)\b")
# a figure compared with the one before it (against a $4 million loss, versus a loss of)
_VERSUS_A = re.compile(r"(?i)\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:an?\s+)?$")
_PROFITS = {
    # (a US filer's net result below its operating line: non-operating income of $77 million,
    # against a $4 million loss)
    "non_operating_income",
    "other_nonoperating_income",
    "np_before_extraordinary",
    "np_continuing",
    "np_parent",
    "np_parent_recurring",
    "net_profit",
    "operating_profit",
    "total_profit",
}
_FILLER = re.compile(
    r"净流出|净流入|流出|流入|亏损|盈利|公司|实现|录得|取得|达到|达|为|是|有|共|累计|合计|其中|单季度?|全年|"
    r"报告期内?|同比|环比|较|相比|相较于?|比|上年|去年|同期|分别|对应|大幅|进一步|明显|显著|小幅|仅|约|的|"
    r"了|到|至|而|则|亦|也|并|且|和|及|与|年末|年初|末|期末|期初|单|季度|"
    # a year's span is the usual change (一年间增加近五成); longer spans are left unread
    # (each alternative opens with its first character, not a group or an optional part: sre then
    # skips it at one test where that character is not, instead of trying it; the English words
    # behind one look-ahead of their first letters. The same matches as (?:过去|近)?一年…,
    # (?:所|中)?(?:披露|公布), (?<![\u4e00-\u9fff])规模 and \b(?:outflow|…)\b)
    r"过去一年[来间内中]?|近一年[来间内中]?|一年[来间内中]?|"
    # where the base was printed (较2023年年报披露的2.90元): a report named, not a metric
    r"半年报|年报|季报|年度报告|财报|所(?:披露|公布)|中(?:披露|公布)|披露|公布|"
    # words that point back at the figure before (这一数字高达33亿美元; 规模 opening a clause:
    # 回购股票3.44亿美元，规模同比翻了一番 — not 市场规模, a thing of its own)
    r"这一(?:数字|数据|数值|金额|项)|该(?:数字|数据|数值|金额|项)|这个(?:数字|数据|数值|金额|项)"
    r"|此(?:数字|数据|数值|金额|项)|规模(?<![\u4e00-\u9fff]规模)|"
    # English words whole (else "a" eats the first letter of "against")
    r"\b(?=[a-z])(?:outflow|inflow|loss|this|that|the|a|an|of|to|by|was|were|is|at|from|in|and|year|on|"
    r"earlier|ago|reported|with|compared|versus|against|than|less|more|net|"
    # a hedge before a figure inside the clause (fell nearly 20% to $2.56 billion)
    r"nearly|almost|about|roughly|around|approximately|some|"
    r"smaller|larger|bigger|higher|lower|wider|narrower|up|down|quarter|half|total|"
    r"worse|better|however|still|only|just|"
    # a multiple of the figure compared after it (more than quadruple the $12.4 million)
    r"double|triple|quadruple|twice|(?:two|three|four|five|six|seven|eight|nine|ten)[- ]?fold|"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?times|"
    # verbs that only say a figure was made (the quarter brought in 1.88 billion yuan)
    r"brought\s+in|took\s+in|taking|generated|posted|came\s+in|came|stood|amounted|below|above|"
    r"recorded|booked|logged|company|but|for|to\s+date|so\s+far|"
    # a concession goes on with the same subject (…to $8.03 billion, though it was down 7%)
    r"though|although|"
    # the date a balance's change is counted from (grew 8.7 percent since Dec. 31 to $8.51
    # billion: its day is read as an amount, the month is no thing)
    r"since\s+(?:the\s+end\s+of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|"
    # the unit of a change and a change that is none (down 0.39 percentage point from 9.97%,
    # little changed from 73.7%): no thing of their own
    r"percentage\s+points?|points?|little\s+changed|unchanged|"
    # the pronoun of the subject before and the part of it (for the quarter alone it was up
    # 5.6%; 2.44 yuan, including 0.54 yuan in the quarter)
    r"it|alone|including|"
    # a relative clause goes on with the noun before it (…earnings from affiliates, which rose 17%)
    r"which|"
    # the change just told, named as a noun (That swing, an improvement of more than 2,000%)
    r"swing|turnaround|reversal|improvement|deterioration"
    r")\b|\s|[、，,；;：:（）()\-—%]",
    re.IGNORECASE,
)

# (compiled once: these run for every claim)
_LETTER = re.compile(r"[\u4e00-\u9fffA-Za-z]")
EXCLUDING = re.compile(
    r"\b(?:excluding|stripping out|stripping|ex-)\s*(?:one[- ]offs?|one[- ]time|non[- ]?recurring"
    r"|exceptional|extraordinary)",
    re.I,
)
_AMOUNT = re.compile(
    # (each optional part written as a choice of it or nothing, (?:…|): the same matches as
    # (?:…)?, which sre runs through its general repeat, a cost paid at every character)
    r"(?:RMB|US\$|HK\$|\$|¥|)\s*\d[\d.,]*\s*(?:万亿|亿|万|千|百|)(?:元|美元|港元|)"
    # an English compared figure names nothing either (from 1.03 billion yuan a year earlier)
    r"(?:\s*(?:trillion|billion|million|thousand|bn|mn)\b|)(?:\s*(?:yuan|dollars|RMB)\b|)"
    # (a change before the level: falling 45.7 per cent to Rmb22.5bn)
    r"(?:\s*(?:%|per\s*cent\b|percent\b|pct\b|cents?\b)|)",
    re.I,
)
_DIGIT = re.compile(r"\d")  # (every match of _AMOUNT holds one)
_BACK_NOUN = re.compile(r"^[\s，,；;]*(?:其|该|这一|这个|此)?(?:规模|数字|数据|数值|金额)")
_UNKNOWN_NOUNS = "金额|总额|规模|总投资|投资|项目数|价格|股价|市值|估值|人数|补贴|罚款|融资"
_UNKNOWN_NOUN = re.compile(rf"[\u4e00-\u9fffA-Za-z]{{0,8}}(?:{_UNKNOWN_NOUNS})")
# its nouns alone: a gap without one holds no unknown noun (tested first, at one look-up per
# character, where the pattern above tries eight letters before each)
_UNKNOWN_NOUN_WORD = re.compile(_UNKNOWN_NOUNS)


# a figure said per share (Per share, it lost Rmb4.17; earned 0.52 yuan a share) is EPS
_PER_SHARE_BEFORE = re.compile(
    r"(?=[p每])(?:\bper[- ]share\s*[,:]|每股(?![\u4e00-\u9fff]{0,4}(?:收益|盈利)))", re.I
)
# a Latin letter, or one of the four non-ASCII letters re.I folds onto ASCII ones (İ ı ſ K):
# an English word's cue, so a Chinese sentence without one skips the English searches
# (33 cents/shr: a wire's abbreviation)
_PER_SHARE_AFTER = re.compile(
    r"\s*(?:(?:per|a)\s+(?P<diluted>diluted\s+)?(?:basic\s+)?(?:share|shr)\b|/\s*(?:shr|share)\b)",
    re.I,
)
_CENTS_ANY = re.compile(r"\d\s*cents?\b", re.I)
# (equity of $4.93 billion, or $7.24 for each of the 680 million common shares outstanding)
_FOR_EACH_SHARE = re.compile(
    r"\s+for\s+each\s+of\s+(?:the|its)\s+[\d.,]+\s*(?:million|billion|mn|bn|m)?\s+"
    r"(?:[A-Za-z-]+\s+){0,2}shares\b",
    re.I,
)
_EQUITIES = frozenset(("equity_parent", "total_equity"))
_PER_SHARE_AFTER_ANY = re.compile(r"\d\s*(?:cents?|yuan|元)?\s+(?:per|a)\s+share\b", re.I)
# earnings per share of 1.15 yuan on a diluted basis / 每股收益（摊薄）: the diluted figure
_DILUTED_AFTER = re.compile(
    r"[^,;.]{0,30}?\b(?:on\s+a\s+(?:fully\s+)?diluted\s+basis|fully\s+diluted)\b"
    r"|\s*[(（]\s*(?:diluted|摊薄|稀释)\s*[)）]",
    re.I,
)
_DILUTED_BEFORE = re.compile(
    r"on\s+a\s+(?:fully\s+)?diluted\s+basis|fully\s+diluted|[(（](?:diluted|摊薄|稀释)[)）]", re.I
)
# (…unchanged) at $1.85, (…rose 5%) to 42 cents: the figure a change goes to
_TO_PER_SHARE = re.compile(
    r"(?:\s+(?:a\s+)?(?:year\s+on\s+year|year-on-year))?\s+(?:at|to)\s+(?:US\$|HK\$|\$|RMB\s?|Rmb)?"
    r"[\d.,]*\d\s*(?:cents|yuan|dollars|US\s+cents)?",
    re.I,
)
# between a metric and a counted noun that only says where it was made (sales at its 120
# company-operated restaurants, revenue from stores open a year)
_COMPLEMENT = re.compile(r"\s+(?:at|in|of|from|across|by)\s+(?:[\w'’-]+\s+){0,3}", re.I)
# a figure per share earlier in the clause and then this one as its pair: "or" after an amount
# (…$1.20 billion, or 71 cents) or "from" (98 cents a share … from $1.14)
_PAIRED_PER_SHARE = re.compile(
    r"(?:\s+(?:a|per)\s+(?:diluted\s+)?share\b[^;]*?\b(?:from|versus|vs\.?|against)"
    r"|\s+(?:a|per)\s+(?:diluted\s+)?share\b[^;]*?\d[^;]*?,?\s+or)"
    r"\s+(?:US\$|HK\$|\$|RMB\s?)?$",
    re.I,
)
# diluted earnings, diluted net income: the profit word said per diluted share
_DILUTED_WORD = re.compile(r"\bdiluted\s+$", re.I)
# a sentence that points back at the figure before (That was up 11% from a year earlier)
_BACK_REFERENCE = re.compile(
    r"\s*(?:that|this|it|which)\s+(?:was|is|were|marked|represented)\b", re.I
)
# That compares with $750 million, or $1.44 per share, a year earlier: the sentence before's figures
_COMPARES_BACK = re.compile(r"\s*(?:that|this|it)\s+compare[sd]?\s+(?:with|to)\b", re.I)
_HOLDERS = re.compile(r"\b(?:share|stock)?holders$", re.I)
# the ratio of selling expenses to revenue: a rate of two concepts
_CURRENCIES = ("CNY", "USD", "HKD")
_PROFIT_VERBS = frozenset(("earned", "lost"))
# an aside on how a figure is worked out, between commas after its name
_HOW_ASIDE = re.compile(
    r"(?<=,)\s*(?:as\s+)?(?:calculated|computed|derived|measured|defined|worked\s+out)\s"
    r"[^,;.]{0,80}(?=,)",
    re.I,
)
# a payout and the same payout per share (3.2 yuan per 10 shares)
_PAYOUTS = {"dividend_cash": "dividend_per_share", "dividend_cash_year": "dividend_per_share_year"}
_PER_N_BEFORE = re.compile(r"(?=[ep])\b(?:every|each|per)\s+\d+\s+$", re.I)
_RATIO_OF = re.compile(r"(?=r)\bratio\s+of\s+(?:its\s+|the\s+)?", re.I)
_PART_OF = re.compile(r"[\w.,+\-]+(?:\s*%|\s+per\s*cent)?" + _OF_WHOLE.pattern, re.I)
_OF_WHOLE_TAIL = re.compile(
    r"[^,;.]{0,60}?\b(?:came|comes|come|derived|stemmed|generated)\s+from\b"
)


# a part said after the total it is in (…, including a $133 million special assessment)
_INCLUDING_BEFORE = re.compile(r"\bincluding\s+(?:an?\s+)?(?:US)?\$?\s*$", re.I)
# a noun right after a sum, not a word of its period, its measure or its comparison
_THING_AFTER = re.compile(
    r"\s+(?!(?:in|for|of|from|at|on|to|a|an|the|per|or|and|during|over|last|this|that|year|"
    r"quarter|with|as|by|versus|vs|against|compared|than|more|less|higher|lower|up|down|"
    r"before|after|pretax|pre-tax|after-tax)\b)[a-z][a-z-]+",
    re.I,
)
# a change's base said as a sum with a scale (down 29.5% from $600 million)
_FROM_A_SUM = re.compile(
    r"\s+(?:from|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:US)?\$\s?\d[\d,.]*\s*"
    r"(?:million|billion|trillion|mln|bln|bn|mn|mm|m|b)\b",
    re.I,
)
# the words between a rate and the whole it is of (2.77 percent of loans, 15% of its sales)
_WHOLE_OF_RATE = re.compile(
    r"(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:its\s+|their\s+|the\s+|total\s+|net\s+)?$",
    re.I,
)


def _whole_before(s: str, b: int, start: int, tail) -> bool:
    return tail is None and _OF_WHOLE.fullmatch(s, b, start) is not None


# a clause of cause opening after a figure: as lower equity markets…, amid weaker demand for…
_CAUSE_AFTER = re.compile(
    r"[^,;]*?\b(?:as|because|amid|while)\s+(?:lower|higher|weaker|stronger|falling|rising"
    r"|declining|slumping|the|a|an|its|their)\b",
    re.I,
)
_APPLICABLE_TO = re.compile(r"\b(?:applicable|attributable|related)\s+to\s+(?:[a-z]+\s+)?$", re.I)
# an aside that defines a metric by its parts: (operating cash flow less capex), — net interest
# income plus noninterest income —, （经营现金流减去资本开支）
_DEFINITION = re.compile(
    # (医疗费用率（医疗费用/保费收入）: a rate defined by its quotient)
    r"[(（—–][^()（）—–]{0,80}?(?:\b(?:less|minus|plus|net\s+of|excluding|divided\s+by)\b"
    r"|减去|加上|扣除|除以|/|÷|之比)"
    r"[^()（）—–]{0,80}[)）—–]",
    re.I,
)
# a level per share a change reached: to 5 cents, to $0.10, 降至0.5元 (no scale: not a total)
_TO_CENTS = re.compile(
    r"\s*(?:to|至|到)\s*(?:\d+(?:\.\d+)?\s*cents?\b|(?:US\$|HK\$|\$)\d{1,2}\.\d+(?!\s*(?:bn|mn|b|m|tn|"
    r"billion|million|trillion)\b)|\d{1,2}(?:\.\d+)?元)",
    re.I,
)
# a relative clause set off by commas (, which reflect preferred dividends and …,)
# (an apposition is a noun phrase: no figure in it — ", the company earned 20 million yuan in
# the first nine months," is the main clause)
# an apposition or relative clause opened after a name and not closed before a figure
_OPEN_ASIDE = re.compile(r"[^,;:]*?,\s*(?:which|who|the|an?)\b[^,;:]*$", re.I)
# (and what a total takes in or leaves out: Total debt, including the current portion of
# long-term debt, fell to …: the total, not the part, fell)
_WHICH_ASIDE = re.compile(
    r",\s*(?:(which|who)\b[^,;:]*|(the|an?|including|excluding|not\s+including)\b[^,;:\d]*),",
    re.I,
)
# the same aside set off by dashes (Current deferred revenue -- the best gauge of future sales --
# dipped 2%): wire copy's other way of writing an apposition
_DASH_ASIDE = re.compile(r"\s*(?:--|—)\s*(?:(which|who)\b|(?:the|an?)\b)[^—;:\d-]*(?:--|—)", re.I)
# an aside in dashes or brackets right after a metric's name, with no figure in it (The operating
# ratio -- operating expenses as a share of revenue -- improved to 73.4%): it says what the metric
# is, the figure after it measures the metric
# (in brackets, only a quotient's definition: 运营成本（销售、一般及管理费用） glosses the press's
# word with the line's own name, which is what the figure measures)
_DASHED_ASIDE = re.compile(
    r"\s*(?:--|[—–])[^—–\d;:]{1,120}?(?:--|[—–])"
    r"|\s*[(（][^()（）\d]{0,60}?\b(?:as\s+an?\s+(?:share|percentage|proportion|portion|fraction)"
    r"\s+of|divided\s+by)\b[^()（）\d]{0,60}[)）]",
    re.I,
)
# a figure and "of" or "in" before a noun (provided $16.0bn of cash, paid $855 million in dividends)
_OF_AFTER_FIGURE = re.compile(
    r"\d(?:[\d,]*\.?\d*)\s*(?:bn|billion|mn|million|m|b|tn|trillion)?\s+(?:of|in)\s+$", re.I
)
# spent $735m on acquisitions, after spending $1.12 billion on repurchases: a sum after a verb
# of spending is what it bought, named right after it, whatever metric the clause opened with
_SPENT_BEFORE = re.compile(
    r"\b(?:spen[dt]s?|spending|paid|pays?|paying|invested|invests?|investing|used|using|"
    r"laid\s+out|shelled\s+out|forked\s+out)\s+(?:(?:about|around|roughly|nearly|almost|some|"
    r"over|more\s+than|another|an\s+additional)\s+)?(?:US\$|\$|€|£|RMB\s?|Rmb)?$",
    re.I,
)
_SPENT_ON = re.compile(r"\s*(?:(?:on|for|in)\s+(?:the\s+|its\s+)?)?", re.I)
# after the company sold $2 billion…, as it raised $1bn…: a clause of its own, the figure its verb's
# object
_OWN_CLAUSE_OBJECT = re.compile(
    r"\b(?:after|as|when|because|while|since|once)\s+(?:the\s+[a-z]+|it|they)\s+"
    r"(?:had\s+|has\s+)?[a-z]+\s+(?:(?:about|nearly|some|another|an\s+additional)\s+)?"
    r"(?:US\$|\$|€|£)?$",
    re.I,
)
# a 7 percent drop in sales, a 5% rise in revenue: the change's noun, then what it is of
_CHANGE_NOUN_IN = re.compile(
    r"\s+(?:drop|rise|increase|decline|fall|gain|jump|slide|decrease|growth|climb|slump|surge"
    r"|plunge|dip|advance|improvement|reduction|contraction|expansion)\s+in\s+(?:the\s+|its\s+)?",
    re.I,
)
_OF_NOUN = re.compile(r"\s+(?:of|in)\s+(?:the\s+|its\s+)?", re.I)
# the sum a charge or a payout is reckoned on (dividends on the $25 billion, interest on $3bn)
# (not after a verb it makes a phrase with: took on 76.4 million yuan of borrowings)
_ON_BASE = re.compile(
    r"(?=o)(?<!took )(?<!take )(?<!takes )(?<!taken )(?<!taking )(?<!piled )(?<!loaded )"
    r"\bon\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:US\$|HK\$|\$|RMB\s?)?$",
    re.I,
)
# words that open a clause giving a cause (主要系, 得益于, due to)
_REASON = re.compile(
    r"主要系|系因|主要是由于|主要由于|由于|因为|主要因|得益于|受益于|源于|原因是|原因在于|原因系|"
    r"\b(?:due\s+to|because(?:\s+of)?|thanks\s+to|owing\s+to)\b",
    re.I,
)
# a company named for the time of a deal or a spin-off (X（PMI）分拆前的, X的收购完成后): read
# from the name's start, over the name and an aside
_EVENT_WORDS = re.compile(r"分拆|剥离|拆分|收购|并购|合并|出售")
_EVENT_TIME = re.compile(
    r"[^，,。；;、]{1,30}?(?:分拆|剥离|拆分|收购|并购|合并|出售)(?:完成|交割)?(?:之?前|之?后|时)"
)
# a company named as the object of a deal, for its time (并购天士力后首份季报, 收购X之后): the
# deal's word right before the name, a time word after it
_EVENT_BEFORE = re.compile(r"(?:分拆|剥离|拆分|收购|并购|合并|出售)(?:了|完)?$")
_EVENT_AFTER = re.compile(r"[^，,。；;、：:]{1,12}?(?:之?[前后]|时)")
# the words that open a cause after the metric it explains (…的主要原因是)
_CAUSE = re.compile(r"原因(?:是|在于|系|为)")
# a rate's definition as a quotient in brackets (（医疗费用/保费收入）, （A与B之比）)
_QUOTIENT_ASIDE = re.compile(r"（[^（）]{1,40}(?:/|÷|除以|之比)[^（）]{0,40}）")
# a parenthetical aside (closed): 来自联营企业（主要是与先灵葆雅的合资公司）的权益收益
_ASIDE = re.compile(r"[(（][^()（）]{2,80}[)）]")
# a list of parts in brackets right after a metric's name glosses it: 投资收入（利息及股息）4.08亿美元
# is the investment income, not the dividends
_PARTS = re.compile(r"[及和与、,，]|\band\b")
_RATIO_TO = re.compile(r"\s+to\s+(?:its\s+|the\s+)?(?:total\s+)?", re.I)


# $2.97 billion in cash plus $9.0 billion of securities -- nearly $12 billion in all: a sum
_IN_ALL = re.compile(r"\s+(?:in\s+all|in\s+total|all\s+told|altogether|combined|together)\b", re.I)
# 短期借款与长期借款合计约35.1亿元: the sum said before the figure
_IN_ALL_ZH = re.compile(r"(?:合计|共计|总计|加总|合共)(?:约|为|达|近|超|逾)*\s*$")


@cache
def _sums() -> dict[frozenset[str], str]:
    """The metrics defined as the sum of two others, by their parts."""
    out: dict[frozenset[str], str] = {}
    for d in definitions().values():
        if len(d.formula) == 2 and all(sign == 1 for sign, _c in d.formula):
            out.setdefault(frozenset(c for _s, c in d.formula), d.id)
    return out


def _sum_of_parts(subjects: list, a: int):
    """The metric that sums the last two metrics named before ``a`` (cash, then marketable
    securities: cash and securities), as a mention spanning both, or None."""
    parts: list = []
    for m in reversed(subjects):
        if m.end > a or any(p.word.concept == m.word.concept for p in parts):
            continue
        parts.append(m)
        if len(parts) == 2:
            break
    concept = _sums().get(frozenset(p.word.concept for p in parts)) if len(parts) == 2 else None
    if concept is None:
        return None
    first, last = parts[1], parts[0]
    word = _Word(first.word.text + " … " + last.word.text, concept, None, "amount", True)
    return Mention(first.start, last.end, word)


def _has_aside_marks(s: str) -> bool:
    """Whether ``s`` may hold an aside of ``_DASHED_ASIDE`` (dashes, or a quotient in brackets)."""
    return (
        "--" in s
        or "—" in s
        or "–" in s
        or (("(" in s or "（" in s) and (" as a" in s or "divided by" in s))
    )


def _outside_asides(s: str, a: int, subjects: list) -> list:
    """The metric mentions outside the asides closed before ``a``: Earnings applicable to common
    shareholders, which reflect … the $6.6 billion of preferred stock it redeemed, were $221
    million (a relative clause set off by commas describes the subject, it is not what the
    figure after it measures); nor is an apposition right after the metric's name (Service
    revenue, the fees it charges its clients, slipped 4.6%)."""
    ends = {m.end for m in subjects}
    asides = [m.span() for m in _WHICH_ASIDE.finditer(s, 0, a) if m.group(1) or m.start() in ends]
    if "--" in s or "—" in s:
        asides += [
            m.span() for m in _DASH_ASIDE.finditer(s, 0, a) if m.group(1) or m.start() in ends
        ]
    for end in ends:
        aside = _DASHED_ASIDE.match(s, end) if end < a else None
        if aside is not None and aside.end() <= a:
            asides.append(aside.span())
    if not asides:
        return subjects
    kept = [m for m in subjects if not any(x < m.start and m.end <= y for x, y in asides)]
    return kept or subjects


def _not_per_share(mentions: list) -> list:
    """The mentions without the figures per share ending them, when others come before."""
    if len(mentions) > 1 and mentions[-1].word.kind == "per_share":
        return [m for m in mentions if m.word.kind != "per_share"] or mentions
    return mentions


class Mention(NamedTuple):
    """A metric word found in the text (a tuple: made for every metric word of every sentence,
    it is built at the cost of one)."""

    start: int
    end: int
    word: MetricWord


@dataclass(slots=True)
class ReadingState:
    """What is in force while reading: the period being discussed and the last metric."""

    period: Period | None
    metric: Mention | None = None
    # the profit a per-share figure was said beside (earned $2.96 billion, or $1.46 a share):
    # what a following "That was up 11%" speaks of
    profit_behind_per_share: Mention | None = None


class Attribution:
    """Metric and subject of a number, for ``extract._Extractor``."""

    def _profit_behind_loss(self, mention: Mention, subjects: list[Mention]) -> Mention:
        """A bare loss word (亏损, a loss of) after a profit metric is that metric's sign, not
        another metric: 扣非净利润亏损4.68亿元 is 扣非净利润."""
        if mention.word.text.lower() not in _LOSS_ONLY:
            return mention
        if mention.word.text.lower() in ("deficit", "hole"):
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

    def _metric(self, s, a, b, clause, metrics, subjects, amount: Amount, state: ReadingState):
        """(mention, found in the number's own clause)."""
        mention, own = self._metric_named(s, a, b, clause, metrics, subjects, amount, state)
        if (
            mention is not None
            and mention.word.concept in _CONTINUING_EPS
            and self.lex.continuing_re.search(s, min(clause, mention.start), a)
        ):
            # earnings from continuing operations came to $1.61 a share: that EPS, not the
            # whole net income's
            concept = _CONTINUING_EPS[mention.word.concept]
            eps = _Word(mention.word.text, concept, None, "per_share", True)
            mention = Mention(mention.start, mention.end, eps)
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
        if mention.word.concept == "dividend_cash" and (
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
        named = as_share_of(self.lex, s, clause, a)
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

    def _us_segments_before(self, s: str, a: int) -> list[tuple[int, int]]:
        """Spans of the company's English segments named, capitalised, in the sentence before
        ``a`` (Online stores, Third-party seller services, The International segment)."""
        names = getattr(self, "segments", ())
        if not names or not has_ascii_segment(names):
            return []
        return [
            m.span()
            for m in _ascii_segments_re(names).finditer(s, 0, a)
            if m.group()[:1].isupper() and m.group().lower() not in _GENERIC_SEGMENTS
        ]

    def _metric_word(self, s, a, b, clause, metrics, subjects, amount, state):
        if amount.unit == "count" and _HOLDERS.search(amount.printed):
            # 65,625 shareholders: the counted noun is the metric (the word alone is too loose
            # for the lexicon: profit attributable to shareholders)
            word = _Word(amount.printed, "kpi_shareholders", None, "count", False)
            return Mention(a, b, word), True
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
                or (
                    m.start - b <= (24 if s[b : m.start].isascii() else 12)
                    and not CLAUSE_SEP.search(s[b : m.start])
                )
            )
            and not (
                s[m.start - 1 : m.start].isspace()  # (where _PER_N_BEFORE ends: cheap first)
                and _PER_N_BEFORE.search(s, max(0, m.start - 16), m.start)
            )
            # ($1.52 billion as lower equity markets cut into asset values: a clause of cause
            # after the figure names what moved it, not what it measures)
            and not _CAUSE_AFTER.match(s, b, m.start)
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
        if after and ((counted and after[0].word.kind == "count") or not before):
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

    def _segment_subject(self, s: str, clause: int, a: int, amount: Amount) -> Mention | None:
        """An English sentence whose subject is a business line and names no metric (The
        hospital-supplies business, which…, brought in 85 million yuan; Hotel operations more than
        doubled): segments report revenue, so the figure is that segment's revenue."""
        if not s.isascii() or amount.unit not in (*_CURRENCIES, "%", "times"):
            return None
        named = [
            (pos, name)
            for pos, name in self._segments(s)
            if pos < a and name.lower() not in _GENERIC_SEGMENTS
        ]
        if not named:
            return None
        pos, name = named[-1]
        if _OPEN_ASIDE.match(s, pos, a):
            # BlackRock Solutions, the arm the Fed hired to unwind the $29 billion portfolio,
            # …: a figure inside the apposition after the line's name is not the line's
            return None
        return Mention(pos, pos + len(name), _Word(name, "revenue", None, "amount", False))

    @staticmethod
    def _segment_named(s, a, segments, subjects, amount: Amount) -> Mention | None:
        """A segment that is the sentence's subject with no metric word after it: its revenue
        (Third-party seller services grew 20% to $117.7 billion) or, said by a bare profit or
        loss verb, its operating income (The International segment lost $7.7 billion): segments
        report revenue and operating income."""
        start, end = segments[-1]
        later = [m for m in subjects if end <= m.start and m.end <= a]
        if not later:
            if amount.unit not in (*_CURRENCIES, "%"):
                return None
            return Mention(start, end, _Word(s[start:end], "revenue", None, "amount", False))
        verb = later[-1]
        if verb.word.text.lower() in _LOSS_ONLY | {"profit"}:
            word = _Word(verb.word.text, "operating_profit", None, "amount", False)
            return Mention(verb.start, verb.end, word)
        return None

    def _words(self, s, clause, a, mention: Mention | None, measure: str) -> str | None:
        """The words that named the figure; for a change, a loss or outflow word of its clause
        (亏损同比收窄35.68%, 净流出同比收窄48.54%), which the checker reads as a change of size."""
        if measure in (CHANGE_PCT, TIMES):
            loss = list(LOSS.finditer(s, clause, a)) if LOSS_CUE.search(s, clause, a) else []
            if loss:
                return loss[-1].group()
        return mention.word.text if mention else None

    def _names_something_else(self, s: str, clause: int, a: int, periods) -> bool:
        """Whether the clause before a number names a thing of its own (more than filler, period
        and change words), so the metric of an earlier clause does not carry over to it."""
        if self._part_of_whole(s, a):
            return False  # …, still ate up 57% of revenue: a part of revenue is the same subject
        text = s[clause:a]
        back = _COMPARES_BACK.match(text)
        if back:
            text = " " * back.end() + text[back.end() :]  # (That compares with: no thing)
        # an aside between dashes (— which includes the App Store, Apple Music and iCloud —)
        # is skipped: what follows it goes on with the subject before it
        aside = max(text.rfind("—"), text.rfind(" -- "))
        if aside >= 0 and ("—" in s[:clause] or " -- " in s[:clause]):
            text = " " * (aside + 1) + text[aside + 1 :]
        for p_start, p_end, _phrase in periods:
            if clause <= p_start and p_end <= a:
                text = text.replace(s[p_start:p_end], "")
        if _DIGIT.search(text):
            text = _AMOUNT.sub(" ", text)  # 较年初的3.48亿元近乎腰斩: the base figure names nothing
        text = self.lex.change_re.sub("", text)
        text = self.lex.yoy_re.sub("", text)  # (down 22% year-over-year and 11% lower: no thing)
        text = self.lex.share_re.sub("", text)  # 占营业收入的比重: a denominator, not a thing
        text = self.lex.metrics_re.sub("", text)
        text = self.lex.qualifier_before_re.sub("", text)
        text = self.lex.companies_re.sub("", text)
        text = _FILLER.sub("", text)
        return len(_LETTER.findall(text)) > 2

    def _part_of_whole(self, s: str, a: int) -> bool:
        """Whether the number at ``a`` is a percentage or fraction of a metric named right after
        it (57% of revenue, three-quarters of sales, 107% of revenue)."""
        m = _PART_OF.match(s, a)
        return bool(m) and bool(self.lex.metrics_re.match(s, m.end()))

    def _unknown_noun_between(self, s, mention: Mention, clause: int, a: int) -> bool:
        if mention.start >= a:
            return False
        gap = s[max(mention.end, clause) : a]
        if mention.end <= clause:
            # 回购股票3.44亿美元，规模同比翻了一番: a clause opened by 规模 (这一数字) speaks of the
            # figure before it
            gap = _BACK_NOUN.sub("", gap)
        if not _UNKNOWN_NOUN_WORD.search(gap):
            return False
        # a metric the lexicon knows is not an unknown noun (占利润总额比重: 总额 of a known item)
        gap = self.lex.metrics_re.sub(" ", gap)
        return bool(_UNKNOWN_NOUN.search(gap))

    @staticmethod
    def _subject_of(s: str, a: int, clause: int, companies, company: str | None) -> str | None:
        """The last company named in the number's clause, else the first of the contrasting part
        it is in (…, while Acme, a rival, posted…), else the sentence's first (its grammatical
        subject: 科大讯飞和华为合作…，营收233亿元 is about 科大讯飞), else the article's."""
        in_sentence = [(pos, c) for pos, c in companies if pos < a]
        if in_sentence and _ASIDE.search(s, 0, a):
            # a name inside an aside closed before the figure (权益收益, from ventures (with
            # Schering-Plough and AstraZeneca), 5.87bn) is not who the figure is about
            asides = [m.span() for m in _ASIDE.finditer(s, 0, a)]
            in_sentence = [(p, c) for p, c in in_sentence if not any(x < p < y for x, y in asides)]
        if in_sentence and _EVENT_WORDS.search(s, 0, a):
            # 菲利普莫里斯国际（PMI）分拆前的利润, 对X的收购完成后: a company named for the time
            # of an event done to it is not who the figure is about
            in_sentence = [
                (p, c)
                for p, c in in_sentence
                if not _EVENT_TIME.match(s, p)
                and not (_EVENT_BEFORE.search(s, max(0, p - 3), p) and _EVENT_AFTER.match(s, p))
            ]
        if not in_sentence:
            return company
        in_clause = [c for pos, c in in_sentence if clause <= pos]
        if in_clause:
            return in_clause[-1]
        # a name in a clause that gives a cause (主要系天士力纳入合并范围；…, due to Acme's
        # collapse) is no subject of the sentence's other clauses
        in_sentence = [(p, c) for p, c in in_sentence if not _in_reason_clause(s, p)]
        if not in_sentence:
            return company
        part = max((m.end() for m in CONTRAST.finditer(s, 0, a)), default=0)
        in_part = [c for pos, c in in_sentence if part <= pos]
        if part and in_part:
            return in_part[0]
        return in_sentence[0][1]


def _in_reason_clause(s: str, pos: int) -> bool:
    """Whether the name at ``pos`` is in a clause that gives a cause (主要系X…, due to X)."""
    clause = max((m.end() for m in CLAUSE_SEP.finditer(s, 0, pos)), default=0)
    return _REASON.search(s, clause, pos) is not None


def _rates_first(mentions: list) -> list:
    """The rates among ``mentions`` when there are any (gross margin widened to 41.5% of sales
    from 34.1% — a gain of 7 percentage points: a change in points is a rate's, not that of the
    amount named as its denominator), else all of them."""
    if len(mentions) < 2:
        return mentions
    return [m for m in mentions if m.word.kind == "ratio"] or mentions
