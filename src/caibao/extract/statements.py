"""The financial statements: consolidated and parent-company balance sheet, income statement and
cash-flow statement, every line, every period column.

A statement is found by its printed title (``合并资产负债表``, ``母公司利润表``,
``合并年初到报告期末现金流量表``) followed by what only a real statement prints after its title: a
date, ``编制单位`` or ``单位``. The same words in the table of contents, in the notes
(``合并资产负债表中已确认的…``) or in ``现金流量表补充资料`` are never followed by those.

The statements are read page after page as one stream of rows: a title row switches to that
statement, a header row (``项目 | 附注 | 2024年12月31日 | 2023年12月31日``) gives the columns and
their periods, every row after it with a label and amounts gives facts, and the signature line
(``公司负责人：…``) or the statement of changes in equity ends it. So a statement that continues
over several pages, or a parent-company statement that starts halfway down the page where the
consolidated one ends, needs nothing special.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..concepts import accounts, concept_for_label
from ..documents import Cell, Row
from ..model import CHANGE_PCT, CONSOLIDATED, ORIGINAL, PARENT, RESTATED, VALUE, Fact
from ..numbers import normalize_digits, parse_cell
from .base import SCALES, ReportContext, scale_in

# A statement's title as printed, white space removed. The lookahead is what separates the title of
# a real statement from the same words in running text.
_TITLE = re.compile(
    r"(合并|母公司|公司)?(年初到报告期末|本报告期|年初至报告期末)?(资产负债表|利润表|现金流量表)"
    r"(?=$|\d{4}年|\d{4}-|编制单位|单位|金额单位|[（(])"
)
# The same on a page's text: the title is followed by a date, the preparer or the unit.
_PAGE_TITLE = re.compile(
    r"(?:合并|母公司)(?:年初到报告期末|本报告期|年初至报告期末)?(?:资产负债表|利润表|现金流量表)"
    r"(?:\d{4}年[^编单项]{0,16})?(?:编制单位|单位)"
)
_MARGIN = re.compile(r"\d{1,4}(?:/\d{1,4})?|.{0,40}报告(?:全文|摘要)?(?:\d{1,4}/\d{1,4})?")
_KIND = {"资产负债表": "balance", "利润表": "income", "现金流量表": "cashflow"}
_END = re.compile(r"所有者权益变动表|股东权益变动表|负责人[:：]|法定代表人[:：]")

# Where the section of statements may run on after the last page that prints a title: a statement
# continues over a few pages, never more.
_MAX_CONTINUATION = 6
_CLUSTER_GAP = 6


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """The report's own period split into what column headers are resolved against."""

    year: int
    suffix: str  # "FY", "H1", "Q1", "Q1-Q3"

    @classmethod
    def parse(cls, period: str) -> ReportPeriod:
        m = re.match(r"(\d{4})(.*)", period)
        if not m:
            raise ValueError(f"not a report period: {period!r}")
        return cls(int(m.group(1)), m.group(2))

    def flow(self, year: int | None = None, suffix: str | None = None) -> str:
        return f"{year or self.year}{suffix or self.suffix}"

    def end_date(self, year: int | None = None) -> str:
        month_day = {"FY": "12-31", "H1": "06-30", "Q1": "03-31", "Q1-Q3": "09-30", "Q3": "09-30"}
        return f"{year or self.year}-{month_day.get(self.suffix, '12-31')}"


def _compact(text: str) -> str:
    s = normalize_digits(re.sub(r"\s+", "", text))
    s = re.sub(r"(?<=\d)(?:月)?至(?=\d)", "-", s)
    return re.sub(r"[—－–~～]+", "-", s)


# Explicit spans of a year, most specific first.
_SPANS = (
    (re.compile(r"半年|1-6月|上半年"), "H1"),
    (re.compile(r"前三季度|1-9月"), "Q1-Q3"),
    (re.compile(r"第三季度|7-9月|三季度"), "Q3"),
    (re.compile(r"第二季度|4-6月|二季度"), "Q2"),
    (re.compile(r"第四季度|10-12月|四季度"), "Q4"),
    (re.compile(r"第一季度|1-3月|一季度"), "Q1"),
    (re.compile(r"1-12月|年度|全年|年$"), "FY"),
)
_DATE = re.compile(r"(\d{4})[年.\-/](\d{1,2})[月.\-/](\d{1,2})日?")
_CURRENT = re.compile(r"本期|本年|本报告期|今年|当期")
_PRIOR = re.compile(r"上期|上年|去年|上年同期|上年度")


def flow_period(header: str, report: ReportPeriod, variant: str = "") -> str | None:
    """Period of an income-statement or cash-flow column header: ``2024年度`` → 2024FY,
    ``2025年前三季度(1-9月)`` → 2025Q1-Q3, ``上期发生额`` → the report's period a year earlier.
    ``variant`` is the table's own qualifier (``本报告期`` / ``年初到报告期末``)."""
    s = _compact(header)
    if not s or re.fullmatch(r"项目|附注|行次|注释|序号", s):
        return None
    suffix = report.suffix
    if variant == "本报告期" and suffix == "Q1-Q3":
        suffix = "Q3"
    if re.search(r"年初[至到]报告期期?末", s):
        suffix = report.suffix
    elif "本报告期" in s and report.suffix == "Q1-Q3":
        suffix = "Q3"
    year_m = re.search(r"(\d{4})年?", s)
    if year_m and 1990 <= int(year_m.group(1)) <= 2100:
        year = int(year_m.group(1))
        rest = s[year_m.end() :]
        for rx, span in _SPANS:
            if rx.search(rest):
                return f"{year}{span}"
        return f"{year}{suffix}"
    if _PRIOR.search(s):
        return report.flow(report.year - 1, suffix)
    if _CURRENT.search(s) or re.search(r"年初[至到]报告期期?末|^(?:金额|发生额)(?:[(（].*)?$", s):
        return report.flow(report.year, suffix)
    return None


def balance_period(header: str, report: ReportPeriod) -> str | None:
    """Date of a balance-sheet column header: ``2024年12月31日`` → 2024-12-31, ``期末余额`` → the
    report's end date, ``期初余额``/``年初余额``/``上年年末余额`` → the prior year end.
    An opening balance printed as ``2023年1月1日`` is the balance at 2022-12-31."""
    s = _compact(header)
    m = _DATE.search(s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if mo == 1 and d == 1:
            return f"{y - 1}-12-31"
        return f"{y}-{mo:02d}-{d:02d}"
    m = re.search(r"(\d{4})年(?:末|底)", s)
    if m:
        return f"{m.group(1)}-12-31"
    if re.search(r"上年年?末|上年度末|期初|年初", s):
        return f"{report.year - 1}-12-31"
    if re.search(r"期末|年末|本期末|本报告期末", s):
        return report.end_date()
    return None


def basis_of(header: str) -> str | None:
    s = _compact(header)
    if re.search(r"调整前|重述前", s):
        return ORIGINAL
    if re.search(r"调整后|重述后", s):
        return RESTATED
    return None


@dataclass(slots=True)
class Column:
    lo: float
    hi: float
    header: str
    period: str | None
    basis: str | None = None


def header_columns(row: Row, resolve) -> list[Column]:
    """Columns of a header row: each header cell with the x-range it stands for (between the
    vertical rules around it, else half way to its neighbours) and the period ``resolve`` gives
    its text."""
    cells = sorted(row.cells, key=lambda c: c.x0)
    out = []
    for i, c in enumerate(cells):
        if row.bounds:
            edges = [row.x0, *row.bounds, row.x1]
            lo = max((e for e in edges if e <= c.xmid), default=c.x0)
            hi = min((e for e in edges if e >= c.xmid), default=c.x1)
        else:
            lo = (cells[i - 1].x1 + c.x0) / 2 if i else c.x0 - 40
            hi = (c.x1 + cells[i + 1].x0) / 2 if i + 1 < len(cells) else c.x1 + 40
        out.append(Column(lo, hi, c.text, resolve(c.text), basis_of(c.text)))
    return out


def column_of(columns: list[Column], cell: Cell) -> Column | None:
    for col in columns:
        if col.lo - 2 <= cell.xmid <= col.hi + 2:
            return col
    return None


@dataclass(slots=True)
class _Table:
    name: str  # canonical Source.table: 合并资产负债表, 母公司利润表, ...
    kind: str  # balance | income | cashflow
    scope: str
    variant: str
    scale: str = "元"
    columns: list[Column] = field(default_factory=list)
    parent_label: str = ""  # the line a 其中： row (and the rows indented under it) belong to
    parent_x0: float = 0.0
    parent_concept: str | None = None
    in_children: bool = False


@dataclass
class StatementReader:
    """Reads the statements of one report page by page; collects facts and unmatched labels."""

    ctx: ReportContext
    facts: list[Fact] = field(default_factory=list)
    unmatched: list[tuple[str, str]] = field(default_factory=list)
    # every statement line read, matched or not: (table, page, label, {period: printed text})
    lines: list[tuple[str, int, str, dict[str, str]]] = field(default_factory=list)
    _seen: set = field(default_factory=set)
    _kinds_seen: set = field(default_factory=set)
    table: _Table | None = None
    _pending: tuple | None = None  # a line whose label found no concept, awaiting its tail
    _signed: _Table | None = None  # the statement last ended by a signature line
    _page_start: bool = False
    _label_only: str | None = None  # the line before, when it printed a label and no amount

    def __post_init__(self) -> None:
        self.report = ReportPeriod.parse(self.ctx.identity.period)

    # -- rows -------------------------------------------------------------------------------
    def feed(self, row: Row) -> None:
        text = _compact(row.text)
        title = _title_in(text, row)
        if title is not None:
            self.flush()
            self._signed = None
            self._start(*title, text)
            return
        if not row.ruled and _MARGIN.fullmatch(text):
            return  # running head, folio
        page_start, self._page_start = self._page_start, False
        if self.table is None:
            if page_start and self._signed is not None and self._resumes(row):
                # signed at the foot of every page: the statement goes on overleaf
                self.table, self._signed = self._signed, None
                self._line(row)
            return
        if _END.search(text):
            self.flush()
            self._signed = self.table if re.search(r"负责人|法定代表人", text) else None
            self.table = None
            return
        if "单位" in text and not self.table.columns:
            self.table.scale = scale_in(text, self.table.scale)
        if len(row.cells) > 1 and not any(c.is_number for c in row.cells) and self._header(row):
            return
        if self.table.columns:
            self._line(row)

    def new_page(self) -> None:
        self._page_start = True

    def _resumes(self, row: Row) -> bool:
        """Whether the first row of a page is a line of the statement signed off the page before."""
        t = self._signed
        assert t is not None
        if not row.ruled or not row.cells or row.cells[0].is_number:
            return False
        if not any(column_of(t.columns, c) for c in row.cells[1:] if c.is_number):
            return False
        return concept_for_label(row.cells[0].text, t.kind) is not None

    def _start(self, prefix: str, variant: str, kind_word: str, text: str) -> None:
        kind = _KIND[kind_word]
        if prefix == "合并":
            scope = CONSOLIDATED
        elif prefix in ("母公司", "公司"):
            scope = PARENT
        else:
            # A bare 资产负债表: the parent's when the consolidated one came first, else the
            # statement of a company without subsidiaries.
            scope = PARENT if (kind, CONSOLIDATED) in self._kinds_seen else CONSOLIDATED
        self._kinds_seen.add((kind, scope))
        name = ("合并" if scope == CONSOLIDATED else "母公司") + kind_word
        self.table = _Table(name, kind, scope, variant, scale_in(text))

    def _header(self, row: Row) -> bool:
        t = self.table
        assert t is not None
        if t.kind == "balance":
            cols = header_columns(row, lambda h: balance_period(h, self.report))
        else:
            cols = header_columns(row, lambda h: flow_period(h, self.report, t.variant))
        # a header names the periods of its columns (项目 | 附注 | 2024年12月31日 | 期初余额);
        # the first column holds the labels, whatever its header says (项目, 资产, 科目)
        if any(c.period for c in cols[1:]):
            t.columns = cols
            return True
        return False

    def _line(self, row: Row) -> None:
        t = self.table
        assert t is not None
        cells = row.cells
        if not cells or cells[0].is_number:
            return
        label = cells[0].text.strip()
        values = [(c, column_of(t.columns, c)) for c in cells[1:]]
        values = [(c, col) for c, col in values if col is not None and col.period]
        if self._pending is not None:
            # A label cut by a page break or a rule (处置固定资产…收回的 / 现金净额): its tail comes
            # as the next row, without amounts.
            prow, plabel, pvalues, pchild = self._pending
            self._pending = None
            if not values:
                joined = plabel + label
                concept = self._concept(joined, pchild)
                if concept is not None:
                    self._emit(prow, joined, pvalues, concept)
                    return
            self._unmatched(t, plabel)
        child = _is_child(label) or (t.in_children and cells[0].x0 > t.parent_x0 + 3)
        concept = None
        head, self._label_only = self._label_only, None if values else label
        if values and head and not head.endswith((":", "：")) and not self._concept(head, child):
            # a label wrapped onto a second line that carries the amounts (unruled tables):
            # 归属于母公司所有者的 / 净利润 is not 净利润
            concept = self._concept(head + label, child)
            if concept is not None:
                label = head + label
        concept = concept or self._concept(label, child)
        if child:
            t.in_children = True
        else:
            t.parent_label, t.parent_x0, t.in_children = label, cells[0].x0, False
            t.parent_concept = concept
        if not values:
            return
        self.lines.append((t.name, row.page, label, {col.period: c.text for c, col in values}))
        if concept is None:
            self._pending = (row, label, values, child)
            return
        self._emit(row, label, values, concept)

    def flush(self) -> None:
        if self._pending is not None and self.table is not None:
            self._unmatched(self.table, self._pending[1])
        self._pending = None

    def _unmatched(self, table: _Table, label: str) -> None:
        self.unmatched.append((table.kind, label))
        self.ctx.warn(f"{table.name}: no concept for the line 「{label}」 (not read)")

    def _emit(self, row: Row, label: str, values: list, concept: str) -> None:
        t = self.table
        assert t is not None
        for cell, col in values:
            try:
                value = parse_cell(cell.text)
            except ValueError:
                continue
            # per-share lines (元/股) are printed in yuan whatever the statement's scale
            unit = _unit_of(concept)
            scale = t.scale if unit == "CNY" else "元"
            fact = Fact(
                company=self.ctx.company,
                concept=concept,
                period=col.period,
                value=None if value is None else value * SCALES[scale],
                unit=unit,
                source=self.ctx.source(row.page, t.name, label, col.header, cell.text),
                scale=scale,
                scope=t.scope,
                basis=col.basis,
            )
            if fact.key() in self._seen:
                continue
            self._seen.add(fact.key())
            self.facts.append(fact)

    def _concept(self, label: str, child: bool) -> str | None:
        t = self.table
        assert t is not None
        if child and t.parent_concept:
            # 其中：优先股 under 应付债券 is not 其中：优先股 under 其他权益工具.
            return concept_for_label(label, t.kind, under=t.parent_concept)
        return concept_for_label(label, t.kind)


def _unit_of(concept: str) -> str:
    c = accounts().get(concept)
    return c.unit if c is not None else "CNY"


def _is_child(label: str) -> bool:
    return label.lstrip().startswith("其中")


def _title_in(text: str, row: Row) -> tuple[str, str, str] | None:
    """(prefix, variant, kind word) when the row prints a statement's title. A title stands alone
    in its cell or is followed by the date, the preparer or the unit; a row with amounts is a
    statement line, never a title."""
    if any(c.is_number for c in row.cells[1:]):
        return None
    for piece in (*(_compact(c.text) for c in row.cells), text):
        for m in _TITLE.finditer(piece):
            before = piece[: m.start()]
            if re.search(r"合并及(?:母)?(?:公司)?$", before + (m.group(1) or "")):
                # 合并及公司资产负债表: group and company side by side in one table, not read
                # (the group's columns would be taken for the company's)
                return None
            # "1、合并资产负债表" / "(二)财务报表合并资产负债表" / "…负责人：何瑞母公司资产负债表"
            if len(before) > 80 and "负责人" not in before:
                continue
            return m.group(1) or "", m.group(2) or "", m.group(3)
    return None


def statement_pages(ctx: ReportContext) -> list[list[int]]:
    """Runs of pages that print a statement title, near pages grouped together."""
    pages = ctx.find_pages(_PAGE_TITLE)
    runs: list[list[int]] = []
    for p in pages:
        if runs and p - runs[-1][-1] <= _CLUSTER_GAP:
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def read_statements(ctx: ReportContext) -> StatementReader:
    reader = StatementReader(ctx)
    last_page = ctx.pdf.page_count
    for run in statement_pages(ctx):
        page = run[0]
        while page <= last_page:
            reader.new_page()
            before = len(reader.lines)
            for row in ctx.rows(page):
                reader.feed(row)
            if page > run[-1] and len(reader.lines) == before:
                break  # past the titles, a page with no statement line
            if page >= run[-1] and reader.table is None and reader._signed is None:
                break
            if page >= run[-1] + _MAX_CONTINUATION:
                break
            page += 1
        reader.flush()
        reader.table = reader._signed = None
    return reader


# The MD&A's table of statement lines that changed (科目 | 本期数 | 上年同期数 | 变动比例(%)).
_CHANGES = re.compile(r"(?:利润表及现金流量表|财务报表)相关科目变动分析表")


def read_change_table(ctx: ReportContext) -> list[Fact]:
    """利润表及现金流量表相关科目变动分析表 (annual) / 财务报表相关科目变动分析表 (half-year):
    income and cash-flow lines for both periods and the printed change, cited as that table."""
    from .tablewalk import compact, table_after

    report = ReportPeriod.parse(ctx.identity.period)
    for page in ctx.find_pages(_CHANGES)[:1]:
        block = table_after(ctx, page, _CHANGES)
        if block is None:
            return []
        name = _CHANGES.search(compact(ctx.pdf.text(page))).group(0)
        columns: list[Column] = []
        facts: list[Fact] = []
        for row in block.rows:
            cells = row.cells
            if not cells or cells[0].is_number:
                continue
            if not columns:
                cols = header_columns(row, lambda h: flow_period(h, report))
                if any(c.period for c in cols[1:]):
                    columns = cols
                continue
            label = cells[0].text.strip()
            concept = concept_for_label(label, "income") or concept_for_label(label, "cashflow")
            if concept is None:
                continue
            for cell in cells[1:]:
                col = column_of(columns, cell)
                if col is None:
                    continue
                change = col.period is None and re.search(r"变动|增减|比例", compact(col.header))
                if not col.period and not change:
                    continue
                try:
                    value = parse_cell(cell.text)
                except ValueError:
                    continue
                scale = "%" if change else block.scale
                if value is not None and not change:
                    value = value * SCALES[block.scale]
                facts.append(
                    Fact(
                        company=ctx.company,
                        concept=concept,
                        period=report.flow() if change else col.period,
                        value=value,
                        unit="%" if change else "CNY",
                        source=ctx.source(row.page, name, label, col.header, cell.text),
                        scale=scale,
                        measure=CHANGE_PCT if change else VALUE,
                    )
                )
        return facts
    return []


def extract(ctx: ReportContext) -> list[Fact]:
    return read_statements(ctx).facts + read_change_table(ctx)
