"""A per-share figure of continuing operations (income from continuing operations was 88 cents a
share) is the filer's EPS of continuing operations, not its EPS of the whole net income; a filer
with no discontinued operations prints none apart, and its EPS stands in (lexicon.toml
[continuing_operations], verify.toml [stand_in])."""

from __future__ import annotations

from datetime import date

import pytest

from inline_store import checked_claims

WITH_DISCONTINUED = [
    ("eps_basic", "2024Q2", "0.91", "USD/share", "value", None, "S1"),
    ("eps_diluted", "2024Q2", "0.90", "USD/share", "value", None, "S1"),
    ("eps_continuing", "2024Q2", "0.89", "USD/share", "value", None, "S1"),
    ("eps_continuing_diluted", "2024Q2", "0.88", "USD/share", "value", None, "S1"),
]
WITHOUT_DISCONTINUED = [
    ("eps_basic", "2024Q2", "0.91", "USD/share", "value", None, "S1"),
    ("eps_diluted", "2024Q2", "0.90", "USD/share", "value", None, "S1"),
]


def verdicts(rows, text):
    claims = checked_claims(rows, text, date(2024, 8, 5))
    return [(c.claim.concept, c.verdict.verdict) for c in claims]


@pytest.mark.parametrize(
    ("rows", "text", "want"),
    [
        (
            WITH_DISCONTINUED,
            "Second-quarter income from continuing operations was 88 cents a diluted share.",
            [("eps_continuing_diluted", "supported")],
        ),
        (
            WITH_DISCONTINUED,
            "In the second quarter, EPS from continuing operations was $0.89.",
            [("eps_continuing", "supported")],
        ),
        (
            # 90 cents is the whole net income's diluted EPS, not the continuing operations'
            WITH_DISCONTINUED,
            "Second-quarter income from continuing operations was 90 cents a diluted share.",
            [("eps_continuing_diluted", "contradicted")],
        ),
        (
            WITHOUT_DISCONTINUED,
            "Second-quarter earnings from continuing operations came to 90 cents a share.",
            [("eps_continuing", "supported")],
        ),
        (
            WITH_DISCONTINUED,
            "Second-quarter earnings were 91 cents a share.",
            [("eps_basic", "supported")],
        ),
    ],
)
def test_continuing_operations_per_share(rows, text, want):
    assert verdicts(rows, text) == want
