"""Claim extraction: every numeric statement about a company's figures in an article.

The grammar, sentence by sentence (a sentence ends at 。！？!? or a line break; a clause at ，；：):

- numbers come from ``caibao.numbers.find_amounts`` — a number needs a unit or a scale to be a
  claim, so dates (4月21日), section numbers (1.), model names (X1, o1, R1, 1+N) and stray
  numbers (澳洲幸运10…) are never claims; ranks (第一大业务) are added here;
- the metric is the nearest metric word before the number in its clause, else a counted noun
  right after it (806项AI能力, 802万开发者), else the metric of the clause before (…，同比增长x%);
  an unknown metric noun in between (中标金额) makes the metric unknown rather than wrong;
- the measure: % after a change word is a change (同比增长x%), after 占比 a share, after a rate
  (毛利率/回款率) the level; 个百分点 a change in points; 倍 a multiple; an amount after 增长…至/到
  is the level it reached (同比增长59.36%至1.88亿元), right after a change word an increase;
- the period is the last period phrase before the number in the sentence (or after it, in
  English), else the one in force in the paragraph, else the article's main period; a base
  (较2023年同期的196.50亿元) takes its own period and leaves the sentence's period alone;
- 分别 lists pair the numbers with an enumeration of metrics (归母净利润、扣非净利润分别…), of
  segments (in the sentence, or the sentence before for 上述三大板块), or of periods, in order;
- the subject is the last company named before the number in the sentence — the article's company
  unless it is another one (微软、谷歌…), which makes the claim ``OTHER``;
- the segment is the last segment named before the number in the sentence (X业务/X板块, a segment
  the store knows, or the subject of 实现收入), reset by 公司整体 and ignored for company KPIs;
- a Markdown (or HTML) table row takes its metric from the first cell and each number's period or
  measure from its column's header (2025年上半年, 同比增减);
- a headline's round figure is approximate (回款230亿); a balance (总资产) is at the end of the
  period discussed, a flow after a balance date covers the year to that date.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from ..metrics.definitions import definitions
from ..numbers import Amount, find_amounts, parse_amount
from ..periods import Period
from .article_periods import find_periods, main_period, resolve_phrase
from .lexicon import Lexicon, MetricWord
from .model import (
    CHANGE_ABS,
    CHANGE_PCT,
    CHANGE_PP,
    CHANGE_QOQ_PCT,
    RANK,
    SHARE_PCT,
    TIMES,
    VALUE,
    Claim,
)
from .others import other_companies
from .structures import (
    TABLE_ROW,
    TABLE_RULE,
    Structures,
    balances,
    has_currency,
    journalist_precision,
    span_ending,
    table_cells,
)
from .text import Text, read_text
from .words import WordValue, find_value_words, merge_amounts

# A sentence ends at 。！？!? or, in English, at a full stop before a capital ("4.99%" and
# "000999.SZ" do not end one).
_SENTENCE = re.compile(r"(?:[^。！？!?\n.]|\.(?!\s+[A-Z“\"]))+(?:[。！？!?]+|\.|$)")
# a Chinese headline's parts stand apart: 骨科类产品贡献八成营收 第四季度单季盈利4384万元
_CJK = re.compile(r"[\u4e00-\u9fff]")
_HEADLINE_GAP = re.compile(r"(?<=[\u4e00-\u9fff\d%])[ \u3000]+(?=[\u4e00-\u9fff])")


_BARE_AFTER = re.compile(
    r"\s*(?:为|是|达到?|was|were|of|at)?\s*([-+]?\d+(?:\.\d+)?)(?![\d.,%])(?!\s*(?:[元倍亿万]|yuan|times))",
    re.I,
)
_BARE_UNIT = {"times": "倍", "per_share": "元"}


def _bare_after_metric(norm: str, lex: Lexicon, amounts) -> list:
    """Numbers printed without a unit right after a metric whose unit goes without saying
    (流动比率1.30, 每股收益0.21): a multiple or yuan per share."""
    taken = [(a, b) for a, b, _ in amounts]
    out = []
    for m in lex.metrics_re.finditer(norm):
        unit = _BARE_UNIT.get(lex.metric(m.group()).kind)
        n = _BARE_AFTER.match(norm, m.end()) if unit else None
        if n is None or any(a < n.end(1) and b > n.start(1) for a, b in taken):
            continue
        amount = parse_amount(n.group(1) + unit)
        out.append((n.start(1), n.end(1), replace(amount, printed=n.group(1))))
    return out


def _sentences(paragraph: str, headline: bool):
    """The sentences of a paragraph (matches with .start()/.end() in it); a headline's parts
    split at the spaces between them."""
    if not headline or not _HEADLINE_GAP.search(paragraph):
        yield from _SENTENCE.finditer(paragraph)
        return
    start = 0
    for gap in [*_HEADLINE_GAP.finditer(paragraph), None]:
        end = gap.start() if gap else len(paragraph)
        yield from _SENTENCE.finditer(paragraph, start, end)
        start = gap.end() if gap else end


# A sentence that digresses to a part of the period (其中，第三季度单季…) does not change the
# period of the sentences after it.
_DIGRESSION = re.compile(
    r"^\s*(?:其中|其次)|单季|单个季度|in the (?:first|second|third|fourth) quarter alone", re.I
)
_CLAUSE_SEP = re.compile(r"[，,；;：:]|——|(?<=[a-zA-Z%])\s+(?:while|but|whereas)\s+")
_CONTRAST = re.compile(r"[；;]|\b(?:while|whereas|but)\b", re.I)
_RANK = re.compile(
    r"(?:成为|是|为|位居|位列|排名)?第(?P<n>[一二三四五12345])大(?:业务|板块|收入来源|产品线|业务板块)"
)
_CN_ORD = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
_BASE = re.compile(
    r"(?:较|相比|相较于?|(?<![同环占])比|compared\s+with|compared\s+to|from)\s*$", re.I
)
_LOSS_ONLY = {"亏损", "亏损额", "净亏损", "巨亏", "a loss of", "loss", "net loss"}
_PROFITS = {"np_parent", "np_parent_recurring", "net_profit", "operating_profit", "total_profit"}
_FILLER = re.compile(
    r"净流出|净流入|流出|流入|亏损|盈利|公司|实现|录得|取得|达到|达|为|是|有|共|累计|合计|其中|单季度?|全年|"
    r"报告期内?|同比|环比|较|相比|相较于?|比|上年|去年|同期|分别|对应|大幅|进一步|明显|显著|小幅|仅|约|的|"
    r"了|到|至|而|则|亦|也|并|且|和|及|与|年末|年初|末|期末|期初|单|季度|"
    # English words whole (else "a" eats the first letter of "against")
    r"\b(?:outflow|inflow|loss|this|that|the|a|an|of|to|by|was|were|is|at|from|in|and|year|on|"
    r"earlier|ago|reported|with|compared|versus|against|than|less|more|net|"
    r"smaller|larger|bigger|higher|lower|wider|narrower|up|down)\b|\s|[、，,；;：:（）()\-—%]",
    re.IGNORECASE,
)
_PER_SHARES = re.compile(r"每\d+股")  # 每10股派1元: the 10 is a ratio, not a figure
_PER_N_SHARES = re.compile(r"每(\d*)股")
_DENOMINATOR = re.compile(r"占(?:公司)?(?:总)?$")
_FORECAST = re.compile(
    r"目标|预计|预期|预测|有望|计划|将达|将实现|指引|一致预期|展望|guidance|targets?|expects?|expected|"
    r"forecasts?|projected|projects|projections?|outlook|consensus|estimates?|anticipated?|sees\s+"
    r"|predicted",
    re.I,
)
# words that compare an actual with a forecast (超预期, beat estimates) or name a booked item
# (预计负债: a provision), and so do not make a figure a forecast
_NOT_FORECAST = re.compile(
    r"(?:超|超出|超过|好于|高于|低于|不及|符合|略超|大超)预期|预计负债|"
    r"\b(?:beat(?:ing|s)?|above|below|ahead\s+of|short\s+of|in\s+line\s+with|missed|missing|topp?(?:ed|ing))"
    r"\s+(?:the\s+)?(?:analysts'?\s+|market\s+)?(?:consensus\s+)?(?:expectations?|estimates?|forecasts?)"
    r"|than\s+(?:analysts\s+had\s+|had\s+been\s+)?(?:expected|forecast|estimated|anticipated)",
    re.I,
)
# a figure followed by who expected it: the 1.2 billion yuan analysts had expected
_FORECAST_AFTER = re.compile(
    r"\s*(?:that\s+|which\s+)?(?:analysts?|economists?|the\s+market|investors)(?:\s+polled\s+by\s+\w+)?"
    r"\s+(?:had\s+|have\s+)?(?:expected|forecast|estimated|predicted|projected|anticipated)"
    r"|\s*(?:的)?(?:市场)?(?:一致)?预期",
    re.I,
)
_CHANGE_AFTER = re.compile(
    r"\s*(?:的)?\s*(增长|增幅|涨幅|降幅|下降|下滑|增加|减少|increase|rise|growth|gain|jump|"
    r"decrease|decline|drop|fall"
    # 4.2% lower than at the end of 2022, 5% up from a year earlier
    r"|(?:higher|lower|up|down|above|below)(?=\s+(?:than|from|on|year|versus|compared|the)\b)"
    r"|yoy|y/y|year[- ]on[- ]year)(?![A-Za-z])",
    re.I,
)
_QOQ = re.compile(r"环比|quarter[- ]on[- ]quarter|sequential|from the previous quarter", re.I)
_MULTIPLE_OF = re.compile(r"(?:为|是|相当于)[\u4e00-\u9fffA-Za-z]{2,20}的\s*$")
# 上年 (…38.00亿元，上年为39.12亿元) is the year before the one discussed: a comparison
_PRIOR_YEAR = re.compile(r"上一?年度?")
_RELATIVE = re.compile(
    r".同期|same period|a year (?:earlier|ago)|year[- ]ago|(?:prior|previous)[- ]year", re.I
)
# (gains and losses: the name of non-recurring items, not a loss)
_LOSS = re.compile(r"亏损|净亏|亏|净流出|流出|(?<!gains and )loss|outflow|used\s+in", re.I)
_SIGN_WORD = re.compile(
    r"亏损|净亏|亏|净流出|流出|(?<!gains and )loss|outflow|used\s+in|盈利|扭亏|转盈|净赚|赚|净流入"
    r"|profit|inflow",
    re.I,
)
# a comparison anywhere before the number in its clause (compared with a profit of X in 2023):
# a period named after that number is the comparison's, not the one being discussed
# from the end of 2024, compared with 2023: an English base before a period phrase
_EN_BASE_BEFORE = re.compile(
    r"\b(?:from|than|versus|above|below|compared\s+(?:with|to))\s+(?:the\s+level\s+)?(?:at\s+)?(?:the\s+)?"
    r"(?:(?:end|start|beginning)(?:\s+of)?)?\s*$",
    re.I,
)
_EN_BASE_GAP = re.compile(r"\b(?:from|compared\s+(?:with|to)|versus|than|above|below)\b", re.I)
_BETWEEN_FIGURE_AND_PERIOD = re.compile(r"\s*(?:\(.{0,30}?\)\s*)?(?:in|for|during|at)?\s*", re.I)
_EXCLUDING = re.compile(
    r"\b(?:excluding|stripping out|stripping|ex-)\s*(?:one[- ]offs?|one[- ]time|non[- ]recurring"
    r"|exceptional|extraordinary)",
    re.I,
)
_COMPARED = re.compile(r"compared\s+(?:with|to)|versus|相比|相较", re.I)
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
# a share said by what contributes it: 骨科类产品贡献八成营收, 医药工业贡献了30%的收入
_SHARE_CONTRIB = re.compile(
    r"(?P<seg>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:业务板块|业务|板块|分部|产品线|产品)?"
    r"(?:\d{4}年度?|全年|上半年|报告期内?)?贡献了?(?:公司)?(?:全年|总)?(?:近|约|超|逾|超过|接近|将近)?$"
)
_UNKNOWN_NOUN = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{0,8}(?:金额|总额|规模|总投资|投资|项目数|价格|股价|市值|估值|人数|补贴|罚款|融资)"
)


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    word: MetricWord


@dataclass(slots=True)
class _State:
    """What is in force while reading: the period being discussed and the last metric."""

    period: Period | None
    metric: _Mention | None = None


def extract_claims(
    text: str | Text,
    company: str | None = None,
    reference: date | None = None,
    lexicon: Lexicon | None = None,
    segments: tuple[str, ...] = (),
    fallback: Period | None = None,
    companies: list[tuple[int, int, str]] | None = None,
) -> list[Claim]:
    """The claims of an article, spans in the original text.

    ``company``: the code the article is about (claims about it get it as subject).
    ``reference``: the article's date (resolves 今年/去年); found in the text when None.
    ``segments``: segment names the store knows for the company (found even without 业务).
    ``fallback``: the period when neither the text nor ``reference`` gives one (the latest
    report in the store).
    """
    t = text if isinstance(text, Text) else read_text(text)
    lex = lexicon or Lexicon()
    default, reference = main_period(t.norm, reference)
    if default is None and fallback is not None:
        default = fallback
        reference = reference or fallback.end
    extractor = _Extractor(t, lex, company, reference, default, segments)
    extractor.company_mentions = companies
    return extractor.run()


class _Extractor(Structures):
    def __init__(self, t: Text, lex: Lexicon, company, reference, default, segments) -> None:
        self.t, self.lex, self.company = t, lex, company
        self.reference, self.default = reference, default
        self.segments = tuple(s for s in segments if len(s) >= 2)
        self.segments_re = (
            re.compile("|".join(re.escape(x) for x in sorted(self.segments, key=len, reverse=True)))
            if self.segments
            else None
        )
        self.claims: list[Claim] = []
        self.sentences: list[str] = []
        self.company_mentions: list[tuple[int, int, str]] | None = None

    # -- driver -----------------------------------------------------------------------------------

    def run(self) -> list[Claim]:
        norm = self.t.norm
        # the headline: the first line when it does not end a sentence in mid-paragraph
        first = re.match(r"\s*[^\n]*", norm)
        headline = first and len(first.group().strip()) <= 60 and norm[first.end() :].strip()
        self.title_end = first.end() if headline else 0
        amounts = find_amounts(norm)
        amounts += [
            (
                m.start(),
                m.end(),
                Amount(Decimal(_CN_ORD.get(m["n"], m["n"])), "rank", m.group(), Decimal(0), ""),
            )  # fmt: skip
            for m in _RANK.finditer(norm)
        ]
        amounts = [a for a in amounts if not _PER_SHARES.match(norm, max(0, a[0] - 1))]
        amounts += _bare_after_metric(norm, self.lex, amounts)
        words = find_value_words(norm)
        self.word_values: dict[int, WordValue] = {a: w for a, _b, _x, w in words}
        amounts = merge_amounts(amounts, words)
        lex = self.lex
        self._all = {
            "metrics": [
                _Mention(m.start(), m.end(), lex.metric(m.group()))
                for m in lex.metrics_re.finditer(norm)
            ],
            "periods": find_periods(norm),
            "companies": self.company_mentions
            if self.company_mentions is not None
            else [
                (m.start(), m.end(), lex.company(m.group()))
                for m in lex.companies_re.finditer(norm)
            ],
            "resets": [(m.start(), m.end()) for m in lex.whole_company_re.finditer(norm)],
        }
        self._all["companies"] = sorted(
            [*self._all["companies"], *other_companies(norm, lex, self.company)]
        )
        self._starts = {
            k: [x.start if k == "metrics" else x[0] for x in v] for k, v in self._all.items()
        }
        state = _State(self.default)
        idx = 0
        header: list[str] | None = None
        for paragraph in re.finditer(r"[^\n]+", norm):
            state.period = self.default if state.period is None else state.period
            para_state = _State(self.default)
            if TABLE_ROW.match(paragraph.group()):
                # a Markdown table: the header row names each column's period or measure
                while idx < len(amounts) and amounts[idx][0] < paragraph.start():
                    idx += 1
                mine = []
                while idx < len(amounts) and amounts[idx][0] < paragraph.end():
                    mine.append(amounts[idx])
                    idx += 1
                if TABLE_RULE.match(paragraph.group()):
                    continue
                if header is None:
                    header = table_cells(paragraph.group())
                    continue
                self._table_row(paragraph.group(), paragraph.start(), mine, header)
                continue
            header = None
            for sm in _sentences(paragraph.group(), paragraph.start() < self.title_end):
                s_start = paragraph.start() + sm.start()
                s_end = paragraph.start() + sm.end()
                while idx < len(amounts) and amounts[idx][0] < s_start:
                    idx += 1
                mine = []
                while idx < len(amounts) and amounts[idx][0] < s_end:
                    mine.append(amounts[idx])
                    idx += 1
                sentence = norm[s_start:s_end]
                if mine:
                    self._sentence(sentence, s_start, mine, para_state)
                else:
                    self._update_period(s_start, s_end, para_state)
                self.sentences.append(sentence)
        return self.claims

    def _within(self, kind: str, start: int, end: int) -> list:
        """The precomputed mentions of one kind inside [start, end), offsets made relative."""
        starts, items = self._starts[kind], self._all[kind]
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        out = []
        for x in items[lo:hi]:
            if kind == "metrics":
                if x.end <= end:
                    out.append(_Mention(x.start - start, x.end - start, x.word))
            elif x[1] <= end:
                out.append((x[0] - start, x[1] - start, *x[2:]))
        return out

    def _update_period(self, start: int, end: int, state: _State) -> None:
        for _a, _b, phrase in self._within("periods", start, end):
            if _RELATIVE.search(phrase) or _PRIOR_YEAR.fullmatch(phrase):
                continue  # 上年同期确认了…收益 (no figure): the period discussed stays
            p = resolve_phrase(phrase, self.reference, state.period)
            if p is not None and phrase != "同期":
                state.period = p

    # -- one sentence -----------------------------------------------------------------------------

    def _sentence(self, s: str, offset: int, amounts, state: _State) -> None:
        period_before = state.period
        self._read_sentence(s, offset, amounts, state)
        if _DIGRESSION.search(s):
            state.period = period_before

    def _read_sentence(self, s: str, offset: int, amounts, state: _State) -> None:
        end = offset + len(s)
        metrics = self._within("metrics", offset, end)
        periods = self._within("periods", offset, end)
        companies = [(x[0], x[2]) for x in self._within("companies", offset, end)]
        segs = self._segments(s)
        resets = [x[0] for x in self._within("resets", offset, end)]
        clause_starts = [0] + [m.end() for m in _CLAUSE_SEP.finditer(s)]
        lists = self._lists(s, [(a - offset, b - offset) for a, b, _ in amounts], metrics, periods)
        sentence_period = state.period
        used_periods: set[int] = set()
        starts = [x - offset for x, _y, _z in amounts]
        # a base (较2023年) or a same-period phrase (上年同期) names the period of the number
        # right after it; it never becomes the period being discussed
        base_phrase = [
            bool(_BASE.search(s, max(0, p_start - 6), p_start))
            or bool(_RELATIVE.search(phrase))
            or bool(_PRIOR_YEAR.fullmatch(phrase))
            or bool(_EN_BASE_BEFORE.search(s, max(0, p_start - 30), p_start))
            or self._names_compared_figure(s, p_start, amounts, offset)
            for p_start, _p_end, phrase in periods
        ]
        subjects = self._subjects(s, metrics)

        for a_start, a_end, amount in amounts:
            a, b = a_start - offset, a_end - offset
            clause = clause_starts[bisect_right(clause_starts, a) - 1]
            pre = s[clause:a]

            # period: phrases before the number in the sentence, else after (English)
            base = _BASE.search(_strip_period_tail(pre, periods, clause, a))
            main = sentence_period
            main_named = False
            claim_period = None
            for (p_start, p_end, phrase), is_base in zip(periods, base_phrase, strict=True):
                if p_end <= a and p_start not in used_periods:
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
                        own = not between and not self.lex.change_re.search(s, p_end, a)
                        own = own and not self.lex.to_re.search(s, p_end, a)  # …2024 to X
                        if p_end > clause and own:
                            claim_period = resolved
                    elif phrase != "同期":
                        main = resolved
                        main_named = True
            # a period after the number in its clause, with no other number in between (fell to
            # 2.75 billion yuan from 4.11 billion yuan in 2021: "in 2021" is the second's)
            after = [
                p
                for p in periods
                if p[0] >= b
                and not _CLAUSE_SEP.search(s[b : p[0]])
                and not any(b <= x < p[0] for x in starts)
                and not _CJK.search(s, b, p[0])  # Chinese names a figure's period before it
            ]
            if after and _EN_BASE_GAP.search(s, b, after[0][0]):
                # rose 23% to 2.4 billion yuan from a year earlier: the base of the change
                after = []
            year_start_base = False
            if base is not None and claim_period is None and main is not None:
                # dropped to X from Y at the end of December: the base's own period; else the
                # same period a year earlier (a balance: see below)
                own = resolve_phrase(after[0][2], self.reference, main) if after else None
                if own is not None and not (main.is_instant and not own.is_instant):
                    claim_period = own
                else:
                    claim_period = main.prior_year()
                    year_start_base = True
            is_level = amount.unit not in ("%", "pp", "times", "rank")
            if after and claim_period is None and _RELATIVE.search(after[0][2]) and is_level:
                # "... RMB 42.89 million a year earlier": that figure's period only
                claim_period = resolve_phrase(after[0][2], self.reference, main)
            elif (
                after
                and claim_period is None
                and is_level
                and (_COMPARED.search(pre) or base_phrase[periods.index(after[0])])
            ):
                claim_period = resolve_phrase(after[0][2], self.reference, main)
            elif (
                after
                and claim_period is None
                and base is None
                and main is sentence_period
                and not _RELATIVE.search(after[0][2])
                # fell 7.2% from the end of 2024: the base of the change, not its period
                and not _EN_BASE_GAP.search(s, b, after[0][0])
            ):
                resolved = resolve_phrase(after[0][2], self.reference, main)
                if resolved is not None:
                    main = resolved  # English names the period after the figure: "... in 2024"
            sentence_period = main
            state.period = main
            period = claim_period or main

            # metric
            item = lists.get(a)
            mention, from_clause = self._metric(s, a, b, clause, metrics, subjects, amount, state)
            if item is not None and item[0] == "metric":
                mention, from_clause = item[1], False
            inherited = not from_clause and (item is None or item[0] != "metric")
            if inherited and self._names_something_else(s, clause, a, periods):
                mention = None  # 市场规模达到500亿元 after a sentence on revenue: not revenue
            concept = mention.word.concept if mention else None
            if concept == "np_parent" and _EXCLUDING.search(s, 0, a):
                # Excluding one-off items, earnings grew 22%: the recurring profit
                concept = "np_parent_recurring"
            if mention is not None and self._unknown_noun_between(s, mention, clause, a):
                concept, mention = None, None
            if mention is not None:
                state.metric = mention
            kind = mention.word.kind if mention else "amount"

            # subject: the last company named in the number's clause, else the sentence's first
            # (its grammatical subject: 科大讯飞和华为合作…，营收233亿元 is about 科大讯飞)
            # (…, while Acme, a rival, posted…: the first company of the contrasting part)
            subject = self.company
            in_clause = [c for pos, c in companies if clause <= pos < a]
            part = max((m.end() for m in _CONTRAST.finditer(s, 0, a)), default=0)
            in_part = [c for pos, c in companies if part <= pos < a]
            in_sentence = [c for pos, c in companies if pos < a]
            if in_clause:
                subject = in_clause[-1]
            elif part and in_part:
                subject = in_part[0]
            elif in_sentence:
                subject = in_sentence[0]

            # segment
            segment = None
            seg_before = [x for x in segs if x[0] < a and not any(x[0] < r < a for r in resets)]
            if seg_before:
                segment = seg_before[-1][1]
            if item is not None and item[0] == "segment":
                segment = item[1]
            if concept in self.lex.whole_company:
                segment = None
            if item is not None and item[0] == "period":
                period = item[1]

            measure, value, unit = self._measure(s, a, clause, mention, amount, kind, base)
            if measure == SHARE_PCT and segment is None and concept is not None:
                # 研发投入…占营业收入的5.52%: a rate of two concepts (rd_intensity), not a share
                ratio = _ratio_of(concept, self._denominator(s, clause, a))
                if ratio is not None:
                    concept, measure = ratio, VALUE
            if concept == "kpi_share_price" and unit == "count":
                concept = None  # 200 million shares: a number of shares, not a price
            per = _PER_N_SHARES.search(s, clause, a) if concept == "kpi_dividend" else None
            if per is not None and unit == "CNY":
                # 每10股派发现金红利1.5元: 0.15 yuan a share
                n = Decimal(per.group(1) or 1)
                concept, unit, value = "kpi_dividend_per_share", "CNY/share", value / n
                amount = replace(amount, precision=amount.precision / n)
            if measure == TIMES and _MULTIPLE_OF.search(s, clause, a):
                # 约为归母净利润的1.3倍: one figure as a multiple of another, not a growth
                concept = None
            source = (
                self._share_source(s, b) if unit == "%" and measure in (VALUE, SHARE_PCT) else None
            )
            if source is None and unit == "%" and mention is not None and mention.start >= b:
                contributor = _SHARE_CONTRIB.search(s, clause, a)
                source = contributor and (self._clean_segment(contributor["seg"]) or None)
            if source is not None:
                measure, segment = SHARE_PCT, source
            if concept in balances() and year_start_base and main is not None:
                # a balance compared with no period named (eased to 72.7% from 73.2%) is compared
                # with the start of the year, as balance sheets are
                period = Period.instant(date(main.end.year - 1, 12, 31))
            elif concept in balances() and period is not None and not period.is_instant:
                period = period.end_instant()  # 总资产 in a half-year article: at 30 June
            elif concept and period is not None and period.is_instant and concept not in balances():
                period = span_ending(period)  # 销售费用 after 截至2024年末: the year 2024
            qualifier, q_start, q_end = self._qualifier(s, a, b)
            precision = journalist_precision(amount)
            word = self.word_values.get(a_start)
            if word is not None:
                measure, value, unit = self._word_measure(word, measure, value, unit, kind)
                if unit == "pp":
                    precision = Decimal("0.5")  # 毛利率基本持平: within half a point
                qualifier = word.qualifier or qualifier
            elif measure == TIMES and value == 1:
                # 增长1倍 cannot mean 1× the level: it is +100%, as 翻番
                measure, value, unit, precision = CHANGE_PCT, Decimal(100), "%", Decimal(5)
            if (
                qualifier is None
                and word is None
                and offset < self.title_end
                and "." not in amount.printed
            ):
                qualifier = "approx"  # a headline rounds: 回款230亿 for 229.09亿
            start = a
            if item is not None and (a, b) != item[2]:
                pass  # a later item of a 分别 list: the number alone
            elif from_clause and mention is not None and mention.start >= clause:
                start = min(start, mention.start)
            start = min(start, q_start)
            end = max(b, q_end)
            if mention is not None and mention.start > a and mention.start - b <= 24:
                end = max(end, mention.end)
            o_start, o_end = self.t.original_span(offset + start, offset + end)
            self.claims.append(
                Claim(
                    start=o_start,
                    end=o_end,
                    quote=self.t.original[o_start:o_end],
                    subject=subject,
                    concept=concept,
                    segment=segment,
                    period=None if period is None else str(period),
                    measure=measure,
                    value=value,
                    unit=unit,
                    precision=precision,
                    qualifier=qualifier,
                    scale=amount.scale,
                    words=self._words(s, clause, a, mention, measure),
                    printed=amount.printed,
                    forecast=self._forecast(s, clause, a, b, mention),
                )
            )

    # -- parts ------------------------------------------------------------------------------------

    def _profit_behind_loss(self, mention: _Mention, subjects: list[_Mention]) -> _Mention:
        """A bare loss word (亏损, a loss of) after a profit metric is that metric's sign, not
        another metric: 扣非净利润亏损4.68亿元 is 扣非净利润."""
        if mention.word.text.lower() not in _LOSS_ONLY:
            return mention
        profits = [
            m
            for m in subjects
            if m.end <= mention.start
            and m.word.concept in _PROFITS
            and m.word.text.lower() not in _LOSS_ONLY
        ]
        return profits[-1] if profits else mention

    def _subjects(self, s: str, metrics: list[_Mention]) -> list[_Mention]:
        # a metric after 占 is a denominator (占营业收入的5.52%), not what the number measures
        return [m for m in metrics if not _DENOMINATOR.search(s, max(0, m.start - 3), m.start)]

    def _metric(self, s, a, b, clause, metrics, subjects, amount: Amount, state: _State):
        """(mention, found in the number's own clause)."""
        before = [m for m in subjects if m.end <= a and m.start >= clause]
        after = [
            m
            for m in metrics
            if a < m.start
            and (
                m.start < b
                or (
                    m.start - b <= (24 if s[b : m.start].isascii() else 12)
                    and not _CLAUSE_SEP.search(s[b : m.start])
                )
            )
        ]
        counted = amount.unit == "count" or (amount.scale and not has_currency(amount.printed))
        # a counted noun after the number names it (802万开发者); so does any metric word after
        # it when none comes before in the clause (实现233亿元营收, RMB 5.6 billion in net profit)
        if after and ((counted and after[0].word.kind == "count") or not before):
            return after[0], True
        if before:
            return self._profit_behind_loss(before[-1], subjects), True
        earlier = [m for m in subjects if m.end <= a]
        if earlier:
            return self._profit_behind_loss(earlier[-1], subjects), False
        # a sentence that is only a change ("同比增长18.79%。") continues the one before it; any
        # other sentence names its own subject ("截至发稿，公司股价涨3.5%")
        if amount.unit in ("%", "pp", "times") and not self._names_something_else(s, 0, a, ()):
            return state.metric, False
        return None, False

    def _words(self, s, clause, a, mention: _Mention | None, measure: str) -> str | None:
        """The words that named the figure; for a change, a loss or outflow word of its clause
        (亏损同比收窄35.68%, 净流出同比收窄48.54%), which the checker reads as a change of size."""
        if measure in (CHANGE_PCT, TIMES):
            loss = list(_LOSS.finditer(s, clause, a))
            if loss:
                return loss[-1].group()
        return mention.word.text if mention else None

    def _forecast(self, s: str, clause: int, a: int, b: int, mention: _Mention | None) -> bool:
        """A target or forecast: 目标/预计/有望/expects… in the number's clause before it, or
        who expected it right after it (the 1.2 billion yuan analysts had expected). Scoped to
        the clause: 营收增长10%，预计明年… does not make the 10% a forecast."""
        start = clause
        if mention is not None and mention.start < clause and mention.start >= clause - 8:
            start = max(0, mention.start - 4)  # 预计净利润，将达…: the lead before the metric
        # before the metric, 计划 is as often a noun (a plan, a product's name) as a verb
        lead = mention.start if mention is not None and start <= mention.start < a else start
        pre = _NOT_FORECAST.sub(" ", s[start:lead]).replace("计划", " ")
        if _FORECAST.search(pre) or _FORECAST.search(_NOT_FORECAST.sub(" ", s[lead:a])):
            return True
        after = _FORECAST_AFTER.match(s, b)
        return after is not None and not _NOT_FORECAST.match(s, b)

    def _share_source(self, s: str, b: int) -> str | None:
        """The segment a share comes from (近三成收入来自骨科业务, a third of revenue came from
        hotels), or None."""
        m = _SHARE_FROM_ZH.match(s, b) or _SHARE_FROM_EN.match(s, b)
        if m is None:
            return None
        name = m.group("seg").strip()
        return (self._clean_segment(name) or name) if not name.isascii() else name

    def _denominator(self, s: str, clause: int, a: int) -> str | None:
        """The concept after 占 in the clause before a number (占营业收入的5.52% → revenue)."""
        for m in self.lex.metrics_re.finditer(s, clause, a):
            if _DENOMINATOR.search(s, max(0, m.start() - 3), m.start()):
                return self.lex.metric(m.group()).concept
        return None

    @staticmethod
    def _names_compared_figure(s: str, p_start: int, amounts, offset: int) -> bool:
        """A period phrase right after a compared figure (versus Rmb21.5mn in 1H22, compared
        with a profit of X in 2023) names that figure's period, not the sentence's."""
        before = [(x - offset, y - offset) for x, y, _ in amounts if y - offset <= p_start]
        if not before:
            return False
        a, b = before[-1]
        if not _BETWEEN_FIGURE_AND_PERIOD.fullmatch(s, b, p_start):
            return False
        clause = max((m.end() for m in _CLAUSE_SEP.finditer(s, 0, a)), default=0)
        # (…to a profit of X in 2024 from a loss of Y in 2023: "from" after the figure before)
        gap = max([clause] + [y - offset for _x, y, _ in amounts if y - offset <= a])
        return bool(_COMPARED.search(s, clause, a) or _BASE.search(s, clause, a)) or bool(
            _EN_BASE_GAP.search(s, gap, a)
        )

    def _names_something_else(self, s: str, clause: int, a: int, periods) -> bool:
        """Whether the clause before a number names a thing of its own (more than filler, period
        and change words), so the metric of an earlier clause does not carry over to it."""
        text = s[clause:a]
        for p_start, p_end, _phrase in periods:
            if clause <= p_start and p_end <= a:
                text = text.replace(s[p_start:p_end], "")
        text = self.lex.change_re.sub("", text)
        text = self.lex.share_re.sub("", text)  # 占营业收入的比重: a denominator, not a thing
        text = self.lex.metrics_re.sub("", text)
        text = self.lex.qualifier_before_re.sub("", text)
        text = self.lex.companies_re.sub("", text)
        text = _FILLER.sub("", text)
        return len(re.findall(r"[\u4e00-\u9fffA-Za-z]", text)) > 2

    def _unknown_noun_between(self, s, mention: _Mention, clause: int, a: int) -> bool:
        if mention.start >= a:
            return False
        gap = s[max(mention.end, clause) : a]
        return bool(_UNKNOWN_NOUN.search(gap))

    def _measure(self, s, a, clause, mention, amount: Amount, kind, base):
        lex = self.lex
        value, unit = amount.value, amount.unit
        pre_start = max(clause, mention.end) if mention and mention.end <= a else clause
        pre = s[pre_start:a]
        core = lex.qualifier_before_re.sub("", pre)
        to_level = bool(lex.to_re.search(core)) and bool(lex.change_re.search(core))
        changes = list(lex.change_re.finditer(pre))
        change = changes[-1].group().lower() if changes else None
        if change is None and unit in ("%", "pp", "times"):
            # the change word after the rate: 实现18.79%的增长, a 5% increase in revenue
            after = _CHANGE_AFTER.match(s, amount_end(s, a, amount))
            change = after.group(1).lower() if after else None
        down = (change in lex.down_words or change == "below") if change else False
        if unit == "rank":
            return RANK, value, unit
        if unit == "times" and kind == "times":
            return VALUE, value, unit  # 流动比率1.40倍: the ratio is printed in times
        if unit == "times":
            return TIMES, -value if down else value, unit
        if unit == "pp":
            return CHANGE_PP, -abs(value) if down else value, unit
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
                if to_level:
                    return VALUE, value, unit
                signed = -abs(value) if down else value
                if _QOQ.search(s[clause:a]):
                    return CHANGE_QOQ_PCT, signed, unit
                return CHANGE_PCT, signed, unit
            return VALUE, value, unit
        # money or counts
        if unit == "CNY" and kind == "count" and not has_currency(amount.printed):
            unit = "count"
        if unit == "CNY" and kind == "per_share":
            unit = "CNY/share"
        if mention is not None and mention.word.measure and not base:
            return mention.word.measure, value, unit
        if (
            change
            and not to_level
            and re.sub(r"(?:了|\s+by)\s*$", "", core.rstrip()).lower().endswith(change)
        ):
            signed = -abs(value) if down else value
            loss_word = _LOSS.search(pre, 0, changes[-1].start()) if changes else None
            if loss_word or (mention is not None and _LOSS.search(mention.word.text)):
                signed = -signed  # 净流出同比增加10.4亿元: the net flow fell by 10.4亿元
            return CHANGE_ABS, signed, unit
        # the last of loss and profit words before the number decides (上年亏损…转为盈利7461万元)
        signs = list(_SIGN_WORD.finditer(pre))
        if signs:
            loss = bool(_LOSS.fullmatch(signs[-1].group()))
        else:
            loss = mention is not None and bool(_LOSS.search(mention.word.text))
        if loss and value > 0 and unit in ("CNY", "USD", "HKD"):
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
        m = lex.qualifier_before_re.search(s, max(0, a - 16), a)
        if m:
            q, q_start = lex.qualifier_before[m.group(1).lower()], m.start()
        m2 = lex.qualifier_after_re.match(s, b)
        if m2 and q is None:
            q, q_end = lex.qualifier_after[m2.group(1).lower()], m2.end()
        return q, q_start, q_end


def amount_end(s: str, a: int, amount: Amount) -> int:
    """Where a number's printed text ends in the sentence."""
    return a + len(amount.printed)


def _ratio_of(numerator: str, denominator: str | None) -> str | None:
    """The metric defined as numerator / denominator × 100 (definitions.toml), if any."""
    if denominator is None or denominator == numerator:
        return None
    for d in definitions().values():
        if numerator in d.numerators and d.denominator == denominator:
            return d.id
    return None


def _strip_period_tail(pre: str, periods, clause: int, a: int) -> str:
    """The clause before a number without a trailing period phrase and 的 (较2023年同期的 → 较)."""
    text = pre
    for p_start, p_end, _phrase in periods:
        if clause <= p_start and p_end <= a and not pre[p_end - clause :].strip("的 "):
            text = pre[: p_start - clause]
    return text.rstrip("的 ")
