"""Markdown tables of an analyst's note: the unit a row label, column header or caption gives the
bare numbers of its cells, in yuan, US dollars or Hong Kong dollars."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.claims.structures import unit_suffix


def figures(text, reference=date(2010, 8, 2)):
    got = extract_claims(text, "600000", reference)
    return [(c.printed, c.concept, c.period, c.unit, c.value) for c in got]


def test_row_label_in_us_dollars_and_per_share_row():
    text = (
        "| 项目 | 2010Q2 | 2009Q2 |\n|---|---|---|\n"
        "| 归母净利润（百万美元） | 812.4 | 640.2 |\n"
        "| 基本每股收益（美元） | 0.56 | 0.44 |\n"
    )
    got = figures(text)
    assert ("812.4", "np_parent", "2010Q2", "USD", Decimal("812400000.0")) in got
    assert ("640.2", "np_parent", "2009Q2", "USD", Decimal("640200000.0")) in got
    assert ("0.56", "eps_basic", "2010Q2", "USD", Decimal("0.56")) in got


def test_caption_unit_followed_by_its_exceptions():
    assert unit_suffix("Table 2: second quarter (US$ m, except per share data)") == " million USD"
    assert unit_suffix("(HK$ bn, unless stated)") == " billion HKD"
    # the exception may follow without a comma
    assert unit_suffix("Main lines (RMB mn except where noted)") == " million yuan"
    assert unit_suffix("Highlights (US$bn unless otherwise stated)") == " billion USD"
    # a number and a comma in running text is no unit
    assert unit_suffix("they cut 5 m, then more") is None
    text = (
        "Table 2: second quarter (US$ m, except per share data)\n\n"
        "| Item | 2Q10 | 2Q09 |\n|---|---|---|\n"
        "| Revenue | 1,410.5 | 1,302.0 |\n"
    )
    got = figures(text)
    assert ("1,410.5", "revenue", "2010Q2", "USD", Decimal("1410500000.0")) in got
