"""A US utility's and producer's lines in the Chinese press's words: "Lease terminations and
other" named without its "and other" (租赁终止费用), "Competitive power generation" (竞争性发电),
"Proceeds from termination of leases" (从租赁终止中收到), "Impairment of natural gas and oil
properties" (天然气及油气资产减值), a line's own name after its heading's colon ("Discontinued
operations, net: Gain on disposal": 处置收益); and the words around them: 短期债务 is the short-term
debt, 利润表 no profit, 账面价值 opening a clause the book value, 亏了 a loss, a bank's 贷款和租赁损失准备
its allowance. Made-up companies and figures."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from caibao.claims.extract import extract_claims
from caibao.claims.printed_lines import LineNames, chinese_pattern, forms

REF = date(2009, 8, 10)


def _claims(text: str):
    return extract_claims(text, "600080", REF)


@pytest.mark.parametrize(
    ("label", "said"),
    [
        ("Lease terminations and other", "8.66亿美元租赁终止费用"),
        ("Competitive power generation", "竞争性发电业务收入5.57亿美元"),
        ("Proceeds from termination of leases", "从租赁终止中收到14.2亿美元现金"),
        ("Impairment of natural gas and oil properties", "天然气及油气资产减值合计10.36亿美元"),
        ("Discontinued operations, net: Gain on disposal", "42.82亿美元处置收益"),
        ("Contract drilling revenues", "合同钻井收入9.23亿美元"),
    ],
)
def test_lines_in_the_chinese_press_s_words(label, said):
    patterns = [p for words in forms(label) if (p := chinese_pattern(words))]
    assert any(re.search(p, said) for p in patterns), (label, patterns)


def test_a_figure_with_no_metric_word_takes_the_line_named_around_it():
    lines = LineNames(
        [
            ("Lease terminations and other", "filer_line", "Lease terminations and other"),
            ("Proceeds from termination of leases", "filer_line", "Proceeds from termination of leases"),
        ]
    )  # fmt: skip
    text = "公司计提8.66亿美元租赁终止费用。上半年公司从租赁终止中收到14.2亿美元现金。"
    found = [(text[a:b], line[1]) for a, b, line in lines.named(text)]
    assert found == [
        ("租赁终止", "Lease terminations and other"),
        ("从租赁终止中收到", "Proceeds from termination of leases"),
    ]


@pytest.mark.parametrize(
    ("text", "concept", "value"),
    [
        ("截至6月30日，短期债务骤降至7700万美元。", "short_term_borrowings", Decimal("77000000")),
        ("金花股份上半年一季度还亏了6.47亿美元。", "np_parent", Decimal("-647000000")),
        ("投资亏损见顶，账面价值半年涨了14%。", "equity_parent", Decimal("14")),
        ("截至6月末，贷款和租赁损失准备余额337.85亿美元。", "loan_loss_allowance", Decimal("33785000000")),
    ],
)  # fmt: skip
def test_the_words_of_a_us_filer_s_balances_and_results(text, concept, value):
    (claim,) = _claims(text)
    assert (claim.concept, claim.value) == (concept, value), text


@pytest.mark.parametrize(
    "text",
    [
        # (the income statement, no profit)
        '利润表中"租赁终止及其他"一项大幅转为费用，上半年累计达8.88亿美元。',
        # (an item's carrying amount, not the company's book value)
        "商誉账面价值为5亿元。",
    ],
)
def test_words_that_are_no_company_figure(text):
    assert all(c.concept not in ("np_parent", "equity_parent") for c in _claims(text)), text
