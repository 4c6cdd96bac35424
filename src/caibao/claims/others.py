"""Other companies named by grammar in English, not by a list: a capitalised name that is the
grammatical subject of a figure ("Rival Yunnan Baiyao's revenue rose 8%", "Country Garden reported
a loss of…", "peer Acme Pharma posted…") and is not the article's company.

Takes: the normalised article text, the ``Lexicon`` (its company names) and the article's company
code. Gives: ``other_companies(norm, lex, company)`` → ``[(start, end, OTHER)]``, mentions the
extractor adds to the companies the alias tables find, so that a figure in such a sentence gets the
subject ``OTHER`` (unverifiable: about another company), as 微软、谷歌… do in Chinese.

A name cued as a rival or peer is always another company. A name that is only a possessive or a
reporting verb's subject counts when the article names its own company by a known alias at least
as often as it names this one (an English short name the alias tables do not know — "Sanjiu's net
profit" — is the article's company, not another one).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..scan import Scan
from .lexicon import Lexicon
from .model import OTHER

_WORD = r"[A-Z][A-Za-z&.\-]*[A-Za-z]"
_NAME = rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}})"
_CUED = re.compile(
    r"\b(?:[Rr]ivals?|[Pp]eers?|[Cc]ompetitors?|[Ss]maller\s+rival|[Ll]arger\s+rival"
    rf"|[Ll]ocal\s+rival|[Ii]ndustry\s+peer)\s+{_NAME}"
)
_CUED_AFTER = re.compile(rf"{_NAME},\s+(?:a|an|its|their)\s+(?:\w+\s+)?(?:rival|peer|competitor)\b")
_POSSESSIVE = re.compile(
    # (a period in shorthand may stand between: PepsiCo's Q2 revenue, Acme's FY2024 sales)
    rf"{_NAME}(?:'s|’s|')\s+(?:(?:\d{{4}}|[a-z]+-[a-z]+|Q[1-4]|[1-4]Q|H[12]|FY(?:\d{{2,4}})?|"
    r"fiscal|annual|quarterly|first|second|"
    r"third|fourth|half|quarter|full|year|total|core|overall|own)\s+){0,3}(?P<metric>)"
)
_REPORTED = re.compile(
    # (a ticker may stand between: Goldcorp (NYSE: GG) reported)
    rf"{_NAME}(?:\s*[(（][^()（）]{{1,24}}[)）])?\s+(?:(?:reported|posted|booked|recorded|logged|"
    r"swung|turned\s+in|delivered|generated|earned|made|reports|posts|books|records|logs|"
    r"generates|earns|makes)\b)"
)
# a name given with its listing (ExxonMobil (NYSE: XOM) said its profit fell 66%): another company
# where the symbol is not the article's company's
_LISTED = re.compile(
    rf"{_NAME}\s*[(（](?:NYSE|Nasdaq|NASDAQ|AMEX|NYSE\s+Amex|NYSE\s+MKT|NYSEArca)\s*[:：]\s*"
    r"(?P<symbol>[A-Z][A-Z.\-]{0,6})[)）]"
)
# a company brought in for comparison, saying its own figure: For comparison, Nokia said last
# week that its quarterly profit fell (not any name that "said": Chief Executive Tim Cook said)
_COMPARED = re.compile(
    rf"\b(?:[Ff]or|[Bb]y|[Ii]n)\s+comparison,\s+{_NAME}\s+(?:said|says|announced|disclosed|"
    r"reported|posted)\b"
)
# words a sentence may start with, and other capitalised words that name no company
_NOT_NAMES = {
    "the", "this", "that", "these", "its", "their", "his", "her", "our", "in", "for", "on", "at",
    "by", "as", "but", "and", "or", "while", "net", "revenue", "revenues", "sales", "operating",
    "total", "analysts", "analyst", "shares", "chairman", "ceo", "cfo", "chief", "president",
    "company", "group", "first", "second", "third", "fourth", "last", "next", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "rmb",
    "yuan", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "gross", "recurring", "profit", "earnings",
    "cash", "research", "according", "however", "meanwhile", "overall", "excluding", "including",
    "after", "before", "with", "from", "year", "half", "quarter", "it", "he", "she", "they",
    "we", "management", "investors", "beijing", "shanghai", "shenzhen", "hong", "reuters",
    "bloomberg", "caixin",
    # Shareholders' equity, Customers' deposits: a possessive of people, not of a company
    "shareholders", "stockholders", "holders", "owners", "customers", "employees", "consumers",
    "members", "partners", "policyholders", "depositors",
    # a deck's descriptor of the article's own company (Developer posts 11% rise in revenue)
    "developer", "drugmaker", "builder", "homebuilder", "lender", "bank", "insurer", "miner",
    "carmaker", "automaker", "retailer", "firm", "maker", "producer", "utility", "chipmaker",
    "conglomerate", "giant", "operator", "brewer", "airline", "refiner", "group's", "company's",
}  # fmt: skip
# tokens too common in company names to tell two companies apart
_GENERIC = {
    "china", "chinese", "group", "holdings", "holding", "co", "co.", "ltd", "ltd.", "limited",
    "company", "corp", "corp.", "inc", "inc.", "international", "industrial", "industries",
    "enterprise", "enterprises", "the", "resources", "development", "developments", "technology",
    "pharmaceutical", "pharma", "medical", "science", "a", "b", "h", "plc", "sa", "ag",
}  # fmt: skip


# Subjects that are not one company: a stock index (沪深300, 中证中药指数, the CSI 300 Index), an
# industry or a group of companies (China's pharmaceutical manufacturers, the top 100 developers,
# 规模以上工业企业) and who counts them (国家统计局, the National Bureau of Statistics). A figure in
# their sentence is theirs, not the article's company's.
_GROUPS_FIRST_WORD = r"(?=[大两上深创科国统规全行百中道纳标恒CSHNDbst])"
_GROUPS_FIRST = _GROUPS_FIRST_WORD[:-2] + r"\d])"  # (and a rank's number: 20 biggest …)
_RANKED_WORDS = ("biggest", "largest", "leading", "major", "top")
_GROUPS_ALWAYS = (
    # (the look-ahead: the first characters of the words below, which are skipped at one test
    # per character elsewhere: this scan runs over the whole article)
    _GROUPS_FIRST + r"(?:大盘|"
    r"两市|上证综指|深证成指|创业板指|科创50|"
    # the press's short names of the US and Hong Kong indexes (道指收涨0.9%, the Dow gained 114
    # points), and a median, which is a group's (板块营收中位数增速)
    r"道指|道琼斯|纳指|标普|恒指|中位数|\bthe\s+Dow\b(?!\s+Chemical|\s+Corning)|"
    r"国家统计局|统计局|规模以上[\u4e00-\u9fff]{0,6}企业|全国[\u4e00-\u9fff]{0,4}?(?:企业|行业|制造业|工业|零售业|服务业|产业)|"
    r"全国(?:新建)?(?:商品房|房地产|住宅)|"
    r"行业(?:整体|平均|内)|百强房企|"
    r"\b(?:CSI|Shanghai\s+Composite|Shenzhen\s+Component|Shenzhen\s+Composite|Hang\s+Seng|S&P|Nasdaq|Dow\s+Jones|"
    r"ChiNext)(?:\s+\d+)?(?:\s+(?:[A-Z][a-z]+\s+)?[Ii]ndex)?|\bbenchmark\s+(?:index|indices)\b|"
    r"\bNational\s+Bureau\s+of\s+Statistics\b|\bstatistics\s+bureau\b|"
    r"\b(?:China['’]s|Chinese|the\s+country['’]s|the\s+nation['’]s|the\s+industry['’]s)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:manufacturers|makers|drugmakers|developers|companies|firms|producers|"
    r"builders|industry|sector)\b|"
    r"\b(?:(?:the\s+)?top[- ]?\d+|\d+\s+(?:biggest|largest|leading|major|top))\s+(?:[a-z-]+\s+)?"
    r"(?:developers|companies|firms|builders|drugmakers|manufacturers|makers|lenders|banks|insurers)\b)"
)
# the names that end in a word (an index, a board), each tried only in a text holding that word:
# spelt out before the name, each would cost up to twelve tests at every character of the text
_GROUPS_ENDING = {
    "指数": r"[\u4e00-\u9fffA-Za-z0-9()（）]{1,12}?指数",
    "板块": r"[\u4e00-\u9fff]{1,6}板块(?:整体|个股)",
    # any capitalised name of an index (the Philadelphia Semiconductor Index, the FTSE 100 Index)
    "Index": r"\b[A-Z][A-Za-z&]*(?:\s+[A-Z][A-Za-z&]*){0,3}(?:\s+\d+)?\s+Index\b",
    # (sales of new commercial housing nationwide fell 6.5%: the country's figure)
    # (national new home sales dropped by about a quarter)
    "nationwide": r"\bnationwide\b"
    r"|\bnational\s+(?:[a-z-]+\s+){0,2}(?:sales|output|production|demand|prices|investment)\b",
}

# the words a text must hold for each ending's names to be possible (板块 alone, in 人工智能板块,
# names no group: only 板块整体/板块个股 do)
_ENDING_WORDS = {
    "指数": ("指数",),
    "板块": ("板块整体", "板块个股"),
    "Index": ("Index",),
    "nationwide": ("nationwide", "national "),
}


@lru_cache(maxsize=16)
def _groups_re(endings: tuple[str, ...], ranked: bool = True) -> re.Pattern:
    """The group names, with those ending in one of ``endings``, tried in this order.
    ``ranked``: the text holds a word of rank (20 biggest developers), the only group name that
    starts with a digit; without one, a digit is not a place a group's name can start."""
    order = ("指数", "沪深300", "板块", _GROUPS_ALWAYS, "Index", "nationwide")
    pattern = "|".join(
        _GROUPS_ENDING.get(k, k) for k in order if k not in _GROUPS_ENDING or k in endings
    )
    return re.compile(pattern if ranked else pattern.replace(_GROUPS_FIRST, _GROUPS_FIRST_WORD))


@lru_cache(maxsize=16)
def _groups_scan(endings: tuple[str, ...], ranked: bool) -> Scan | None:
    """``_groups_re`` as a ``caibao.scan.Scan`` where its names start with few characters (the
    look-ahead's, 沪 of 沪深300, a capital of an Index's name): the matcher is called only at
    those, not at every character. None where a name ending in 指数 or 板块 is possible: those
    start at any Chinese character, and a scan would stop at most of the text."""
    if "指数" in endings or "板块" in endings:
        return None
    firsts = (_GROUPS_FIRST if ranked else _GROUPS_FIRST_WORD)[4:-2] + "沪"
    if "Index" in endings:
        firsts += "A-Z"
    if "nationwide" in endings:
        firsts += "n"
    return Scan(_groups_re(endings, ranked), firsts)


def group_subjects(norm: str) -> list[tuple[int, int, str]]:
    """(start, end, OTHER) for each index, industry or group of companies named in the text."""
    ranked = any(w in norm for w in _RANKED_WORDS)
    endings = tuple(k for k in _GROUPS_ENDING if any(w in norm for w in _ENDING_WORDS[k]))
    scan = _groups_scan(endings, ranked)
    if scan is not None:
        return [(a, b, OTHER) for a, b, _m in scan.finditer(norm)]
    return [(m.start(), m.end(), OTHER) for m in _groups_re(endings, ranked).finditer(norm)]


def other_companies(norm: str, lex: Lexicon, company: str | None) -> list[tuple[int, int, str]]:
    """(start, end, OTHER) for each capitalised name the grammar makes another company's, and
    each index, industry or group of companies."""
    groups = group_subjects(norm)
    if not norm.isascii() and not re.search(r"[A-Z][a-z]+(?:'s|’s)\s", norm):
        return groups
    own = _own_tokens(lex, company)
    names = list(lex.companies_re.finditer(norm))  # (one scan for both lists below)
    known = [m.span() for m in names]
    own_mentions = sum(1 for m in names if lex.company(m.group()) == company)
    out = []
    listed = "NYSE" in norm or "Nasdaq" in norm or "NASDAQ" in norm or "AMEX" in norm
    for m in _LISTED.finditer(norm) if listed else ():
        symbol = m.group("symbol")
        if (
            company is not None
            and symbol != company
            and lex.companies_lower.get(symbol.lower()) != company
        ):
            name = _trim(m.group("name"))
            if name is not None:
                a = m.start("name") + m.group("name").rindex(name)
                out.append((a, a + len(name), OTHER))
    for pattern, cued in (
        (_CUED, True),
        (_CUED_AFTER, True),
        (_POSSESSIVE, False),
        (_REPORTED, False),
        (_COMPARED, False),
    ):
        for m in pattern.finditer(norm):
            name = _trim(m.group("name"))
            if name is None:
                continue
            if pattern is _POSSESSIVE and not lex.metrics_re.match(norm, m.start("metric")):
                continue  # Wu's team said…: a possessive names a company's figure only
            a = m.start("name") + m.group("name").rindex(name)
            if any(x < a + len(name) and a < y for x, y in known):
                continue  # the alias tables know it (another company or the article's own)
            tokens = {t.lower() for t in name.split()} - _GENERIC
            if not tokens or tokens & own:
                continue  # the article's company under a longer or shorter name
            if not cued and (
                company is None or norm.count(name) > own_mentions or not own_mentions
            ):
                continue  # maybe the article's company under a name nobody listed
            out.append((a, a + len(name), OTHER))
    return sorted(set(out + groups))


def _trim(name: str) -> str | None:
    """The name without leading words that are not part of it (In, The, Chairman)."""
    words = name.split()
    while words and words[0].lower().strip(".") in _NOT_NAMES:
        words.pop(0)
    if not words or all(w.isupper() and len(w) <= 3 for w in words):
        return None  # FY, Q1, RMB
    trimmed = " ".join(words)
    return trimmed if trimmed in name else None


def _own_tokens(lex: Lexicon, company: str | None) -> set[str]:
    if company is None:
        return set()
    out: set[str] = set()
    for alias, code in lex.companies.items():
        if code == company and alias.isascii():
            out |= {t.lower() for t in alias.split()} - _GENERIC
    return out
