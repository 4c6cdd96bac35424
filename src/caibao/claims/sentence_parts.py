"""The parts of one sentence the sentence reader places each number in: its segments, clauses,
the segment a number is of, and the span of its claim.

Takes: the sentence, the company names and metric mentions found in it, and, for one number, its
place, clause, ``Amount``, metric mention and the list item it is (``_lists``). Gives:
``_sentence_segments`` (the segment names in it that are no company's name, no balance sheet
line's, no part of a rate's definition), ``_clause_starts`` (where its clauses start: a comma
inside a line's name or around an aside cuts none), ``_segment_of`` (the segment a number is of:
the last named before it, a unit or region pointed back to, none for a whole-company metric) and
``_claim_span`` (the figure with its qualifier, its metric's words and its sign words). A mixin of
``sentence_reader.SentenceReader``.
"""

from __future__ import annotations

from .attribution_cues import _COMMA_ASIDE
from .mentions import FigureReading
from .model import SHARE_PCT
from .sentence_cues import (
    _ADVERB_ASIDE,
    _FINANCE_ARM,
    _FLOWS,
    _LINE_CONCEPTS,
    _RATE_DEFINITION,
    _REGION_SALES,
    _REVENUE_LINE,
    _SIGN_NOUN_AFTER,
    _SIGN_VERB_BEFORE,
    _UNIT_ANAPHOR,
    _UNIT_APPOSED,
    _WORD_AFTER,
    _after_a_name,
    _aside_before,
    _clause_seps,
    _has_region,
    _inside_a_name,
)
from .structures import balances


class SentenceParts:
    """Segments, clauses and a claim's span in one sentence, for ``sentence_reader.SentenceReader``."""

    def _sentence_segments(self, s: str, named, metrics) -> list:
        """The segment names in a sentence, as (position, name)."""
        segs = self._segments(s)
        if segs and named:
            # a segment's name inside the company's (CVS Caremark, the Caremark segment's owner)
            # names the company, not the segment
            segs = [x for x in segs if not _inside_a_name(s, x, named)]
            # a name that starts with the company's (林肯国民总收入) is what is left after it
            cut = [(x, _after_a_name(s, x, named)) for x in segs]
            if any(n for _x, n in cut):
                segs = [
                    (s.find(x[1], x[0]) + n, rest) if n else x
                    for x, n in cut
                    if not n or (rest := self._clean_segment(x[1][n:]))
                ]
        if segs and metrics:
            # a segment's name inside a balance sheet line's (Premiums in premiums receivable)
            # is that line's name, not the segment
            # is that line's name, not the segment; so is one inside any metric's name after its
            # first word (Finance in "provision for losses on finance receivables")
            held = balances()
            lines = [
                (m.start - (m.word.concept in held), m.end) for m in metrics if m.end - m.start > 1
            ]
            segs = [x for x in segs if not any(a < x[0] < b for a, b in lines)]
        if segs and "/" in s:
            # the parts of a rate defined in brackets (医疗费用率（医疗费用/保费收入）) are no segments
            defined = [m.span() for m in _RATE_DEFINITION.finditer(s)]
            segs = [x for x in segs if not any(a <= x[0] < b for a, b in defined)]
        return segs

    @staticmethod
    def _clause_starts(s: str, segs) -> list[int]:
        """Where the sentence's clauses start."""
        clause_starts = [0] + [m.end() for m in _clause_seps(s).finditer(s)]
        if any("," in x[1] for x in segs):
            # a comma inside a line's name does not cut (revenue from owned, leased and
            # consolidated joint-venture hotels slid 36.5%: the filer's "Owned, leased and …")
            inside = [(x[0], x[0] + len(x[1]), x[1].lower()) for x in segs if "," in x[1]]
            clause_starts = [
                c
                for c in clause_starts
                if not any(
                    p < c < q and (w := _WORD_AFTER.match(s, c)) and f", {w[1].lower()}" in name
                    for p, q, name in inside
                )
            ]
        if len(clause_starts) > 2 and s.isascii():
            # (Financing activities, however, swung to a net outflow; Current liabilities, which
            # include customer deposits, fell by a fifth: an aside set off by commas cuts no
            # clause)
            asides = [m.span() for m in _ADVERB_ASIDE.finditer(s)]
            asides += [m.span() for m in _COMMA_ASIDE.finditer(s)]
            clause_starts = [c for c in clause_starts if not any(x < c <= y for x, y in asides)]
        return clause_starts

    def _names_metric_after(self, s: str, seg, concept) -> bool:
        """Whether a segment's name found at ``seg`` (start, name) is followed at once by a word
        of ``concept`` (Automotive cash and short-term investments)."""
        end = seg[0] + len(seg[1])
        if s[end : end + 1] != " " or s[seg[0] : end].lower() != seg[1].lower():
            return False
        found = self.lex.metrics_re.match(s, end + 1)
        word = self.lex.metric_words.get(found.group().lower()) if found else None
        return word is not None and word.concept == concept

    def _segment_of(self, s: str, a: int, clause: int, segs, resets, item, concept):
        """The segment the number at ``a`` is of, or None."""
        segment = None
        seg_before = [
            x
            for x in segs
            if x[0] < a
            # (医药工业整体毛利率: 整体 right after a segment's name is that segment as a whole)
            and not any(x[0] + len(x[1]) < r < a for r in resets)
            and (x[1] in self.segments or not _aside_before(s, x[0], a))
        ]
        if seg_before:
            segment = seg_before[-1][1]
        if item is not None and item[0] == "segment":
            segment = item[1]
        # (Automotive cash and short-term investments: a segment's name right before a whole-company
        # metric's word names that segment's figure, as a sector's balance sheet prints it)
        named_with = bool(seg_before) and self._names_metric_after(s, seg_before[-1], concept)
        if (concept in self.lex.whole_company and not named_with) or (
            segment and concept not in _LINE_CONCEPTS and _REVENUE_LINE.search(segment)
        ):
            # (a line of revenue — Net sales, Membership and other income — has no operating
            # profit of its own: 按净销售额计算…，运营利润58.82亿美元 is the company's)
            segment = None
        pointed = (
            _UNIT_ANAPHOR.search(s, clause, a)
            if segment is None and ("unit" in s or "division" in s)
            else None
        )
        if pointed is None and segment is None and concept == "revenue" and _has_region(s):
            # (International sales, hit by currency swings, fell 11 percent: the sales of a
            # region, a segment's, not the company's)
            pointed = _REGION_SALES.search(s, 0, a)
        if pointed is None and segment is None and ", its " in s:
            # (Hill's Pet Nutrition, its specialty pet-food arm, grew sales 2%: a unit named and
            # glossed as the company's, whose figure is that unit's)
            pointed = _UNIT_APPOSED.search(s, 0, a)
        if pointed is None and segment is None and " arm " in s:
            # (the finance arm earned $595 million before taxes: the company's finance segment,
            # where the store holds one — Financial Services, Financial Products)
            arm = _FINANCE_ARM.search(s, 0, a)
            finance = [x for x in self.segments if "financ" in x.lower()] if arm else []
            if len(finance) == 1:
                segment = finance[0]
        if pointed is not None and concept not in self.lex.whole_company:
            # (Spirits held up best; sales in that unit slipped about 6%: the unit named
            # before, not the company — its figure is that unit's, which the store may lack)
            segment = next(v for v in pointed.groupdict().values() if v)
        return segment

    @staticmethod
    def _claim_span(
        s: str,
        fig: FigureReading,
        from_clause: bool,
        starts: list[int],
        qualifier_span: tuple[int, int],
    ) -> tuple[int, int]:
        """Where the claim of the number ``fig`` read starts and ends in the sentence (``starts``:
        where the sentence's numbers start; ``qualifier_span``: its qualifier's words)."""
        a, b, clause, amount, item, measure, mention, concept = fig
        q_start, q_end = qualifier_span
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
        if concept in _FLOWS and mention is not None and mention.start > a and start == a:
            # repaid a net 36.8 billion yuan through financing activities: the verb before a
            # flow named after its figure gives its sign
            verb = _SIGN_VERB_BEFORE.search(s, max(0, a - 30), a)
            start = verb.start() if verb is not None else start
        return start, end
