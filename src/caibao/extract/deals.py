"""A deal's stake: the share of another company a report says the company bought.

A report's 重大事项 / 其他重要事项 tell of an acquisition as a sentence: 以支付现金的方式向…购买其合计
所持有的昆药集团28%的股份 (and then 本次总交易价款为29.02亿元, which extract/prose reads). What it
gives: ``kpi_deal_stake``, the stake bought in % (unit "%"), for the report's period — only when the
report names one such stake (two deals' stakes would not say which one an article means).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..model import Fact
from .base import ReportContext

TABLE = "重大事项"
# 购买其合计所持有的昆药集团28%的股份, 收购某公司51%股权 (no digits, no clause break between)
_STAKE = re.compile(
    r"(?:购买|收购|受让)[^，,。；;\d%]{0,30}?(?P<pct>\d{1,2}(?:\.\d{1,2})?)%的?(?:股份|股权)"
)
# the pages worth reading: a deal's price or its kind named on them
_DEAL_PAGE = re.compile(r"交易价款|交易总价款|交易总对价|重大资产重组")


def extract(ctx: ReportContext) -> list[Fact]:
    stakes: dict[Decimal, tuple[int, str]] = {}
    for page in ctx.find_pages(_DEAL_PAGE):
        for m in _STAKE.finditer(ctx.compact_text(page)):
            stakes.setdefault(Decimal(m["pct"]), (page, m.group()))
    if len(stakes) != 1:
        return []
    ((pct, (page, printed)),) = stakes.items()
    source = ctx.source(page, TABLE, "收购股权比例", None, printed)
    return [Fact(ctx.company, "kpi_deal_stake", ctx.identity.period, pct, "%", source, scale="%")]


def read_stakes(text: str) -> list[Decimal]:
    """The stakes bought that a piece of compact text names (for tests)."""
    return [Decimal(m["pct"]) for m in _STAKE.finditer(text)]
