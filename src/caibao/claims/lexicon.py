"""The wording of financial journalism as data: metric words, qualifiers, change words, segment
rules (``lexicon.toml``) and company names (``companies.toml`` + the store's companies table).

Everything is compiled once into regular expressions; ``Lexicon`` is what the extractor reads.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

from ..company_names import name_stop, press_table
from ..scan import FOLDED_ONTO_ASCII, Scan
from .model import OTHER


@dataclass(frozen=True, slots=True)
class MetricWord:
    text: str
    concept: str
    measure: str | None  # a measure the word itself says ("新增研发投入" → change_abs)
    kind: str  # "amount", "ratio", "count"
    whole_company: bool


_BRANCHES = 16  # a trie node's branches tried one by one; more are grouped (see ``_trie``)


def _trie(words: list[str], stops: dict[str, str] | None = None) -> str:
    """A regex alternation as a trie: one branch per next character, so matching costs one
    comparison per character instead of one per word; longer words win (greedy). ``stops``:
    assertions a word must pass where it ends (高通 not in 高通胀)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = (stops or {}).get(w, "")

    def build(node: dict) -> str:
        items = [(ch, child) for ch, child in sorted(node.items()) if ch]
        alts = [re.escape(ch) + build(child) for ch, child in items]
        end = node.get("")
        if not alts:
            return end or ""
        if len(alts) > _BRANCHES:
            # many branches (a name list's first characters): in groups behind a class of their
            # characters, so a character that starts none of a group's branches passes it at
            # one test, not one per branch
            groups = [
                f"(?=[{''.join(re.escape(ch) for ch, _ in items[i : i + _BRANCHES])}])(?:"
                + "|".join(alts[i : i + _BRANCHES])
                + ")"
                for i in range(0, len(alts), _BRANCHES)
            ]
            body = "(?:" + "|".join(groups) + ")"
        else:
            body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + "|" + end + ")"  # the longer word, else this one if not stopped
        if end is not None:
            return "(?:" + body + ")?"
        return body

    return build(root)


def _two_chars_ahead(words: list[str]) -> str:
    """A look-ahead any of ``words`` passes where it starts: a first character then a second
    one of theirs, or one of the one-character words."""
    longer = [w for w in words if len(w) > 1]
    alts = []
    if longer:
        firsts = "".join(sorted({re.escape(w[0]) for w in longer}))
        seconds = "".join(sorted({re.escape(w[1]) for w in longer}))
        alts.append(f"[{firsts}][{seconds}]")
    singles = "".join(sorted({re.escape(w) for w in words if len(w) == 1}))
    if singles:
        alts.append(f"[{singles}]")
    return "(?=" + "|".join(alts) + ")"


def _first_chars(words: list[str], upper_only: bool = False) -> str:
    """A character class body of the ASCII letters and digits the (lower-cased) ``words`` can
    start with, in both cases (``upper_only``: capitals only, as a name is written): the scan
    tests it at every position, so the fewer letters, the fewer attempts at a match."""
    firsts = {w[0] for w in words}
    chars = {c.upper() for c in firsts} if upper_only else {*firsts, *(c.upper() for c in firsts)}
    return re.escape("".join(sorted(chars)))


def _words_regex(
    words: list[str], proper: bool = False, stops: dict[str, str] | None = None
) -> re.Pattern:
    """Longest-first matching of many words; words that start with an ASCII letter or digit
    match whole words only, case-insensitively. ``proper``: the words are names, and a name
    written with a capital (Range, Franklin) matches only a word written with one (Range
    Resources, not "a range of"); the rest of it in any case (VANKE, Vanke). ``stops``: the
    assertions a word must pass where it ends, for a name also found inside an ordinary word
    (高通 but not 高通胀: ``company_names.name_stop``), or a loose metric word (assets)."""
    latin = [w for w in words if w[:1].isascii() and w[:1].isalnum()]
    capital = sorted({w.lower() for w in latin if proper and not w[:1].islower()})
    ascii_words = sorted({w.lower() for w in latin if not proper or w[:1].islower()})
    other = sorted({w for w in words if w and not (w[:1].isascii() and w[:1].isalnum())})
    parts = []
    firsts = set()  # every character a word of any part can start with
    if other:
        firsts |= {w[0] for w in other}
        # the same look-ahead for the other words: their first two characters (a Chinese name's
        # first character alone — 中, 国, 上 — is on every line), or a one-character word
        parts.append(_two_chars_ahead(other) + _trie(other, stops))
    if capital:
        firsts |= {w[0].upper() for w in capital}
        # a name never starts inside a number: the 3m of $372.3m or $43m is no 3M
        parts.append(
            f"(?=[{_first_chars(capital, upper_only=True)}])"
            + r"(?<![A-Za-z0-9])(?<!\d[.,])(?i:"
            + _trie(capital)
            + r")(?![A-Za-z])"
        )
    if ascii_words:
        firsts |= {c for w in ascii_words for c in (w[0], w[0].upper())}
        # the look-ahead skips, at one test per character, positions no English word starts at
        parts.append(
            f"(?=[{_first_chars(ascii_words)}])"
            + r"(?<![A-Za-z])(?i:"
            + _trie(ascii_words, stops)
            + r")(?![A-Za-z])"
        )
    if len(parts) > 1:
        # (each part's look-ahead in one: a position no word starts at fails once, not per part)
        ahead = "".join(re.escape(c) for c in sorted(firsts))
        return re.compile(f"(?=[{ahead}])(?:" + "|".join(parts) + ")")
    return re.compile("|".join(parts) if parts else r"(?!x)x")


def _words_scan(words: list[str], pattern: re.Pattern) -> Scan:
    """``pattern`` (``_words_regex(words)``) as a ``caibao.scan.Scan``, for words that start with
    few characters: the matcher is called only at those (an English word in any case, and at the
    four non-ASCII letters re.I folds onto ASCII ones), not at every character of the text."""
    firsts = {c for w in words for c in (w[0], w[0].lower(), w[0].upper())}
    firsts |= {f for c, folds in FOLDED_ONTO_ASCII.items() if c in firsts for f in folds}
    return Scan(pattern, "".join(re.escape(c) for c in sorted(firsts)))


@cache
def _data(name: str) -> dict:
    return tomllib.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


def lexicon_data() -> dict:
    """``lexicon.toml``, read once."""
    return _data("lexicon.toml")


class Lexicon:
    """Compiled wording. ``companies`` maps alias → code (or ``OTHER``)."""

    def __init__(self, companies: dict[str, str] | None = None) -> None:
        data = _data("lexicon.toml")
        self.metric_words: dict[str, MetricWord] = {}
        for concept, entry in data["metrics"].items():
            kind = entry.get("kind", "amount")
            whole = bool(entry.get("whole_company", False))
            for raw in [*entry.get("zh", ()), *entry.get("en", ())]:
                text, _, measure = raw.partition("=")
                self.metric_words.setdefault(
                    text.lower(), MetricWord(text, concept, measure or None, kind, whole)
                )
        for variant, word in _short_forms(self.metric_words).items():
            self.metric_words.setdefault(variant, word)
        # (a word that is a metric only where its figure follows: bare 现金, see [metric_stops])
        metric_stops = {w: "".join(parts) for w, parts in data.get("metric_stops", {}).items()}
        self.metrics_re = _words_regex(
            [w.text for w in self.metric_words.values()], stops=metric_stops
        )
        self.kinds = {c: entry.get("kind", "amount") for c, entry in data["metrics"].items()}
        self.whole_company = {w.concept for w in self.metric_words.values() if w.whole_company}
        # items named by a loss (impairment losses) whose figure is printed positive
        self.loss_named = {c for c, entry in data["metrics"].items() if entry.get("loss_named")}

        self.qualifier_before = {w.lower(): q for q, ws in data["qualifiers"].items() for w in ws}
        self.qualifier_after = {
            w.lower(): q for q, ws in data["qualifiers_after"].items() for w in ws
        }
        before = sorted(self.qualifier_before, key=len, reverse=True)
        # the look-ahead (a class of the words' first characters) skips, at one test per
        # character, the positions no qualifier starts at (it is searched in every clause); it
        # comes before the look-behind, which costs more and would be tried at every position
        firsts = "".join(sorted({re.escape(w[0]) for w in before}))
        self.qualifier_before_re = re.compile(
            rf"(?=[{firsts}])(?:(?<![A-Za-z])|(?<=[^\x00-\x7f]))("
            + "|".join(re.escape(w) for w in before)
            + r")(?:了|到|为|at|of)?[ \u00a0]*$",
            re.IGNORECASE,
        )
        continuing = data["continuing_operations"]["words"]
        self.continuing_re = re.compile("|".join(re.escape(w) for w in continuing), re.I)
        before = data["before_extraordinary"]["words"]
        self.before_extraordinary_re = re.compile("|".join(re.escape(w) for w in before), re.I)
        self.thresholds = tuple(w.lower() for w in data.get("thresholds", {}).get("words", ()))
        after = sorted(self.qualifier_after, key=len, reverse=True)
        self.qualifier_after_re = re.compile(
            # no "^": it would match only at the start of the text, never at match(s, pos)
            r"[ \u00a0]*(" + "|".join(re.escape(w) for w in after) + ")",
            re.IGNORECASE,
        )
        ch = data["changes"]
        self.up_words = {w.lower() for w in ch["up"]}
        self.down_words = {w.lower() for w in ch["down"]}
        self.change_re = _words_regex(ch["up"] + ch["down"])
        self.metric_verbs = frozenset(w.lower() for w in ch.get("metric_verbs", ()))
        self.raise_words = frozenset(w.lower() for w in ch.get("raise_words", ()))
        self.raised_concepts = frozenset(ch.get("raised_concepts", ()))
        self.improve_words = frozenset(w.lower() for w in ch.get("improve", ()))
        self.worsen_words = frozenset(w.lower() for w in ch.get("worsen", ()))
        self.to_re = re.compile(r"(?:至|到|to|at)[ \u00a0]*$", re.IGNORECASE)
        self.yoy_re = _words_regex(ch["yoy"])
        self.share_re = _words_regex(ch["share"])

        seg = data["segments"]
        suffixes = "|".join(re.escape(s) for s in sorted(seg["suffixes"], key=len, reverse=True))
        self.segment_re = re.compile(
            rf"(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9及与和]{{0,14}}?)(?:{suffixes})"
        )
        self.not_segments = set(seg["not_segments"])
        whole_stops = {w: "".join(p) for w, p in seg.get("whole_company_stops", {}).items()}
        self.whole_company_re = _words_regex(seg["whole_company"], stops=whole_stops)
        # (the article's whole company, 公司整体 合计 总体, is looked for in the whole text)
        self.whole_company_scan = _words_scan(seg["whole_company"], self.whole_company_re)

        names = dict(companies or {})
        comp = _data("companies.toml")
        for code, entry in comp.get("companies", {}).items():
            for n in entry["names"]:
                names.setdefault(n, code)
        for n in comp.get("others", {}).get("names", ()):
            names.setdefault(n, OTHER)
        # the press's names of US-listed companies the store does not hold: a peer named by one
        # (对比同行，惠普同期营收…; rival Pfizer) is another company (press_names.toml)
        for press in press_table()["tickers"].values():
            for n in press:
                names.setdefault(n, OTHER)
        for n, code in list(names.items()):
            for form in _possessive_forms(n):
                names.setdefault(form, code)
        self.companies = names
        self.companies_lower = {}  # the first of two spellings keeps it (Nvidia, then NVIDIA)
        for k, v in names.items():
            self.companies_lower.setdefault(k.lower(), v)
        stops = {n: p for n in names if (p := name_stop(n)) is not None}
        self.companies_re = _words_regex(list(names), proper=True, stops=stops)

    def metric(self, text: str) -> MetricWord:
        return self.metric_words[text.lower()]

    def company(self, text: str) -> str:
        return self.companies_lower[text.lower()]


# a registrant's name that drops the apostrophe of a founder's possessive (MCDONALDS CORP, LOWES
# COMPANIES, PAPA JOHNS INTERNATIONAL): a capitalised word ending in a single s
_POSSESSIVE_WORD = re.compile(r"(?<![A-Za-z'’])([A-Z][A-Za-z]{1,}[A-RT-Za-rt-z])s(?![A-Za-z'’])")


def _possessive_forms(name: str) -> tuple[str, ...]:
    """The press's spelling of a name whose registrant dropped the possessive's apostrophe, one
    word at a time: McDonalds → McDonald's (and ’), Lowes Companies → Lowe's Companies, Papa
    Johns → Papa John's. A name in capitals is the registrant's own, left as it is."""
    if name.isupper() or not name.isascii():
        return ()
    return tuple(
        f"{name[: m.start()]}{m.group(1)}{mark}s{name[m.end() :]}"
        for m in _POSSESSIVE_WORD.finditer(name)
        for mark in ("'", "’")
    )


def company_aliases(name: str) -> list[str]:
    """Names an article may use for a registered name: itself and without legal suffixes."""
    out = [name]
    short = re.sub(r"(股份有限公司|有限责任公司|有限公司|集团|控股|\(集团\)|（集团）)", "", name)
    if short and short != name and len(short) >= 2:
        out.append(short)
    return out


def segment_in_chinese(name: str) -> str | None:
    """An English segment name in the Chinese words reports print (orthopaedic → 骨科), or None
    when no word of it is known (``[segments.en_to_zh]`` in lexicon.toml)."""
    low = name.lower()
    for en, zh in _en_to_zh():
        if en in low:
            return zh
    return None


@cache
def english_segments_re() -> re.Pattern[str]:
    """The English segment names of ``[segments.en_to_zh]`` as words in any case (Pharmaceutical
    distribution more than doubled): an English article names a Chinese company's business lines
    with them even without business/segment after."""
    words = "|".join(re.escape(en) for en, _zh in _en_to_zh())
    return re.compile(rf"(?i)\b(?:{words})\b")


@cache
def _en_to_zh() -> tuple[tuple[str, str], ...]:
    table = _data("lexicon.toml")["segments"].get("en_to_zh", {})
    return tuple(sorted(((k.lower(), v) for k, v in table.items()), key=lambda kv: -len(kv[0])))


def segment_in_store(name: str, segments: tuple[str, ...]) -> str:
    """The store's name for a segment an article names otherwise: a Chinese rendering of an
    English segment (大中华区 → Greater China, ``[segments.zh_to_en]``) or another case (services
    → Services), when the company has that segment; else the name itself."""
    if not segments or name in segments:
        return name
    lower = {s.lower(): s for s in segments}
    core = _SEGMENT_SUFFIX.sub("", name)  # 北美分部, 美国市场, 服务业务: the name is before it
    for candidate in dict.fromkeys((name, core)):
        english = _zh_to_en().get(candidate, candidate)
        if english.lower() in lower:
            return lower[english.lower()]
        # the press shortens a segment's name (广告 for Advertising services): one segment only
        longer = [s for s in segments if s.lower().startswith(english.lower() + " ")]
        if len(longer) == 1 and english.isascii():
            return longer[0]
        if english.isascii():
            found = segment_by_words(english, segments)
            if found:
                return found
    return name


# words a line's name may carry or drop (Licence updates and support revenue = Software license
# updates and product support), and the British spellings of the filings' American ones
_LINE_FILLER = frozenset(
    ("and", "&", "of", "the", "revenue", "revenues", "sales", "income", "from", "at", "by", "in")
)
_NOT_ALONE = frozenset(("other", "net", "new", "total", "core", "product", "gross", "operating"))
_NO_OWN_WORD = frozenset(("total", "net"))
_BRITISH = {"licence": "license", "licences": "licenses", "programme": "program"}


def _short_forms(words: dict[str, MetricWord]) -> dict[str, MetricWord]:
    """The short forms a table or a headline prints an English metric's name in: "&" for "and"
    (Depreciation & amortization), the press's abbreviations of its words
    (``[segments.abbreviations]``: Depreciation, depletion & amort.) and a margin's plural
    (gross margins), each meaning the same."""
    short = {v.lower(): k.lower() for k, v in _data("lexicon.toml")["segments"].get(
        "abbreviations", {}).items()}  # fmt: skip
    out: dict[str, MetricWord] = {}
    for text, word in words.items():
        if not text.isascii() or " " not in text:
            continue
        forms = {text, text.replace(" and ", " & ")}
        if text.endswith(" margin"):
            forms.add(text + "s")  # (Gross margins, which exceeded 20%: the press's plural)
        for full, abbr in short.items():
            if full in text:
                forms |= {re.sub(rf"\b{full}\b", abbr, f) for f in forms}
        out.update((f, replace(word, text=f)) for f in forms if f != text and f not in words)
    return out


@cache
def _line_spellings() -> dict[str, str]:
    """British spellings and the press's abbreviations (mgmt, svcs) of a line's words, in the
    filings' words (``[segments.abbreviations]`` in lexicon.toml)."""
    table = _data("lexicon.toml")["segments"].get("abbreviations", {})
    return {**_BRITISH, **{k.lower(): v.lower() for k, v in table.items()}}


@cache
def _line_synonyms() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The press's names of a line, in the filings' words (``[segments.synonyms]``)."""
    table = _data("lexicon.toml")["segments"].get("synonyms", {})
    return tuple((re.compile(rf"\b{re.escape(k.lower())}\b"), v.lower()) for k, v in table.items())


@lru_cache(maxsize=8192)
def _line_words(name: str) -> frozenset[str]:
    spell = _line_spellings()
    low = name.lower().replace("-", " ")
    for said, printed in _line_synonyms():
        low = said.sub(printed, low)
    words = (spell.get(w, w) for w in re.findall(r"[a-z&]+", low))
    return frozenset(_stem(w) for w in words if w not in _LINE_FILLER)


def _stem(word: str) -> str:
    """franchisees, franchised → franchise; licenses → license; operated → operate."""
    word = word.removesuffix("s")
    return word[:-1] if word.endswith(("ee", "ed")) and len(word) > 4 else word


def segment_by_words(name: str, segments: tuple[str, ...]) -> str | None:
    """The company's one segment whose name holds every word of ``name`` (spelling, plurals and
    the words revenue/sales/and aside), the one with fewest other words when several do: the press
    names a line in fewer words than the filing (New licence revenue → New software licenses)."""
    words = _line_words(name)
    if not words:
        return None
    # (a line's Total and net are no words of its own: Mac revenue for "Total Mac net sales")
    fits = [(len(_line_words(s) - words - _NO_OWN_WORD), s) for s in segments if s.isascii()]
    fits = sorted((extra, s) for extra, s in fits if words <= _line_words(s))
    if not fits or (len(fits) > 1 and fits[0][0] == fits[1][0]):
        return None
    if len(words) == 1 and (fits[0][0] > 1 or words & _NOT_ALONE):
        return None  # one word (support, other) names no longer line on its own
    return fits[0][1]


# words after a segment's name that are not part of it (北美分部, 美国市场, 亚太地区)
_SEGMENT_SUFFIX = re.compile(r"(?:业务|分部|部门|市场|地区)$")


@cache
def _zh_to_en() -> dict[str, str]:
    return dict(_data("lexicon.toml")["segments"].get("zh_to_en", {}))


def zh_to_en() -> dict[str, str]:
    """Chinese renderings of English segment names (``[segments.zh_to_en]``)."""
    return _zh_to_en()


@cache
def market_concepts() -> frozenset[str]:
    """Concepts of the market, not of the reports (share price, market value, P/E)."""
    metrics = _data("lexicon.toml")["metrics"]
    return frozenset(c for c, entry in metrics.items() if entry.get("market", False))


@cache
def instant_concepts() -> frozenset[str]:
    """Concepts counted at a date though no balance sheet prints them (shareholders of record)."""
    metrics = _data("lexicon.toml")["metrics"]
    return frozenset(c for c, entry in metrics.items() if entry.get("instant", False))


@cache
def alternatives() -> dict[str, tuple[str, ...]]:
    """Loose metric words → other concepts they may mean (``[alternatives]`` in lexicon.toml)."""
    return {k.lower(): tuple(v) for k, v in _data("lexicon.toml").get("alternatives", {}).items()}
