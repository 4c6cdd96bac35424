"""Which company, report kind and period a report is, read from its first pages' text.

File names carry nothing reliable: the exchange serves ``600080_20250425_LXGH.pdf``. The cover
prints ``证券代码：000999 证券简称：华润三九`` (Shenzhen) or ``公司代码：600080 公司简称：金花股份``
(Shanghai) and a title such as ``2024 年年度报告摘要`` or ``2025 年第三季度报告``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import UnsupportedReportError

_CODE = re.compile(r"(?:证券|公司|股票|A股|A\s*股证券|A\s*股股票)代码\s*[:：]?\s*(\d{6})(?!\d)")
_SHORT = re.compile(
    r"(?:证券|公司|股票|A股|A\s*股证券|A\s*股股票)简称\s*[:：]?\s*"
    r"([^\s:：,，;；]{2,12}?)(?=\s|公告|编号|[BbＢ]\s*股|$|[,，;；])"
)
_NAME = r"[^\s:：,，。；;]{2,40}?(?:股份有限公司|有限责任公司|集团公司|有限公司)"
# The full name printed just before the title ("金花企业（集团）股份有限公司 2024 年年度报告"),
# else the first line that is a company name.
_NAME_BEFORE_TITLE = re.compile(rf"({_NAME})\s*(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s*年")
_FULL = re.compile(rf"^\s*({_NAME})\s*$", re.M)
_FULL_LOOSE = re.compile(rf"^\s*({_NAME})", re.M)
_TITLE = re.compile(
    r"(\d{4})年"
    r"(年度报告摘要|年度报告|度报告摘要|度报告|半年度报告摘要|半年度报告|中期报告摘要|中期报告"
    r"|第一季度报告|第三季度报告|一季度报告|三季度报告|第1季度报告|第3季度报告)"
)
_CN_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")

# Kinds of report, by the title's words; the period notation each covers.
_KINDS = {
    "年度报告": ("annual", "FY"),
    "年度报告摘要": ("annual_summary", "FY"),
    "度报告": ("annual", "FY"),
    "度报告摘要": ("annual_summary", "FY"),
    "半年度报告": ("half", "H1"),
    "半年度报告摘要": ("half_summary", "H1"),
    "中期报告": ("half", "H1"),
    "中期报告摘要": ("half_summary", "H1"),
    "第一季度报告": ("q1", "Q1"),
    "一季度报告": ("q1", "Q1"),
    "第1季度报告": ("q1", "Q1"),
    "第三季度报告": ("q3", "Q1-Q3"),
    "三季度报告": ("q3", "Q1-Q3"),
    "第3季度报告": ("q3", "Q1-Q3"),
}

# Financial institutions print statements caibao does not read yet. General companies' templates
# carry a few of their line items too (吸收存款 in a group with a finance company), so a kind is
# recognised by two or more markers that only its own reports print.
_UNSUPPORTED = (
    (
        ("不良贷款率", "资本充足率", "拨备覆盖率", "利息净收入", "存放中央银行款项"),
        "a bank's report (the bank statement format is not supported yet)",
    ),
    (
        ("偿付能力充足率", "已赚保费", "保险服务收入", "内含价值", "综合成本率"),
        "an insurer's report (the insurance statement format is not supported yet)",
    ),
    (
        ("代理买卖证券款", "风险覆盖率", "净稳定资金率", "净资本"),
        "a securities firm's report (the broker statement format is not supported yet)",
    ),
)


@dataclass(frozen=True, slots=True)
class Identity:
    code: str
    short_name: str | None
    full_name: str | None
    kind: str
    period: str  # notation of the report's own period: 2024FY, 2025H1, 2025Q1, 2025Q1-Q3
    exchange: str | None


def exchange_of(code: str) -> str | None:
    if code.startswith(("60", "68", "90")):
        return "SSE"
    if code.startswith(("00", "30", "20")):
        return "SZSE"
    if code.startswith(("43", "83", "87", "92")):
        return "BSE"
    return None


def identify(name: str, first_pages: list[str], all_text: str | None = None) -> Identity:
    """Identify a report from the text of its first pages (two or three are enough)."""
    head = "\n".join(first_pages)
    code = _CODE.search(head)
    if not code:
        raise UnsupportedReportError(name, "no company code (证券代码/公司代码) on the first pages")
    title = _find_title(head)
    if title is None:
        raise UnsupportedReportError(
            name, "not an annual, half-year or quarterly report (no report title found)"
        )
    year, words = title
    kind, suffix = _KINDS[words]
    body = all_text if all_text is not None else head
    for markers, reason in _UNSUPPORTED:
        if sum(marker in body for marker in markers) >= 2:
            raise UnsupportedReportError(name, reason)
    short = _SHORT.search(head)
    full = _NAME_BEFORE_TITLE.search(head) or _FULL.search(head) or _FULL_LOOSE.search(head)
    return Identity(
        code=code.group(1),
        short_name=short.group(1) if short else None,
        full_name=full.group(1).strip() if full else None,
        kind=kind,
        period=f"{year}{suffix}",
        exchange=exchange_of(code.group(1)),
    )


def _find_title(text: str) -> tuple[int, str] | None:
    """The report's own title: the first ``YYYY年…报告`` that is not a reference to another
    document (a summary says "本年度报告摘要来自年度报告全文": the title comes first). A year in
    Chinese numerals (二〇二四年) reads as digits."""
    compact = re.sub(r"\s+", "", text)
    compact = re.sub(
        r"[〇○零一二三四五六七八九]{4}(?=年)",
        lambda m: m.group(0).translate(_CN_YEAR_DIGITS),
        compact,
    )
    for m in _TITLE.finditer(compact):
        return int(m.group(1)), m.group(2)
    return None
