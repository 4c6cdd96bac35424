"""Whole-text metric passes: the metric mentions found in an article, corrected or added to.

Each takes the normalised text and the metric ``Mention``s (sorted by start) and gives them back,
with a mention added where a phrase names a metric the lexicon's words miss (a wire headline's
"Net", a dividend said by "paid … a share", a majority holder's stake, a stake bought: 收购…51%股权),
replaced (the revenue after 扣除消费税后 is the revenue net of excise taxes) or dropped (sales
that are a margin's base, a verb right after another metric's name). ``extract`` runs them once
per article, before walking its sentences.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .lexicon import Lexicon
from .mentions import Mention
from .words import is_change_word

# a wire headline's "Net" before its verb of change (Fiscal 3Q Net Falls 27%, 2Q Net Rises 5%):
# net income, capitalised as a headline writes it; "net" in running text is no metric
_HEADLINE_NET = re.compile(r"(?<![A-Za-z])Net (?=([A-Z][a-z]+)\b)")


def with_headline_net(norm: str, title_end: int, lex: Lexicon, mentions: list) -> list:
    if not title_end or "Net " not in norm[:title_end]:
        return mentions
    added = []
    for m in _HEADLINE_NET.finditer(norm, 0, title_end):
        verb = m.group(1).lower()
        taken = any(x.start <= m.start() < x.end for x in mentions)
        # (2Q Net Halves, Net Doubles: a verb that says the change by itself)
        if not taken and (verb in lex.up_words or verb in lex.down_words or is_change_word(verb)):
            added.append(Mention(m.start(), m.start() + 3, lex.metric("net income")))
    return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions


# a clause opened by what is taken out of the revenue after it (扣除消费税后，公司二季度销售额为…)
_NET_OF_EXCISE = re.compile(r"(?:扣除|剔除)消费税(?:后|之后)[，,]?")
_EXCISE_REACH = 16  # characters from the clause's opening to the revenue's word


def with_net_of_excise(norm: str, lex: Lexicon, mentions: list) -> list:
    """The revenue named after "扣除消费税后" in its clause is the revenue net of excise taxes."""
    if "消费税" not in norm:
        return mentions
    net = lex.metric("扣除消费税后的收入")
    out = list(mentions)
    for m in _NET_OF_EXCISE.finditer(norm):
        for i, x in enumerate(out):
            if x.start < m.end() or x.start - m.end() > _EXCISE_REACH:
                continue
            between = norm[m.end() : x.start]
            if x.word.concept == "revenue" and not any(ch in between for ch in "。；;\n"):
                out[i] = Mention(x.start, x.end, net)
            break
    return out


# a payout said by its verb alone, per share (Textron paid 2 cents a share in the quarter, it
# pays 42.5 cents a share): the dividend, per share
_PAID_PER_SHARE = re.compile(
    r"\b(?:paid|pays|declared)\s+(?=(?:US)?\$?\s*\d[\d.]*\s*(?:cents?\s+)?(?:a|per)\s+share\b)",
    re.I,
)


def with_paid_per_share(norm: str, lex: Lexicon, mentions: list) -> list:
    if "share" not in norm or not ("paid" in norm or "pays" in norm or "declared" in norm):
        return mentions
    added = []
    for m in _PAID_PER_SHARE.finditer(norm):
        if not any(x.start <= m.start() < x.end for x in mentions):
            added.append(
                Mention(m.start(), m.start() + len(m.group().rstrip()), lex.metric("dividend"))
            )
    return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions


# a holder said to hold more than half of the company (China Resources Pharmaceutical Holdings
# held 63.02% of the company): whoever it is named as, it is the largest holder, whose stake the
# reports print first among the top ten
_HOLDS_MAJORITY = re.compile(
    r"\b(?:held|holds|owned|owns|controlled|controls)\s+(?=(?:about\s+|some\s+|nearly\s+|almost\s+)?"
    r"(\d{2}(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)\s+of\s+(?:the\s+(?:company|group)\b|its\s+shares\b"
    r"|the\s+(?:company|group)['’]s\s+shares\b))",
    re.I,
)


_MAJORITY_CUES = (
    "% of the company",
    "cent of the company",
    "% of the group",
    "cent of the group",
    "of its shares",
    "company's shares",
    "group's shares",
    "company’s shares",
)


def with_majority_holders(norm: str, lex: Lexicon, mentions: list) -> list:
    if not any(w in norm for w in _MAJORITY_CUES):
        return mentions
    added = []
    for m in _HOLDS_MAJORITY.finditer(norm):
        if Decimal(m.group(1)) <= 50 or any(x.start <= m.start() < x.end for x in mentions):
            continue
        word = lex.metric("controlling shareholder")
        added.append(Mention(m.start(), m.start() + len(m.group().rstrip()), word))
    return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions


# a stake bought, said as a share of another company's shares (购买其合计所持昆药集团28%的股份,
# 收购某公司51%股权): the deal's stake
_STAKE_BOUGHT = re.compile(
    r"(?:购买|收购|受让)[^，,。；;\d%]{0,30}?(?=\d{1,2}(?:\.\d{1,2})?%的?(?:股份|股权))"
)


def with_stakes_bought(norm: str, lex: Lexicon, mentions: list) -> list:
    if "%" not in norm or not ("购买" in norm or "收购" in norm or "受让" in norm):
        return mentions
    added = []
    for m in _STAKE_BOUGHT.finditer(norm):
        if not any(m.start() <= x.start < m.end() for x in mentions):
            added.append(Mention(m.start(), m.start() + 2, lex.metric("收购股权比例")))
    return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions


# the sales a margin is taken on, named by the segment they are of (the gross margin on
# manufacturing revenues came to 16.8%): the margin's base, not the metric of the figure (sales
# named by no segment the store has, "equipment sales", stay the metric they were)
_MARGIN_ON = re.compile(
    r"(?i:\bmargins?\s+(?:on|of)\s+(?:the\s+|its\s+)?((?:[A-Za-z-]+\s+){1,3}))$"
)


def without_margin_bases(norm: str, mentions: list, segments: tuple[str, ...]) -> list:
    if not segments or "margin" not in norm:
        return mentions
    names = {s.lower() for s in segments}
    out = []
    for x in mentions:
        base = x.word.concept is not None and x.word.concept.startswith(("revenue", "sales"))
        on = _MARGIN_ON.search(norm, max(0, x.start - 60), x.start) if base else None
        if on is None or on.group(1).strip().lower() not in names:
            out.append(x)
    return out


def without_metric_verbs(norm: str, lex: Lexicon, matches) -> list:
    """The metric words, less a verb among them (lost) right after another metric's name: gross
    margin lost 261bp is the margin's fall, not a net loss."""
    out: list = []
    for m in matches:
        if (
            out
            and m.group().lower() in lex.metric_verbs
            and not norm[out[-1].end() : m.start()].strip()
            and out[-1].end() < m.start()
        ):
            continue
        out.append(m)
    return out


# a profit verb whose figure is said before taxes (the finance arm earned $595 million before
# taxes, compared with a loss of $2.4 billion a year earlier): the pre-tax profit
_BEFORE_TAXES = re.compile(
    r"\b(?:earned|made|lost|earning|losing)\s+(?:(?:about|nearly|almost|roughly|some)\s+)?"
    r"(?:US)?\$\s?\d[\d.,]*\s*(?:billion|million|bn|mn|m)?\s+(?:before|pre-?)\s*tax(?:es)?\b",
    re.I,
)
# a compared figure's profit or loss word in the same sentence (compared with a loss of)
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|against|from)\s+(?:an?\s+)?$", re.I
)
_PROFIT_CONCEPTS = frozenset({"np_parent", "net_profit"})


def with_pretax_verbs(norm: str, lex: Lexicon, mentions: list) -> list:
    """A profit verb whose figure is followed by "before taxes" names the pre-tax profit, and so
    does a loss or profit word it is compared with later in its sentence."""
    if not (" before tax" in norm or "pre-tax" in norm or "pretax" in norm):
        return mentions  # (a cheap test first: the pattern's words, as running text writes them)
    pretax, pretax_loss = lex.metric("pre-tax income"), lex.metric("pre-tax loss")
    out = list(mentions)
    for m in _BEFORE_TAXES.finditer(norm):
        end = norm.find(".", m.end())
        end = len(norm) if end < 0 else end
        for i, x in enumerate(out):
            if x.word.concept not in _PROFIT_CONCEPTS:
                continue
            if x.start == m.start() or (
                m.end() <= x.start < end
                and _COMPARED_BEFORE.search(norm, max(0, x.start - 24), x.start)
            ):
                lost = "los" in x.word.text.lower()  # (a loss of, lost: the loss's sign kept)
                out[i] = Mention(x.start, x.end, pretax_loss if lost else pretax)
    return out
