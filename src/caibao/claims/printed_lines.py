"""A line the filing prints, named in an article by the filing's own words: "mortgage
production income more than doubled to $165.4 million" (SunTrust prints "Mortgage production
related income"), "exploration expense rose 9% to $288 million" ("Exploration expenses,
including dry holes and lease impairment").

The store holds a US filer's unmapped statement lines as ``filer_line`` facts named by the printed
label (``sources.fsds_lines``). A label is found in an article in the forms journalists shorten it
to: without what it puts in parentheses or after a comma ("Exploration expenses"), without the
words "related" and "net", in the singular or the plural, "&" for "and". A form of two words or
more only (a one-word line, "Repayments", is a word articles use loosely), and only a form one line
gives (two lines shortened to the same words name neither); a one-word line with the word for a
cost after it ("Exploration": "exploration expense"); a cash-flow line of purchases as the spending
on what was bought ("Acquisition of equipment for operating leases": spending on equipment for
operating leases). A claim whose metric the lexicon did
not recognise takes the line named last before it in its sentence.

Takes an article's text, its claims and the company's lines (``LineNames``); gives the claims read
as the lines they name (``name_lines``) and the candidates of a cash-flow line said as a positive
amount (``outflows_as_paid``). A label's forms and their English regex are ``line_forms``'s, their
Chinese rendering word by word ``line_renderings``'s (re-exported here: ``forms``,
``chinese_pattern``, ``rendering``, ``segment_in_english``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..concepts import accounts
from ..metrics.definitions import definitions
from ..periods import Period
from .line_forms import _key, _pattern, _words
from .line_forms import forms as forms
from .line_renderings import chinese_pattern as chinese_pattern
from .line_renderings import rendering as rendering
from .line_renderings import segment_in_english as segment_in_english
from .model import CHANGE_PCT, SHARE_PCT, VALUE
from .ratio_names import ratio_of

# the concept of a filer's own balance-sheet line (``sources.fsds_lines``)
BALANCE_LINE = "filer_balance"

# a sentence's end between a line's name and the claim's number
# (not the stop of a legal form's abbreviation: "the Federal Deposit Insurance Corp. imposed")
_BREAK = re.compile(r"(?<!\bCorp)(?<!\bInc)(?<!\bCo)(?<!\bLtd)[.;!?](?:\s|$)|[\n。；！？]")
# (what stands before a line's name that opens its sentence)
_OPENS = re.compile(r"(?:^|[.;!?:]\s+|\n\s*)$")
_REACH = 120  # characters from the end of a line's name to the claim
# a multiple's base named in its quote, right before it (净利润的4倍)
_BASE_NAMED = re.compile(r"的\s*[约近逾超]?\s*[\d.]+\s*倍")
# between an amount and the line's name after it ("$455 million impairment of …", "$129 million
# of special charges", 4.53亿美元的商标减值, "a $23.9 million charge for impairment of …": the word
# for a charge, for what it was; "a $22.2 million charge related to a customer's bankruptcy": the
# filer's "Customer bankruptcy" line)
_GAP = re.compile(
    r"[ \u00a0]+(?:(?:in|of)\s+|(?:(?:pre-?tax|after-?tax|non-?cash)\s+)?charges?\s+"
    r"(?:for|from|on|related\s+to|tied\s+to)\s+(?:(?:an?|the|its)\s+)?)?|的"
)
# between an amount and the line's name it is an amount of ("$106 million of regulatory charges")
_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+")
# between a line's name and a number that follows it at once ("Production expenses were $444
# million", 生产费用为4.44亿美元)
_ADJACENT = re.compile(
    r"\s*(?:was|were|of|totaled|totalled|为|达|是|:|：)?\s*(?:约|近|超|about|nearly)?\s*"
)


class LineNames:
    """The forms of a company's printed lines, and where an article names them: each line's
    (printed label, concept, segment), a mapped element's line its concept's (SunTrust's
    "Mortgage production related income" is mortgage_banking_revenue), an unmapped one a
    ``filer_line`` named by the label."""

    def __init__(self, lines: list[tuple[str, str, str | None]]) -> None:
        by_form: dict[tuple[str, ...], set[tuple[str, str | None]]] = {}
        labels_of: dict[tuple[str, ...], set[str]] = {}
        words_of: dict[tuple[str, ...], list[str]] = {}
        # the lines a form is the whole printed name of (not a shortening)
        whole: dict[tuple[str, ...], set[tuple[str, str | None]]] = {}
        for label, concept, segment in lines:
            for n, words in enumerate(forms(label)):
                if n == 0:
                    whole.setdefault(_key(words), set()).add((concept, segment))
                by_form.setdefault(_key(words), set()).add((concept, segment))
                labels_of.setdefault(_key(words), set()).add(label)
                words_of.setdefault(_key(words), words)
        # one printed line of flows read as several concepts (a concept and the one whose
        # fallback it is: "Plant construction and other property additions", capex and
        # capex_total) names them all, with the same figures: the first of them stands for the
        # line (not a balance's: "Long-term debt" is also the words of other debt lines' names);
        # so does a line read both as a concept and as a part of revenue under its own label
        # (Franklin's "Investment management fees": management_fees, and a revenue line)
        found = {
            k: min(v, key=lambda t: (t[1] is not None, t[0], t[1] or ""))
            for k, v in by_form.items()
            if len(v) == 1
            or (
                len(labels_of[k]) == 1
                and all(_flow(c, seg) or seg in labels_of[k] for c, seg in v)
                and any(seg is None for _c, seg in v)
            )
        }
        # a form one line prints in full and another only shortens to ("Cost of natural gas"
        # beside "Cost of natural gas, electric fuel and purchased power") names the first
        found.update(
            {
                k: next(iter(whole[k]))
                for k in by_form
                if k not in found and len(whole.get(k, ())) == 1
            }
        )
        keys = sorted(found, key=lambda k: (-len(k), k))
        self.targets = [found[k] for k in keys]
        # "Retirement of preferred stock": the lines named by an act of something, by the act's
        # noun → (the pattern of what it is done to, target)
        self.acts = [(k[0], re.compile(_pattern(k[2:]) + r"(?![A-Za-z])", re.I), found[k])
                     for k in keys if len(k) >= 3 and k[1] == "of" and len(k[0]) > 4]  # fmt: skip
        english = [_pattern(k) for k in keys]
        chinese = [chinese_pattern(words_of[k]) for k in keys]
        self.english = _alternation(english, r"(?i)(?<![A-Za-z])(?:", r")(?![A-Za-z])")
        self.chinese = _alternation(chinese, "(?:", ")")
        # each line's full words (for a name the press cuts short: starting_with)
        self._full = [
            (_key(_words(label)), (concept, segment)) for label, concept, segment in lines
        ]

    def starting_with(self, words: str) -> tuple[str, str | None] | None:
        """The one line whose printed name starts with these words ("net impairment losses" of
        "Net impairment losses on available-for-sale securities"), of two words or more; None
        when no line or several do."""
        start = _key(_words(words))
        if len(start) < 2:
            return None
        found = {t for k, t in self._full if k[: len(start)] == start and len(k) > len(start)}
        return found.pop() if len(found) == 1 else None

    def named(self, text: str) -> list[tuple[int, int, tuple[str, str | None]]]:
        """(start, end, (concept, segment)) of each line named in the text."""
        out = []
        cjk = any("\u4e00" <= ch <= "\u9fff" for ch in text)
        for regex in (self.english, self.chinese if cjk else None):
            if regex is None:
                continue
            for m in regex.finditer(text):
                out.append((m.start(), m.end(), self.targets[int(m.lastgroup[1:])]))
        return sorted(out)


def _flow(concept: str, segment: str | None) -> bool:
    """Whether a concept is a whole company's flow (not a balance, not a segment's)."""
    found = accounts().get(concept)
    return segment is None and found is not None and found.timing == "flow"


def _money_line(concept: str) -> bool:
    """Whether a concept is a statement's line of money (not a ratio, not a figure the metrics
    compute from others): one a filer's line of the same name can stand for."""
    found = accounts().get(concept)
    return found is not None and found.unit == "CNY" and found.statement != "segment"


def _alternation(patterns: list[str | None], head: str, tail: str) -> re.Pattern | None:
    """One regex of the patterns, each its own group ``g<index>``; longest forms come first."""
    parts = [f"(?P<g{i}>{p})" for i, p in enumerate(patterns) if p]
    return re.compile(head + "|".join(parts) + tail) if parts else None


def name_lines(text: str, claims: list, code: str | None, names: LineNames, holds) -> list:
    """The claims of the company read as the line named last before their number, in their
    sentence: a claim whose metric the lexicon did not recognise (or, for one, the line named
    right after its figure); and one whose number follows the line's name at once
    (福利及赔付支出15.84亿美元) when the line is a part the concept's word does not say (a
    ``filer_line``, a revenue line) or the store holds nothing of the concept the lexicon read
    (``holds``). A concept the
    store holds is not taken from it by a whole line's name (the filing's "Net income" may be
    the figure before non-controlling interests, where the press's is after them)."""
    if not any(c.subject == code for c in claims):
        return claims
    spans = names.named(text)
    if not spans and not names.acts:
        return claims
    out = []
    moved: tuple | None = None  # (the last claim read as a line, as the lexicon read it, now)
    for c in claims:
        if "/share" in c.unit or (c.measure == "times" and _BASE_NAMED.search(c.quote)):
            # no line is an amount per share; a multiple that names its base (约为同期净利润的4倍)
            # is of the figure before it, over that base (``multiples``)
            out.append(c)
            continue
        at = c.start + max(0, c.quote.rfind(c.printed)) if c.printed else c.start
        if c.subject == code and c.printed and c.unit not in ("%", "pp"):
            # "including $106 million of regulatory charges": the amount is the line's,
            # whatever the sentence named before it
            of = _OF.match(text, at + len(c.printed))
            # (not a balance-sheet line of the filer's own: "repaid $25 billion of preferred
            # stock" is a flow, not the "Preferred stock" balance)
            named = of and next(
                (x for x in spans if x[0] == of.end() and x[2][0] != BALANCE_LINE), None
            )
            target = named[2] if named else of and _act_of(text, at, of.end(), names)
            if target:
                out.append(replace(c, concept=target[0], segment=target[1]))
                continue
        if (
            c.concept is not None
            and c.subject == code
            and c.words
            and not holds(c.concept)
            and _money_line(c.concept)
            and (cut := names.starting_with(c.words)) is not None
        ):
            # the lexicon's words of a concept the store holds none of, the start of one line's
            # name (net impairment losses of $134.4 million on available-for-sale securities)
            out.append(replace(c, concept=cut[0], segment=cut[1]))
            continue
        if moved is not None and _same_metric(text, moved, c):
            # (净投资收益7.35亿美元，同比增长5.5%: the change carries the figure's metric word,
            # and so the line that figure was read as)
            out.append(replace(c, concept=moved[1].concept, segment=moved[1].segment))
            continue
        read = _as_line(text, c, code, spans, holds)
        moved = (c, read) if read is not c else None
        out.append(read)
    return [_at_its_date(c) for c in out]


def _at_its_date(c):
    """A claim read as a balance-sheet line of the filer's own (``filer_balance``) at the end of
    the span the sentence named ("stood at $1.52 billion" in a quarter's story: at the quarter's
    end), as a balance is; itself otherwise."""
    if c.concept != BALANCE_LINE or not c.period or "-" in c.period:
        return c
    try:
        return replace(c, period=str(Period.parse(c.period).end_instant()))
    except ValueError:
        return c


def _as_line(text: str, c, code: str | None, spans, holds):
    """The claim read as the line named before (or right after) its figure, or itself."""
    at = c.start + max(0, c.quote.rfind(c.printed)) if c.printed else c.start
    if c.concept is None and c.subject == code and c.printed:
        named = _named_after(text, c, at + len(c.printed), spans)
        if named is not None:
            return replace(c, concept=named[2][0], segment=named[2][1])
    # (a line's name set off by an aside reaches further: "Regulatory assessments, mostly …,
    # jumped to $148.7 million")
    before = [
        s
        for s in spans
        if s[1] <= at and at - s[1] <= (2 * _REACH if text.startswith(",", s[1]) else _REACH)
    ]
    if c.subject != code or not before or _BREAK.search(text, before[-1][1], at):
        return c
    start, end, (concept, segment) = before[-1]
    # (a rate's level is no line's: "gross margin -- revenue less cost of services --
    # widened to 42.1%")
    amount = c.unit not in ("%", "pp") or c.measure != "value"
    own = amount and _ADJACENT.fullmatch(text, end, at) is not None
    named = text[start:end].lower()
    if amount and c.words and _figure_between(text, c, start):
        # compensation and benefits up 20% to $88.0 million and amortization of purchased
        # intangibles climbing to $30.5 million: the metric word is the earlier figure's, the line
        # named after that figure is this one's
        own = True
    elif c.words and named in c.words.lower() and holds(c.concept):
        # the lexicon's name of a concept, in full: its concept stays, where the store holds
        # it (计提无形资产减值: the filer's "Impairment of intangibles" where it holds none)
        own = False
    elif amount and c.words and named == c.words.lower() and _money_line(c.concept):
        # where it holds none, the filer's line of that name is the figure ("operating expenses
        # were cut 24 percent": an insurer's own "Operating expenses" line)
        own = True
    elif c.words and amount and len(c.words) < len(named) and c.words.lower() in named:
        # the lexicon read a part of the line's name (operating expenses of "Acquisition and
        # operating expenses, net of deferrals, were cut 17%"): the line is named in full
        own = True
    elif (
        amount
        and c.words
        and text[end:at].startswith(",")
        and _OPENS.search(text, max(0, start - 4), start) is not None
        and not holds(c.concept)
        and _money_line(c.concept)
    ):
        # the lexicon's word inside an aside after the line's name, of a concept the store holds
        # none of ("Regulatory assessments, mostly deposit-insurance premiums, jumped to $148.7
        # million"): the line named is the sentence's subject
        own = True
    elif (
        c.measure != "value"
        and c.words
        and c.words.lower() == named
        and not holds(c.concept)
        and c.concept not in definitions()  # (a margin the store computes: "Gross margin")
    ):
        # a change of a figure the lexicon named by the line's own words, where the store
        # holds nothing of the lexicon's concept (手续费收入10.62亿美元，同比下滑23.4%: the
        # insurer's "Fee Income" line, as its level beside it)
        own = True
    if (
        c.concept is None
        or (own and (segment is not None or not holds(c.concept)) and concept != c.concept)
        or (own and concept == c.concept and c.segment is None and segment is not None)
    ):
        c = replace(c, concept=concept, segment=segment)
        if c.measure == SHARE_PCT and segment is None and _OF_REVENUE.search(text, end, at):
            # 广告及促销费用…，占净销售额的比例从10.5%降至10.0%: the line's rate to revenue
            c = replace(c, concept=ratio_of(concept, "revenue") or concept, measure=VALUE)
        return c
    return c


_DIGIT = re.compile(r"\d")


def _figure_between(text: str, c, start: int) -> bool:
    """Whether another figure stands between the claim's metric words and the line's name at
    ``start`` (in the claim's quote, after the words)."""
    if not c.start <= start <= c.end:
        return False
    at = text.lower().find(c.words.lower(), c.start, start)
    return at >= 0 and _DIGIT.search(text, at + len(c.words), start) is not None


# a share of revenue said between a line's name and its rate (占净销售额的比例, as a percentage
# of net sales)
_OF_REVENUE = re.compile(
    r"占(?:公司)?(?:总|净)?(?:营业收入|营收|收入|销售收入|销售额|营业额)"
    r"|(?i:percent(?:age)?\s+of\s+(?:total\s+|net\s+)?(?:revenues?|sales))"
)


# between a line's figure and its change said at once after it (，同比减少32.4%; ", down 4%")
_CHANGE_AFTER = re.compile(
    r"\s*[，,]\s*(?:同比|环比|较上年同期|比上年同期|较去年同期)?\s*"
    r"(?:增长|下降|减少|增加|下滑|上升|提升|降低|回落|上涨|下跌)(?:了|约|近|超)?\s*"
)


def _same_metric(text: str, moved: tuple, c) -> bool:
    """Whether claim ``c`` carries the metric word of the claim just read as a line (``moved``:
    that claim as the lexicon read it, and as read now), in the same sentence."""
    before, now = moved
    if c.measure != "value" and c.start >= now.end and c.printed:
        # (投资管理费为6.25亿美元，同比减少32.4%: the change said at once after the line's
        # figure is the line's, whatever metric word stood before the line's name)
        at = c.start + max(0, c.quote.rfind(c.printed))
        if _CHANGE_AFTER.fullmatch(text, now.end, at):
            return True
    return (
        c.words is not None
        and c.words == before.words
        and c.concept == before.concept
        and c.segment == before.segment
        and (
            (c.measure != "value" and c.start >= now.end)
            # (a level too, of another period, where the line is a segment the lexicon read: a
            # table's row "Financial services income   124.0   106.8" gives the year-ago
            # column the same line)
            or (
                before.segment is not None
                and c.period != before.period
                and c.printed
                and c.start + max(0, c.quote.rfind(c.printed)) >= now.end
            )
        )
        and not _BREAK.search(text, now.end, c.start)
    )


# the verb before an amount done to something ("retired $3.13 billion of preferred stock")
_VERB = re.compile(
    r"(?<![A-Za-z])([A-Za-z]{3,}(?:ed|aid))[ \u00a0]+(?:about[ \u00a0]+|nearly[ \u00a0]+)?$"
)


def _act_of(text: str, at: int, after: int, names: LineNames) -> tuple | None:
    """The line of an act the verb before an amount does to what follows its "of": "retired
    $3.13 billion of preferred stock" is the filing's "Retirement of preferred stock", "repaid
    $500 million of long-term debt" its "Repayment of long-term debt"."""
    verb = _VERB.search(text, max(0, at - 30), at) if names.acts else None
    if verb is None:
        return None
    said = verb.group(1).lower()
    for noun, rest, target in names.acts:
        n = 0
        while n < min(len(said), len(noun)) and said[n] == noun[n]:
            n += 1
        if n >= 4 and n * 5 >= min(len(said), len(noun)) * 3 and rest.match(text, after):
            return target
    return None


def _named_after(text: str, c, after: int, spans) -> tuple | None:
    """The line named right after a figure of no recognised metric, which is that line's ("a
    $95 million gain from exchanging common shares", "a $455 million impairment of gas and oil
    properties"): at once or a space or two after a figure that is no rate, or after spaces
    (and "in") after any."""
    for span in spans:
        if span[0] < after:
            continue
        gap = text[after : span[0]]
        close = span[0] <= after + 2 and not gap.strip() and c.unit not in ("%", "pp")
        if close or _GAP.fullmatch(gap):
            return span
    return None


def outflows_as_paid(claim, cands: list) -> list:
    """A filer's own cash-flow line, said as a positive amount, against the negative figure its
    statement prints for what it paid out ("retired $3.13 billion of preferred stock": the
    "Retirement of preferred stock" line, -3,134): the size of the outflow is what is said."""
    if claim.concept == "filer_line" and claim.measure == CHANGE_PCT:
        return [_outflow_change(c) for c in cands]
    if claim.concept != "filer_line" or claim.measure != "value" or claim.value <= 0:
        return cands
    # a line the filer names a gain, and nothing else ("Gain on disposition of assets, net"),
    # printed negative among its costs: the gain's size ("a $150.1 million gain on the
    # disposition of assets", -150.1)
    gain = _GAIN_ONLY.match(claim.segment or "") is not None
    return [
        replace(c, value=-c.value)
        if c.value is not None
        and c.value < 0
        and c.sources
        and (
            c.sources[0].table == "XBRL cash flow statement"
            or (gain and c.sources[0].table == "XBRL income statement")
        )
        else c
        for c in cands
    ]


def _outflow_change(c):
    """The change of a cash-flow line printed negative in both periods, as the change of its
    size (油气资产新增支出14.34亿美元，同比减少33.2%: -1,434 against -2,145), not a "smaller loss"."""
    if c.value is not None or len(c.inputs) != 2:
        return c
    cur, base = c.inputs
    if not all(
        getattr(x, "value", None) is not None
        and x.value < 0
        and getattr(x, "sources", None)
        and x.sources[0].table == "XBRL cash flow statement"
        for x in (cur, base)
    ):
        return c
    value = (cur.value / base.value - 1) * 100
    rel = sum(getattr(x, "precision", 0) / abs(x.value) for x in (cur, base))
    return replace(c, value=value, note=None, precision=abs(value) * rel)


_GAIN_ONLY = re.compile(r"(?i)gains?\b(?!.*\bloss)")
