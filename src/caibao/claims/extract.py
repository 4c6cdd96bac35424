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
``attribution`` (its metric, with ``subjects`` its subject; whether it is a forecast: ``forecasts``),
``others`` (other companies named by English grammar), ``sentence_periods`` (its period),
``structures`` (分别 lists, segments, tables), ``sentence_reader`` (one sentence read: its numbers
assembled into ``Claim``s). This module takes the article text and gives its claims: it makes the
whole-text passes (headline, sections, bullets, the metric, period and company mentions, the
amounts; those that correct the mentions and amounts found are in ``metric_passes``,
``company_passes`` and ``amount_passes``) and walks the paragraphs and sentences, handing each to the sentence reader.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date
from functools import lru_cache

from ..numbers import find_amounts
from ..periods import Period
from .amount_passes import PER_UNIT, adjust_amounts, per_shares_before
from .article_periods import main_period
from .attribution import Attribution
from .clauses import split_sentences
from .company_passes import without_descriptors
from .fiscal import from_frame, in_fiscal_frame, to_frame
from .headline_rates import headline_rates
from .lexicon import Lexicon
from .line_names import lines_named_in_full
from .measures import (
    Measures,
    bare_after_metric,
    rank_amounts,
)
from .mentions import Mention, ReadingState, after_lead_clauses
from .metric_passes import (
    with_headline_net,
    with_majority_holders,
    with_net_of_excise,
    with_paid_per_share,
    with_pretax_verbs,
    with_stakes_bought,
    without_margin_bases,
    without_metric_verbs,
)
from .model import Claim
from .others import other_companies
from .period_cues import _RELATIVE
from .period_phrases import find_periods, resolve_phrase
from .plain_tables import plain_rows
from .sentence_periods import PeriodReading
from .sentence_reader import SentenceReader
from .structures import (
    TABLE_ROW,
    TABLE_RULE,
    Structures,
    table_cells,
)
from .text import Text, read_text
from .words import WordValue, find_value_words, merge_amounts

# a section heading: a short line that ends no sentence (Fourth quarter, Full year 2024, ## 上半年,
# 上半年累计：); the period it names is the one its section's paragraphs discuss
# a list item's marker at the start of a line (* , - , -- , •): a summary point, not a heading
_BULLET_ITEM = re.compile(r"[ \t]*(?:--|[-+*•·▪])[ \t]")
# (By the numbers (first half of 2009 vs. first half of 2008): a longer one comparing periods
# ends on its colon; "vs." stops none)
_SECTION_HEADING = re.compile(
    r"\s*(?:#{1,6}\s*)?(?:[^。.!?！？:：;；,，|]|\bvs\.){2,40}?\s*[:：]?\s*"
    r"|\s*(?:#{1,6}\s*)?(?=[^\n]*?\b(?:vs\.?|versus)\s)(?:[^。.!?！？:：;；,，|]|\bvs\.){2,70}?"
    r"\s*[:：]\s*"
)


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
        # (an A-share company's six-digit code: it reports no fourth quarter of its own)
        single_q4 = not (company or "").isdigit()
        default, reference = main_period(t.norm, to_frame(reference, fiscal_shift), single_q4)
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


# a product named with its pack after it, as 产销量 tables print it: 金天格胶囊(24粒/盒)
_PACKED = re.compile(r".{2,}?\s*\([^()]*/[^()]*\)")


def _with_bare_products(segments: tuple[str, ...]) -> tuple[str, ...]:
    """The segments, and the products among them with their pack in full-width brackets as
    Chinese articles print it (金天格胶囊（24粒/盒）for 金天格胶囊(24粒/盒))."""
    wide = [
        s.replace("(", "（").replace(")", "）")
        for s in segments
        if "/" in s and _PACKED.fullmatch(s)
    ]
    return segments + tuple(w for w in dict.fromkeys(wide) if w not in segments)


# a sentence set against the one before (That compares with …, Which compared with …)
_COMPARES_OPENING = re.compile(r"\s*(?:That|This|Which)\s+compare[sd]?\s+with\b")


def _stops_a_heading(line: str) -> bool:
    """Whether a line holds a comma or a full stop, which _SECTION_HEADING never matches (a cheap
    test before the pattern, which backtracks over forty characters of any paragraph)."""
    return (
        "，" in line
        or "。" in line
        or "," in line
        or ("." in line and "." in line.replace("vs.", ""))
    )


def _is_colon_heading(line: str) -> bool:
    """Whether a line with a comma is a heading all the same: a short line ending on its colon,
    with no full stop (Second quarter, derived from the first-quarter report: ; 二季度单季，据
    一季报推算：) frames the list after it."""
    line = line.rstrip()
    return (
        len(line) <= 70
        and line.endswith((":", "："))
        and not any(c in line for c in "。!?！？；;")
        and "." not in line.replace("vs.", "")
    )


_BLANK = re.compile(r"\n[ \t]*\n")

# the quarter already named, said again (in the quarter, during the quarter)
_THE_QUARTER = re.compile(r"\b(?:in|for|during)\s+the\s+quarter\b", re.I)
_BASIS = re.compile(r"[(（]\s*按[^()（）\n\d%]{1,16}?(?:计算?|口径)\s*[)）]")
# what a figure is said with or without, in brackets after its metric (（含消费税）)
_WITH_WHAT = re.compile(r"[(（]\s*(?:不?含|不?包含|不?包括)[^()（）\n\d%]{1,16}[)）]")


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


class _Extractor(Structures, Measures, Attribution, PeriodReading, SentenceReader):
    def __init__(self, t: Text, lex: Lexicon, company, reference, default, segments) -> None:
        self.t, self.lex, self.company = t, lex, company
        self.reference, self.default = reference, default
        self.segments = _with_bare_products(tuple(s for s in segments if len(s) >= 2))
        self.segments_re = _segments_regex(self.segments) if self.segments else None
        self.claims: list[Claim] = []
        self.sentences: list[str] = []
        self.company_mentions: list[tuple[int, int, str]] | None = None
        self.company_names: tuple[str, ...] = ()

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
        amounts = adjust_amounts(norm, find_amounts(norm))
        amounts += rank_amounts(norm)
        amounts = [a for a in amounts if not per_shares_before(norm, a[0])]
        if "/" in norm or "／" in norm:
            # a price per unit of a commodity (不足4美元/百万英热单位): a market's, no amount
            amounts = [a for a in amounts if not PER_UNIT.match(norm, a[1])]
        # the metric words, found once: for numbers without a unit after them, then for every
        # sentence's attribution
        metric_matches = without_metric_verbs(norm, self.lex, self.lex.metrics_re.finditer(norm))
        if "按" in norm or "含" in norm or "括" in norm:
            # a rate's basis in brackets (毛利率（按商品销售收入计）至31.9%): its line names the
            # rate's segment, and is not the metric of the figures after it; nor is what a
            # figure is said with or without (净销售额（含消费税）为15.19亿美元: net sales)
            basis = [m.span() for m in _BASIS.finditer(norm)]
            basis += [m.span() for m in _WITH_WHAT.finditer(norm)]
            metric_matches = [m for m in metric_matches if not _inside(m.start(), basis)]
        amounts += bare_after_metric(norm, self.lex, amounts, metric_matches)
        words = find_value_words(norm)
        self.word_values: dict[int, WordValue] = {a: w for a, _b, _x, w in words}
        amounts = merge_amounts(amounts, words)
        lex = self.lex
        self._all = {
            "metrics": with_pretax_verbs(
                norm,
                lex,
                with_stakes_bought(
                    norm,
                    lex,
                    with_majority_holders(
                        norm,
                        lex,
                        with_paid_per_share(
                            norm,
                            lex,
                            with_net_of_excise(
                                norm,
                                lex,
                                without_margin_bases(
                                    norm,
                                    with_headline_net(
                                        norm,
                                        self.title_end,
                                        lex,
                                        [
                                            Mention(m.start(), m.end(), lex.metric(m.group()))
                                            for m in metric_matches
                                        ],
                                    ),
                                    self.segments,
                                ),
                            ),
                        ),
                    ),
                ),
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
        self._all["metrics"] = after_lead_clauses(norm, self._all["metrics"])
        if self.segments:
            self._all["metrics"] = lines_named_in_full(
                norm, self._all["metrics"], self.segments, lex
            )
        self._all["companies"] = without_descriptors(
            norm, sorted([*self._all["companies"], *other_companies(norm, lex, self.company)])
        )
        # the names the article calls companies by (森普拉 for Sempra), which no segment's name
        # contains: 今年上半年，森普拉营收37.97亿美元 is the company's revenue
        self.company_names = tuple(
            sorted({norm[a:b] for a, b, _ in self._all["companies"] if b - a >= 2}, key=len)[::-1]
        )
        self._starts = {
            k: [x.start if k == "metrics" else x[0] for x in v] for k, v in self._all.items()
        }
        state = ReadingState(self.default)
        para_state = None
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
                and (
                    _SECTION_HEADING.fullmatch(paragraph.group())
                    if not _stops_a_heading(paragraph.group())
                    else _is_colon_heading(paragraph.group())
                )
                and not self._is_bullet(paragraph.start())
            )
            if heading and bisect_left(starts, paragraph.end()) == bisect_left(
                starts, paragraph.start()
            ):  # (a heading holds no figure)
                section = self._section_period(paragraph.start(), paragraph.end())
            before = para_state.period if para_state is not None else None
            para_state = ReadingState(section)
            if before is not None and before.kind == "Q" and before != section:
                # (…net profit came to 7.34 million yuan. Non-recurring gains in the quarter
                # totaled …: a paragraph on the quarter the one before named goes on with it)
                para_state.period = self._quarter_goes_on(paragraph, before, section)
            elif self._year_to_date_goes_on(paragraph, before, section):
                # (For the first nine months, revenue declined … / Operating profit fell 39.7%:
                # a paragraph naming no period goes on with the year to date the one before
                # turned to, through the quarter discussed)
                para_state.period = before
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
                    discussed = para_state.period
                    self._sentence(sentence, s_start, mine, para_state)
                    if "ompare" in sentence[:20] and _COMPARES_OPENING.match(sentence):
                        # (That compares with growth of 14.8% in the first three months: the
                        # base's period, the one discussed goes on)
                        para_state.period = discussed
                else:
                    self._update_period(s_start, s_end, para_state)
                self.sentences.append(sentence)
        return headline_rates(self.claims, self.title_end)

    def _quarter_goes_on(self, paragraph: re.Match, before: Period, section):
        """The quarter the paragraph before discussed, when this one says "in the quarter" and
        names no period of its own before it; else ``section``."""
        text = paragraph.group()
        m = _THE_QUARTER.search(text) if "quarter" in text else None
        if m is None:
            return section
        at = paragraph.start() + m.start()
        periods = self._all["periods"]
        i = bisect_left(self._starts["periods"], paragraph.start())
        return before if i >= len(periods) or periods[i][0] >= at else section

    def _year_to_date_goes_on(self, paragraph: re.Match, before, section) -> bool:
        """Whether the paragraph before discussed the year to date through the quarter the
        article is on (2023Q1-Q3 in a third-quarter story) and this one, under no heading of its
        own, names no period: an A-share company's story, whose quarterly report prints its
        statements for the year to date (a US filer's story goes back to the quarter)."""
        default = self.default
        if (
            not (self.company or "").isdigit()
            or before is None
            or default is None
            or section != default
            or default.kind != "Q"
            # (not a first half in a second-quarter story: the half is a report's own period)
            or before.kind != "YTD"
            or before.end != default.end
        ):
            return False
        lo = bisect_left(self._starts["periods"], paragraph.start())
        hi = bisect_left(self._starts["periods"], paragraph.end())
        # (it names a period of its own: it sets its own; a base's, a year earlier, is none)
        return all(_RELATIVE.search(p[2]) for p in self._all["periods"][lo:hi])

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
