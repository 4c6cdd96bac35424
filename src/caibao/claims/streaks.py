"""Streaks: a figure that moved the same way, or kept its sign, several years in a row.

Takes: an article's normalised text, the claims read from it, the lexicon. Gives: ``Claim``s of
measure ``streak_down`` / ``streak_up`` / ``streak_negative`` / ``streak_positive`` whose value is
the number of years (归母净利润已连续三年下滑 → np_parent streak_down 3, period the last year
discussed). ``claims.verify`` checks them year by year against the store. Wording is data
(``streaks.toml``); the grammar: 连续(第)N年 + direction (Chinese), direction + in each of the
past N years / for N straight years / N years in a row (English); the metric is the last metric
word before the phrase in its sentence; the period is the year of the last claim before it.
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from functools import cache
from importlib import resources

from ..periods import Period
from .lexicon import Lexicon
from .model import STREAKS, Claim
from .text import Text

STREAK_MEASURES = STREAKS


@cache
def _toml() -> dict:
    """``streaks.toml``, read once."""
    return tomllib.loads(
        resources.files(__package__).joinpath("streaks.toml").read_text(encoding="utf-8")
    )


@cache
def _data() -> tuple[
    dict[str, str],
    dict[str, int],
    re.Pattern,
    re.Pattern,
    re.Pattern,
    re.Pattern,
    tuple[re.Pattern, re.Pattern],
]:
    data = _toml()
    directions = {w.lower(): k for k, ws in data["directions"].items() for w in ws}
    numbers = {k.lower(): int(v) for k, v in data["numbers"].items()}
    words = "|".join(re.escape(w) for w in sorted(directions, key=len, reverse=True))
    zh_n = r"[一两二三四五六七八九十\d]+"
    en_n = r"(?:\d+|" + "|".join(k for k in numbers if k.isascii()) + ")"
    zh = re.compile(
        # (连续两个季度亏损: a streak of quarters, each its own sign)
        rf"连续(?P<nth>第)?(?P<n>{zh_n})(?:个)?(?:(?P<zq>季度?)|年|个?会计年度)(?:度)?"
        # (连续15年经营现金流为正: the metric between the years and the direction)
        rf"(?P<mid>[\u4e00-\u9fff]{{0,10}}?)"
        rf"(?:出现|实现|保持|录得|持续)?(?P<dir>{words})"
    )
    en = re.compile(
        rf"\b(?P<dir>{words})\b[^.;,]{{0,30}}?\b(?:(?:in|for|over)\s+(?:each\s+of\s+)?(?:the\s+)?"
        rf"(?:past|last)\s+(?P<n>{en_n})\s+years"
        rf"|(?:for\s+(?:a|the)\s+)?(?P<n2>{en_n}(?:st|nd|rd|th)?)\s+"
        rf"(?:straight|consecutive|successive)\s+years?"
        # (declined for two years running: the same as in a row)
        rf"|(?P<n3>{en_n})\s+years\s+(?:in\s+a\s+row|running))\b",
        re.I,
    )
    # the third straight year of growth, the 14th consecutive year in positive territory, a
    # second straight year of double-digit top-line growth (an ordinal: that year and the ones
    # before it)
    nouns = {w.lower(): k for k, ws in data["nouns"].items() for w in ws}
    directions.update(nouns)
    noun_words = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True))
    ordinal = r"(?:\d+(?:st|nd|rd|th)|" + "|".join(k for k in numbers if k.isascii()) + ")"
    nth = re.compile(
        rf"\b(?:the\s+|a\s+)?(?P<n>{ordinal})\s+(?:straight|consecutive|successive)\s+"
        # (the second consecutive annual decline: the year as an adjective)
        # (a quarter's: the third consecutive quarter of year-on-year profit growth)
        rf"(?:(?P<span>year|quarter)\s+(?:of\s+(?:[A-Za-z-]+\s+){{0,2}}|in\s+)"
        rf"|(?:annual|yearly|year-on-year)\s+"
        # (the second straight quarterly decline: the quarter as an adjective)
        rf"|(?P<qspan>quarterly)\s+(?:(?:sales|revenue|profit|earnings)\s+)?)"
        rf"(?P<dir>{noun_words})\b",
        re.I,
    )
    # the first fall in revenue after two consecutive years of growth: a streak broken by the
    # year discussed, so it ended the year before
    broken = re.compile(
        rf"\bafter\s+(?:a\s+|the\s+)?(?P<n>{en_n}|{ordinal})\s+(?:straight|consecutive|successive)"
        rf"\s+years?\s+(?:of\s+(?:[A-Za-z-]+\s+){{0,2}}?|in\s+)(?P<dir>{noun_words})\b",
        re.I,
    )
    extremes = {w.lower(): k for k, ws in data.get("extremes", {}).items() for w in ws}
    directions.update(extremes)
    en_x = "|".join(re.escape(w) for w in extremes if w.isascii())
    zh_x = "|".join(re.escape(w) for w in extremes if not w.isascii())
    # (two patterns, not one with two branches: the Chinese one opens with a consumed class of
    # digits, so sre skips every other character in C instead of trying both branches at each;
    # its never-matching n and dir groups keep the English one's group names)
    extreme_en = re.compile(
        # the lowest in at least five years, its highest level in 10 years
        rf"\b(?P<dir>{en_x})\s+(?:level\s+|reading\s+|figure\s+)?(?:in|for)\s+"
        rf"(?:(?:at\s+least|more\s+than|over|almost|nearly|about)\s+)?(?P<n>{en_n})\s+years\b",
        re.I,
    )
    zh_digit = zh_n[:-1]  # (one character of a Chinese count, then the rest)
    extreme_zh = re.compile(
        # 五年来最低, 近十年新高, 创5年新低
        rf"(?P<zn>{zh_digit}{zh_digit}*)年(?:来|以来)?(?:的)?(?P<zdir>{zh_x})(?P<n>(?!))?(?P<dir>(?!))?"
    )
    extreme = (extreme_en, extreme_zh)
    return directions, numbers, zh, en, nth, broken, extreme


@cache
def _extreme_words() -> tuple[str, ...]:
    return tuple(w for ws in _toml().get("extremes", {}).values() for w in ws)


@cache
def _profit_words() -> dict[str, str]:
    """Direction words that name the metric too (盈利, profitable: the net profit)."""
    table = _toml().get("metric_words", {})
    return {w.lower(): concept for concept, ws in table.items() for w in ws}


def _number(text: str, numbers: dict[str, int]) -> int | None:
    if text.isdigit():
        return int(text)
    if text[:-2].isdigit() and text[-2:].lower() in ("st", "nd", "rd", "th"):
        return int(text[:-2])  # the 14th straight year
    if text in numbers:
        return numbers[text.lower()]
    if text.startswith("十") and len(text) == 2:  # 十五
        return 10 + numbers.get(text[1], 0)
    if len(text) >= 2 and text[-1] == "十":  # 二十
        return numbers.get(text[0], 0) * 10
    return numbers.get(text.lower())


def streak_claims(t: Text, company: str | None, claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """The streak claims of an article (see the module docstring)."""
    directions, numbers, zh, en, nth, broken, extreme = _data()
    profit_words = _profit_words()
    norm = t.norm
    out = []
    in_a_row = "straight" in norm or "consecutive" in norm or "successive" in norm
    ordinals = nth.finditer(norm) if in_a_row else ()
    ended = list(broken.finditer(norm)) if in_a_row and "after" in norm else []
    # (an English streak always counts its years: without the word, the wide scan is skipped)
    english = en.finditer(norm) if "year" in norm.lower() else ()
    # (the scan only where an extreme's word is written: most articles have none)
    extremes: list[re.Match] = []
    if any(w in norm for w in _extreme_words()):
        extreme_en, extreme_zh = extreme
        lowered = norm.lower()
        if any(w.isascii() and w.lower() in lowered for w in _extreme_words()):
            extremes += extreme_en.finditer(norm)
        extremes += extreme_zh.finditer(norm)
        extremes.sort(key=re.Match.start)
    for m in [*zh.finditer(norm), *english, *ordinals, *ended, *extremes]:
        groups = m.groupdict()
        n_text = m.group("n") or groups.get("n2") or groups.get("n3") or groups.get("zn") or ""
        n = _number(n_text, numbers)
        kind = directions.get((m.group("dir") or groups.get("zdir") or "").lower())
        if not n or kind is None:
            continue
        sentence_start = max(norm.rfind(ch, 0, m.start()) for ch in "。！？!?\n") + 1
        dot = norm.rfind(". ", sentence_start, m.start())
        sentence_start = dot + 2 if dot >= 0 else sentence_start
        mid = m.groupdict().get("mid")
        words = list(lex.metrics_re.finditer(norm, m.start("mid"), m.end("mid"))) if mid else []
        words = words or list(lex.metrics_re.finditer(norm, sentence_start, m.start()))
        named_after = (
            lex.metrics_re.match(norm, m.end() + 1) if norm[m.end() : m.end() + 1] == " " else None
        )
        if named_after is not None and kind in ("positive", "negative") and not mid:
            # the 15th consecutive year of positive operating cash flow: the sign's own metric
            words = [named_after]
        elif not words:
            # It was the second straight year of growth: revenue had jumped…: named after it
            end = min(
                (i for i in (norm.find(c, m.end()) for c in "。！？!?\n") if i >= 0),
                default=len(norm),
            )
            dot = norm.find(". ", m.end(), end)
            words = list(lex.metrics_re.finditer(norm, m.end(), dot if dot >= 0 else end))[:1]
        profit = None
        if (
            words
            and kind in ("positive", "negative")
            and _CLAUSE_BREAK.search(norm, words[-1].end(), m.start())
        ):
            # 营收暴跌65%，连续两个季度亏损: a sign word in a clause of its own names the profit,
            # not the metric of the clause before
            profit = profit_words.get(m.group("dir").lower())
            words = [] if profit else words
        if not words and kind in ("positive", "negative"):
            # 连续36年盈利, profitable for 20 straight years: the word names the profit itself
            profit = profit_words.get(m.group("dir").lower())
        if not words and profit is None:
            continue
        word = lex.metric(words[-1].group()) if words else None
        concept, named = (word.concept, word.text) if word else (profit, m.group("dir"))
        before = [
            c for c in claims if c.period and t.original_span(m.start(), m.end())[0] > c.start
        ]
        quarterly = (
            (groups.get("span") or "").lower() == "quarter"
            or bool(groups.get("zq"))
            or bool(groups.get("qspan"))
        )
        if quarterly:
            # the quarters run up to the quarter discussed, each against its year-before quarter
            last = before[-1].period if before else None
            period = last if last and Period.parse(last).is_single_quarter else None
            if period is None:
                continue
        else:
            period = _year_of(before[-1].period) if before else None
        if period is None:
            years = [_year_of(c.period) for c in claims if c.period]
            period = max((y for y in years if y), default=None)
        if not quarterly and _NOW.search(norm, max(sentence_start, m.start() - 24), m.start()):
            # have now fallen for three straight years, 已连续三年: up to the last year ended by
            # the latest period the article discusses (a half-year article: the year before)
            period = _last_full_year(claims) or period
        if period is not None and m in ended:
            period = str(Period.fy(int(period[:4]) - 1))  # broken by the year discussed
        since = _SINCE.search(norm, max(sentence_start, m.start() - 30), m.start())
        if since is not None:
            # 自2022年的5038亿元高点连续两年下滑, since its 2022 peak: the years after it
            period = str(Period.fy(int(since.group("y") or since.group("y2")) + n))
        own_end = named_after.end() if named_after is not None and words == [named_after] else 0
        start, end = t.original_span(m.start(), max(m.end(), own_end))
        out.append(
            Claim(
                start=start,
                end=end,
                quote=t.original[start:end],
                subject=company,
                concept=concept,
                segment=None,
                period=period,
                measure=f"streak_{kind}",
                value=Decimal(n),
                unit="count",
                precision=Decimal(0),
                words=named,
                printed=n_text,
            )
        )
    return out


# the year a streak started from (自2022年的高点, since its 2022 peak), right before the streak
_SINCE = re.compile(
    r"(?:自|从)\s*(?P<y>(?:19|20)\d\d)\s*年[^，,。；;！？]{0,20}$"
    r"|\b(?:since|from)\s+(?:its\s+|the\s+)?(?P<y2>(?:19|20)\d\d)\b[^,.;]{0,20}$",
    re.I,
)


_NOW = re.compile(r"\bnow\b|已经?|至今", re.I)
_CLAUSE_BREAK = re.compile(r"[，,；;]")


def _last_full_year(claims: list[Claim]) -> str | None:
    """The last calendar year ended by the end of the latest period the claims are about."""
    ends = []
    for c in claims:
        try:
            ends.append(Period.parse(c.period or "").end)
        except ValueError:
            continue
    if not ends:
        return None
    end = max(ends)
    return str(Period.fy(end.year if (end.month, end.day) == (12, 31) else end.year - 1))


def _year_of(period: str | None) -> str | None:
    """The financial year a period falls in (2024-12-31, 2024Q3 → 2024FY)."""
    try:
        p = Period.parse(period or "")
    except ValueError:
        return None
    return str(Period.fy(p.end.year))
