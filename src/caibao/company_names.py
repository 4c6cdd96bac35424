"""Company names: the names a report or profile prints, and the shorter ones journalists write.

Takes: printed names by kind (the full Chinese name, short names, former short names, the English
name and its abbreviation), as a report's 公司信息 table or cninfo's company profile gives them.
Gives: ``PrintedNames.aliases()`` — those names normalised (full-width folded, spacing fixed) and
the forms derived from them by rules in ``company_names.toml``:

- Chinese: the full name without its legal form (金花企业(集团)股份有限公司 → 金花企业), a short
  name without its share class or risk warning (万科A → 万科, *ST金花 → 金花);
- English: without the legal form (Kweichow Moutai Co., Ltd. → Kweichow Moutai), then without
  trailing generic words (Ginwa Enterprise → Ginwa), then without a leading place (China Vanke →
  Vanke, China Resources Sanjiu → Sanjiu).

A derived form is kept only when it still has a distinctive word (or, in Chinese, something left
once the generic words are taken out): "China", "Group", "中国医药" are never a company's name.
Nor is a single word of ``[english] not_alone``: "Texas Instruments" is never "Texas".
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
# English words: a parenthesised group is one token ("(Group)"); commas only separate.
_TOKEN = re.compile(r"\([^()]*\)|[^\s,()]+")
# Former short names are sometimes listed in one cell: "ST金花、金花股份".
_LIST_SEPARATORS = re.compile(r"[、,，;；/／]")

FULL_NAME = "full_name"
SHORT_NAME = "short_name"
FORMER_SHORT_NAME = "former_short_name"
ENGLISH_NAME = "english_name"
ENGLISH_ABBREVIATION = "english_abbreviation"
KINDS = (FULL_NAME, SHORT_NAME, FORMER_SHORT_NAME, ENGLISH_NAME, ENGLISH_ABBREVIATION)


@cache
def rules() -> dict:
    text = resources.files(__package__).joinpath("company_names.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _key(word: str) -> str:
    """How a word is compared with the word lists: case, and a trailing dot or comma, aside."""
    return word.lower().rstrip(".,")


@cache
def _english() -> tuple[tuple[tuple[str, ...], ...], frozenset, frozenset, frozenset, frozenset]:
    data = rules()["english"]
    suffixes = sorted(
        {tuple(_key(w) for w in _TOKEN.findall(s)) for s in data["legal_suffixes"]},
        key=len,
        reverse=True,
    )
    legal = frozenset(w for s in suffixes for w in s)
    generic = frozenset(_key(w) for w in data["generic"])
    places = frozenset(_key(w) for w in data["places"])
    connectors = frozenset(_key(w) for w in data["connectors"])
    return tuple(suffixes), legal, generic, places, connectors


@cache
def _chinese_generic() -> re.Pattern:
    words = sorted(rules()["chinese"]["generic"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def normalize(name: str) -> str:
    """A printed name in one spelling: full-width folded (（集团） → (集团), Ａ → A), no padding
    inside Chinese names (万  科A → 万科A), single spaces in English, a space around a bracketed
    word and after a comma (GINWA ENTERPRISE(GROUP)INC. → GINWA ENTERPRISE (GROUP) INC.)."""
    text = unicodedata.normalize("NFKC", name).strip()
    if _CJK.search(text):
        return re.sub(r"\s+", "", text)
    text = re.sub(r"(?<=[^\s(])\(", " (", text)
    text = re.sub(r"\)(?=[^\s).,])", ") ", text)
    text = re.sub(r",(?=[A-Za-z])", ", ", text)
    return re.sub(r"\s+", " ", text).strip(" ,;")


def _distinctive(tokens: list[str]) -> bool:
    _suffixes, legal, generic, places, connectors = _english()
    plain = generic | places | connectors | legal
    return any(
        _key(t) not in plain and len(re.sub(r"[^A-Za-z0-9]", "", t)) >= 2
        for t in tokens
        if not t.startswith("(")
    )


def _strip_legal(tokens: list[str], steps: list[list[str]] | None = None) -> list[str]:
    """Tokens without the legal form at the end, taken off as often as it repeats; ``steps``
    gets the tokens left after each form but the last ("Altria Group, Inc." → "Altria Group")."""
    suffixes, legal, generic, places, connectors = _english()
    tokens = list(tokens)
    changed = True
    while changed and len(tokens) > 1:
        if steps is not None:
            steps.append(list(tokens))
        changed = False
        last = tokens[-1]
        if last.startswith("("):
            inner = [_key(w) for w in _TOKEN.findall(last[1:-1])]
            if inner and all(w in legal | generic | places | connectors for w in inner):
                tokens.pop()
                changed = True
                continue
        if len(tokens) > 2 and _key(tokens[-2]) == "of" and _key(last) in places:
            del tokens[-2:]  # "Gree Electric Appliances, Inc. of Zhuhai"
            changed = True
            continue
        keys = [_key(t) for t in tokens]
        for suffix in suffixes:
            n = len(suffix)
            if len(tokens) > n and tuple(keys[-n:]) == suffix:
                del tokens[-n:]
                changed = True
                break
    return tokens


def english_forms(name: str) -> list[str]:
    """The English name and the safe shorter forms of it, longest first."""
    full = normalize(name)
    _suffixes, _legal, generic, places, connectors = _english()
    tokens = _TOKEN.findall(full)
    forms = [full]
    steps: list[list[str]] = []
    stem = _strip_legal(tokens, steps)
    # the name with a group word the press keeps (Altria Group, Omnicom Group, CME Group): each
    # form the legal ones leave on the way to the stem
    forms += [
        " ".join(t) for t in steps[1:] if t != stem and t[-1][:1].isalpha() and _distinctive(t)
    ]
    if _distinctive(stem):
        forms.append(" ".join(stem))
    # trailing generic words: "Ginwa Enterprise" → "Ginwa"; "… Medical & Pharmaceutical" → …
    head = list(stem)
    alone = {_key(w) for w in rules()["english"].get("not_alone", ())}
    shortest = None  # the shortest head that is a name alone ("Air Products", not "Air")
    while len(head) > 1 and (_key(head[-1]) in generic | connectors or head[-1].startswith("(")):
        head.pop()
        if _key(head[-1]) not in connectors and not (len(head) == 1 and _key(head[0]) in alone):
            shortest = list(head)
    if _distinctive(head):
        forms.append(" ".join(head))
        if shortest is not None and shortest != head and _distinctive(shortest):
            forms.append(" ".join(shortest))
    else:
        head = stem
    # a leading place, and the generic words after it: "China Vanke" → "Vanke"
    if head and _key(head[0]) in places:
        tail = list(head)
        while len(tail) > 1 and _key(tail[0]) in places | generic | connectors:
            tail.pop(0)
        if _distinctive(tail):
            forms.append(" ".join(tail))
    return _unique(f for f in forms if f and not (" " not in f and _key(f) in alone))


def legal_stem(name: str) -> str | None:
    """A name without its legal form when two words or more are left, even of only generic and
    place words: "Southern Copper Corp" → "Southern Copper" (which ``english_forms`` does not
    give: no word of it is distinctive). For a registrant's name, whose whole stem is the name
    the press prints; None when nothing comes off or one word is left."""
    tokens = _TOKEN.findall(normalize(name))
    stem = _strip_legal(tokens)
    return " ".join(stem) if 1 < len(stem) < len(tokens) else None


def strip_registrant_marks(name: str) -> str:
    """A registrant's name without the marks EDGAR appends to tell registrants apart (a state of
    incorporation, "/NEW/": "NEWMONT MINING CORP /DE/" → "NEWMONT MINING CORP")."""
    marks = re.compile(rules()["english"]["registrant_marks"])
    return marks.sub("", name).strip()


def spelling_variants(form: str) -> list[str]:
    """Other spellings of a short English name that articles print: a two- or three-word name
    hyphenated or not ("Hewlett Packard" ~ "Hewlett-Packard", "Freeport McMoRan"), and the
    initials of an "A & B" name ("Johnson & Johnson" → "J&J", "Procter & Gamble" → "P&G").
    Only names whose every word is distinctive: "Newmont Mining" gives no "Newmont-Mining"."""
    _suffixes, legal, generic, places, connectors = _english()
    plain = legal | generic | places | connectors
    out: list[str] = []
    words = form.split()
    pair = re.fullmatch(r"([A-Z][A-Za-z]+) (?:&|and) ([A-Z][A-Za-z]+)", form)
    if pair and not {_key(pair[1]), _key(pair[2])} & plain:
        out.append(f"{pair[1][0]}&{pair[2][0]}")
    if " & " in form:
        out.append(form.replace(" & ", " and "))  # Air Products and Chemicals
    if 2 <= len(words) <= 3 and all(
        re.fullmatch(r"[A-Z][A-Za-z]{2,}", w) and _key(w) not in plain for w in words
    ):
        out.append("-".join(words))
    parts = form.split("-")
    if (
        2 <= len(parts) <= 3
        and " " not in form
        and all(re.fullmatch(r"[A-Z][A-Za-z]{2,}", w) and _key(w) not in plain for w in parts)
    ):
        out.append(" ".join(parts))
    return out + _conformed(words, plain)


_LETTER = re.compile(r"[A-Z]")


def _conformed(words: list[str], plain: frozenset) -> list[str]:
    """The press's spellings of a name EDGAR conforms (initials as separate letters, a person's
    surname first): "V F Corp" → "VF Corp", "V.F. Corp"; "C H Robinson" → "C.H. Robinson";
    "L 3 Communications" → "L-3 Communications"; "Bard C R" → "C.R. Bard", "Bard"; "Price T Rowe
    Group" → "T. Rowe Price Group"."""
    out: list[str] = []
    lead = next((i for i, w in enumerate(words) if not _LETTER.fullmatch(w)), len(words))
    rest = words[lead:]
    if lead == 1 and rest and rest[0].isdigit():
        out.append(" ".join([f"{words[0]}-{rest[0]}", *rest[1:]]))  # L-3
    elif lead >= 2 and rest:
        out.append(" ".join(["".join(words[:lead]), *rest]))
        out.append(" ".join(["".join(w + "." for w in words[:lead]), *rest]))
    if lead or len(words) < 3 or not re.fullmatch(r"[A-Z][a-z]{2,}", words[0]):
        return out
    surname, after = words[0], words[1:]
    end = next((i for i, w in enumerate(after) if not _LETTER.fullmatch(w)), len(after))
    if end == len(after):  # Bard C R: the initials come after the surname
        dots = "".join(w + "." for w in after)
        out += [f"{dots} {surname}", f"{'. '.join(after)}. {surname}"]
        if _key(surname) not in plain:
            out.append(surname)
    elif end == 1 and all(_key(w) in plain for w in after[2:]):
        # Price T Rowe Group: one initial and a given name, then generic words
        out.append(" ".join([f"{after[0]}.", after[1], surname, *after[2:]]))
    return out


@cache
def press_table() -> dict:
    """``press_names.toml``: the press's names of US-listed companies by trading symbol, the
    former symbols and the names never to list (the file's header gives the rules)."""
    text = resources.files(__package__).joinpath("press_names.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _symbol_key(ticker: str) -> str:
    """A symbol as compared: upper case, no class dot (EDGAR names Berkshire's instance brka-…)."""
    return ticker.strip().upper().replace(".", "")


@cache
def _press_by_symbol() -> dict[str, tuple[str, ...]]:
    data = press_table()
    table = {_symbol_key(t): tuple(names) for t, names in data["tickers"].items()}
    for old, new in data.get("former_tickers", {}).items():
        table.setdefault(_symbol_key(old), table[_symbol_key(new)])
    return table


def press_names(ticker: str | None) -> tuple[str, ...]:
    """Names the press uses for a US registrant that no filing prints (Chinese renderings, the
    short names of English wires: 埃克森美孚, Exxon), by trading symbol (``press_names.toml``);
    a former symbol gives the names of the symbol the company files under now."""
    if not ticker:
        return ()
    return _press_by_symbol().get(_symbol_key(ticker), ())


@cache
def name_stops() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """``[chinese.stops]``: name → (what may not come right before it, … right after it), for a
    short name that is also inside an ordinary word (高通 in 高通胀)."""
    table = rules()["chinese"].get("stops", {})
    return {
        normalize(n): (tuple(e.get("before", ())), tuple(e.get("after", ())))
        for n, e in table.items()
    }


def name_stop(name: str) -> str | None:
    """The assertions to put right after ``name`` so that it is not matched where a stop is
    beside it (高通: ``(?<!提高通)(?!胀|货)``; a look-behind over the name and the stop before it,
    so a matcher can test it at the name's end), or None when the name has no stops."""
    stops = name_stops().get(name)
    if stops is None:
        return None
    before, after = stops
    behind = "".join(f"(?<!{re.escape(x + name)})" for x in before)
    ahead = f"(?!{'|'.join(map(re.escape, after))})" if after else ""
    return behind + ahead


def stopped_name(name: str) -> str | None:
    """A regular expression for ``name`` that does not match it where a stop is beside it, or
    None when the name has no stops."""
    stop = name_stop(name)
    return None if stop is None else re.escape(name) + stop


def name_found_in(name: str, text: str) -> bool:
    """Whether the checker would find ``name`` in ``text``: inside it, and not stopped there."""
    pattern = stopped_name(name)
    return re.search(pattern, text) is not None if pattern else name in text


def chinese_is_generic(name: str) -> bool:
    return not _chinese_generic().sub("", name).strip()


def without_generic_end(name: str) -> str | None:
    """A Chinese name without the word of what the company does at its end (森普拉能源 →
    森普拉, 美国电力 → None: 美国 alone is no name); None when nothing, or nothing distinctive,
    is left."""
    last = None
    for m in _chinese_generic().finditer(name):
        last = m
    if last is None or last.end() != len(name):
        return None
    stem = name[: last.start()]
    return stem if len(stem) >= 2 and not chinese_is_generic(stem) else None


def _strip_chinese_legal(name: str) -> str:
    suffixes = sorted(rules()["chinese"]["legal_suffixes"], key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for suffix in suffixes:
            suffix = normalize(suffix)
            if name.endswith(suffix) and len(name) > len(suffix):
                name = name[: -len(suffix)]
                changed = True
    return name


def chinese_full_forms(name: str) -> list[str]:
    """A full Chinese name and, without its legal form, the name it is known by."""
    full = normalize(name)
    forms = [full]
    short = _strip_chinese_legal(full)
    if len(short) >= 2 and not chinese_is_generic(short):
        forms.append(short)
    return _unique(forms)


def chinese_short_forms(name: str) -> list[str]:
    """A short name (股票简称) and the name without its share class or risk warning."""
    short = normalize(name)
    data = rules()["chinese"]
    forms = [short]
    bare = short
    for prefix in sorted(data["warning_prefixes"], key=len, reverse=True):
        prefix = normalize(prefix)
        if bare.startswith(prefix) and _CJK.match(bare, len(prefix)):
            bare = bare[len(prefix) :]
            break
    for suffix in data["share_class_suffixes"]:
        suffix = normalize(suffix)
        if bare.endswith(suffix) and _CJK.match(bare[-len(suffix) - 1 : -len(suffix)] or "x"):
            bare = bare[: -len(suffix)]
            break
    if bare != short and len(bare) >= 2 and not chinese_is_generic(bare):
        forms.append(bare)
    return _unique(forms)


def _unique(names) -> list[str]:
    out: list[str] = []
    for n in names:
        if n and n not in out:
            out.append(n)
    return out


def _skip_values() -> frozenset[str]:
    return frozenset(rules()["labels"]["skip"]["values"])


@dataclass
class PrintedNames:
    """The names one document prints for its company, by kind, in the order found."""

    names: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in KINDS})

    def add(self, kind: str, value: str | None) -> None:
        """Keep a printed value when it looks like a name of that kind (a cell that says 无 or
        holds an address is not one)."""
        if not value:
            return
        text = normalize(value)
        if not text or text in _skip_values():
            return
        if kind in (SHORT_NAME, FORMER_SHORT_NAME):
            parts = [p.strip() for p in _LIST_SEPARATORS.split(text)]
        else:
            parts = [text]
        for part in parts:
            if part and part not in _skip_values() and _looks_like(kind, part):
                bucket = self.names[kind]
                if part not in bucket:
                    bucket.append(part)

    def __bool__(self) -> bool:
        return any(self.names.values())

    def aliases(self, exclude: tuple[str, ...] = ()) -> tuple[str, ...]:
        """Every printed name and its derived forms, full names first; none of ``exclude``."""
        out: list[str] = []
        for name in self.names[FULL_NAME]:
            out += chinese_full_forms(name)
        for name in self.names[SHORT_NAME] + self.names[FORMER_SHORT_NAME]:
            out += chinese_short_forms(name) if _CJK.search(name) else [name]
        for name in self.names[ENGLISH_NAME]:
            out += english_forms(name)
        for name in self.names[ENGLISH_ABBREVIATION]:
            if _distinctive(_TOKEN.findall(name)):
                out.append(name)
        # articles print brackets full-width as often as not, and the checker matches as printed
        out += [n.replace("(", "（").replace(")", "）") for n in out if "(" in n and _CJK.search(n)]
        return tuple(n for n in _unique(out) if n not in exclude)


def _looks_like(kind: str, text: str) -> bool:
    if kind == FULL_NAME:
        return bool(_CJK.search(text)) and 4 <= len(text) <= 60
    if kind in (SHORT_NAME, FORMER_SHORT_NAME):
        return 2 <= len(text) <= 16 and not re.search(r"\s|\d{6}", text)
    # English name or abbreviation: Latin letters, no Chinese, not a sentence
    return bool(_LATIN.search(text)) and not _CJK.search(text) and len(text) <= 200


_KEY_PUNCT = re.compile(r"[\s\-‐‑–—.,]+")


def name_key(name: str) -> str:
    """A name as compared across companies: case, hyphens, dots and spacing aside (Coca-Cola ~
    COCA COLA ~ Coca Cola)."""
    return _KEY_PUNCT.sub(" ", unicodedata.normalize("NFKC", name).lower()).strip()


def own_names(name: str, aliases=(), also=()) -> frozenset[str]:
    """The keys of a company's own names: its registered name and that name without registrant
    marks and legal form, each full name (a name with a legal form) among its printed ones and
    its stem, their spellings (Coca Cola ~ Coca-Cola, J&J), the press's names and every Chinese
    name (printed by the company itself), and ``also``. Every other alias is a shorter form derived by dropping
    a generic or place word ("Coca-Cola Enterprises" → "Coca-Cola"), which is weaker."""
    own = {name_key(name)}
    for i, full in enumerate((strip_registrant_marks(name), *aliases)):
        if _CJK.search(full):
            own.update(name_key(f) for f in chinese_full_forms(full))
            continue
        shown = normalize(full)
        shown = shown.title() if shown.isupper() else shown
        tokens = _TOKEN.findall(shown)
        stem = _strip_legal(tokens)
        if i and stem == tokens:
            continue  # no legal form: a derived short form, or an abbreviation
        for form in (shown, " ".join(stem)):
            own.add(name_key(form))
            own.update(name_key(v) for v in spelling_variants(form))
    own.update(name_key(p) for p in also)
    return frozenset(own)


def name_table(companies) -> dict[str, str]:
    """alias → code for ``companies``, (code, registered name, aliases, own names besides those
    ``own_names`` finds: the press's names, a code written as a name) each. A company's own name (``own_names``) outranks a shorter form
    derived from another company's name ("Coca-Cola" is The Coca-Cola Co.'s, not Coca-Cola
    Enterprises'); a derived form two companies of different names share names neither; between
    equals the first listed keeps it."""
    best: dict[str, tuple[int, str, str]] = {}  # key → (rank, code, registered-name key)
    spelled: dict[str, list[str]] = {}
    ambiguous: set[str] = set()
    for code, name, aliases, also in companies:
        own = own_names(name, aliases, also)
        registered = name_key(name)
        for alias in _with_hyphens(aliases):
            if not alias:
                continue
            key = name_key(alias)
            rank = 0 if key in own else 1
            spelled.setdefault(key, [])
            if alias not in spelled[key]:
                spelled[key].append(alias)
            held = best.get(key)
            if held is None or rank < held[0]:
                best[key] = (rank, code, registered)
                ambiguous.discard(key)
            elif rank == held[0] == 1 and held[2] != registered and held[1] != code:
                ambiguous.add(key)
    return {
        alias: best[key][1]
        for key, aliases in spelled.items()
        if key not in ambiguous
        for alias in aliases
    }


def _with_hyphens(aliases) -> list[str]:
    """The aliases, and each longer one again with the hyphens of a shorter one's spelling: with
    "Coca-Cola" among them, "Coca Cola Enterprises" is also written "Coca-Cola Enterprises"."""
    aliases = [a for a in aliases if a]
    hyphened = [
        (h.replace("-", " ").lower() + " ", h) for h in aliases if "-" in h and " " not in h
    ]
    out = list(aliases)
    for alias in aliases:
        low = alias.lower()
        for spaced, h in hyphened:
            if low.startswith(spaced):
                out.append(h + " " + alias[len(spaced) :])
    return _unique(out)


@cache
def ticker_re() -> re.Pattern:
    """A trading symbol in parentheses, with the exchange the press writes before it or none
    (``[tickers]`` of company_names.toml): group ``exchange``, group ``symbol``."""
    data = rules()["tickers"]
    exchanges = sorted((normalize(e) for e in data["exchanges"]), key=len, reverse=True)
    words = "|".join(re.escape(e).replace(r"\ ", r"\s*") for e in exchanges)
    # (a name may come first inside them: "（Regions Financial Corp.，NYSE:RF）")
    return re.compile(
        rf"[(（]\s*(?:[^()（）\n]{{1,60}}?[,，;；]\s*(?=(?:{words})\s*[:：]))?"
        rf"(?:(?P<exchange>{words})\s*[:：]\s*)?"
        rf"(?P<symbol>[A-Z]{{1,5}}(?:[.\-][A-Z]{{1,2}})?)\s*[)）]"
    )


def ticker_candidates(symbol: str) -> tuple[str, ...]:
    """The codes a printed symbol may be stored under: as printed (BRK.B, BRK-B, BRKB), then
    without an exchange mark after its dot (SBUX.O → SBUX)."""
    out = [symbol, symbol.replace(".", "-"), symbol.replace(".", "").replace("-", "")]
    head, dot, tail = symbol.partition(".")
    if dot and tail in rules()["tickers"]["suffixes"]:
        out.append(head)
    return tuple(_unique(out))
