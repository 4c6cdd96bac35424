"""The checker's shortcuts for speed find exactly what the plain scans they stand for find.

Each shortcut avoids a regular-expression scan over the whole article (a substring test first, a
narrower class of first characters, line feeds found by ``str.find``); these tests hold each one
to its plain definition on generated texts, so a shortcut can never change what is read.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from caibao import numbers
from caibao.claims import (
    article_periods,
    attribution_cues,
    lexicon,
    measures,
    others,
    period_phrases,
    signs,
    text,
)

# -- line breaks -----------------------------------------------------------------------------------

# the definition: a line feed with the blank space around it and the blank lines after it
_NEWLINES = re.compile(r"[ \t\u3000\u00a0]*\r?\n(?:[ \t\u3000\u00a0]*\r?\n)*[ \t\u3000\u00a0]*")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="a。, \t\r\n\u3000\u00a0#-", max_size=40))
def test_line_breaks_are_the_newline_runs(s):
    assert list(text._line_breaks(s)) == [m.span() for m in _NEWLINES.finditer(s)]


def test_line_breaks_on_wrapped_prose():
    s = "营业收入233.43亿元，同比\n增长18.79%。  \n\n \t# 二、业务\r\nRevenue rose \n 5%.\n"
    assert list(text._line_breaks(s)) == [m.span() for m in _NEWLINES.finditer(s)]


# -- word lists ------------------------------------------------------------------------------------


def _plain_trie(words: list[str]) -> str:
    """``lexicon._trie`` as first written: every branch of a node tried one by one."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(root)


def _reference_words_regex(words: list[str], proper: bool = False) -> re.Pattern:
    """``lexicon._words_regex`` as first written: any ASCII letter or digit may start a word,
    any first character of the others, and a trie's branches are tried one by one."""
    latin = [w for w in words if w[:1].isascii() and w[:1].isalnum()]
    capital = sorted({w.lower() for w in latin if proper and not w[:1].islower()})
    ascii_words = sorted({w.lower() for w in latin if not proper or w[:1].islower()})
    other = sorted({w for w in words if w and not (w[:1].isascii() and w[:1].isalnum())})
    parts = []
    if other:
        firsts = "".join(sorted({re.escape(w[0]) for w in other}))
        parts.append(f"(?=[{firsts}])" + _plain_trie(other))
    if capital:
        parts.append(
            r"(?=[A-Z0-9])(?<![A-Za-z0-9])(?<!\d[.,])(?i:" + _plain_trie(capital) + r")(?![A-Za-z])"
        )
    if ascii_words:
        parts.append(
            r"(?=[A-Za-z0-9])(?<![A-Za-z])(?i:" + _plain_trie(ascii_words) + r")(?![A-Za-z])"
        )
    return re.compile("|".join(parts) if parts else r"(?!x)x")


_WORDS = [
    "Revenue",
    "net income",
    "3M",
    "Range",
    "eps",
    "营收",
    "净利润",
    "R&D",
    "Apple",
    "ar",
    "税",
]
# more first characters than a trie node tries one by one (lexicon._BRANCHES): grouped branches
_MANY = [c + "司" for c in "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"] + [
    "甲乙",
    "子",
    "丑司长",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_MANY), min_size=1, max_size=30),
    st.text(alphabet="甲乙丙丁子丑寅卯亥司长 ", max_size=30),
)
def test_many_branches_find_what_the_plain_trie_finds(words, s):
    fast, plain = lexicon._words_regex(words), _reference_words_regex(words)
    assert [m.span() for m in fast.finditer(s)] == [m.span() for m in plain.finditer(s)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6),
    st.booleans(),
    st.text(alphabet="rRaAnNgGeE3mM营收净利润税 .,0&D", max_size=30),
)
def test_words_regex_finds_what_the_plain_one_finds(words, proper, s):
    fast, plain = lexicon._words_regex(words, proper), _reference_words_regex(words, proper)
    assert [m.span() for m in fast.finditer(s)] == [m.span() for m in plain.finditer(s)]


# -- parts of a year ---------------------------------------------------------------------------


_PHRASES = [
    "上半年", "中期", "短中期", "first half", "First-Half", "six months", "H1", "1H24", "一季度",
    "首季", "Q1", "1Q24", "January-March", "前三季度", "nine months", "9M", "二季度", "第二财季",
    "Second quarter", "Q2", "第四财季", "fourth quarter", "Q4", "第三财季", "Third quarter",
    "3Q24", "the quarter", "10-Q", "three months ended June 30", "预计", "expects", "Guidance",
    "营收", "revenue", " ", "，", "2024年",
]  # fmt: skip


def _reference_part_counts(s: str) -> dict[str, int]:
    """``_part_counts`` scanning every pattern over every text (every key taken as found)."""
    saved = article_periods._keys_in
    article_periods._keys_in = lambda low: set(article_periods._KEY_WORDS)
    try:
        return article_periods._part_counts(s)
    finally:
        article_periods._keys_in = saved


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PHRASES), max_size=12))
def test_part_counts_equal_the_full_scans(parts):
    s = " ".join(parts)
    assert article_periods._part_counts(s) == _reference_part_counts(s)


def test_every_part_word_holds_one_of_its_keys():
    """A match of each part's words contains (lower-cased) one of the keys tested first."""
    for phrase in _PHRASES:
        for k, pattern in article_periods._PART_WORDS.items():
            for m in pattern.finditer(phrase):
                assert any(key in m.group().lower() for key in article_periods._PART_KEYS[k])


# -- groups of companies -------------------------------------------------------------------------


def test_a_rank_is_read_only_where_a_rank_word_is():
    s = "the 20 biggest developers sold 5% more; 道指收涨0.9%, 沪深300 fell"
    assert others.group_subjects(s) == [
        (m.start(), m.end(), others.OTHER) for m in others._groups_re((), True).finditer(s)
    ]
    plain = "营收233.43亿元，同比增长18.79%，道指收涨0.9%"
    assert others.group_subjects(plain) == [
        (m.start(), m.end(), others.OTHER) for m in others._groups_re((), True).finditer(plain)
    ]


# -- ranks and streaks ---------------------------------------------------------------------------

_RANK_PLAIN = re.compile(
    r"(?:成为|是|为|位居|位列|排名)?第(?P<n>[一二三四五12345])大(?:业务|板块|收入来源|产品线|业务板块)"
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["成为", "是", "为", "位居", "排名", "认", "第", "一", "3", "大", "业务", "板块", "，"]), max_size=12))  # fmt: skip
def test_ranks_are_the_plain_scans(parts):
    s = "".join(parts)
    assert [(a, b) for a, b, _ in measures.rank_amounts(s)] == [
        m.span() for m in _RANK_PLAIN.finditer(s)
    ]


def test_chinese_part_keys_of_different_groups_never_overlap():
    """The Chinese keys are found in one scan, which resumes after each key it finds: a key of
    another group overlapping it would be skipped, so no two may overlap."""
    groups = {**article_periods._PART_KEYS, "forecast": article_periods._FORECAST_KEYS}
    cjk = [(g, k) for g, keys in groups.items() for k in keys if not k.isascii()]
    for g1, a in cjk:
        for g2, b in cjk:
            if g1 == g2 or a == b:
                continue
            assert b not in a, (a, b)
            assert not any(a.endswith(b[:i]) for i in range(1, len(b))), (a, b)


# -- sign words: names blanked only where they occur --------------------------------------------


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="gains ndlosGAINS LOSSıſ\u212aİ损益盈亏", max_size=30))
def test_a_name_is_in_a_quote_where_the_case_blind_pattern_finds_it(quote):
    low = quote.lower()
    folds = not signs._ASCII_FOLDS.isdisjoint(quote)
    for name in ("gains and losses", "impairment loss", "net of losses", "损益", "Sales"):
        found = signs._name_re(name).search(quote) is not None
        assert not found or folds or name.lower() in low


# -- groups of companies, scanned at their first characters --------------------------------------

_GROUP_PARTS = ["沪深300", "道指", "上证综指", "国家统计局", "全国", "工业企业", "行业平均", "指数",
                "中证", "板块整体", "医药", "the Dow", "Dow Chemical", "S&P 500", "the CSI 300 Index",
                "Index", "top 20", "20 biggest", "developers", "China's", "drug", "makers", "营收",
                "上涨", "中", "3", " ", "，"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GROUP_PARTS), max_size=12))
def test_group_subjects_are_the_plain_scans(parts):
    s = "".join(parts)
    ranked = any(w in s for w in others._RANKED_WORDS)
    endings = tuple(
        k for k in others._GROUPS_ENDING if any(w in s for w in others._ENDING_WORDS[k])
    )
    assert others.group_subjects(s) == [
        (m.start(), m.end(), others.OTHER) for m in others._groups_re(endings, ranked).finditer(s)
    ]


# -- period phrases: alternatives left out of a text without their words --------------------------

# PERIOD_RE as first written: every alternative tried in every text, and an English phrase looked
# for after any year (not only a year before a space)
_PERIOD_PLAIN = re.compile(
    period_phrases.PERIOD_RE.pattern.replace(r"(?:19|20)\d\d,?\s|", r"(?:19|20)\d|")
)
_PERIOD_PARTS = ["2024年", "2023", "年末", "年底", "月末", "9月", "30日", "截至", "截止", "财季",
                 "第三", "三季度", "Q3", "H1", "1H", "FY", "2024Q3", "1-9月", "4至6", "的三个月",
                 "上半年", "同期", "财年末", " ", "，", "in ", "2008", " when", "revenue",
                 " the first half", " June 30", "ſ", "\u212a", "ı", "net", "a year ago"]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PERIOD_PARTS), max_size=10))
def test_period_phrases_are_the_plain_scan(parts):
    s = "".join(parts)
    absent = tuple(not any(w in s for w in words) for _alt, words in period_phrases._GATED)
    gated = period_phrases._period_re(absent, period_phrases.LATIN.search(s) is not None)
    assert [m.span() for m in gated.finditer(s)] == [m.span() for m in _PERIOD_PLAIN.finditer(s)]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PERIOD_PARTS), max_size=10))
def test_a_left_out_period_alternative_finds_nothing_without_its_words(parts):
    """Each alternative left out of a text without its words (or without a Latin letter, the
    English phrases) matches nowhere in such a text, on its own."""
    s = "".join(parts)
    pattern = period_phrases.PERIOD_RE.pattern
    english = pattern[pattern.index(period_phrases._ENGLISH_ALT) + 1 : -1]
    left_out = [alt for alt, words in period_phrases._GATED if not any(w in s for w in words)]
    left_out += [english] if period_phrases.LATIN.search(s) is None else []
    for alt in left_out:
        assert re.search(alt.strip("|"), s) is None, alt


# -- amounts: each optional group a choice of it or nothing --------------------------------------

# numbers._AMOUNT as first written: (?P<g>…)? for each optional group
_NUMBER_PLAIN = re.compile(
    numbers._AMOUNT.pattern.replace("(?:(?P<", "(?P<").replace(")|)", ")?"), numbers._AMOUNT.flags
)
_NUMBER_PARTS = ["-", "+", "(", ")", "RMB", "US$", "$", "¥", "人民币", "百分之", "3", "12", ",345",
                 ".5", "二十", "两千", "点", "亿", "万", " billion", "bn", "m", "元", "%", " per cent",
                 "个百分点", "倍", "成", "个", "月", "人", " users", "x", " ", "第"]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_PARTS), max_size=10))
def test_amounts_are_the_plain_scan(parts):
    s = "".join(parts)
    assert _NUMBER_PLAIN.pattern != numbers._AMOUNT.pattern
    found = [(m.span(), m.groupdict()) for m in numbers._AMOUNT.finditer(s)]
    assert found == [(m.span(), m.groupdict()) for m in _NUMBER_PLAIN.finditer(s)]


# -- the clause's filler and figures, as first written ---------------------------------------------

_FILLER_PLAIN = re.compile(
    attribution_cues._FILLER.pattern.replace(
        r"过去一年[来间内中]?|近一年[来间内中]?|一年[来间内中]?", r"(?:过去|近)?一年[来间内中]?"
    )
    .replace(
        r"半年报|年报|季报|年度报告|财报|所(?:披露|公布)|中(?:披露|公布)|披露|公布",
        r"(?:半年报|年报|季报|年度报告|财报)|(?:所|中)?(?:披露|公布)",
    )
    .replace(
        r"这一(?:数字|数据|数值|金额|项)|该(?:数字|数据|数值|金额|项)|这个(?:数字|数据|数值|金额|项)"
        r"|此(?:数字|数据|数值|金额|项)|规模(?<![\u4e00-\u9fff]规模)",
        r"(?:这一|该|这个|此)(?:数字|数据|数值|金额|项)|(?<![\u4e00-\u9fff])规模",
    )
    .replace(r"\b(?=[a-z])(?:outflow|", r"\b(?:outflow|"),
    re.IGNORECASE,
)
_AMOUNT_PLAIN = re.compile(attribution_cues._AMOUNT.pattern.replace("|)", ")?"), re.I)
_CLAUSE_PARTS = ["过去", "近", "一年", "来", "半年报", "年报", "所", "中", "披露", "公布", "这一",
                 "该", "数字", "金额", "市场", "规模", "的", "a", "the ", "outflow", "against",
                 "percentage points", "ſ", "\u212a", "İ", " ", "，", "3.48", "亿", "元", "%",
                 "RMB", "$", " billion", " per cent", "yuan"]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSE_PARTS), max_size=12))
def test_clause_filler_and_figures_are_the_plain_patterns(parts):
    s = "".join(parts)
    assert _FILLER_PLAIN.pattern != attribution_cues._FILLER.pattern
    assert attribution_cues._FILLER.sub("", s) == _FILLER_PLAIN.sub("", s)
    assert attribution_cues._AMOUNT.sub(" ", s) == _AMOUNT_PLAIN.sub(" ", s)
    assert attribution_cues._DIGIT.search(s) or _AMOUNT_PLAIN.search(s) is None


# -- the whole company's words, scanned at their first characters ----------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="全公司整体合计总体营收 ", max_size=30))
def test_whole_company_words_are_the_plain_scan(s):
    lex = _lexicon()
    assert [(a, b) for a, b, _m in lex.whole_company_scan.finditer(s)] == [
        m.span() for m in lex.whole_company_re.finditer(s)
    ]


_LEX: list = []


def _lexicon() -> lexicon.Lexicon:
    if not _LEX:
        _LEX.append(lexicon.Lexicon())
    return _LEX[0]
