"""The pattern table of a number's period in a sentence: the words around a period phrase that make
it a base or a comparison, date an event, or tie it to the figure before or after it.

Takes: nothing (regular expressions over a sentence's normalised text). Gives: the patterns that
``phrase_roles`` (which phrases set the period discussed, which are bases) and
``sentence_periods`` (the period of each number) apply, each with a note on what it reads.
"""

from __future__ import annotations

import re

_BASE = re.compile(
    # (the look-ahead: the words' first characters, one test at any other position)
    r"(?=[较相比cfva])(?:较|相比|相较于?|(?<![同环占])比|compare[ds]\s+with|compare[ds]\s+to|\bversus|\bvs\.?"
    # (from their Rmb1.94tn peak: a possessive between the word and its figure)
    r"|\bagainst|from(?:\s+(?:their|its|the))?"
    # (to a loss of $8 million from a profit of $628 million: the swing's figure before)
    r"|\bfrom\s+an?\s+(?:net\s+)?(?:profit|loss|gain|surplus|deficit|deficiency)\s+of"
    # (lost $564 million, compared with net income of $309 million: the compared figure's name)
    r"|compare[ds]\s+(?:with|to)\s+(?:an?\s+)?(?:net\s+)?(?:income|profit|earnings|loss)\s+of"
    # (lost $81 million, versus a profit of $14 million: the same with versus or against)
    r"|\b(?:versus|vs\.?|against)\s+(?:an?\s+)?(?:net\s+)?(?:income|profit|earnings|loss)\s+of)"
    # (down from more than 29% a year earlier: the base's qualifier)
    r"(?:\s+(?:more\s+than|less\s+than|over|under|nearly|almost|about|around|roughly"
    r"|just\s+(?:over|under)))?"
    r"\s*$",
    re.I,
)
# the last characters of _BASE's words, any case (ſ folds onto s): a clause whose last character
# (bar spaces) is none of them is not searched, as _BASE must end there
_BASE_LAST = frozenset("较比于hosvtmrefnydHOSVTMREFNYD\u017f.")  # (. of vs.)
# 上年 (…38.00亿元，上年为39.12亿元) is the year before the one discussed: a comparison
_PRIOR_YEAR = re.compile(r"上一?个?财?年度?")
# 年初 / 期初 name an opening balance (年初的3.48亿元, 期初货币资金), never the period discussed
_OPENING = ("年初", "期初")
# (not 今年同期, the same period this year, said after a year-ago one: the period discussed again)
_RELATIVE = re.compile(
    r"(?<![今本]).同期|same (?:period|quarter|half)|(?:a|the) year (?:earlier|ago|before)"
    r"|year[- ](?:ago|earlier)"
    r"|(?:prior|previous)[- ]year|(?:last|previous|prior)\s+year['’]s|上一?个?季度"
    # (in the 2008 period: the period discussed, in the year named, as the year-ago one is)
    r"|the (?:19|20)\d{2} (?:period|quarter|half)",
    re.I,
)
# a comparison anywhere before the number in its clause (compared with a profit of X in 2023):
# a period named after that number is the comparison's, not the one being discussed
# from the end of 2024, compared with 2023: an English base before a period phrase (down 21%
# since fiscal year-end to $2.06bn: a balance's base date, never the date of the level after it)
_EN_BASE_BEFORE = re.compile(
    r"\b(?:from|since|than|versus|against|above|below|compared\s+(?:with|to))\s+"
    r"(?:the\s+level\s+)?(?:at\s+)?(?:the\s+)?"
    r"(?:(?:end|start|beginning)(?:\s+of)?)?\s*(?:its\s+)?(?:fiscal\s+)?$",
    re.I,
)
# from the Rmb503.8bn (it booked in 2022), against a profit of: a compared figure, whose period
# named after it is its own
_EN_FROM_FIGURE = re.compile(
    # (revenue from hotels of X in 2023 is not a compared figure: a compared one has an article)
    r"\b(?:from|against|versus)\s+(?:(?:the|a|an|its)\s+(?:[A-Za-z-]+\s+){0,2})?$"
    # (more than four times the $37.3 million earned in the first quarter: a multiple's base)
    r"|\b(?:times|twice|double|triple|quadruple)\s+(?:the|its)\s+$"
    # swung to a loss of X, after a profit of Y in Q1: the figure before the swing
    r"|\bafter\s+(?:a|an)\s+(?:[A-Za-z-]+\s+){0,2}$"
    # did not buy back stock, after spending X on repurchases in the first half of 2008
    r"|\bafter\s+[a-z]+ing\s+(?:(?:a|an|the)\s+)?$",
    re.I,
)
# forecast third-quarter revenue above estimates, even as X cut its profit: a period named as the
# object of guidance is the guidance's (its figures are forecasts), not the period the rest of
# the sentence discusses (the verb right before the phrase, or before what it forecasts "for" it:
# forecast revenue for the third quarter)
_GUIDED = re.compile(
    r"(?i:\b(?:forecasts?|expects?|expected|sees|guided|projects?|projected|predicts?"
    r"|anticipates?)\s+(?:(?:its|the|a)\s+)?(?:(?:[a-z-]+\s+){1,2}?for\s+)?)$"
)
# a year that only ever dates a past figure (the Rmb95bn it made as recently as 2021, back in 2019)
_PAST_ONLY = re.compile(r"as\s+(?:recently|late|early)\s+as|back\s+in", re.I)
# up 12.4% on the first quarter, 3 points on a year earlier: "on" after a change names its base
_CHANGE_ON = re.compile(
    r"(?:%|\bper\s?cent|\bpoints?)(?:\s+(?:up|down|higher|lower))?\s+on\s+$", re.I
)
_ON_GAP = re.compile(r"\s+(?:(?:up|down|higher|lower)\s+)?on\s+", re.I)
# A year ago, Ford lost $8.7 billion, or $3.89 a share: a relative period opening the sentence
# frames every figure in it (the period discussed a year before), not only the next one
_YEAR_AGO_FRAME = re.compile(
    r"\s*(?:(?:and|but|yet)\s+)?(?:(?:a|one|the)\s+year\s+(?:ago|earlier|before)"
    r"|in\s+the\s+(?:year[- ]ago|year[- ]earlier|prior[- ]year|(?:19|20)\d{2})"
    r"\s+(?:period|quarter|half))\s*,",
    re.I,
)
# a figure-less sentence's aside: an event's date (, completed at the end of January,) or a relative
# clause (, which lifted the first quarter)
_EVENT_ASIDE = re.compile(
    r"(?=,)[,，]\s*(?:which|completed|announced|signed|agreed|closed|finali[sz]ed|derived"
    r"|calculated|computed)\b[^,;]*",
    re.I,
)
# a figure-less sentence's relative clause dating an event (the price increases Hershey pushed
# through last year, the plant that it closed in 2008): the event's time, not the period discussed
_PAST_VERB = r"(?:[a-z]+ed|took|made|began|sold|bought|cut|put|set|won|lost|paid|did|got)"
_EVENT_CLAUSE_BEFORE = re.compile(
    rf"(?:\b(?:that|which|who)\s+(?:[\w'’-]+\s+){{0,4}}?"
    r"|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+){1,3}"
    r"(?:(?:[A-Z][\w&.'’-]*\s+){1,3}|(?:it|they|we|he|she|management)\s+))"
    rf"{_PAST_VERB}(?:\s+(?:through|in|up|out|on|off))?\s+$"
)
# between two periods named together (2020 and 2021, 2020年与2021年, 2020-21)
_PERIODS_JOINED = re.compile(r"\s*(?:and|or|to|与|和|及|、|至|-|–)\s*")
_YEAR_JOINED = re.compile(r"\s*(?:and|or|to|与|和|及|、|至|-|–)\s*(?:19|20)\d{2}(?!\d)")
# an aside dating an event in the company's history (Acme, the firm spun off from X in 2005,
# said…; founded in 1902,): its year is the event's, not the period discussed
_EVENT_YEAR_ASIDE = re.compile(
    r"(?i),[^,;]{0,80}?\b(?:spun\s+off|founded|formed|created|established|incorporated"
    r"|went\s+public|set\s+up|merged)\b[^,;]{0,60}?\s(?:in\s+)?$"
)
# what may stand before a period phrase that opens (frames) a sentence: nothing, a preposition
_OPENS_SENTENCE = re.compile(
    r"\W*(?:(?:in|during|for|over|by|at|as\s+for)\s+)?(?:the\s+)?|\W*[在于]?", re.I
)
_DASH = re.compile(r"\s(?:--|—|–)\s|—")
# 较上年同期翻了一番多: a doubling is the change since the base, never the base's own figure;
# so is a halving (较年初腰斩, 较上年同期减半)
_DOUBLING = re.compile(
    r"翻了?[一两二三四]?[番倍]|增长?了?[一两二三四\d]+倍|近乎腰斩|几乎腰斩|腰斩|减半|砍半"
)
# between a base period and its own rate (较上年同期的28.1%): 的, a qualifier, a metric's name
# (上年同期为22.4%: 为, 是 name it too)
_OWN_RATE_GAP = re.compile(
    # (而2020年这一数字为29.25%: the figure pointed back at, in the year named)
    r"\s*的?\s*(?:[\u4e00-\u9fff]{0,8}?率|(?:这一|该|这个|此)(?:数字|数据|数值|比例|指标))?\s*"
    r"(?:为|是)?\s*(?:约|近|逾|超过?|不足|将近)?\s*"
)
_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
# 已是上半年归母净利润的4倍多: a multiple of a figure of the period named after 是/为
_MULTIPLE_GAP = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,12}的\s*(?:约|近|逾|超过?|将近)?\s*")
_IS_BEFORE = re.compile(r"(?:是|为|相当于|达到?)\s*$")
# 与2020年的415亿元相比: a base said around its period (与/和/同 … 相比)
_WITH_BEFORE = re.compile(r"(?:与|和|同|跟)\s*$")
# (与去年持平, 与上年基本持平: level with that year, a comparison too)
_THEN_COMPARED = re.compile(r"[^，,；;。]{0,30}?(?:相比|相较|比较|对比|持平)")
# a figure's apposition (net income of $946m, or $1.26, in 2Q08) and the end of the apposed one
_OR_APPOSED = re.compile(r",?\s+or\s+", re.I)
_APPOSED_END = re.compile(r"(?:\s+(?:a|per)\s+(?:diluted\s+|basic\s+)?share)?,", re.I)
# (from the 6.79 billion yuan booked in the second quarter: a verb of what the figure was)
# charges booked in the first quarter: the participle before a period phrase
_BOOKED_BEFORE = re.compile(
    r"(?i)\b(?:booked|recorded|taken|incurred|recognized|recognised)\s+"
    r"(?:(?:in|during)\s+(?:the\s+)?)?$"
)
_BETWEEN_FIGURE_AND_PERIOD = re.compile(
    r"\s*(?:\(.{0,30}?\)\s*)?(?:(?:it\s+|that\s+was\s+|which\s+was\s+)?(?:booked|recorded"
    r"|reported|posted|earned|made|generated|logged|registered|achieved|delivered)\s+)?"
    # (after spending $1.36 billion on repurchases in the first half of 2008: what it was for)
    r"(?:(?:on|of)\s+[A-Za-z-]+(?:\s+[A-Za-z-]+)?\s+(?=in\b|during\b))?"
    r"(?:in|for|during|at)?\s*",
    re.I,
)
# earned $23.0 billion, or $1.46 a share, in its fiscal fourth quarter: a period said after the
# figure and its per-share apposition, set off by a comma, is still the figure's
_TRAILING_PERIOD = re.compile(
    r"(?:\s+(?:a|per)\s+(?:diluted\s+|basic\s+)?share)?(?:,\s*or\s+[^,;，；。]*?)?,?\s*"
    r"(?:in|for|during|over)\s+(?:its\s+|the\s+)?"
    r"(?:fiscal\s+)?",
    re.I,
)
# compared with $947 million, or $2.25 a share, a year earlier: a per-share figure and the
# relative period closing its apposition
_TRAILING_SHARE = re.compile(r"\s+(?:a|per)\s+(?:diluted\s+|basic\s+)?share,?\s*", re.I)
# 从/由 X 增至/扩大到 Y: X is the base of the change
# (股息从每股0.17美元削减至0.03美元: the per-share words between 从 and its figure)
_FROM_ZH = re.compile(r"(?=[从由])(?:(?<![自])从|由)(?:每股)?\s*$")
_TO_ZH = re.compile(r"[^，,；;。]{0,8}?(?:到|至)")
# 由2022年的5038.38亿元降至…: a period after 从/由, its figure, then 至/到
_ZH_THEN_TO = re.compile(r"[^，,；;。]{0,24}?(?:到|至)")
# 原材料价格从去年的高位回落: a period after 从/由 that a change or a level (高位, 低点) follows with
# no figure of its own is where something moved from, never the period the figures discuss
_ZH_FROM_LEVEL = re.compile(
    r"的?[^，,；;。\d]{0,10}?(?:回落|回升|反弹|下降|下跌|下滑|走低|走高|上涨|攀升|高位|低位|高点"
    r"|低点|峰值|顶峰|高峰|谷底|低谷)"
)
_WHEN = re.compile(r"\s*when\b", re.I)
_SIGNS = ("+", "-", "−", "＋", "－")
# …of X in the same period of 2024 and Y in January-March: a period said right after a figure
# is that figure's, not the base phrase before it that named the figure before
_RIGHT_AFTER = re.compile(r"\s*(?:in|for|during|over)\s+", re.I)
# $1.55bn of repurchases in 1H08: the figure, what it counts, then its period
_OF_THING_AFTER = re.compile(
    r"\s+(?:of|in)\s+(?:[A-Za-z&'’-]+\s+){1,3}?(?:in|for|during|over)\s+", re.I
)
# The quarterly figure, derived by subtracting first-quarter results from the half-year total,
# compares with…: a period inside an aside on how a figure was worked out is not discussed
# (and an aside of what came before, with no figure of its own: it bought back no stock, after
# heavy repurchases in the first half of 2008, and dividend payments came to $172 million)
_ASIDE = re.compile(
    r"(?=,)[,，]\s*(?:(?:derived|calculated|computed|worked\s+out|arrived\s+at|obtained)\b[^,;]*"
    r"|(?:after|following)\s+(?![^,;]*(?:\$|%|\b(?:million|billion|cents?|percent)\b))[^,;]*),",
    re.I,
)

_EARLIER_THIS_YEAR = re.compile(r"(?i)earlier\s+(?:this|in\s+the)\s+year")
# this year said of a year not over (not the whole year to come: 全年, full-year, will, 将)
_THIS_YEAR = re.compile(r"(?i)\bthis\s+year\b|今年|年内")
_WHOLE_YEAR = re.compile(
    r"(?i)全年|full[- ]year|for\s+the\s+(?:whole\s+)?year|\bwill\b|\bexpect|\bforecast|\btarget"
    r"|将|会|预计|预期|目标|有望"
)

# a bracket naming the year of the figure in it: (2021: 9.78%), （2023年：196.5亿元）, (FY22: $4.1bn),
# (Q2 2008: 15.3%), (H1 2008: $498.6 million): the period discussed, in that year
_BRACKET_YEAR = re.compile(
    r"[(（]\s*(?:(?i:Q[1-4]|H[12])\s*)?"
    r"(?:(?P<y>(?:19|20)\d{2})\s*年?|(?i:FY\s*(?P<fy>(?:19|20)?\d{2})))\s*[:：]\s*$"
)

# the highest of any quarter last year, the best in any year since 2015: a superlative's range
_ANY_RANGE = re.compile(r"(?i)\b(?:of|in)\s+any\s+(?:[a-z-]+\s+){0,2}$")
_FULL_YEAR_ADJ = re.compile(r"(?i)full[- ]year")
# profit jumps 28% as second quarter accelerates: "as" opening a clause of its own (its subject
# and verb), whose period is its own, not the figure's before it (not "as expected in", "as of",
# "as a share of", "as well as in")
_AS_CLAUSE = re.compile(
    r"(?i)(?<=[a-z%\d])\s+(?:even\s+)?as\s+(?!(?:expected|forecast|estimated|reported|adjusted"
    r"|measured|compared|of|in|at|for|on|a|an|well|much|many|part|high|low|recently|late|early"
    r"|usual|before|such|if|though|with|to|per)\b)"
)
# RMB3.68 billion of that, or 94%, came in the fourth quarter: what part of a whole a period
# brought
_CAME_IN = re.compile(
    r"(?i)(?:\s+of\s+(?:that|this|it|the\s+total))?(?:,\s*or\s+[^,;，；。]{1,20}?)?,?\s*"
    r"(?:came|was\s+(?:booked|earned|generated|made|recorded))\s+(?:in|during)\s+"
)

_YEAR_NAMED = re.compile(r"(?:19|20)\d{2}|[今去前本上]年|(?i:\bfiscal\b|\b(?:last|this)\s+year)")

_AND_NEXT = re.compile(r"\s+and\s+(?!\d)")
_TRAILS_FIGURE = re.compile(r"(?i)(?:\d|\b(?:billion|million|bn|mn|yuan|cents?|percent))\s*$")
_AND_FIGURE = re.compile(r"(?i)(?:\d|billion|million|bn|mn|yuan|亿元|万元)\s*(?:and|和|及)\s*$")
# after a 2.8% drop, after spending X: a figure before the one discussed
_AFTER_PAST = re.compile(r"(?i)\bafter\s+(?:(?:a|an)\s+|[a-z]+ing\s+(?:(?:a|an|the)\s+)?)$")
_OR_SHARE_GAP = re.compile(
    r",\s*or\s+[^,;，；。]{1,30}?\s(?:a|per)\s+(?:diluted\s+|basic\s+)?share,\s*", re.I
)
_APPOSED_TO_BASE = re.compile(
    r"(?i)(?=[favc])\b(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:a|an|the)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:of\s+)?|(?:net\s+)?(?:income|profit|earnings|loss)\s+of\s+)?"
    r"(?:US\$|HK\$|\$|Rmb|RMB\s?)[\d.,]+"
    r"(?:\s*(?:billion|million|bn|mn|m|trillion))?,\s*or\s+$"
)
_COMMA_GAP = re.compile(r"\s*,\s*")
# cash flow from operations was, income from continuing operations rose to: "from" inside a
# metric's name, before the sentence's verb, is no base word of a compared figure
_FROM_IN_NAME = re.compile(
    r"from\s+(?:[A-Za-z-]+\s+){1,3}(?:was|were|is|are|totall?ed|stood|came|reached|amounted"
    r"|rose|fell|grew|climbed|increased|decreased|declined|dropped|jumped|slipped|slid)\b",
    re.I,
)
_OR_BEFORE = re.compile(r",\s*or\s+(?:about\s+)?$", re.I)
_OR_APPOSITION = re.compile(r"\s*,?\s*or\s+(?:about\s+|roughly\s+|nearly\s+)?", re.I)
_COMPARED_RATE = re.compile(
    r"(?i)(?:\bagainst|\bversus|\bvs\.?|\bcompared\s+(?:with|to)"
    # (gross margin was about 47.4%, essentially flat with 47.5% a year ago)
    r"|\b(?:flat|level|in\s+line)\s+with|\bunchanged\s+from)\s*$"
)

# a rate then the bracket a compared rate opens (to 23.7% (19.9% in the 2008 quarter))
_RATE_THEN_BRACKET = re.compile(r"\d\s*(?:%|％|\bper\s?cent)\s*[(（]$", re.I)

_OF_THE_FIGURE = re.compile(r"\s+of\s+(?:the|its)\s+", re.I)
# the last characters of _COMPARED_RATE's words (against, versus, vs., with, to, from), any case
_COMPARED_RATE_LAST = frozenset("tTsS.hHoOmM\u017f")
_THE_RATE = re.compile(r"(?i)\b(?:from|of|than|half|double|twice|with|below|above)\s+the\s*$")
