"""Which period phrases of a sentence set the period discussed, and which are bases.

Takes: a sentence, its period phrases (``period_phrases.find_periods``), the numbers in it and the
period in force. Gives: ``PhraseRoles._update_period`` — the period a sentence without numbers
sets (not an event's time, a relative period or periods named together); ``_base_phrases`` —
which phrases are bases or comparisons (较2023年, 上年同期, a year earlier, from the end of 2024,
a compared figure's period, a charge's date). A mixin of the extractor, under
``sentence_periods.PeriodReading``; the patterns are ``period_cues``.
"""

from __future__ import annotations

from .clauses import CLAUSE_SEP
from .compared_periods import COMPARED as _COMPARED
from .compared_periods import EN_BASE_GAP as _EN_BASE_GAP
from .figure_periods import _ends_english
from .mentions import ReadingState
from .period_cues import (
    _ANY_RANGE,
    _APPOSED_END,
    _ASIDE,
    _BASE,
    _BETWEEN_FIGURE_AND_PERIOD,
    _BOOKED_BEFORE,
    _CHANGE_ON,
    _EN_BASE_BEFORE,
    _EN_FROM_FIGURE,
    _EVENT_ASIDE,
    _EVENT_CLAUSE_BEFORE,
    _EVENT_YEAR_ASIDE,
    _FROM_IN_NAME,
    _FULL_YEAR_ADJ,
    _OPENING,
    _OPENS_SENTENCE,
    _OR_APPOSED,
    _PAST_ONLY,
    _PERIODS_JOINED,
    _PRIOR_YEAR,
    _RELATIVE,
    _THEN_COMPARED,
    _WITH_BEFORE,
    _YEAR_JOINED,
    _ZH_FROM_LEVEL,
    _ZH_THEN_TO,
)
from .period_phrases import OPENING_EN, resolve_phrase


class PhraseRoles:
    """Roles of a sentence's period phrases, for ``sentence_periods.PeriodReading``."""

    def _update_period(self, start: int, end: int, state: ReadingState) -> None:
        within = self._within("periods", start, end)
        if not within:
            return
        s = self.t.norm[start:end]
        # (the sale of a hotel, completed at the end of January, which lifted the first
        # quarter: an event's date and a relative clause's period are not the period discussed)
        asides = list(_EVENT_ASIDE.finditer(s)) if "," in s else []
        # (land bought in 2020 and 2021: periods named together are a span of the story's
        # background, not the one period discussed next)
        listed: set[int] = set()
        for i, (_a, b, _p) in enumerate(within):
            if _YEAR_JOINED.match(s, b):
                listed.add(i)
            if i + 1 < len(within) and _PERIODS_JOINED.fullmatch(s, b, within[i + 1][0]):
                listed |= {i, i + 1}
        for i, (a, b, phrase) in enumerate(within):
            if i in listed:
                continue
            if (
                _RELATIVE.search(phrase)
                # (last year's figure was flattered by…: a possessive names what it dates)
                or s[b : b + 2] in ("'s", "’s")
                or _PRIOR_YEAR.fullmatch(phrase)
                or phrase in _OPENING
                or OPENING_EN.fullmatch(phrase)
            ):
                continue  # 上年同期确认了…收益 (no figure): the period discussed stays
            if any(m.start() < a < m.end() for m in asides):
                continue
            if s[b : b + 1] == "," and _EVENT_YEAR_ASIDE.search(s, max(0, a - 140), a):
                continue  # (the firm, spun off from X in 2005, said…: the event's year)
            # (a sentence without figures: a short look back before each of its few phrases)
            if _EVENT_CLAUSE_BEFORE.search(s, max(0, a - 60), a):
                continue
            p = resolve_phrase(phrase, self.reference, state.period)
            now = state.period
            if (
                p is not None
                and now is not None
                and not now.is_instant
                and p == now.prior_year()
                and not _OPENS_SENTENCE.fullmatch(s, 0, a)
            ):
                # (a 2025H1 article blaming a tough comparison: in the first half of 2024 it booked
                # a gain on a sale): the year-ago period named inside a sentence to explain a
                # change, as 上年同期 is, not the one discussed; leading one, it frames the next
                continue
            if p is not None and phrase != "同期":
                state.period = p

    def _base_phrases(self, s: str, periods, amounts, offset: int) -> list[bool]:
        """For each period phrase of a sentence, whether it is a base (较2023年) or a same-period
        phrase (上年同期): it names the period of the number right after it and never becomes the
        period being discussed."""
        asides = list(_ASIDE.finditer(s)) if "," in s else []
        return [
            bool(_BASE.search(s, max(0, p_start - 6), p_start))
            or bool(_EN_BASE_GAP.match(phrase))  # from end-2020: a base by its own word
            or bool(_RELATIVE.search(phrase))
            or bool(_PRIOR_YEAR.fullmatch(phrase))
            or phrase in _OPENING
            or bool(OPENING_EN.fullmatch(phrase))
            # (the English patterns below end on a space or a letter: a cheap test first)
            or (
                s[p_start - 1 : p_start].isspace()
                and bool(_ANY_RANGE.search(s, max(0, p_start - 30), p_start))
            )
            # (the full-year loss of RMB 49.5 billion: the adjective dates its own figure)
            or bool(_FULL_YEAR_ADJ.fullmatch(phrase))
            # the first quarter's 1.43 billion yuan, last year's first half: the possessive
            # names that figure's own period, not the one discussed
            or s[p_end : p_end + 2] in ("'s", "’s")
            # (2021: 9.78%): a bracket's year names the figure in it, not the period discussed
            or (s[p_start - 1 : p_start] in ("(", "（") and s[p_end : p_end + 1] in (":", "："))
            or (
                _ends_english(s, p_start)
                and bool(_EN_BASE_BEFORE.search(s, max(0, p_start - 30), p_start))
            )
            # (as recently as 2021: that figure's year only, the period discussed stays)
            or bool(_PAST_ONLY.match(phrase))
            or (
                s[p_start - 1 : p_start].isspace()
                and bool(_CHANGE_ON.search(s, max(0, p_start - 20), p_start))
            )
            or any(m.start() < p_start < m.end() for m in asides)
            or self._dates_a_charge(s, p_start, p_end, amounts, offset)
            or self._names_compared_figure(s, p_start, amounts, offset)
            or bool(
                _WITH_BEFORE.search(s, max(0, p_start - 2), p_start)
                and _THEN_COMPARED.match(s, p_end)
            )
            # 由2022年的9.48%降至4.91%: the year of the figure a change starts from
            or bool(
                s[p_start - 1 : p_start] in ("从", "由")
                and (_ZH_THEN_TO.match(s, p_end) or _ZH_FROM_LEVEL.match(s, p_end))
            )
            for p_start, p_end, phrase in periods
        ]

    @staticmethod
    def _dates_a_charge(s: str, p_start: int, p_end: int, amounts, offset: int) -> bool:
        """A period phrase after a participle, in a clause of no figure (the picture is less
        flattering, thanks to restructuring charges booked in the first quarter: net earnings
        fell 12%) dates what the participle tells of, not the figures of the clauses after."""
        if not s[p_start - 1 : p_start].isspace() or not _BOOKED_BEFORE.search(
            s, max(0, p_start - 24), p_start
        ):
            return False
        start = max((m.end() for m in CLAUSE_SEP.finditer(s, 0, p_start)), default=0)
        end = CLAUSE_SEP.search(s, p_end)
        end = end.start() if end else len(s)
        return not any(start <= x - offset < end for x, _y, _ in amounts)

    @staticmethod
    def _names_compared_figure(s: str, p_start: int, amounts, offset: int) -> bool:
        """A period phrase right after a compared figure (versus Rmb21.5mn in 1H22, compared
        with a profit of X in 2023) names that figure's period, not the sentence's."""
        before = [(x - offset, y - offset) for x, y, _ in amounts if y - offset <= p_start]
        if not before:
            return False
        a, b = before[-1]
        i = len(before) - 1
        while i > 0 and _OR_APPOSED.fullmatch(s, before[i - 1][1], before[i][0]):
            # (versus net income of $946m, or $1.26, in 2Q08: the period after the per-share
            # apposition is the compared figure's, the comparison word before the one apposed)
            i -= 1
        end = _APPOSED_END.match(s, b) if i < len(before) - 1 else None
        if not _BETWEEN_FIGURE_AND_PERIOD.fullmatch(s, end.end() if end else b, p_start):
            return False
        a = before[i][0]
        clause = max((m.end() for m in CLAUSE_SEP.finditer(s, 0, a)), default=0)
        # (…to a profit of X in 2024 from a loss of Y in 2023: "from" after the figure before)
        gap = max([clause] + [y - offset for _x, y, _ in amounts if y - offset <= a])
        return bool(
            _COMPARED.search(s, clause, a)
            or _BASE.search(s, clause, a)
            or any(not _FROM_IN_NAME.match(s, m.start()) for m in _EN_BASE_GAP.finditer(s, gap, a))
            or _EN_FROM_FIGURE.search(s, clause, a)
        )
