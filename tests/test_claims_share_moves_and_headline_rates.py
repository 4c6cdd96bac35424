"""A few Chinese wordings of US filers' figures: a headline's bare 利润率 that the body names in full
with the same figure; a change said right after a share's two levels (the share's move, given in
% where the shares differ by points: misleading); a currency's move in the clause before a change
(unverifiable); 摊薄加权平均股数 (the diluted share count); 长期信贷额度借款 (long-term borrowings).
Made-up figures."""

from datetime import date

from caibao.claims.extract import extract_claims
from inline_store import checked_claims

_TEXT = (
    "样例公司三季报：利润率冲上29.6%\n\n"
    "样例公司营收98.25亿元，同比增长15%；营业利润率为29.6%，上年同期为22.4%。"
    "公司摊薄加权平均股数较上年同期减少约6.1%。长期信贷额度借款增至约6.5亿元。"
)


def _claims():
    return {(c.printed, c.start): c for c in extract_claims(_TEXT, "X", date(2024, 10, 18))}


def test_a_headline_s_bare_rate_is_the_body_s_rate_of_the_same_figure():
    got = [c for (printed, _), c in _claims().items() if printed.endswith("29.6%")]
    assert [c.concept for c in got] == ["operating_margin", "operating_margin"]


def test_the_diluted_share_count_and_line_of_credit_borrowings_in_chinese():
    got = {printed: c.concept for (printed, _), c in _claims().items()}
    assert got["6.1%"] == "diluted_shares_weighted"
    assert got["6.5亿元"] == "long_term_borrowings"


_ROWS = [
    ("revenue", "2024FY", "1689", "CNY", "value", None, "IS revenue"),
    ("revenue", "2023FY", "2503", "CNY", "value", None, "IS revenue"),
    ("revenue", "2024FY", "1316", "CNY", "value", "公用事业", "IS utilities"),
    ("revenue", "2023FY", "1887", "CNY", "value", "公用事业", "IS utilities"),
]


def _verdicts(text):
    return {
        c.claim.printed: c.verdict.verdict for c in checked_claims(_ROWS, text, date(2025, 4, 25))
    }


def test_a_change_right_after_a_share_s_two_levels_is_the_share_s_move():
    text = (
        "2024年，样例药业公用事业业务收入1316元，占总营收的比重由上年的75.4%升至77.9%，提升2.5%。"
    )
    assert _verdicts(text)["2.5%"] == "misleading"


def test_a_change_after_a_currency_s_move_is_its_effect():
    text = "2024年，样例药业营收1689元。美元兑欧元、日元等主要货币走强，拖累公司营收约4个百分点。"
    assert _verdicts(text)["4个百分点"] == "unverifiable"
