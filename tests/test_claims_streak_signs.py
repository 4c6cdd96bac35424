"""A streak said as a sign before its metric (the fourth consecutive year of positive operating
cash flow): the metric after the sign word is the streak's, whatever the sentence named before."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

ROWS = [
    *[("ocf", f"{y}FY", v, "CNY", "value", None, "CF1")
      for y, v in ((2021, "100"), (2022, "200"), (2023, "150"), (2024, "300"))],
    *[("revenue", f"{y}FY", v, "CNY", "value", None, "IS1")
      for y, v in ((2021, "900"), (2022, "800"), (2023, "700"), (2024, "600"))],
]  # fmt: skip


def streaks(text):
    claims = checked_claims(ROWS, text, date(2025, 4, 25))
    return [(c.claim.concept, c.claim.value, c.verdict.verdict) for c in claims if c.claim.measure.startswith("streak_")]  # fmt: skip


def test_sign_before_its_metric():
    text = (
        "Revenue fell 14% in 2024, yet the company said it was its fourth consecutive year "
        "of positive operating cash flow."
    )
    assert streaks(text) == [("ocf", 4, "supported")]


def test_sign_before_its_metric_contradicted():
    text = "Revenue fell 14% in 2024, the third consecutive year of negative operating cash flow."
    assert streaks(text) == [("ocf", 3, "contradicted")]
