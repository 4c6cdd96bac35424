"""Validation on ingest: the accounting identities and cross-checks a reading must pass.

Takes a ``Reading`` (and the store, for earlier reports of the same company). Gives ``Check``s;
each names the two numbers compared and where each was printed. Nothing is overwritten or
dropped: a fact that fails a check stays in the store, and the failed check lists its source.

The checks:
- identities within one statement (``identities.toml``): 资产总计 = 负债合计 + 所有者权益合计,
  利润总额 = 营业利润 + 营业外收入 − 营业外支出, the cash-flow section totals, ... for the
  consolidated and the parent-company statements apart (``Fact.scope``);
- the key-indicator table (主要会计数据) against the statement line of the same concept and period;
- the four quarters (分季度主要财务指标) against the year;
- a figure of this report against the same figure in another report already in the store: a
  difference is labelled ``restatement:<concept>`` (a failed check, both figures kept).

Tolerance: exact to the cent when every figure is printed in 元; otherwise the printed rounding,
half a unit of the last printed digit of each figure (1,234.56 万元 → ±50 元 each).
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import PurePath
from typing import TYPE_CHECKING

from .extract.dividend import agreement_checks as dividend_agreement_checks
from .extract.prose import agreement_checks as prose_agreement_checks
from .model import CONSOLIDATED, ORIGINAL, RESTATED, VALUE, Check, Fact, Reading
from .numbers import TABLE_SCALES, parse_cell
from .periods import Period

if TYPE_CHECKING:
    from .store import Store

# Documents that are not company reports: they are checked for identities only.
STRUCTURED_KINDS = frozenset({"cninfo", "facts_csv"})


# Amounts the identities and cross-checks compare (yuan; dollars from SEC filings).
MONEY_UNITS = frozenset({"CNY", "USD"})
# The rounding of SEC figures (Fact.scale, from XBRL ``decimals``): a figure in millions is
# ±500,000 dollars, as one in 万元 is ±5,000 yuan.
SEC_SCALES = {"thousands": Decimal(1000), "millions": Decimal(10**6), "billions": Decimal(10**9)}

_COUNT_FACTORS = {"万": Decimal(10000), "亿": Decimal(100000000)}


@dataclass(frozen=True, slots=True)
class Identity:
    name: str
    zh: str
    total: str
    terms: tuple[tuple[int, str], ...]  # (+1 | -1, concept)
    optional: frozenset[str]


@cache
def _rules() -> dict:
    text = resources.files(__package__).joinpath("identities.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def identities() -> tuple[Identity, ...]:
    out = []
    for entry in _rules()["identity"]:
        terms = tuple(
            (-1, t[1:]) if t.startswith("-") else (1, t) for t in entry["terms"]
        )  # fmt: skip
        out.append(
            Identity(
                entry["name"],
                entry["zh"],
                entry["total"],
                terms,
                frozenset(entry.get("optional", ())),
            )
        )
    return tuple(out)


def concepts_used() -> set[str]:
    """Every concept id the checks name (a test holds them to the chart of accounts)."""
    used = set(_rules()["key_table"]["concepts"]) | set(_rules()["quarters"]["concepts"])
    for identity in identities():
        used.add(identity.total)
        used.update(c for _, c in identity.terms)
    return used


def validate(reading: Reading, store: Store | None = None) -> list[Check]:
    """All checks of one reading; ``store`` adds the comparison with earlier reports."""
    checks = identity_checks(reading) + key_table_checks(reading) + quarter_checks(reading)
    checks += source_agreement_checks(reading)
    checks += dividend_agreement_checks(reading)  # a plan printed in 重要提示 and in 利润分配
    checks += prose_agreement_checks(reading)  # a figure printed in MD&A prose and in a table
    if store is not None:
        checks += prior_report_checks(reading, store)
    return checks


# -- table families ----------------------------------------------------------------------------


def _in(table: str | None, names: Iterable[str]) -> bool:
    return table is not None and any(n in table for n in names)


def is_key_table(fact: Fact) -> bool:
    # 分季度主要财务指标 contains 主要财务指标: the quarterly table is not the key table.
    return _in(fact.source.table, _rules()["key_table"]["tables"]) and not is_quarter_table(fact)


def is_quarter_table(fact: Fact) -> bool:
    return _in(fact.source.table, _rules()["quarters"]["tables"])


def _statement_table(table: str | None) -> str:
    # A statement running over several pages may print 合并资产负债表（续）.
    t = table or ""
    for suffix in ("（续）", "(续)", "（续表）", "(续表)"):
        t = t.removesuffix(suffix)
    return t


def _usable(f: Fact) -> bool:
    return f.measure == VALUE and f.value is not None and f.unit in MONEY_UNITS


# -- tolerance and wording -----------------------------------------------------------------------


def half_unit(f: Fact) -> Decimal:
    """Half a unit of the last printed digit, in yuan; 0 for figures printed in 元."""
    if f.scale in SEC_SCALES:  # written in dollars, rounded to the scale
        return SEC_SCALES[f.scale] / 2
    factor = TABLE_SCALES.get(f.scale or "元", Decimal(1))
    if factor == 1:
        return Decimal(0)
    return printed_half_unit(f, factor)


def printed_half_unit(f: Fact, factor: Decimal | None = None) -> Decimal:
    """Half a unit of the last printed digit in the fact's base unit, whatever the scale
    (72.3 亿元 → ±5,000,000; 98.14 % → ±0.005)."""
    if factor is None:
        factor = TABLE_SCALES.get(f.scale or "") or _COUNT_FACTORS.get(f.scale or "", 1)
    if not f.source.text:
        return Decimal(0)
    try:
        printed = parse_cell(f.source.text)
    except ValueError:
        try:
            printed = Decimal(f.source.text)  # cninfo's JSON numbers: 1.952307234E7
        except InvalidOperation:
            printed = None
    if printed is None:
        return Decimal(0)
    exponent = printed.as_tuple().exponent
    return Decimal(1).scaleb(int(exponent)) * factor / 2


def _amount(value: Decimal) -> str:
    return f"{value:,.2f}"


def cite(f: Fact) -> str:
    """ "营业收入 585,461,786.23 (p6 主要会计数据, 2024年)": a figure and where it was printed."""
    if f.source.page:
        where = [f"p{f.source.page}", f.source.table, f.source.column]
    else:  # a structured source: the file and the column (its table is the check's context)
        where = [PurePath(f.source.file).name, f.source.column]
    label = f.source.row_label or f.concept
    return f"{label} {_amount(f.value)} ({', '.join(w for w in where if w)})"


def _compare(name: str, doc: str, what: str, expected: Fact, actual: Fact) -> Check:
    tolerance = half_unit(expected) + half_unit(actual)
    diff = actual.value - expected.value
    passed = abs(diff) <= tolerance
    relation = "=" if passed else "≠"
    detail = f"{what}: {cite(actual)} {relation} {cite(expected)}"
    if not passed:
        detail += f"; difference {_amount(diff)}"
    if tolerance:
        detail += f" (printed rounding ±{_amount(tolerance)})"
    return Check(
        doc, name, passed, detail, expected.value, actual.value, (expected.source, actual.source)
    )


# -- identities within one statement ---------------------------------------------------------------


def identity_checks(reading: Reading) -> list[Check]:
    groups: dict[tuple, dict[str, Fact]] = defaultdict(dict)
    for f in reading.facts:
        if not _usable(f) or f.segment is not None or is_key_table(f) or is_quarter_table(f):
            continue
        key = (f.company, _statement_table(f.source.table), f.scope, f.period, f.basis)
        groups[key].setdefault(f.concept, f)  # the first printed, in reading order
    checks = []
    for (_, table, scope, period, basis), by_concept in groups.items():
        for identity in identities():
            check = _identity(
                identity, by_concept, reading.document.sha256, table, scope, period, basis
            )
            if check is not None:
                checks.append(check)
    return checks


def _identity(identity, by_concept, doc, table, scope, period, basis) -> Check | None:
    total = by_concept.get(identity.total)
    if total is None:
        return None
    terms = []
    for sign, concept in identity.terms:
        fact = by_concept.get(concept)
        if fact is None and concept not in identity.optional:
            return None
        if fact is not None:
            terms.append((sign, fact))
    if not terms:
        return None
    computed = sum((sign * f.value for sign, f in terms), Decimal(0))
    tolerance = half_unit(total) + sum((half_unit(f) for _, f in terms), Decimal(0))
    diff = total.value - computed
    passed = abs(diff) <= tolerance
    parts = " ".join(
        ("+ " if sign > 0 else "− ") + cite(f) if i else ("" if sign > 0 else "− ") + cite(f)
        for i, (sign, f) in enumerate(terms)
    )
    context = f"{table or 'statement'} {period}" + (f" ({basis})" if basis else "")
    if scope != CONSOLIDATED:
        context += f" [{scope}]"
    detail = f"{identity.zh} — {context}: {cite(total)} {'=' if passed else '≠'} {parts}"
    if not passed:
        detail += f" = {_amount(computed)}; difference {_amount(diff)}"
    if tolerance:
        detail += f" (printed rounding ±{_amount(tolerance)})"
    sources = (total.source, *(f.source for _, f in terms))
    return Check(doc, identity.name, passed, detail, total.value, computed, sources)


# -- key table against the statements --------------------------------------------------------------


def _statement_lines(reading: Reading) -> dict[tuple[str, str], list[Fact]]:
    lines: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in reading.facts:
        if (
            _usable(f)
            and f.segment is None
            and f.scope == CONSOLIDATED
            and f.basis != ORIGINAL
            and not is_key_table(f)
            and not is_quarter_table(f)
        ):
            lines[(f.concept, f.period)].append(f)
    return lines


def key_table_checks(reading: Reading) -> list[Check]:
    concepts = set(_rules()["key_table"]["concepts"])
    lines = _statement_lines(reading)
    checks = []
    seen = set()
    for f in reading.facts:
        if not (_usable(f) and is_key_table(f) and f.concept in concepts and f.segment is None):
            continue
        if f.basis == ORIGINAL or f.scope != CONSOLIDATED:
            continue  # 调整前: the figure as first reported, not the statement's column
        for line in _dedupe(lines.get((f.concept, f.period), [])):
            key = (f.concept, f.period, f.value, line.value)
            if key in seen:
                continue
            seen.add(key)
            what = f"{f.period} key table vs statement"
            checks.append(
                _compare(
                    f"key_table_vs_statement:{f.concept}", reading.document.sha256, what, line, f
                )
            )
    return checks


def _dedupe(facts: list[Fact]) -> list[Fact]:
    out, values = [], set()
    for f in facts:
        if f.value not in values:
            values.add(f.value)
            out.append(f)
    return out


# -- quarters against the year ---------------------------------------------------------------------


def quarter_checks(reading: Reading) -> list[Check]:
    concepts = set(_rules()["quarters"]["concepts"])
    quarters: dict[tuple[str, int], dict[int, Fact]] = defaultdict(dict)
    for f in reading.facts:
        if not (_usable(f) and is_quarter_table(f) and f.concept in concepts and f.segment is None):
            continue
        if f.scope != CONSOLIDATED or f.basis == ORIGINAL:
            continue
        try:
            period = Period.parse(f.period)
        except ValueError:
            continue
        if period.is_single_quarter:
            quarters[(f.concept, period.year)].setdefault(period.quarter, f)
    if not quarters:
        return []
    years: dict[tuple[str, str], Fact] = {}
    for f in reading.facts:  # the year as the key table prints it, else the statement line
        headline = _usable(f) and f.segment is None and f.scope == CONSOLIDATED
        if not headline or f.basis == ORIGINAL or is_quarter_table(f):
            continue
        if is_key_table(f) or (f.concept, f.period) not in years:
            years[(f.concept, f.period)] = f
    checks = []
    for (concept, year), by_quarter in sorted(quarters.items()):
        annual = years.get((concept, f"{year}FY"))
        if annual is None or sorted(by_quarter) != [1, 2, 3, 4]:
            continue
        qs = [by_quarter[q] for q in (1, 2, 3, 4)]
        total = sum((q.value for q in qs), Decimal(0))
        tolerance = half_unit(annual) + sum((half_unit(q) for q in qs), Decimal(0))
        diff = annual.value - total
        passed = abs(diff) <= tolerance
        detail = (
            f"{year} quarters {' + '.join(_amount(q.value) for q in qs)} = {_amount(total)} "
            f"(p{qs[0].source.page or '-'} {qs[0].source.table}) "
            f"{'=' if passed else '≠'} year {cite(annual)}"
        )
        if not passed:
            detail += f"; difference {_amount(diff)}"
        if tolerance:
            detail += f" (printed rounding ±{_amount(tolerance)})"
        sources = (annual.source, *(q.source for q in qs))
        checks.append(
            Check(
                reading.document.sha256,
                f"quarters_sum:{concept}",
                passed,
                detail,
                annual.value,
                total,
                sources,
            )
        )
    return checks


# -- secondary sources against each other ----------------------------------------------------------


def source_agreement_checks(reading: Reading) -> list[Check]:
    """In a facts CSV, the same figure from two sources: agreeing to the printed rounding
    (72.29 and 72.3 亿元) or not (233.43 and 249.5 亿元: ``sources_disagree:revenue``, both kept)."""
    if reading.document.kind != "facts_csv":
        return []
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in reading.facts:
        if f.value is not None:
            key = (f.company, f.concept, f.segment, f.period, f.scope, f.basis, f.measure, f.unit)
            groups[key].append(f)
    checks = []
    for (_, concept, segment, period, *_rest), facts in groups.items():
        for i, a in enumerate(facts):
            for b in facts[i + 1 :]:
                if a.source.table == b.source.table:
                    continue
                tolerance = printed_half_unit(a) + printed_half_unit(b)
                agree = abs(a.value - b.value) <= tolerance
                what = f"{period} {concept}" + (f" {segment}" if segment else "")
                if a.measure != VALUE:
                    what += f" ({a.measure})"
                detail = (
                    f"{what}: {a.source.table} {a.source.text} {a.scale} "
                    f"{'agrees with' if agree else 'disagrees with'} "
                    f"{b.source.table} {b.source.text} {b.scale} "
                    f"({a.source.column}; {b.source.column})"
                )
                name = f"sources_{'agree' if agree else 'disagree'}:{concept}"
                sources = (a.source, b.source)
                checks.append(
                    Check(reading.document.sha256, name, agree, detail, a.value, b.value, sources)
                )
    return checks


# -- this report against earlier reports in the store ------------------------------------------------


def prior_report_checks(reading: Reading, store: Store) -> list[Check]:
    """Each figure against the same figure (company, concept, period, scope) in other reports.

    A difference is a restatement (or a misprint): a failed check ``restatement:<concept>`` naming
    both figures and both documents. Figures of a 调整前 (original) column are compared as such:
    they should equal what the earlier report printed.
    """
    doc = reading.document
    if doc.kind in STRUCTURED_KINDS:
        return []
    others = {
        d.sha256: d
        for d, _ in store.documents(doc.company.code)
        if d.kind not in STRUCTURED_KINDS and d.sha256 != doc.sha256
    }
    if not others:
        return []
    stored: dict[tuple, list[Fact]] = defaultdict(list)
    for f in store.facts(company=doc.company.code, measure=VALUE):
        if f.source.sha256 in others and _usable(f) and f.segment is None and f.basis != ORIGINAL:
            stored[(f.concept, f.period, f.scope)].append(f)
    checks = []
    seen = set()
    for f in reading.facts:
        if not (_usable(f) and f.segment is None):
            continue
        earlier = stored.get((f.concept, f.period, f.scope))
        if not earlier:
            continue
        key = (f.concept, f.period, f.scope, f.basis, f.value)
        if key in seen:
            continue
        seen.add(key)
        differing = [
            e for e in _dedupe(earlier) if abs(e.value - f.value) > half_unit(e) + half_unit(f)
        ]
        what = f"{f.period} {'[' + f.scope + '] ' if f.scope != CONSOLIDATED else ''}"
        if not differing:
            e = earlier[0]
            detail = f"{what}as in {others[e.source.sha256].file}: {cite(f)} = {cite(e)}"
            checks.append(
                Check(
                    doc.sha256,
                    f"prior_report:{f.concept}",
                    True,
                    detail,
                    e.value,
                    f.value,
                    (e.source, f.source),
                )
            )
            continue
        for e in differing:
            other = others[e.source.sha256]
            if f.basis == ORIGINAL:
                name, label = f"prior_report:{f.concept}", "调整前 column differs from the report"
            else:
                name = f"restatement:{f.concept}"
                label = "restated (调整后)" if f.basis == RESTATED else "restated"
            detail = (
                f"{what}{label}: {cite(f)} in {doc.file} ({doc.period}) vs {cite(e)} in "
                f"{other.file} ({other.period}); difference {_amount(f.value - e.value)}; both kept"
            )
            checks.append(
                Check(doc.sha256, name, False, detail, e.value, f.value, (e.source, f.source))
            )
    return checks
