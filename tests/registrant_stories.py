"""Plain earnings stories about every 10-Q registrant of an SEC financial statement data set, each
written from the registrant's own consolidated facts, with the figures a correct checker supports.

The data set's zip is read in place (``sub.txt`` for the filings, ``num.txt`` for their values).
For each 10-Q or 10-Q/A with quarterly revenue of at least $10 million this year and a year ago,
seven plain stories are written in the shapes the press uses: an English story under a dateline,
a Chinese one, a Reuters wire, a 财联社 flash, a story naming the fiscal year, and a Chinese and an
English review (margins, operating income, EPS, total assets against the year's start); more
shapes, some with figures planted wrong, are in registrant_story_shapes.py. Fiscal
years not ending in December are named by the year they end in, except a year ending in January,
named by the year it starts in (the retailers' FY2009 ends in January 2010).

When a filing gives a figure under several elements (two revenue tags), the first element of the
list below that has it wins.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

REVENUE = ("Revenues", "SalesRevenueNet", "SalesRevenueGoodsNet", "SalesRevenueServicesNet")
NET_INCOME = ("NetIncomeLoss", "ProfitLoss")
EPS = ("EarningsPerShareDiluted", "EarningsPerShareBasicAndDiluted")
ASSETS = ("Assets",)
OCF = ("NetCashProvidedByUsedInOperatingActivities",)
CASH = ("CashAndCashEquivalentsAtCarryingValue",)
GROSS_PROFIT = ("GrossProfit",)
OPERATING_INCOME = ("OperatingIncomeLoss",)
_TAGS = frozenset(
    REVENUE + NET_INCOME + EPS + ASSETS + OCF + CASH + GROSS_PROFIT + OPERATING_INCOME
)

MIN_REVENUE = Decimal(10_000_000)
MIN_CASH = Decimal(10_000_000)
MIN_BALANCE = Decimal(100_000_000)  # total assets smaller than this are not printed in billions
_MATCH_DAYS = 7  # a fact's date may sit this far from the period's end (52/53-week years)

_ORDINAL = {"Q1": "first", "Q2": "second", "Q3": "third", "Q4": "fourth"}
_ZH_ORDINAL = {"Q1": "一", "Q2": "二", "Q3": "三", "Q4": "四"}
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# EDGAR marks after a conformed name (/DE/, INC/DE, \DE\, /OLD) and the legal forms the press drops
_EDGAR_MARK = re.compile(r"\s*[/\\][A-Z]*[/\\]?$")
_LEGAL_FORM = re.compile(
    r"[\s,]+(?:INC|CORP|CORPORATION|CO|COMPANY|LTD|PLC|LLC|L ?P|AG|N ?V|S ?A)\.?$"
)
_STILL_LEGAL = frozenset({"COM", "PARTNERSHIP", "INC", "CORP", "CO", "LTD"})
# short words of conformed names that are words, not initials (AIR Products, ST Jude, EL Paso)
_SHORT_WORD = re.compile(r"AIR|ALL|AND|DE|DOW|EL|FE|GAP|GAS|JOY|MAE|NEW|OF|OIL|ONE|ST|THE|TIM")


@dataclass(frozen=True)
class Figure:
    """A figure a story prints: its text, where it starts, and the verdict a correct checker gives."""

    quote: str
    start: int
    verdict: str = "supported"


@dataclass(frozen=True)
class Story:
    """One story about one filing, in one shape, dated the day after the filing."""

    registrant: str  # the EDGAR conformed name
    adsh: str
    shape: str
    day: date
    text: str
    figures: tuple[Figure, ...]


@dataclass
class Writer:
    """A story's text, written sentence by sentence, keeping where each figure starts."""

    text: str = ""
    figures: list[Figure] = field(default_factory=list)

    def say(self, words: str, *figures: str | tuple[str, str]) -> None:
        """Append ``words``, each ``{}`` in them replaced by the next of ``figures``: a figure the
        checker should support, or (figure, verdict) for one planted wrong."""
        parts = words.split("{}")
        assert len(parts) == len(figures) + 1, words
        for part, figure in zip(parts, (*figures, None), strict=True):
            self.text += part
            if figure is not None:
                quote, verdict = (figure, "supported") if isinstance(figure, str) else figure
                self.figures.append(Figure(quote, len(self.text), verdict))
                self.text += quote


@dataclass(frozen=True)
class Filing:
    """A 10-Q's cover (sub.txt) and its consolidated USD facts (num.txt: no co-registrant, no
    segment), keyed by (element, quarters) then end date in file order."""

    adsh: str
    registrant: str
    name: str  # the name as the press writes it
    period: date
    fiscal_period: str  # Q1 … Q4
    year_end_month: int
    filed: date
    facts: dict[tuple[str, str], dict[date, Decimal]]

    def value(self, tags: tuple[str, ...], day: date, quarters: str) -> tuple[str, Decimal] | None:
        """The first of ``tags`` with a value for ``quarters`` (0 for a balance) ending near ``day``."""
        for tag in tags:
            for end, amount in self.facts.get((tag, quarters), {}).items():
                if abs((end - day).days) <= _MATCH_DAYS:
                    return tag, amount
        return None

    def amount(self, tags: tuple[str, ...], day: date, quarters: str) -> Decimal | None:
        found = self.value(tags, day, quarters)
        return found[1] if found else None


def press_name(conformed: str) -> str | None:
    """An EDGAR conformed name as the press writes it (AMETEK INC/ → Ametek), or None when it still
    ends in a legal form once the usual ones are dropped (AMAZON COM INC → Amazon COM)."""
    name = conformed.upper().strip()
    while True:
        shorter = _LEGAL_FORM.sub("", _EDGAR_MARK.sub("", name)).strip(" ,.&")
        if shorter == name:
            break
        name = shorter
    words = name.split()
    if not words or words[-1] in _STILL_LEGAL:
        return None
    return " ".join(_press_word(w) for w in words)


def _press_word(word: str) -> str:
    # initials (IBM, 3M, AT&T) stay upper case; other words are capitalised part by part
    initials = len(word) <= 3 and not _SHORT_WORD.fullmatch(word)
    if initials or any(c.isdigit() or c == "&" for c in word):
        return word
    return "-".join(part.capitalize() for part in word.split("-"))


def _rows(archive: zipfile.ZipFile, member: str) -> Iterator[dict[str, str]]:
    with archive.open(member) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
        yield from csv.DictReader(text, delimiter="\t", quoting=csv.QUOTE_NONE)


def _day(yyyymmdd: str) -> date:
    return date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))


def read_filings(zip_path: Path) -> list[Filing]:
    """The data set's 10-Q and 10-Q/A filings whose registrant has a press name and a quarter."""
    with zipfile.ZipFile(zip_path) as archive:
        covers = [r for r in _rows(archive, "sub.txt") if r["form"] in ("10-Q", "10-Q/A")]
        facts: dict[str, dict[tuple[str, str], dict[date, Decimal]]] = {
            r["adsh"]: {} for r in covers
        }
        for r in _rows(archive, "num.txt"):
            if r["tag"] not in _TAGS or r["coreg"] or r["segments"] or not r["value"]:
                continue
            if r["uom"] in ("USD", "USD/shares") and r["adsh"] in facts:
                by_key = facts[r["adsh"]].setdefault((r["tag"], r["qtrs"]), {})
                by_key[_day(r["ddate"])] = Decimal(r["value"])
    filings = []
    for r in covers:
        name, period = press_name(r["name"]), _day(r["period"])
        quarter = r["fp"] or f"Q{(period.month - 1) // 3 + 1}"
        if name is None or quarter not in _ORDINAL:
            continue
        year_end = int(r["fye"][:2]) if r["fye"] else 12
        filings.append(
            Filing(
                adsh=r["adsh"],
                registrant=r["name"],
                name=name,
                period=period,
                fiscal_period=quarter,
                year_end_month=year_end,
                filed=_day(r["filed"]),
                facts=facts[r["adsh"]],
            )
        )
    return filings


def usd_mil(v: Decimal) -> str:
    return f"${v / Decimal(1_000_000):,.1f} million"


def _usd_bil(v: Decimal) -> str:
    return f"${v / Decimal(1_000_000_000):.2f} billion"


def yi(v: Decimal) -> str:
    """Dollars in 亿美元 (hundreds of millions), as the Chinese press prints them."""
    return f"{v / Decimal(100_000_000):.2f}亿美元"


@dataclass(frozen=True)
class Quarter:
    """What the stories say about one filing: this quarter's figures and the year-ago ones."""

    f: Filing
    revenue: Decimal
    revenue_before: Decimal
    revenue_tag: str
    day: date  # the story's date: the day after the filing
    fiscal: bool
    fiscal_year: int

    @property
    def growth(self) -> Decimal:
        return (self.revenue / self.revenue_before - 1) * 100

    @property
    def year_ago(self) -> date:
        return _year_ago(self.f.period)

    def quarter(self, tags: tuple[str, ...], before: bool = False) -> Decimal | None:
        return self.f.amount(tags, self.year_ago if before else self.f.period, "1")

    def quarters(self, tags: tuple[str, ...]) -> tuple[Decimal | None, Decimal | None]:
        """This quarter's figure and the year-ago one, both under the element this quarter's has."""
        found = self.f.value(tags, self.f.period, "1")
        if found is None:
            return None, None
        return found[1], self.f.amount((found[0],), self.year_ago, "1")

    @property
    def to_date_quarters(self) -> str | None:
        """The quarters of the year to date a story names (first half, nine months), if any."""
        return {"Q2": "2", "Q3": "3"}.get(self.f.fiscal_period)

    def to_date(self, tags: tuple[str, ...]) -> Decimal | None:
        quarters = self.to_date_quarters
        return self.f.amount(tags, self.f.period, quarters) if quarters else None

    def gross_margins(self) -> tuple[Decimal, Decimal] | None:
        """This quarter's gross margin and the year-ago one, in %, when both are tagged."""
        gross, gross_before = self.quarter(GROSS_PROFIT), self.quarter(GROSS_PROFIT, before=True)
        if gross is None or gross_before is None:
            return None
        return gross / self.revenue * 100, gross_before / self.revenue_before * 100

    @property
    def en_quarter(self) -> str:
        ordinal = _ORDINAL[self.f.fiscal_period]
        return f"fiscal {ordinal}-quarter" if self.fiscal else f"{ordinal}-quarter"

    @property
    def zh_quarter(self) -> str:
        n = _ZH_ORDINAL[self.f.fiscal_period]
        return (
            f"{self.fiscal_year}财年第{n}财季"
            if self.fiscal
            else f"{self.f.period.year}年第{n}季度"
        )


def _year_ago(day: date) -> date:
    return date(day.year - 1, day.month, min(day.day, 28))


def _quarter(f: Filing) -> Quarter | None:
    found = f.value(REVENUE, f.period, "1")
    if found is None:
        return None
    tag, revenue = found
    p = f.period
    before = f.amount((tag,), _year_ago(p), "1")
    if before is None or revenue < MIN_REVENUE or before <= 0:
        return None
    ends_in_january = f.year_end_month == 1
    fiscal_year = p.year if ends_in_january or p.month <= f.year_end_month else p.year + 1
    fiscal = f.year_end_month != 12
    return Quarter(f, revenue, before, tag, f.filed + timedelta(days=1), fiscal, fiscal_year)


def _dateline(q: Quarter) -> Writer:
    name, g, day, p = q.f.name, q.growth, q.day, q.f.period
    w = Writer(f"{name} results\n\n{_MONTHS[day.month - 1]} {day.day}, {day.year} - ")
    w.say(
        f"{name} said {q.en_quarter} revenue {'rose' if g >= 0 else 'fell'} {{}} to {{}} in the "
        f"three months ended {_MONTHS[p.month - 1]} {p.day}, from {{}} a year earlier.",
        f"{abs(g):.1f}%",
        usd_mil(q.revenue),
        usd_mil(q.revenue_before),
    )
    now, before = q.quarters(NET_INCOME)
    if now is not None and before is not None and now > 0 and before > 0:
        w.say(" Net income was {}, against {}.", usd_mil(now), usd_mil(before))
    return w


def _zh_plain(q: Quarter) -> Writer:
    name, g, p = q.f.name, q.growth, q.f.period
    w = Writer(f"{name}发布业绩\n\n")
    w.say(
        f"{name}公布，{q.zh_quarter}（截至{p.month}月{p.day}日），公司营收{{}}，"
        f"同比{'增长' if g >= 0 else '下降'}{{}}，上年同期为{{}}。",
        yi(q.revenue),
        f"{abs(g):.2f}%",
        yi(q.revenue_before),
    )
    now, before = q.quarters(NET_INCOME)
    if now is not None and before is not None and now > 0 and before > 0:
        w.say("净利润{}，上年同期{}。", yi(now), yi(before))
    return w


def _wire(q: Quarter) -> Writer:
    name, day, p = q.f.name, q.day, q.f.period
    w = Writer(f"{name} posts results\n\nNEW YORK, {_MONTHS[day.month - 1][:3]} {day.day} ")
    w.say(f"(Reuters) - {name}")
    net, eps = q.quarter(NET_INCOME), q.f.amount(EPS, p, "1")
    if net is None:
        w.say(" reported results.")
    else:
        w.say(
            f" reported a {q.en_quarter} net {'profit' if net >= 0 else 'loss'} of {{}}",
            usd_mil(abs(net)),
        )
        if eps is not None:
            w.say(f", or {'a loss of ' if eps < 0 else ''}{{}} a share", f"${abs(eps):.2f}")
        w.say(".")
    to_date = q.to_date((q.revenue_tag,))
    if to_date is not None:
        w.say(
            f" {'First-half' if q.to_date_quarters == '2' else 'Nine-month'} revenue was {{}}.",
            _usd_bil(to_date),
        )
    assets = q.f.amount(ASSETS, p, "0")
    if assets is not None and assets > MIN_BALANCE:
        w.say(" Total assets were {} at the end of the quarter.", _usd_bil(assets))
    return w


def _cls_flash(q: Quarter) -> Writer:
    name, day, p = q.f.name, q.day, q.f.period
    w = Writer(
        f"{name}业绩快报\n\n【财联社{day.month}月{day.day}日讯】{name}公布{q.zh_quarter}财报。"
    )
    net, eps = q.quarter(NET_INCOME), q.f.amount(EPS, p, "1")
    if net is not None:
        w.say(f"当季{'净利润' if net >= 0 else '净亏损'}{{}}", yi(abs(net)))
        if eps is not None and eps > 0:
            w.say("，摊薄每股收益{}", f"{eps:.2f}美元")
        w.say("。")
    to_date = q.to_date((q.revenue_tag,))
    if to_date is not None:
        if q.to_date_quarters == "2":
            words = "上半财年" if q.fiscal else "上半年"
        else:
            words = "前三财季" if q.fiscal else "前三季度"
        w.say(f"{words}营收{{}}。", yi(to_date))
    assets = q.f.amount(ASSETS, p, "0")
    if assets is not None and assets > MIN_BALANCE:
        w.say(f"截至{p.year}年{p.month}月{p.day}日，公司总资产{{}}。", yi(assets))
    return w


def _fiscal_named(q: Quarter) -> Writer:
    name, ordinal = q.f.name, _ORDINAL[q.f.fiscal_period]
    year = f"fiscal {q.fiscal_year}" if q.fiscal else str(q.fiscal_year)
    w = Writer(f"{name} {year + ' ' if q.fiscal else ''}{ordinal} quarter\n\n")
    w.say(f"{name} (NYSE: XYZ) said on Thursday that")
    now, before = q.quarters(NET_INCOME)
    quarter = f"the {ordinal} quarter of {year}"
    if now is None or before is None:
        w.say(" it filed its quarterly report.")
    elif now < 0 and before < 0:
        moved = "narrowed" if now > before else "widened"
        w.say(
            f" its net loss {moved} to {{}} in {quarter} from {{}} a year earlier.",
            usd_mil(-now),
            usd_mil(-before),
        )
    elif now < 0:
        w.say(
            f" it swung to a net loss of {{}} in {quarter}, from a profit of {{}} a year earlier.",
            usd_mil(-now),
            usd_mil(before),
        )
    else:
        was = "a net loss of " if before < 0 else ""
        w.say(
            f" net income in {quarter} was {{}}, compared with {was}{{}} a year earlier.",
            usd_mil(now),
            usd_mil(abs(before)),
        )
    ocf = q.to_date(OCF)
    if ocf is not None:
        flow = "provided by" if ocf >= 0 else "used in"
        months = "first six" if q.to_date_quarters == "2" else "first nine"
        w.say(
            f" Cash {flow} operating activities was {{}} in the {months} months.",
            usd_mil(abs(ocf)),
        )
    cash = q.f.amount(CASH, q.f.period, "0")
    if cash is not None and cash > MIN_CASH:
        w.say(" It ended the quarter with {} in cash and cash equivalents.", usd_mil(cash))
    return w


@dataclass(frozen=True)
class _Review:
    """The figures both reviews compare with a year earlier (None where the filing lacks one)."""

    net: tuple[Decimal, Decimal] | None
    margin: tuple[Decimal, Decimal] | None
    operating: tuple[Decimal, Decimal] | None  # this quarter's operating income, its growth
    eps: tuple[Decimal, Decimal] | None
    assets: tuple[Decimal, Decimal] | None  # total assets, their change since the last year end


def _both_positive(now: Decimal | None, before: Decimal | None) -> tuple[Decimal, Decimal] | None:
    return (
        (now, before) if now is not None and before is not None and now > 0 and before > 0 else None
    )


def _review(q: Quarter) -> _Review:
    f = q.f
    operating = _both_positive(
        q.quarter(OPERATING_INCOME), q.quarter(OPERATING_INCOME, before=True)
    )
    if operating is not None:
        operating = (operating[0], (operating[0] / operating[1] - 1) * 100)
    assets = f.amount(ASSETS, f.period, "0")
    earlier = [end for end in f.facts.get(("Assets", "0"), {}) if end < f.period]
    change = None
    if assets is not None and earlier and assets > MIN_BALANCE:
        start = f.facts[("Assets", "0")][max(earlier)]
        change = (assets, (assets / start - 1) * 100)
    eps = _both_positive(f.amount(EPS, f.period, "1"), f.amount(EPS, q.year_ago, "1"))
    net = _both_positive(*q.quarters(NET_INCOME))
    return _Review(net, q.gross_margins(), operating, eps, change)


def _zh_review(q: Quarter) -> Writer:
    name, g, r = q.f.name, q.growth, _review(q)
    w = Writer(f"{name}{q.zh_quarter}业绩点评\n\n")
    w.say(
        f"{name}{q.zh_quarter}营收同比{'增长' if g >= 0 else '下降'}{{}}至{{}}。",
        f"{abs(g):.1f}%",
        yi(q.revenue),
    )
    if r.net:
        now, before = r.net
        w.say(
            f"净利润由上年同期的{{}}{'增至' if now > before else '降至'}{{}}。",
            yi(before),
            yi(now),
        )
    if r.margin:
        w.say("毛利率为{}，上年同期为{}。", f"{r.margin[0]:.1f}%", f"{r.margin[1]:.1f}%")
    if r.operating:
        income, growth = r.operating
        w.say(
            f"营业利润{{}}，同比{'增长' if growth >= 0 else '下降'}{{}}。",
            yi(income),
            f"{abs(growth):.1f}%",
        )
    if r.eps:
        w.say("摊薄每股收益{}，上年同期为{}。", f"{r.eps[0]:.2f}美元", f"{r.eps[1]:.2f}美元")
    if r.assets:
        assets, change = r.assets
        since = "上财年末" if q.fiscal else "年初"
        moved = "增长" if change >= 0 else "下降"
        w.say(
            f"截至{q.f.period.month}月末，公司总资产{{}}，较{since}{moved}{{}}。",
            yi(assets),
            f"{abs(change):.2f}%",
        )
    return w


def _en_review(q: Quarter) -> Writer:
    name, g, r = q.f.name, q.growth, _review(q)
    w = Writer(f"{name} {q.en_quarter} review\n\n")
    quarter = q.en_quarter.replace("-quarter", " quarter")
    w.say(
        f"{name}'s revenue {'rose' if g >= 0 else 'fell'} {{}} to {{}} in the {quarter}.",
        f"{abs(g):.1f}%",
        _usd_bil(q.revenue),
    )
    if r.margin:
        now, before = r.margin
        w.say(
            f" Gross margin was {{}}, {'up' if now >= before else 'down'} from {{}} a year earlier.",
            f"{now:.1f}%",
            f"{before:.1f}%",
        )
    if r.operating:
        income, growth = r.operating
        w.say(
            f" Operating income {'rose' if growth >= 0 else 'fell'} {{}} to {{}}.",
            f"{abs(growth):.1f}%",
            usd_mil(income),
        )
    if r.eps:
        w.say(
            " Diluted earnings per share were {}, compared with {} a year earlier.",
            f"${r.eps[0]:.2f}",
            f"${r.eps[1]:.2f}",
        )
    if r.assets:
        assets, change = r.assets
        end = "end of the fiscal year" if q.fiscal else "end of the year"
        w.say(
            f" Total assets {'rose' if change >= 0 else 'fell'} {{}} from the {end} to {{}}.",
            f"{abs(change):.2f}%",
            _usd_bil(assets),
        )
    return w


Write = Callable[[Quarter], Writer | None]  # None: the shape does not fit this filing

WRITERS: dict[str, Write] = {
    "dateline": _dateline,
    "zh_plain": _zh_plain,
    "wire": _wire,
    "cls_flash": _cls_flash,
    "fiscal_named": _fiscal_named,
    "zh_review": _zh_review,
    "en_review": _en_review,
}


def stories(filing: Filing, writers: dict[str, Write] = WRITERS) -> list[Story]:
    """The filing's stories, one for each shape that fits it (none when its quarterly revenue is
    missing or under $10 million)."""
    q = _quarter(filing)
    if q is None:
        return []
    out = []
    for shape, write in writers.items():
        if (w := write(q)) is not None:
            story = Story(filing.registrant, filing.adsh, shape, q.day, w.text, tuple(w.figures))
            out.append(story)
    return out


def registrant_stories(zip_path: Path, writers: dict[str, Write] = WRITERS) -> list[Story]:
    """Every story about every 10-Q registrant of the data set at ``zip_path``, in the shapes of
    ``writers``."""
    return [s for f in read_filings(zip_path) for s in stories(f, writers)]
