"""What a figure's clause speaks of beyond its metric word: its subject.

Takes: the sentence, the number's place and clause, the company and segment mentions.
Gives: the subject company (``Subjects._subject_of``), a business segment standing as the subject
(``_segment_subject``, ``_segment_named``, ``_us_segments_before``), and whether the clause names
something else so no metric carries over (``_names_something_else``, ``_part_of_whole``,
``_unknown_noun_between``). A mixin of ``attribution.Attribution``.
"""

from __future__ import annotations

import re

from ..numbers import Amount
from .attribution_cues import (
    _AMOUNT,
    _ASIDE,
    _BACK_NOUN,
    _BOUGHT_BEFORE,
    _COMMA_ASIDE,
    _COMPARES_BACK,
    _CURRENCIES,
    _DIGIT,
    _EVENT_AFTER,
    _EVENT_BEFORE,
    _EVENT_TIME,
    _EVENT_WORDS,
    _FILLER,
    _GENERIC_SEGMENTS,
    _LETTER,
    _LOSS_ONLY,
    _OPEN_ASIDE,
    _PART_OF,
    _UNKNOWN_NOUN,
    _UNKNOWN_NOUN_WORD,
    _in_reason_clause,
)
from .clauses import CONTRAST
from .lexicon import MetricWord as _Word
from .measures import CHANGE_NOUN_OF
from .mentions import Mention
from .structures import _ascii_segments_re, has_ascii_segment

# a word of an English name as printed (advisory fees for the store's "Investment advisory fees")
_NAME_WORD = re.compile(r"\s*([A-Za-z][A-Za-z&'’-]*)")


def _printed_end(s: str, pos: int, name: str) -> int:
    """Where a segment's name printed at ``pos`` ends: the store's name where it is printed in
    full, else the run of its words there (advisory fees rose: not past "rose", as the store's
    longer name would reach)."""
    if not name.isascii() or s[pos : pos + len(name)].lower() == name.lower():
        return pos + len(name)
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z&'’-]*", name)}
    end = pos
    while (m := _NAME_WORD.match(s, end)) and m.group(1).lower() in words:
        end = m.end()
    return end if end > pos else pos + len(name)


# a figure's parts named after it (…, of which Financial Services contributed …)
_OF_WHICH = re.compile(r"[,;(]\s*(?:of\s+which|of\s+that|of\s+this)\b", re.I)

# the word right after a segment's name that makes its figure the segment's total assets
# a segment's name inside "pre-tax … income" (pre-tax automotive income)
_PRETAX_BEFORE = re.compile(r"\bpre-?tax\s+$", re.I)
_PRETAX_AFTER = re.compile(r"\s+(?:income|profit|earnings|loss)\b", re.I)
_ASSETS_AFTER = re.compile(r"(?:['’]s)?\s+((?:total\s+)?assets)\b(?!\s+(?:of|in)\b)", re.I)

# a rate at a position (19%, 3.5 percent)
_RATE_AT = re.compile(r"[\d.,]+\s*(?:%|percent\b|per\s*cent\b)", re.I)
# who says the figures before, then a dash and a noun of them (…a year earlier, according to its
# annual report published on Friday — a 274 per cent improvement): the source names no thing
_SOURCE_THEN_DASH = re.compile(
    r"\s*(?:according\s+to\s+[^—–]{1,80}?|(?:the\s+)?[A-Za-z]+\s+(?:said|says|reported|showed))"
    r"\s*(?:—|–|--)",
    re.I,
)


class Subjects:
    """Subject of a number and what its clause names, for ``attribution.Attribution``."""

    def _us_segments_before(self, s: str, a: int) -> list[tuple[int, int]]:
        """Spans of the company's English segments named, capitalised, in the sentence before
        ``a`` (Online stores, Third-party seller services, The International segment)."""
        names = getattr(self, "segments", ())
        if not names or not has_ascii_segment(names):
            return []
        return [
            m.span()
            for m in _ascii_segments_re(names).finditer(s, 0, a)
            if m.group()[:1].isupper() and m.group().lower() not in _GENERIC_SEGMENTS
        ]

    def _segment_subject(self, s: str, clause: int, a: int, amount: Amount) -> Mention | None:
        """An English sentence whose subject is a business line and names no metric (The
        hospital-supplies business, which…, brought in 85 million yuan; Hotel operations more than
        doubled): segments report revenue, so the figure is that segment's revenue."""
        if not s.isascii() or amount.unit not in (*_CURRENCIES, "%", "times"):
            return None
        named = [
            (pos, name)
            for pos, name in self._segments(s)
            if pos < a and name.lower() not in _GENERIC_SEGMENTS
        ]
        if not named:
            return None
        pos, name = named[-1]
        if _OPEN_ASIDE.match(s, pos, a):
            # BlackRock Solutions, the arm the Fed hired to unwind the $29 billion portfolio,
            # …: a figure inside the apposition after the line's name is not the line's
            return None
        end = _printed_end(s, pos, name)
        return _pretax_profit(s, pos, end) or Mention(
            pos, end, _Word(name, "revenue", None, "amount", False)
        )

    @staticmethod
    def _segment_named(s, a, segments, subjects, amount: Amount) -> Mention | None:
        """A segment that is the sentence's subject with no metric word after it: its revenue
        (Third-party seller services grew 20% to $117.7 billion) or, said by a bare profit or
        loss verb, its operating income (The International segment lost $7.7 billion): segments
        report revenue and operating income."""
        start, end = segments[-1]
        later = [m for m in subjects if end <= m.start and m.end <= a]
        earlier = [m for m in subjects if m.end <= start] if not later and " of " in s else []
        if earlier and _OF_WHICH.search(s, earlier[-1].end, start):
            # Pre-tax income was $29.7 million, of which Financial Services contributed $15.6
            # million: the part of the figure before that the segment gave
            return earlier[-1]
        if not later:
            if amount.unit not in (*_CURRENCIES, "%"):
                return None
            pretax = _pretax_profit(s, start, end)
            if pretax:
                return pretax
            assets = _ASSETS_AFTER.match(s, end)
            if assets:
                # Financial Services assets were $8.82 billion: the segment's total assets
                word = _Word(assets.group(1), "total_assets", None, "amount", False)
                return Mention(assets.start(1), assets.end(1), word)
            return Mention(start, end, _Word(s[start:end], "revenue", None, "amount", False))
        verb = later[-1]
        if verb.word.text.lower() in _LOSS_ONLY | {"profit"}:
            word = _Word(verb.word.text, "operating_profit", None, "amount", False)
            return Mention(verb.start, verb.end, word)
        return None

    def _names_something_else(self, s: str, clause: int, a: int, periods) -> bool:
        """Whether the clause before a number names a thing of its own (more than filler, period
        and change words), so the metric of an earlier clause does not carry over to it."""
        if self._part_of_whole(s, a):
            return False  # …, still ate up 57% of revenue: a part of revenue is the same subject
        text = s[clause:a]
        if " of " in text[-24:] and _RATE_AT.match(s, a):
            # (…from $1.53, a gain of 19%: the change of the figure before, named as a noun)
            text = CHANGE_NOUN_OF.sub("", text)
        back = _COMPARES_BACK.match(text)
        if back:
            text = " " * back.end() + text[back.end() :]  # (That compares with: no thing)
        # an aside between dashes (— which includes the App Store, Apple Music and iCloud —)
        # is skipped: what follows it goes on with the subject before it
        source = _SOURCE_THEN_DASH.match(text) if "—" in text or "-" in text else None
        if source:
            text = " " * source.end() + text[source.end() :]
        aside = max(text.rfind("—"), text.rfind(" -- "))
        if aside >= 0 and ("—" in s[:clause] or " -- " in s[:clause]):
            text = " " * (aside + 1) + text[aside + 1 :]
        for p_start, p_end, _phrase in periods:
            if clause <= p_start and p_end <= a:
                text = text.replace(s[p_start:p_end], "")
        if _DIGIT.search(text):
            text = _AMOUNT.sub(" ", text)  # 较年初的3.48亿元近乎腰斩: the base figure names nothing
        text = self.lex.change_re.sub("", text)
        text = self.lex.yoy_re.sub("", text)  # (down 22% year-over-year and 11% lower: no thing)
        text = self.lex.share_re.sub("", text)  # 占营业收入的比重: a denominator, not a thing
        text = self.lex.metrics_re.sub("", text)
        text = self.lex.qualifier_before_re.sub("", text)
        text = self.lex.companies_re.sub("", text)
        text = _FILLER.sub("", text)
        return len(_LETTER.findall(text)) > 2

    def _part_of_whole(self, s: str, a: int) -> bool:
        """Whether the number at ``a`` is a percentage or fraction of a metric named right after
        it (57% of revenue, three-quarters of sales, 107% of revenue)."""
        m = _PART_OF.match(s, a)
        return bool(m) and bool(self.lex.metrics_re.match(s, m.end()))

    def _unknown_noun_between(self, s, mention: Mention, clause: int, a: int) -> bool:
        if mention.start >= a:
            return False
        gap = s[max(mention.end, clause) : a]
        if mention.end <= clause:
            # 回购股票3.44亿美元，规模同比翻了一番: a clause opened by 规模 (这一数字) speaks of the
            # figure before it
            gap = _BACK_NOUN.sub("", gap)
        if not _UNKNOWN_NOUN_WORD.search(gap):
            return False
        # a metric the lexicon knows is not an unknown noun (占利润总额比重: 总额 of a known item)
        gap = self.lex.metrics_re.sub(" ", gap)
        return bool(_UNKNOWN_NOUN.search(gap))

    @staticmethod
    def _subject_of(s: str, a: int, clause: int, companies, company: str | None) -> str | None:
        """The last company named in the number's clause, else the first of the contrasting part
        it is in (…, while Acme, a rival, posted…), else the sentence's first (its grammatical
        subject: 科大讯飞和华为合作…，营收233亿元 is about 科大讯飞), else the article's."""
        in_sentence = [(pos, c) for pos, c in companies if pos < a]
        if in_sentence and (_ASIDE.search(s, 0, a) or _COMMA_ASIDE.search(s, 0, a)):
            # a name inside an aside closed before the figure (权益收益, from ventures (with
            # Schering-Plough and AstraZeneca), 5.87bn; Cash on hand, closely watched after the
            # defaults of Evergrande and smaller rivals, fell 8%) is not who the figure is about
            asides = [m.span() for m in _ASIDE.finditer(s, 0, a)]
            asides += [m.span() for m in _COMMA_ASIDE.finditer(s, 0, a)]
            in_sentence = [(p, c) for p, c in in_sentence if not any(x < p < y for x, y in asides)]
        if in_sentence and _EVENT_WORDS.search(s, 0, a):
            # 菲利普莫里斯国际（PMI）分拆前的利润, 对X的收购完成后: a company named for the time
            # of an event done to it is not who the figure is about
            in_sentence = [
                (p, c)
                for p, c in in_sentence
                if not _EVENT_TIME.match(s, p)
                and not (_EVENT_BEFORE.search(s, max(0, p - 3), p) and _EVENT_AFTER.match(s, p))
            ]
        if in_sentence and ("购" in s or "受让" in s):
            # (拟购买天士力4.18亿股股份，总交易价款为62.12亿元: the bought company is the deal's
            # object; the figures are the buyer's)
            in_sentence = [
                (p, c) for p, c in in_sentence if not _BOUGHT_BEFORE.search(s, max(0, p - 3), p)
            ]
        if not in_sentence:
            return company
        in_clause = [c for pos, c in in_sentence if clause <= pos]
        if in_clause:
            return in_clause[-1]
        # a name in a clause that gives a cause (主要系天士力纳入合并范围；…, due to Acme's
        # collapse) is no subject of the sentence's other clauses
        in_sentence = [(p, c) for p, c in in_sentence if not _in_reason_clause(s, p)]
        if not in_sentence:
            return company
        part = max((m.end() for m in CONTRAST.finditer(s, 0, a)), default=0)
        # a name opening what a colon introduces (Acme is hardly alone: Rival Corp said its
        # profit fell 66%) is the subject of that part
        part = max([part] + [p for p, _c in in_sentence if s[:p].rstrip().endswith((":", "："))])
        in_part = [c for pos, c in in_sentence if part <= pos]
        if part and in_part:
            return in_part[0]
        return in_sentence[0][1]


def _pretax_profit(s: str, start: int, end: int) -> Mention | None:
    """A segment's name at s[start:end] inside "pre-tax … income" (pre-tax automotive income
    improved by $8.4 billion): the segment's pre-tax profit, not its revenue."""
    if "tax" not in s[max(0, start - 9) : start] or not _PRETAX_BEFORE.search(s, 0, start):
        return None
    after = _PRETAX_AFTER.match(s, end)
    if after is None:
        return None
    return Mention(
        start, after.end(), _Word(s[start : after.end()], "total_profit", None, "amount", False)
    )
