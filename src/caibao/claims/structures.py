"""Structures of financial journalism beyond one number in one clause: enumerations that 分别 /
respectively pair with lists of figures, segment names, and Markdown/HTML tables. A mixin of the
extractor (``extract._Extractor``), with the small helpers both share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from ..concepts import accounts
from ..numbers import Amount, parse_amount
from ..periods import Period
from .column_periods import column_period, row_period, year_of_corner
from .lexicon import (
    MetricWord,
    english_segments_re,
    instant_concepts,
    segment_by_words,
    segment_in_store,
    zh_to_en,
)
from .model import CHANGE_PCT, CHANGE_PP, VALUE, Claim
from .period_phrases import find_periods, resolve_phrase
from .printed_lines import rendering
from .ratio_names import as_share_of
from .table_units import CURRENCY_WORDS, PER_SHARE_ROW, ROW_CURRENCY, footnote_unit, unit_suffix

TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_RULE = re.compile(r"^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$")
_BARE_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")
# a cell of dollars without a scale ($4,261), which a table's unit (dollars in millions) gives
_DOLLAR_CELL = re.compile(r"(?:US)?\$\s*(\d[\d,]*(?:\.\d+)?)")
# (compiled once: these run for every claim)
_CURRENCY = re.compile(r"元|美元|港元|RMB|CNY|USD|HKD|\$|¥|yuan|dollar", re.I)
_NOT_DIGIT = re.compile(r"[^\d.]")
_RESPECTIVELY = re.compile(r"分别|respectively")
_NOT_A_SEGMENT_CORE = re.compile(r"\d|第|大$")


_CHANGE_LEAD = re.compile(r"(?:同比|环比|较上年(?:同期)?|比上年(?:同期)?)\s*$")
# 分别同比下降2.7%和增长7.1%: the comparison said right after 分别
_CHANGE_AFTER = re.compile(r"\s*(?:同比|环比|较上年(?:同期)?|比上年(?:同期)?)")
# (…下降2.7%和增长7.1%: each change of a list with its own direction)
_LIST_JOIN = re.compile(
    r"\s*[、,，和及与/]\s*"
    # (a verb only after 和/及/与/、: after a comma it opens a clause of its own, 增长5%)
    r"|\s*[、和及与]\s*(?:分别)?(?:增长|增加|上升|上涨|提高|提升|下降|下滑|下跌|减少|降低|回落)了?\s*"
)
_CHANGE_HEAD = re.compile(
    r"同比|增减|变动|增速|增幅|change|yoy|y/y|growth|\bchg\b|\bvs\.?\s*(?:prior|last)"
    r"|^\s*(?:vs\.?|versus|against|compared\s+with)\s",
    re.I,
)
# a change column named by the period it is compared with (vs Q2 2008): the period is the base
_VERSUS_HEAD = re.compile(r"^\s*(?:vs\.?|versus|against|compared\s+with)\s", re.I)
_ENUM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+(?:\s*[、和及与]\s*[\u4e00-\u9fffA-Za-z0-9]+)+")
_ENUM_FIRST_CUT = re.compile(r".*[在对从于把将的是为，]")
_ENUM_LAST_CUT = re.compile(
    r"(?:业务板块|业务|板块|领域|方面|分部|上|等|均|都|分别|实现|的|三大|两大).*$"
)
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:至|到|-|—|~|～)\s*((?:19|20)\d{2})\s*年?")
_TRAILING_METRIC = re.compile(r"(?:营业收入|营收|收入|销售额|净利润|利润)$")
_RUN_LEAD = re.compile(r"\s*(?:的|对应|同比|were|was|are|is|stood at|came in at|reached)?\s*", re.I)
_RUN_JOIN = re.compile(r"\s*(?:[、和及与]|,|and|, and)\s*")
_SEGMENT_EN = re.compile(
    r"(?i)(?:\b(?:the|its|their)\s+|^[\s*•-]*(?-i:(?=[A-Z][a-z])))"  # (or opening the sentence)
    r"((?:[a-z&-]+\s+){0,3}?[a-z&-]+)\s+(?:business|segment|division)\b"
)
# fmt: off
_NOT_SEGMENTS_EN = {"core", "main", "overall", "whole", "other", "company's", "group's", "new",
                    "largest", "biggest", "smallest", "second-largest", "key", "flagship",
                    "each", "every", "our", "this", "that", "one", "a", "an", "no", "its",
                    "the", "their"}
# fmt: on
# sales of orthopaedic products, revenue from immunology drugs
# 核心业务油漆门店集团（Paint Stores Group）: a business named in Chinese after 业务/板块/部门,
# then by its English name in brackets (a US filer's reporting segment)
_BRACKETED_EN_SEGMENT = re.compile(
    r"(?:业务|板块|部门|事业部)[\u4e00-\u9fff]{1,10}[（(]"
    r"((?:[A-Z][\w&'’-]*\s+){0,4}(?:Group|Segment|Division|Business))[）)]"
)
_PRODUCTS_EN = re.compile(
    r"(?i)\b(?:sales|revenue|revenues)\s+(?:of|from)\s+(?:its\s+)?((?:[a-z'-]+\s+){0,2}?[a-z'-]+)"
    r"\s+(?:products|drugs|medicines)\b"
)
# Orthopedic drugs now bring in about three-quarters of revenue: products that contribute a share
_CONTRIBUTING_EN = re.compile(
    r"(?i)\b((?:(?!(?:and|or|of|related)\b)[a-z'-]+\s+){0,1}(?!(?:and|or|of|related)\b)[a-z'-]+)"
    r"\s+(?:drugs|products|medicines|devices|services)"
    r"(?:,[^,]{0,40},)?\s+(?:now\s+|still\s+|together\s+|alone\s+)?(?:bring|brought|brings|account"
    r"|accounted|accounts|make|made|makes|contribute|contributed|contributes|generate|generated"
    r"|generates)\b"
)
# a header's alternatives: 2024年前三季度/9月末 (the span for flows, the date for balances)
_ALTERNATIVES = re.compile(r"\s*[/／]\s*")
_SEGMENT_WORD = re.compile(r"业务|板块|分部|事业部|事业群|部门|segment|business|division")
_PERIODISH = re.compile(r"[0-9年季期半今去上本全同末底QH月]")
_POINTER = re.compile(r"上述|以上|前述|这[两三四五六几]|[两二三四五六七八九]大")
_SUBJECT_CLAUSE = re.compile(
    r"(?<![\d\u4e00-\u9fffA-Za-z])(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,13}?)"
    r"(?:实现|录得|取得|的)?"
    # (累计净销售额, 二季度的净销售额: 净 is the revenue word's, net sales, not the name's)
    r"净?(?:营业收入|营收|收入|销售收入|销售额)"
)
# a table row that is a part of the row above it (其中：销售额), and a row's unit in brackets
_PART_ROW = re.compile(r"\s*其中\s*[:：]?\s*")
_ROW_UNIT = re.compile(r"[(（][^()（）]*[)）]")
# (药物洗脱支架全球销售额: "worldwide" scopes the product's sales, it is not part of its name)
_TRAILING_NOISE = re.compile(r"(?:实现|录得|取得|的|共|合计|累计|全年|对应|全球)+$")
_NOT_A_NAME = re.compile(
    r"实现|营业|收入|公司|同比|报告期|单季|相当于|贡献|预计|预期|"
    r"^(?:近|约|超|逾|不足|将近)|[一二两三四五六七八九十]成"
    # a span of years (三年来, 两年间) or a share being taken (已占到总营收): no segment's name
    r"|^[近过去]*[一二两三四五六七八九十\d]+年[来间内中]?$|^已?占|占$"
    # a comparison or a conjunction before the revenue word (成本高于收入, 但占营收比重): no name
    r"|^(?:但|而|却|并|且|也|仍|还)?(?:已|仍)?占|^(?:高于|低于|大于|小于|多于|少于|等于|不及|超出)"
    # (明显低于收入增速, 远高于营收: the comparison after an adverb)
    r"|(?:高于|低于|大于|小于|多于|少于|快于|慢于|不及|超出)$"
    # a figure set against revenue (收到的现金与营业收入之比, 收到的现金对营收的覆盖): no name
    r"|[与对较比]$"
    # a cause before the revenue word (但由于收入下滑，销售费用率反而升至21.86%): no name
    r"|(?:由于|因为|随着|鉴于|得益于|受益于|源于)$"
)
_LEADING_NOISE = re.compile(
    r"^(?:其中|具体来看|具体而言|另一|此外|同时|而|在|对应|以及|和|与|另外|其|公司|本公司|作为"
    # what a period phrase leaves behind (2009年二季度制药部门 → 年制药)
    r"|年度?|季度|度|末"
    # a rate's basis in brackets (毛利率（按商品销售收入计）): the line it is measured on
    r"|[(（]?按)+"
)

# a verb of a deal before a business's name (剥离承保业务, 出售保险业务): what was sold or bought
_DEALT_WITH = ("剥离", "出售", "收购", "处置", "转让", "分拆", "并购")


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    word: str


def _run(s: str, mentions: list, pos: int) -> list:
    """The mentions that end right before ``pos`` joined only by 、/和/及/与 (an enumeration)."""
    run: list = []
    end = pos
    for m in reversed(mentions):
        gap = s[m.end : end]
        if not run:
            if len(gap.strip()) > 2 and not _RUN_LEAD.fullmatch(gap):
                break
        elif not _RUN_JOIN.fullmatch(gap):
            break
        run.insert(0, m)
        end = m.start
    return run


# 营收34.99亿元，净利润1.95亿元，同比分别下降12.8%和8.0%: each metric said with its own figure
_PAIR_GAP = re.compile(r"\s*(?:为|达到?|of|were|was)?\s*(?:约|近|超过?|逾)?\s*")
_PAIR_JOIN = re.compile(r"\s*(?:[、，,和及与]|,\s*and)\s*")
_PAIRED_TAIL = re.compile(r"\s*[，,]?\s*(?:同比|环比|较上年(?:同期)?|比上年(?:同期)?)\s*")


def _paired_run(s: str, metrics: list, before: list[tuple[int, int]], pos: int, n: int) -> list:
    """The metrics of "A x，B y，同比分别…p和q": the last ``n`` figures before ``pos``, each right
    after its own metric's name, joined by 、/，/和, then only 同比 before 分别 (else None)."""
    if len(before) < n or not _PAIRED_TAIL.fullmatch(s, before[-1][1], pos):
        return None
    run: list = []
    end = None
    for a, b in before[-n:]:
        m = next((m for m in reversed(metrics) if m.end <= a), None)
        if m is None or not _PAIR_GAP.fullmatch(s, m.end, a):
            return None
        if end is not None and not _PAIR_JOIN.fullmatch(s, end, m.start):
            return None
        run.append(("metric", m))
        end = b
    return run


def _leading_periods(s: str, periods: list, pos: int) -> list:
    """The enumeration of periods that opens the clause before 分别 (2022年、2023年，公司归母
    净利润分别为…): the last period phrases before ``pos`` joined only by 、/和, with no other
    period phrase and no sentence break after them."""
    if not periods:
        return []
    run = [periods[-1]]
    for p in reversed(periods[:-1]):
        if not _RUN_JOIN.fullmatch(s[p[1] : run[0][0]]):
            break
        run.insert(0, p)
    if len(run) < 2 or re.search(r"[。；;！？]", s[run[-1][1] : pos]):
        return []
    return [_Span(p[0], p[1], p[2]) for p in run]


def _leading_group(s: str, spans: list[tuple[int, int]], pos: int) -> list[tuple[int, int]]:
    """The numbers after 分别 up to the end of the list (joined by 、，和 and nothing else)."""
    group: list[tuple[int, int]] = []
    for a, b in spans:
        gap = s[group[-1][1] if group else pos : a]
        if group and not _LIST_JOIN.fullmatch(gap):
            break
        if not group and (len(gap) > 10 or re.search(r"[。；;]", gap)):
            break
        group.append((a, b))
    return group


def _trailing_group(s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    group: list[tuple[int, int]] = []
    for a, b in reversed(spans):
        if group and not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", s[b : group[0][0]]):
            break
        group.insert(0, (a, b))
    return group


def span_ending(day: Period) -> Period:
    """The year-to-date period that ends on a quarter's last day (else the day itself)."""
    end = day.end
    if (end.month, end.day) in ((3, 31), (6, 30), (9, 30), (12, 31)):
        return Period.ytd(end.year, end.month // 3)
    return day


def table_cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _bare_cells(
    row: str, offset: int, amounts, header: list[str], caption: str = "", footnote=None
) -> list:
    """Numbers printed bare in a table's cells (197.40) whose unit the row label, the column
    header (营业收入（亿元）, Revenue (mn yuan)), the corner cell (RMB mn) or the caption before
    the table (（单位：亿元）, (RMB bn)) gives, as (start, end, Amount) like ``find_amounts``."""
    cells = list(re.finditer(r"(?<=\|)([^|]*)(?=\|)", row))
    if not cells:
        return []
    row_unit = unit_suffix(cells[0].group())
    table_unit = (unit_suffix(header[0]) if header else None) or unit_suffix(caption) or footnote
    if PER_SHARE_ROW.search(cells[0].group()):
        # Diluted EPS (US$) in a table in US$ m: a per-share figure takes no scale
        cur = ROW_CURRENCY.search(cells[0].group())
        word = cur.group(1).lower() if cur else (table_unit or row_unit or "").split(" ")[-1]
        # (a Chinese unit with its scale, 亿美元: the currency is its end)
        word = next((c for c in ("美元", "港元", "元") if word.endswith(c)), word)
        word = CURRENCY_WORDS.get(word, word)
        row_unit = table_unit = f" {word}" if word in ("yuan", "USD", "HKD") else None
    taken = [(a - offset, b - offset) for a, b, _ in amounts]
    out = []
    for column, cell in enumerate(cells[1:], start=1):
        text = cell.group().strip()
        dollars = _DOLLAR_CELL.fullmatch(text)
        if not dollars and not _BARE_NUMBER.fullmatch(text):
            continue
        head = unit_suffix(header[column]) if column < len(header) else None
        unit = head or row_unit or table_unit
        if unit is None or (dollars and not unit.endswith(" USD")):
            continue
        start = cell.start() + cell.group().index(text)
        end = start + len(text)
        # ($4,261 in a table in dollars in millions: the cell's dollar sign, the table's scale;
        # the amount read without it gives way, see ``_table_row``)
        if not dollars and any(a < end and b > start for a, b in taken):
            continue
        number = dollars.group(1) if dollars else text
        amount = parse_amount(number.replace(",", "") + unit)
        out.append((offset + start, offset + end, replace(amount, printed=text)))
    return out


def _column_metrics(lex, header: list[str]) -> dict:
    """column → the metric its header names (Revenue (mn yuan), 毛利率); a change column (YoY,
    同比) takes the metric column to its left."""
    out: dict = {}
    last = None
    for column, title in enumerate(header[1:], start=1):
        found = lex.metrics_re.search(title)
        if found:
            last = lex.metric(found.group())
            out[column] = last
        elif last is not None and _CHANGE_HEAD.search(title):
            out[column] = last
        else:
            last = None
    return out


def _caption(norm: str, offset: int) -> str:
    """The line before the table that ``offset`` (a row's start) is in: its caption, which may
    print the unit (主要财务指标（单位：亿元）, Figure 1: results summary (RMB mn))."""
    lines = norm[:offset].split("\n")
    while lines and (TABLE_ROW.match(lines[-1]) or not lines[-1].strip()):
        lines.pop()
    return lines[-1][-120:] if lines else ""


@cache
def has_ascii_segment(segments: tuple[str, ...]) -> bool:
    """Whether a company's segments include English names (asked for every claim)."""
    return any(x.isascii() for x in segments)


# the words before "revenue" (Licence updates and product support revenue rose 6.2%)
# (a line of fees too: Performance fees for "Investment advisory performance fees")
_BEFORE_REVENUE = re.compile(r"((?:[A-Za-z&'’-]+\s+){1,6}?)(revenues?|sales|fees)\b")


# …or after it (revenue from franchisees, sales at company-operated restaurants)
# (revenue from owned, leased and consolidated joint-venture hotels: a line's commas too)
_AFTER_REVENUE = re.compile(
    r"\b(?:revenues?|sales)\s+(?:from|at|by|of)\s+((?:[A-Za-z&'’-]+,?\s+){0,6}[A-Za-z&'’-]+)",
    re.I,
)


def _lines_before_revenue(s: str, segments: tuple[str, ...]) -> list[tuple[int, str]]:
    """The company's revenue lines named in fewer or other words than the filing's around
    "revenue" (New licence revenue → New software licenses, revenue from franchisees →
    Revenues from franchised restaurants), the longest words that name one."""
    out = []
    for m in _BEFORE_REVENUE.finditer(s):
        words = m.group(1).split()
        # (the noun is a line's word too: revenue and sales are fillers, fees are not)
        noun = " fees" if m.group(2) == "fees" else ""
        for k in range(len(words)):
            found = segment_by_words(" ".join(words[k:]) + noun, segments)
            if found:
                out.append((m.start(1) + m.group(1).index(words[k]), found))
                break
    for m in _AFTER_REVENUE.finditer(s):
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            found = segment_by_words(" ".join(words[:k]), segments)
            if found:
                out.append((m.start(), found))
                break
    return out


# two or more capitalised words in a row (BlackRock Solutions, Online Stores)
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z&'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][A-Za-z&'’-]*)+")


def _capitalised_lines(s: str, segments: tuple[str, ...]) -> list[tuple[int, str]]:
    """The company's lines named by two or more capitalised words that hold only words of the
    line's name (BlackRock Solutions: "BlackRock Solutions and advisory")."""
    out = []
    for m in _CAPITALISED.finditer(s):
        found = segment_by_words(m.group(), segments)
        if found and found.lower() != m.group().lower():
            out.append((m.start(), found))
    return out


@cache
def _rendered_segments_re(segments: tuple[str, ...]) -> re.Pattern | None:
    """The Chinese renderings (``[segments.zh_to_en]``, three characters or more: 服务 is in
    服务器) of the company's English segments, or None when it has none."""
    names = sorted(
        (zh for zh in zh_to_en() if len(zh) >= 3 and segment_in_store(zh, segments) != zh),
        key=len,
        reverse=True,
    )
    return re.compile("|".join(map(re.escape, names))) if names else None


@cache
def _worded_segments_re(segments: tuple[str, ...]) -> re.Pattern | None:
    """The company's English segments rendered word by word (天然气运输、储存及加工 for
    "Transportation, storage and processing of natural gas", line_words.toml), of two words or
    more, or None when none has a rendering."""
    words = [p for p in (rendering(x) for x in segments if x.isascii()) if p]
    return re.compile("|".join(words)) if words else None


@cache
def _ascii_segments_re(segments: tuple[str, ...]) -> re.Pattern:
    names = sorted((x for x in segments if x.isascii()), key=len, reverse=True)
    # "Net sales and revenues" (Deere, Caterpillar) is the total line's name, not the "Net sales"
    # segment and a word more
    return re.compile(
        r"(?<![A-Za-z])(?:"
        + "|".join(map(re.escape, names))
        + r")(?![A-Za-z])(?!\s+and\s+(?:other\s+)?revenues?\b)",
        re.I,
    )


def has_currency(printed: str) -> bool:
    return bool(_CURRENCY.search(printed))


def _in_basis_points(amount: Amount) -> bool:
    printed = amount.printed.lower()
    return "基点" in printed or "basis" in printed or "bp" in printed


def journalist_precision(amount: Amount) -> Decimal:
    """A round amount of three digits or more ("230亿", "2000亿美元") is rounded to its
    trailing zeros; rates ("30%") and short numbers ("10亿") keep their last digit."""
    digits = _NOT_DIGIT.sub("", amount.printed.replace(",", ""))
    if (
        amount.unit == "pp"
        and digits.endswith("0")
        and digits.strip("0")
        and _in_basis_points(amount)
    ):
        # basis points ending in 0 (+540bp, 下降30个基点) are rounded to tens: 5.42pp is +540bp
        return max(amount.precision, Decimal("0.05"))
    if not digits or "." in digits or len(digits) < 3 or amount.unit in ("%", "pp", "times"):
        return amount.precision
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0 or zeros == len(digits):
        return amount.precision
    return amount.precision * Decimal(10) ** zeros


@cache
def balances() -> frozenset[str]:
    """Concepts that are balances at a date (资产负债表), not flows over a period."""
    out = set()
    for cid, c in accounts().items():
        timing = getattr(c, "timing", None)
        if timing == "instant" or (timing is None and c.statement == "balance"):
            out.add(cid)
    return frozenset(out | {"debt_ratio"} | instant_concepts())


class Structures:
    """Enumerations, segments and tables, for ``extract._Extractor``."""

    def _table_row(
        self, row: str, offset: int, amounts, header: list[str], caption: str | None = None
    ) -> None:
        """One data row of a Markdown table: the first cell names the metric (or a segment),
        each column header its period (2024年) or its measure (同比增减). ``caption``: the line
        before the table, when ``offset`` does not find it (a plain table's row)."""
        row_cells = table_cells(row)
        if not row_cells:
            return
        label = row_cells[0]
        first = re.match(r"\s*\|\s*", row)
        label_start = offset + first.end() if first and label.strip() else None
        found = [m for m in self.lex.metrics_re.finditer(label)]
        line = None
        if found and self.segments and has_ascii_segment(self.segments):
            # a row named as one of the company's lines is that line, a metric word inside its
            # name notwithstanding (Investment banking: no investment)
            named = label.strip()
            if found[-1].group().lower() != named.lower():
                line = segment_by_words(named, self.segments)
                found = [] if line else found
        row_word = self.lex.metric(found[-1].group()) if found else None
        if row_word and row_word.concept == "dividend_cash" and PER_SHARE_ROW.search(label):
            row_word = self.lex.metric("dividend per share")  # | Dividend declared ($/sh) | 0.18
        share = as_share_of(self.lex, label, 0, len(label)) if len(found) > 1 else None
        if share is not None:
            # | SG&A as % of revenues | 12.7% |: the row is the ratio of its two metrics
            row_word = MetricWord(label[share[0] : share[1]], share[2], None, "ratio", False)
        segment = None
        part = _PART_ROW.match(label) if found and line is None and self.segments else None
        if part and has_ascii_segment(self.segments):
            # | 其中：销售额（亿美元） |: a part of the total row above it, the company's line the
            # Chinese name renders (Sales), under the row's metric
            said = _ROW_UNIT.sub("", label[part.end() :]).strip().removesuffix("额")
            named = segment_in_store(said, self.segments)
            segment = named if named != said else None
        if found and segment is None and line is None and has_ascii_segment(self.segments):
            # | Manufacturing group long-term debt | 3,354 |: a segment the store has, named
            # before the row's metric
            said = label[: found[-1].start()].strip().lower()
            segment = next((x for x in self.segments if x.lower() == said), None)
        # (| Q1 (Sep) | 23.20 | 0.54 |: a row of one period, its columns the metrics)
        by_row = None if found else row_period(label, self.reference, self.default)
        if row_word is None and by_row is not None:
            head = self.lex.metrics_re.search(header[0]) if header else None
            row_word = self.lex.metric(head.group() if head else "营业收入")
        elif row_word is None:
            segment = line or self._clean_segment(label.strip())
            if segment and self.segments and has_ascii_segment(self.segments):
                segment = segment_in_store(segment, self.segments)  # New software licences
            head = self.lex.metrics_re.search(header[0]) if header else None
            row_word = self.lex.metric(head.group()) if head else self.lex.metric("营业收入")
        # a row that names a segment takes its metric from the column (Revenue | YoY | Gross
        # margin): a column header naming a metric, or the metric column to a change column's left
        columns = _column_metrics(self.lex, header) if found == [] else {}
        bounds = [m.start() for m in re.finditer(r"\|", row)]
        # the period a table's corner names (| 指标（2024年第三季度） | 金额 | 同比 |) is every
        # column's that names none
        corner = column_period(header[0], self.reference, self.default)[0] if header else None
        caption = _caption(self.t.norm, offset) if caption is None else caption
        extra = _bare_cells(
            row, offset, amounts, header, caption, footnote_unit(self.t.norm, offset)
        )
        amounts = [a for a in amounts if not any(a[0] < e[1] and a[1] > e[0] for e in extra)]
        amounts = sorted(amounts + extra, key=lambda x: x[0])
        for a_start, a_end, amount in amounts:
            column = sum(1 for x in bounds if x < a_start - offset) - 1
            title = header[column] if 0 <= column < len(header) else ""
            word = columns.get(column, row_word)
            period, estimate = column_period(title, self.reference, self.default)
            period = year_of_corner(period, title, corner) or by_row
            if period is not None and _VERSUS_HEAD.match(title):
                period = None  # vs Q2 2008: the base; the change is of the column to its left
            if _ALTERNATIVES.search(title):
                period = self._alternative_period(title, word.concept) or period
            if period is None:
                period = (
                    self._column_changed(header, column, word.concept) or corner or self.default
                )
            value, unit, measure = amount.value, amount.unit, VALUE
            if unit == "%" and (self.lex.change_re.search(title) or _CHANGE_HEAD.search(title)):
                measure = CHANGE_PCT
            elif unit == "pp":
                measure = CHANGE_PP
            elif unit == "CNY" and word.kind == "count" and not has_currency(amount.printed):
                unit = "count"
            if word.concept in balances() and period is not None and not period.is_instant:
                period = period.end_instant()
            # a level's quote starts at the row's label, which names it (Net earnings | 3,435,
            # Net earnings | 3,435 | 2,087); a change's is its cell, after the figures it compares
            quote_start = label_start if measure == VALUE and label_start is not None else a_start
            o_start, o_end = self.t.original_span(quote_start, a_end)
            self.claims.append(
                Claim(
                    o_start,
                    o_end,
                    self.t.original[o_start:o_end],
                    self.company,
                    word.concept,
                    None if word.whole_company else segment,
                    None if period is None else str(period),
                    measure,
                    value,
                    unit,
                    journalist_precision(amount),
                    None,
                    amount.scale,
                    word.text,
                    amount.printed,
                    estimate,  # a 2023E column: a forecast
                )  # fmt: skip
            )

    def _alternative_period(self, title: str, concept: str | None) -> Period | None:
        """A header naming a span and a date (2024年前三季度/9月末, 上年同期/年初): flows take
        the span, balances the date."""
        parts = [
            column_period(x, self.reference, self.default)[0] for x in _ALTERNATIVES.split(title)
        ]
        instant = concept in balances()
        return next((p for p in parts if p is not None and p.is_instant == instant), None)

    def _column_changed(
        self, header: list[str], column: int, concept: str | None = None
    ) -> Period | None:
        """The period a change column without one (同比) is about: the nearest period column to
        its left (前三季度 | 同比 | 第三季度 | 同比), unless that one is the base of a later period
        further left (2025年上半年 | 2024年上半年 | 同比增减)."""
        found = []
        corner = column_period(header[0], self.reference, self.default)[0] if header else None
        for left in range(min(column, len(header)) - 1, 0, -1):
            p, _estimate = column_period(header[left], self.reference, self.default)
            p = year_of_corner(p, header[left], corner)
            if _ALTERNATIVES.search(header[left]):
                p = self._alternative_period(header[left], concept) or p
            if p is not None:
                found.append(p)
                if len(found) == 2:
                    break
        if not found:
            return None
        if len(found) == 2 and found[1].end > found[0].end:
            return found[1]
        return found[0]

    def _segments(self, s: str) -> list[tuple[int, str]]:
        """(position, printed segment name) for the segments a sentence names."""
        out = []
        # each pattern runs only where its key word occurs (they are costly at every position)
        suffixed = self.lex.segment_re.finditer(s) if _SEGMENT_WORD.search(s) else ()
        for m in suffixed:
            name = m.group("name")
            if m.group()[len(name) :].startswith("业务"):
                name += "业务"  # 智慧教育业务 is how reports print it too
            name = self._clean_segment(name)
            if name:
                out.append((m.start(), name))
        subject_words = "收入" in s or "营收" in s or "销售额" in s
        for m in _SUBJECT_CLAUSE.finditer(s) if subject_words else ():
            words = list(self.lex.metrics_re.finditer(s, m.start(), m.end()))
            whole = False
            if words and words[-1].end() == m.end() and words[-1].start() < m.end("name"):
                if self.lex.metric(words[-1].group()).concept != "revenue":
                    continue  # 保费收入, 利息收入: a line of its own (premiums), not a segment's
                # (销售收入：42.44亿美元 opening a line: the revenue word whole, a segment's name
                # only where the store has that segment: IBM's Sales)
                whole = words[-1].start() <= m.start("name")
            name = self._clean_segment(m.group("name"))
            stored = self.segments or ()
            if whole and name and segment_in_store(name, stored) not in stored:
                continue
            if name and not any(abs(pos - m.start()) < len(name) + 4 for pos, _ in out):
                out.append((m.start(), name))
        for m in _BRACKETED_EN_SEGMENT.finditer(s) if "（" in s or "(" in s else ():
            out.append((m.start(1), m.group(1)))
        english = "business" in s or "segment" in s or "division" in s
        for m in _SEGMENT_EN.finditer(s) if english else ():
            name = m.group(1).strip()
            if name.lower().split()[0] not in _NOT_SEGMENTS_EN:
                out.append((m.start(), name))
        for m in _PRODUCTS_EN.finditer(s) if "products" in s or "drugs" in s else ():
            out.append((m.start(), m.group(1).strip()))
        for m in _CONTRIBUTING_EN.finditer(s) if s.isascii() else ():
            name = m.group(1).strip()
            if name.lower().split()[0] not in _NOT_SEGMENTS_EN | {"its", "the", "their", "our"}:
                out.append((m.start(), name))
        if s.isascii():
            # the lexicon's English business lines (pharmaceutical distribution, hotel)
            out += [
                (m.start(), m.group())
                for m in english_segments_re().finditer(s)
                if not any(pos <= m.start() < pos + len(name) + 12 for pos, name in out)
            ]
        if self.segments_re is not None:
            out += [(m.start(), m.group()) for m in self.segments_re.finditer(s)]
        if self.segments and has_ascii_segment(self.segments):
            # a US company's segments: English ones in any case (services revenue), Chinese
            # renderings (大中华区) read as the store names them
            exact = [(m.start(), m.group()) for m in _ascii_segments_re(self.segments).finditer(s)]
            out += exact
            if s.isascii() and ("evenue" in s or "ales" in s or "fees" in s):
                # words inside a line's name printed in full (revenues from services in GECS
                # revenues from services) name that line, not another the words would fit
                out += [
                    (pos, name)
                    for pos, name in _lines_before_revenue(s, self.segments)
                    if not any(a <= pos < a + len(x) and x != name for a, x in exact)
                ]
            if s.isascii():
                # a line named by its capitalised words, fewer than the filing's (BlackRock
                # Solutions for "BlackRock Solutions and advisory")
                out += [
                    (pos, name)
                    for pos, name in _capitalised_lines(s, self.segments)
                    if not any(a <= pos < a + len(x) for a, x in exact)
                ]
            rendered = _rendered_segments_re(self.segments) if not s.isascii() else None
            if rendered is not None:  # 会员费及其他收入, 新软件许可证收入: no suffix names them
                spans = [(m.start(), m.end(), m.group()) for m in rendered.finditer(s)]
                # (a name read inside a longer rendering is its tail: 费用及其他 of
                # 佣金、费用及其他收入, a list's 、 ending the name the clause read)
                out = [(p, n) for p, n in out if not any(a < p < b for a, b, _ in spans)]
                out += [(a, name) for a, _, name in spans]
            worded = _worded_segments_re(self.segments) if "、" in s else None
            for m in worded.finditer(s) if worded is not None else ():
                # a name found by its suffix after an enumeration comma, inside a segment's name
                # rendered word by word, is a part of it (储存及加工业务 of 天然气运输、储存及加工业务)
                inside = [(p, n) for p, n in out if m.start() < p < m.end()]
                if inside and "、" in m.group():
                    out = [x for x in out if x not in inside] + [(m.start(), m.group())]
            out = [(pos, segment_in_store(name, self.segments)) for pos, name in out]
        return sorted(set(out))

    def _clean_segment(self, name: str) -> str | None:
        name = _LEADING_NOISE.sub("", name)
        # drop company names and period words inside the phrase
        name = self.lex.companies_re.sub("", name)
        for company in self.company_names:
            name = name.replace(company, "")
        for _a, _b, phrase in find_periods(name) if _PERIODISH.search(name) else ():
            name = name.replace(phrase, "")
        name = _TRAILING_NOISE.sub("", _LEADING_NOISE.sub("", name)).strip()
        if name.startswith(_DEALT_WITH):
            # 剥离承保业务的一次性收益: a business sold or bought, not a segment's figure
            return None
        if name.startswith("占") or self.lex.metrics_re.search(name) or _NOT_A_NAME.search(name):
            return None  # 占营业收入的比重, 研发投入占营业收入比例: a ratio, not a segment
        core = name.removesuffix("业务")
        if len(core) < 2 or core in self.lex.not_segments or _NOT_A_SEGMENT_CORE.search(core):
            return None
        if self.lex.metrics_re.fullmatch(core) or self.lex.change_re.search(core):
            return None
        # a word that is not a segment with at most one character more (core starts with it and
        # is at most one longer: it is core or core[:-1]), looked up instead of scanning the list
        if core[:-1] in self.lex.not_segments:
            return None
        return name

    def _lists(self, s, spans, metrics, periods) -> dict[int, tuple]:
        """分别 lists: number start → ("metric", mention) | ("segment", name) | ("period", P)."""
        out: dict[int, tuple] = {}
        earlier: list | None = None  # the sentence's last enumeration (metrics, segments…)
        listed = "分别" in s or "respectively" in s  # (the pattern's two words: a cheap test)
        for fm in _RESPECTIVELY.finditer(s) if listed else ():
            pos = fm.start()
            if fm.group() == "respectively":
                group = _trailing_group(s, [sp for sp in spans if sp[1] <= pos])
                if group:
                    pos = group[0][0]  # the enumeration comes before the figures in English
            else:
                group = _leading_group(s, [sp for sp in spans if sp[0] > pos], pos)
            n = len(group)
            if n < 2:
                continue
            changes = bool(_CHANGE_LEAD.search(s, 0, pos) or _CHANGE_AFTER.match(s, fm.end()))
            if earlier is not None and len(earlier) == n and changes:
                # A和B分别为x和y，同比分别增长p和q: the second list is about the same metrics
                enum = earlier
            else:
                enum = None
                if changes:
                    enum = _paired_run(s, metrics, [sp for sp in spans if sp[1] <= pos], pos, n)
                if enum is None:
                    enum = self._enumeration(s, pos, n, metrics, periods)
            if enum is None:
                continue
            # (上述两大业务收入分别为x和y，同比分别下降p和q: the changes are those segments' too)
            earlier = enum
            for (a, _b), item in zip(group, enum, strict=False):
                out[a] = (*item, group[0])
        return out

    def _enumeration(self, s, pos, n, metrics, periods):
        before = [m for m in metrics if m.end <= pos]
        run = _run(s, before, pos)
        if len(run) == n:
            return [("metric", m) for m in run]
        years = _YEAR_RANGE.search(s[:pos])
        if years and int(years.group(2)) - int(years.group(1)) + 1 == n:
            # 2022年至2024年，营收分别为a、b、c
            return [
                ("period", Period.fy(y))
                for y in range(int(years.group(1)), int(years.group(2)) + 1)
            ]  # noqa: E501
        pers = [p for p in periods if p[1] <= pos]
        prun = _run(s, [_Span(p[0], p[1], p[2]) for p in pers], pos)
        if len(prun) != n:
            prun = _leading_periods(s, pers, pos)
        if len(prun) == n:
            resolved = [resolve_phrase(p.word, self.reference, self.default) for p in prun]
            if all(resolved):
                return [("period", p) for p in resolved]
        texts = [s[:pos]]
        if _POINTER.search(s[:pos]):
            texts += list(reversed(self.sentences[-3:]))
        for text in texts:
            for m in reversed(list(_ENUM.finditer(text))):
                items = re.split(r"\s*[、和及与]\s*", m.group())
                if len(items) != n:
                    continue
                items[0] = _LEADING_NOISE.sub(
                    "", self.lex.companies_re.sub("", _ENUM_FIRST_CUT.sub("", items[0]))
                )
                items[-1] = _ENUM_LAST_CUT.sub("", items[-1])
                items[-1] = _TRAILING_METRIC.sub("", items[-1])
                if all(2 <= len(i) <= 12 for i in items) and not any(
                    self.lex.metrics_re.fullmatch(i) for i in items
                ):
                    return [("segment", i) for i in items]
        return None
