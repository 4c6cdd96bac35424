"""The patterns attribution reads a sentence with.

Takes: a sentence and positions in it (a number's start, its clause, the metric mentions found).
Gives: the compiled cues (per-share and diluted wording, asides, fillers, spending objects, causes,
events, unknown nouns, sums of parts) and the small tests built on them (``EXCLUDING``,
``_outside_asides``, ``_sum_of_parts``, ``_not_per_share``, ``_in_reason_clause``, ``_rates_first``)
for ``attribution.Attribution`` and ``subjects.Subjects``.
"""

from __future__ import annotations

import re
from functools import cache

from ..metrics.definitions import definitions
from .clauses import CLAUSE_SEP
from .lexicon import MetricWord as _Word
from .measure_cues import DEFINITION as _DEFINITION  # noqa: F401 (metric_words reads it here)
from .measures import _OF_WHOLE
from .mentions import Mention

# debts owed at a date, and the verbs that make a sum of them a flow of the period (偿还了X长期借款)
_DEBT_OWED = frozenset(
    ("long_term_borrowings", "long_term_debt", "short_term_borrowings", "total_debt")
)
_DEBT_FLOW_VERB = re.compile(
    r"(?:(?:偿还|偿付|归还|新借入|借入|举借)了?\s*(?:约|近|逾|超过?)?"
    # (sold $745 million of long-term debt, issued $500 million of notes: debt taken on)
    r"|\b(?:(?P<repaid>repaid|paid\s+(?:down|off|back)|retired)|borrowed|sold|issued)"
    r"\s+(?:about\s+|nearly\s+)?)\s*$",
    re.I,
)

# stock sold or issued by the company (sold $869 million of stock): the proceeds of the issue,
# not a market figure; the words the stock is named by after the sum
_STOCK_SOLD_VERB = re.compile(r"(?i)\b(?:sold|issued)\s+(?:about\s+|nearly\s+)?\s*$")
_STOCK_WORDS = frozenset(("stock", "shares", "common stock", "common shares", "new shares"))

_LOSS_ONLY = {
    "亏损", "亏损额", "净亏损", "巨亏", "a loss of", "loss", "net loss", "lost", "deficit", "deficiency", "hole",
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
# a clause that puts what follows in its sentence on continuing operations only (若只看持续经营
# 业务，二季度利润同比降幅达23%; on a continuing-operations basis, profit fell 23%): a bare profit
# after it is that of continuing operations
_CONTINUING_SCOPE = re.compile(
    r"(?:若|如果?|假如)?(?:只|仅|僅|单|單|单独)看持续经营业务|按持续经营业务(?:计算|口径|来看)"
    r"|(?i:on\s+an?\s+continuing[- ]operations\s+basis|(?:excluding|stripping\s+out)\s+"
    r"discontinued\s+operations)"
)
_CONTINUING_PROFIT = {"np_parent": "np_continuing", "net_profit": "np_continuing"}
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
    # (拖累业绩的是已终止经营业务，该部分亏损1.60亿美元: the loss of the operations named)
    "np_discontinued",
    "np_parent",
    "np_parent_recurring",
    # (Non-recurring items produced a net loss of 16.63 million yuan: the items' net, 非经常性损益)
    "non_recurring",
    "net_profit",
    "operating_profit",
    "total_profit",
    # (综合收益总额升至6.56亿美元，而上年同期为亏损615万美元: the comprehensive result's sign)
    "total_comprehensive_income",
    "tci_parent",
    "oci_net",
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
    # little changed from 73.7%, essentially flat with 47.5%): no thing of their own
    r"percentage\s+points?|points?|little\s+changed|unchanged|flat|essentially|"
    # the pronoun of the subject before and the part of it (for the quarter alone it was up
    # 5.6%; 2.44 yuan, including 0.54 yuan in the quarter)
    r"it|they|alone|including|"
    # a perfect tense's auxiliaries (Gross margins … have been squeezed to below 10%)
    r"has|have|had|been|"
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
    # (On a per-share basis the half was a loss of $3.92: a sentence said per share)
    r"(?=[po每])(?:\bper[- ]share\s*[,:]|\bon\s+a\s+per[- ]share\s+basis\b"
    r"|每股(?![\u4e00-\u9fff]{0,4}(?:收益|盈利)))",
    re.I,
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
# (book value, a valuation's base in "0.6 times book value", is the book value per share when
# said in money a share: book value stood at about 21 yuan a share)
_EQUITIES = frozenset(("equity_parent", "total_equity", "kpi_pb"))
_PER_SHARE_AFTER_ANY = re.compile(r"\d\s*(?:cents?|yuan|元)?\s+(?:per|a)\s+share\b", re.I)
# a part of the figure named before, said with its sum (净利润中包含3120万美元的…)
_INCLUDES_ZH = re.compile(r"(?:包含|包括|含有|其中含)\s*(?:约|近|逾|超过?)?\s*$")
# a figure per share said in Chinese, no scale before its currency (每股派发股息0.25美元, 股息由
# 每股63.5美分下调至38.5美分): a change said after it is of the figure per share
_PER_SHARE_ZH = re.compile(r"每股[^\d，。；,;]{0,8}\d+(?:\.\d+)?\s*(?:美元|美分|港元|元)")
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
    r"(?:\s+(?:a|per)\s+(?:diluted\s+)?share\b[^;]*?\b(?:from|versus|vs\.?|against)\s+"
    r"|\s+(?:a|per)\s+(?:diluted\s+)?share\b[^;]*?\d[^;]*?,?\s+or\s+"
    # (…, against net income of $65mn ($0.12): the figure per share in brackets after the sum)
    r"|\s+(?:a|per)\s+(?:diluted\s+)?share\b[^;()]*?\d[^;()]*?\s\()"
    r"(?:US\$|HK\$|\$|RMB\s?)?$",
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
# That works out to $4.47 a share: the profit of the sentence before, said per share
_WORKS_OUT = re.compile(
    r"\s*(?:that|this|it)\s+(?:works?\s+out|worked\s+out|comes?\s+out|came\s+out"
    r"|translates?|translated|equals?|equaled|equalled)\s+(?:to\s+)?",
    re.I,
)
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


# a comparing word right after a figure (Diluted loss per share: $1.11 vs. earnings of $2.69):
# the metric after it names the compared figure, not this one
_COMPARED_GAP = re.compile(
    r"\s*,?\s*(?:vs\.?|versus|against|compared\s+(?:with|to))\s+(?:(?:an?|the)\s+)?", re.I
)
# a clause of cause opening after a figure: as lower equity markets…, amid weaker demand for…
_CAUSE_AFTER = re.compile(
    r"[^,;]*?\b(?:as|because|amid|while)\s+(?:lower|higher|weaker|stronger|falling|rising"
    r"|declining|slumping|the|a|an|its|their)\b",
    re.I,
)
# (dropped 43 percent to $458 million as intangible assets from the 2005 merger wore down: a
# bare noun opening a clause whose verb of change comes a few words on; group "at": where "as"
# stands, the metric words after it are the clause's)
_CAUSE_CLAUSE_AFTER = re.compile(
    r"[^,;]*?\b(?P<at>as|because|amid|while)\s+(?:[A-Za-z0-9'’-]+\s+){1,8}?"
    r"(?:wore|wound|ran|rolled|shrank|fell|rose|grew|declined|dropped|matured|expired|faded"
    r"|eased|slowed|weakened|strengthened|dried)\b",
    re.I,
)
# (fell 22 percent to $660 million as clients' account balances shrank: a plural's possessive
# opening a clause of cause, up to that noun)
_CAUSE_POSSESSIVE = re.compile(r"[^,;]*?\b(?:as|because|amid|while)\s+[a-z]+s['’]\s", re.I)
# between a charge's sum and what it is for (a $124 million charge for the company's global
# cost reduction plan)
_CHARGE_FOR = re.compile(
    r"(?i)\s+charges?\s+(?:for|tied\s+to|related\s+to)\s+(?:the\s+company['’]s\s+|its\s+|the\s+)?"
    r"(?:[a-z-]+\s+){0,2}"
)
_APPLICABLE_TO = re.compile(r"\b(?:applicable|attributable|related)\s+to\s+(?:[a-z]+\s+)?$", re.I)
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
    r",\s*(?:(which|who)\b[^,;:]*|(the|an?|including|excluding|not\s+including|counting|not\s+counting)\b[^,;:\d]*),",
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
# a 4% sales gain: the change noun after the metric the rate is of
_CHANGE_NOUN_AFTER = re.compile(
    r"\s+(?:gain|increase|rise|growth|jump|decline|decrease|drop|fall|slide|dip)(?![A-Za-z])", re.I
)
_OF_NOUN = re.compile(r"\s+(?:of|in)\s+(?:the\s+|its\s+)?", re.I)
# the sum a charge or a payout is reckoned on (dividends on the $25 billion, interest on $3bn)
# (not after a verb it makes a phrase with: took on 76.4 million yuan of borrowings)
_ON_BASE = re.compile(
    r"(?=o)(?<!took )(?<!take )(?<!takes )(?<!taken )(?<!taking )(?<!piled )(?<!loaded )"
    # (the nine-month figure leans on a 32 million yuan gain: what it rests on, the figure's
    # own noun after it)
    r"(?<!leans )(?<!leaned )(?<!leaning )(?<!relies )(?<!relied )(?<!relying )(?<!rests )"
    r"(?<!rested )(?<!depends )(?<!depended )(?<!hinges )(?<!counts )"
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
# a company named as what a deal buys (拟以支付现金方式购买天士力4.18亿股股份…，总交易价款为62.12亿元):
# the deal's figures are the buyer's (the purchase word right before the name)
_BOUGHT_BEFORE = re.compile(r"(?:购买|收购|受让|认购)了?$")
# (or what the deal brought: 分拆Lorillard带来的42.82亿美元处置收益 is the seller's gain)
_EVENT_AFTER = re.compile(
    r"[^，,。；;、：:]{1,12}?(?:之?[前后]|时)|[^，,。；;、：:]{1,24}?所?(?:带来|产生)的"
)
# the words that open a cause after the metric it explains (…的主要原因是)
_CAUSE = re.compile(r"原因(?:是|在于|系|为)")
# a rate's definition as a quotient in brackets (（医疗费用/保费收入）, （A与B之比）)
_QUOTIENT_ASIDE = re.compile(r"（[^（）]{1,40}(?:/|÷|除以|之比)[^（）]{0,40}）")
# a parenthetical aside (closed): 来自联营企业（主要是与先灵葆雅的合资公司）的权益收益
_ASIDE = re.compile(r"[(（][^()（）]{2,80}[)）]")
# an English aside set off by commas, opened by a participle or a relative word, with no figure
# (, closely watched by bond investors after …, / , which include customer deposits,)
_COMMA_ASIDE = re.compile(
    r",\s*(?:(?:closely|widely|long|once|still|much|already)\s+)?"
    r"(?:[a-z]+ed|which|who|including|such\s+as)\b[^,;\d]{0,160},"
)
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


# a clause opened by 受 that names, around the name, what weighed on or lifted the figures
# (受旗下X费用拖累，…; 主要受X影响，…)
_CAUSED_BY = re.compile(
    r"(?:主要|则|也|还)?受[^，,。；;]{1,48}?(?:拖累|影响|冲击|推动|带动|提振|拉动)(?:下)?[，,]"
)


def _in_reason_clause(s: str, pos: int) -> bool:
    """Whether the name at ``pos`` is in a clause that gives a cause (主要系X…, due to X,
    受X拖累)."""
    clause = max((m.end() for m in CLAUSE_SEP.finditer(s, 0, pos)), default=0)
    if "受" in s and (cause := _CAUSED_BY.match(s, clause)) and pos < cause.end():
        return True
    return _REASON.search(s, clause, pos) is not None


def _rates_first(mentions: list) -> list:
    """The rates among ``mentions`` when there are any (gross margin widened to 41.5% of sales
    from 34.1% — a gain of 7 percentage points: a change in points is a rate's, not that of the
    amount named as its denominator), else all of them."""
    if len(mentions) < 2:
        return mentions
    return [m for m in mentions if m.word.kind == "ratio"] or mentions


# an article right before a sum (a $115 million benefit): the sum is said of the noun after it
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
# (and the noun right after it, a word of it hyphened on: a $115 million income-tax benefit)
_NOUN_RIGHT_AFTER = re.compile(r"\s+(?:[A-Za-z]+-)?")

# a product's volume said by its verb right before the count (全年销售1461万盒)
VOLUME_VERB = re.compile(r"(销售|售出|卖出|销出|生产|产出)了?(?:约|近|超过?|逾|共|累计)?$")
