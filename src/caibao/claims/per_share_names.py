"""What a metric word named before a number becomes: a ratio, a figure per share.

Takes: the sentence, the number's place and clause, the metric mentions (``Mention``) and the
``Amount``; the metric word ``metric_words.MetricWords._metric_word`` found. Gives:
``PerShareNames._metric_named``: that word, or the metric it names said another way (the ratio of
X to Y named before the number, ``_ratio_named``; EPS, diluted or basic, from a profit word said
per share; book value per share from equity; dividend per share and per 10 shares from a payout),
and it keeps in the ``ReadingState`` the profit a figure per share is of. A mixin of
``attribution.Attribution``.
"""

from __future__ import annotations

from ..scan import LATIN as _LATIN
from .attribution_cues import (
    _CENTS_ANY,
    _CURRENCIES,
    _DILUTED_AFTER,
    _DILUTED_BEFORE,
    _DILUTED_WORD,
    _EQUITIES,
    _FOR_EACH_SHARE,
    _FROM_A_SUM,
    _ON_BASE,
    _PAIRED_PER_SHARE,
    _PAYOUTS,
    _PER_SHARE_AFTER,
    _PER_SHARE_AFTER_ANY,
    _PER_SHARE_BEFORE,
    _PER_SHARE_ZH,
    _PROFITS,
    _RATIO_OF,
    _RATIO_TO,
    _TO_CENTS,
    _TO_PER_SHARE,
)
from .lexicon import MetricWord as _Word
from .measures import (
    PER_N_AFTER,
    ratio_of,
)
from .mentions import Mention, ReadingState
from .ratio_names import as_share_of, fronted_share_of


class PerShareNames:
    """The metric a named word becomes (a ratio, per share), for ``attribution.Attribution``."""

    def _metric_named(self, s, a, b, clause, metrics, subjects, amount, state: ReadingState):
        mention, own = self._metric_word(s, a, b, clause, metrics, subjects, amount, state)
        if mention is None:
            return mention, own
        if amount.unit in _CURRENCIES and _ON_BASE.search(s, max(0, a - 16), a):
            # preferred dividends, mostly on the $25 billion the Treasury injected: the sum a
            # metric is paid on is not that metric
            return None, own
        if mention.word.kind == "per_share":
            profits = [m for m in subjects if m.end <= a and m.word.concept in _PROFITS]
            state.profit_behind_per_share = profits[-1] if profits else None
        else:
            state.profit_behind_per_share = None
        ratio = self._ratio_named(s, clause, a)
        if ratio is not None:
            return ratio, True
        if mention.word.concept == "eps_basic" and (
            _DILUTED_AFTER.match(s, b) or _DILUTED_BEFORE.search(s, min(clause, mention.start), a)
        ):
            eps = _Word(mention.word.text, "eps_diluted", None, "per_share", True)
            return Mention(mention.start, mention.end, eps), own
        after = _PER_SHARE_AFTER.match(s, b)
        if mention.word.concept in _PAYOUTS and PER_N_AFTER.match(s, b):
            per10 = _Word(
                mention.word.text, _PAYOUTS[mention.word.concept], None, "per_share", True
            )
            return Mention(mention.start, mention.end, per10), own
        per_share = after or (
            _PER_SHARE_BEFORE.search(s, 0, a)
            if s.find("每股", 0, a) >= 0 or _LATIN.search(s, 0, a)
            else None
        )
        if (
            not per_share
            and amount.unit in _CURRENCIES
            and not amount.scale
            and amount.value < 100
            and _PAIRED_PER_SHARE.search(s, max(0, a - 80), a)
        ):
            # …, or 66 cents a share, up 7.2% from $1.20 billion, or 71 cents; 98 cents a share
            # from $1.14: the year before's figure per share, said like the one before it
            per_share = _PAIRED_PER_SHARE.search(s, max(0, a - 80), a)
            after = _PER_SHARE_AFTER.search(s, per_share.start(), a)
        if amount.unit == "%" and not per_share:
            # earnings were unchanged at $1.85 a share, rose 5% to 42 cents a share, the dividend
            # was raised by a third to 50 cents a share: the change of the figure per share after it
            to = _TO_PER_SHARE.match(s, b)
            after = to and _PER_SHARE_AFTER.match(s, to.end())
            per_share = after
        if (
            mention.word.concept in _EQUITIES
            and amount.unit in _CURRENCIES
            and not amount.scale
            and (after or _FOR_EACH_SHARE.match(s, b))
        ):
            # equity of $4.93 billion, or $7.24 for each of the 680 million shares outstanding
            # ($7.24 a share): the book value per share
            bps = _Word(mention.word.text, "bps", None, "per_share", True)
            return Mention(mention.start, mention.end, bps), own
        if (
            per_share
            and mention.word.concept
            in ("np_parent", "np_common", "np_continuing", "np_before_extraordinary")
            and amount.unit in (*_CURRENCIES, "%")
            # (down from $278 million, or $0.78 per diluted share: millions are no figure per
            # share, whatever per-share words come before)
            and not (amount.unit in _CURRENCIES and amount.scale not in ("", "元") and not after)
            # (earned $1.27 billion, or $2.59 per share, down 5 percent from $1.34 billion: a
            # change from a sum in billions is the profit's, not the figure per share's)
            and not (amount.unit == "%" and not after and _FROM_A_SUM.match(s, b))
        ):
            # the profit word stays (its sign: lost is negative), the concept is EPS
            # (98 cents a share on a diluted basis; diluted earnings were 1.85 a share; what is
            # left for the common shareholders, or 12 cents a share: EPS is that profit's)
            diluted = (
                (after and (after.group("diluted") or _DILUTED_AFTER.match(s, after.end())))
                or _DILUTED_BEFORE.search(s, min(clause, mention.start), a)
                or _DILUTED_WORD.search(s, max(0, mention.start - 12), mention.start)
            )
            concept = "eps_diluted" if diluted else "eps_basic"
            eps = _Word(mention.word.text, concept, None, "per_share", True)
            state.profit_behind_per_share = mention
            return Mention(mention.start, mention.end, eps), own
        # (paid dividends of 68 cents a share: the dividends paid, said per share)
        if mention.word.concept in ("dividend_cash", "kpi_dividends_paid") and (
            (amount.unit in _CURRENCIES and (after or (not amount.scale and amount.value < 100)))
            or (amount.unit == "%" and after)
            # a dividend of 10 cents a share, against 31 cents, a cut of two-thirds: the change
            # of the dividend the clause before gave per share
            # (cut its dividend to 5 cents from 42.5 cents, a reduction of 88%: levels in cents
            # are per share too)
            or (
                amount.unit == "%"
                and mention.end <= a
                and (
                    _PER_SHARE_AFTER_ANY.search(s, mention.end, a) is not None
                    or _CENTS_ANY.search(s, mention.end, a) is not None
                    or (
                        s.find("每股", max(0, mention.start - 8), a) >= 0
                        and _PER_SHARE_ZH.search(s, max(0, mention.start - 8), a) is not None
                    )
                )
            )
            # the dividend was slashed 84% to 5 cents: the change of the level per share it reached
            or (amount.unit == "%" and _TO_CENTS.match(s, b) is not None)
        ):
            # 49 cents a share, a $0.10 quarterly dividend: a dividend without a scale is per
            # share (a company's total is printed in millions)
            dps = _Word(mention.word.text, "dividend_per_share", None, "per_share", True)
            return Mention(mention.start, mention.end, dps), own
        return mention, own

    def _ratio_named(self, s: str, clause: int, a: int) -> Mention | None:
        """The ratio of X to Y named before the number in its clause, as a rate (X / Y × 100);
        so is X as a percentage of Y (a table's row: SG&A as % of revenues)."""
        named = as_share_of(self.lex, s, clause, a) or fronted_share_of(self.lex, s, clause, a)
        if named is not None:
            start, end, concept = named
            return Mention(start, end, _Word(s[start:end], concept, None, "ratio", False))
        if not _LATIN.search(s, clause, a):
            return None  # ("ratio of" is English)
        for r in _RATIO_OF.finditer(s, clause, a):
            first = self.lex.metrics_re.match(s, r.end())
            to = first and _RATIO_TO.match(s, first.end())
            second = to and self.lex.metrics_re.match(s, to.end())
            if not second or second.end() > a:
                continue
            x, y = (self.lex.metric(m.group()).concept for m in (first, second))
            concept = ratio_of(x, y)
            if concept is not None:
                word = _Word(s[r.start() : second.end()], concept, None, "ratio", False)
                return Mention(r.start(), second.end(), word)
        return None
