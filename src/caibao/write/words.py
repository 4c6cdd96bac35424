"""Wording (``wording.toml``) and numbers as an article prints them.

``Words(lang)`` fills templates: ``words.say("lede_revenue", company="科大讯飞", revenue=num)``
gives a list of pieces (strings and ``Num``s). ``Words.amount`` / ``pct`` / ``pp`` turn a
``Figure`` into a ``Num`` following the reports' conventions: 亿元 with two decimals (万元 below
one 亿), per cents with two decimals, 个百分点 for ratio changes; the printed text is the absolute
value when a word (亏损, 净流出, 下降) carries the sign, and the claim keeps the signed value.
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from functools import cache
from importlib import resources

from ..numbers import format_amount, format_pct, format_pp, round_half_up
from .article import Num, Piece
from .figures import Figure

_SLOT = re.compile(r"\{(\w+)\}")
_HUNDRED_MILLION = Decimal(10) ** 8
_TEN_THOUSAND = Decimal(10) ** 4
_ZH_SCALES = (("亿", _HUNDRED_MILLION), ("万", _TEN_THOUSAND))
_EN_SCALES = (("billion", Decimal(10) ** 9), ("million", Decimal(10) ** 6))
HALF_STEP = Decimal("0.005")  # two decimals everywhere, as the reports print


@cache
def _data(name: str) -> dict:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def wording() -> dict:
    return _data("wording.toml")


def finding_rules() -> dict:
    return _data("findings.toml")


class Words:
    """Templates and number formats for one language."""

    def __init__(self, lang: str) -> None:
        if lang not in ("zh", "en"):
            raise ValueError(f"unknown language: {lang!r}")
        self.lang = lang
        self.t: dict[str, str] = dict(wording()[lang])
        self.t.update(finding_rules()[lang])
        self.adjectives = wording()["adjectives"]

    def __getitem__(self, key: str) -> str:
        return self.t[key]

    def say(self, key: str, **slots: Piece | list[Piece]) -> list[Piece]:
        """The template ``key`` with its slots filled; a slot may be a string, a Num or a list."""
        template = self.t[key]
        out: list[Piece] = []
        pos = 0
        for m in _SLOT.finditer(template):
            if m.start() > pos:
                out.append(template[pos : m.start()])
            value = slots[m[1]]
            if isinstance(value, list):
                out.extend(value)
            else:
                out.append(value)
            pos = m.end()
        if pos < len(template):
            out.append(template[pos:])
        return out

    def sentence(
        self, *clauses: list[Piece] | None, period: str | None = None, at: bool = False
    ) -> list[Piece]:
        """Clauses joined by the list separator, ended with a full stop; empty clauses dropped.
        ``period`` (a period's name) leads the sentence — "2024年，" / "In FY2024, " ("截至…" /
        "At …" for a balance date with ``at``) — so every sentence says what period it is about."""
        kept = [c for c in clauses if c]
        out: list[Piece] = []
        if kept and period:
            out.extend(self.say("lead_date" if at else "lead", period=period))
        for i, clause in enumerate(kept):
            if i:
                out.append(self["sep"])
            out.extend(clause)
        if out:
            out.append(self["stop"])
        if self.lang == "en" and out and isinstance(out[0], str):
            out[0] = out[0][:1].upper() + out[0][1:]
        return out

    # -- numbers ----------------------------------------------------------------------------

    def amount(self, fig: Figure, measure: str | None = None) -> Num:
        """A money amount; the text is unsigned (the words around it carry a loss or outflow)."""
        v = fig.value
        scale, factor = self._scale(v)
        text = format_amount(abs(v), "CNY", self.lang, scale=scale, digits=2)
        shown = round_half_up(v / factor, 2) * factor
        return Num(text, fig, shown, "CNY", HALF_STEP * factor, measure or fig.measure, scale)

    def count(self, fig: Figure) -> Num | None:
        """A count: "224万" / "2.24 million" (None below 10,000 in Chinese, where the classifier
        would have to be known)."""
        v = fig.value
        if self.lang == "zh" and abs(v) < _TEN_THOUSAND:
            return None
        scale, factor = self._scale(v)
        shown = round_half_up(v / factor, 2)
        if self.lang == "zh":
            digits = max(0, -shown.normalize().as_tuple().exponent)
            text = f"{round_half_up(shown, digits):,.{digits}f}{scale}"
        else:
            digits = 2 if scale else 0
            text = format_amount(v, "count", "en", scale=scale, digits=digits)
        step = Decimal(1).scaleb(-digits) / 2
        return Num(text, fig, round_half_up(shown, digits) * factor, "count", step * factor,
                   "value", scale)  # fmt: skip

    def _scale(self, v: Decimal) -> tuple[str, Decimal]:
        """The printed scale of an amount or count and its factor: 亿 from 1e8, 万 from 1e4, else
        元; billion from 1e9, million from 1e6, else none."""
        scales, unscaled = (_ZH_SCALES, "元") if self.lang == "zh" else (_EN_SCALES, "")
        return next(((s, f) for s, f in scales if abs(v) >= f), (unscaled, Decimal(1)))

    def pct(self, fig: Figure, measure: str | None = None, signed: bool = False) -> Num:
        """Per cent with two decimals: unsigned after a direction word (增长/下降), ``signed`` for
        a level (a ratio that can be negative)."""
        text = format_pct(fig.value if signed else abs(fig.value), 2, self.lang)
        value = round_half_up(fig.value, 2)
        return Num(text, fig, value, "%", HALF_STEP, measure or fig.measure)

    def pp(self, fig: Figure) -> Num:
        text = format_pp(abs(fig.value), 2, self.lang)
        return Num(text, fig, round_half_up(fig.value, 2), "pp", HALF_STEP, "change_pp")

    def direction(self, value: Decimal, points: bool = False) -> str:
        """增长/下降 (提升/下降 for points), with an adjective only past its threshold."""
        if points:
            return self["pp_up"] if value >= 0 else self["pp_down"]
        word = self["up"] if value >= 0 else self["down"]
        rise, fall = self.adjectives["strong_rise"], self.adjectives["strong_fall"]
        if value >= Decimal(rise["min"]):
            return rise[self.lang] + word
        if value <= Decimal(fall["max"]):
            return fall[self.lang] + word
        return word

    def points_change(self, key: str, fig: Figure, **slots) -> list[Piece]:
        """The template ``key`` saying a change in points: 提升/下降 and the points ("2.12个百分点"),
        with the other ``slots``."""
        return self.say(
            key, direction=self.direction(fig.value, points=True), change=self.pp(fig), **slots
        )

    def change(self, fig: Figure | None) -> list[Piece] | None:
        """ "同比增长18.79%" for a growth figure of a positive level, or None."""
        if fig is None or fig.value is None:
            return None
        return self.say("change", direction=self.direction(fig.value), change=self.pct(fig))


def loss_change_key(growth: Decimal, prior: Decimal | None) -> str | None:
    """How to say a printed change g = (current − prior) / |prior| of a loss (current < 0):
    g > 0 → the loss narrowed; −100% < g < 0 → it widened (a profit a year before would leave a
    profit); g ≤ −100% fits both a wider loss and a turn from profit, so unless the prior figure
    says which, None: the change is not stated."""
    if growth > 0:
        return "loss_narrowed"
    if growth > -100 or (prior is not None and prior < 0):
        return "loss_widened"
    return None


@cache
def _claim_words() -> dict:
    """The checker's words for metrics (``caibao.claims`` lexicon): the writer names KPIs the way
    the checker reads them."""
    text = resources.files("caibao.claims").joinpath("lexicon.toml").read_text(encoding="utf-8")
    return tomllib.loads(text).get("metrics", {})


def kpi_name(concept: str, lang: str) -> str:
    words = _claim_words().get(concept, {}).get(lang) or []
    return words[0] if words else concept.removeprefix("kpi_").replace("_", " ")


def concept_name(concept: str, lang: str) -> str:
    """A concept's name as the reports print it (``caibao.concepts``, metric definitions)."""
    from ..concepts import accounts
    from ..metrics.engine import definitions

    found = accounts().get(concept) or definitions().get(concept)
    if found is None:
        return concept
    return found.zh if lang == "zh" else found.en


def check_name(name: str, lang: str) -> str:
    """A validation's name in words: "quarters_sum:revenue" → "单季之和与累计数不符（营业收入）"."""
    kind, _, concept = name.partition(":")
    label = wording()["check_names"].get(kind, {}).get(lang, kind)
    if not concept:
        return label
    return (
        f"{label}（{concept_name(concept, lang)}）"
        if lang == "zh"
        else (f"{label} ({concept_name(concept, lang)})")
    )
