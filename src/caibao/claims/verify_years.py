"""Claims over several years: a streak (连续三年下滑, up in each of the past three years) and a
change over N years (两年增长近六成, up 60% over two years).

Takes: a claim whose measure is a streak, or whose quote counts the years of its change, and the
company's ``Metrics``. Gives: its ``Verdict``, year by year, with the sources of every year read.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from ..metrics import Metrics
from ..periods import Period
from .model import (
    CHANGE_PCT,
    CONTRADICTED,
    SUPPORTED,
    UNVERIFIABLE,
    VALUE,
    Claim,
    Verdict,
    verify_data,
)
from .verify_base import _agrees, _label, _lang, _lookup, show

_YEAR_FY = re.compile(r"(\d{4})FY")


def _streak(claim: Claim, m: Metrics) -> Verdict:
    """连续三年下滑 / positive in each of the past three years, year by year: supported when every
    year holds, contradicted at the first year that breaks it, unverifiable when the store does
    not hold the years."""
    kind = claim.measure.removeprefix("streak_")
    try:
        period = Period.parse(claim.period or "")
    except ValueError:
        return Verdict(UNVERIFIABLE, "The years of the streak are not clear.")
    if period.is_single_quarter:
        return _quarter_streak(claim, m, period, kind)
    last = period.year
    n = int(claim.value)
    years = list(range(last - n + 1, last + 1))
    need = [years[0] - 1, *years] if kind in ("up", "down") else years
    values = {}
    first_growth = None
    for y in need:
        c = _lookup(m, claim.concept, f"{y}FY", None, VALUE)
        c = next((x for x in c if x.value is not None and not x.is_outlier), None)
        if c is None and y == need[0] and kind in ("up", "down"):
            # no level the year before the streak: the first year's printed growth says it
            g = _lookup(m, claim.concept, f"{years[0]}FY", None, CHANGE_PCT)
            first_growth = next((x for x in g if x.value is not None and not x.is_outlier), None)
            if first_growth is not None:
                continue
        if c is None:
            return Verdict(
                UNVERIFIABLE,
                f"The store does not hold {claim.concept} for every year from {need[0]} to "
                f"{last} (no {y}).",
            )
        values[y] = c
    if kind in ("lowest", "highest"):
        return _extreme(claim, kind, values, last)
    for y in years:
        v = values[y].value
        if y - 1 not in values and first_growth is not None:
            if (first_growth.value < 0) != (kind == "down") or not first_growth.value:
                shown = show(first_growth.value, "%", lang=_lang(claim))
                return Verdict(CONTRADICTED, f"Not {kind} in {y}: {shown} ({_label(first_growth)}).",
                               shown, first_growth.sources)  # fmt: skip
            continue
        prior = values[y - 1].value if kind in ("up", "down") else Decimal(0)
        holds = v < prior if kind in ("down", "negative") else v > prior
        if not holds:
            shown = show(v, values[y].unit, lang=_lang(claim))
            prev = (
                f" against {show(values[y - 1].value, values[y].unit, lang=_lang(claim))} in {y - 1}"
                if kind in ("up", "down")
                else ""
            )  # noqa: E501
            return Verdict(CONTRADICTED, f"Not {kind} in {y}: {shown}{prev}.", shown,
                           tuple(s for c in values.values() for s in c.sources))  # fmt: skip
    listing = ", ".join(
        f"{y} {show(values[y].value, values[y].unit, lang=_lang(claim))}"
        for y in need
        if y in values
    )
    sources = tuple(s for c in values.values() for s in c.sources)
    if first_growth is not None:
        listing += f"; {years[0]} growth {show(first_growth.value, '%', lang=_lang(claim))}"
        sources += first_growth.sources
    return Verdict(SUPPORTED, f"{kind.capitalize()} in each of {years[0]}–{last}: {listing}.",
                   None, sources)  # fmt: skip


def _extreme(claim: Claim, kind: str, values: dict, last: int) -> Verdict:
    """The lowest (highest) in N years: the last year's figure below (above) each other year's."""
    lang = _lang(claim)
    unit = values[last].unit
    sources = tuple(s for c in values.values() for s in c.sources)
    now = values[last].value
    for y, c in sorted(values.items()):
        if y != last and (c.value <= now if kind == "lowest" else c.value >= now):
            return Verdict(
                CONTRADICTED,
                f"Not the {kind} of {min(values)}–{last}: {y} {show(c.value, unit, lang=lang)}, "
                f"{last} {show(now, unit, lang=lang)}.",
                show(now, unit, lang=lang),
                sources,
            )
    listing = ", ".join(f"{y} {show(c.value, unit, lang=lang)}" for y, c in sorted(values.items()))
    return Verdict(SUPPORTED, f"The {kind} of {min(values)}–{last}: {listing}.", None, sources)


def _quarter_streak(claim: Claim, m: Metrics, last: Period, kind: str) -> Verdict:
    """The third consecutive quarter of year-on-year growth: each of the last N quarters
    against the same quarter a year before (a rise/fall), or against zero (a sign)."""
    quarters, year, q = [], last.year, last.quarter
    for _ in range(int(claim.value)):
        quarters.append(Period.q(year, q))
        year, q = (year, q - 1) if q > 1 else (year - 1, 4)
    found = []
    for p in reversed(quarters):
        pair = [p.prior_year(), p] if kind in ("up", "down") else [p]
        got = []
        for x in pair:
            c = _lookup(m, claim.concept, str(x), None, VALUE)
            c = next((y for y in c if y.value is not None and not y.is_outlier), None)
            if c is None:
                return Verdict(UNVERIFIABLE, f"The store does not hold {claim.concept} for "
                               f"every quarter of the streak (no {x}).")  # fmt: skip
            got.append(c)
        prior = got[0].value if len(got) == 2 else Decimal(0)
        v = got[-1].value
        if not (v < prior if kind in ("down", "negative") else v > prior):
            shown = show(v, got[-1].unit, lang=_lang(claim))
            return Verdict(CONTRADICTED, f"Not {kind} in {p}: {shown}.", shown,
                           tuple(s for c in got for s in c.sources))  # fmt: skip
        found += got
    return Verdict(SUPPORTED, f"{kind.capitalize()} in each of {quarters[-1]}–{last}.", None,
                   tuple(s for c in found for s in c.sources))  # fmt: skip


_NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
             "十": 10, "two": 2, "three": 3, "four": 4, "five": 5}  # fmt: skip


@cache
def _span_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in verify_data()["span"]["patterns"])


def _over_years(claim: Claim, m: Metrics, segment) -> Verdict | None:
    """A change over several years (两年增长近六成, 三年几乎翻了一番, up 60% over two years) is
    measured from N years before the claim's year, or N−1 when the years are counted inclusively
    (2021–2023 is 三年): either reading holds it (``verify.toml`` [span])."""
    year = _YEAR_FY.fullmatch(claim.period or "")
    if year is None or not claim.printed:
        return None
    for pattern in _span_patterns():
        hit = pattern.search(claim.quote)
        if hit is not None:
            break
    else:
        return None
    n = hit["n"].lower()
    n = int(n) if n.isdigit() else _NUMERALS.get(n)
    if not n or n < 2:
        return None
    readings = []
    for back in (n, n - 1):
        base = f"{int(year[1]) - back}FY"
        got = m.change_between(claim.concept, claim.period, base, segment, CHANGE_PCT)
        if got and got[0].value is not None:
            ok, _r = _agrees(claim, got[0])
            readings.append((ok, base, got[0]))
    if not readings:
        return None
    ok, base, c = next((r for r in readings if r[0]), readings[0])
    expected = show(c.value, c.unit, claim.scale, _lang(claim))
    return Verdict(
        SUPPORTED if ok else CONTRADICTED,
        f"{'Matches' if ok else 'The sources give'} {claim.period} against {base}, over "
        f"{n} years: {expected} (computed as {c.formula}, {_label(c)}).",
        expected,
        c.sources,
    )
