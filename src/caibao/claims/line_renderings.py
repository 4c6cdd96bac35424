"""An English line's or segment's name → its Chinese rendering, word by word.

Takes an English name's words (from ``line_forms``) and gives the regex of the name as a Chinese
article writes it (``chinese_pattern``: ``line_words.toml``'s words, the words after "of", "on",
"from", "in" or "for" first; "Proceeds from …", "Cash paid for …", "Additions to …" as their
Chinese phrases), or None when a word has no rendering; ``rendering`` does so from a name, and
``segment_in_english`` gives the store's English segment a Chinese article's segment renders.
Used by ``printed_lines`` (a filer's lines named in Chinese) and ``stored_segments``.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from .line_forms import _words


@cache
def _line_words() -> dict:
    """``line_words.toml``, read once."""
    text = resources.files(__package__).joinpath("line_words.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def _glossary() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    data = _line_words()
    return {k: tuple(v) for k, v in data["en_to_zh"].items()}, frozenset(data["skip"])


_AND_ZH = "(?:及|和|与|、|以及)?"
# words a Chinese name has no place for: a line named with them has no Chinese form
_UNSAID = frozenset(
    {"to", "before", "after", "attributable", "per", "including", "excluding", "under", "at",
     "by", "with", "a", "or", "as"}
)  # fmt: skip
# the words after which an English name's head comes last in Chinese: "Cost of services" 服务成本,
# "Proceeds from issuance of common stock" 发行普通股所得款项, "Provision for loan losses" 贷款损失准备
_TURNS = frozenset({"of", "on", "from", "in", "for"})


# the words after what a sum was received from (租赁终止所得款项, 从出售资产中收到)
_PROCEEDS_ZH = "收到的现金|所得款项|所得|收到|获得|取得"
# the words before what cash was paid for (现金缴纳所得税, 支付的利息)
_PAID_ZH = "缴纳|支付|缴付"
# the words of what was spent on additions (新增支出, 新增投资)
_SPENT_ZH = "支出|投资|开支"


def chinese_pattern(words: list[str], alone: bool = False) -> str | None:
    """The Chinese rendering of an English line name's words as a regex, or None when a word of
    it has none (``line_words.toml``): the words after "of", "on", "from", "in" or "for" come
    first ("Cost of services": 服务成本; "Gain on sale of investments": 出售投资收益, "sale of" a
    phrase of its own; "Proceeds from issuance of common stock": 发行普通股所得款项)."""
    glossary, skip = _glossary()
    words = [w for w in words if w not in skip]
    if len(words) > 2 and words[:2] == ["proceeds", "from"]:
        # "Proceeds from termination of leases": 从租赁终止中收到 (the figure), 租赁终止所得款项
        inner = chinese_pattern(words[2:], alone=True)
        return None if inner is None else f"从?(?:{inner})中?(?:{_PROCEEDS_ZH})"
    if len(words) > 3 and words[:3] == ["cash", "paid", "for"]:
        # "Cash paid for income taxes": 现金缴纳所得税, 支付的所得税, 所得税现金支出
        inner = chinese_pattern(words[3:], alone=True)
        return (
            None
            if inner is None
            else f"(?:现金)?(?:{_PAID_ZH})的?(?:{inner})|(?:{inner})的?现金(?:{_PAID_ZH}|支出)"
        )
    if len(words) > 2 and words[:2] in (["additions", "to"], ["addition", "to"]):
        # "Additions to oil and gas properties": 油气资产新增支出, 新增油气资产投资
        inner = chinese_pattern(words[2:], alone=True)
        return (
            None
            if inner is None
            else f"(?:{inner})的?新增(?:{_SPENT_ZH})|新增(?:{inner})的?(?:{_SPENT_ZH})"
        )
    if any(w in _UNSAID for w in words) and not any(
        " " in k for k in glossary if k in " ".join(words)
    ):
        return None  # (but "mark to market", a phrase of the glossary, is said: 按市值计价)
    chunks: list[list[str]] = [[]]  # the units between two turning words
    acts: set[int] = set()  # the chunks that are an act done to the next ("issuance" of)
    single = 0  # the units rendering one English word
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            phrase = " ".join(words[i : i + n])
            if len(words) - i >= n and phrase in glossary:
                chunks[-1].append("(?:" + "|".join(map(re.escape, glossary[phrase])) + ")")
                single += n == 1
                i += n
                break
        else:
            w = words[i]
            if w in _TURNS and chunks[-1] and i < len(words) - 1:
                if w == "of" and len(chunks[-1]) == 1 and words[i - 1] in _acts():
                    acts.add(len(chunks) - 1)
                chunks.append([])
            elif w == "and" and chunks[-1] and i < len(words) - 1:
                chunks[-1].append(_AND_ZH)
            else:
                return None
            i += 1
    units = [u for chunk in chunks for u in chunk]
    if len(units) == 1 and single and not alone:
        return None  # one word alone (亏损, 收入) is no line's name (a segment's may be)
    if len(chunks) == 1 and len(units) >= 2 and words[-1] in _acts("acts_last"):
        # an act named last without "of" ("Common stock issuances"): Chinese writes it either
        # side of what it is done to, 发行普通股 or 普通股发行
        chunks = [[units[-1]], units[:-1]]
        acts.add(0)
    texts = ["、?".join(chunk) for chunk in chunks]
    for k in sorted(acts, reverse=True):
        # an act and what it is done to, in either order: 发行普通股, 普通股发行
        act, thing = texts[k], texts[k + 1]
        texts[k : k + 2] = [f"(?:{act}的?{thing}|{thing}的?{act})"]
    joined = "的?".join(t for t in reversed(texts) if t)
    return joined.replace("、?" + _AND_ZH + "、?", _AND_ZH) if units else None


@cache
def _acts(key: str = "acts") -> frozenset[str]:
    """The English nouns of an act done to what follows "of" (``line_words.toml`` ``acts``), or
    of those the ones a name may print last (``acts_last``)."""
    return frozenset(_line_words().get(key, ()))


def rendering(name: str) -> str | None:
    """The regex of an English line's or segment's name rendered word by word in Chinese (two
    words or more), or None when a word of it has no rendering."""
    return chinese_pattern(_words(name.replace("-", " ")))


def segment_in_english(printed: str, names: list[str]) -> str | None:
    """The store's English segment name a Chinese article's segment renders word by word
    (受管制业务 → "Regulated", 非受管制业务 → "Non-Regulated": ``line_words.toml``), the one
    whose rendering covers most of it; None when none does, or two cover as much."""
    best: list[tuple[int, str]] = []
    for name in names:
        words = _words(name.replace("-", " "))
        found = None
        for form in (words, _without_revenue_words(words)):
            pattern = chinese_pattern(form, alone=True) if form else None
            found = re.search(pattern, printed) if pattern else None
            if found:
                break
        if found:
            best.append((len(found.group()), name))
    best.sort(reverse=True)
    if not best or (len(best) > 1 and best[0][0] == best[1][0]):
        return None
    return best[0][1]


# the words a line of revenue's name says it is revenue with, before or after what it is of
# ("Revenue from product sales", "Service revenue"; "Wholesale energy marketing realized": its
# realized revenue, 已实现收入, said with the metric too)
_REVENUE_HEAD = (("revenue", "from"), ("revenues", "from"), ("sales", "of"))
_REVENUE_TAIL = frozenset({"sales", "revenue", "revenues", "realized"})


def _without_revenue_words(words: list[str]) -> list[str]:
    """A revenue line's name without the words that say it is revenue, which the Chinese press
    says with the metric (产品销售收入: the filer's "Revenue from product sales" is 产品, its
    segment, and 销售收入, revenue); [] when nothing is left or nothing was cut."""
    out = words
    if len(out) > 2 and tuple(out[:2]) in _REVENUE_HEAD:
        out = out[2:]
    while len(out) > 1 and out[-1] in _REVENUE_TAIL:
        out = out[:-1]
    return out if out is not words else []
