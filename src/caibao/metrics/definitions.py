"""Metric definitions as data (``definitions.toml``): formulas, ratios read both ways, and the
ids under which reports print a figure (``[printed_as]``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Definition:
    id: str
    zh: str
    en: str
    unit: str
    formula: tuple[tuple[int, str], ...] = ()  # ((+1, "revenue"), (-1, "operating_cost"))
    factors: tuple[str, ...] = ()  # a product: ("dividend_per_share", "dividend_share_base")
    numerators: tuple[str, ...] = ()
    denominator: str | None = None
    aliases: tuple[str, ...] = ()
    printed_as: tuple[str, ...] = ()
    lower_is_better: bool = False  # a cost ratio: its improvement is a fall

    @property
    def inputs(self) -> tuple[str, ...]:
        return (
            tuple(c for _, c in self.formula)
            + self.factors
            + self.numerators
            + ((self.denominator,) if self.denominator else ())
        )


def _parse_formula(text: str) -> tuple[tuple[int, str], ...]:
    terms, sign = [], 1
    for token in text.replace("+", " + ").replace("-", " - ").split():
        if token in "+-":
            sign = 1 if token == "+" else -1
        else:
            terms.append((sign, token))
            sign = 1
    return tuple(terms)


@cache
def definitions() -> dict[str, Definition]:
    """Metric id → Definition, from ``definitions.toml``."""
    text = resources.files(__package__).joinpath("definitions.toml").read_text(encoding="utf-8")
    out = {}
    for mid, d in tomllib.loads(text).items():
        if mid in ("printed_as", "shares_of"):
            continue
        num = d.get("numerator", ())
        out[mid] = Definition(
            id=mid,
            zh=d["zh"],
            en=d["en"],
            unit=d["unit"],
            formula=_parse_formula(d["formula"]) if "formula" in d else (),
            factors=tuple(d.get("product", ())),
            numerators=tuple([num] if isinstance(num, str) else num),
            denominator=d.get("denominator"),
            aliases=tuple(d.get("aliases", ())),
            printed_as=tuple(d.get("printed_as", ())),
            lower_is_better=bool(d.get("lower_is_better", False)),
        )
    return out


@cache
def lower_is_better() -> frozenset[str]:
    """The ratios whose improvement is a fall (a cost's ratio), by id and as the rate of their
    parts (sga_ratio, sga_expense/revenue)."""
    out = set()
    for d in definitions().values():
        if d.lower_is_better:
            out.add(d.id)
            if len(d.numerators) == 1 and d.denominator:
                out.add(f"{d.numerators[0]}/{d.denominator}")
    return frozenset(out)


@cache
def printed_as() -> dict[str, tuple[str, ...]]:
    """Concept → other ids the same figure is printed under (``definitions.toml``)."""
    text = resources.files(__package__).joinpath("definitions.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    out = {k: tuple(v) for k, v in data.get("printed_as", {}).items()}
    for mid, d in definitions().items():
        if d.printed_as:
            out[mid] = d.printed_as
    return out


@cache
def shares_of() -> dict[str, str]:
    """Share concept → the concept it is a share of (``[shares_of]`` in definitions.toml)."""
    text = resources.files(__package__).joinpath("definitions.toml").read_text(encoding="utf-8")
    return dict(tomllib.loads(text).get("shares_of", {}))
