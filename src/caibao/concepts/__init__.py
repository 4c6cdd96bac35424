"""Domain knowledge as data: the chart of accounts (``accounts.toml``), label aliases, metric
definitions. This module loads them and answers "which concept does this printed label mean?".

Takes: printed row labels as they appear in reports. Gives: concept ids.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    zh: str
    en: str
    statement: str  # "balance", "income", "cashflow", "indicator", "segment", "rd", "nonrecurring"
    aliases: tuple[str, ...] = ()
    unit: str = "CNY"


_PUNCT = re.compile(r"[\s　：:（）()、，,．.\-—－_/／*＊\"“”'‘’]")
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(]?[一二三四五六七八九十\d]+[）)]|\d+[.、．])")
_UNIT_SUFFIX = re.compile(r"[（(](?:元|万元|亿元|元/股|元／股|%|％)[）)]$")


def normalize_label(label: str) -> str:
    """Canonical form of a printed label: no numbering (一、 (1) 1.), no unit suffix (（元）),
    no punctuation or white space, 加：/减：/其中： prefixes dropped."""
    s = label.strip()
    s = _UNIT_SUFFIX.sub("", s)
    s = _NUMBERING.sub("", s)
    s = re.sub(r"^(?:加|减|其中|：|:)+[:：]?", "", s)
    return _PUNCT.sub("", s)


@cache
def accounts() -> dict[str, Concept]:
    data = tomllib.loads(
        resources.files(__package__).joinpath("accounts.toml").read_text(encoding="utf-8")
    )
    out = {}
    for cid, entry in data.items():
        out[cid] = Concept(
            id=cid,
            zh=entry["zh"],
            en=entry["en"],
            statement=entry["statement"],
            aliases=tuple(entry.get("aliases", ())),
            unit=entry.get("unit", "CNY"),
        )
    return out


@cache
def _label_index() -> dict[tuple[str, str], str]:
    index: dict[tuple[str, str], str] = {}
    for c in accounts().values():
        for label in (c.zh, *c.aliases):
            index.setdefault((c.statement, normalize_label(label)), c.id)
    return index


def concept_for_label(label: str, statement: str) -> str | None:
    """The concept id a printed label means in the given statement, or None."""
    return _label_index().get((statement, normalize_label(label)))
