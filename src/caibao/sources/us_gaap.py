"""What the SEC readers share (``xbrl``, ``sec_companyfacts``, ``sec_fsds``): the element
mapping of ``us_gaap.toml``, fiscal calendars for years that need not end in December, the names
journalists use for a registrant, and the facts a mapping rule derives.

Fiscal periods. US companies' fiscal years need not end in December; the period notation
(``periods``) then names the **fiscal** year and its quarters: for Apple (year ending on the last
Saturday of September) ``2023FY`` is the 53 weeks ended 2023-09-30, ``2023Q3`` the quarter ended
2023-07-01, ``2023Q1-Q3`` the nine months to then, ``2023H1`` the first fiscal half. The fiscal
year of a period is the one whose end (anchored on a filing's own year and period focus) is
within 45 days of it, so 52/53-week years fit. Balances keep their real date (``2023-09-30``).
A span that is no fiscal quarter, half, year to date or year (a trailing twelve months, one
month) has no period.

Fiscal year names (``fiscal_year_name``, ``[fiscal_year_names]`` of us_gaap.toml). A filer names
its fiscal year after the calendar year in which it ends (Oracle's fiscal 2010 ended 31 May 2010,
Electronic Arts' on 31 March 2010), and so does the store, whatever a filing's year focus says:
the 2009 data sets' ``fy`` names the years ending in February and March 2010 "2009". A year that
ends in the first days of January (52/53 weeks ended on the Saturday nearest 31 December) is its
December's. A year ending in January or the first days of February is named both ways by filers
— Walmart, NVIDIA and Dell call the year to January 2010 fiscal 2010, Home Depot, Target and
Lowe's call theirs fiscal 2009 — and nothing but the filing's own year focus tells which: there
it is kept when it is one of the two (the 2009 data sets give the starting year for all of them).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources

from ..company_names import (
    english_forms,
    legal_stem,
    press_names,
    spelling_variants,
    strip_registrant_marks,
)
from ..concepts import accounts
from ..model import Fact
from ..periods import Period
from .common import in_cents, plain

# Within this many days of a fiscal year's nominal end, a date ends that year (52/53-week years).
_YEAR_SLACK = 45
_MONTH_DAYS = 30.436875


# -- the mapping (us_gaap.toml) --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConceptRule:
    concept: str
    statement: str
    elements: tuple[str, ...]
    fallback: str | None
    unless: tuple[str, ...]
    apart_when: tuple[str, ...]  # elements whose presence puts the fact in a table of its own
    apart_table: str | None
    # every (fallback, unless) in the order tried: ``fallback`` first, then ``more_fallbacks``
    fallbacks: tuple[tuple[str, tuple[str, ...]], ...] = ()
    outflow: bool = False  # a payment: its amount, positive, whatever sign the filer gave


@dataclass(frozen=True, slots=True)
class Mapping:
    rules: dict[str, ConceptRule]
    # element → ((concept, rank: lower is preferred), ...): EarningsPerShareBasicAndDiluted
    # gives both EPS concepts
    by_element: dict[str, tuple[tuple[str, int], ...]]
    tables: dict[str, str]
    segment_axes: tuple[str, ...]
    neutral_members: frozenset[tuple[str, str]]
    namespaces: dict[str, str]
    apart_elements: frozenset[str]  # every rule's apart_when
    # (statement code, printed label in lower case) → concept: a filer's own element so labelled
    label_fallbacks: dict[tuple[str, str], str]
    # a revenue line's label that names no line of business ("Other revenues")
    unnamed_line: re.Pattern[str]
    # the word a revenue line's name drops ("Software revenues": Software), and what must not be
    # all that is left
    line_word: re.Pattern[str]
    generic_left: re.Pattern[str]
    # the revenue line of goods sold (its element, else its printed label): see fsds_revenue.goods_cost
    goods_elements: frozenset[str]
    goods_labels: frozenset[str]
    # "december_until", "either_way_until" → (month, day): see fiscal_year_name
    fiscal_year_names: dict[str, tuple[int, int]]
    # concept → the elements that name its line where several lines print its label
    # (``[label_fallbacks.<concept>] prefer``)
    label_preferred: dict[str, frozenset[str]]

    def table(self, concept: str) -> str:
        return self.tables[self.rules[concept].statement]


@cache
def mapping() -> Mapping:
    text = resources.files(__package__).joinpath("us_gaap.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    rules, by_element = {}, {}
    for concept, entry in data["concepts"].items():
        rule = ConceptRule(
            concept,
            entry["statement"],
            tuple(entry["elements"]),
            entry.get("fallback"),
            tuple(entry.get("unless", ())),
            tuple(entry.get("apart_when", ())),
            entry.get("apart_table"),
            tuple(
                (f["concept"], tuple(f.get("unless", ())))
                for f in (
                    [{"concept": entry["fallback"], "unless": entry.get("unless", ())}]
                    if entry.get("fallback")
                    else []
                )
                + entry.get("more_fallbacks", [])
            ),
            bool(entry.get("outflow", False)),
        )
        rules[concept] = rule
        for rank, element in enumerate(rule.elements):
            by_element[element] = (*by_element.get(element, ()), (concept, rank))
    dims = data["dimensions"]
    neutral = frozenset(tuple(m.split("=", 1)) for m in dims["neutral_members"])
    apart = frozenset(e for r in rules.values() for e in r.apart_when)
    by_label = {
        (statement, label_key(label)): concept
        for concept, entry in data.get("label_fallbacks", {}).items()
        for statement in _statements(entry["statement"])
        for label in entry["labels"]
    }
    return Mapping(
        rules,
        by_element,
        data["tables"],
        tuple(dims["segment_axes"]),
        neutral,
        data["namespaces"],
        apart,
        by_label,
        re.compile(data["revenue_lines"]["unnamed"]),
        re.compile(data["revenue_lines"]["word_dropped"]),
        re.compile(data["revenue_lines"]["generic_left"]),
        frozenset(data["revenue_lines"]["goods_elements"]),
        frozenset(label_key(x) for x in data["revenue_lines"]["goods_labels"]),
        {k: _month_day(v) for k, v in data["fiscal_year_names"].items()},
        {
            concept: frozenset(entry["prefer"])
            for concept, entry in data.get("label_fallbacks", {}).items()
            if entry.get("prefer")
        },
    )


def canonical_prefix(uri: str, declared: str) -> str:
    """The conventional prefix of a namespace (us-gaap of any year), else the declared one."""
    for start, prefix in mapping().namespaces.items():
        if uri.startswith(start):
            return prefix
    return declared


# -- fiscal periods --------------------------------------------------------------------------------


def _months(days: int) -> int:
    return round(days / _MONTH_DAYS)


def _same_day_in(year: int, day: date) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def _month_day(text: str) -> tuple[int, int]:
    month, day = text.split("-")
    return int(month), int(day)


def fiscal_year_name(year_end: date, filed: int | None = None) -> int:
    """The name of the fiscal year ending on ``year_end``: the calendar year it ends in, the one
    before for a year ending in the first days of January; for a year ending in January or early
    February, ``filed`` (the filing's own year focus) when it is either year (see the module's
    notes)."""
    names = mapping().fiscal_year_names
    md = (year_end.month, year_end.day)
    if md <= names["december_until"]:
        return year_end.year - 1
    if md <= names["either_way_until"] and filed in (year_end.year - 1, year_end.year):
        return filed
    return year_end.year


@dataclass(frozen=True, slots=True)
class FiscalCalendar:
    """A company's fiscal years, anchored on one year's end and name (2023-09-30 is FY2023)."""

    year_end: date
    year: int

    @classmethod
    def anchored(
        cls, period_end: date, fiscal_year: int | None, focus: str, year_end_md: str | None = None
    ) -> FiscalCalendar:
        """From a filing's period end and focus (FY, Q1..Q3, H1) and, when known, the fiscal year
        end's month and day (``--09-30``)."""
        focus = (focus or "FY").upper()
        quarter = {"Q1": 1, "Q2": 2, "H1": 2, "Q3": 3}.get(focus, 4)
        year_end = period_end
        if quarter != 4:
            year_end = period_end + timedelta(days=round((4 - quarter) * 3 * _MONTH_DAYS))
            md = re.fullmatch(r"-*(\d{2})-(\d{2})", (year_end_md or "").strip())
            if md:  # the nominal end nearest the estimate
                month, day = int(md[1]), int(md[2])
                guesses = []
                for y in (year_end.year - 1, year_end.year, year_end.year + 1):
                    try:
                        guesses.append(date(y, month, day))
                    except ValueError:
                        guesses.append(date(y, month, 28))
                year_end = min(guesses, key=lambda d: abs((d - year_end).days))
        return cls(year_end, fiscal_year_name(year_end, fiscal_year))

    def fiscal_year(self, day: date) -> tuple[int, date]:
        """The fiscal year a day falls in, and that year's nominal end."""
        back = ((self.year_end - day).days + _YEAR_SLACK) // 365.2425
        k = int(back)
        return self.year - k, _same_day_in(self.year_end.year - k, self.year_end)

    def period(self, start: date | None, end: date) -> str | None:
        """Period notation of a context: an instant's date, or the fiscal span (None when the
        span is none of quarter, half, year to date, year)."""
        if start is None:
            return end.isoformat()
        year, year_end = self.fiscal_year(end)
        before_end = _months((year_end - end).days)
        quarter = 4 - round(before_end / 3)
        if not 1 <= quarter <= 4 or abs(before_end - 3 * (4 - quarter)) > 1:
            return None
        months = _months((end - start).days + 1)
        if months == 3:
            return str(Period.q(year, quarter))
        if months == 3 * quarter:
            return str(Period.ytd(year, quarter))
        if months == 6 and quarter == 4:
            return str(Period.h2(year))
        return None


# -- company names ---------------------------------------------------------------------------------

# EDGAR's file names for an XBRL instance: the ticker in lower case, the period end
# ("jnj-20090628.xml", "aapl-20230930.htm"; an early filer's "trv_20090630.xml")
_INSTANCE_NAME = re.compile(r"([a-z][a-z.]{0,5})[-_](?:19|20)\d{6}(?:_htm)?\.(?:xml|htm)")


def ticker_from_instance(file_name: str) -> str | None:
    """The trading symbol an instance's file name starts with, by EDGAR's naming convention;
    None for any other name. The data sets (``sub.instance``) print no other symbol."""
    m = _INSTANCE_NAME.fullmatch(file_name.strip().rsplit("/", 1)[-1])
    return m[1].upper() if m else None


# a printed label's alternative word in parentheses, with the slash that joins it: "Income/(Loss)",
# "(Loss) income", "Operating income (loss)", "income tax expense (benefit)"
_ALTERNATIVE = re.compile(
    r"\s*/?\s*\((?:loss|income|earnings|profit|deficit|benefit|expense)\)\s*/?\s*", re.I
)
# a note the label ends with: "(Note 4)", "(See Note 7)", "(excludes amortization of ...
# presented below)", "(fair value: 2009-$780,802 ; 2008-$515,249)", or
# set off by a comma (a retailer's "Cost of sales, including buying and occupancy costs")
_NOTE = re.compile(
    r"\s*(?:\((?:(?:see\s+)?notes?\b|excludes?\b|excluding\b|includes?\b|including\b"
    r"|fair\s+value\b)[^()]*\)"
    r"|,\s*(?:excludes?|excluding|includes?|including)\b[^()]*)\s*$",
    re.I,
)


def _statements(value: str | list[str]) -> list[str]:
    """A label fallback's statement code, or codes (depreciation: the income statement's line or
    the cash-flow statement's add-back)."""
    return [value] if isinstance(value, str) else list(value)


def label_key(label: str) -> str:
    """A statement line's label as compared with ``[label_fallbacks]``: lower case, single
    spaces, without the alternative word in parentheses ("Income/(Loss) before income taxes" and
    "(Loss) income before income taxes" are "income before income taxes") and without a note
    at its end ("Cost of sales (excludes amortization ...)", "Cost of sales, including buying
    and occupancy costs": "cost of sales"), a hyphen between words as a space ("Long term debt"
    is "Long-term debt")."""
    text = _ALTERNATIVE.sub(" ", _NOTE.sub("", label.strip()))
    text = re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", " ", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def company_aliases(name: str, ticker: str | None = None) -> tuple[str, ...]:
    """Names journalists use for a registrant: "Apple Inc." → ("Apple Inc.", "Apple");
    EDGAR's upper case "MICROSOFT CORPORATION" → (..., "Microsoft Corporation", "Microsoft");
    "AMAZON COM INC" → (..., "Amazon.com", "Amazon"); "NEWMONT MINING CORP /DE/" → (...,
    "Newmont"); "JOHNSON & JOHNSON" → (..., "J&J"). The shorter forms are those of
    ``company_names.english_forms`` (the rules of ``company_names.toml``); with the ticker, the
    names the press uses that no filing prints (``press_names.toml``: 强生, HP)."""
    out: list[str] = []

    def add(n: str) -> None:
        n = n.strip(" ,&")
        if n and n not in out:
            out.append(n)

    add(name)
    bare = strip_registrant_marks(name)
    shown = bare.title() if bare.isupper() else bare
    shown = re.sub(r"(?:\s+|\.)Com\b", ".com", shown) if bare.isupper() else shown
    shown = re.sub(r"(?<=\w)'S\b", "'s", shown)
    add(shown)
    if re.search(r"\sCo\.?$", shown):
        # (SOUTHERN CO: the press's Southern Company, The Coca-Cola Company's legal name)
        add(re.sub(r"\sCo\.?$", " Company", shown))
    for form in english_forms(shown)[1:]:
        add(form)
        if form.lower().endswith(".com"):
            add(form[: -len(".com")])
    stem = legal_stem(shown)
    if stem:
        add(stem)
    for form in list(out[1:]):
        for variant in spelling_variants(form):
            add(variant)
    for press in press_names(ticker):
        add(press)
    return tuple(out)


def fallback_facts(facts: list[Fact]) -> list[Fact]:
    """Facts a concept's ``fallback`` gives (net income as net profit when there is no
    non-controlling interest), where the filing printed none of its own."""
    m = mapping()
    present = {f.concept for f in facts}
    have = {(f.concept, f.period, f.segment) for f in facts}
    out = []
    for rule in m.rules.values():
        for fallback, unless in rule.fallbacks:
            if any(u in present for u in unless):
                continue
            for f in facts:
                key = (rule.concept, f.period, f.segment)
                if f.concept == fallback and key not in have:
                    out.append(replace(f, concept=rule.concept))
                    have.add(key)
    return out


def outflows_positive(facts: list[Fact]) -> list[Fact]:
    """The facts of an ``outflow`` concept (capital expenditure) as amounts paid, positive: a
    filer that prints the payment negated in its cash-flow statement ("Purchases of property
    and equipment, net (272)") paid 272, as one that prints it positive under a heading of
    payments. The source's text stays as the filer wrote it."""
    m = mapping()
    return [
        replace(f, value=-f.value)
        if f.value < 0 and (rule := m.rules.get(f.concept)) is not None and rule.outflow
        else f
        for f in facts
    ]


# the parts of a balance sheet on its credit side (accounts.toml sections)
_CREDIT_SIDE = frozenset({"current_liabilities", "noncurrent_liabilities", "equity"})


def credit_side_positive(facts: list[Fact]) -> list[Fact]:
    """A balance sheet whose total of liabilities and equity is filed as the negative of its
    total assets (Entergy's 2009 10-Q/A: total assets 36,485,220, "TOTAL LIABILITIES AND EQUITY"
    -36,485,220, long-term debt -10,184,849) gave every credit balance its sign in the ledger:
    at that date, liabilities and equity are read as printed, with the sign turned. The
    source's text stays as the filer wrote it."""
    chart = accounts()
    totals = {(f.period, f.concept): f.value for f in facts if f.concept in _BALANCE_TOTALS}
    turned = {
        period
        for (period, concept), value in totals.items()
        if concept == "total_assets"
        and value > 0
        and totals.get((period, "total_liabilities_and_equity")) == -value
    }
    if not turned:
        return facts
    return [
        replace(f, value=-f.value)
        if f.period in turned
        and f.concept in chart
        and chart[f.concept].statement == "balance"
        and chart[f.concept].section in _CREDIT_SIDE
        else f
        for f in facts
    ]


_BALANCE_TOTALS = frozenset({"total_assets", "total_liabilities_and_equity"})


def set_apart(facts: list[Fact], printed: dict[str, set[str]]) -> list[Fact]:
    """Facts of a rule with ``apart_when`` moved to the rule's own table for a period in which
    the filing prints one of those elements with a value other than zero (``printed``: period →
    elements). Pre-tax income of continuing operations is the whole pre-tax income only when no
    equity-method or discontinued result follows it: the identities of one statement then leave
    it out instead of failing."""
    m = mapping()
    out = []
    for f in facts:
        rule = m.rules.get(f.concept)
        if rule and rule.apart_when and printed.get(f.period, set()) & set(rule.apart_when):
            f = replace(f, source=replace(f.source, table=rule.apart_table))
        out.append(f)
    return out


def nonzero(text: str) -> bool:
    try:
        return Decimal(text.strip()) != 0
    except InvalidOperation:
        return False


def to_value(text: str, unit: str) -> Decimal:
    """A filed number as a fact's value: money to the cent, per-share figures as filed."""
    value = Decimal(text.strip())
    return plain(value) if "/" in unit or unit == "count" else in_cents(value)


_SCALE_NAMES = ((9, "billions"), (6, "millions"), (3, "thousands"))


def reporting_scale(texts: list[str]) -> str:
    """The rounding a filing's amounts share when a source does not give it (the data sets,
    companyfacts): "millions" when every amount is a whole number of millions, ... ; "" when
    they are not all round or too few to tell."""
    zeros = []
    for text in texts:
        try:
            value = Decimal(text.strip())
        except InvalidOperation:
            continue
        if value == 0:
            continue
        if value != value.to_integral_value():
            return ""
        digits = str(abs(int(value)))
        zeros.append(len(digits) - len(digits.rstrip("0")))
    if len(zeros) < 5:
        return ""
    least = min(zeros)
    return next((name for power, name in _SCALE_NAMES if least >= power), "")


def scale_step(scale: str) -> Decimal:
    """What a filing's amounts are rounded to, in the currency (a million for "millions"); 0
    when ``reporting_scale`` could not tell."""
    return next((Decimal(10) ** power for power, name in _SCALE_NAMES if name == scale), Decimal(0))


def line_name(label: str) -> str:
    """A revenue line's name as a segment: its printed label without a trailing "revenue(s)"
    ("Software revenues" → "Software"), the label itself when only a generic word would be left
    ("Net revenues")."""
    m = mapping()
    name = m.line_word.sub("", label.strip())
    return label.strip() if not name or m.generic_left.match(name) else name


def adds_up(lines: list[Decimal], total: Decimal, step: Decimal = Decimal(0)) -> bool:
    """Whether statement lines printed in order are the parts of ``total``: a line equal to the
    sum of two or more lines just above it is their subtotal (software revenues under new
    licences and licence updates), and what is left, two lines or more, sums to the total.
    ``step``: what the filing rounds every amount to (a million for a filing in millions): each
    line and the total is then off by up to half a step, so the parts may miss the total by half
    a step per figure summed (IBM's services, sales and financing: 13,479 + 9,198 + 574 =
    23,251 against a total revenue of 23,250). Exactly, when the rounding is not known."""
    return parts_of(lines, total, step) is not None


def parts_of(lines: list[Decimal], total: Decimal, step: Decimal = Decimal(0)) -> set[int] | None:
    """``adds_up``, saying which lines are no parts of the total: None when the lines do not add
    up to it, else the indices of the lines a net line below nets. A bank's or broker's net
    revenues are its non-interest revenues plus its net interest income, printed under the
    interest income and the interest expense it nets (Goldman Sachs: interest income 3,469,
    interest expense 1,427, net interest income 2,042): a line equal to the line two above less
    the line just above is their net, and those two are no parts. Tried only when the lines do
    not add up as printed (three parts, one the difference of the other two, stay parts). Last,
    a line equal to the line just above is tried as its subtotal (an insurer's "Net impairment
    losses recognized in earnings" under its impairments in a year that has no part of them in
    other comprehensive income: a line of nil left out)."""
    for net, alone in ((False, False), (True, False), (False, True), (True, True)):
        top, leaves, netted = _fold(lines, step, net, alone)
        slack = step * (len(top) + 1) / 2
        if leaves >= 2 and len(top) >= 1 and abs(sum(top, Decimal(0)) - total) <= slack:
            return netted
    return None


def _fold(
    lines: list[Decimal], step: Decimal, net: bool, alone: bool = False
) -> tuple[list[Decimal], int, set[int]]:
    """The lines left when each subtotal (and, with ``net``, each net line) replaces the lines
    it stands for (with ``alone``, a subtotal of one line too); how many printed lines are
    leaves; the indices of the netted lines."""
    least = 1 if alone else 2
    top: list[Decimal] = []
    at: list[int] = []  # the index of the line each value of ``top`` stands for
    leaves = 0
    netted: set[int] = set()
    for i, value in enumerate(lines):
        run = Decimal(0)
        for j in range(len(top) - 1, -1, -1):
            run += top[j]
            if len(top) - j >= least and abs(run - value) <= step * (len(top) - j + 1) / 2:
                del top[j:], at[j:]
                break
        else:
            if net and len(top) >= 2 and abs(top[-2] - top[-1] - value) <= step * 3 / 2:
                netted.update(at[-2:])
                del top[-2:], at[-2:]
                leaves -= 1
            else:
                leaves += 1
        top.append(value)
        at.append(i)
    return top, leaves, netted
