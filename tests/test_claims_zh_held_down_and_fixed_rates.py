"""Chinese press wording: a margin held down (被压低近2个百分点) fell, and a change led by
以固定汇率计算， is a constant-currency change (verify.toml [currency_effect]), and a
filer's "Special gains and charges" line is its 特殊费用 (line_words.toml)."""

import re
from datetime import date

from caibao.claims.printed_lines import chinese_pattern, forms
from inline_store import checked_claims

ROWS = [
    ("revenue", "2024FY", "1000000000", "CNY", "value", None, "IS"),
    ("revenue", "2023FY", "900000000", "CNY", "value", None, "IS"),
    ("operating_profit", "2024FY", "100000000", "CNY", "value", None, "IS"),
    ("operating_profit", "2023FY", "108000000", "CNY", "value", None, "IS"),
]


def _verdicts(text):
    claims = checked_claims(ROWS, text, date(2025, 4, 25))
    return {c.claim.printed: c.verdict.verdict for c in claims}


def test_a_margin_held_down_fell():
    # 10.00% against 12.00%: down 2 points
    got = _verdicts("2024年，公司营业利润率仍被压低近2个百分点。")
    assert got["2个百分点"] == "supported"


def test_a_change_at_fixed_exchange_rates_is_unverifiable():
    got = _verdicts("2024年营业收入同比增长11.1%。以固定汇率计算，公司营业收入同比增长约1%。")
    assert got["11.1%"] == "supported"
    assert got["1%"] == "unverifiable"


def test_special_gains_and_charges_are_named_special_charges():
    words = next(f for f in forms("Special gains and charges") if "special" in f)
    pattern = chinese_pattern(list(words))
    assert pattern is not None
    assert re.fullmatch(pattern, "特殊费用")
    assert re.fullmatch(pattern, "特殊损益")
