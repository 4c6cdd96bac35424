"""The checker: an article in, claims with verdicts out.

    checker = Checker(store)                       # loads names once; reuse it for many articles
    result = checker.check(text, company=None, date=None)
    result.claims                                  # [CheckedClaim(claim, verdict)], in text order
    result.summary()                               # {"claims": 50, "supported": 38, ...}
    result.exit_code                               # 0 checked, 1 something contradicted/misleading

The company is ``company`` (a code, or a name the alias tables know), else the company the article
names most often among those the store or ``companies.toml`` knows. A company nobody knows raises
``UnknownCompanyError``; an article that names none is checked with every claim unverifiable.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from ..company_names import (
    chinese_is_generic,
    name_table,
    press_names,
    ticker_candidates,
    ticker_re,
    without_generic_end,
)
from ..errors import UnknownCompanyError
from ..metrics import Metrics
from ..periods import Period
from .extract import extract_claims
from .fiscal import fiscal_year_end, frame_shift, snap_instant, usual_shift
from .lexicon import Lexicon, company_aliases
from .line_names import product_lines
from .model import CONTRADICTED, MISLEADING, OTHER, VERDICTS, CheckedClaim, verify_data
from .printed_lines import LineNames, name_lines
from .streaks import streak_claims
from .text import read_text
from .total_shares import shares_of_the_total
from .verify import verify
from .verify_base import ArticleClaims

# a price per unit of a commodity (gold averaging $922 an ounce, copper at $2.82 a pound, 铁矿石
# 每吨120美元) or a price named by its commodity ($900-plus gold): the market's, not a company's
_PER_UNIT = re.compile(
    r"(?:-plus)?\s*(?:an?|per|/)\s*(?:troy\s+)?(?:ounce|oz|pound|lb|ton|tonne|metric\s+ton"
    r"|barrel|bbl|bushel|gallon|MMBtu|kilogram|kg)\b"
    r"|(?:-plus)?\s+(?:gold|silver|copper|oil|crude|iron\s+ore|coal|nickel|aluminum|aluminium)\b"
    r"|\s*(?:/|每)\s*(?:吨|盎司|桶|磅|公斤)",
    re.I,
)

# a line's "service revenue" or "product revenue" (wireless service revenue): a filer breaks its
# revenue down into lines, not each line into goods and services again, so the figure of a line
# the store holds is that line's revenue
_PARTS_OF_REVENUE = frozenset(("sales_services", "sales_goods"))


def _held_instead(text: str, claims: list, code: str | None, m: Metrics) -> list:
    """The company's claims on a concept the store holds nothing of, read as the concept its
    statements give the same money under (``[held_instead]`` in verify.toml), where it holds
    that and the words say so; amounts only (a dividend per share stays one)."""
    table = verify_data().get("held_instead", {})
    out = []
    for c in claims:
        row = table.get(c.concept)
        if (
            row is not None
            and c.subject == code
            and "/share" not in (c.unit or "")
            and not m.holds(c.concept)
            and m.holds(row["concept"])
        ):
            # (in the claim's sentence: the lower payout, a 58 percent cut, trimmed dividend
            # payments to $106 million)
            said = _SAID_END.split(text[max(0, c.start - _SAID_REACH) : c.end].lower())[-1]
            said += _SAID_END.split(text[c.end : c.end + _SAID_REACH].lower())[0]
            if any(w in said for w in row["said"]):
                c = replace(c, concept=row["concept"])
        out.append(c)
    return out


_SAID_REACH = 60  # characters before and after a claim where the words of ``[held_instead]`` may be
_SAID_END = re.compile(r"[。；！？\n]|[.;!?]\s")


# the word a bare symbol follows: a name's (capitalised, or Chinese), never "revenue (GAAP)"
_WORD_BEFORE = re.compile(r"([^\s()（）;；,，:：]+)\s*$")


def _line_named(text: str, claim, segments: tuple[str, ...]) -> bool:
    """Whether a claim on a filer's service or product revenue names, in full, a line of revenue
    the store holds (Wireless service revenue), not only the service word of one."""
    if claim.concept not in _PARTS_OF_REVENUE or claim.segment not in segments:
        return False
    # (a line named Services, said in the singular: service revenue declined 3.6%)
    name = claim.segment.lower().removesuffix("s")
    return name in text[max(0, claim.start - 60) : claim.end].lower()


# between a word for someone else's and the name it introduces ("rival Freeport", 同业中，美国电力)
_AFTER_RIVAL = re.compile(r"[\s(（]*(?:中|里|之中)?[,，:：、]?\s*")


# between a name and its symbol: a legal form the name was matched without ("Coca-Cola Co. (KO)",
# "Ford Motor Company (NYSE: F)", 美国电力公司（AEP）)
_LEGAL_GAP = re.compile(
    r"公司|集团|\b(?:Inc|Corp|Co|Ltd|Company|Corporation|Incorporated|Group|Holdings|plc|PLC)\b"
    r"\.?|[\s(（,，.]"
)


def _only_legal_form(gap: str) -> bool:
    """Whether nothing but a legal form, spaces and brackets stands between a name and what
    follows it."""
    return not _LEGAL_GAP.sub("", gap)


# the Chinese words right before a symbol's parentheses, after the last word that cannot be in
# a name (总部位于伯明翰的地区金融公司（NYSE:RF）: 地区金融公司; 电力巨头爱迪生国际, 旗下南加州爱迪生:
# a word that describes the company), and a legal form after a name
_CJK_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,16}$")
_NOT_IN_NAME = re.compile(
    r".*(?:的|是|为|和|与|及|在|由|对|称|据|巨头|巨擘|龙头|旗下|子公司|母公司|运营商|服务商)"
)
_LEGAL_FORM_ZH = re.compile(r"(?:股份有限公司|有限公司|控股公司|公司|集团|控股)$")


def _named_before_symbol(norm: str, at: int, code: str, mentions) -> list[tuple[int, int, str]]:
    """Every place the article names a company by the Chinese name it wrote before the symbol's
    parentheses (林肯国民（Lincoln National，NYSE：LNC）… 林肯国民总收入), when no name the store knows
    ends there: the longest end of the words before them (three characters or more, or the
    words whole, or two written three times) that the article writes again."""
    # a name the store knows ends there (哈特福德金融服务集团（…）): only its shorter forms are
    # looked for (哈特福德 written again alone)
    known_names = {
        norm[a:b] for a, b, _c in mentions if b == at or (b < at and _only_legal_form(norm[b:at]))
    }
    known = bool(known_names)
    run = _CJK_BEFORE.search(norm, max(0, at - 16), at)
    if run is None:
        return []
    words = _LEGAL_FORM_ZH.sub("", _NOT_IN_NAME.sub("", run.group()))
    for n in range(len(words), 1, -1):
        name = words[-n:]
        if n < 3 and n < len(words) and (norm.count(name) < 3 or chinese_is_generic(name)):
            # (two characters after a description, 骨科植入物龙头齐默: a name when the article
            # writes it three times or more and it says no trade)
            break
        # (森普拉能源 written again as 森普拉, 哈特福德金融服务 as 哈特福德: the name without the
        # words of its trade)
        # (旅行者集团 known, written again as 旅行者: the name without its legal form is shorter)
        forms = [] if name in known_names or (known and n < len(words)) else [name]
        stem = without_generic_end(name)
        while stem and len(stem) >= 3:
            forms.append(stem)
            stem = without_generic_end(stem)
        if all(norm.count(f) < 2 for f in (name, *forms)):
            continue
        taken = [(a, b) for a, b, _c in mentions]
        out = []
        for form in forms:
            for m in re.finditer(re.escape(form), norm):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    out.append((m.start(), m.end(), code))
                    taken.append(m.span())
        return sorted(out)
    return []


def _counted(norm: str, mentions) -> list[str]:
    """The codes of the mentions that count toward the article's company: not a name right
    after a word for someone else's ("rival Freeport-McMoRan": the article is not about it),
    nor the symbol right after such a name ("rival Freeport-McMoRan (FCX.N)")."""
    out = []
    last, skipped = None, False
    for a, b, code in mentions:
        gap = norm[last[1] : a] if last is not None else "x"
        after = _only_legal_form(gap)
        skipped = (last is not None and last[2] == OTHER and bool(_AFTER_RIVAL.fullmatch(gap))) or (
            after and skipped and last[2] == code
        )
        if not skipped:
            out.append(code)
        last = (a, b, code)
    return out


# a rival or peer named before a figure (Rival Caterpillar Inc. last month reported a 66% drop…,
# "Peers. Bristol-Myers Squibb reported 2Q EPS of $0.51"): the figures after it in that sentence
# are the rival's, unless the company checked is named again in between
# (a heading "Peers." opens a line; "better than most rivals. Total assets…" is no rival's)
_RIVAL = re.compile(
    r"^(?:Rivals?|Peers?|Competitors?)(?P<heading>\.)[ \t]+(?=[A-Z])"
    r"|\b(?:[Rr]ivals?|[Pp]eers?|[Cc]ompetitors?)[ \t]+(?=[A-Z])",
    re.M,
)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")


def _rivals_figures(text: str, t, mentions, code: str, claims: list) -> list:
    """The claims in a rival's sentence (see ``_RIVAL``), their subject set to OTHER."""
    own = [t.original_span(a, b)[0] for a, b, c in mentions if c == code]
    spans = []
    for m in _RIVAL.finditer(text):
        end = _SENTENCE_END.search(text, m.end())
        if end is not None and m.group("heading"):
            end = _SENTENCE_END.search(text, end.end())  # a heading: the sentence after it
        spans.append((m.start(), end.start() if end else len(text)))
    out = []
    for c in claims:
        rival = any(a < c.start < b and not any(a < x < c.start for x in own) for a, b in spans)
        out.append(replace(c, subject=OTHER) if rival and c.subject == code else c)
    return out


def _commodity_price(text: str, claim) -> bool:
    """Whether the claim's number is a commodity's price (see ``_PER_UNIT``)."""
    if not claim.printed or claim.unit not in ("USD", "CNY", "HKD"):
        return False
    at = text.find(claim.printed, claim.start, claim.end)
    return at >= 0 and bool(_PER_UNIT.match(text, at + len(claim.printed)))


# after an amount of cents: the part of every dollar it stands for (keeps 60 cents of every
# revenue dollar as operating profit), a rate said as money, not a figure of the company
_OF_EVERY = re.compile(
    r"\s+(?:out\s+)?(?:of|from|on|for|in)\s+(?:every|each)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:dollar|euro|pound|yuan)\b",
    re.I,
)


def _of_every_dollar(text: str, claim) -> bool:
    """Whether the claim's number is a part of every dollar (see ``_OF_EVERY``)."""
    if not claim.printed or claim.unit not in ("USD", "CNY", "HKD"):
        return False
    at = text.find(claim.printed, claim.start, claim.end)
    return at >= 0 and bool(_OF_EVERY.match(text, at + len(claim.printed)))


@dataclass
class CheckResult:
    company: str | None
    company_name: str | None
    claims: list[CheckedClaim] = field(default_factory=list)

    def summary(self) -> dict:
        counts = Counter(c.verdict.verdict for c in self.claims)
        out = {
            "company": self.company,
            "company_name": self.company_name,
            "claims": len(self.claims),
        }
        out.update({v: counts.get(v, 0) for v in VERDICTS})
        return out

    @property
    def exit_code(self) -> int:
        bad = {CONTRADICTED, MISLEADING}
        return 1 if any(c.verdict.verdict in bad for c in self.claims) else 0

    def to_json(self) -> dict:
        return {"claims": [c.to_json() for c in self.claims], "summary": self.summary()}


class Checker:
    """Checks articles against one store. Building it reads the company names; each company's
    facts are read once, on first use."""

    def __init__(self, store) -> None:
        self.store = store
        self.known: dict[str, str] = {}  # code → registered name
        listed = []
        for c in store.companies():
            self.known[c.code] = c.name or c.code
            # every name its reports or profile print, with the safe shorter forms derived when
            # it was read (caibao.company_names); a code with digits (600080, a CIK) is written
            # as a name; a ticker is not taken as one, since names match English words in any
            # case ("A", "ON", "ALL" are tickers), only in a ticker's parentheses (below)
            aliases = [*company_aliases(c.name or ""), *c.aliases]
            also = [c.code] if any(ch.isdigit() for ch in c.code) else []
            listed.append(
                (c.code, c.name or c.code, [*aliases, *also], [*also, *press_names(c.code)])
            )
        # a company's own name outranks a form derived from another's (company_names.name_table)
        self.names: dict[str, str] = name_table(listed)
        self.lexicon = Lexicon(self.names)
        self._metrics: dict[str, Metrics] = {}
        self._metrics_before: dict[tuple, Metrics] = {}
        self._lines_cache: dict[str, LineNames] = {}
        self._latest_cache: dict[str, Period | None] = {}
        self._fiscal_cache: dict[str, tuple[int, tuple[date, ...]]] = {}

    def metrics(self, code: str) -> Metrics:
        if code not in self._metrics:
            self._metrics[code] = Metrics(self.store, code)
        m = self._metrics[code]
        # an article of a day before some of the company's reports ended reads the figures as
        # first reported: a store set apart for that day (most articles postdate every report)
        # (a report's period is in the company's fiscal notation: the day is moved on by as many
        # months as its year ends before December, Apple's 2009Q3 10-Q ending "2009-09-30")
        day = getattr(self, "_day", None)
        if day is not None and (shift := self._fiscal(code)[0]):
            months = day.year * 12 + day.month - 1 + shift
            day = date(months // 12, months % 12 + 1, min(day.day, 28))
        later = m.later_reports(day) if day is not None else frozenset()
        if not later:
            return m
        if (code, later) not in self._metrics_before:
            self._metrics_before[(code, later)] = Metrics(self.store, code, day=day)
        return self._metrics_before[(code, later)]

    def _line_names(self, code: str, labels: list) -> LineNames:
        if code not in self._lines_cache:
            self._lines_cache[code] = LineNames(labels)
        return self._lines_cache[code]

    def _metrics_for(self, code: str | None) -> Metrics | None:
        return self.metrics(code) if code in self.known else None

    def resolve_company(self, company: str) -> str:
        """A code or a known name → code; raises UnknownCompanyError."""
        if company in self.known:
            return company
        code = self.lexicon.companies_lower.get(company.lower())
        if code and code != OTHER:
            return code
        if company in set(self.lexicon.companies.values()):
            return company  # a code the alias tables know, with no figures in the store
        raise UnknownCompanyError(company, "no such company in the store or the alias tables")

    def company_mentions(self, norm: str) -> list[tuple[int, int, str]]:
        """(start, end, code or OTHER) for every company name in the text, and every trading
        symbol in parentheses after a name ("The Coca-Cola Co. (KO)", "(NYSE: F)"), which names
        its company: the name just before it is taken as that company's."""
        out = [
            (m.start(), m.end(), self.lexicon.company(m.group()))
            for m in self.lexicon.companies_re.finditer(norm)
        ]
        tickers = [t for t in ticker_re().finditer(norm) if self._ticker_code(norm, t)]
        if not tickers:
            return out
        for t in tickers:
            code = self._ticker_code(norm, t)
            # the name it follows ("Coca-Cola Co. (KO)": a legal form may come between)
            for i in range(len(out) - 1, -1, -1):
                a, b, named = out[i]
                if b <= t.start():
                    if named != code and _only_legal_form(norm[b : t.start()]):
                        out[i] = (a, b, code)
                    break
            out.append((t.start(), t.end(), code))
            out += _named_before_symbol(norm, t.start(), code, out)
        return sorted(out)

    def _ticker_code(self, norm: str, t: re.Match) -> str | None:
        """The company of a symbol in parentheses; a symbol without an exchange only right
        after a word (a name), never an uppercase word in parentheses elsewhere."""
        if not t["exchange"]:
            word = _WORD_BEFORE.search(norm, max(0, t.start() - 40), t.start())
            if not word or not (word[1][0].isupper() or "\u4e00" <= word[1][-1] <= "\u9fff"):
                return None
        for symbol in ticker_candidates(t["symbol"]):
            if symbol in self.known:
                return symbol
        return None

    def detect_company(self, norm: str, mentions=None) -> str | None:
        mentions = self.company_mentions(norm) if mentions is None else mentions
        counts = Counter(code for code in _counted(norm, mentions) if code != OTHER)
        first = {}
        for a, _b, code in mentions:
            first.setdefault(code, a)
        # the company named most often; on a tie the one named first (the headline or the lede
        # names the article's company), never an order of codes
        in_store = [(n, -first[code], code) for code, n in counts.items() if code in self.known]
        if in_store:
            return max(in_store)[2]
        return counts.most_common(1)[0][0] if counts else None

    def _fiscal(self, code: str | None) -> tuple[int, tuple[date, ...]]:
        """(the months the company's fiscal year ends before December, its balance dates),
        learnt from every document's own balance date and the period it is named for: an annual
        report's last balance date (Apple: September → 3), a quarterly one's moved on to its
        year's end (a 2009Q3 report whose balances are dated 2009-07-31: October → 2)."""
        if code not in self.known:
            return 0, ()
        if code not in self._fiscal_cache:
            instants, year_ends = set(), []
            for doc, _n in self.store.documents(code):
                dates = []
                for f in self.store.facts(code, concept="total_assets", document=doc.sha256):
                    try:
                        dates.append(date.fromisoformat(f.period))
                    except ValueError:
                        continue
                instants.update(dates)
                end = fiscal_year_end(doc.period, dates)
                if end is not None:
                    year_ends.append(frame_shift(doc.period, end))
            shift = usual_shift(year_ends)
            self._fiscal_cache[code] = (shift, tuple(sorted(instants)))
        return self._fiscal_cache[code]

    def _latest(self, code: str | None) -> Period | None:
        """The period of the company's latest annual figures in the store, if any."""
        if code not in self.known:
            return None
        if code not in self._latest_cache:
            self._latest_cache[code] = self._latest_uncached(code)
        return self._latest_cache[code]

    def _latest_uncached(self, code: str) -> Period | None:
        years = []
        for doc, _n in self.store.documents(code):
            try:
                p = Period.parse(doc.period)
            except ValueError:
                continue
            years.append(p.year if p.kind == "FY" else p.year - 1)
        return Period.fy(max(years)) if years else None

    def check(self, text: str, company: str | None = None, day: date | None = None) -> CheckResult:
        t = read_text(text)
        mentions = self.company_mentions(t.norm)
        code = self.resolve_company(company) if company else self.detect_company(t.norm, mentions)
        self._day = day
        m = self.metrics(code) if code in self.known else None
        segments = tuple(m.named_segments()) if m is not None else ()
        shift, instants = self._fiscal(code)
        claims = extract_claims(
            t,
            code,
            day,
            self.lexicon,
            segments,
            self._latest(code),
            companies=mentions,
            fiscal_shift=shift,
        )
        if instants:  # the company's own balance dates (a 52/53-week year ends 24 September; a
            # quarter ended June 28 whose filing dates its balances June 30)
            # (a claim is copied only when its date moves: most claims are of no balance date)
            snapped = [(c, snap_instant(c.period, instants)) for c in claims]
            claims = [c if p == c.period else replace(c, period=p) for c, p in snapped]
        # a number never runs across a paragraph break (a byline's date, then 万科 on the next line)
        claims = [c for c in claims if "\n\n" not in (c.printed or "")]
        claims = [c for c in claims if not _commodity_price(text, c)]
        if "every" in text or "each" in text:
            claims = [c for c in claims if not _of_every_dollar(text, c)]
        if segments:
            claims = [replace(c, concept="revenue") if _line_named(text, c, segments) else c
                      for c in claims]  # fmt: skip
        if m is not None:
            claims = _held_instead(text, claims, code, m)
        if segments and "of the " in text:
            claims = shares_of_the_total(text, claims, code)
        if m is not None and (labels := m.tagged_labels()):
            claims = name_lines(text, claims, code, self._line_names(code, labels), m.holds)
        if "revenue" in text or "sales" in text:
            claims = product_lines(text, claims, self.lexicon.companies)
        if code and ("ival" in text or "eer" in text or "ompetitor" in text):
            claims = _rivals_figures(text, t, mentions, code, claims)
        streaks = streak_claims(t, code, claims, self.lexicon)
        claims = sorted([*claims, *streaks], key=lambda c: c.start) if streaks else claims
        checked = []
        article = ArticleClaims(claims, text)  # what every claim asks of the article, once
        for c in claims:
            # a sentence about another company in the store is checked against that company
            metrics = m if c.subject == code else self._metrics_for(c.subject)
            checked.append(CheckedClaim(c, verify(c, metrics, article, self.lexicon.kinds)))

        return CheckResult(code, self.known.get(code), checked)
