"""Segment names in a sentence, for ``extract._Extractor`` (through ``structures.Structures``):
a business named by its suffix (智慧教育业务, the pharmaceutical segment), by the revenue it
earns (骨科类产品实现收入, sales of orthopaedic products), by its English name in brackets, by
the lexicon's business lines, and the company's own stored segments (``stored_segments``); and
the cleaning that drops what is no name (company names, period words, a ratio, a deal's verb).

Takes a sentence (``SegmentNames._segments``) or a candidate name (``_clean_segment``); gives
(position, segment name) pairs, or the cleaned name (None when it is no segment's).
"""

from __future__ import annotations

import re

from .lexicon import (
    english_segments_re,
    segment_in_store,
)
from .period_phrases import find_periods
from .stored_segments import (
    _ascii_segments_re,
    _capitalised_lines,
    _lines_before_revenue,
    _rendered_segments_re,
    _worded_segments_re,
    has_ascii_segment,
)

_NOT_A_SEGMENT_CORE = re.compile(r"\d|第|大$")


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
_SEGMENT_WORD = re.compile(r"业务|板块|分部|事业部|事业群|部门|segment|business|division")
_PERIODISH = re.compile(r"[0-9年季期半今去上本全同末底QH月]")
_SUBJECT_CLAUSE = re.compile(
    r"(?<![\d\u4e00-\u9fffA-Za-z])(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,13}?)"
    r"(?:实现|录得|取得|的)?"
    # (累计净销售额, 二季度的净销售额: 净 is the revenue word's, net sales, not the name's)
    r"净?(?:营业收入|营收|收入|销售收入|销售额)"
)
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
    # the legal or group word a company's English name ends with, left of a name run into the
    # Chinese (L-3 Communications Holdings二季度营收): no segment
    r"|^(?i:Holdings?|Group|Inc|Corp|Corporation|Co|Company|Companies|Ltd|Limited|PLC|LLC)$"
    # the writer's own reckoning before the figure (可以算出四季度单季营收, 由此推算): no name
    r"|算出|推算|测算|得出|可以|可知"
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


class SegmentNames:
    """Segment names in a sentence, for ``structures.Structures``."""

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
            words = name.lower().split()
            # (the engine of the business: a name ends in no article)
            if words[0] not in _NOT_SEGMENTS_EN and words[-1] not in ("the", "a", "an", "its"):
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
        if len(name.rpartition("的")[2]) >= 2:
            name = name.rpartition("的")[2]  # (服务制药客户的SAFC部门: what it serves, said first)
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
