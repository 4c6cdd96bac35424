"""Forecasts: whether a figure of an article is a target, guidance or consensus rather than a
reported figure (目标/预计/有望, expects, guidance, consensus, 2009E; the 1.2 billion yuan analysts had
expected), which the reports neither support nor contradict.

Takes: a sentence, the number's clause start and span, the metric mention read for it. Gives:
``is_forecast``. ``extract`` asks it for every figure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..scan import FOLDED_LETTERS, LATIN

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .mentions import Mention

# (each of these begins with a look-ahead of its words' first characters: positions no word starts
# at are skipped at one test each instead of one per word)
_FORECAST = re.compile(
    r"(?=[目预有计将指一展力争gtefpocas12])"
    r"(?:目标|预计|预期|预测|有望|计划|将达|将实现|指引|一致预期|展望|力争|争取|"
    # an analyst's estimate year (2009E EPS, FY10E, 2Q10E): a figure to come
    r"(?<![\w.])(?:(?:19|20)\d{2}|FY\s?\d{2}|[1-4]Q\d{2}|[12]H\d{2})E(?![\w.])|"
    # (English words whole: "sees" is not the end of franchisees)
    r"(?<![A-Za-z])(?:guidance|targets?|expects?|"
    r"expected|forecasts?|projected|projections?|outlook|projects\s*$|projects\s+(?:that|its|the|a|an|full|annual|"
    r"revenue|sales|profit|earnings|net|growth)\b|consensus|estimates?|anticipated?|"
    r"sees\s+|predicted|goal|aims?\s+(?:to|for)|aiming|ambition|plans?\s+to|planning\s+to))",
    re.I,
)
# words that compare an actual with a forecast (超预期, beat estimates) or name a booked item
# (预计负债: a provision) or a standing plan (养老金计划), and so do not make a figure a forecast
_NOT_FORECAST = re.compile(
    r"(?=[超好高低不符略大预养退福持激basimt])(?:(?:超|超出|超过|好于|高于|低于|不及|符合|略超|大超)预期|预计负债|"
    # a standing plan named as a noun (向养老金计划缴款: paid into the pension plan)
    r"(?:养老金|退休金|退休|福利|持股|激励)计划|"
    r"\b(?:beat(?:ing|s)?|above|below|ahead\s+of|short\s+of|in\s+line\s+with|missed|missing|topp?(?:ed|ing))"
    r"\s+(?:the\s+)?(?:analysts'?\s+|market\s+)?(?:consensus\s+)?(?:expectations?|estimates?|forecasts?)"
    r"|than\s+(?:analysts\s+had\s+|had\s+been\s+)?(?:expected|forecast|estimated|anticipated))",
    re.I,
)
# a figure followed by who expected it: the 1.2 billion yuan analysts had expected
_FORECAST_AFTER = re.compile(
    # a figure then "expected" (Revenue: $9.82 billion vs. $9.77 billion expected)
    r"\s+(?:expected|estimated|forecast)\b|"
    r"\s*(?:that\s+|which\s+)?(?:analysts?|economists?|the\s+market|investors)(?:\s+polled\s+by\s+\w+)?"
    r"\s+(?:had\s+|have\s+)?(?:expected|forecast|estimated|predicted|projected|anticipated)"
    r"|\s*(?:的)?(?:市场)?(?:一致)?预期"
    # the 0.9 billion yuan consensus estimate, the 1.2 billion yuan average forecast of analysts
    r"|\s+(?:average\s+|mean\s+|median\s+|consensus\s+)+(?:analysts?'?\s+)?"
    r"(?:estimates?|forecasts?|expectations?)\b"
    # the consensus named after its figure: "ahead of the $0.66 consensus", "the $0.62 Street
    # consensus"
    r"|\s+(?:(?:Wall\s+)?Street\s+|analysts'?\s+|market\s+)?consensus\b",
    re.I,
)
# a clause that only says who forecasts leads the next one: 公司预计，2025年营收…
_FORECAST_LEAD = re.compile(
    # (the verb after who forecasts: "the group sold projects, and…" is no forecast)
    r"(?:预计|预期|预测|估计|展望)\s*[，,：:]\s*$|(?:\b(?:it|we|they|company|group|firm|management|"
    r"analysts?|executives?)|\b[A-Z][\w.]*)\s+(?:expects?|forecasts?|predicts?|projects?)"
    r"(?:\s+that)?\s*[,:]\s*$"
    # a label before the figure: "(consensus: $2.12)", "Street estimate: 33 cents"
    r"|\b(?:consensus|estimates?|forecasts?|guidance|outlook)\s*[:：]\s*$",
    re.I,
)

# who expected a figure, then an aside before it: "Analysts polled by Thomson Reuters had
# expected, on average, earnings of 25 cents per share" (tried only after "average,")
_AVERAGE_LEAD = re.compile(
    r"\b(?:expected|forecast|estimated|projected|predicted|anticipated)\s*,\s*on\s+average\s*,\s*$",
    re.I,
)
# an estimate by people outside the company opening the clause before the figure's (据业内人士
# 测算，X一季度贡献营收约19亿元): theirs, not the reports' (a reporter's own 测算 is not)
_OTHERS_ESTIMATE_LEAD = re.compile(
    r"据(?:业内人士|业内|行业人士|市场人士|分析人士|分析师|券商|机构|研究机构|第三方机构?)[^，。；,;]{0,8}?"
    r"(?:测算|估算|估计|推算)\s*[，,：:]\s*$"
)

# every word of _FORECAST holds one of these characters (a Chinese cue or a Latin letter, with
# the four non-ASCII letters re.I folds onto ASCII ones: İ ı ſ K); most Chinese clauses hold none,
# and the two substitutions and searches are skipped at one fast scan
_FORECAST_CUE = re.compile(f"[目预有计将指展力争A-Za-z{FOLDED_LETTERS}]")
# every word of _FORECAST_LEAD holds one of these (预计 预期 预测 估计 展望, or an English verb)
_LEAD_CUE = re.compile(f"[预估展A-Za-z{FOLDED_LETTERS}]")
# what _FORECAST_AFTER can start with bar a space: 的 市场 一致 预期, or an English word
_AFTER_FIRST = "的市一预"


def is_forecast(
    s: str, clause: int, a: int, b: int, mention: Mention | None, names: Sequence = ()
) -> bool:
    """A target or forecast: 目标/预计/有望/expects… in the number's clause before it, or
    who expected it right after it (the 1.2 billion yuan analysts had expected). Scoped to
    the clause: 营收增长10%，预计明年… does not make the 10% a forecast. ``names`` are the
    spans (start, end, …) of the companies the sentence names: a company's name is no cue
    (Target said revenue rose…)."""
    start = clause
    for x, y, *_rest in names:
        if x < a and y > clause - 12:
            s = s[:x] + " " * (y - x) + s[y:]
    if mention is not None and mention.start < clause and mention.start >= clause - 8:
        start = max(0, mention.start - 4)  # 预计净利润，将达…: the lead before the metric
    # before the metric, 计划 is as often a noun (a plan, a product's name) as a verb
    lead = mention.start if mention is not None and start <= mention.start < a else start
    if _FORECAST_CUE.search(s, start, a) is not None:
        pre = _NOT_FORECAST.sub(" ", s[start:lead]).replace("计划", " ")
        if _FORECAST.search(pre) or _FORECAST.search(_NOT_FORECAST.sub(" ", s[lead:a])):
            return True
    lead_from = max(0, clause - 12)
    if _LEAD_CUE.search(s, lead_from, clause) and _FORECAST_LEAD.search(s, lead_from, clause):
        return True  # 公司预计，2025年营收将… / The company expects that, in 2025, …
    estimate = "算" in s[max(0, clause - 4) : clause] or "估计" in s[max(0, clause - 5) : clause]
    if estimate and _OTHERS_ESTIMATE_LEAD.search(s, max(0, clause - 24), clause):
        return True
    if "average," in s[max(0, clause - 10) : clause] and _AVERAGE_LEAD.search(
        s, max(0, clause - 40), clause
    ):
        return True
    c = s[b : b + 1]
    if not (c.isspace() or c in _AFTER_FIRST or LATIN.match(c)):
        return False  # (no word of _FORECAST_AFTER starts here: a cheap test first)
    after = _FORECAST_AFTER.match(s, b)
    return after is not None and not _NOT_FORECAST.match(s, b)
