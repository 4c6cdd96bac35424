"""An earlier period that opens a part of a Chinese sentence set off by semicolons dates each
figure of that part (；上年同期股东净利润为7.5亿美元，每股收益1.44美元: both the year before's)."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

ROWS = [
    ("np_parent", "2024Q2", "690000000", "USD", "value", None, "S1"),
    ("np_parent", "2023Q2", "750000000", "USD", "value", None, "S1"),
    ("eps_diluted", "2024Q2", "1.34", "USD/share", "value", None, "S1"),
    ("eps_diluted", "2023Q2", "1.44", "USD/share", "value", None, "S1"),
]


def test_prior_period_opens_a_semicolon_part():
    text = (
        "财报显示，公司第二季度股东净利润为6.9亿美元，摊薄后每股收益1.34美元；"
        "上年同期股东净利润为7.5亿美元，每股收益1.44美元。"
    )
    claims = checked_claims(ROWS, text, date(2024, 8, 5))
    got = [(c.claim.printed, str(c.claim.period), c.verdict.verdict) for c in claims]
    assert got == [
        ("6.9亿美元", "2024Q2", "supported"),
        ("1.34美元", "2024Q2", "supported"),
        ("7.5亿美元", "2023Q2", "supported"),
        ("1.44美元", "2023Q2", "supported"),
    ]
