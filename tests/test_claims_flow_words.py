"""A cash flow named by its activity's adjective and its direction (investing outflows were…,
financing inflows of…): the activity's net cash flow, its sign the direction's."""

from __future__ import annotations

from datetime import date

from inline_store import checked_claims

_ROWS = [
    ("icf", "2024FY", "-812000000", "CNY", "value", None, "S3"),
    ("fincf", "2024FY", "-1530000000", "CNY", "value", None, "S3"),
]


def _verdicts(text):
    return [
        (c.claim.quote, c.verdict.verdict) for c in checked_claims(_ROWS, text, date(2025, 4, 2))
    ]


def test_an_activitys_outflow_is_its_net_cash_flow():
    got = _verdicts("In 2024 Sample Pharma's net investing outflow came to 812 million yuan.")
    assert got[-1][1] == "supported", got
    got = _verdicts("In 2024 Sample Pharma's financing outflows totalled 1.53 billion yuan.")
    assert got[-1][1] == "supported", got
    got = _verdicts("In 2024 Sample Pharma's financing outflows totalled 2.53 billion yuan.")
    assert got[-1][1] == "contradicted", got


def test_cash_used_in_operating_activities_is_an_outflow():
    rows = [("ocf", "2024FY", "-160300000", "CNY", "value", None, "S3")]
    for text, verdict in (
        (
            "In 2024 Sample Pharma's cash used in operating activities was 160.3 million yuan.",
            "supported",
        ),
        (
            "In 2024 Sample Pharma's operating activities used cash of 160.3 million yuan.",
            "supported",
        ),
        (
            "In 2024 Sample Pharma's cash used by operating activities was 106.3 million yuan.",
            "contradicted",
        ),
    ):
        got = [
            (c.claim.quote, c.verdict.verdict) for c in checked_claims(rows, text, date(2025, 4, 2))
        ]
        assert got[-1][1] == verdict, got


def test_a_balance_sheets_sum_of_cash_is_the_cash_held():
    rows = [
        ("cash", "2024-12-31", "1258000000", "CNY", "value", None, "S1"),
        ("total_assets", "2024-12-31", "18320000000", "CNY", "value", None, "S1"),
    ]
    text = "At the end of 2024 Sample Pharma's balance sheet carried more than 1.2 billion yuan of cash."
    got = [
        (c.claim.concept, c.verdict.verdict) for c in checked_claims(rows, text, date(2025, 4, 2))
    ]
    assert got == [("cash", "supported")], got
