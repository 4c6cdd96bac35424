"""A US filer's figures as the Chinese press writes them: a dividend per share in US cents
(每股63.5美分) and a change said after a figure per share (每股派发股息0.25美元，较上年同期提高11.1%)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caibao.claims.extract import extract_claims
from caibao.numbers import find_amounts

REF = date(2025, 8, 10)


def _claims(text: str, company: str = "600080"):
    return extract_claims(text, company, REF)


def test_us_cents_in_chinese_are_hundredths_of_a_dollar():
    found = [(x.value, x.unit) for _, _, x in find_amounts("由每股63.5美分下调至38.5美分")]
    assert found == [(Decimal("0.635"), "USD"), (Decimal("0.385"), "USD")]


def test_a_change_after_a_dividend_per_share_is_per_share():
    got = _claims("金花股份二季度每股派发股息0.25美元，较上年同期提高11.1%。")
    assert [(c.concept, c.measure) for c in got] == [
        ("dividend_per_share", "value"),
        ("dividend_per_share", "change_pct"),
    ]
    got = _claims("金花股份将季度股息由每股63.5美分下调至38.5美分，降幅近四成。")
    assert [(c.concept, c.value) for c in got] == [
        ("dividend_per_share", Decimal("0.635")),
        ("dividend_per_share", Decimal("0.385")),
        ("dividend_per_share", Decimal("-40")),
    ]
