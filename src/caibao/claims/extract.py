"""Claim extraction: every numeric statement about a company's figures in an article.

The grammar, sentence by sentence (a sentence ends at 。！？!? or a line break; a clause at ，；：):

- numbers come from ``caibao.numbers.find_amounts`` — a number needs a unit or a scale to be a
  claim, so dates (4月21日), section numbers (1.), model names (X1, o1, R1, 1+N) and stray
  numbers (澳洲幸运10…) are never claims; ranks (第一大业务) are added here, and words that are
  values (翻番 +100%, 腰斩, 过半, 破百亿, doubled, sixfold, a third of: ``words``);
- the metric is the nearest metric word before the number in its clause, else a counted noun
  right after it (806项AI能力, 802万开发者), else the metric of the clause before (…，同比增长x%);
  an unknown metric noun in between (中标金额) makes the metric unknown rather than wrong;
- the measure: % after a change word is a change (同比增长x%), after 占比 a share, after a rate
  (毛利率/回款率) the level; 个百分点 a change in points; 倍 a multiple; an amount after 增长…至/到
  is the level it reached (同比增长59.36%至1.88亿元), right after a change word an increase; a
  share said by its source (近三成收入来自X, 贡献八成营收, a third of revenue came from X) is the
  segment's share; a share's change in points (占比提升0.96个百分点) is ``revenue_share``'s;
- a figure in a clause of 预计/目标/有望/expects/guidance/consensus, or followed by who expected
  it (the X analysts had expected), is a forecast; market figures (股价, 市值, P/E) are marked so
  by the lexicon;
- the period is the last period phrase before the number in the sentence (or after it, in
  English), else the one in force in the paragraph, else the article's main period; a base
  (较2023年同期的196.50亿元) takes its own period and leaves the sentence's period alone;
- 分别 lists pair the numbers with an enumeration of metrics (归母净利润、扣非净利润分别…), of
  segments (in the sentence, or the sentence before for 上述三大板块), or of periods, in order;
- the subject is the last company named before the number in its clause, else the first of its
  contrasting part (…, while Acme…), else the sentence's first — the article's company unless it
  is another one (微软、谷歌…, or by English grammar: rival X, X's revenue, X reported: ``others``),
  which makes the claim ``OTHER``;
- the segment is the last segment named before the number in the sentence (X业务/X板块, a segment
  the store knows, or the subject of 实现收入), reset by 公司整体 and ignored for company KPIs;
- a Markdown (or HTML) table row takes its metric from the first cell and each number's period or
  measure from its column's header (2025年上半年, 同比增减);
- a headline's round figure is approximate (回款230亿); a balance (总资产) is at the end of the
  period discussed, a flow after a balance date covers the year to that date.

The parts, each a module: ``clauses`` (sentences and clauses), ``words`` (words that are values:
翻番, doubled, a third of), ``measures`` (value, unit, measure, qualifier of a number),
``attribution`` (its metric, subject and whether it is a forecast), ``others`` (other companies
named by English grammar), ``sentence_periods`` (its period), ``structures`` (分别 lists,
segments, tables). This module walks the paragraphs, sentences and numbers and assembles each
``Claim``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache

from ..metrics.definitions import shares_of
from ..numbers import find_amounts
from ..periods import Period
from .article_periods import main_period
from .attribution import Attribution
from .attribution_cues import EXCLUDING
from .clauses import CLAUSE_SEP, DIGRESSION, split_sentences
from .fiscal import from_frame, in_fiscal_frame, to_frame
from .forecasts import is_forecast
from .lexicon import Lexicon
from .line_names import lines_named_in_full
from .measures import (
    MULTIPLE_OF,
    PER_N_SHARES,
    PER_SHARES,
    SHARE_CONTRIB,
    Measures,
    bare_after_metric,
    rank_amounts,
    ratio_of,
    sequential,
)
from .mentions import Mention, ReadingState
from .model import (
    CHANGE_ABS,
    CHANGE_PCT,
    CHANGE_PP,
    CHANGE_QOQ_PCT,
    OTHER,
    SHARE_PCT,
    TIMES,
    VALUE,
    Claim,
)
from .others import other_companies
from .period_phrases import find_periods, resolve_phrase
from .plain_tables import plain_rows
from .ratio_names import bettered
from .sentence_periods import PeriodReading
from .structures import (
    TABLE_ROW,
    TABLE_RULE,
    Structures,
    balances,
    journalist_precision,
    span_ending,
    table_cells,
)
from .text import Text, read_text
from .words import WordValue, find_value_words, merge_amounts

# a section heading: a short line that ends no sentence (Fourth quarter, Full year 2024, ## 上半年,
# 上半年累计：); the period it names is the one its section's paragraphs discuss
# a list item's marker at the start of a line (* , - , -- , •): a summary point, not a heading
_BULLET_ITEM = re.compile(r"[ \t]*(?:--|[-+*•·▪])[ \t]")
_SECTION_HEADING = re.compile(r"\s*(?:#{1,6}\s*)?[^。.!?！？:：;；,，|]{2,40}?\s*[:：]?\s*")

# the distribution plan's concepts: they belong to a fiscal year (or a half), never to a quarter
_YEAR_PLANS = frozenset({
    "dividend_cash", "dividend_per_share", "dividend_payout_ratio",
    "dividend_bonus_shares_per10", "dividend_capitalisation_per10", "dividend_cash_year",
    "dividend_per_share_year",
})  # fmt: skip
# the qualifiers that bound a figure, and the slack a bound said in tenths keeps (a point)
# (近两成 keeps the tenth's own slack: the press says 近一成 of 8%, 近七成 of 66%)
_BOUNDS = frozenset(("more_than", "less_than"))
_TENTH_BOUND = Decimal(1)
# a year's distributions together, said before 每10股 (全年合计每10股派现13.20元)
_YEAR_TOTAL = re.compile(r"全年|年度合计|合计|累计")


def extract_claims(
    text: str | Text,
    company: str | None = None,
    reference: date | None = None,
    lexicon: Lexicon | None = None,
    segments: tuple[str, ...] = (),
    fallback: Period | None = None,
    companies: list[tuple[int, int, str]] | None = None,
    fiscal_shift: int = 0,
) -> list[Claim]:
    """The claims of an article, spans in the original text.

    ``company``: the code the article is about (claims about it get it as subject).
    ``reference``: the article's date (resolves 今年/去年); found in the text when None.
    ``segments``: segment names the store knows for the company (found even without 业务).
    ``fallback``: the period when neither the text nor ``reference`` gives one (the latest
    report in the store).
    ``fiscal_shift``: the months the company's fiscal year ends before December (Apple: 3), so
    periods are read in its fiscal calendar (``claims.fiscal``).
    """
    t = text if isinstance(text, Text) else read_text(text)
    lex = lexicon or Lexicon()
    with in_fiscal_frame(fiscal_shift, t.norm, reference):
        default, reference = main_period(t.norm, to_frame(reference, fiscal_shift))
        if default is None and fallback is not None:
            default = fallback
            reference = reference or fallback.end
        extractor = _Extractor(t, lex, company, reference, default, segments)
        extractor.company_mentions = companies
        claims = extractor.run()
    if fiscal_shift:  # balance dates of the frame back to real ones
        claims = [
            replace(c, period=str(from_frame(Period.parse(c.period), fiscal_shift)))
            if c.period and "-" in c.period and "Q" not in c.period
            else c
            for c in claims
        ]
    return claims


@cache
def _share_concepts() -> dict[str, str]:
    """A concept → the concept of its share (``shares_of`` turned round)."""
    return {v: k for k, v in shares_of().items()}


@lru_cache(maxsize=64)
def _segments_regex(segments: tuple[str, ...]) -> re.Pattern:
    """The company's segment names, longest first (it runs on every sentence: with no look-ahead
    before them, the names' first characters are the pattern's prefix set, and sre skips every
    other position in its fast loop)."""
    names = "|".join(re.escape(x) for x in sorted(segments, key=len, reverse=True))
    if any(" and " in x for x in segments):
        # (Content, subscriptions and maintenance: the serial comma is the writer's style)
        names = re.sub(r",?\\ and\\ ", r",?\\ and\\ ", names)
    # (not "Net sales" in "Net sales and revenues": that is the total line's name)
    return re.compile(f"(?:{names})" + r"(?!\s+and\s+(?:other\s+)?revenues?\b)")


# the patterns of ``clauses`` as the cheap tests below know them: a changed pattern turns its test
# off (every sentence is then searched as before)
_DIGRESSION_AS_KNOWN = DIGRESSION.pattern == (
    r"^\s*(?:其中|其次)|单季|单个季度|in the (?:first|second|third|fourth) quarter alone"
)
_CLAUSE_SEP_AS_KNOWN = CLAUSE_SEP.flags & re.I and CLAUSE_SEP.pattern == (
    r"[，；;：:]|,(?!\s*(?:general\s+and\s+administrative|development\s+and\s+engineering"
    r"|administration\s+and\s+research|informational\s+and\s+administrative"
    r"|plant\s+and\s+equipment)\b)"
    r"(?!(?<=elling,)\s*administrative\s+and\s+(?:other|general)\b)"
    r"|——|(?<=[a-zA-Z%])\s+(?:while|but|whereas)\s+"
)
# CLAUSE_SEP without its conjunctions, led by a consumed class of the separators' first characters
# (sre then skips other characters in a fast loop; the lead look-behinds say which separator it
# was): the same matches in a sentence with no w or b, which every conjunction holds
_CLAUSE_SEP_NO_CONJ = re.compile(
    r"[，；;：:,—](?:(?<=[，；;：:])|(?<=,)(?!\s*(?:general\s+and\s+administrative"
    r"|development\s+and\s+engineering|administration\s+and\s+research"
    r"|informational\s+and\s+administrative|plant\s+and\s+equipment)\b)"
    r"(?!(?<=elling,)\s*administrative\s+and\s+"
    r"(?:other|general)\b)|(?<=—)—)",
    re.I,
)


def _clause_seps(s: str) -> re.Pattern:
    """CLAUSE_SEP, or its faster equal for a sentence with no conjunction's letters."""
    if _CLAUSE_SEP_AS_KNOWN and not ("w" in s or "W" in s or "b" in s or "B" in s):
        return _CLAUSE_SEP_NO_CONJ
    return CLAUSE_SEP


def _may_digress(s: str) -> bool:
    """Whether a sentence holds a character every DIGRESSION word holds (其, 单, q)."""
    return not _DIGRESSION_AS_KNOWN or "其" in s or "单" in s or "q" in s or "Q" in s


def _per_shares_before(norm: str, a: int) -> bool:
    """Whether a figure is the N of 每N股 / per N shares (PER_SHARES starts with 每 or a space
    right before it: a cheap test first)."""
    pos = max(0, a - 1)
    c = norm[pos : pos + 1]
    return (c == "每" or c.isspace()) and PER_SHARES.match(norm, pos) is not None


def _stops_a_heading(line: str) -> bool:
    """Whether a line holds a comma or a full stop, which _SECTION_HEADING never matches (a cheap
    test before the pattern, which backtracks over forty characters of any paragraph)."""
    return "，" in line or "。" in line or "," in line or "." in line


_BLANK = re.compile(r"\n[ \t]*\n")
# a change set right after a figure, in apposition (84% of revenue, up 6%)
_APPOSED_CHANGE = re.compile(r"\s*,\s*(?:up|down)\s+(?:by\s+)?", re.I)
# a wire headline's "Net" before its verb of change (Fiscal 3Q Net Falls 27%, 2Q Net Rises 5%):
# net income, capitalised as a headline writes it; "net" in running text is no metric
_HEADLINE_NET = re.compile(r"(?<![A-Za-z])Net (?=([A-Z][a-z]+)\b)")


def _with_headline_net(norm: str, title_end: int, lex: Lexicon, mentions: list) -> list:
    if not title_end or "Net " not in norm[:title_end]:
        return mentions
    added = []
    for m in _HEADLINE_NET.finditer(norm, 0, title_end):
        verb = m.group(1).lower()
        taken = any(x.start <= m.start() < x.end for x in mentions)
        if not taken and (verb in lex.up_words or verb in lex.down_words):
            added.append(Mention(m.start(), m.start() + 3, lex.metric("net income")))
    return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions


# a rate's definition in brackets: (operating income / revenue), （医疗费用/保费收入）
# 是上年同期的1.5倍, 为去年末的2倍: the figure a multiple is of is the same one, a year before
_SAME_PERIOD_OF = re.compile(
    r"(?:为|是|相当于)(?:(?:上年|去年|上一年)(?:同期|末|底)?|同期)(?:水平)?的\s*$"
)
_BASIS = re.compile(r"[(（]\s*按[^()（）\n\d%]{1,16}?(?:计算?|口径)\s*[)）]")


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


_RATE_DEFINITION = re.compile(r"[(（][^()（）/]{1,40}/[^()（）/]{1,40}[)）]")


def _inside_a_name(s: str, segment: tuple[int, str], names) -> bool:
    """Whether a segment's name, as printed at its position, lies within a company's name."""
    pos, name = segment
    end = pos + len(name)
    return s.startswith(name, pos) and any(a <= pos and end <= b for a, b, *_ in names)


class _Extractor(Structures, Measures, Attribution, PeriodReading):
    def __init__(self, t: Text, lex: Lexicon, company, reference, default, segments) -> None:
        self.t, self.lex, self.company = t, lex, company
        self.reference, self.default = reference, default
        self.segments = tuple(s for s in segments if len(s) >= 2)
        self.segments_re = _segments_regex(self.segments) if self.segments else None
        self.claims: list[Claim] = []
        self.sentences: list[str] = []
        self.company_mentions: list[tuple[int, int, str]] | None = None

    # -- driver -----------------------------------------------------------------------------------

    def run(self) -> list[Claim]:
        norm = self.t.norm
        # the headline: the first line when it does not end a sentence in mid-paragraph
        first = re.match(r"\s*[^\n]*", norm)
        line = first.group().strip()
        # (a wire's long headline stands alone above a blank line, with no full stop: Halliburton
        # 2Q Net Down 48%; Revenue Falls 22% As North America Drilling Slumps)
        headline = (
            line
            and norm[first.end() :].strip()
            and (
                len(line) <= 60
                or (len(line) <= 120 and line[-1] not in ".。" and _BLANK.match(norm, first.end()))
            )
        )
        self.title_end = first.end() if headline else 0
        amounts = _adjust_amounts(norm, find_amounts(norm))
        amounts += rank_amounts(norm)
        amounts = [a for a in amounts if not _per_shares_before(norm, a[0])]
        # the metric words, found once: for numbers without a unit after them, then for every
        # sentence's attribution
        metric_matches = _without_metric_verbs(norm, self.lex, self.lex.metrics_re.finditer(norm))
        if "按" in norm:
            # a rate's basis in brackets (毛利率（按商品销售收入计）至31.9%): its line names the
            # rate's segment, and is not the metric of the figures after it
            basis = [m.span() for m in _BASIS.finditer(norm)]
            metric_matches = [m for m in metric_matches if not _inside(m.start(), basis)]
        amounts += bare_after_metric(norm, self.lex, amounts, metric_matches)
        words = find_value_words(norm)
        self.word_values: dict[int, WordValue] = {a: w for a, _b, _x, w in words}
        amounts = merge_amounts(amounts, words)
        lex = self.lex
        self._all = {
            "metrics": _with_headline_net(
                norm,
                self.title_end,
                lex,
                [Mention(m.start(), m.end(), lex.metric(m.group())) for m in metric_matches],
            ),
            "periods": find_periods(norm),
            "companies": self.company_mentions
            if self.company_mentions is not None
            else [
                (m.start(), m.end(), lex.company(m.group()))
                for m in lex.companies_re.finditer(norm)
            ],
            "resets": [(a, b) for a, b, _m in lex.whole_company_scan.finditer(norm)],
        }
        if self.segments:
            self._all["metrics"] = lines_named_in_full(
                norm, self._all["metrics"], self.segments, lex
            )
        self._all["companies"] = _without_descriptors(
            norm, sorted([*self._all["companies"], *other_companies(norm, lex, self.company)])
        )
        self._starts = {
            k: [x.start if k == "metrics" else x[0] for x in v] for k, v in self._all.items()
        }
        state = ReadingState(self.default)
        idx = 0
        header: list[str] | None = None
        section = self.default  # the period a section heading (Fourth quarter) names
        starts = [x[0] for x in amounts]
        # tables printed as plain text: columns set apart by runs of spaces, or by inner pipes
        plain_table = plain_rows(norm) if ("   " in norm or "\t" in norm or "|" in norm) else None
        for paragraph in re.finditer(r"[^\n]+", norm):
            state.period = self.default if state.period is None else state.period
            heading = (
                paragraph.start() >= self.title_end
                and not _stops_a_heading(paragraph.group())
                and _SECTION_HEADING.fullmatch(paragraph.group())
                and not self._is_bullet(paragraph.start())
            )
            if heading and bisect_left(starts, paragraph.end()) == bisect_left(
                starts, paragraph.start()
            ):  # (a heading holds no figure)
                section = self._section_period(paragraph.start(), paragraph.end())
            para_state = ReadingState(section)
            plain = plain_table.get(paragraph.start()) if plain_table else None
            if plain is not None or TABLE_ROW.match(paragraph.group()):
                # a Markdown table: the header row names each column's period or measure
                while idx < len(amounts) and amounts[idx][0] < paragraph.start():
                    idx += 1
                mine = []
                while idx < len(amounts) and amounts[idx][0] < paragraph.end():
                    mine.append(amounts[idx])
                    idx += 1
                if plain is not None:  # (a plain table's row, read as the Markdown row it is)
                    header = None
                    self._table_row(
                        plain.row, paragraph.start() - 1, mine, plain.header, plain.caption
                    )
                    continue
                if TABLE_RULE.match(paragraph.group()):
                    continue
                if header is None:
                    header = table_cells(paragraph.group())
                    continue
                self._table_row(paragraph.group(), paragraph.start(), mine, header)
                continue
            header = None
            for sm in split_sentences(paragraph.group(), paragraph.start() < self.title_end):
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

    def _is_bullet(self, start: int) -> bool:
        """Whether the line at ``start`` is a list item (* No share buybacks in first half): a
        wire story's summary point, not a heading whose period frames the paragraphs after it."""
        at = self.t.original_span(start, start)[0]
        line = self.t.original[self.t.original.rfind("\n", 0, at) + 1 : at + 2]
        return _BULLET_ITEM.match(line) is not None

    def _section_period(self, start: int, end: int) -> Period | None:
        """The period a heading line names (Fourth quarter, Full year 2024), else the article's."""
        for _a, _b, phrase in self._within("periods", start, end):
            p = resolve_phrase(phrase, self.reference, self.default)
            if p is not None and not p.is_instant:
                return p
        return self.default

    def _within(self, kind: str, start: int, end: int) -> list:
        """The precomputed mentions of one kind inside [start, end), offsets made relative."""
        starts, items = self._starts[kind], self._all[kind]
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        out = []
        for x in items[lo:hi]:
            if kind == "metrics":
                if x.end <= end:
                    out.append(Mention(x.start - start, x.end - start, x.word))
            elif x[1] <= end:
                out.append((x[0] - start, x[1] - start, *x[2:]))
        return out

    # -- one sentence -----------------------------------------------------------------------------

    def _sentence(self, s: str, offset: int, amounts, state: ReadingState) -> None:
        period_before = state.period
        self._read_sentence(s, offset, amounts, state)
        if _may_digress(s) and DIGRESSION.search(s):
            state.period = period_before

    def _read_sentence(self, s: str, offset: int, amounts, state: ReadingState) -> None:
        end = offset + len(s)
        metrics = self._within("metrics", offset, end)
        periods = self._within("periods", offset, end)
        named = self._within("companies", offset, end)
        companies = [(x[0], x[2]) for x in named]
        segs = self._segments(s)
        if segs and named:
            # a segment's name inside the company's (CVS Caremark, the Caremark segment's owner)
            # names the company, not the segment
            segs = [x for x in segs if not _inside_a_name(s, x, named)]
        if segs and metrics:
            # a segment's name inside a balance sheet line's (Premiums in premiums receivable)
            # is that line's name, not the segment
            lines = [(m.start, m.end) for m in metrics if m.word.concept in balances()]
            segs = [x for x in segs if not any(a <= x[0] < b for a, b in lines)] if lines else segs
        if segs and "/" in s:
            # the parts of a rate defined in brackets (医疗费用率（医疗费用/保费收入）) are no segments
            defined = [m.span() for m in _RATE_DEFINITION.finditer(s)]
            segs = [x for x in segs if not any(a <= x[0] < b for a, b in defined)]
        resets = [x[0] for x in self._within("resets", offset, end)]
        clause_starts = [0] + [m.end() for m in _clause_seps(s).finditer(s)]
        lists = self._lists(s, [(a - offset, b - offset) for a, b, _ in amounts], metrics, periods)
        sentence_period = state.period
        used_periods: set[int] = set()
        starts = [x - offset for x, _y, _z in amounts]
        base_phrase = self._base_phrases(s, periods, amounts, offset)
        subjects = self._subjects(s, metrics)

        prev_rate: tuple[int, str] | None = None  # (end, concept) of the last rate's level
        # (figure's concept, ratio) of the last rate said as a share of a whole (2.77% of loans)
        apposed_ratio: tuple[str, str] | None = None
        rate_base_end = -1  # where the last rate's base level ended (…，比去年同期的69.9%)
        forecast_end = -1  # where the last figure ended, when it was a forecast
        for a_start, a_end, amount in amounts:
            a, b = a_start - offset, a_end - offset
            clause = clause_starts[bisect_right(clause_starts, a) - 1]

            period, main, base, year_start_base = self._period_of(
                s, a, b, clause, amount, periods, base_phrase, starts, sentence_period, used_periods
            )
            sentence_period = main
            state.period = main

            # metric
            item = lists.get(a)
            mention, from_clause = self._metric(s, a, b, clause, metrics, subjects, amount, state)
            if item is not None and item[0] == "metric":
                mention, from_clause = item[1], False
            inherited = not from_clause and (item is None or item[0] != "metric")
            if inherited and self._names_something_else(s, clause, a, periods):
                mention = None  # 市场规模达到500亿元 after a sentence on revenue: not revenue
            concept = mention.word.concept if mention else None
            if concept == "np_parent" and EXCLUDING.search(s, 0, a):
                # Excluding one-off items, earnings grew 22%: the recurring profit
                concept = "np_parent_recurring"
            if mention is not None and self._unknown_noun_between(s, mention, clause, a):
                concept, mention = None, None
            if mention is not None:
                state.metric = mention
            kind = mention.word.kind if mention else "amount"

            subject = self._subject_of(s, a, clause, companies, self.company)

            # segment
            segment = None
            seg_before = [x for x in segs if x[0] < a and not any(x[0] < r < a for r in resets)]
            if seg_before:
                segment = seg_before[-1][1]
            if item is not None and item[0] == "segment":
                segment = item[1]
            if concept in self.lex.whole_company or (
                segment and concept not in _LINE_CONCEPTS and _REVENUE_LINE.search(segment)
            ):
                # (a line of revenue — Net sales, Membership and other income — has no operating
                # profit of its own: 按净销售额计算…，运营利润58.82亿美元 is the company's)
                segment = None
            if item is not None and item[0] == "period":
                period = item[1]

            measure, value, unit = self._measure(s, a, clause, mention, amount, kind, base)
            whole = self._whole_after(s, b) if unit == "%" and measure == VALUE else None
            if whole is not None and kind != "ratio":
                measure = SHARE_PCT  # 99.1% of revenue, 5.5% of sales: a share of the whole
            if measure == SHARE_PCT and segment is None and concept is not None:
                # 研发投入…占营业收入的5.52%: a rate of two concepts (rd_intensity), not a share
                ratio = ratio_of(concept, whole or self._denominator(s, clause, a))
                if ratio is not None:
                    concept, measure = ratio, VALUE
                    apposed_ratio = (mention.word.concept, ratio)
            elif (
                apposed_ratio is not None
                and unit == "%"
                and measure == VALUE
                and whole is None
                and concept == apposed_ratio[0]
                and _OR_RATE_BEFORE.search(s, max(0, a - 24), a)
            ):
                # …$4.57 billion, or 2.77 percent of loans, from $3.92 billion, or 2.32 percent:
                # the rate in apposition to the earlier figure is the same ratio, its whole unsaid
                concept = apposed_ratio[1]
            elif (
                unit == "%" and measure == VALUE and kind != "ratio" and segment is None and concept
            ):
                # 现金分红总额16.95亿元，占归母净利润的50.34%: the figure before as a share of the
                # one after 占, a ratio of the two (the payout ratio)
                ratio = ratio_of(concept, self._denominator(s, clause, a))
                if ratio is not None:
                    concept = ratio
            if (
                unit == "%"
                and measure == VALUE
                and whole is None
                and self.claims
                and self.claims[-1].measure == CHANGE_ABS
                and self.claims[-1].concept == concept
                and self.last_figure is not None
                and self.last_figure[0] is s
                and self.last_figure[1] >= a - 24
                and _OR_RATE_BEFORE.search(s, max(0, a - 24), a)
            ):
                # fell $142 million, or 6.2%: the change in apposition to the amount it fell by
                measure = CHANGE_PCT
                value = -abs(value) if self.claims[-1].value < 0 else value
            if unit == "%" and prev_rate is not None and _RATE_FROM.fullmatch(s, prev_rate[0], a):
                # 33.5% of sales, up from 33.2% a year earlier: the rate before, a level too
                concept, measure, value = prev_rate[1], VALUE, amount.value
                rate_base_end = b
            elif (
                measure in (CHANGE_PCT, CHANGE_PP)
                and prev_rate is not None
                and prev_rate[0] == rate_base_end
                and not from_clause
                and _RATE_CHANGE.match(s, prev_rate[0], a)
                and self.lex.change_re.search(s, prev_rate[0], a)
            ):
                value = bettered(self.lex, s[prev_rate[0] : a], prev_rate[1], mention, value)
                concept = prev_rate[1]
            elif (
                measure == CHANGE_PP
                and prev_rate is not None
                and concept != prev_rate[1]
                and not from_clause
                and not self.lex.metrics_re.search(s, _past_its_whole(s, prev_rate[0]), a)
            ):
                # or 22.45% of sales, a deleveraging of 167 basis points: a change in points said
                # after a rate, with no metric named between, is that rate's
                concept = prev_rate[1]
            if concept == "kpi_share_price" and unit == "count":
                concept = None  # 200 million shares: a number of shares, not a price
            per = PER_N_SHARES.search(s, clause, a) if concept == "dividend_cash" else None
            if per is not None and unit == "CNY":
                # 每10股派发现金红利1.5元: 0.15 yuan a share
                n = Decimal(per.group(1) or 1)
                concept, unit, value = "dividend_per_share", "CNY/share", value / n
                if _YEAR_TOTAL.search(s, clause, per.start()):
                    concept = "dividend_per_share_year"  # 全年合计每10股派现: interim and final
                amount = replace(amount, precision=amount.precision / n)
            if (
                measure == TIMES
                and MULTIPLE_OF.search(s, clause, a)
                and not _SAME_PERIOD_OF.search(s, clause, a)
            ):
                # 约为归母净利润的1.3倍: one figure as a multiple of another, not a growth (是上年
                # 同期的1.5倍: of the same figure a year before, its growth)
                concept = None
            share_of = _share_concepts().get(concept or "")
            if (
                measure == CHANGE_PP
                and segment
                and share_of
                and self.lex.share_re.search(s, clause, a)
            ):
                concept = share_of  # 占比同比提升0.96个百分点: the segment's share, in points
            elif (
                measure == CHANGE_PCT
                and segment
                and share_of
                and self.claims
                and self.claims[-1].measure == SHARE_PCT
                and self.claims[-1].segment == segment
                and self.claims[-1].concept == concept
                and _APPOSED_CHANGE.fullmatch(
                    self.t.original,
                    self.claims[-1].end,
                    self.t.original_span(offset + a, offset + b)[0],
                )
            ):
                # makes up 84% of revenue, up 6% from a year earlier: the share's change
                concept = share_of
            source = (
                self._share_source(s, b) if unit == "%" and measure in (VALUE, SHARE_PCT) else None
            )
            if source is None and unit == "%" and mention is not None and mention.start >= b:
                contributor = SHARE_CONTRIB.search(s, clause, a)
                source = contributor and (self._clean_segment(contributor["seg"]) or None)
            if source is not None:
                measure, segment = SHARE_PCT, source
            # (a ratio of two balances is one too: goodwill over total assets, at a date)
            balance = concept in balances() or (
                concept is not None
                and "/" in concept
                and all(x in balances() for x in concept.split("/"))
            )
            if balance and year_start_base and main is not None:
                # a balance compared with no period named (eased to 72.7% from 73.2%) is compared
                # with the start of the year, as balance sheets are
                period = Period.instant(date(main.end.year - 1, 12, 31))
            elif balance and period is not None and not period.is_instant:
                period = period.end_instant()  # 总资产 in a half-year article: at 30 June
            elif concept and period is not None and period.is_instant and not balance:
                period = span_ending(period)  # 销售费用 after 截至2024年末: the year 2024
            if concept in _YEAR_PLANS and "USD" not in unit and str(period).endswith("Q4"):
                # a yuan dividend or bonus issue proposed with fourth-quarter results is the
                # year's distribution plan (A-shares pay by the year, not by the quarter)
                period = Period.parse(str(period)[:4] + "FY")
            qualifier, q_start, q_end = self._qualifier(s, a, b)
            precision = journalist_precision(amount)
            if q_start < a and s[q_start:a].lower().startswith(self.lex.thresholds):
                precision = Decimal(0)  # 突破100亿元: more than 100亿 itself, not 95亿
            if qualifier in _BOUNDS and amount.printed.endswith("成"):
                # 逾六成, 不足三成: a bound said in tenths is the round tenth itself (57% is not
                # more than 六成), not a tenth rounded half a tenth
                precision = min(precision, _TENTH_BOUND)
            word = self.word_values.get(a_start)
            if word is not None:
                measure, value, unit = self._word_measure(word, measure, value, unit, kind)
                if measure == CHANGE_PCT and sequential(s, clause, a, b):
                    # net income more than doubled from the January-March period: on the quarter
                    # before, as a rate would be
                    measure = CHANGE_QOQ_PCT
                if unit == "pp" and not (amount.unit == "pp" and amount.printed[:1].isalpha()):
                    # 毛利率基本持平: within half a point (not a quarter of a point, said as one)
                    precision = Decimal("0.5")
                qualifier = word.qualifier or qualifier
            elif measure == VALUE and unit == "times" and kind == "ratio":
                # 收现比约1.1倍: the rate as a multiple, 110%
                value, unit, precision = value * 100, "%", precision * 100
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
            elif (
                measure == SHARE_PCT
                and mention is not None
                and any(mention.start < x < a for x in starts)
            ):
                pass  # …rose 6.2% to $3.17bn and now makes up more than 60%: the share alone
            elif from_clause and mention is not None and mention.start >= clause:
                start = min(start, mention.start)
            start = min(start, q_start)
            end = max(b, q_end)
            if mention is not None and mention.start > a and mention.start - b <= 24:
                end = max(end, mention.end)
            sign = _SIGN_NOUN_AFTER.match(s, b) if amount.unit in ("CNY", "USD", "HKD") else None
            if sign is not None:
                end = max(end, sign.end())  # a $14.1bn outflow: the word that gives its sign
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
                    forecast=is_forecast(s, clause, a, b, mention)
                    or _forecast_list_item(s, forecast_end, a, mention),
                )
            )
            forecast_end = b if self.claims[-1].forecast else -1
            self.last_figure = (s, b, period)  # (for a figure in apposition to this one)
            rate = concept and (self.lex.kinds.get(concept) == "ratio" or "/" in concept)
            if unit == "%" and measure == VALUE and rate:
                prev_rate = (b, concept)
            elif (
                prev_rate is not None
                and measure in (CHANGE_PCT, CHANGE_PP)
                and concept == prev_rate[1]
            ):
                # to 77.3%, an improvement of 2.4 points from 79.6%: the rate's change, whose
                # base level may follow it
                prev_rate = (b, concept)
            else:
                prev_rate = None


# 分析师平均预期每股收益为1.28美元，销售额约为19.9亿美元: the next item of a list of forecasts
# (the figure before it a forecast, then only a separator, a metric's name and a copula)
_LIST_JOIN = re.compile(r"\s*[，,、；;]\s*(?:(?:and|以及|及|和)\s*)?")
_LIST_COPULA = re.compile(r"\s*(?:为|约为|达|约|of|at)?\s*(?:约|近|逾|超过?)?\s*")


def _forecast_list_item(s: str, forecast_end: int, a: int, mention) -> bool:
    return (
        forecast_end >= 0
        and mention is not None
        and forecast_end <= mention.start
        and _LIST_JOIN.fullmatch(s, forecast_end, mention.start) is not None
        and _LIST_COPULA.fullmatch(s, mention.end, a) is not None
    )


def _without_metric_verbs(norm: str, lex: Lexicon, matches) -> list:
    """The metric words, less a verb among them (lost) right after another metric's name: gross
    margin lost 261bp is the margin's fall, not a net loss."""
    out: list = []
    for m in matches:
        if (
            out
            and m.group().lower() in lex.metric_verbs
            and not norm[out[-1].end() : m.start()].strip()
            and out[-1].end() < m.start()
        ):
            continue
        out.append(m)
    return out


def _without_descriptors(norm: str, companies: list[tuple[int, int, str]]):
    """The company mentions without a group word that stands right before a name as its
    descriptor (内地龙头房企万科企业, 医药龙头片仔癀, "peer Tasly"): the name is the subject, not
    the group (a descriptor of another company stays, being OTHER like the name)."""
    out = []
    for i, (a, b, code) in enumerate(companies):
        nxt = companies[i + 1] if i + 1 < len(companies) else None
        if code == OTHER and nxt and nxt[2] != OTHER and not norm[b : nxt[0]].strip():
            continue
        out.append((a, b, code))
    return out


# "pct" after a figure in Chinese text: the brokers' shorthand for percentage points (毛利率
# +1.58pct, 同比提升0.9pct); in English copy "5 pct" stays per cent (Reuters' style)
_PCT_END = re.compile(r"pct$", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")


# minus 6.07 per cent, negative 2%: the word is the sign
_MINUS_WORD = re.compile(r"(?=[mn])(?<![A-Za-z])(?:minus|negative)\s+$", re.I)


def _adjust_amounts(norm: str, amounts: list) -> list:
    """A sign said in words (minus 6.07 per cent) and pct in Chinese copy (points)."""
    out = []
    for a, b, x in amounts:
        # (the word and a space end right before the figure: a cheap test first)
        minus = (
            _MINUS_WORD.search(norm, max(0, a - 10), a)
            if x.value > 0 and norm[a - 1 : a].isspace()
            else None
        )
        if minus:
            a = minus.start()
            x = replace(x, value=-x.value, printed=norm[a:b])
        elif (
            x.value > 0
            and norm[a - 1 : a] == "("
            and norm[b : b + 1] == ")"
            and _bracketed_cell(norm, a - 1, b + 1)
        ):
            # a table's cell in brackets, (21%): the accountants' minus
            a, b = a - 1, b + 1
            x = replace(x, value=-x.value, printed=norm[a:b])
        # (in the figure's line: a table row's label, 加权平均ROE | … | +1.58pct)
        line = norm.rfind("\n", 0, a) + 1
        if x.unit == "%" and _PCT_END.search(x.printed) and _CJK.search(norm, line, a):
            x = replace(x, unit="pp")
        out.append((a, b, x))
    return out


# a table cell's edges: a pipe, a line's end, or the run of spaces that sets plain columns apart
_CELL_BEFORE = re.compile(r"(?:^|\||[ \t]{2}|\t)[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*(?:$|\||[ \t]{2}|\t)", re.M)


def _bracketed_cell(norm: str, a: int, b: int) -> bool:
    """Whether norm[a:b] (a figure in brackets) is a table cell of its own: (21%) in a change
    column, not an aside in a sentence (revenue rose to $5 million (21%))."""
    line = norm.rfind("\n", 0, a) + 1
    return bool(_CELL_BEFORE.search(norm[line:a])) and bool(_CELL_AFTER.match(norm, b))


# a rate in apposition to the figure before it: $3.92 billion, or 2.32 percent
_OR_RATE_BEFORE = re.compile(r"\d[^,;]{0,12},\s*or\s+$")

# a noun right after a money figure that says its sign (a $14.1bn outflow, a $2m loss)
_SIGN_NOUN_AFTER = re.compile(r"\s+(?:net\s+)?(?:outflows?|inflows?|losses|loss|deficit)\b", re.I)
# the whole a rate is of, said right after it (22.45% of sales)
_OF_ITS_WHOLE = re.compile(r"\s*of\s+(?:its\s+|total\s+|net\s+)?(?:sales|revenues?)\b", re.I)


def _past_its_whole(s: str, end: int) -> int:
    """Where the words after a rate go on past the whole it is of (…22.45% of sales|, a …)."""
    m = _OF_ITS_WHOLE.match(s, end)
    return m.end() if m else end


# between a rate's level and the rate it is compared with (…33.5% of sales, up from 33.2%)
_RATE_FROM = re.compile(
    # (71.6% of earned premiums, compared with 72.4%: the whole named in up to three words)
    r"\s*(?:of\s+(?:its\s+|total\s+|net\s+)?(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+\s*)?,?\s*"
    r"(?:(?:up|down|rising|falling|improving|compared)\s+)?(?:from|with|against|versus|vs\.?)\s+"
    # 占保费收入的68.2%，比去年同期的69.9%…: the rate a year before, said after 比/较
    r"|\s*[，,]?\s*(?:比|较|相比|对比|低于|高于)(?:去年|上年|上一年)(?:同期|同季)的?\s*",
    re.I,
)
# …，比去年同期的69.9%下降1.7%: a change word right after a rate's base level, with no metric
# named between, changes that rate (after the level alone, 约占营业收入的56%，同比增加5.3%, the
# change is the figure's before it)
_RATE_CHANGE = re.compile(
    r"\s*[，,]?\s*(?:同比|环比)?\s*[\u4e00-\u9fffA-Za-z ]{1,8}?\s*$"
    # (compared with 72.4% in the year-earlier quarter, an improvement of 0.9%: the change set
    # off by a comma after the base level and its period)
    r"|[^,;，；\d%]{0,40},\s*(?:an?\s+|the\s+)?[A-Za-z-]+(?:\s+of)?\s*$"
)
# a US company's revenue line (not a business segment) and what such a line has
_REVENUE_LINE = re.compile(r"(?i)\b(?:sales|revenues?|income|licen[cs]es?|fees?)$")
_LINE_CONCEPTS = frozenset(("revenue", "gross_profit", "gross_margin"))
