"""A line whose name says it is a loss (信用减值损失, stored negative): its growth in % said of
the line is the change of the loss's size, not growth of a negative figure."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims


def test_a_named_loss_grows_in_size():
    rows = [
        ("credit_impairment_loss", "2024FY", "-100295663.62", "CNY", "value", None, "利润表"),
        ("credit_impairment_loss", "2023FY", "-42683465.66", "CNY", "value", None, "利润表"),
    ]
    text = "样例药业2024年信用减值损失同比增加134.98%。"
    claims = checked_claims(rows, text, date(2025, 4, 25))
    got = [(c.claim.concept, c.verdict.verdict) for c in claims]
    assert got == [("credit_impairment_loss", "supported")], [c.verdict.reason for c in claims]
