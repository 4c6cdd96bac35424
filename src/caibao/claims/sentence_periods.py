"""The period of each number in a sentence: the period being discussed, and a base's own.

Takes: a sentence, its period phrases (``period_phrases.find_periods``), the numbers in it and
the period in force. Gives: ``PeriodReading._period_of`` — the number's period, the period now
discussed (which later numbers and sentences inherit), the base word before the number (较/from),
and whether a balance is compared with the start of the year; ``_base_phrases`` — which phrases
are bases or comparisons (较2023年, 上年同期, a year earlier, from the end of 2024);
``_update_period`` — the period a sentence without numbers sets. A mixin of the extractor.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from ..periods import Period
from ..scan import FOLDED_LETTERS
from .clauses import CJK, CLAUSE_SEP
from .compared_periods import COMPARED as _COMPARED
from .compared_periods import EN_BASE_GAP as _EN_BASE_GAP
from .compared_periods import brackets, opening_base, parallel_base, year_compared
from .mentions import ReadingState
from .period_phrases import OPENING_EN, resolve_phrase

_BASE = re.compile(
    # (the look-ahead: the words' first characters, one test at any other position)
    r"(?=[较相比cfva])(?:较|相比|相较于?|(?<![同环占])比|compare[ds]\s+with|compare[ds]\s+to|\bversus|\bvs\.?"
    # (from their Rmb1.94tn peak: a possessive between the word and its figure)
    r"|\bagainst|from(?:\s+(?:their|its|the))?"
    # (to a loss of $8 million from a profit of $628 million: the swing's figure before)
    r"|\bfrom\s+an?\s+(?:net\s+)?(?:profit|loss|gain|surplus|deficit|deficiency)\s+of"
    # (lost $564 million, compared with net income of $309 million: the compared figure's name)
    r"|compare[ds]\s+(?:with|to)\s+(?:an?\s+)?(?:net\s+)?(?:income|profit|earnings|loss)\s+of)"
    # (down from more than 29% a year earlier: the base's qualifier)
    r"(?:\s+(?:more\s+than|less\s+than|over|under|nearly|almost|about|around|roughly"
    r"|just\s+(?:over|under)))?"
    r"\s*$",
    re.I,
)
# the last characters of _BASE's words, any case (ſ folds onto s): a clause whose last character
# (bar spaces) is none of them is not searched, as _BASE must end there
_BASE_LAST = frozenset("较比于hosvtmrefnydHOSVTMREFNYD\u017f")
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


class PeriodReading:
    """Periods of numbers, for ``extract._Extractor``."""

    def _update_period(self, start: int, end: int, state: ReadingState) -> None:
        within = self._within("periods", start, end)
        if not within:
            return
        s = self.t.norm[start:end]
        # (the sale of a hotel, completed at the end of January, which lifted the first
        # quarter: an event's date and a relative clause's period are not the period discussed)
        asides = list(_EVENT_ASIDE.finditer(s)) if "," in s else []
        # (land bought in 2020 and 2021: periods named together are a span of the story's
        # background, not the one period discussed next)
        listed: set[int] = set()
        for i, (_a, b, _p) in enumerate(within):
            if _YEAR_JOINED.match(s, b):
                listed.add(i)
            if i + 1 < len(within) and _PERIODS_JOINED.fullmatch(s, b, within[i + 1][0]):
                listed |= {i, i + 1}
        for i, (a, b, phrase) in enumerate(within):
            if i in listed:
                continue
            if (
                _RELATIVE.search(phrase)
                # (last year's figure was flattered by…: a possessive names what it dates)
                or s[b : b + 2] in ("'s", "’s")
                or _PRIOR_YEAR.fullmatch(phrase)
                or phrase in _OPENING
                or OPENING_EN.fullmatch(phrase)
            ):
                continue  # 上年同期确认了…收益 (no figure): the period discussed stays
            if any(m.start() < a < m.end() for m in asides):
                continue
            if s[b : b + 1] == "," and _EVENT_YEAR_ASIDE.search(s, max(0, a - 140), a):
                continue  # (the firm, spun off from X in 2005, said…: the event's year)
            # (a sentence without figures: a short look back before each of its few phrases)
            if _EVENT_CLAUSE_BEFORE.search(s, max(0, a - 60), a):
                continue
            p = resolve_phrase(phrase, self.reference, state.period)
            now = state.period
            if (
                p is not None
                and now is not None
                and not now.is_instant
                and p == now.prior_year()
                and not _OPENS_SENTENCE.fullmatch(s, 0, a)
            ):
                # (a 2025H1 article blaming a tough comparison: in the first half of 2024 it booked
                # a gain on a sale): the year-ago period named inside a sentence to explain a
                # change, as 上年同期 is, not the one discussed; leading one, it frames the next
                continue
            if p is not None and phrase != "同期":
                state.period = p

    def _base_phrases(self, s: str, periods, amounts, offset: int) -> list[bool]:
        """For each period phrase of a sentence, whether it is a base (较2023年) or a same-period
        phrase (上年同期): it names the period of the number right after it and never becomes the
        period being discussed."""
        asides = list(_ASIDE.finditer(s)) if "," in s else []
        return [
            bool(_BASE.search(s, max(0, p_start - 6), p_start))
            or bool(_EN_BASE_GAP.match(phrase))  # from end-2020: a base by its own word
            or bool(_RELATIVE.search(phrase))
            or bool(_PRIOR_YEAR.fullmatch(phrase))
            or phrase in _OPENING
            or bool(OPENING_EN.fullmatch(phrase))
            # (the English patterns below end on a space or a letter: a cheap test first)
            or (
                s[p_start - 1 : p_start].isspace()
                and bool(_ANY_RANGE.search(s, max(0, p_start - 30), p_start))
            )
            # (the full-year loss of RMB 49.5 billion: the adjective dates its own figure)
            or bool(_FULL_YEAR_ADJ.fullmatch(phrase))
            # the first quarter's 1.43 billion yuan, last year's first half: the possessive
            # names that figure's own period, not the one discussed
            or s[p_end : p_end + 2] in ("'s", "’s")
            # (2021: 9.78%): a bracket's year names the figure in it, not the period discussed
            or (s[p_start - 1 : p_start] in ("(", "（") and s[p_end : p_end + 1] in (":", "："))
            or (
                _ends_english(s, p_start)
                and bool(_EN_BASE_BEFORE.search(s, max(0, p_start - 30), p_start))
            )
            # (as recently as 2021: that figure's year only, the period discussed stays)
            or bool(_PAST_ONLY.match(phrase))
            or (
                s[p_start - 1 : p_start].isspace()
                and bool(_CHANGE_ON.search(s, max(0, p_start - 20), p_start))
            )
            or any(m.start() < p_start < m.end() for m in asides)
            or self._dates_a_charge(s, p_start, p_end, amounts, offset)
            or self._names_compared_figure(s, p_start, amounts, offset)
            or bool(
                _WITH_BEFORE.search(s, max(0, p_start - 2), p_start)
                and _THEN_COMPARED.match(s, p_end)
            )
            # 由2022年的9.48%降至4.91%: the year of the figure a change starts from
            or bool(
                s[p_start - 1 : p_start] in ("从", "由")
                and (_ZH_THEN_TO.match(s, p_end) or _ZH_FROM_LEVEL.match(s, p_end))
            )
            for p_start, p_end, phrase in periods
        ]

    @staticmethod
    def _dates_a_charge(s: str, p_start: int, p_end: int, amounts, offset: int) -> bool:
        """A period phrase after a participle, in a clause of no figure (the picture is less
        flattering, thanks to restructuring charges booked in the first quarter: net earnings
        fell 12%) dates what the participle tells of, not the figures of the clauses after."""
        if not s[p_start - 1 : p_start].isspace() or not _BOOKED_BEFORE.search(
            s, max(0, p_start - 24), p_start
        ):
            return False
        start = max((m.end() for m in CLAUSE_SEP.finditer(s, 0, p_start)), default=0)
        end = CLAUSE_SEP.search(s, p_end)
        end = end.start() if end else len(s)
        return not any(start <= x - offset < end for x, _y, _ in amounts)

    @staticmethod
    def _names_compared_figure(s: str, p_start: int, amounts, offset: int) -> bool:
        """A period phrase right after a compared figure (versus Rmb21.5mn in 1H22, compared
        with a profit of X in 2023) names that figure's period, not the sentence's."""
        before = [(x - offset, y - offset) for x, y, _ in amounts if y - offset <= p_start]
        if not before:
            return False
        a, b = before[-1]
        i = len(before) - 1
        while i > 0 and _OR_APPOSED.fullmatch(s, before[i - 1][1], before[i][0]):
            # (versus net income of $946m, or $1.26, in 2Q08: the period after the per-share
            # apposition is the compared figure's, the comparison word before the one apposed)
            i -= 1
        end = _APPOSED_END.match(s, b) if i < len(before) - 1 else None
        if not _BETWEEN_FIGURE_AND_PERIOD.fullmatch(s, end.end() if end else b, p_start):
            return False
        a = before[i][0]
        clause = max((m.end() for m in CLAUSE_SEP.finditer(s, 0, a)), default=0)
        # (…to a profit of X in 2024 from a loss of Y in 2023: "from" after the figure before)
        gap = max([clause] + [y - offset for _x, y, _ in amounts if y - offset <= a])
        return bool(
            _COMPARED.search(s, clause, a)
            or _BASE.search(s, clause, a)
            or any(not _FROM_IN_NAME.match(s, m.start()) for m in _EN_BASE_GAP.finditer(s, gap, a))
            or _EN_FROM_FIGURE.search(s, clause, a)
        )

    def _says_this_year(self, s: str) -> bool:
        """Whether the sentence speaks of this year, not the whole year to come (asked for each
        of its figures, answered once: the answer is kept for the last sentence asked)."""
        memo = getattr(self, "_this_year_memo", None)
        if memo is None or memo[0] is not s:
            # (its English words hold an h; a Chinese sentence without 今年 or 年内 is not searched)
            cue = "今年" in s or "年内" in s or "h" in s or "H" in s
            memo = (s, cue and bool(_THIS_YEAR.search(s)) and not _WHOLE_YEAR.search(s))
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
            _BASE.search(stripped)
            if stripped.rstrip()[-1:] in _BASE_LAST and not _DOUBLING.match(s, a)
            else None
        )
        if (
            base is None
            and pre.rstrip()[-1:] in "从由股"  # (where _FROM_ZH must end: a cheap test first)
            and _FROM_ZH.search(pre)
            and _TO_ZH.match(s, b)
        ):
            # 亏损从9.24亿美元扩大到77.46亿美元: the base (从2021年的X names its own year)
            base = _FROM_ZH.search(pre)
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
                if s[p_end : p_end + 1] == "," and _EVENT_YEAR_ASIDE.search(
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
                    joined = between == 1 and bool(_AND_FIGURE.search(s, max(0, a - 16), a))
                    # (；上年同期股东净利润为2.72亿美元，每股收益0.96美元: an earlier period that
                    # opens a part set off by semicolons dates each figure of that part)
                    part = _opens_part(s, p_start, p_end, a)
                    joined = joined or part
                    own = (not between or joined) and not self.lex.change_re.search(s, p_end, a)
                    own = own and not self.lex.to_re.search(s, p_end, a)  # …2024 to X
                    own = own and not _DOUBLING.match(s, a)
                    if amount.unit in ("%", "pp", "times"):
                        # 较年初缩水近六成: a rate after a verb is the change, not the base's own;
                        # 较上年末+7.22%: a signed one too
                        own = own and bool(
                            _OWN_RATE_GAP.fullmatch(s, p_end, a)
                            # (roughly double last year's 36%: the possessive's own rate)
                            or _POSSESSIVE_GAP.fullmatch(s, p_end, a)
                            # 单季利润已是上半年归母净利润的4倍多: a multiple of that period's
                            or (
                                amount.unit == "times"
                                and _MULTIPLE_GAP.fullmatch(s, p_end, a)
                                and _IS_BEFORE.search(s, max(0, p_start - 4), p_start)
                            )
                        )
                        own = own and not any(c in _SIGNS for c in s[max(0, a - 1) : a + 1])
                    if (p_end > clause or part) and own:
                        claim_period = resolved
                        if (
                            main is not None
                            and _last_year_of_part(phrase, main)
                            and _POSSESSIVE_GAP.fullmatch(s, p_end, a)
                        ):
                            claim_period = main.prior_year()  # (last year's 36%, of a quarter)
                        own_before = True
                        # (上年同期，公司三季度营收…为54.62亿元: the year-ago frame of a part
                        # whose own period is named after it, see below)
                        framed_at = p_start if part and resolved == _prior(main) else -1
                elif p_end <= clause and _GUIDED.search(s, max(0, p_start - 24), p_start):
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
            claim_period = main if _YEAR_NAMED.search(named_phrase) else main.prior_year()
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
            and (
                not CLAUSE_SEP.search(s[b : p[0]])
                or _TRAILING_PERIOD.fullmatch(s, b, p[0])
                or (_TRAILING_SHARE.fullmatch(s, b, p[0]) and _RELATIVE.match(p[2]))
                # (X of that, or 94%, came in the fourth quarter: the figure's own period)
                or _CAME_IN.fullmatch(s, b, p[0])
                # (a profit of $55.9 million, or 9 cents per share, a year ago)
                or (_OR_SHARE_GAP.fullmatch(s, b, p[0]) and _RELATIVE.match(p[2]))
                # (up from $1.07 billion, or $1.19, a year ago: an apposition's own figure)
                or (
                    _RELATIVE.match(p[2])
                    and _COMMA_GAP.fullmatch(s, b, p[0])
                    and _OR_BEFORE.search(s, max(0, a - 8), a)
                )
            )
            # (a quarter of the 20.13% it earned in 2021: the period of the figure it is of)
            and not any(b < x < p[0] and _OF_THE_FIGURE.fullmatch(s, b, x) for x in starts)
            # (fees of $3.05bn were 2.5 times the $1.20bn of a year ago: a relative period after
            # another figure is that one's — not after a per-share apposition, ", or 87 cents";
            # a multiple or a change keeps it, as the period of what it compares with)
            and not (
                amount.unit not in ("%", "pp", "times", "rank")
                and _RELATIVE.search(p[2])
                and any(b < x < p[0] and not _OR_APPOSITION.fullmatch(s, b, x) for x in starts)
            )
            # (three-fifths of the full-year loss of X: the adjective dates X only)
            and not _FULL_YEAR_ADJ.fullmatch(p[2])
            # (up 61%, the highest of any quarter last year: the range of a superlative)
            and not _ANY_RANGE.search(s, max(0, p[0] - 30), p[0])
            # (profit was $5m (first-half profit: $9m): an aside's period is its own figures')
            and not any(b <= o < p[0] < c for o, c in spans if (o, c) != inner)
        ]
        if (
            after
            and amount.unit in ("%", "pp")
            and _ON_GAP.fullmatch(s, b, after[0][0])
            and not _RELATIVE.search(after[0][2])
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
            or (amount.unit in ("%", "pp") and _ON_GAP.fullmatch(s, b, after[0][0]))
            # ($1.4bn was up 7% on the first half of 2008: the base of the change after it)
            or _CHANGE_ON.search(s, max(b, after[0][0] - 20), after[0][0])
        ):
            # rose 23% to 2.4 billion yuan from a year earlier: the base of the change
            after = []
        if own_before and after and _RIGHT_AFTER.fullmatch(s, b, after[0][0]):
            claim_period = None
        year_start_base = False
        named_after = False
        signed_rate = amount.unit == "%" and s[a : a + 1] in _SIGNS  # 较上年末+7.22%: a change
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
            pre_last in _COMPARED_RATE_LAST and bool(_COMPARED_RATE.search(pre))
        )
        # (down from the 20.13% it earned in 2021, a quarter of the 9.8% of 2021: a rate named
        # with "the" after a comparison is the compared level, whose period is its own only)
        the_rate = pre_last in ("e", "E") and bool(_THE_RATE.search(pre))
        is_level = is_level or the_rate
        if after and claim_period is None and _RELATIVE.search(after[0][2]) and is_level:
            # "... RMB 42.89 million a year earlier": that figure's period only
            claim_period = resolve_phrase(after[0][2], self.reference, main)
        elif (
            after
            and claim_period is None
            and (
                # (margins exceeded 20% as recently as 2021: a rate of that past year too)
                _PAST_ONLY.match(after[0][2])
                # (shrank in the second quarter, after a 2.8% drop in Q1: the earlier change's)
                or _AFTER_PAST.search(pre)
                or is_level
                and (
                    _COMPARED.search(pre)
                    or _EN_FROM_FIGURE.search(pre)
                    or the_rate
                    or base_phrase[periods.index(after[0])]
                )
            )
        ):
            claim_period = resolve_phrase(after[0][2], self.reference, main)
        elif after and claim_period is None and _CAME_IN.fullmatch(s, b, after[0][0]):
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
                        _RIGHT_AFTER.fullmatch(s, b, after[0][0]) is not None
                        or _OF_THING_AFTER.fullmatch(s, b, after[0][0]) is not None
                    )
                )
            )
            and not _RELATIVE.search(after[0][2])
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
            and not _EARLIER_THIS_YEAR.fullmatch(after[0][2])
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
                and any(x < a and _EN_FROM_FIGURE.search(s, max(0, x - 40), x) for x in starts)
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

        bracket = _BRACKET_YEAR.search(s, max(a - 16, 0), a) if "(" in s or "（" in s else None
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
            and _APPOSED_TO_BASE.search(s, max(0, a - 70), a)
        ):
            # up 7.2% from $1.20 billion, or 71 cents: the compared figure's per-share apposition;
            # (from $3.92 billion, or 2.32 percent, at the end of 2008: the period of the figure
            # it is apposed to, where that one has its own)
            head = getattr(self, "last_figure", None)
            apposed = head is not None and head[0] is s and head[2] is not None
            apposed = apposed and _OR_APPOSITION.fullmatch(s, head[1], a) is not None
            claim_period = head[2] if apposed else main.prior_year()
        if claim_period is None and is_level and main is not None and main.kind == "Q":
            claim_period = year_compared(self, s, b, periods, base_phrase, starts, main)
        quarterly = _quarterly_figure(self.lex, s, a, periods)
        if quarterly and (claim_period or main) is not None:
            claim_period = _last_quarter(claim_period or main)
        if claim_period is None and not main_named and main is not None:
            frame = _YEAR_AGO_FRAME.match(s) if s[:1] in "AaOoTtIiBbY " else None
            # (… -- a swing of nearly $11 billion: a dash's comment is on the change since)
            if frame is not None and frame.end() <= a and not _DASH.search(s, frame.end(), a):
                claim_period = main.prior_year()
        first = s[clause : clause + 1]  # (_WHEN starts with a space or a w: a cheap test first)
        if (
            claim_period is None
            and (first.isspace() or first in ("w", "W"))
            and _WHEN.match(s, clause)
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


# a quarterly dividend, quarterly profit: a figure of one quarter, the last of the period
# discussed (not a quarterly filing or report: the document, not the figure)
_QUARTERLY = re.compile(
    r"(?i)(?=q)\bquarterly\s+(?!(?:filings?|reports?|results|statements?|earnings\s+reports?"
    r"|10-Q|basis)\b)"
)


_EARLIER_THIS_YEAR = re.compile(r"(?i)earlier\s+(?:this|in\s+the)\s+year")
# this year said of a year not over (not the whole year to come: 全年, full-year, will, 将)
_THIS_YEAR = re.compile(r"(?i)\bthis\s+year\b|今年|年内")
_WHOLE_YEAR = re.compile(
    r"(?i)全年|full[- ]year|for\s+the\s+(?:whole\s+)?year|\bwill\b|\bexpect|\bforecast|\btarget"
    r"|将|会|预计|预期|目标|有望"
)


def _so_far(reader, period):
    """A year not over by the article's date, in an article on a part of it (Total assets have
    fallen 5.5% this year, written in September on the half year): the year so far, the
    article's period. No claim's period ends after the article's date when an earlier one fits
    (called only for a sentence that says this year, not of the whole year to come)."""
    default, reference = reader.default, reader.reference
    if period is None or period.kind != "FY" or reference is None or period.end <= reference:
        return period
    if default is None or default.kind == "FY" or default.is_instant:
        return period
    return default if default.year == period.year and default.end <= reference else period


def _quarterly_figure(lex, s: str, a: int, periods) -> bool:
    """Whether the number at ``a`` is the figure a "quarterly X" before it names: the last such
    word before it, with no period phrase and no other metric word in between."""
    if s.find("uarterly", 0, a) < 0:
        return False
    found = [m for m in _QUARTERLY.finditer(s, 0, a)]
    if not found:
        return False
    q = found[-1].end()
    if any(q <= p_start < a for p_start, _e, _p in periods):
        return False
    return all(m.start() == q for m in lex.metrics_re.finditer(s, q, a))


# a bracket naming the year of the figure in it: (2021: 9.78%), （2023年：196.5亿元）, (FY22: $4.1bn),
# (Q2 2008: 15.3%), (H1 2008: $498.6 million): the period discussed, in that year
_BRACKET_YEAR = re.compile(
    r"[(（]\s*(?:(?i:Q[1-4]|H[12])\s*)?"
    r"(?:(?P<y>(?:19|20)\d{2})\s*年?|(?i:FY\s*(?P<fy>(?:19|20)?\d{2})))\s*[:：]\s*$"
)


def _figure_just_before(reader, s: str, a: int, main):
    """The period of the figure right before position ``a`` of the sentence (a few words back),
    when it is a span other than the period discussed; else None."""
    head = getattr(reader, "last_figure", None)
    if head is None or head[0] is not s or a - head[1] > 24 or head[2] is None:
        return None
    return head[2] if head[2] != main and not (head[2].is_instant or main.is_instant) else None


def _in_year(main, year: int):
    """The period discussed in another year (a balance: that year's end, as comparatives are)."""
    if main.is_instant:
        return Period.instant(date(year, 12, 31))
    return main.with_year(year)


def _last_quarter(period):
    """The single quarter a period ends with (2009H1 → 2009Q2; a balance date: its quarter)."""
    if period.is_instant:
        return Period.q(period.end.year, (period.end.month - 1) // 3 + 1)
    return Period.q(period.year, period.quarter)


# the highest of any quarter last year, the best in any year since 2015: a superlative's range
_ANY_RANGE = re.compile(r"(?i)\b(?:of|in)\s+any\s+(?:[a-z-]+\s+){0,2}$")
_FULL_YEAR_ADJ = re.compile(r"(?i)full[- ]year")
# RMB3.68 billion of that, or 94%, came in the fourth quarter: what part of a whole a period
# brought
_CAME_IN = re.compile(
    r"(?i)(?:\s+of\s+(?:that|this|it|the\s+total))?(?:,\s*or\s+[^,;，；。]{1,20}?)?,?\s*"
    r"(?:came|was\s+(?:booked|earned|generated|made|recorded))\s+(?:in|during)\s+"
)
_PART_HEAD = re.compile(r"(?:[；;]|^)\s*[^\d；;，,。]{0,8}$")


_YEAR_NAMED = re.compile(r"(?:19|20)\d{2}|[今去前本上]年|(?i:\bfiscal\b|\b(?:last|this)\s+year)")


def _last_year_of_part(phrase: str, main) -> bool:
    """Whether ``phrase`` is a bare "last year" said of a figure compared with one of a part of
    a year (a quarter, a half): the same part a year before."""
    return main.kind != "FY" and not main.is_instant and bool(_LAST_YEAR.fullmatch(phrase))


def _prior(period):
    """The same period a year earlier, or None (no period, or a balance date)."""
    return None if period is None or period.is_instant else period.prior_year()


def _opens_part(s: str, p_start: int, p_end: int, a: int) -> bool:
    """Whether the period phrase at p_start opens a part of the sentence set off by a semicolon
    that goes on to the number at ``a`` (Chinese lists of a prior period's figures)."""
    # (；净利润由上年亏损4289万元转为盈利7461万元: a figure in the base's own clause is compared
    # with it, not dated by it; only the clauses after the first figure's are listed)
    return (
        (s.find("，", p_end, a) >= 0 or s.find(",", p_end, a) >= 0)
        and s.find("；", p_end, a) < 0
        and s.find(";", p_end, a) < 0
        and _PART_HEAD.search(s, max(0, p_start - 10), p_start) is not None
    )


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
_LAST_YEAR = re.compile(r"(?i)last\s+year")
_OF_THE_FIGURE = re.compile(r"\s+of\s+(?:the|its)\s+", re.I)
# the last characters of _COMPARED_RATE's words (against, versus, vs., with, to, from), any case
_COMPARED_RATE_LAST = frozenset("tTsS.hHoOmM\u017f")
_THE_RATE = re.compile(r"(?i)\b(?:from|of|than|half|double|twice|with|below|above)\s+the\s*$")


def _ends_english(s: str, pos: int) -> bool:
    """Whether the character before ``pos`` is a space or a Latin letter (any case, with the
    non-ASCII letters re.I folds onto ASCII ones), where an English word before it can end."""
    c = s[pos - 1 : pos]
    return c.isspace() or (c.isascii() and c.isalpha()) or c in FOLDED_LETTERS


def _strip_period_tail(pre: str, periods, clause: int, a: int) -> str:
    """The clause before a number without a trailing period phrase and 的 (较2023年同期的 → 较)."""
    text = pre
    for p_start, p_end, _phrase in periods:
        if clause <= p_start and p_end <= a and not pre[p_end - clause :].strip("的 "):
            text = pre[: p_start - clause]
    return text.rstrip("的 ")
