"""The patterns and small tests ``sentence_reader.SentenceReader`` reads one sentence with.

Takes: the sentence (and, for some, a position, a segment's name and place, the company names
found). Gives: its clause separators, quickly (``_clause_seps``: ``clauses.CLAUSE_SEP`` or its
faster equal; ``_may_digress``), asides (``_ADVERB_ASIDE``, ``_DASH_ASIDE``/``_aside_before``,
``_RATE_DEFINITION``), whether a segment's name is a company's (``_inside_a_name``,
``_after_a_name``), the phrases that tie a figure to the one before it (a rate and its whole:
``_OR_RATE_BEFORE``, ``_RATE_FROM``, ``_RATE_MOVED``, ``_RATE_CHANGE``, ``_OF_OWNER``; a multiple
of the same period: ``_SAME_PERIOD_OF``; a list of forecasts: ``_forecast_list_item``), a
figure's sign words (``_SIGN_NOUN_AFTER``, ``_SIGN_VERB_BEFORE``), a unit or region named before
(``_UNIT_ANAPHOR``, ``_REGION_SALES``), and the concept tables (``_YEAR_PLANS``, ``_BOUNDS``,
``_share_concepts``, ``_LINE_CONCEPTS``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from ..metrics.definitions import shares_of
from .clauses import CLAUSE_SEP, DIGRESSION

# the distribution plan's concepts: they belong to a fiscal year (or a half), never to a quarter
_YEAR_PLANS = frozenset({
    "dividend_cash", "dividend_per_share", "dividend_payout_ratio",
    "dividend_bonus_shares_per10", "dividend_capitalisation_per10", "dividend_cash_year",
    "dividend_per_share_year",
})  # fmt: skip
# the qualifiers that bound a figure, and the slack a bound said in tenths keeps (a point)
# (近两成 keeps the tenth's own slack: the press says 近一成 of 8%, 近七成 of 66%)
_BOUNDS = frozenset(("more_than", "less_than"))
_TENTH_BOUND = Decimal(1)
# a year's distributions together, said before 每10股 (全年合计每10股派现13.20元)
_YEAR_TOTAL = re.compile(r"全年|年度合计|合计|累计")


@cache
def _share_concepts() -> dict[str, str]:
    """A concept → the concept of its share (``shares_of`` turned round)."""
    return {v: k for k, v in shares_of().items()}


# the patterns of ``clauses`` as the cheap tests below know them: a changed pattern turns its test
# off (every sentence is then searched as before)
_DIGRESSION_AS_KNOWN = DIGRESSION.pattern == (
    r"^\s*(?:其中|其次)|单季|单个季度|in the (?:first|second|third|fourth) quarter alone"
)
_CLAUSE_SEP_AS_KNOWN = CLAUSE_SEP.flags & re.I and CLAUSE_SEP.pattern == (
    r"[，；;：:]|,(?!\s*(?:general\s+and\s+administrative|development\s+and\s+engineering"
    r"|administration\s+and\s+research|informational\s+and\s+administrative"
    r"|plant\s+and\s+equipment)\b)"
    r"(?!(?<=elling,)\s*administrative\s+and\s+(?:other|general)\b)"
    r"|——|(?<=[a-zA-Z%])\s+(?:while|but|whereas)\s+"
)
# CLAUSE_SEP without its conjunctions, led by a consumed class of the separators' first characters
# (sre then skips other characters in a fast loop; the lead look-behinds say which separator it
# was): the same matches in a sentence with no w or b, which every conjunction holds
_CLAUSE_SEP_NO_CONJ = re.compile(
    r"[，；;：:,—](?:(?<=[，；;：:])|(?<=,)(?!\s*(?:general\s+and\s+administrative"
    r"|development\s+and\s+engineering|administration\s+and\s+research"
    r"|informational\s+and\s+administrative|plant\s+and\s+equipment)\b)"
    r"(?!(?<=elling,)\s*administrative\s+and\s+"
    r"(?:other|general)\b)|(?<=—)—)",
    re.I,
)


def _clause_seps(s: str) -> re.Pattern:
    """CLAUSE_SEP, or its faster equal for a sentence with no conjunction's letters."""
    if _CLAUSE_SEP_AS_KNOWN and not ("w" in s or "W" in s or "b" in s or "B" in s):
        return _CLAUSE_SEP_NO_CONJ
    return CLAUSE_SEP


def _may_digress(s: str) -> bool:
    """Whether a sentence holds a character every DIGRESSION word holds (其, 单, q)."""
    return not _DIGRESSION_AS_KNOWN or "其" in s or "单" in s or "q" in s or "Q" in s


# an adverb set off by commas inside a clause (…, however, …)
_ADVERB_ASIDE = re.compile(r",\s*(?:however|though|meanwhile)\s*,", re.I)
# the word after a comma (owned, leased and …: is it the next word of a line's name?)
_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
# a change set right after a figure, in apposition (84% of revenue, up 6%)
_APPOSED_CHANGE = re.compile(r"\s*,\s*(?:up|down)\s+(?:by\s+)?", re.I)

# 是上年同期的1.5倍, 为去年末的2倍: the figure a multiple is of is the same one, a year before
# (期末现金余额是年初的7倍: a balance over its own opening balance)
_SAME_PERIOD_OF = re.compile(
    r"(?:为|是|相当于)(?:(?:上年|去年|上一年)(?:同期|末|底)?|同期|年初|期初)(?:水平)?的\s*$"
)

# a rate's definition in brackets: (operating income / revenue), （医疗费用/保费收入）
_RATE_DEFINITION = re.compile(r"[(（][^()（）/]{1,40}/[^()（）/]{1,40}[)）]")


# an aside set off by dashes (Strip out discontinued operations -- Marathon is selling its Irish
# business -- and the picture darkens)
_DASH_ASIDE = re.compile(r"\s(?:--|—|–)\s[^-—–]{1,160}?\s(?:--|—|–)\s")


def _aside_before(s: str, pos: int, a: int) -> bool:
    """Whether ``pos`` lies in an aside set off by dashes that closes before ``a``: a business the
    aside names (one the company is selling, no segment of the store's) is not what the figure
    after it is of."""
    if "--" not in s and "—" not in s and "–" not in s:
        return False
    return any(m.start() < pos < m.end() <= a for m in _DASH_ASIDE.finditer(s))


def _inside_a_name(s: str, segment: tuple[int, str], names) -> bool:
    """Whether a segment's name, as printed at its position, lies within a company's name, or
    a segment read by another form of its name starts inside one (the "Pipeline" of Plains All
    American Pipeline二季度营收 is no Pipeline tariff activities line)."""
    pos, name = segment
    end = pos + len(name)
    if s.startswith(name, pos):
        return any(a <= pos and end <= b for a, b, *_ in names)
    return any(a < pos < b for a, b, *_ in names)


def _after_a_name(s: str, segment: tuple[int, str], names) -> int:
    """How many characters of a segment's name, as printed at its position, are a company's name
    it starts with (林肯国民总收入: the company's name and 总, no segment); 0 when none."""
    pos, name = segment
    at = s.find(name, pos, pos + len(name) + 16)  # (二季度林肯国民总收入: after the period words)
    if at < 0:
        return 0
    return max((b - at for a, b, *_ in names if a == at and b < at + len(name)), default=0)


_LIST_JOIN = re.compile(r"\s*[，,、；;]\s*(?:(?:and|以及|及|和)\s*)?")
_LIST_COPULA = re.compile(r"\s*(?:为|约为|达|约|of|at)?\s*(?:约|近|逾|超过?)?\s*")


def _forecast_list_item(s: str, forecast_end: int, a: int, mention) -> bool:
    return (
        forecast_end >= 0
        and mention is not None
        and forecast_end <= mention.start
        and _LIST_JOIN.fullmatch(s, forecast_end, mention.start) is not None
        and _LIST_COPULA.fullmatch(s, mention.end, a) is not None
    )


# a rate in apposition to the figure before it: $3.92 billion, or 2.32 percent
_OR_RATE_BEFORE = re.compile(r"\d[^,;]{0,12},\s*or\s+$")

# a noun right after a money figure that says its sign (a $14.1bn outflow, a $2m loss)
_SIGN_NOUN_AFTER = re.compile(r"\s+(?:net\s+)?(?:outflows?|inflows?|losses|loss|deficit)\b", re.I)
# a verb right before a cash flow's figure, the flow named after it (used $1.2bn in investing
# activities, repaid a net 36.8 billion yuan through financing activities): its sign
_FLOWS = frozenset({"ocf", "icf", "fincf"})
_SIGN_VERB_BEFORE = re.compile(
    r"(?i:\b(?:used|spent|consumed|burned|burnt|repaid|paid\s+down)\s+"
    r"(?:a\s+net(?:\s+of)?\s+|net\s+)?(?:(?:Rmb|US\$|HK\$|\$|¥)\s*)?)$"
)
# the whole a rate is of, said right after it (22.45% of sales)
_OF_ITS_WHOLE = re.compile(r"\s*of\s+(?:its\s+|total\s+|net\s+)?(?:sales|revenues?)\b", re.I)


def _past_its_whole(s: str, end: int) -> int:
    """Where the words after a rate go on past the whole it is of (…22.45% of sales|, a …)."""
    m = _OF_ITS_WHOLE.match(s, end)
    return m.end() if m else end


# a rate's whole: "of", its owner, then the whole's own amount (…% of the bank's $81.4 billion)
_OF_OWNER = re.compile(
    r"\s+of\s+(?:the\s+[A-Za-z]+['’]s\s+|its\s+|[A-Z][\w-]*['’]s\s+)?(?:US\$|\$)?", re.I
)
_IN_NAME = re.compile(r"\s+(?:in|of)\s+")
# after a rate (and its whole), its move: …% of loans, up almost 1 percent (from 3.31 percent)
_RATE_MOVED = re.compile(
    r"\s*(?:of\s+(?:its\s+|total\s+|net\s+)?(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+\s*)?"
    r",\s*(?:up|down|rising|falling|higher|lower)\s+(?:(?:almost|nearly|about|roughly|some"
    r"|more\s+than|less\s+than|just\s+over|just\s+under)\s+)?",
    re.I,
)
# between a rate's level and the rate it is compared with (…33.5% of sales, up from 33.2%)
_RATE_FROM = re.compile(
    # (71.6% of earned premiums, compared with 72.4%: the whole named in up to three words)
    r"\s*(?:of\s+(?:its\s+|total\s+|net\s+)?(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+\s*)?,?\s*"
    r"(?:(?:up|down|rising|falling|improving|compared)\s+)?(?:from|with|against|versus|vs\.?)\s+"
    # (down from almost 80 per cent: the base level's qualifier)
    r"(?:(?:almost|nearly|about|roughly|around|some|more\s+than|less\s+than|just\s+over"
    r"|just\s+under)\s+)?"
    # 占保费收入的68.2%，比去年同期的69.9%…: the rate a year before, said after 比/较
    r"|\s*[，,]?\s*(?:比|较|相比|对比|低于|高于)(?:去年|上年|上一年)(?:同期|同季)的?\s*",
    re.I,
)
# …，比去年同期的69.9%下降1.7%: a change word right after a rate's base level, with no metric
# named between, changes that rate (after the level alone, 约占营业收入的56%，同比增加5.3%, the
# change is the figure's before it)
_RATE_CHANGE = re.compile(
    r"\s*[，,]?\s*(?:同比|环比)?\s*[\u4e00-\u9fffA-Za-z ]{1,8}?\s*$"
    # (compared with 72.4% in the year-earlier quarter, an improvement of 0.9%: the change set
    # off by a comma after the base level and its period)
    # (or set off by a dash: up from 81% a year earlier -- an 18% jump)
    r"|[^,;，；\d%]{0,40}(?:,|\s--|\s?[—–])\s*(?:an?\s+|the\s+)?[A-Za-z-]+(?:\s+of)?\s*$"
)
# a change's noun right after its rate (an 18% jump, a 2-point rise)
_CHANGE_NOUN_AFTER = re.compile(
    r"\s+(?:jump|rise|increase|climb|gain|drop|decline|fall|slide|improvement|deterioration)\b",
    re.I,
)
# a business unit pointed back at (sales in that unit, the division's profit)
_UNIT_ANAPHOR = re.compile(
    r"(?i)\b(?:in|at|of|for|from)\s+(?P<unit>(?:that|this|the)\s+(?:unit|division))\b(?!['’]s)"
    r"|\b(?P<own>(?:that|this|the)\s+(?:unit|division))['’]s\s"
)
# a unit named, then glossed as the company's (Hill's Pet Nutrition, its specialty pet-food arm,)
_UNIT_APPOSED = re.compile(
    r"(?<![A-Za-z'’])(?P<unit>[A-Z][A-Za-z'’&.-]*(?:\s+[A-Z][A-Za-z'’&.-]*){0,4}),\s+its\s+"
    r"(?:[a-z-]+\s+){0,3}(?:arm|unit|division|subsidiary)\s*,"
)
# a finance arm named by what it is (the finance arm, its financing arm, the credit arm)
_FINANCE_ARM = re.compile(r"(?i)\b(?:finance|financing|financial|credit)\s+arm\b")
# a region's sales said as a sentence's subject (International sales, European revenue)
_REGIONS = ("International", "European", "Asian", "Latin American", "North American", "Overseas")
_REGION_SALES = re.compile(
    r"(?<![A-Za-z&] )\b(?P<region>" + "|".join(_REGIONS) + r")\s+(?:net\s+)?(?:sales|revenues?)\b"
)


def _has_region(s: str) -> bool:
    return any(r in s for r in _REGIONS)


# a US company's revenue line (not a business segment) and what such a line has
# ("Commissions, fees and other", "Sales and other": such a line with its others, not a business
# segment's "Corporate and other")
_REVENUE_LINE = re.compile(
    r"(?i)\b(?:sales|revenues?|income|licen[cs]es?|fees?)(?:\s+(?:and|&)\s+other)?$"
)
_LINE_CONCEPTS = frozenset(("revenue", "gross_profit", "gross_margin"))

# a lead clause that frames the sentence by a metric (从收入看，…; 收入方面，…; 就利润而言，…):
# the figures of its later clauses are of that metric, whatever part they name
FRAME_LEAD = re.compile(r"\s*(?:从|就|以)?[^，,。；;]{1,10}?(?:来?看|方面|而言)\s*[，,]")
