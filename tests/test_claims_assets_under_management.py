"""An asset manager's assets under management (管理资产规模) are no total assets (资产规模): no
statement prints them, the figure is unverifiable."""

from __future__ import annotations

from datetime import date

from caibao.claims.checker import Checker
from caibao.store import Store


def test_assets_under_management_are_not_total_assets():
    text = "截至6月末，该公司管理资产规模约6670亿美元，较3月末有所回升。"
    result = Checker(Store(":memory:")).check(text, day=date(2009, 8, 1))
    got = {c.claim.quote: (c.claim.concept, c.verdict.verdict) for c in result.claims}
    assert [concept for concept, _ in got.values()] == ["kpi_aum"], got
    assert [verdict for _, verdict in got.values()] == ["unverifiable"], got
