"""Markdown/HTML table rows read into claims, for ``extract._Extractor`` (through
``structures.Structures``): the first cell names the metric (or a segment, or a period), each
column header its period (2024年, a corner's period, 2024年前三季度/9月末) or its measure (同比增减,
vs Q2 2008), and a bare number's unit comes from the row label, the header, the corner cell, the
caption before the table or a footnote.

Takes one data row (with its offset, the amounts found in it, the header's cells and the caption);
gives ``Claim``s appended to the extractor's (``TableRows._table_row``). ``TABLE_ROW``,
``TABLE_RULE`` and ``table_cells`` tell a table's lines and cells apart.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..numbers import parse_amount
from ..periods import Period
from .column_periods import column_period, row_period, year_of_corner
from .figure_traits import balances, has_currency, journalist_precision
from .lexicon import (
    MetricWord,
    segment_by_words,
    segment_in_store,
)
from .model import CHANGE_PCT, CHANGE_PP, VALUE, Claim
from .ratio_names import as_share_of
from .stored_segments import has_ascii_segment
from .table_units import CURRENCY_WORDS, PER_SHARE_ROW, ROW_CURRENCY, footnote_unit, unit_suffix

TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_RULE = re.compile(r"^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$")
_BARE_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")
# a cell of dollars without a scale ($4,261), which a table's unit (dollars in millions) gives
_DOLLAR_CELL = re.compile(r"(?:US)?\$\s*(\d[\d,]*(?:\.\d+)?)")
_CHANGE_HEAD = re.compile(
    r"同比|增减|变动|增速|增幅|change|yoy|y/y|growth|\bchg\b|\bvs\.?\s*(?:prior|last)"
    r"|^\s*(?:vs\.?|versus|against|compared\s+with)\s",
    re.I,
)
# a change column named by the period it is compared with (vs Q2 2008): the period is the base
_VERSUS_HEAD = re.compile(r"^\s*(?:vs\.?|versus|against|compared\s+with)\s", re.I)
# a header's alternatives: 2024年前三季度/9月末 (the span for flows, the date for balances)
_ALTERNATIVES = re.compile(r"\s*[/／]\s*")
# a table row that is a part of the row above it (其中：销售额), and a row's unit in brackets
_PART_ROW = re.compile(r"\s*其中\s*[:：]?\s*")
_ROW_UNIT = re.compile(r"[(（][^()（）]*[)）]")


def table_cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _bare_cells(
    row: str, offset: int, amounts, header: list[str], caption: str = "", footnote=None
) -> list:
    """Numbers printed bare in a table's cells (197.40) whose unit the row label, the column
    header (营业收入（亿元）, Revenue (mn yuan)), the corner cell (RMB mn) or the caption before
    the table (（单位：亿元）, (RMB bn)) gives, as (start, end, Amount) like ``find_amounts``."""
    cells = list(re.finditer(r"(?<=\|)([^|]*)(?=\|)", row))
    if not cells:
        return []
    row_unit = unit_suffix(cells[0].group())
    table_unit = (unit_suffix(header[0]) if header else None) or unit_suffix(caption) or footnote
    if PER_SHARE_ROW.search(cells[0].group()):
        # Diluted EPS (US$) in a table in US$ m: a per-share figure takes no scale
        cur = ROW_CURRENCY.search(cells[0].group())
        if cur is None and header:  # (Metric (RMB) in the corner: the table's currency)
            cur = ROW_CURRENCY.search(header[0])
        word = cur.group(1).lower() if cur else (table_unit or row_unit or "").split(" ")[-1]
        # (a Chinese unit with its scale, 亿美元: the currency is its end)
        word = next((c for c in ("美元", "港元", "元") if word.endswith(c)), word)
        word = CURRENCY_WORDS.get(word, word)
        row_unit = table_unit = f" {word}" if word in ("yuan", "USD", "HKD") else None
    taken = [(a - offset, b - offset) for a, b, _ in amounts]
    out = []
    for column, cell in enumerate(cells[1:], start=1):
        text = cell.group().strip()
        dollars = _DOLLAR_CELL.fullmatch(text)
        if not dollars and not _BARE_NUMBER.fullmatch(text):
            continue
        head = unit_suffix(header[column]) if column < len(header) else None
        unit = head or row_unit or table_unit
        if unit is None or (dollars and not unit.endswith(" USD")):
            continue
        start = cell.start() + cell.group().index(text)
        end = start + len(text)
        # ($4,261 in a table in dollars in millions: the cell's dollar sign, the table's scale;
        # the amount read without it gives way, see ``_table_row``)
        if not dollars and any(a < end and b > start for a, b in taken):
            continue
        number = dollars.group(1) if dollars else text
        amount = parse_amount(number.replace(",", "") + unit)
        out.append((offset + start, offset + end, replace(amount, printed=text)))
    return out


def _column_metrics(lex, header: list[str]) -> dict:
    """column → the metric its header names (Revenue (mn yuan), 毛利率); a change column (YoY,
    同比) takes the metric column to its left."""
    out: dict = {}
    last = None
    for column, title in enumerate(header[1:], start=1):
        found = lex.metrics_re.search(title)
        if found:
            last = lex.metric(found.group())
            out[column] = last
        elif last is not None and _CHANGE_HEAD.search(title):
            out[column] = last
        else:
            last = None
    return out


def _caption(norm: str, offset: int) -> str:
    """The line before the table that ``offset`` (a row's start) is in: its caption, which may
    print the unit (主要财务指标（单位：亿元）, Figure 1: results summary (RMB mn))."""
    lines = norm[:offset].split("\n")
    while lines and (TABLE_ROW.match(lines[-1]) or not lines[-1].strip()):
        lines.pop()
    return lines[-1][-120:] if lines else ""


class TableRows:
    """Tables' data rows, for ``structures.Structures``."""

    def _table_row(
        self, row: str, offset: int, amounts, header: list[str], caption: str | None = None
    ) -> None:
        """One data row of a Markdown table: the first cell names the metric (or a segment),
        each column header its period (2024年) or its measure (同比增减). ``caption``: the line
        before the table, when ``offset`` does not find it (a plain table's row)."""
        row_cells = table_cells(row)
        if not row_cells:
            return
        label = row_cells[0]
        first = re.match(r"\s*\|\s*", row)
        label_start = offset + first.end() if first and label.strip() else None
        found = [m for m in self.lex.metrics_re.finditer(label)]
        line = None
        if found and self.segments and has_ascii_segment(self.segments):
            # a row named as one of the company's lines is that line, a metric word inside its
            # name notwithstanding (Investment banking: no investment)
            named = label.strip()
            if found[-1].group().lower() != named.lower():
                line = segment_by_words(named, self.segments)
                found = [] if line else found
        row_word = self.lex.metric(found[-1].group()) if found else None
        if row_word and row_word.concept == "dividend_cash" and PER_SHARE_ROW.search(label):
            row_word = self.lex.metric("dividend per share")  # | Dividend declared ($/sh) | 0.18
        share = as_share_of(self.lex, label, 0, len(label)) if len(found) > 1 else None
        if share is not None:
            # | SG&A as % of revenues | 12.7% |: the row is the ratio of its two metrics
            row_word = MetricWord(label[share[0] : share[1]], share[2], None, "ratio", False)
        segment = None
        part = _PART_ROW.match(label) if found and line is None and self.segments else None
        if part and has_ascii_segment(self.segments):
            # | 其中：销售额（亿美元） |: a part of the total row above it, the company's line the
            # Chinese name renders (Sales), under the row's metric
            said = _ROW_UNIT.sub("", label[part.end() :]).strip().removesuffix("额")
            named = segment_in_store(said, self.segments)
            segment = named if named != said else None
        if found and segment is None and line is None and has_ascii_segment(self.segments):
            # | Manufacturing group long-term debt | 3,354 |: a segment the store has, named
            # before the row's metric
            said = label[: found[-1].start()].strip().lower()
            segment = next((x for x in self.segments if x.lower() == said), None)
        # (| Q1 (Sep) | 23.20 | 0.54 |: a row of one period, its columns the metrics)
        by_row = None if found else row_period(label, self.reference, self.default)
        if row_word is None and by_row is not None:
            head = self.lex.metrics_re.search(header[0]) if header else None
            row_word = self.lex.metric(head.group() if head else "营业收入")
        elif row_word is None:
            segment = line or self._clean_segment(label.strip())
            if segment and self.segments and has_ascii_segment(self.segments):
                segment = segment_in_store(segment, self.segments)  # New software licences
            head = self.lex.metrics_re.search(header[0]) if header else None
            row_word = self.lex.metric(head.group()) if head else self.lex.metric("营业收入")
        # a row that names a segment takes its metric from the column (Revenue | YoY | Gross
        # margin): a column header naming a metric, or the metric column to a change column's left
        columns = _column_metrics(self.lex, header) if found == [] else {}
        bounds = [m.start() for m in re.finditer(r"\|", row)]
        # the period a table's corner names (| 指标（2024年第三季度） | 金额 | 同比 |) is every
        # column's that names none
        corner = column_period(header[0], self.reference, self.default)[0] if header else None
        caption = _caption(self.t.norm, offset) if caption is None else caption
        extra = _bare_cells(
            row, offset, amounts, header, caption, footnote_unit(self.t.norm, offset)
        )
        amounts = [a for a in amounts if not any(a[0] < e[1] and a[1] > e[0] for e in extra)]
        amounts = sorted(amounts + extra, key=lambda x: x[0])
        for a_start, a_end, amount in amounts:
            column = sum(1 for x in bounds if x < a_start - offset) - 1
            title = header[column] if 0 <= column < len(header) else ""
            word = columns.get(column, row_word)
            period, estimate = column_period(title, self.reference, self.default)
            period = year_of_corner(period, title, corner) or by_row
            if period is not None and _VERSUS_HEAD.match(title):
                period = None  # vs Q2 2008: the base; the change is of the column to its left
            if _ALTERNATIVES.search(title):
                period = self._alternative_period(title, word.concept) or period
            if period is None:
                period = (
                    self._column_changed(header, column, word.concept) or corner or self.default
                )
            value, unit, measure = amount.value, amount.unit, VALUE
            if unit == "%" and (self.lex.change_re.search(title) or _CHANGE_HEAD.search(title)):
                measure = CHANGE_PCT
            elif unit == "pp":
                measure = CHANGE_PP
            elif unit == "CNY" and word.kind == "count" and not has_currency(amount.printed):
                unit = "count"
            if word.concept in balances() and period is not None and not period.is_instant:
                period = period.end_instant()
            # a level's quote starts at the row's label, which names it (Net earnings | 3,435,
            # Net earnings | 3,435 | 2,087); a change's is its cell, after the figures it compares
            quote_start = label_start if measure == VALUE and label_start is not None else a_start
            o_start, o_end = self.t.original_span(quote_start, a_end)
            self.claims.append(
                Claim(
                    o_start,
                    o_end,
                    self.t.original[o_start:o_end],
                    self.company,
                    word.concept,
                    None if word.whole_company else segment,
                    None if period is None else str(period),
                    measure,
                    value,
                    unit,
                    journalist_precision(amount),
                    None,
                    amount.scale,
                    word.text,
                    amount.printed,
                    estimate,  # a 2023E column: a forecast
                )  # fmt: skip
            )

    def _alternative_period(self, title: str, concept: str | None) -> Period | None:
        """A header naming a span and a date (2024年前三季度/9月末, 上年同期/年初): flows take
        the span, balances the date."""
        parts = [
            column_period(x, self.reference, self.default)[0] for x in _ALTERNATIVES.split(title)
        ]
        instant = concept in balances()
        return next((p for p in parts if p is not None and p.is_instant == instant), None)

    def _column_changed(
        self, header: list[str], column: int, concept: str | None = None
    ) -> Period | None:
        """The period a change column without one (同比) is about: the nearest period column to
        its left (前三季度 | 同比 | 第三季度 | 同比), unless that one is the base of a later period
        further left (2025年上半年 | 2024年上半年 | 同比增减)."""
        found = []
        corner = column_period(header[0], self.reference, self.default)[0] if header else None
        for left in range(min(column, len(header)) - 1, 0, -1):
            p, _estimate = column_period(header[left], self.reference, self.default)
            p = year_of_corner(p, header[left], corner)
            if _ALTERNATIVES.search(header[left]):
                p = self._alternative_period(header[left], concept) or p
            if p is not None:
                found.append(p)
                if len(found) == 2:
                    break
        if not found:
            return None
        if len(found) == 2 and found[1].end > found[0].end:
            return found[1]
        return found[0]
