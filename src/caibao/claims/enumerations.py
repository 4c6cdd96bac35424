"""Enumerations that 分别 / respectively pair with lists of figures, for ``extract._Extractor``
(through ``structures.Structures``): 营收和净利润分别为x和y (metrics), A、B两大业务分别… (segments),
2022年至2024年…分别为a、b、c (periods), 营收34.99亿元，净利润1.95亿元，同比分别下降p和q (each
metric said with its own figure), and a second list about the first one's items.

Takes a sentence, its number spans, metric mentions and period phrases (``Enumerations._lists``);
gives number start → ("metric", mention) | ("segment", name) | ("period", Period), with the
list's first span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..periods import Period
from .period_phrases import resolve_phrase
from .segment_names import _LEADING_NOISE

_RESPECTIVELY = re.compile(r"分别|respectively")


_CHANGE_LEAD = re.compile(r"(?:同比|环比|较上年(?:同期)?|比上年(?:同期)?)\s*$")
# 分别同比下降2.7%和增长7.1%: the comparison said right after 分别
_CHANGE_AFTER = re.compile(r"\s*(?:同比|环比|较上年(?:同期)?|比上年(?:同期)?)")
# (…下降2.7%和增长7.1%: each change of a list with its own direction)
_LIST_JOIN = re.compile(
    r"\s*[、,，和及与/]\s*"
    # (a verb only after 和/及/与/、: after a comma it opens a clause of its own, 增长5%)
    r"|\s*[、和及与]\s*(?:分别)?(?:增长|增加|上升|上涨|提高|提升|下降|下滑|下跌|减少|降低|回落)了?\s*"
)
_ENUM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+(?:\s*[、和及与]\s*[\u4e00-\u9fffA-Za-z0-9]+)+")
_ENUM_FIRST_CUT = re.compile(r".*[在对从于把将的是为，]")
_ENUM_LAST_CUT = re.compile(
    r"(?:业务板块|业务|板块|领域|方面|分部|上|等|均|都|分别|实现|的|三大|两大).*$"
)
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:至|到|-|—|~|～)\s*((?:19|20)\d{2})\s*年?")
# the last N years, up to the one discussed (回看近三年，营收分别为a、b、c; 过去3年)
_LAST_YEARS = re.compile(r"(?:近|过去|最近|前)([二两三四五六七八九\d])(?:个会计)?年")
_YEAR_COUNTS = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_TRAILING_METRIC = re.compile(r"(?:营业收入|营收|收入|销售额|净利润|利润)$")
_RUN_LEAD = re.compile(
    r"\s*(?:的|对应|同比|were|was|are|is|stood at|came in at|came to|reached|totall?ed"
    r"|amounted to)?\s*",
    re.I,
)
_RUN_JOIN = re.compile(r"\s*(?:[、和及与]|,|and|, and)\s*")
_POINTER = re.compile(r"上述|以上|前述|这[两三四五六几]|[两二三四五六七八九]大")


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
_PAIR_NAMED = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}$")
_PAIRED_TAIL = re.compile(r"\s*[，,]?\s*(?:同比|环比|较上年(?:同期)?|比上年(?:同期)?)\s*")


def _paired_run(s: str, metrics: list, before: list[tuple[int, int]], pos: int, n: int) -> list:
    """The metrics of "A x，B y，同比分别…p和q": the last ``n`` figures before ``pos``, each right
    after its own metric's name, joined by 、/，/和, then only 同比 before 分别 (else None)."""
    if len(before) < n or not _PAIRED_TAIL.fullmatch(s, before[-1][1], pos):
        return None
    run: list = []
    named: list = []  # (产品销售收入x，服务收入y: each metric after its segment's name)
    loose = False  # a metric's name not at once after the figure before it
    end = None
    for a, b in before[-n:]:
        m = next((m for m in reversed(metrics) if m.end <= a), None)
        if m is None or not _PAIR_GAP.fullmatch(s, m.end, a):
            return None
        seg = _PAIR_NAMED.search(s, 0 if end is None else end, m.start)
        if end is not None and not _PAIR_JOIN.fullmatch(s, end, m.start):
            if seg is None or not _PAIR_JOIN.fullmatch(s, end, seg.start()):
                return None
            loose = True
            named.append(("segment", seg.group()))
        elif end is None and seg is not None:
            named.append(("segment", seg.group()))
        run.append(("metric", m))
        end = b
    if len(named) == n == len({x for _, x in named}) and len({m.word.concept for _, m in run}) < 2:
        return named  # (the segments' figures of one metric: the changes are theirs)
    # (the first figure's words before its metric's name no segment alone: 公司实现营收x，…)
    return None if loose else run


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


# between two figures of an English list (… and just over $1 billion, respectively: the second's
# own bound after the "and")
_TRAILING_JOIN = re.compile(
    r"\s*(?:,|and|,\s*and)\s*(?:(?:just\s+|slightly\s+)?(?:over|under|about|nearly|almost"
    r"|roughly|around|more\s+than|less\s+than)\s+)?",
    re.I,
)


def _trailing_group(s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    group: list[tuple[int, int]] = []
    for a, b in reversed(spans):
        if group and not _TRAILING_JOIN.fullmatch(s, b, group[0][0]):
            break
        group.insert(0, (a, b))
    return group


class Enumerations:
    """分别 / respectively lists, for ``structures.Structures``."""

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
        last = _LAST_YEARS.search(s[:pos]) if "年" in s[:pos] else None
        count = last and (_YEAR_COUNTS.get(last.group(1)) or int(last.group(1)))
        if count == n and self.default is not None and self.default.kind == "FY":
            # 回看近三年，营收分别为a、b、c: the years up to the one discussed, oldest first
            end = self.default.year
            return [("period", Period.fy(y)) for y in range(end - n + 1, end + 1)]
        pers = [p for p in periods if p[1] <= pos]
        prun = _run(s, [_Span(p[0], p[1], p[2]) for p in pers], pos)
        if len(prun) != n:
            prun = _leading_periods(s, pers, pos)
        if len(prun) == n:
            resolved: list = []
            for p in prun:
                # (今年上半年和去年同期的…分别为x和y: a same period is the one listed before it)
                at = resolved[-1] if resolved and resolved[-1] and "同期" in p.word else None
                resolved.append(resolve_phrase(p.word, self.reference, at or self.default))
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
